import type { Diagnostics } from './create-diagnostics.js';
import { describeKeyPath } from './describe-key-path.js';
import type { GateFreeze, GatesConfig, GateWindow, HealthSource, Weekday } from './gates-types.js';
import { parseDuration } from './parse-duration.js';
import { readConfigValue } from './read-config-value.js';
import type { ConfigPath } from './read-yaml-source.js';

const { list, object, string, flag } = readConfigValue;

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const HEALTH_SOURCES: readonly HealthSource[] = ['argocd', 'deployment'];

/**
 * Normalizes a `gates:` mapping of a flow (`promotionPaths[i].gates`) or of one of its PRs
 * (`promotionPaths[i].promotionPrs[j].gates`). Returns undefined when the key is absent. Every malformed
 * duration, day list, hour range, time zone or date is reported at its file:line:col.
 */
export function buildGatesConfig(
  diagnostics: Diagnostics,
  path: ConfigPath,
  value: unknown,
): Partial<GatesConfig> | undefined {
  if (value === undefined || value === null) return undefined;
  const raw = object(value);
  const gates: Partial<GatesConfig> = {};
  const soak = string(raw['soak']);
  if (soak !== undefined) {
    const ms = parseDuration(soak);
    if (ms === undefined)
      diagnostics.error(
        [...path, 'soak'],
        `${name([...path, 'soak'])} ${DURATION_HINT}, not ${JSON.stringify(soak)}`,
      );
    else Object.assign(gates, { soakMs: ms, soakText: soak.trim() });
  }
  const healthy = HEALTH_SOURCES.find((candidate) => candidate === raw['healthy']);
  if (healthy !== undefined) gates.healthy = healthy;
  if (Object.hasOwn(raw, 'windows'))
    gates.windows = buildWindows(diagnostics, [...path, 'windows'], raw['windows']);
  if (Object.hasOwn(raw, 'freeze'))
    gates.freeze = buildFreezes(diagnostics, [...path, 'freeze'], raw['freeze']);
  if (typeof raw['approvals'] === 'number') gates.approvals = raw['approvals'];
  if (Object.hasOwn(raw, 'countOwnApprovals')) gates.countOwnApprovals = flag(raw['countOwnApprovals']);
  return gates;
}

/** The effective gates of a PR entry: its own keys over the flow's; undefined when neither has `gates`. */
export function mergeGates(
  flow: Partial<GatesConfig> | undefined,
  pr: Partial<GatesConfig> | undefined,
): GatesConfig | undefined {
  if (flow === undefined && pr === undefined) return undefined;
  const merged = { ...flow, ...pr };
  return {
    soakMs: merged.soakMs,
    soakText: merged.soakText,
    healthy: merged.healthy,
    windows: merged.windows ?? [],
    freeze: merged.freeze ?? [],
    approvals: merged.approvals ?? 0,
    countOwnApprovals: merged.countOwnApprovals ?? false,
  };
}

const DURATION_HINT = 'must be a duration such as `2h`, `90m`, `1h30m` or `1d`';

function name(path: ConfigPath): string {
  return `\`${describeKeyPath(path)}\``;
}

function buildWindows(diagnostics: Diagnostics, path: ConfigPath, value: unknown): GateWindow[] {
  const windows: GateWindow[] = [];
  list(value).forEach((item, index) => {
    const at = [...path, index];
    const raw = object(item);
    const daysText = string(raw['days']) ?? 'Mon-Sun';
    const hoursText = string(raw['hours']) ?? '00:00-24:00';
    const timezone = string(raw['timezone']) ?? 'UTC';
    const days = parseDays(daysText);
    const hours = parseHours(hoursText);
    if (days === undefined)
      diagnostics.error(
        [...at, 'days'],
        `${name([...at, 'days'])} must list days as \`Mon-Fri\`, \`Mon,Wed,Fri\` or \`Sat-Sun\` (Mon Tue Wed Thu Fri Sat Sun), not ${JSON.stringify(daysText)}`,
      );
    if (hours === undefined)
      diagnostics.error(
        [...at, 'hours'],
        `${name([...at, 'hours'])} must be a range of 24-hour times such as \`"09:00-16:00"\` (\`"22:00-06:00"\` runs past midnight), not ${JSON.stringify(hoursText)}`,
      );
    if (!isTimeZone(timezone))
      diagnostics.error(
        [...at, 'timezone'],
        `${name([...at, 'timezone'])} is not an IANA time zone known to Node.js: ${JSON.stringify(timezone)} (write e.g. \`Europe/Berlin\`, \`America/New_York\` or \`UTC\`)`,
      );
    if (days === undefined || hours === undefined || !isTimeZone(timezone)) return;
    windows.push({ days, ...hours, timezone, text: `${daysText} ${hoursText} ${timezone}` });
  });
  return windows;
}

