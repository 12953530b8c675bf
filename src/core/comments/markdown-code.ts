/**
 * Inline code for any text: the backtick run is longer than any inside, padded when the text touches a backtick.
 * Line breaks become spaces (GitHub shows them so inside code anyway), so a name cannot start a new block: a list
 * item, a checkbox, a table row.
 */
export function codeSpan(raw: string): string {
  const text = raw.replace(/\r\n?|\n/g, ' ');
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/** A fenced code block that no line of `text` can close early (the fence is longer than any backtick run in it). */
export function codeFence(text: string, language = ''): string {
  const longest = Math.max(0, ...[...text.matchAll(/^ {0,3}(`{3,})/gm)].map((run) => run[1]?.length ?? 0));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `${fence}${language}\n${body}${fence}`;
}

/** Escapes text for a markdown link label (brackets, backslashes) and HTML-ish characters. */
export function linkLabel(text: string): string {
  return text.replace(/[\\[\]]/g, (char) => `\\${char}`).replace(/</g, '&lt;');
}
