import type { Loaded, RepoConfig } from '../../core/config/types.js';
import { loadRepoConfig } from '../promote/load-repo-config.js';
import type { PrChecksDeps } from './pr-checks-deps.js';
import type { PullRequestRef } from '../../ports/pull-request-ref.js';

/** The default branch head the checks compare at, and the repository configuration read there. */
export interface PrConfiguration {
  defaultHead: string;
  loaded: Loaded<RepoConfig>;
}

/**
 * Resolves the default branch head (`git ls-remote` with a checkout, else one API call), makes sure the
 * checkout has it and the PR's commits, and reads `telefonistka.yaml` there: the repository configuration
 * always comes from the default branch, never from the PR.
 */
export async function readPrConfiguration(
  pr: Pick<PullRequestRef, 'headSha' | 'baseSha'>,
  defaultBranch: string,
  deps: PrChecksDeps,
): Promise<PrConfiguration> {
  const defaultHead =
    (await deps.localGit?.remoteBranchSha(defaultBranch)) ?? (await deps.github.getBranchSha(defaultBranch));
  if (defaultHead === undefined) throw new Error(`the default branch ${defaultBranch} does not exist`);
  if (deps.localGit !== undefined) {
    const missing: string[] = [];
    for (const sha of [defaultHead, pr.headSha, pr.baseSha])
      if (!(await deps.localGit.hasCommit(sha))) missing.push(sha);
    if (missing.length > 0) await deps.localGit.fetch(missing);
  }
  const loaded = await loadRepoConfig(deps.snapshot, defaultHead);
  for (const warning of loaded.warnings) deps.logger.warning(warning);
  return { defaultHead, loaded };
}
