import { compareStrings } from './compare-strings.js';
import { compactMetadataComment, metadataComment } from './encode-promotion-metadata.js';
import { sourceCommitMarker } from './source-commit-marker.js';
import { promotionSkipSet } from './promotion-skip-set.js';
import { renderHeldTargets } from './render-held-targets.js';
import type { HeldTarget, PromotionHop, PromotionMetadata } from './types.js';

/** What a promotion PR body is made of. */
export interface PromotionBodyInput {
  components: readonly string[];
  metadata: PromotionMetadata;
  skippedTargets: Readonly<Record<string, readonly string[]>>;
  /** Targets left out because they are held: listed after the promotion path. */
  heldTargets?: readonly HeldTarget[] | undefined;
  /** Text cut from an over-long title (`...<rest>\n`), placed first. */
  bodyPrefix?: string;
  /** Commit whose content is promoted: written as a hidden line before the metadata comment. */
  sourceCommit?: string | undefined;
}

/**
 * GitHub refuses longer PR bodies ("Body is too long (maximum is 65536 characters)"). Counted here in UTF-16
 * code units, never fewer than GitHub's characters.
 */
export const MAX_PR_BODY_LENGTH = 65_536;

/** Room kept for the description before the metadata switches to its compact form. */
const MIN_DESCRIPTION = 4_000;

const TRUNCATION_NOTE =
  "\n\n…\n\n_This description was cut to fit GitHub's 65,536-character limit; the PR's changed files list " +
  'every promoted folder._\n';

const INDENT = '&nbsp;&nbsp;&nbsp;&nbsp;';

/**
 * The Go bot's promotion PR body: `Promotion path(<components>):\n\n`, one block per hop of the chain in PR
 * number order (`↘️  #<pr>  \`<source>\` ➡️  ` then each target not in the skip set, one indent deeper), and the
 * metadata comment `\n<!--|Telefonistka data, do not delete|<base64 JSON>|-->`, the source-commit line before it.
 * A body over GitHub's 65,536 characters (about 1,150 components) gets its description cut with a note, and
 * the metadata in its compact form when the Go form would leave no room for a description.
 */
export function renderPromotionBody(input: PromotionBodyInput): string {
  const skip = promotionSkipSet(input.components, input.skippedTargets);
  const human =
    (input.bodyPrefix ?? '') +
    `Promotion path(${input.components.join(',')}):\n\n` +
    renderPromotionHistory(input.metadata.previousPromotionPaths, skip) +
    heldSection(input.heldTargets ?? []);
  const marker = input.sourceCommit === undefined ? '' : `${sourceCommitMarker(input.sourceCommit)}\n`;
  const full = `${human}${marker}\n${metadataComment(input.metadata)}`;
  if (full.length <= MAX_PR_BODY_LENGTH) return full;
  // Too long for GitHub: the Go form of the metadata stays while it leaves room for a readable description,
  // else the compact form is written; the description is cut with a note either way.
  let tail = `\n${marker}\n${metadataComment(input.metadata)}`;
  if (tail.length > MAX_PR_BODY_LENGTH - MIN_DESCRIPTION) {
    tail = `\n${marker}\n${compactMetadataComment(input.metadata)}`;
  }
  return `${cutText(human, MAX_PR_BODY_LENGTH - tail.length - TRUNCATION_NOTE.length)}${TRUNCATION_NOTE}${tail}`;
}

/** Held targets after the promotion path; nothing when none is held, so bodies without holds stay as they were. */
function heldSection(held: readonly HeldTarget[]): string {
  return held.length === 0 ? '' : `\nHeld, not promoted:\n\n${renderHeldTargets(held).join('\n')}\n`;
}

/** The first `room` code units of `text`, ending at a line break when one is near, never inside a pair. */
function cutText(text: string, room: number): string {
  if (room <= 0) return '';
  let cut = text.slice(0, room);
  const code = cut.charCodeAt(cut.length - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut = cut.slice(0, -1);
  const lineEnd = cut.lastIndexOf('\n');
  return lineEnd > cut.length / 2 ? cut.slice(0, lineEnd) : cut;
}

/** The flow lines of the body: hops ordered by PR number, skipped targets left out (a hop may keep no target). */
export function renderPromotionHistory(
  history: Readonly<Record<string, PromotionHop>>,
  skip: ReadonlySet<string> = new Set(),
): string {
  const prNumbers = Object.keys(history).sort((a, b) => Number(a) - Number(b));
  let out = '';
  prNumbers.forEach((prNumber, depth) => {
    const hop = history[prNumber];
    if (hop === undefined) return;
    out += `${INDENT.repeat(depth)}↘️  #${prNumber}  \`${hop.sourcePath}\` ➡️  \n`;
    const targets = [...new Set(hop.targetPaths)].filter((target) => !skip.has(target)).sort(compareStrings);
    for (const target of targets) out += `${INDENT.repeat(depth + 1)}\`${target}\`  \n`;
  });
  return out;
}
