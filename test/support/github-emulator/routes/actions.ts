// Actions: workflow dispatches, validated against the workflow file at the ref and recorded as
// `workflow_dispatch` events.
import { workflowDispatchPayload } from '../events.js';
import { HttpError, notFound } from '../http-error.js';
import type { RouteDefinition } from '../router.js';
import { dispatchRefusal } from '../workflow-dispatch-check.js';

const MAX_INPUTS = 25;

/** The Actions routes. */
export const actionsRoutes: readonly RouteDefinition[] = [
  {
    operation: 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
    handler: async (context) => {
      const body = context.body as { ref: string; inputs?: Record<string, unknown> };
      const repo = context.repo;
      // The workflow must exist on the default branch (GitHub finds workflows there), else 404.
      const workflowId = context.params.workflow_id!;
      const workflowPath = `.github/workflows/${workflowId}`;
      const defaultTip = await repo.git.resolveRef(`refs/heads/${repo.defaultBranch}`);
      const defaultTree = defaultTip ? (await repo.git.readCommit(defaultTip)).tree : undefined;
      const workflow = defaultTree ? await repo.git.lookupPath(defaultTree, workflowPath) : undefined;
      if (!workflow || workflow.type !== 'blob') throw notFound();
      const refName = body.ref.replace(/^refs\/(heads|tags)\//, '');
      const sha = await context.engine.resolveCommit(repo, body.ref.startsWith('refs/') ? body.ref : refName);
      if (!sha) throw new HttpError(422, `No ref found for: ${body.ref}`);
      if (Object.keys(body.inputs ?? {}).length > MAX_INPUTS) {
        throw new HttpError(
          422,
          `you may only define up to ${MAX_INPUTS} \`inputs\` for a \`workflow_dispatch\` event`,
        );
      }
      // The run uses the workflow file at the dispatched ref, and GitHub validates against that file.
      const atRef = await repo.git.lookupPath((await repo.git.readCommit(sha)).tree, workflowPath);
      const source = atRef?.type === 'blob' ? (await repo.git.readBlob(atRef.sha)).toString('utf8') : '';
      const refusal = dispatchRefusal(source, body.inputs ?? {});
      if (refusal) throw new HttpError(422, refusal);
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
