/** A duration in words as the configuration writes them: `2h`, `1h12m`, `45m`, `1d2h`; below a minute `0m`. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const text = `${days > 0 ? `${String(days)}d` : ''}${hours > 0 ? `${String(hours)}h` : ''}${rest > 0 ? `${String(rest)}m` : ''}`;
  return text === '' ? '0m' : text;
}
