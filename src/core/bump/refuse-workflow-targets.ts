import { BumpEditError } from './bump-edit-error.js';
import type { BumpEdit } from './bump-edit.js';

const WORKFLOWS = '.github/workflows/';

/**
 * Refuses edits of `.github/workflows/*` unless the caller opted in (`allow-workflow-files`,
 * `--allow-workflow-files`): a bump that rewrites a workflow changes what runs with the IaC repository's
 * secrets, which a version bump never needs by accident.
 */
export function refuseWorkflowTargets(
  edits: readonly BumpEdit[],
  options: { allowWorkflowFiles: boolean },
): void {
  if (options.allowWorkflowFiles) return;
  const workflow = edits.find((edit) => edit.file.toLowerCase().startsWith(WORKFLOWS));
  if (workflow === undefined) return;
  throw new BumpEditError(
    `${workflow.file} is a GitHub Actions workflow; a bump changes workflows only when asked: set \`allow-workflow-files: true\` (action) or --allow-workflow-files (CLI) if this is meant`,
  );
}
