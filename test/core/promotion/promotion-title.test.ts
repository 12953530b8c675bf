import { describe, expect, it } from 'vitest';
import { cutTitle, promotionTitle } from '../../../src/core/promotion/promotion-title.js';

describe('promotionTitle', () => {
  it.each([
    [['nginx'], 'Production Tier 2 Clusters', '🚀 Promotion: nginx ➡️  Production Tier 2 Clusters'],
    [
      ['componentA'],
      'prod/eu-east-1/ prod/eu-west-1/',
      '🚀 Promotion: componentA ➡️  prod/eu-east-1/ prod/eu-west-1/',
    ],
    [['a', 'b'], 'live/', '🚀 Promotion: a,b ➡️  live/'],
  ])('writes %j to %s as %s', (components, description, title) => {
    expect(promotionTitle(components, description)).toEqual({ title, bodyPrefix: '' });
  });

  it('cuts a title over 250 code points and carries the rest into the body', () => {
    const components = Array.from({ length: 40 }, (_, i) => `component-${i}`);
    const { title, bodyPrefix } = promotionTitle(components, 'live/');
    const full = `🚀 Promotion: ${components.join(',')} ➡️  live/`;
    expect([...title]).toHaveLength(253);
    expect(title.endsWith('...')).toBe(true);
    expect(title.slice(0, -3) + bodyPrefix.slice(3, -1)).toBe(full);
  });
});

describe('cutTitle', () => {
  it.each([
    ['A'.repeat(260), 'A'.repeat(250) + '...', '...' + 'A'.repeat(10) + '\n'],
    ['A'.repeat(1000), 'A'.repeat(250) + '...', '...' + 'A'.repeat(750) + '\n'],
    ['A'.repeat(250), 'A'.repeat(250), ''],
    ['', '', ''],
  ])('cuts a title of %#: as the Go bot tests expect', (input, title, bodyPrefix) => {
    expect(cutTitle(input)).toEqual({ title, bodyPrefix });
  });

  it('counts code points, not UTF-16 units: 250 rockets fit, 251 do not', () => {
    expect(cutTitle('🚀'.repeat(250))).toEqual({ title: '🚀'.repeat(250), bodyPrefix: '' });
    expect(cutTitle('🚀'.repeat(251))).toEqual({ title: `${'🚀'.repeat(250)}...`, bodyPrefix: '...🚀\n' });
  });
});