/** `Mon-Thu`, `Mon,Wed,Fri`, `Fri-Mon` (wrapping), full names too; case-insensitive. */
export function parseDays(text: string): Weekday[] | undefined {
  const days = new Set<Weekday>();
  for (const part of text.split(',').map((piece) => piece.trim())) {
    const [from, to, extra] = part.split('-').map((piece) => dayNumber(piece));
    if (from === undefined || extra !== undefined || (part.includes('-') && to === undefined))
      return undefined;
    const last = to ?? from;
    for (let day = from; ; day = ((day + 1) % 7) as Weekday) {
      days.add(day);
      if (day === last) break;
    }
  }
  return [...days].sort((a, b) => a - b);
}

function dayNumber(text: string | undefined): Weekday | undefined {
  if (text === undefined) return undefined;
  const lower = text.trim().toLowerCase();
  const index = DAY_NAMES.findIndex((day) => lower.length >= 3 && day.startsWith(lower.slice(0, 3)));
  const full = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][index];
  if (index < 0 || (lower.length > 3 && lower !== full)) return undefined;
  return index as Weekday;
}

/** `09:00-16:00` in minutes after midnight; `24:00` is allowed as an end; equal ends are refused. */
export function parseHours(text: string): { start: number; end: number } | undefined {
  const match = /^\s*([0-9]{1,2}):([0-9]{2})\s*-\s*([0-9]{1,2}):([0-9]{2})\s*$/.exec(text);
  if (match === null) return undefined;
  const start = Number(match[1]) * 60 + Number(match[2]);
  const end = Number(match[3]) * 60 + Number(match[4]);
  const valid = (h: number, m: number, max: number) => m < 60 && h * 60 + m <= max;
  if (!valid(Number(match[1]), Number(match[2]), 1439) || !valid(Number(match[3]), Number(match[4]), 1440))
    return undefined;
  if (start === end) return undefined;
  return { start, end };
}

/** True for zone names Intl accepts (IANA names and `UTC`). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone !== '';
  } catch {
    return false;
  }
}

function buildFreezes(diagnostics: Diagnostics, path: ConfigPath, value: unknown): GateFreeze[] {
  const freezes: GateFreeze[] = [];
  list(value).forEach((item, index) => {
    const at = [...path, index];
    const raw = object(item);
    const from = instant(diagnostics, [...at, 'from'], raw['from']);
    const to = instant(diagnostics, [...at, 'to'], raw['to']);
    if (from === undefined || to === undefined) return;
    if (to <= from) {
      diagnostics.error([...at, 'to'], `${name([...at, 'to'])} must be later than \`from\``);
      return;
    }
    freezes.push({ from, to, reason: string(raw['reason']) ?? 'freeze' });
  });
  return freezes;
}

const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const DATE_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:Z|[+-][0-9]{2}:[0-9]{2})$/;

/** A `YYYY-MM-DD` date (00:00 UTC) or an ISO 8601 date-time with `Z` or an offset, as epoch milliseconds. */
function instant(diagnostics: Diagnostics, path: ConfigPath, value: unknown): number | undefined {
  const text = string(value);
  if (text === undefined) return undefined;
  const date = DATE.exec(text);
  const ms = date !== null ? calendarDate(date) : DATE_TIME.test(text) ? Date.parse(text) : undefined;
  if (ms === undefined || Number.isNaN(ms)) {
    diagnostics.error(
      path,
      `${name(path)} must be a date \`YYYY-MM-DD\` (00:00 UTC) or a date-time with an offset such as \`2026-12-20T18:00:00+01:00\`, not ${JSON.stringify(text)}`,
    );
    return undefined;
  }
  return ms;
}

function calendarDate(match: RegExpExecArray): number | undefined {
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date.getTime() : undefined;
}
