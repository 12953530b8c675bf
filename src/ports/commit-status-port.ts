import type { CommitState } from '../core/pr-checks/commit-state.js';
import type { RepositoryScope } from './repository-scope.js';

export type { CommitState };

/** A commit status as GitHub lists it. */
export interface CommitStatusInfo {
  context: string;
  state: CommitState;
  description: string;
  targetUrl: string | undefined;
}

/** Commit statuses (the `telefonistka` check and its siblings). Every method is one call. */
export interface CommitStatusPort extends RepositoryScope {
  createCommitStatus(
    sha: string,
    status: { state: CommitState; context: string; description: string; targetUrl?: string },
  ): Promise<void>;
  /** Statuses of a ref, newest first. */
  listCommitStatuses(ref: string): Promise<CommitStatusInfo[]>;
}
