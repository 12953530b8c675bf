import { afterEach, describe, expect, it, vi } from 'vitest';
import { mapWithConcurrency } from '../../../src/core/concurrency/map-with-concurrency.js';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  vi.useRealTimers();
});

describe('mapWithConcurrency', () => {
  it('keeps the order of the items when calls finish out of order', async () => {
    const results = await mapWithConcurrency([30, 10, 20], 3, async (ms) => {
      await delay(ms);
      return ms * 2;
    });
    expect(results).toEqual([
      { status: 'fulfilled', value: 60 },
      { status: 'fulfilled', value: 20 },
      { status: 'fulfilled', value: 40 },
    ]);
  });

  it('never has more than `limit` calls in flight', async () => {
    let inFlight = 0;
    let highest = 0;
    await mapWithConcurrency(
      Array.from({ length: 12 }, (_, i) => i),
      4,
      async () => {
        inFlight++;
        highest = Math.max(highest, inFlight);
        await delay(5);
        inFlight--;
      },
    );
    expect(highest).toBe(4);
  });

  it('settles a rejected item and still runs the items after it', async () => {
    const boom = new Error('boom');
    const results = await mapWithConcurrency(['a', 'b', 'c'], 1, async (item) => {
      if (item === 'b') throw boom;
      return item.toUpperCase();
    });
    expect(results).toEqual([
      { status: 'fulfilled', value: 'A' },
      { status: 'rejected', reason: boom },
      { status: 'fulfilled', value: 'C' },
    ]);
  });

  it('passes the index of each item', async () => {
    const results = await mapWithConcurrency(['x', 'y'], 2, async (item, index) => `${item}${index}`);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : undefined))).toEqual(['x0', 'y1']);
  });

  it('returns an empty list for no items', async () => {
    expect(await mapWithConcurrency([], 3, async () => 1)).toEqual([]);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects the limit %s', async (limit) => {
    await expect(mapWithConcurrency([1], limit, async (x) => x)).rejects.toThrow(RangeError);
  });

  it('runs 20 calls of 50 ms with limit 10 in two rounds of 10 (on a fake clock)', async () => {
    vi.useFakeTimers();
    const started = Date.now();
    let inFlight = 0;
    let most = 0;
    const starts: number[] = [];
    const done = mapWithConcurrency(Array.from({ length: 20 }), 10, async () => {
      starts.push(Date.now() - started);
      most = Math.max(most, ++inFlight);
      await delay(50);
      inFlight--;
    });
    await vi.runAllTimersAsync();
    await done;
    expect(most).toBe(10);
    expect(starts).toEqual([...Array<number>(10).fill(0), ...Array<number>(10).fill(50)]);
    // Serial would take 1,000 ms.
    expect(Date.now() - started).toBe(100);
  });
});
