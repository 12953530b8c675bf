import { createGitRenderWorkspace } from '../../adapters/render/create-git-render-workspace.js';
import { createToolRenderer } from '../../adapters/render/create-tool-renderer.js';
import { readToolVersions } from '../../adapters/render/read-tool-versions.js';
import { InputError } from '../../core/errors/input-error.js';
import type { GitHubPort } from '../../ports/github-port.js';
import type { Logger } from '../../ports/logger.js';
import { booleanInput, integerInput } from '../../runtime/inputs.js';
import { setOutputs, writeSummary } from '../../runtime/outputs.js';
import { diffRenderedPullRequest } from '../../use-cases/argocd-diff/diff-rendered-pull-request.js';
import type { RepositoryAccess } from '../shared/detect-repository-access.js';
import {
  renderedDiffResults,
  renderRenderedDiffSummary,
} from '../../core/render/render-rendered-diff-summary.js';
import type { PullRequestRef } from '../../ports/pull-request-ref.js';

/** What `diff-mode: render` needs from the entrypoint. */
export interface RenderedDiffRequest {
  pr: PullRequestRef;
  defaultBranch: string;
  runUrl: string | undefined;
  github: GitHubPort;
  access: RepositoryAccess;
  logger: Logger;
}

/**
 * `diff-mode: render`: renders the manifests the PR changes with kubectl/kustomize and helm from PATH (no cluster,
 * no Argo CD) and comments their diff. Needs a checkout with the PR's commits (fetch-depth: 0).
 */
export async function runRenderedDiff(request: RenderedDiffRequest): Promise<void> {
  const { github, access, logger } = request;
  if (access.localGit === undefined) {
    throw new InputError(
      'diff-mode',
      '`render` renders from a git checkout: add actions/checkout with fetch-depth: 0 before this step',
    );
  }
  const tempDir = process.env.RUNNER_TEMP;
  const workspace = createGitRenderWorkspace({
    directory: access.localGit.directory,
    ...(tempDir === undefined ? {} : { tempDir }),
  });
  try {
    const run = await diffRenderedPullRequest(
      request.pr,
      {
        defaultBranch: request.defaultBranch,
        concurrency: integerInput('concurrency', 10, { min: 1, max: 100 }),
        commitStatus: booleanInput('commit-status', true),
        runUrl: request.runUrl,
        tools: await readToolVersions(),
      },
      {
        github,
        localGit: access.localGit,
        snapshot: access.snapshot,
        workspace,
        renderer: createToolRenderer(tempDir === undefined ? {} : { tempDir }),
        logger,
      },
    );
    setOutputs({
      'has-diff': run.hasDiff,
      results: renderedDiffResults(run.items),
      'api-calls': github.callCount(),
      'argocd-api-calls': 0,
    });
    await writeSummary(renderRenderedDiffSummary(run, github.callCount()));
    if (run.failedPaths.length > 0) {
      throw new Error(
        `Rendering failed for ${run.failedPaths.length} folder(s) (the PR comment shows the others):\n` +
          run.failedPaths.map((path) => `- ${path}`).join('\n'),
      );
    }
  } finally {
    await workspace.dispose();
  }
}
