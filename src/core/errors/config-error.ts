/** Where a problem sits in a user's YAML file; lines and columns are 1-based. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** One problem in a user's configuration, with the place it was found. */
export interface ConfigProblem extends SourceLocation {
  message: string;
}

/** Renders a problem the way compilers do, so editors and CI logs can link to it. */
export function formatConfigProblem(problem: ConfigProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

/** The user's configuration is wrong; carries every problem found, each with file:line:col. */
export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    super(problems.map(formatConfigProblem).join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}
