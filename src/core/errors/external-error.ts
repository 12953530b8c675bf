import type { GitHubRefusal } from './github-refusal.js';

/** Options describing a failed call to an external service. */
export interface ExternalErrorOptions {
  service: string;
  operation: string;
  status?: number;
  cause?: unknown;
  /** What GitHub refused, as the GitHub adapter classified it. */
  refusal?: GitHubRefusal;
}

/** A call to GitHub, Argo CD or a webhook endpoint failed: names the service, the operation and the HTTP status. */
export class ExternalError extends Error {
  readonly service: string;
  readonly operation: string;
  readonly status: number | undefined;
  readonly refusal: GitHubRefusal | undefined;

  constructor(message: string, options: ExternalErrorOptions) {
    const status = options.status === undefined ? '' : ` (HTTP ${options.status})`;
    super(`${options.service} ${options.operation} failed${status}: ${message}`, { cause: options.cause });
    this.name = 'ExternalError';
    this.service = options.service;
    this.operation = options.operation;
    this.status = options.status;
    this.refusal = options.refusal;
  }
}
