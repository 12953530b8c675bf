import { ConfigError, formatConfigProblem } from '../../../src/core/errors/config-error.js';

/** The `file:line:col: message` lines of the ConfigError that `parse` throws; fails when it does not throw one. */
export function configProblems(parse: () => unknown): string[] {
  try {
    parse();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map(formatConfigProblem);
    throw error;
  }
  throw new Error('expected a ConfigError, but parsing succeeded');
}

/** Joins lines into a YAML text, so that tests can count line numbers at a glance. */
export function yamlLines(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
