const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The lines of a comment that can carry a command: not quoted (`> …`, what a reply to someone else's
 * comment starts with), not inside a fenced code block, with inline code spans removed. A writer quoting a
 * reader's `/command` neither runs it nor lends it the writer's access.
 */
export function commandLines(body: string): string[] {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const opener = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length) fence = undefined;
      continue;
    }
    if (opener !== undefined) {
      fence = opener;
      continue;
    }
    if (/^\s*>/.test(line)) continue;
    lines.push(withoutInlineCode(line));
  }
  return lines;
}

/** Drops code spans (a run of backticks up to the next run of the same length), scanning without backtracking. */
function withoutInlineCode(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] !== '`') {
      const next = line.indexOf('`', i);
      const end = next === -1 ? line.length : next;
      out += line.slice(i, end);
      i = end;
      continue;
    }
    const run = runLength(line, i);
    const close = closingRun(line, i + run, run);
    if (close === undefined) out += line.slice(i, i + run);
    i = close === undefined ? i + run : close + run;
  }
  return out;
}

function runLength(line: string, at: number): number {
  let end = at;
  while (line[end] === '`') end++;
  return end - at;
}

function closingRun(line: string, from: number, length: number): number | undefined {
  let at = line.indexOf('`', from);
  while (at !== -1) {
    const run = runLength(line, at);
    if (run === length) return at;
    at = line.indexOf('`', at + run);
  }
  return undefined;
}
