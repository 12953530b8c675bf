/** Waits `ms` milliseconds; the one clock-dependent primitive handed to use-cases. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
