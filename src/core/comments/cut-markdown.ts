import { closeBlocks, createMarkdownBlockTracker, reopenBlocks, type OpenBlock } from './markdown-blocks.js';
import { addSizes, fitsIn, measure, prefixWithin, subtractSizes, type TextSize } from './text-measure.js';

/** How to cut: the section's title (for the "continued" line) and the room of each chunk. */
export interface CutOptions {
  title: string;
  /** Room of the k-th chunk (0-based). */
  room: (chunk: number) => TextSize;
  /** The smallest room any chunk after the first may get; no line is left longer than this. */
  minimumRoom: TextSize;
}

const continuedNote = '_(continued in the next part)_';
/** Smallest room a chunk may have; below it a line is too long to place and is broken up. */
const minimumLineRoom = 200;

/**
 * Cuts markdown at line boundaries into chunks that each fit their room. Every chunk is valid on its own:
 * code fences and `<details>` blocks open at a cut are closed at the end of the chunk and reopened at the
 * start of the next one. A single line longer than a chunk is broken into pieces (last resort). The first
 * chunk is empty when not even one line fits its room.
 */
export function cutMarkdown(text: string, options: CutOptions): string[] {
  const lines = splitLongLines(text.split('\n'), options.minimumRoom);
  const openAfter = trackBlocks(lines);
  const chunks: string[] = [];
  let next = 0;
  while (next < lines.length) {
    const openBefore = next === 0 ? [] : (openAfter[next - 1] ?? []);
    const lead = chunks.length === 0 ? '' : continuedLead(options.title, openBefore);
    const room = options.room(chunks.length);
    const end = lastLineThatFits({ lines, openAfter, from: next, used: measure(lead), room });
    if (end === next && chunks.length === 0) {
      chunks.push(''); // nothing fits the first room: the section starts in the next chunk
      continue;
    }
    const taken = Math.max(end, next + 1);
    chunks.push(
      lead + lines.slice(next, taken).join('\n') + tail(taken < lines.length, openAfter[taken - 1] ?? []),
    );
    next = taken;
  }
  return chunks;
}

interface FitQuery {
  lines: readonly string[];
  openAfter: readonly (readonly OpenBlock[])[];
  from: number;
  used: TextSize;
  room: TextSize;
}

/** Index after the last line that fits together with the closing tail. */
function lastLineThatFits(query: FitQuery): number {
  let used = query.used;
  let end = query.from;
  for (let i = query.from; i < query.lines.length; i++) {
    const line = measure(`${query.lines[i] ?? ''}\n`);
    const closing = measure(tail(i + 1 < query.lines.length, query.openAfter[i] ?? []));
    if (!fitsIn(addSizes(addSizes(used, line), closing), query.room)) break;
    used = addSizes(used, line);
    end = i + 1;
  }
  return end;
}

function tail(continues: boolean, open: readonly OpenBlock[]): string {
  if (!continues) return '';
  const closers = closeBlocks(open);
  return `${closers === '' ? '' : `\n${closers}`}\n\n${continuedNote}`;
}

function continuedLead(title: string, open: readonly OpenBlock[]): string {
  const short = title.length > 120 ? `${title.slice(0, 117)}...` : title;
  return `**${short}** (continued)\n\n${reopenBlocks(open)}`;
}

function trackBlocks(lines: readonly string[]): (readonly OpenBlock[])[] {
  const tracker = createMarkdownBlockTracker();
  return lines.map((line) => {
    tracker.push(line);
    return [...tracker.open()];
  });
}

/** Breaks lines that could never fit a chunk into pieces that do, keeping room for the lead and tail. */
function splitLongLines(lines: readonly string[], room: TextSize): string[] {
  const overhead = measure(`${continuedNote}\n\n\n\n`);
  const budget = subtractSizes(room, addSizes(overhead, { chars: 1_000, bytes: 3_000 }));
  const limit: TextSize = {
    chars: Math.max(budget.chars, minimumLineRoom),
    bytes: Math.max(budget.bytes, minimumLineRoom * 4),
  };
  const result: string[] = [];
  for (const line of lines) {
    let rest = line;
    while (!fitsIn(measure(rest), limit)) {
      const cut = Math.max(prefixWithin(rest, limit), 1);
      result.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    result.push(rest);
  }
  return result;
}
