import type { Logger } from '../../src/ports/logger.js';

/** A Logger that keeps every line (`warning: …`, `group: …`) so in-process tests can assert what a run said. */
export interface RecordingLogger extends Logger {
  readonly lines: string[];
  /** Every line joined by newlines. */
  text: () => string;
}

/** Records what use-cases log instead of printing it. */
export function createRecordingLogger(): RecordingLogger {
  const lines: string[] = [];
  return {
    lines,
    text: () => lines.join('\n'),
    debug: (message) => lines.push(`debug: ${message}`),
    info: (message) => lines.push(`info: ${message}`),
    warning: (message) => lines.push(`warning: ${message}`),
    error: (message) => lines.push(`error: ${message}`),
    group: async (name, fn) => {
      lines.push(`group: ${name}`);
      return fn();
    },
  };
}
