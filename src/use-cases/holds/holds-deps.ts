import type { MergeMethodChoice } from '../../core/merge/choose-merge-method.js';
import type { GitReadPort } from '../../ports/git-read-port.js';
import type { GitWritePort } from '../../ports/git-write-port.js';
import type { IdentityPort } from '../../ports/identity-port.js';
import type { LabelPort } from '../../ports/label-port.js';
import type { Logger } from '../../ports/logger.js';
import type { MergePort } from '../../ports/merge-port.js';
import type { PullRequestPort } from '../../ports/pull-request-port.js';
import type { RepositoryPort, RepositorySettings } from '../../ports/repository-port.js';

/** What a hold or release asks of GitHub. */
export interface HoldsGitHub
  extends GitReadPort, GitWritePort, PullRequestPort, MergePort, LabelPort, RepositoryPort, IdentityPort {}

/** The ports and settings the hold and release handlers run with. */
export interface HoldsDeps {
  github: HoldsGitHub;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
  defaultBranch: string;
  /** The promote flow's merge method (`auto` picks one the repository allows). */
  mergeMethod: MergeMethodChoice;
  /** The repository's merge settings when the run has them (else read once when `auto` must choose). */
  repositorySettings?: RepositorySettings | undefined;
  /** Where the request came from, for the PR body: "on the promotion dashboard (#7)". */
  source?: string;
}
