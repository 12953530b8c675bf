// The primary rate limit: a budget per token and resource (`core` for REST, `graphql`) per hour window,
// reported in `x-ratelimit-*` headers on every response, like GitHub.

/** The state of one budget after a request was counted (or refused). */
export interface RateLimitStatus {
  readonly limit: number;
  readonly remaining: number;
  readonly used: number;
  /** UTC epoch seconds of the window's end. */
  readonly reset: number;
  readonly resource: string;
  readonly exceeded: boolean;
}

/** The budgets of one emulator. */
export interface RateLimiter {
  /** Counts one request unless the budget is spent; `count: false` only reports. */
  readonly consume: (token: string, resource: string, options?: { count?: boolean }) => RateLimitStatus;
  readonly headers: (status: RateLimitStatus) => Record<string, string>;
  readonly reset: () => void;
}

const WINDOW_SECONDS = 3600;

/** Creates budgets of `limit` requests per hour per token and resource. */
export function createRateLimiter(limit: number): RateLimiter {
  const windows = new Map<string, { used: number; reset: number }>();
  return {
    consume: (token, resource, options = {}) => {
      const key = `${token} ${resource}`;
      const nowSeconds = Math.floor(Date.now() / 1000);
      let window = windows.get(key);
      if (!window || window.reset <= nowSeconds) {
        window = { used: 0, reset: nowSeconds + WINDOW_SECONDS };
        windows.set(key, window);
      }
      const exceeded = window.used >= limit;
      if (!exceeded && options.count !== false) window.used += 1;
      return {
        limit,
        remaining: Math.max(0, limit - window.used),
        used: window.used,
        reset: window.reset,
        resource,
        exceeded,
      };
    },
    headers: (status) => ({
      'x-ratelimit-limit': String(status.limit),
      'x-ratelimit-remaining': String(status.remaining),
      'x-ratelimit-reset': String(status.reset),
      'x-ratelimit-used': String(status.used),
      'x-ratelimit-resource': status.resource,
    }),
    reset: () => windows.clear(),
  };
}
