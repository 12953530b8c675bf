// Fault injection for the Argo CD emulator: per app (and optionally per operation) a request can fail with a
// status, answer late, never answer, or have its response body altered before validation.

/** One fault; every set field applies, in the order delay -> hang -> status -> corrupt. */
export interface ArgoCdFault {
  /** Requests about this application (path name, or the body name of a create); omitted: any request. */
  app?: string;
  /** Only this operation (`ApplicationService_GetManifests`, ...); omitted: any operation. */
  operation?: string;
  /** Answer this HTTP status with Argo CD's error body. */
  status?: number;
  message?: string;
  /** Answer after this many milliseconds. */
  delayMs?: number;
  /** Never answer (the socket is closed when the emulator closes). */
  hang?: boolean;
  /** Alters the response body before it is validated and sent (proves validation bites). */
  corrupt?: (body: Record<string, unknown>) => void;
  /** How many matching requests it affects; default unlimited. */
  times?: number;
}

/** The fault registry of one emulator. */
export interface ArgoCdFaults {
  add(fault: ArgoCdFault): void;
  /** Every request about `app` fails with `status`. */
  fail(app: string, status: number, options?: { times?: number; message?: string; operation?: string }): void;
  /** Every request about `app` is answered after `ms`. */
  slow(app: string, ms: number, options?: { operation?: string }): void;
  /** Requests about `app` are never answered. */
  hang(app: string, options?: { operation?: string }): void;
  clear(): void;
  /** The faults matching a request, each use counted. */
  take(app: string | undefined, operation: string): ArgoCdFault[];
}

/** Creates an empty registry. */
export function createFaults(): ArgoCdFaults {
  const faults: { fault: ArgoCdFault; left: number }[] = [];
  const add = (fault: ArgoCdFault) => faults.push({ fault, left: fault.times ?? Number.POSITIVE_INFINITY });
  return {
    add,
    fail: (app, status, options = {}) => add({ app, status, ...options }),
    slow: (app, ms, options = {}) => add({ app, delayMs: ms, ...options }),
    hang: (app, options = {}) => add({ app, hang: true, ...options }),
    clear: () => void faults.splice(0, faults.length),
    take(app, operation) {
      const matching = faults.filter(
        (entry) =>
          entry.left > 0 &&
          (entry.fault.app === undefined || entry.fault.app === app) &&
          (entry.fault.operation === undefined || entry.fault.operation === operation),
      );
      for (const entry of matching) entry.left--;
      return matching.map((entry) => entry.fault);
    },
  };
}
