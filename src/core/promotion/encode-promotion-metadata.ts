import { deflateRawSync } from 'node:zlib';
import { compareStrings } from './compare-strings.js';
import type { PromotionHop, PromotionMetadata } from './types.js';

/** The marker the Go bot puts before the metadata; bodies are found by it across hops. */
export const METADATA_MARKER = 'Telefonistka data, do not delete';

/**
 * Base64 (standard alphabet, padded) of the metadata JSON, keys in the Go bot's order. History keys are PR
 * numbers, which JSON.stringify writes in ascending numeric order; paths are written sorted.
 */
export function encodePromotionMetadata(metadata: PromotionMetadata): string {
  return Buffer.from(metadataJson(metadata), 'utf8').toString('base64');
}

/** The HTML comment that carries the metadata at the end of a promotion PR body (the Go bot's form). */
export function metadataComment(metadata: PromotionMetadata): string {
  return `<!--|${METADATA_MARKER}|${encodePromotionMetadata(metadata)}|-->`;
}

/** Opening of the compact metadata comment (see `compactMetadataComment`). */
export const COMPACT_METADATA_PREFIX = '<!-- telefonistka-data:deflate:';

/**
 * The compact form, for promotions too large for the Go form in a 65,536-character body: the same JSON,
 * raw DEFLATE (RFC 1951), base64, as `<!-- telefonistka-data:deflate:<base64> -->`. Paths of one promotion
 * share long prefixes, so 5,000 target folders take about 17,000 characters instead of 310,000. The Go bot
 * does not read it (its regex needs `<!--|`); this action reads both forms.
 */
export function compactMetadataComment(metadata: PromotionMetadata): string {
  const packed = deflateRawSync(Buffer.from(metadataJson(metadata), 'utf8'), { level: 9 });
  return `${COMPACT_METADATA_PREFIX}${packed.toString('base64')} -->`;
}

function metadataJson(metadata: PromotionMetadata): string {
  const history: Record<string, PromotionHop> = {};
  for (const [pr, hop] of Object.entries(metadata.previousPromotionPaths)) {
    history[pr] = { sourcePath: hop.sourcePath, targetPaths: [...hop.targetPaths] };
  }
  return JSON.stringify({
    originalPrAuthor: metadata.originalPrAuthor,
    originalPrNumber: metadata.originalPrNumber,
    promotedPaths: [...metadata.promotedPaths].sort(compareStrings),
    previousPromotionPaths: history,
  });
}
