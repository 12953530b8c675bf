import { cleanRepoPath } from '../../core/argocd/clean-repo-path.js';
import { parseComponentConfig } from '../../core/config/parse-component-config.js';
import type { RepoConfig } from '../../core/config/types.js';
import { compareStrings } from '../../core/promotion/compare-strings.js';
import { findChangedComponents } from '../../core/promotion/find-changed-components.js';
import type { ChangedFile } from '../../core/promotion/types.js';
import { collectChangedFiles } from '../promote/collect-changed-files.js';
import { readTrustedPromotionMetadata } from '../shared/read-trusted-promotion-metadata.js';
import type { ArgoCdDiffDeps } from './argocd-diff-deps.js';
import type { PrComponent, PrComponentSource } from '../../core/argocd/component-diff.js';
import { errorMessage } from '../../core/errors/error-message.js';
import type { PullRequestRef } from '../../ports/pull-request-ref.js';

/** The PR's components and where they came from. */
export interface PrComponents {
  components: PrComponent[];
  /**
   * `metadata`: a promotion PR this action opened (see `readTrustedPromotionMetadata`): its `promotedPaths`, plus
   * the components of any file it changes outside them; `files`: components of the changed files.
   */
  source: PrComponentSource;
  /** Changed files of a promotion PR outside its promoted paths (someone pushed to its branch). */
  uncoveredFiles: string[];
  warnings: string[];
}

/**
 * The components whose apps a PR changes: for a promotion PR this action opened, the `promotedPaths` of its
 * metadata and the components of changed files outside them; for any other PR (whatever its body says) the
 * components of the changed files under the configured source paths (as the Go bot). With `readConfigs`,
 * each component's telefonistka.yaml is read at the PR head for `disableArgoCDDiff`; a file that does not
 * parse hides the diff (fail closed) with a warning.
 */
export async function listPrComponents(
  pr: PullRequestRef,
  config: RepoConfig,
  deps: ArgoCdDiffDeps,
  options: { readConfigs: boolean },
): Promise<PrComponents> {
  const warnings: string[] = [];
  const trusted = await readTrustedPromotionMetadata(pr, {
    promotionPrAuthors: config.promotionPrAuthors,
    github: deps.github,
  });
  if (trusted.ignored !== undefined) warnings.push(trusted.ignored);
  const promoted = (trusted.metadata?.promotedPaths ?? []).map(cleanRepoPath).filter((path) => path !== '');
  const changed = await collectChangedFiles({ ...pr, nodeId: '', mergeCommitSha: pr.headSha }, deps);
  const uncovered =
    promoted.length === 0 ? changed.files : changed.files.filter((file) => !insideAny(file, promoted));
  const found = findChangedComponents(config, uncovered);
  warnings.push(...found.warnings);
  const paths = [...promoted, ...found.components.map((c) => cleanRepoPath(`${c.sourcePath}${c.component}`))];
  const source: PrComponents['source'] = promoted.length > 0 ? 'metadata' : 'files';
  const uncoveredFiles = source === 'metadata' ? uncovered.map((file) => file.path).sort(compareStrings) : [];
  if (uncoveredFiles.length > 0) {
    warnings.push(
      `#${pr.number} changes ${uncoveredFiles.length} file(s) outside its promoted paths ` +
        `(${uncoveredFiles.slice(0, 5).join(', ')}${uncoveredFiles.length > 5 ? ', ...' : ''}); ` +
        'their components are diffed too and the PR is never merged as a no-diff promotion',
    );
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
  return { components, source, uncoveredFiles, warnings };
}

/** A file (and the old path of a rename) lies inside one of the promoted folders. */
function insideAny(file: ChangedFile, folders: readonly string[]): boolean {
  const inside = (path: string) => folders.some((folder) => path.startsWith(`${folder}/`));
  return inside(file.path) && (file.previousPath === undefined || inside(file.previousPath));
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
    warnings.push(`${file} could not be read (${errorMessage(error)}); its diff is hidden`);
    return true;
  }
}
