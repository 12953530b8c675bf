import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { renderDoctorReport } from '../../core/doctor/render-doctor-report.js';
import { createActionLogger } from '../../runtime/action-logger.js';
import { writeSummary } from '../../runtime/outputs.js';
import { readWorkflowContext } from '../../runtime/workflow-context.js';
import { diagnoseRepository } from '../../use-cases/doctor/diagnose-repository.js';
import { createWorkflowGitHub } from '../shared/workflow-github.js';
import type { DoctorInputs } from './read-doctor-inputs.js';

/**
 * `mode: doctor` of the root action: checks the repository, this workflow file (from GITHUB_WORKFLOW_REF) and
 * telefonistka.yaml from the checkout, writes the ✓/✗ checklist to the job summary, and fails on a ✗.
 */
export async function runDoctor(inputs: DoctorInputs): Promise<void> {
  const logger = createActionLogger();
  const workflow = readWorkflowContext();
  const github = createWorkflowGitHub({ ...inputs, token: inputs.githubToken }, workflow, logger);
  const dir = inputs.checkoutPath ?? workflow.workspace ?? '.';
  const workflowFile = `.github/workflows/${workflow.workflowFile ?? 'telefonistka.yaml'}`;
  const read = (file: string) => readFile(path.join(dir, file), 'utf8').catch(() => undefined);
  const checks = await diagnoseRepository(github, {
    workflowFile,
    workflowText: await read(workflowFile),
    configText: await read('telefonistka.yaml'),
  });
  const report = renderDoctorReport(checks, { markdown: true });
  logger.info(renderDoctorReport(checks, { markdown: false }));
  await writeSummary(`${report}\nGitHub API calls spent by this step: **${github.callCount()}**\n`);
  const failed = checks.filter((check) => check.status === 'fail');
  if (failed.length > 0) {
    throw new Error(
      `doctor found ${failed.length} blocking problem(s): ${failed.map((c) => c.name).join(', ')}; see the job summary for the fixes`,
    );
  }
}
