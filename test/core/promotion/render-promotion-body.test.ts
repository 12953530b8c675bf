import { describe, expect, it } from 'vitest';
import { encodePromotionMetadata } from '../../../src/core/promotion/encode-promotion-metadata.js';
import { promotionSkipSet } from '../../../src/core/promotion/promotion-skip-set.js';
import { promotionTitle } from '../../../src/core/promotion/promotion-title.js';
import {
  renderPromotionBody,
  renderPromotionHistory,
} from '../../../src/core/promotion/render-promotion-body.js';
import type { PromotionHop, PromotionMetadata } from '../../../src/core/promotion/types.js';

const tab = '&nbsp;&nbsp;&nbsp;&nbsp;';
const golden = (name: string) => `../../golden/promotion/${name}`;

const metadata = (
  history: Record<string, PromotionHop>,
  promotedPaths: string[] = [],
): PromotionMetadata => ({
  originalPrAuthor: 'alice',
  originalPrNumber: Math.min(...Object.keys(history).map(Number)),
  promotedPaths,
  previousPromotionPaths: history,
});

const firstHop = {
  '120': {
    sourcePath: 'workspace/',
    targetPaths: ['clusters/staging/us-central1/c1/', 'clusters/dev/us-east4/c2/'],
  },
};
const secondHop = {
  ...firstHop,
  '121': { sourcePath: 'clusters/staging/us-central1/c1/', targetPaths: ['clusters/prod/us-west1/c2/'] },
};

describe('renderPromotionHistory', () => {
  it('reproduces the Go bot golden pr_body.golden.md (skip set {targetPath3})', async () => {
    const history = {
      '1': { sourcePath: 'sourcePath1', targetPaths: ['targetPath1', 'targetPath2'] },
      '2': { sourcePath: 'sourcePath2', targetPaths: ['targetPath3', 'targetPath4'] },
      '3': { sourcePath: 'sourcePath3', targetPaths: ['targetPath5', 'targetPath6'] },
    };
    const text = renderPromotionHistory(history, new Set(['targetPath3']));
    expect(text).toBe(
      `↘️  #1  \`sourcePath1\` ➡️  \n${tab}\`targetPath1\`  \n${tab}\`targetPath2\`  \n` +
        `${tab}↘️  #2  \`sourcePath2\` ➡️  \n${tab.repeat(2)}\`targetPath4\`  \n` +
        `${tab.repeat(2)}↘️  #3  \`sourcePath3\` ➡️  \n${tab.repeat(3)}\`targetPath5\`  \n${tab.repeat(3)}\`targetPath6\`  \n`,
    );
    await expect(text).toMatchFileSnapshot(golden('go-pr-body.golden.md'));
  });

  it('reproduces the Go bot golden pr_body_multi_component.golden.md', async () => {
    const history = {
      '1': { sourcePath: 'sourcePath1', targetPaths: ['targetPath1'] },
      '2': { sourcePath: 'sourcePath2', targetPaths: ['targetPath2'] },
    };
    const text = renderPromotionHistory(history);
    expect(text).toBe(
      `↘️  #1  \`sourcePath1\` ➡️  \n${tab}\`targetPath1\`  \n${tab}↘️  #2  \`sourcePath2\` ➡️  \n${tab.repeat(2)}\`targetPath2\`  \n`,
    );
    await expect(text).toMatchFileSnapshot(golden('go-pr-body-multi-component.golden.md'));
  });

  it('orders hops by PR number numerically, not as text', () => {
    const text = renderPromotionHistory({
      '100': { sourcePath: 'b/', targetPaths: ['c/'] },
      '99': { sourcePath: 'a/', targetPaths: ['b/'] },
    });
    expect(text.indexOf('#99')).toBeLessThan(text.indexOf('#100'));
  });

  it('prints no target line for a hop whose targets are all skipped', () => {
    const text = renderPromotionHistory(
      { '1': { sourcePath: 'a/', targetPaths: ['x/'] }, '2': { sourcePath: 'x/', targetPaths: ['y/'] } },
      new Set(['x/']),
    );
    expect(text).toBe(`↘️  #1  \`a/\` ➡️  \n${tab}↘️  #2  \`x/\` ➡️  \n${tab.repeat(2)}\`y/\`  \n`);
  });
});

describe('promotionSkipSet', () => {
  it.each([
    ['no component skipped anything', ['a', 'b'], {}, []],
    ['one component goes everywhere', ['a', 'b'], { a: ['x/'] }, []],
    ['every component skipped something: the fewest', ['a', 'b'], { a: ['x/', 'y/'], b: ['y/'] }, ['y/']],
    ['a tie: the first in sorted order', ['b', 'a'], { b: ['y/'], a: ['x/'] }, ['x/']],
    ['an empty list counts as nothing skipped', ['a'], { a: [] }, []],
  ])('when %s', (_case, components, skipped, expected) => {
    expect([...promotionSkipSet(components, skipped)]).toEqual(expected);
  });
});

describe('renderPromotionBody', () => {
  it('writes the first hop exactly as the Go bot did', async () => {
    const meta = metadata(firstHop, [
      'clusters/dev/us-east4/c2/nginx',
      'clusters/staging/us-central1/c1/nginx',
    ]);
    const body = renderPromotionBody({ components: ['nginx'], metadata: meta, skippedTargets: {} });
    expect(body).toBe(
      'Promotion path(nginx):\n\n↘️  #120  `workspace/` ➡️  \n' +
        `${tab}\`clusters/dev/us-east4/c2/\`  \n${tab}\`clusters/staging/us-central1/c1/\`  \n` +
        `\n<!--|Telefonistka data, do not delete|${encodePromotionMetadata(meta)}|-->`,
    );
    await expect(body).toMatchFileSnapshot(golden('body-first-hop.golden.md'));
  });

  it('appends the second hop one level deeper', async () => {
    const meta = metadata(secondHop, ['clusters/prod/us-west1/c2/nginx']);
    const body = renderPromotionBody({ components: ['nginx'], metadata: meta, skippedTargets: {} });
    expect(body).toContain(
      `${tab}↘️  #121  \`clusters/staging/us-central1/c1/\` ➡️  \n${tab.repeat(2)}\`clusters/prod/us-west1/c2/\`  \n\n<!--|`,
    );
    await expect(body).toMatchFileSnapshot(golden('body-second-hop.golden.md'));
  });

  it('leaves the skip set out of every hop of the history', async () => {
    const meta = metadata(secondHop, []);
    const body = renderPromotionBody({
      components: ['nginx', 'redis'],
      metadata: meta,
      skippedTargets: { nginx: ['clusters/dev/us-east4/c2/'], redis: ['clusters/dev/us-east4/c2/', 'x/'] },
    });
    expect(body).not.toContain('`clusters/dev/us-east4/c2/`');
    await expect(body).toMatchFileSnapshot(golden('body-skip-set.golden.md'));
  });

  it('opens with the text cut from an over-long title', async () => {
    const components = Array.from({ length: 30 }, (_, i) => `component-${String(i).padStart(2, '0')}`);
    const { bodyPrefix } = promotionTitle(components, 'Production');
    const body = renderPromotionBody({
      components,
      metadata: metadata(firstHop),
      skippedTargets: {},
      bodyPrefix,
    });
    expect(body.startsWith(`...`)).toBe(true);
    expect(body).toContain('➡️  Production\nPromotion path(component-00,');
    await expect(body).toMatchFileSnapshot(golden('body-long-title.golden.md'));
  });
});
