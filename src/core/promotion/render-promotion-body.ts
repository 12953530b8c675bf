import { compareStrings } from './compare-strings.js';
import { metadataComment } from './encode-promotion-metadata.js';
import { sourceCommitMarker } from './source-commit-marker.js';
import { promotionSkipSet } from './promotion-skip-set.js';
import type { PromotionHop, PromotionMetadata } from './types.js';

/** What a promotion PR body is made of. */
export interface PromotionBodyInput {
  components: readonly string[];
  metadata: PromotionMetadata;
  skippedTargets: Readonly<Record<string, readonly string[]>>;
  /** Text cut from an over-long title (`...<rest>\n`), placed first. */
  bodyPrefix?: string;
  /** Commit whose content is promoted: written as a hidden line after the metadata comment. */
  sourceCommit?: string | undefined;
}

const INDENT = '&nbsp;&nbsp;&nbsp;&nbsp;';

/**
 * The Go bot's promotion PR body: `Promotion path(<components>):\n\n`, one block per hop of the chain in PR
 * number order (`↘️  #<pr>  \`<source>\` ➡️  ` then each target not in the skip set, one indent deeper), and the
 * metadata comment `\n<!--|Telefonistka data, do not delete|<base64 JSON>|-->`.
 */
export function renderPromotionBody(input: PromotionBodyInput): string {
  const skip = promotionSkipSet(input.components, input.skippedTargets);
  return (
    (input.bodyPrefix ?? '') +
    `Promotion path(${input.components.join(',')}):\n\n` +
    renderPromotionHistory(input.metadata.previousPromotionPaths, skip) +
    `\n${metadataComment(input.metadata)}` +
    (input.sourceCommit === undefined ? '' : `\n${sourceCommitMarker(input.sourceCommit)}`)
  );
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
