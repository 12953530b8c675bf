import { cleanRepoPath } from '../../core/argocd/clean-repo-path.js';
import { parseComponentConfig } from '../../core/config/parse-component-config.js';
import type { RepoConfig } from '../../core/config/types.js';
import { compareStrings } from '../../core/promotion/compare-strings.js';
import { findChangedComponents } from '../../core/promotion/find-changed-components.js';
import { parsePromotionMetadata } from '../../core/promotion/parse-promotion-metadata.js';
import { collectChangedFiles } from '../promote/collect-changed-files.js';
import type { ArgoCdDiffDeps } from './argocd-diff-deps.js';
import type { ArgoCdPullRequest } from './argocd-pull-request.js';

/** A component folder of the PR whose Argo CD app is diffed. */
export interface PrComponent {
  /** Repository path without trailing `/`, e.g. `clusters/prod/us-west1/c2/nginx`. */
  path: string;
  /** `disableArgoCDDiff: true` in the component's telefonistka.yaml at the PR head (or it could not be read). */
  disableArgoCdDiff: boolean;
}

/** The PR's components and where they came from. */
export interface PrComponents {
  components: PrComponent[];
  /** `metadata`: the `promotedPaths` of a promotion PR; `files`: components of the changed files. */
  source: 'metadata' | 'files';
  warnings: string[];
}

/**
 * The components whose apps a PR changes: the `promotedPaths` of a promotion PR's metadata, else the
 * components of the changed files under the configured source paths (as the Go bot). With `readConfigs`,
 * each component's telefonistka.yaml is read at the PR head for `disableArgoCDDiff`; a file that does not
 * parse hides the diff (fail closed) with a warning.
 */
export async function listPrComponents(
  pr: ArgoCdPullRequest,
  config: RepoConfig,
  deps: ArgoCdDiffDeps,
  options: { readConfigs: boolean },
): Promise<PrComponents> {
  const warnings: string[] = [];
  const promoted = parsePromotionMetadata(pr.body)?.promotedPaths ?? [];
  let paths: string[];
  let source: PrComponents['source'];
  if (promoted.length > 0) {
    paths = promoted.map(cleanRepoPath).filter((path) => path !== '');
    source = 'metadata';
  } else {
    const changed = await collectChangedFiles({ ...pr, nodeId: '', mergeCommitSha: pr.headSha }, deps);
    const found = findChangedComponents(config, changed.files);
    warnings.push(...found.warnings);
    paths = found.components.map((c) => cleanRepoPath(`${c.sourcePath}${c.component}`));
    source = 'files';
  }
  const unique = [...new Set(paths)].sort(compareStrings);
  const components: PrComponent[] = [];
  for (const path of unique) {
    components.push({
      path,
      disableArgoCdDiff: options.readConfigs
        ? await readDisableFlag(pr.headSha, path, deps, warnings)
        : false,
    });
  }
  return { components, source, warnings };
}

async function readDisableFlag(
  commit: string,
  path: string,
  deps: ArgoCdDiffDeps,
  warnings: string[],
): Promise<boolean> {
  const file = `${path}/telefonistka.yaml`;
  const text = await deps.snapshot.readFile(commit, file);
  if (text === undefined) return false;
  try {
    const loaded = parseComponentConfig(text, file);
    warnings.push(...loaded.warnings);
    return loaded.config.disableArgoCdDiff;
  } catch (error) {
    warnings.push(
      `${file} could not be read (${error instanceof Error ? error.message : String(error)}); its diff is hidden`,
    );
    return true;
  }
}
