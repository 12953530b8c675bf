import type { Loaded, RepoConfig } from '../../core/config/types.js';
import type { GitReadPort } from '../../ports/git-read-port.js';
import { loadRepoConfig } from '../promote/load-repo-config.js';
import type { ArgoCdDiffDeps } from './argocd-diff-deps.js';

/** The default branch head and the repository configuration read there. */
export interface DefaultBranchConfig {
  defaultHead: string;
  loaded: Loaded<RepoConfig>;
}

/**
 * Resolves the default branch head (`git ls-remote` with a checkout, else one API call), makes sure the
 * checkout has it and the given commits, and reads `telefonistka.yaml` there: the repository configuration
 * always comes from the default branch, never from the PR.
 */
export async function readDefaultBranchConfig(
  defaultBranch: string,
  commits: readonly string[],
  deps: Pick<ArgoCdDiffDeps, 'localGit' | 'snapshot' | 'logger'> & { github: GitReadPort },
): Promise<DefaultBranchConfig> {
  const defaultHead =
    (await deps.localGit?.remoteBranchSha(defaultBranch)) ?? (await deps.github.getBranchSha(defaultBranch));
  if (defaultHead === undefined) throw new Error(`the default branch ${defaultBranch} does not exist`);
  if (deps.localGit !== undefined) {
    const missing: string[] = [];
    for (const sha of [defaultHead, ...commits]) if (!(await deps.localGit.hasCommit(sha))) missing.push(sha);
    if (missing.length > 0) await deps.localGit.fetch(missing);
  }
  const loaded = await loadRepoConfig(deps.snapshot, defaultHead);
  for (const warning of loaded.warnings) deps.logger.warning(warning);
  return { defaultHead, loaded };
}
