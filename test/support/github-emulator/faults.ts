// Fault injection by route and count. A fault matches a request by `METHOD /route-template` (the method may
// be given separately) and fires for the next `times` matching requests, before the handler runs.
import type { ServedOperation } from './served-operations.js';

/** An error response served instead of the real one. */
export interface HttpFault {
  readonly kind?: 'http';
  /** `METHOD /template` or `/template` (then `method` filters; no method = any). `POST /graphql` for GraphQL. */
  readonly route: string;
  readonly method?: string;
  readonly status: 403 | 404 | 405 | 409 | 422 | 429 | 500 | 502 | 503;
  /** How many matching requests fail; default 1. */
  readonly times?: number;
  /** Seconds, sent as `retry-after`. */
  readonly retryAfter?: number;
  readonly message?: string;
  /** Replaces the whole JSON body. */
  readonly body?: Record<string, unknown>;
  /** A lost answer: the request is served (its writes happen), then the client gets this error instead. */
  readonly afterHandler?: boolean;
}

/** A concurrent writer: before the next matching request is served, a commit lands on `branch`. */
export interface MoveBranchFault {
  readonly kind: 'moveBranch';
  readonly route: string;
  readonly method?: string;
  readonly owner: string;
  readonly repo: string;
  readonly branch: string;
  /** Files of the concurrent commit (null deletes); default one new file under `.concurrent/`. */
  readonly files?: Readonly<Record<string, string | null>>;
  readonly times?: number;
}

/**
 * Another client acting just before the next matching request is served (e.g. a second run merging the PR this
 * request merges): `act` runs outside the emulator's lock, so it may call the emulator's helpers or its API.
 */
export interface BeforeRequestFault {
  readonly kind: 'beforeRequest';
  readonly route: string;
  readonly method?: string;
  readonly act: () => Promise<void> | void;
  readonly times?: number;
}

/** Mutates the next matching response body before it is validated and sent (proves validation bites). */
export interface CorruptResponseFault {
  readonly kind: 'corruptResponse';
  readonly route: string;
  readonly method?: string;
  readonly mutate: (body: Record<string, unknown>) => void;
  readonly times?: number;
}

export type Fault = HttpFault | MoveBranchFault | BeforeRequestFault | CorruptResponseFault;

/** The fault registry of one emulator. */
export interface Faults {
  readonly add: (fault: Fault) => void;
  /** Eventual consistency right after PR creation: the next `times` label/assignee calls answer 422. */
  readonly eventualConsistency: (options?: { times?: number }) => void;
  readonly clear: () => void;
  /** Faults not yet used up. */
  readonly pending: () => number;
  /** Takes (consumes one use of) the first fault of `kind` matching the request. */
  readonly take: <K extends NonNullable<Fault['kind']>>(
    kind: K,
    method: string,
    route: string,
  ) => Extract<Fault, { kind?: K }> | undefined;
}

const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID EMULATOR.';

const defaultMessages: Record<number, string> = {
  403: SECONDARY_MESSAGE,
  404: 'Not Found',
  429: SECONDARY_MESSAGE,
  405: 'Base branch was modified. Review and try the merge again.',
  409: 'Conflict',
  422: 'Validation Failed',
  500: 'Internal Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
};

/** The JSON body GitHub sends for a fault's status. */
export function faultBody(fault: HttpFault): Record<string, unknown> {
  return (
    fault.body ?? {
      message: fault.message ?? defaultMessages[fault.status] ?? 'Error',
      documentation_url:
        fault.status === 403 || fault.status === 429
          ? 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
          : 'https://docs.github.com/rest',
      status: String(fault.status),
    }
  );
}

function splitRoute(fault: Fault): { method: string | undefined; template: string } {
  const match = /^([A-Z]+) (\/.*)$/.exec(fault.route);
  if (match) return { method: match[1], template: match[2]! };
  return { method: fault.method?.toUpperCase(), template: fault.route };
}

/** Creates an empty fault registry. */
export function createFaults(): Faults {
  const active: { fault: Fault; remaining: number }[] = [];
  const add = (fault: Fault) => active.push({ fault, remaining: fault.times ?? 1 });
  const consistencyRoutes: ServedOperation[] = [
    'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
    'PUT /repos/{owner}/{repo}/issues/{issue_number}/labels',
    'POST /repos/{owner}/{repo}/issues/{issue_number}/assignees',
  ];
  return {
    add,
    eventualConsistency: (options = {}) => {
      for (const route of consistencyRoutes) {
        add({
          route,
          status: 422,
          times: options.times ?? 1,
          body: {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'Issue',
                code: 'not_found',
                field: 'issue',
                message: 'Could not resolve to an Issue',
              },
            ],
            documentation_url: 'https://docs.github.com/rest/issues',
            status: '422',
          },
        });
      }
    },
    clear: () => active.splice(0, active.length),
    pending: () => active.reduce((sum, entry) => sum + entry.remaining, 0),
    take: (kind, method, route) => {
      const index = active.findIndex(({ fault, remaining }) => {
        const target = splitRoute(fault);
        return (
          remaining > 0 &&
          (fault.kind ?? 'http') === kind &&
          target.template === route &&
          (target.method === undefined || target.method === method)
        );
      });
      const entry = active[index];
      if (!entry) return undefined;
      entry.remaining -= 1;
      if (entry.remaining <= 0) active.splice(index, 1);
      return entry.fault as Extract<Fault, { kind?: typeof kind }>;
    },
  };
}
