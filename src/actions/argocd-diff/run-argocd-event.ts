import { createAxiosArgoCd } from '../../adapters/argocd/create-axios-argocd.js';
import type { GitHubPort, RepositorySettings } from '../../ports/github-port.js';
import type { Logger } from '../../ports/logger.js';
import { setOutputs, writeSummary } from '../../runtime/outputs.js';
import { sleep } from '../../runtime/sleep.js';
import type { ArgoCdDiffDeps } from '../../use-cases/argocd-diff/argocd-diff-deps.js';
import { diffPullRequest } from '../../use-cases/argocd-diff/diff-pull-request.js';
import { handleClosedPullRequest } from '../../use-cases/argocd-diff/handle-closed-pull-request.js';
import { handleSyncCheckbox } from '../../use-cases/argocd-diff/handle-sync-checkbox.js';
import type { RevisionChange } from '../../core/argocd/revision-change.js';
import type { RepositoryAccess } from '../shared/detect-repository-access.js';
import type { ArgoCdDiffEvent } from './argocd-diff-event.js';
import { argoCdDiffResults } from '../../core/argocd/argocd-diff-results.js';
import type { ArgoCdDiffInputs, ArgoCdInputs } from './read-argocd-diff-inputs.js';
import {
  renderArgoCdDiffSummary,
  renderRevisionSummary,
  type ApiCalls,
} from '../../core/argocd/render-argocd-diff-summary.js';

/** What `diff-mode: argocd` needs from the entrypoint; `calls.argocd` counts the Argo CD requests sent. */
export interface ArgoCdEventRun {
  inputs: ArgoCdDiffInputs;
  argocd: ArgoCdInputs;
  github: GitHubPort;
  access: RepositoryAccess;
  logger: Logger;
  defaultBranch: string;
  repoUrl: string;
  runUrl: string | undefined;
  /** Merge settings from the event payload, when it has them. */
  repositorySettings: RepositorySettings | undefined;
  calls: { github: () => number; argocd: number };
}

/**
 * `diff-mode: argocd`: diffs an opened or updated PR, syncs the apps from the PR branch when the comment's
 * checkbox is ticked, and points them back at HEAD when the PR closes.
 */
export async function runArgoCdEvent(
  run: ArgoCdEventRun,
  event: Exclude<ArgoCdDiffEvent, { kind: 'other' }>,
): Promise<void> {
  const { calls } = run;
  const argocd = createAxiosArgoCd({ ...run.argocd, logger: run.logger, onRequest: () => calls.argocd++ });
  const deps: ArgoCdDiffDeps = { github: run.github, argocd, logger: run.logger, sleep, ...run.access };
  const context = { defaultBranch: run.defaultBranch, repoUrl: run.repoUrl };
  const spent = (): ApiCalls => ({ github: calls.github(), argocd: calls.argocd });
  if (event.kind === 'comment-edit') {
    const handling = await handleSyncCheckbox(event.edit, context, deps);
    return finishRevisionChange('sync from branch', handling, spent());
  }
  if (event.kind === 'closed') {
    const handling = await handleClosedPullRequest(event.pr, context, deps);
    return finishRevisionChange('revert sync from branch', handling, spent());
  }
  const diff = await diffPullRequest(
    event.pr,
    {
      ...context,
      concurrency: run.inputs.concurrency,
      commitStatus: run.inputs.commitStatus,
      runUrl: run.runUrl,
      repositorySettings: run.repositorySettings,
    },
    deps,
  );
  setOutputs({ 'has-diff': diff.hasDiff, results: argoCdDiffResults(diff.diffs) });
  await writeSummary(renderArgoCdDiffSummary(diff, spent()));
  const failures = [...diff.failures];
  if (diff.autoMerge?.failed === true) failures.push(diff.autoMerge.reason ?? 'auto-merge failed');
  if (failures.length > 0) {
    throw new Error(
      `The Argo CD diff failed for ${failures.length} item(s) (the PR comment shows the others):\n` +
        failures.map((failure) => `- ${failure}`).join('\n'),
    );
  }
}

async function finishRevisionChange(
  title: string,
  handling: { ignored: string | undefined; changes: RevisionChange[] },
  calls: ApiCalls,
): Promise<void> {
  await writeSummary(renderRevisionSummary(title, handling, calls));
  const failed = handling.changes.filter((change) => change.action === 'failed');
  if (failed.length > 0) {
    throw new Error(
      `Could not change the target revision of ${failed.length} app(s):\n` +
        failed.map((c) => `- ${c.appName ?? c.componentPath}: ${c.reason ?? ''}`).join('\n'),
    );
  }
}
