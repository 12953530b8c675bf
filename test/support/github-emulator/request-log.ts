// The log of every request the emulator served, with per-route counts (what `npm run bench` reports).

/** One served request. */
export interface LoggedRequest {
  readonly method: string;
  /** `METHOD /template` of the matched operation, `POST /graphql`, or undefined when nothing matched. */
  readonly route: string | undefined;
  readonly path: string;
  readonly status: number;
  /** Login of the token's identity; undefined when unauthenticated. */
  readonly login: string | undefined;
  readonly timestamp: number;
  /** For GraphQL: the root fields of the operation, e.g. `mutation minimizeComment`. */
  readonly graphql?: string;
}

/** The log of one emulator. */
export interface RequestLog {
  readonly entries: LoggedRequest[];
  readonly record: (entry: LoggedRequest) => void;
  /** Requests per route (`METHOD /template`); unmatched requests count under `METHOD <path>`. */
  readonly callCounts: () => Record<string, number>;
  readonly reset: () => void;
}

/** Creates an empty log. */
export function createRequestLog(): RequestLog {
  const entries: LoggedRequest[] = [];
  return {
    entries,
    record: (entry) => entries.push(entry),
    callCounts: () => {
      const counts: Record<string, number> = {};
      for (const entry of entries) {
        const key = entry.route ?? `${entry.method} ${entry.path}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return counts;
    },
    reset: () => entries.splice(0, entries.length),
  };
}
