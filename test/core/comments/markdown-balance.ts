/**
 * An independent checker (not the splitter's tracker) that a markdown document closes every code fence
 * and every `<details>` block it opens, and never closes one it did not open.
 */
export function markdownBalance(text: string): { fencesClosed: boolean; detailsBalanced: boolean } {
  let fence: { char: string; length: number } | undefined;
  let depth = 0;
  let negative = false;
  for (const line of text.split('\n')) {
    const run = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence !== undefined) {
      const closes =
        run !== null && run[1]![0] === fence.char && run[1]!.length >= fence.length && run[2]!.trim() === '';
      if (closes) fence = undefined;
      continue;
    }
    if (run !== null) {
      fence = { char: run[1]![0]!, length: run[1]!.length };
      continue;
    }
    depth += (line.match(/<details[\s>]/gi) ?? []).length;
    depth -= (line.match(/<\/details>/gi) ?? []).length;
    if (depth < 0) negative = true;
  }
  return { fencesClosed: fence === undefined, detailsBalanced: depth === 0 && !negative };
}
