import type { Weekday } from '../config/gates-types.js';

/** A wall-clock reading in one time zone. */
export interface ZonedParts {
  year: number;
  /** 1-12. */
  month: number;
  day: number;
  weekday: Weekday;
  /** Minutes after local midnight. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Readonly<Record<string, Weekday>> = {
  Sun: 0,
  Mon: 1,
  Tue: 2,
  Wed: 3,
  Thu: 4,
  Fri: 5,
  Sat: 6,
};

function formatter(timezone: string): Intl.DateTimeFormat {
  let known = formatters.get(timezone);
  if (known === undefined) {
    known = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(timezone, known);
  }
  return known;
}

/** The wall clock in `timezone` (IANA) at the instant `ms`, daylight saving time applied by Intl. */
export function zonedParts(ms: number, timezone: string): ZonedParts {
  const parts = Object.fromEntries(
    formatter(timezone)
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    weekday: WEEKDAYS[parts['weekday'] ?? 'Sun'] ?? 0,
    minutes: Number(parts['hour']) * 60 + Number(parts['minute']),
  };
}

/** Offset of `timezone` from UTC at `ms`, in milliseconds (minute precision). */
function offsetAt(ms: number, timezone: string): number {
  const p = zonedParts(ms, timezone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, 0, p.minutes);
  return asUtc - Math.floor(ms / 60_000) * 60_000;
}

/**
 * The instant a wall-clock time occurs in `timezone`. A time skipped by a daylight-saving jump (02:30 when clocks
 * go 02:00 → 03:00) is moved forward by the jump (03:30), as Temporal's `compatible` does; a repeated time gives
 * its first occurrence.
 */
export function zonedToUtc(
  local: { year: number; month: number; day: number; minutes: number },
  timezone: string,
): number {
  const guess = Date.UTC(local.year, local.month - 1, local.day, 0, local.minutes);
  // The offsets in force half a day either side cover any single daylight-saving change.
  const before = guess - offsetAt(guess - 43_200_000, timezone);
  const after = guess - offsetAt(guess + 43_200_000, timezone);
  const reads = (ms: number) => {
    const parts = zonedParts(ms, timezone);
    return parts.minutes === local.minutes && parts.day === local.day;
  };
  const matching = [before, after].filter(reads);
  // A skipped time: the offset before the jump carries it forward by the jump.
  return matching.length === 0 ? before : Math.min(...matching);
}
