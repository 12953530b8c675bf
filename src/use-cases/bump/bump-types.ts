import type { BumpEdit } from '../../core/bump/bump-edit.js';
import type { BumpRequestSettings } from '../../core/bump/parse-bump-request.js';
import type { GitWritePort } from '../../ports/git-write-port.js';
import type { LabelPort } from '../../ports/label-port.js';
import type { Logger } from '../../ports/logger.js';
import type { BumpReaderPort } from '../../ports/bump-reader-port.js';

/** One version bump: edits of files in the target (IaC) repository, triggered by a code repository commit. */
export interface BumpRequest extends BumpRequestSettings {
  edits: BumpEdit[];
  /** The target repository's merge settings when known; read once when `auto` needs them. */
  repositorySettings?: RepositorySettings;
  /** `https://github.com` or the GHES host, for the link to the triggering commit. */
  serverUrl: string;
}

import type { IdentityPort } from '../../ports/identity-port.js';
import type { MergePort } from '../../ports/merge-port.js';
import type { PullRequestPort } from '../../ports/pull-request-port.js';
import type { RepositoryPort, RepositorySettings } from '../../ports/repository-port.js';

/**
 * What a bump asks of GitHub besides its GraphQL reads: branch writes, the PR, its labels and its merge;
 * `IdentityPort`: the merge tells a merge of this token whose answer was lost from another's (mergeWithRetry).
 */
export interface BumpGitHub
  extends GitWritePort, PullRequestPort, LabelPort, MergePort, RepositoryPort, IdentityPort {}

/** The ports a bump talks through; `github` is bound to the target repository. */
export interface BumpDeps {
  github: BumpGitHub;
  reader: BumpReaderPort;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
}
