import * as core from '@actions/core';
import { ConfigError } from '../core/errors/config-error.js';
import { scrubSecrets } from './secret-registry.js';

/**
 * The one error wrapper of every action: config errors are annotated at their file and line, every failure
 * fails the step with a message that says what to do, and the stack goes to the debug log only. A promise that
 * rejects with nobody awaiting it, or an exception thrown from a callback, fails the step the same way instead
 * of ending the process with Node's own report and its stack trace.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  process.on('unhandledRejection', reportFailure);
  process.on('uncaughtException', reportFailure);
  try {
    await main();
  } catch (error) {
    reportFailure(error);
  }
}

function reportFailure(error: unknown): void {
  if (error instanceof ConfigError) {
    for (const problem of error.problems) {
      core.error(scrubSecrets(problem.message), {
        file: problem.file,
        startLine: problem.line,
        startColumn: problem.column,
      });
    }
    core.setFailed(scrubSecrets(`Invalid configuration:\n${error.message}`));
    return;
  }
  if (error instanceof Error) {
    if (error.stack !== undefined) core.debug(scrubSecrets(error.stack));
    core.setFailed(scrubSecrets(error.message));
    return;
  }
  core.setFailed(scrubSecrets(`Unexpected failure: ${String(error)}`));
}
