import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkDispatchInputs } from '../../core/workflow/check-dispatch-inputs.js';

/**
 * Why a `workflow_dispatch` of this run's workflow with `inputs` would be refused, read from the checkout before
 * anything is merged; undefined when it would be accepted or when there is no checkout to read it from.
 */
export async function chainWorkflowProblem(
  checkoutDir: string | undefined,
  workflowFile: string,
  inputs: readonly string[],
): Promise<string | undefined> {
  if (checkoutDir === undefined || !/^[\w.-]+\.ya?ml$/.test(workflowFile)) return undefined;
  const relative = `.github/workflows/${workflowFile}`;
  let text: string;
  try {
    text = await readFile(path.join(checkoutDir, relative), 'utf8');
  } catch {
    return undefined;
  }
  return checkDispatchInputs(text, inputs, { file: relative });
}
