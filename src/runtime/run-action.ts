import { ConfigError } from '../core/errors/config-error.js';
import { scrubSecrets } from './secret-registry.js';
import { createWorkflowCommands } from './workflow-commands.js';

const commands = createWorkflowCommands();

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
      commands.error(scrubSecrets(problem.message), {
        file: problem.file,
        startLine: problem.line,
        startColumn: problem.column,
      });
    }
    commands.setFailed(scrubSecrets(`Invalid configuration:\n${error.message}`));
    return;
  }
  if (error instanceof Error) {
    if (error.stack !== undefined) commands.debug(scrubSecrets(error.stack));
    commands.setFailed(scrubSecrets(error.message));
    return;
  }
  commands.setFailed(scrubSecrets(`Unexpected failure: ${String(error)}`));
}
