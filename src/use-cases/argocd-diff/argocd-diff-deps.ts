import type { ArgoCdPort } from '../../ports/argocd-port.js';
import type { GitHubPort } from '../../ports/github-port.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import type { Logger } from '../../ports/logger.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';

/** The ports an Argo CD diff run talks through. */
export interface ArgoCdDiffDeps {
  github: GitHubPort;
  argocd: ArgoCdPort;
  /** Reads trees and files: the local checkout when there is one, else the GitHub API. */
  snapshot: RepoSnapshotPort;
  localGit: LocalGitPort | undefined;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
}
