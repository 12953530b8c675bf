import * as core from '@actions/core';
import type { Logger } from '../ports/logger.js';

/** The Logger port over the runner's log: groups become collapsible sections. */
export function createActionLogger(): Logger {
  return {
    debug: (message) => core.debug(message),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    error: (message) => core.error(message),
    group: (name, fn) => core.group(name, fn),
  };
}
