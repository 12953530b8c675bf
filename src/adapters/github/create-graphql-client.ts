import { ExternalError } from '../../core/errors/external-error.js';
import { errorMessage } from '../../core/errors/error-message.js';
import type { RepositoryClientOptions } from './repository-client-options.js';
import { createCountedOctokit } from './create-counted-octokit.js';

/** What every GraphQL adapter is built from: the repository client's options and a request counter. */
export interface GraphqlClientOptions extends RepositoryClientOptions {
  /** Counts every HTTP request actually sent, retries included. */
  onRequest?: (() => void) | undefined;
}

/**
 * Sends one GraphQL document against the bound repository (`$owner` and `$name` are supplied); a failure is an
 * ExternalError naming `operation`, with the HTTP status, or 404 / 403 for a GraphQL NOT_FOUND / FORBIDDEN.
 */
export type GraphqlQuery = <T>(
  operation: string,
  document: string,
  variables?: Record<string, unknown>,
) => Promise<T>;

/** The one GraphQL set-up of the adapters: a throttled, retrying, counted Octokit bound to one repository. */
export function createGraphqlClient(options: GraphqlClientOptions): GraphqlQuery {
  const { octokit } = createCountedOctokit(options);
  const repository = { owner: options.owner, name: options.repo };
  return async <T>(operation: string, document: string, variables: Record<string, unknown> = {}) => {
    try {
      return await octokit.graphql<T>(document, { ...repository, ...variables });
    } catch (error) {
      throw new ExternalError(errorMessage(error), {
        service: 'GitHub',
        operation,
        status: statusOf(error),
        cause: error,
      });
    }
  };
}

/** HTTP status, or the status a GraphQL error type stands for. */
function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('status' in error && typeof error.status === 'number') return error.status;
  const errors =
    'errors' in error && Array.isArray(error.errors) ? (error.errors as { type?: string }[]) : [];
  const type = errors[0]?.type;
  if (type === 'NOT_FOUND') return 404;
  if (type === 'FORBIDDEN') return 403;
  return undefined;
}
