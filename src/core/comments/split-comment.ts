import { defaultCommentLimits } from './comment-limits.js';
import { kindMarker, partMarker, telefonistkaTag } from './comment-markers.js';
import { cutMarkdown } from './cut-markdown.js';
import { addSizes, fitsIn, measure, subtractSizes, type TextSize } from './text-measure.js';
import type { CommentDocument, CommentLimits, CommentSection } from './types.js';

interface Part {
  blocks: string[];
  used: TextSize;
}

const separator = measure('\n\n');
const titleListMaxChars = 300;
/** Room kept in the last allowed part for the truncation note (its hint is added on top). */
const noteReserve: TextSize = { chars: 800, bytes: 2_400 };

/**
 * Splits a comment into numbered parts that each fit GitHub's limits and each are valid markdown on their
 * own: a section is never cut inside a code fence or a `<details>` block without closing it there and
 * reopening it in the next part. A section too big for one part is shown in its concise form; when even
 * that does not fit it is cut at line boundaries and continued in the next parts. Content beyond
 * `maxParts` is dropped with a note saying what is missing and where to see it.
 */
export function splitComment(doc: CommentDocument, limits: Partial<CommentLimits> = {}): string[] {
  const resolved: CommentLimits = { ...defaultCommentLimits, ...limits };
  const single = composePart(
    doc.kind,
    1,
    1,
    joinBlocks([doc.header, ...doc.sections.map((s) => s.full), doc.footer]),
  );
  if (fitsIn(measure(single), sizeOf(resolved))) return [single];
  const parts = packParts(doc, resolved);
  const texts = parts.map((part, i) => composePart(doc.kind, i + 1, parts.length, joinBlocks(part.blocks)));
  for (const text of texts) {
    if (!fitsIn(measure(text), sizeOf(resolved))) throw new Error('splitComment produced an oversized part');
  }
  return texts;
}

function packParts(doc: CommentDocument, limits: CommentLimits): Part[] {
  const docHint = doc.hint ?? '';
  const footer = doc.footer ?? '';
  const continuation = doc.continuationHeader ?? '';
  const base = subtractSizes(
    sizeOf(limits),
    measure(composePart(doc.kind, limits.maxParts, limits.maxParts, '')),
  );
  const lastReserve = addSizes(addSizes(noteReserve, measure(docHint)), addSizes(measure(footer), separator));
  const capacity = (index: number): TextSize =>
    index === limits.maxParts ? subtractSizes(base, lastReserve) : base;
  const parts: Part[] = [{ blocks: [], used: { chars: 0, bytes: 0 } }];
  const dropped: string[] = [];
  let partial: string | undefined;

  const current = (): Part => parts[parts.length - 1]!;
  const roomIn = (index: number): TextSize => {
    const part = parts[index - 1];
    const used = part === undefined ? measure(continuation) : part.used;
    const gap = part === undefined && continuation === '' ? { chars: 0, bytes: 0 } : separator;
    return subtractSizes(subtractSizes(capacity(index), used), gap);
  };
  const openPart = (): boolean => {
    if (parts.length >= limits.maxParts) return false;
    parts.push({ blocks: [], used: { chars: 0, bytes: 0 } });
    if (continuation !== '') addBlock(current(), continuation);
    return true;
  };

  const sections: CommentSection[] = [{ title: 'header', full: doc.header }, ...doc.sections];
  const emptyRoom = subtractSizes(subtractSizes(base, measure(continuation)), separator);
  for (const section of sections) {
    if (section.full === '') continue;
    if (dropped.length > 0 || partial !== undefined) {
      dropped.push(section.title);
      continue;
    }
    const { text, whole } = chooseForm(section, emptyRoom, docHint);
    if (!whole) {
      const minimumRoom = subtractSizes(emptyRoom, lastReserve);
      partial = placeCut(
        { title: section.title, text },
        { roomIn, openPart, current, parts, base: emptyRoom, minimumRoom },
      );
    } else {
      const fits =
        fitsIn(measure(text), roomIn(parts.length)) ||
        (openPart() && fitsIn(measure(text), roomIn(parts.length)));
      if (fits) addBlock(current(), text);
      else dropped.push(section.title);
    }
  }
  if (dropped.length > 0 || partial !== undefined) {
    addBlock(current(), truncationNote({ dropped, partial, hint: docHint }));
  }
  if (footer !== '') {
    const reserved = parts.length === limits.maxParts;
    if (!reserved && !fitsIn(measure(footer), roomIn(parts.length))) openPart();
    addBlock(current(), footer);
  }
  return parts;
}

