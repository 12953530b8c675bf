import { describe, expect, it } from 'vitest';
import { suggestKey } from '../../../src/core/config/suggest-key.js';

describe('suggestKey', () => {
  const keys = ['promotionPaths', 'promotionPrLabels', 'dryRunMode', 'argocd', 'supersede'];

  it.each([
    ['promotionprlabels', 'promotionPrLabels'],
    ['PROMOTIONPATHS', 'promotionPaths'],
    ['dryrunmod', 'dryRunMode'],
    ['argcd', 'argocd'],
    ['superseed', 'supersede'],
    ['promotionPath', 'promotionPaths'],
  ])('suggests the closest key for %s, ignoring case', (name, expected) => {
    expect(suggestKey(name, keys)).toBe(expected);
  });

  it.each(['colour', 'x', 'labels', ''])('suggests nothing when no key is close to %j', (name) => {
    expect(suggestKey(name, keys)).toBeUndefined();
  });

  it('prefers the first candidate among equally close ones', () => {
    expect(suggestKey('ab', ['ax', 'xb'])).toBe('ax');
  });
});
