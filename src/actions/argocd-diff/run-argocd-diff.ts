import { createActionLogger } from '../../runtime/action-logger.js';
import { setOutputs } from '../../runtime/outputs.js';
import { readWorkflowContext } from '../../runtime/workflow-context.js';
import { DEFAULT_OUTPUTS } from '../shared/default-outputs.js';
import { detectRepositoryAccess } from '../shared/detect-repository-access.js';
import { withFinalOutputs } from '../shared/with-final-outputs.js';
import { createWorkflowGitHub } from '../shared/workflow-github.js';
import { readArgoCdDiffEvent } from './argocd-diff-event.js';
import type { ArgoCdDiffInputs } from './read-argocd-diff-inputs.js';
import { runArgoCdEvent } from './run-argocd-event.js';
import { runRenderedDiff } from './run-rendered-diff.js';
import { payloadRepositoryInfo } from './payload-repository-info.js';
import { payloadRepositorySettings } from '../shared/payload-repository-settings.js';

/**
 * The argocd-diff action. `diff-mode: argocd`: an opened, updated or reopened PR gets its Argo CD diff comment,
 * `noop` label and `telefonistka/argocd-diff` status; ticking the comment's checkbox syncs the apps from the
 * PR branch; closing or merging the PR points them back at HEAD. `diff-mode: render`: the rendered-manifest diff
 * of the PR, without Argo CD.
 */
export async function runArgoCdDiff(inputs: ArgoCdDiffInputs): Promise<void> {
  setOutputs(DEFAULT_OUTPUTS['argocd-diff']);
  const logger = createActionLogger();
  const workflow = readWorkflowContext();
  const github = createWorkflowGitHub({ ...inputs, token: inputs.githubToken }, workflow, logger);
  const event = readArgoCdDiffEvent(workflow.eventName, workflow.payload);
  const calls = { github: () => github.callCount(), argocd: 0 };
  await withFinalOutputs(
    () => ({ 'api-calls': calls.github(), 'argocd-api-calls': calls.argocd }),
    async () => {
      if (event.kind === 'other' || (inputs.argocd === undefined && event.kind !== 'diff')) {
        const description =
          event.kind === 'other' ? event.description : `${workflow.eventName} (${event.kind})`;
        return logger.info(`Nothing to do for ${description} with diff-mode ${inputs.diffMode}.`);
      }
      const access = await detectRepositoryAccess(inputs.checkoutPath ?? workflow.workspace, github, logger);
      const info = payloadRepositoryInfo(workflow.payload) ?? (await github.getRepository());
      const runUrl = workflow.runUrl;
      const run = {
        github,
        access,
        logger,
        defaultBranch: info.defaultBranch,
        runUrl,
        tempDir: workflow.runnerTemp,
        env: workflow.env,
      };
      if (inputs.argocd !== undefined) {
        const repositorySettings = payloadRepositorySettings(workflow.payload);
        const argocd = inputs.argocd;
        return runArgoCdEvent(
          { ...run, inputs, argocd, repoUrl: info.htmlUrl, repositorySettings, calls },
          event,
        );
      }
      if (event.kind === 'diff') await runRenderedDiff(inputs, event.pr, run);
    },
  );
}
