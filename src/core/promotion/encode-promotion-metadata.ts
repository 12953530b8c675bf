import { compareStrings } from './compare-strings.js';
import type { PromotionHop, PromotionMetadata } from './types.js';

/** The marker the Go bot puts before the metadata; bodies are found by it across hops. */
export const METADATA_MARKER = 'Telefonistka data, do not delete';

/**
 * Base64 (standard alphabet, padded) of the metadata JSON, keys in the Go bot's order. History keys are PR
 * numbers, which JSON.stringify writes in ascending numeric order; paths are written sorted.
 */
export function encodePromotionMetadata(metadata: PromotionMetadata): string {
  const history: Record<string, PromotionHop> = {};
  for (const [pr, hop] of Object.entries(metadata.previousPromotionPaths)) {
    history[pr] = { sourcePath: hop.sourcePath, targetPaths: [...hop.targetPaths] };
  }
  const json = JSON.stringify({
    originalPrAuthor: metadata.originalPrAuthor,
    originalPrNumber: metadata.originalPrNumber,
    promotedPaths: [...metadata.promotedPaths].sort(compareStrings),
    previousPromotionPaths: history,
  });
  return Buffer.from(json, 'utf8').toString('base64');
}

/** The HTML comment that carries the metadata at the end of a promotion PR body. */
export function metadataComment(metadata: PromotionMetadata): string {
  return `<!--|${METADATA_MARKER}|${encodePromotionMetadata(metadata)}|-->`;
}
