import { createGitRenderWorkspace } from '../../adapters/render/create-git-render-workspace.js';
import { createToolRenderer } from '../../adapters/render/create-tool-renderer.js';
import { readToolVersions } from '../../adapters/render/read-tool-versions.js';
import { InputError } from '../../core/errors/input-error.js';
import type { GitHubPort } from '../../ports/github-port.js';
import type { Logger } from '../../ports/logger.js';
import { setOutputs, writeSummary } from '../../runtime/outputs.js';
import type { PullRequestRef } from '../../ports/pull-request-ref.js';
import { diffRenderedPullRequest } from '../../use-cases/argocd-diff/diff-rendered-pull-request.js';
import type { RepositoryAccess } from '../shared/detect-repository-access.js';
import type { ArgoCdDiffInputs } from './read-argocd-diff-inputs.js';
import {
  renderedDiffResults,
  renderRenderedDiffSummary,
} from '../../core/render/render-rendered-diff-summary.js';

/** What `diff-mode: render` needs from the entrypoint. */
export interface RenderedDiffRun {
  defaultBranch: string;
  runUrl: string | undefined;
  /** The runner's temporary directory, for the render work trees. */
  tempDir: string | undefined;
  /** The environment git and the tools start from. */
  env: Readonly<Record<string, string | undefined>>;
  github: GitHubPort;
  access: RepositoryAccess;
  logger: Logger;
}

/**
 * `diff-mode: render`: renders the manifests the PR changes with kubectl/kustomize and helm from PATH (no cluster,
 * no Argo CD) and comments their diff. Needs a checkout with the PR's commits (fetch-depth: 0).
 */
export async function runRenderedDiff(
  inputs: ArgoCdDiffInputs,
  pr: PullRequestRef,
  run: RenderedDiffRun,
): Promise<void> {
  const { github, access, logger, tempDir, env } = run;
  if (access.localGit === undefined) {
    throw new InputError(
      'diff-mode',
      '`render` renders from a git checkout: add actions/checkout with fetch-depth: 0 before this step',
    );
  }
  const temp = tempDir === undefined ? {} : { tempDir };
  const workspace = createGitRenderWorkspace({ directory: access.localGit.directory, env, ...temp });
  const { localGit, snapshot } = access;
  const ports = {
    github,
    localGit,
    snapshot,
    workspace,
    renderer: createToolRenderer({ searchPath: env['PATH'], ...temp }),
    logger,
  };
  try {
    const tools = await readToolVersions();
    const { concurrency, commitStatus } = inputs;
    const options = {
      defaultBranch: run.defaultBranch,
      concurrency,
      commitStatus,
      runUrl: run.runUrl,
      tools,
    };
    const diff = await diffRenderedPullRequest(pr, options, ports);
    setOutputs({ 'has-diff': diff.hasDiff, results: renderedDiffResults(diff.items) });
    await writeSummary(renderRenderedDiffSummary(diff, github.callCount()));
    const failed = diff.failedPaths;
    if (failed.length > 0) {
      const list = failed.map((path) => `- ${path}`).join('\n');
      throw new Error(
        `Rendering failed for ${failed.length} folder(s) (the PR comment shows the others):\n${list}`,
      );
    }
  } finally {
    await workspace.dispose();
  }
}
