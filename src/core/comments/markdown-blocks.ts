/** A block that must be closed where a part ends and reopened where the next part starts. */
export type OpenBlock =
  { kind: 'fence'; marker: string; openLine: string } | { kind: 'details'; openLine: string };

/** Tracks open code fences and `<details>` blocks line by line (CommonMark fences, HTML outside fences). */
export interface MarkdownBlockTracker {
  /** Feeds one line (without its line break). */
  push(line: string): void;
  /** The blocks open after the lines fed so far, outermost first. */
  open(): readonly OpenBlock[];
}

const fenceOpen = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const detailsTag = /<(\/?)details(?:\s[^>]*)?>/gi;

/** Creates a tracker with nothing open. */
export function createMarkdownBlockTracker(): MarkdownBlockTracker {
  const stack: OpenBlock[] = [];
  return {
    push(line) {
      const top = stack[stack.length - 1];
      if (top?.kind === 'fence') {
        if (closesFence(line, top.marker)) stack.pop();
        return;
      }
      const fence = fenceOpen.exec(line);
      const marker = fence?.[1];
      if (marker !== undefined && !(marker.startsWith('`') && (fence?.[2] ?? '').includes('`'))) {
        stack.push({ kind: 'fence', marker, openLine: line });
        return;
      }
      const tags = [...line.matchAll(detailsTag)];
      tags.forEach((tag, i) => {
        if (tag[1] === '/') {
          if (stack[stack.length - 1]?.kind === 'details') stack.pop();
          return;
        }
        // Reopen with the tag and what follows it up to the next tag (usually its <summary>).
        const openLine = line.slice(tag.index, tags[i + 1]?.index ?? line.length);
        stack.push({ kind: 'details', openLine });
      });
    },
    open: () => stack,
  };
}

function closesFence(line: string, marker: string): boolean {
  const trimmed = line.replace(/^ {0,3}/, '').trimEnd();
  const char = marker.charAt(0);
  return trimmed.length >= marker.length && [...trimmed].every((c) => c === char);
}

/** Markdown that closes the given open blocks, innermost first. */
export function closeBlocks(blocks: readonly OpenBlock[]): string {
  return [...blocks]
    .reverse()
    .map((block) => (block.kind === 'fence' ? block.marker : '</details>'))
    .join('\n\n');
}

/** Markdown that reopens the given blocks, outermost first, ending with a line break. */
export function reopenBlocks(blocks: readonly OpenBlock[]): string {
  return blocks
    .map((block) => (block.kind === 'fence' ? `${block.openLine}\n` : `${block.openLine}\n\n`))
    .join('');
}
