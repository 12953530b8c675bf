import type { Logger } from '../../ports/logger.js';

/** What every GitHub adapter is built from: the repository it is bound to and how its client sends requests. */
export interface RepositoryClientOptions {
  token: string;
  owner: string;
  repo: string;
  /** REST base URL (`GITHUB_API_URL`); GraphQL is derived from it. */
  baseUrl: string;
  logger: Logger;
  /** Spacing of write and GraphQL requests in ms (see OctokitOptions.writeIntervalMs); one second when unset. */
  writeIntervalMs?: number | undefined;
  /** Hides secrets in every comment, PR, commit message and status written (see OctokitOptions.scrubText). */
  scrubText?: ((text: string) => string) | undefined;
}