interface CutContext {
  roomIn: (index: number) => TextSize;
  openPart: () => boolean;
  current: () => Part;
  parts: Part[];
  base: TextSize;
  minimumRoom: TextSize;
}

/** Places a section that fits no part, chunk by chunk; returns its title when its end was dropped. */
function placeCut(section: { title: string; text: string }, context: CutContext): string | undefined {
  const text = section.text;
  const startHere = usefulRoom(context.roomIn(context.parts.length), context.base);
  const firstPart = startHere ? context.parts.length : context.parts.length + 1;
  const chunks = cutMarkdown(text, {
    title: section.title,
    room: (k) => context.roomIn(firstPart + k),
    minimumRoom: context.minimumRoom,
  });
  for (const [k, chunk] of chunks.entries()) {
    const needsNewPart = k > 0 || !startHere;
    if (needsNewPart && !context.openPart()) return section.title;
    if (chunk !== '') addBlock(context.current(), chunk);
  }
  return undefined;
}

/**
 * The full form when it fits an empty part, else the concise form with a note saying so; `whole` is false
 * when even that does not fit and the text must be cut across parts.
 */
function chooseForm(
  section: CommentSection,
  room: TextSize,
  docHint: string,
): { text: string; whole: boolean } {
  if (fitsIn(measure(section.full), room)) return { text: section.full, whole: true };
  if (section.concise === undefined) return { text: section.full, whole: false };
  const hint = section.hint ?? docHint;
  const note = `> ℹ️ **${section.title}** is shown in concise form: its full text does not fit in a GitHub comment.${hint === '' ? '' : ` ${hint}`}`;
  const concise = `${section.concise}\n\n${note}`;
  return { text: concise, whole: fitsIn(measure(concise), room) };
}

function usefulRoom(room: TextSize, base: TextSize): boolean {
  return room.chars >= base.chars / 4 && room.bytes >= base.bytes / 4;
}

interface TruncationFacts {
  dropped: readonly string[];
  partial: string | undefined;
  hint: string;
}

function truncationNote(options: TruncationFacts): string {
  const what: string[] = [];
  if (options.partial !== undefined) what.push(`the rest of **${shorten(options.partial)}**`);
  if (options.dropped.length > 0) {
    const names = listTitles(options.dropped);
    const noun = options.dropped.length === 1 ? 'section' : 'sections';
    what.push(`${options.dropped.length} more ${noun} (${names})`);
  }
  const hint = options.hint === '' ? '' : ` ${options.hint}`;
  return `> ✂️ **Truncated**: ${what.join(' and ')} not shown, to keep this comment within GitHub's size limits.${hint}`;
}

function listTitles(titles: readonly string[]): string {
  const shown: string[] = [];
  let length = 0;
  for (const title of titles) {
    const name = shorten(title);
    if (length + name.length > titleListMaxChars) break;
    shown.push(name);
    length += name.length + 2;
  }
  const rest = titles.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

function shorten(title: string): string {
  const flat = title.replace(/\s+/g, ' ');
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}

function addBlock(part: Part, text: string): void {
  const gap = part.blocks.length > 0 ? separator : { chars: 0, bytes: 0 };
  part.blocks.push(text);
  part.used = addSizes(addSizes(part.used, gap), measure(text));
}

function joinBlocks(blocks: readonly (string | undefined)[]): string {
  return blocks.filter((block): block is string => block !== undefined && block !== '').join('\n\n');
}

function composePart(kind: string, index: number, total: number, content: string): string {
  const counter = total > 1 ? `\n**Part ${index}/${total}**\n` : '';
  return `${telefonistkaTag}\n${kindMarker(kind)}\n${partMarker(kind, index)}${counter}\n${content}`;
}

function sizeOf(limits: CommentLimits): TextSize {
  return { chars: limits.maxChars, bytes: limits.maxBytes };
}
