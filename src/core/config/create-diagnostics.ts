import { ConfigError, formatConfigProblem } from '../errors/config-error.js';
import type { ConfigProblem } from '../errors/config-error.js';
import type { Loaded } from './types.js';
import type { ConfigPath, PointAt, YamlSource } from './read-yaml-source.js';

/** Collects the errors and warnings of one configuration file, each at its source position. */
export interface Diagnostics {
  readonly source: YamlSource;
  error(path: ConfigPath, message: string, at?: PointAt): void;
  warn(path: ConfigPath, message: string, at?: PointAt): void;
  hasErrors(): boolean;
  /** Throws ConfigError with every error (in file order) when there is any; else wraps the config. */
  finish<T>(config: T): Loaded<T>;
}

/** Creates the collector for one parsed file; YAML-level warnings are included from the start. */
export function createDiagnostics(source: YamlSource): Diagnostics {
  const errors: ConfigProblem[] = [];
  const warnings: ConfigProblem[] = [...source.warnings];
  const record = (into: ConfigProblem[], path: ConfigPath, message: string, at: PointAt = 'value'): void => {
    const problem = { ...source.locate(path, at), message };
    if (!into.some((known) => formatConfigProblem(known) === formatConfigProblem(problem)))
      into.push(problem);
  };
  return {
    source,
    error: (path, message, at) => record(errors, path, message, at),
    warn: (path, message, at) => record(warnings, path, message, at),
    hasErrors: () => errors.length > 0,
    finish<T>(config: T): Loaded<T> {
      if (errors.length > 0) throw new ConfigError(sortByPosition(errors));
      const sorted = sortByPosition(warnings);
      return { config, warnings: sorted.map(formatConfigProblem), warningDetails: sorted };
    },
  };
}

function sortByPosition(problems: readonly ConfigProblem[]): ConfigProblem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}
