// Reading rendered markdown the way GitHub does, for the trust-audit tests: what is left once code spans are taken
// out (mentions, links, images and HTML do nothing inside code), and the cells a GFM table row splits into.

/**
 * The text with every CommonMark code span replaced by a space: a run of n backticks opens a span that the next run
 * of exactly n backticks closes; a run without a closing one is literal text.
 */
export function outsideCode(markdown: string): string {
  let out = '';
  let at = 0;
  while (at < markdown.length) {
    const open = /`+/g;
    open.lastIndex = at;
    const start = open.exec(markdown);
    if (start === null) break;
    const ticks = start[0].length;
    const close = new RegExp(`(?<!\`)\`{${ticks}}(?!\`)`, 'g');
    close.lastIndex = start.index + ticks;
    const end = close.exec(markdown);
    if (end === null) {
      out += markdown.slice(at, start.index + ticks);
      at = start.index + ticks;
      continue;
    }
    out += `${markdown.slice(at, start.index)} `;
    at = end.index + ticks;
  }
  return out + markdown.slice(at);
}

/** The cells of one GFM table row: split at every pipe not escaped by a backslash (inside code spans too). */
export function tableCells(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  let backslashes = 0;
  for (const char of row.trim()) {
    if (char === '|' && backslashes % 2 === 0) {
      cells.push(current);
      current = '';
    } else current += char;
    backslashes = char === '\\' ? backslashes + 1 : 0;
  }
  cells.push(current);
  // The leading and trailing pipes delimit no cell.
  if (cells[0]?.trim() === '') cells.shift();
  if (cells.at(-1)?.trim() === '') cells.pop();
  return cells;
}
