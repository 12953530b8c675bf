import { describe, expect, it } from 'vitest';
import type { GateWindow } from '../../../src/core/config/gates-types.js';
import { parseDays, parseHours } from '../../../src/core/config/build-gates-config.js';
import { checkWindows } from '../../../src/core/gates/check-windows.js';
import { zonedParts, zonedToUtc } from '../../../src/core/gates/zoned-time.js';

function window(days: string, hours: string, timezone: string): GateWindow {
  const parsedDays = parseDays(days);
  const parsedHours = parseHours(hours);
  if (parsedDays === undefined || parsedHours === undefined) throw new Error(`bad window ${days} ${hours}`);
  return { days: parsedDays, ...parsedHours, timezone, text: `${days} ${hours} ${timezone}` };
}

const berlinWorkdays = window('Mon-Thu', '09:00-16:00', 'Europe/Berlin');
const utc = (iso: string) => Date.parse(iso);

describe('checkWindows', () => {
  it.each([
    // Winter, Berlin is UTC+1. 2026-12-03 is a Thursday.
    ['Thu 15:59 Berlin: open (end is exclusive)', '2026-12-03T14:59:00Z', undefined],
    [
      'Thu 16:00 Berlin: closed, next Monday',
      '2026-12-03T15:00:00Z',
      ['2026-12-07T08:00:00Z', 'opens Mon 09:00 Europe/Berlin'],
    ],
    [
      'Mon 08:59 Berlin: closed, opens the same morning',
      '2026-12-07T07:59:00Z',
      ['2026-12-07T08:00:00Z', 'opens Mon 09:00 Europe/Berlin'],
    ],
    ['Mon 09:00 Berlin: open (start is inclusive)', '2026-12-07T08:00:00Z', undefined],
    [
      'Fri noon: closed until Monday',
      '2026-12-04T11:00:00Z',
      ['2026-12-07T08:00:00Z', 'opens Mon 09:00 Europe/Berlin'],
    ],
    // Summer, Berlin is UTC+2.
    ['summer Mon 09:00 Berlin is 07:00 UTC: open', '2026-06-01T07:00:00Z', undefined],
    [
      'summer Mon 08:59 Berlin: closed',
      '2026-06-01T06:59:00Z',
      ['2026-06-01T07:00:00Z', 'opens Mon 09:00 Europe/Berlin'],
    ],
    // Sunday 2026-10-25 clocks go back 03:00 CEST -> 02:00 CET: Thursday after opens at 08:00 UTC.
    [
      'after the autumn change the opening moves to 08:00 UTC',
      '2026-10-22T14:30:00Z',
      ['2026-10-26T08:00:00Z', 'opens Mon 09:00 Europe/Berlin'],
    ],
  ] as [string, string, [string, string] | undefined][])('%s', (_name, now, closed) => {
    const check = checkWindows([berlinWorkdays], utc(now));
    if (closed === undefined) expect(check).toEqual({ open: true });
    else expect(check).toEqual({ open: false, opensAt: utc(closed[0]), description: closed[1] });
  });

  it('finds the next opening across the spring daylight-saving change', () => {
    const daily = window('Mon-Sun', '09:00-10:00', 'Europe/Berlin');
    // Saturday 2026-03-28 10:00 CET; Sunday clocks jump 02:00 -> 03:00, so 09:00 CEST is 07:00 UTC.
    expect(checkWindows([daily], utc('2026-03-28T09:00:00Z'))).toEqual({
      open: false,
      opensAt: utc('2026-03-29T07:00:00Z'),
      description: 'opens Sun 09:00 Europe/Berlin',
    });
    expect(checkWindows([daily], utc('2026-03-29T07:00:00Z'))).toEqual({ open: true });
    expect(checkWindows([daily], utc('2026-03-29T06:59:00Z')).open).toBe(false);
  });

  it('keeps a window that runs past midnight open on the next morning', () => {
    const night = window('Fri', '22:00-06:00', 'UTC');
    expect(checkWindows([night], utc('2026-12-04T22:00:00Z'))).toEqual({ open: true });
    expect(checkWindows([night], utc('2026-12-05T05:59:00Z'))).toEqual({ open: true });
    expect(checkWindows([night], utc('2026-12-05T06:00:00Z'))).toEqual({
      open: false,
      opensAt: utc('2026-12-11T22:00:00Z'),
      description: 'opens Fri 22:00 UTC',
    });
  });

  it('takes the earliest opening among windows in different time zones', () => {
    const newYork = window('Mon-Fri', '09:00-17:00', 'America/New_York');
    const tokyo = window('Mon-Fri', '09:00-17:00', 'Asia/Tokyo');
    // Saturday 2026-12-05 12:00 UTC: Tokyo opens Mon 00:00 UTC, New York Mon 14:00 UTC.
    expect(checkWindows([newYork, tokyo], utc('2026-12-05T12:00:00Z'))).toMatchObject({
      opensAt: utc('2026-12-07T00:00:00Z'),
      description: 'opens Mon 09:00 Asia/Tokyo',
    });
  });

  it('is always open without windows', () => {
    expect(checkWindows([], 0)).toEqual({ open: true });
  });
});

describe('zonedToUtc', () => {
  it.each([
    ['an ordinary winter time', { year: 2026, month: 12, day: 7, minutes: 540 }, '2026-12-07T08:00:00Z'],
    [
      'a time skipped in spring moves forward by the jump',
      { year: 2026, month: 3, day: 29, minutes: 150 },
      '2026-03-29T01:30:00Z',
    ],
    [
      'a time repeated in autumn is its first occurrence',
      { year: 2026, month: 10, day: 25, minutes: 150 },
      '2026-10-25T00:30:00Z',
    ],
  ])('%s', (_name, local, expected) => {
    expect(zonedToUtc(local, 'Europe/Berlin')).toBe(utc(expected));
  });

  it('reads the wall clock back', () => {
    expect(zonedParts(utc('2026-10-25T00:30:00Z'), 'Europe/Berlin')).toEqual({
      year: 2026,
      month: 10,
      day: 25,
      weekday: 0,
      minutes: 150,
    });
  });
});
