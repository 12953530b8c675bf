import * as core from '@actions/core';
import type { Logger } from '../ports/logger.js';
import { quoteLogText } from './quote-log-text.js';
import { scrubSecrets } from './secret-registry.js';

/**
 * The Logger port over the runner's log: groups become collapsible sections. Messages carry repository text
 * (file, branch and component names), so none of it can become a workflow command: `info` lines are fenced by
 * quoteLogText, and `debug`, `warning`, `error` and group names are command data that @actions/core escapes
 * (`%`, CR, LF), so they stay on their own command line. Known secrets are scrubbed besides the runner's mask.
 */
export function createActionLogger(): Logger {
  return {
    debug: (message) => core.debug(scrubSecrets(message)),
    info: (message) => core.info(quoteLogText(scrubSecrets(message))),
    warning: (message) => core.warning(scrubSecrets(message)),
    error: (message) => core.error(scrubSecrets(message)),
    group: (name, fn) => core.group(scrubSecrets(name), fn),
  };
}
