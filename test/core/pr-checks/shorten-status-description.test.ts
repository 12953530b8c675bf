import { describe, expect, it } from 'vitest';
import { shortenStatusDescription } from '../../../src/core/pr-checks/shorten-status-description.js';

describe('shortenStatusDescription', () => {
  it.each([
    ['short', 'short'],
    ['two\n  lines', 'two lines'],
    ['x'.repeat(200), `${'x'.repeat(139)}…`],
    [`${'x'.repeat(138)}😀tail`, `${'x'.repeat(138)}…`],
  ])('keeps descriptions within 140 characters on one line (%#)', (input, expected) => {
    expect(shortenStatusDescription(input)).toBe(expected);
    expect(shortenStatusDescription(input).length).toBeLessThanOrEqual(140);
  });
});
