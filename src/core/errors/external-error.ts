/** Options describing a failed call to an external service. */
export interface ExternalErrorOptions {
  service: string;
  operation: string;
  status?: number;
  cause?: unknown;
}

/** A call to GitHub, Argo CD or a webhook endpoint failed: names the service, the operation and the HTTP status. */
export class ExternalError extends Error {
  readonly service: string;
  readonly operation: string;
  readonly status: number | undefined;

  constructor(message: string, options: ExternalErrorOptions) {
    const status = options.status === undefined ? '' : ` (HTTP ${options.status})`;
    super(`${options.service} ${options.operation} failed${status}: ${message}`, { cause: options.cause });
    this.name = 'ExternalError';
    this.service = options.service;
    this.operation = options.operation;
    this.status = options.status;
  }
}
