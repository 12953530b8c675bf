// Octokit turns every fetch failure into a RequestError with status 500, which the retry plugin then retries
// three times (1 + 4 + 9 s) before the user reads "HTTP 500". A refused connection, an unknown host or a
// certificate that does not verify will not heal in 14 seconds: those are reported at once, as what they are.
// Resets, timeouts and temporary DNS failures (EAI_AGAIN) stay retried.
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH']);
const CERTIFICATE =
  /^(?:CERT_|UNABLE_TO_(?:GET|VERIFY)_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_CERT)/;

type Hooked = {
  hook: { error: (name: 'request', fn: (error: unknown, options: unknown) => unknown) => void };
};

/** The first error code (`ECONNREFUSED`, `ENOTFOUND`, `CERT_HAS_EXPIRED`…) along an error's cause chain. */
function networkFailure(error: unknown): { code: string; message: string } | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { code, message, cause, errors } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === 'string' && (UNREACHABLE.has(code) || CERTIFICATE.test(code))) {
      // Node reports a refused dual-stack connect as an AggregateError with an empty message.
      const inner = Array.isArray(errors) ? (errors[0] as { message?: unknown } | undefined) : undefined;
      const text = typeof message === 'string' && message !== '' ? message : inner?.message;
      return { code, message: typeof text === 'string' && text !== '' ? text : code };
    }
    current = cause;
  }
  return undefined;
}

/** The API URL the user configured (`baseUrl`), which is what they can correct. */
function apiUrlOf(options: unknown): string {
  const base = (options as { baseUrl?: unknown } | undefined)?.baseUrl;
  return typeof base === 'string' && base !== '' ? base : 'the GitHub API';
}

/**
 * Octokit plugin, registered before the retry plugin so that it sees a request's error first: a host that
 * cannot be reached becomes an error "cannot reach <API URL>: …" that is not retried.
 */
export function failFastWhenUnreachable(octokit: Hooked): void {
  octokit.hook.error('request', (error, options) => {
    const failure = networkFailure(error);
    if (failure === undefined) throw error;
    const apiUrl = apiUrlOf(options);
    const advice = CERTIFICATE.test(failure.code)
      ? 'its TLS certificate does not verify (set NODE_EXTRA_CA_CERTS to your CA bundle)'
      : 'check the API URL (GITHUB_API_URL or --github-host), the network and any proxy';
    // A plain Error (no `request`, no `status`): the retry plugin passes it on, and the adapters' ExternalError
    // wrapping reads "GitHub <operation> failed: cannot reach …" without a made-up HTTP status.
    throw new Error(`cannot reach ${apiUrl}: ${failure.message}; ${advice}`, { cause: error });
  });
}
