import type { GateWindow, Weekday } from '../config/gates-types.js';
import { zonedParts, zonedToUtc } from './zoned-time.js';

/** Whether `now` is inside a merge window, and when not, the next opening. */
export type WindowCheck = { open: true } | { open: false; opensAt: number; description: string };

const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** Checks the merge windows at `now`: open when any window holds it (no windows: always open). */
export function checkWindows(windows: readonly GateWindow[], now: number): WindowCheck {
  if (windows.length === 0 || windows.some((window) => isInside(window, now))) return { open: true };
  const openings = windows.map((window) => nextOpening(window, now));
  const next = openings.reduce((a, b) => (b.at < a.at ? b : a));
  return { open: false, opensAt: next.at, description: next.text };
}

function isInside(window: GateWindow, now: number): boolean {
  const local = zonedParts(now, window.timezone);
  const today = window.days.includes(local.weekday);
  if (window.end > window.start) return today && local.minutes >= window.start && local.minutes < window.end;
  const yesterday = window.days.includes(((local.weekday + 6) % 7) as Weekday);
  return (today && local.minutes >= window.start) || (yesterday && local.minutes < window.end);
}

function nextOpening(window: GateWindow, now: number): { at: number; text: string } {
  const local = zonedParts(now, window.timezone);
  for (let ahead = 0; ahead <= 7; ahead += 1) {
    const weekday = ((local.weekday + ahead) % 7) as Weekday;
    if (!window.days.includes(weekday) || (ahead === 0 && local.minutes >= window.start)) continue;
    const date = new Date(Date.UTC(local.year, local.month - 1, local.day + ahead));
    const at = zonedToUtc(
      {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        minutes: window.start,
      },
      window.timezone,
    );
    return { at, text: `opens ${DAY[weekday]} ${clock(window.start)} ${window.timezone}` };
  }
  // Unreachable with a non-empty day list: every weekday recurs within 7 days.
  return { at: Number.POSITIVE_INFINITY, text: `never opens (${window.text})` };
}

/** `HH:MM` of minutes after midnight. */
export function clock(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
