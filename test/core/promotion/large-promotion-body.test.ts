import { deflateRawSync } from 'node:zlib';
import { compareStrings } from '../../../src/core/promotion/compare-strings.js';
import { describe, expect, it } from 'vitest';
import {
  COMPACT_METADATA_PREFIX,
  compactMetadataComment,
  metadataComment,
} from '../../../src/core/promotion/encode-promotion-metadata.js';
import { parsePromotionMetadata } from '../../../src/core/promotion/parse-promotion-metadata.js';
import { promotionTitle } from '../../../src/core/promotion/promotion-title.js';
import {
  MAX_PR_BODY_LENGTH,
  renderPromotionBody,
} from '../../../src/core/promotion/render-promotion-body.js';
import { parseSourceCommit } from '../../../src/core/promotion/source-commit-marker.js';
import type { PromotionMetadata } from '../../../src/core/promotion/types.js';

const SHA = 'a'.repeat(40);

/** A promotion of `count` components from workspace/ to one lab cluster, as planning renders it. */
function promotionOf(count: number, name = (i: number) => `component-${String(i).padStart(5, '0')}`) {
  const components = Array.from({ length: count }, (_, i) => name(i)).sort(compareStrings);
  const metadata: PromotionMetadata = {
    originalPrAuthor: 'alice',
    originalPrNumber: 12,
    promotedPaths: components.map((c) => `clusters/lab/europe-west4/c1/${c}`),
    previousPromotionPaths: {
      '12': { sourcePath: 'workspace/', targetPaths: ['clusters/lab/europe-west4/c1/'] },
    },
  };
  const { bodyPrefix } = promotionTitle(components, 'Lab clusters');
  const body = renderPromotionBody({
    components,
    metadata,
    skippedTargets: {},
    bodyPrefix,
    sourceCommit: SHA,
  });
  return { metadata, body };
}

describe('promotion PR body of large promotions (issue 17 item 12)', () => {
  it('keeps small bodies exactly as the Go bot writes them, with the source-commit line before the metadata', () => {
    const { metadata, body } = promotionOf(3);
    expect(
      body.endsWith(`  \n<!-- telefonistka:source-commit ${SHA} -->\n\n${metadataComment(metadata)}`),
    ).toBe(true);
    expect(body).not.toContain('was cut');
  });

  it('fits 5,000 components under 65,536 characters with compact metadata that reads back whole', () => {
    const { metadata, body } = promotionOf(5000);
    expect(body.length).toBeLessThanOrEqual(MAX_PR_BODY_LENGTH);
    expect(body).toContain(COMPACT_METADATA_PREFIX);
    expect(body).not.toContain('<!--|');
    expect(body).toContain("This description was cut to fit GitHub's 65,536-character limit");
    expect(parsePromotionMetadata(body)).toEqual(metadata);
    expect(parseSourceCommit(body)).toBe(SHA);
  });

  it('fits 5,000 components with incompressible names too', () => {
    const { metadata, body } = promotionOf(5000, (i) => `svc-${((i * 2654435761) >>> 0).toString(36)}`);
    expect(body.length).toBeLessThanOrEqual(MAX_PR_BODY_LENGTH);
    expect(parsePromotionMetadata(body)).toEqual(metadata);
  });

  it('keeps the Go form while it fits, cutting only the description (800 components)', () => {
    const { metadata, body } = promotionOf(800);
    expect(body.length).toBeLessThanOrEqual(MAX_PR_BODY_LENGTH);
    expect(body).toContain(metadataComment(metadata));
    expect(body).toContain('This description was cut');
    expect(parsePromotionMetadata(body)).toEqual(metadata);
  });

  it('refuses a compact payload that would inflate past the cap', () => {
    const bomb = deflateRawSync(Buffer.alloc(32 * 1024 * 1024, 0x20)).toString('base64');
    expect(parsePromotionMetadata(`x\n${COMPACT_METADATA_PREFIX}${bomb} -->`)).toBeUndefined();
  });

  it('prefers the Go form when a body carries both', () => {
    const go = promotionOf(2).metadata;
    const other = { ...go, originalPrAuthor: 'bob' };
    expect(parsePromotionMetadata(`${compactMetadataComment(other)}\n${metadataComment(go)}`)).toEqual(go);
  });
});
