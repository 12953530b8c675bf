import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src/adapters/http/backoff-delay.js';
import { parseRetryAfter } from '../../../src/adapters/http/parse-retry-after.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each([
    ['5', 5000],
    [' 0 ', 0],
    ['Thu, 01 Jan 2026 00:00:30 GMT', 30_000],
    ['Wed, 31 Dec 2025 23:59:00 GMT', 0],
  ])('reads %j as %i ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  it.each([undefined, '', '-1', '1.5', 'soon'])('ignores %j', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  const policy = { baseMs: 1000, maxMs: 8000 };
  it('doubles per retry between half and all of the exponential step', () => {
    expect([1, 2, 3].map((retry) => backoffDelay(retry, policy, () => 0))).toEqual([500, 1000, 2000]);
    expect([1, 2, 3].map((retry) => backoffDelay(retry, policy, () => 0.999999))).toEqual([1000, 2000, 4000]);
  });

  it('never exceeds the cap', () => {
    expect(backoffDelay(20, policy, () => 0.999999)).toBe(8000);
  });
});
