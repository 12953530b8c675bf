// The clock the emulators and the code under test share, so that a test moves time instead of sleeping:
// `const clock = createTestClock({ start: '2026-03-02T08:00:00Z' })`, hand `clock` to
// `startGitHubEmulator({ clock })` and `startArgoCdEmulator({ clock })` and `clock.now` to the use-case,
// then `clock.advance(2 * HOUR)`.

/** A clock a test controls. */
export interface TestClock {
  /** Milliseconds since the epoch. */
  readonly now: () => number;
  /** `now()` as GitHub writes timestamps: ISO 8601 in UTC without milliseconds. */
  readonly iso: () => string;
  /** Moves the clock forward by `ms` (never backwards). */
  readonly advance: (ms: number) => void;
  /** Moves the clock to `time` (an ISO string or epoch milliseconds), forward only. */
  readonly set: (time: string | number) => void;
}

/** Options of {@link createTestClock}. */
export interface TestClockOptions {
  /**
   * The instant the clock starts at; it then moves only with `advance`/`set`. Without it the clock
   * follows real time plus whatever was advanced (the emulators' default).
   */
  readonly start?: string | number;
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

const toMs = (time: string | number): number => {
  const ms = typeof time === 'number' ? time : Date.parse(time);
  if (!Number.isFinite(ms)) throw new Error(`not a time: ${String(time)}`);
  return ms;
};

/** Creates a clock: frozen at `start` when given, else real time; `advance` adds to either. */
export function createTestClock(options: TestClockOptions = {}): TestClock {
  const base =
    options.start === undefined
      ? () => Date.now()
      : (
          (fixed) => () =>
            fixed
        )(toMs(options.start));
  let offset = 0;
  const now = () => base() + offset;
  return {
    now,
    iso: () => new Date(now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    advance: (ms) => {
      if (!(ms >= 0)) throw new Error(`a clock only moves forward (advance(${ms}))`);
      offset += ms;
    },
    set: (time) => {
      const target = toMs(time);
      if (target < now()) throw new Error(`a clock only moves forward (set(${String(time)}))`);
      offset += target - now();
    },
  };
}
