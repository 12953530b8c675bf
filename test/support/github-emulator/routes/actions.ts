// Actions: workflow dispatches, recorded as `workflow_dispatch` events.
import { workflowDispatchPayload } from '../events.js';
import { HttpError, notFound } from '../http-error.js';
import type { RouteDefinition } from '../router.js';

const MAX_INPUTS = 25;

/** The Actions routes. */
export const actionsRoutes: readonly RouteDefinition[] = [
  {
    operation: 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
    handler: async (context) => {
      const body = context.body as { ref: string; inputs?: Record<string, unknown> };
      const repo = context.repo;
      // The workflow must exist on the default branch and declare `workflow_dispatch`, as on GitHub.
      const workflowId = context.params.workflow_id!;
      const workflowPath = `.github/workflows/${workflowId}`;
      const defaultTip = await repo.git.resolveRef(`refs/heads/${repo.defaultBranch}`);
      const defaultTree = defaultTip ? (await repo.git.readCommit(defaultTip)).tree : undefined;
      const workflow = defaultTree ? await repo.git.lookupPath(defaultTree, workflowPath) : undefined;
      if (!workflow || workflow.type !== 'blob') throw notFound();
      const refName = body.ref.replace(/^refs\/(heads|tags)\//, '');
      const sha = await context.engine.resolveCommit(repo, body.ref.startsWith('refs/') ? body.ref : refName);
      if (!sha) throw new HttpError(422, `No ref found for: ${body.ref}`);
      const source = (await repo.git.readBlob(workflow.sha)).toString('utf8');
      if (!/\bworkflow_dispatch\b/.test(source)) {
        throw new HttpError(422, "Workflow does not have 'workflow_dispatch' trigger");
      }
      if (Object.keys(body.inputs ?? {}).length > MAX_INPUTS) {
        throw new HttpError(
          422,
          `you may only define up to ${MAX_INPUTS} \`inputs\` for a \`workflow_dispatch\` event`,
        );
      }
      const fullRef = body.ref.startsWith('refs/')
        ? body.ref
        : (await repo.git.resolveRef(`refs/heads/${body.ref}`))
          ? `refs/heads/${body.ref}`
          : `refs/tags/${body.ref}`;
      context.engine.emit({
        name: 'workflow_dispatch',
        workflow: workflowPath,
        payload: workflowDispatchPayload(context.state, repo, {
          ref: fullRef,
          workflowPath,
          inputs: body.inputs ?? null,
          sender: context.identity.login,
        }),
      });
      return { status: 204 };
    },
  },
];
