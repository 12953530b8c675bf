import type { Logger } from '../ports/logger.js';
import { quoteLogText } from './quote-log-text.js';
import { scrubSecrets } from './secret-registry.js';
import { createWorkflowCommands } from './workflow-commands.js';

/**
 * The Logger port over the runner's log: groups become collapsible sections. Messages carry repository text
 * (file, branch and component names), so none of it can become a workflow command: `info` lines are fenced by
 * quoteLogText, and `debug`, `warning`, `error` and group names are command data that the workflow commands escape
 * (`%`, CR, LF), so they stay on their own command line. Known secrets are scrubbed besides the runner's mask.
 */
export function createActionLogger(): Logger {
  const commands = createWorkflowCommands();
  return {
    debug: (message) => commands.debug(scrubSecrets(message)),
    info: (message) => commands.info(quoteLogText(scrubSecrets(message))),
    warning: (message) => commands.warning(scrubSecrets(message)),
    error: (message) => commands.error(scrubSecrets(message)),
    group: (name, fn) => commands.group(scrubSecrets(name), fn),
  };
}
