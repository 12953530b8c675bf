/**
 * Milliseconds a `retry-after` header asks to wait: delta-seconds or an HTTP-date relative to `nowMs`
 * (RFC 9110 §10.2.3). Undefined when absent or unreadable; a date in the past means 0.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-zA-Z]/.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}
