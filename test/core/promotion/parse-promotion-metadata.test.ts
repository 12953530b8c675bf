import { describe, expect, it } from 'vitest';
import { encodePromotionMetadata } from '../../../src/core/promotion/encode-promotion-metadata.js';
import { parsePromotionMetadata } from '../../../src/core/promotion/parse-promotion-metadata.js';
import type { PromotionMetadata } from '../../../src/core/promotion/types.js';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const comment = (payload: string) => `<!--|Telefonistka data, do not delete|${payload}|-->`;

const goExample: PromotionMetadata = {
  originalPrAuthor: 'alice',
  originalPrNumber: 0,
  promotedPaths: ['clusters/dev/us-east4/c2/nginx'],
  previousPromotionPaths: {
    '120': {
      sourcePath: 'workspace/',
      targetPaths: ['clusters/dev/us-east4/c2/', 'clusters/lab/europe-west4/c1/'],
    },
  },
};

describe('parsePromotionMetadata', () => {
  it('reads the metadata the Go bot wrote (its JSON, its key order)', () => {
    const json =
      '{"originalPrAuthor":"alice","originalPrNumber":0,"promotedPaths":["clusters/dev/us-east4/c2/nginx"],' +
      '"previousPromotionPaths":{"120":{"sourcePath":"workspace/","targetPaths":["clusters/dev/us-east4/c2/",' +
      '"clusters/lab/europe-west4/c1/"]}}}';
    const body = `Promotion path(nginx):\n\n↘️  #120  \`workspace/\` ➡️  \n\n${comment(b64(json))}`;
    expect(parsePromotionMetadata(body)).toEqual(goExample);
  });

  it('reads any key order, case-insensitive keys, and null lists as Go does', () => {
    const json =
      '{"PreviousPromotionPaths":{"7":{"targetPaths":["b/"],"SourcePath":"a/"}},"promotedPaths":null,' +
      '"originalprauthor":"bob","originalPrNumber":5}';
    expect(parsePromotionMetadata(comment(b64(json)))).toEqual({
      originalPrAuthor: 'bob',
      originalPrNumber: 5,
      promotedPaths: [],
      previousPromotionPaths: { '7': { sourcePath: 'a/', targetPaths: ['b/'] } },
    });
  });

  it('round-trips what encodePromotionMetadata writes', () => {
    const metadata: PromotionMetadata = { ...goExample, originalPrNumber: 120 };
    expect(parsePromotionMetadata(`text\n${comment(encodePromotionMetadata(metadata))}`)).toEqual(metadata);
  });

  it('keeps valid fields when others have the wrong type', () => {
    const json =
      '{"originalPrAuthor":42,"originalPrNumber":"x","promotedPaths":["a",1],"previousPromotionPaths":{"x":{},"3":{"sourcePath":"s/","targetPaths":"t"}}}';
    expect(parsePromotionMetadata(comment(b64(json)))).toEqual({
      originalPrAuthor: '',
      originalPrNumber: 0,
      promotedPaths: ['a'],
      previousPromotionPaths: { '3': { sourcePath: 's/', targetPaths: [] } },
    });
  });

  it.each([
    ['no comment', 'just a PR body'],
    ['empty payload', comment('')],
    ['not base64', comment('%%%')],
    ['not JSON', comment(b64('not json'))],
    ['a JSON array', comment(b64('[1,2]'))],
    ['an object without metadata keys', comment(b64('{"foo":1}'))],
    [
      'a comment split over lines',
      `<!--|Telefonistka data, do not delete|${b64('{"originalPrAuthor":"a"}')}\n|-->`,
    ],
  ])('returns undefined for %s', (_case, body) => {
    expect(parsePromotionMetadata(body)).toBeUndefined();
  });

  it('takes the first readable comment, skipping a broken one before it', () => {
    const body = `${comment('!!!')}\n${comment(b64('{"originalPrAuthor":"carol"}'))}`;
    expect(parsePromotionMetadata(body)?.originalPrAuthor).toBe('carol');
  });

  it('finds no metadata in a hostile body full of separators', () => {
    // Its time is reported by bench/input-guards.bench.ts: a quadratic scan of 60,000 separators takes seconds.
    expect(parsePromotionMetadata(`<!--|${'|'.repeat(60_000)}`)).toBeUndefined();
  });
});
