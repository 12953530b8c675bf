import * as core from '@actions/core';
import type { Logger } from '../ports/logger.js';
import { quoteLogText } from './quote-log-text.js';

/**
 * The Logger port over the runner's log: groups become collapsible sections. Messages carry repository text
 * (file, branch and component names), so none of it can become a workflow command: `info` lines are fenced by
 * quoteLogText, and `debug`, `warning`, `error` and group names are command data that @actions/core escapes
 * (`%`, CR, LF), so they stay on their own command line.
 */
export function createActionLogger(): Logger {
  return {
    debug: (message) => core.debug(message),
    info: (message) => core.info(quoteLogText(message)),
    warning: (message) => core.warning(message),
    error: (message) => core.error(message),
    group: (name, fn) => core.group(name, fn),
  };
}
