// An error response in GitHub's shape: `{ message, documentation_url, status, errors? }`.

/** Thrown by route handlers; the router turns it into the HTTP response. */
export class HttpError extends Error {
  readonly status: number;
  readonly errors: readonly unknown[] | undefined;
  readonly headers: Readonly<Record<string, string>>;
  constructor(
    status: number,
    message: string,
    extra: { errors?: readonly unknown[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.errors = extra.errors;
    this.headers = extra.headers ?? {};
  }
}

/** 404 with GitHub's body. */
export const notFound = (): HttpError => new HttpError(404, 'Not Found');

/** 422 "Validation Failed" with one custom error, as GitHub reports most semantic failures. */
export const validationFailed = (resource: string, message: string, field?: string): HttpError =>
  new HttpError(422, 'Validation Failed', {
    errors: [{ resource, code: 'custom', ...(field ? { field } : {}), message }],
  });
