import { InputError } from '../core/errors/input-error.js';
import { registerSecret } from './secret-registry.js';
import { createWorkflowCommands } from './workflow-commands.js';

const commands = createWorkflowCommands();

/** Where raw input values come from: the runner's `INPUT_*` variables, or a record in tests; '' means absent. */
export type InputSource = (name: string) => string;

/** Typed reads of action inputs; every read is validated and a bad value is an InputError naming the input. */
export interface InputReader {
  /** A trimmed string input; empty means absent. */
  string(name: string): string | undefined;
  /** An input exactly as given (a trailing line break matters in file content); empty means absent. */
  raw(name: string): string | undefined;
  /** A required string input; `hint` says what to pass. */
  required(name: string, hint?: string): string;
  /** A secret input: masked in logs and scrubbed from everything written, in all its forms, the moment it is read. */
  secret(name: string): string | undefined;
  /** A boolean input (`true`/`false`, YAML 1.2 core schema like `core.getBooleanInput`); `fallback` when empty. */
  boolean(name: string, fallback: boolean): boolean;
  /** One of a fixed set of values; `fallback` when empty. */
  choice<T extends string>(name: string, values: readonly T[], fallback: T): T;
  /** An integer input within `bounds`; `fallback` when empty. */
  integer(name: string, fallback: number, bounds: { min: number; max: number }): number;
}

/** The runner's inputs (`INPUT_<NAME>`), untrimmed. */
function runnerInputs(name: string): string {
  return commands.getInput(name);
}

/** An InputReader over `source` (default: the runner's inputs); the only code that reads action inputs. */
export function createInputReader(source: InputSource = runnerInputs): InputReader {
  const raw = (name: string): string | undefined => {
    const value = source(name);
    return value === '' ? undefined : value;
  };
  const string = (name: string): string | undefined => {
    const value = source(name).trim();
    return value === '' ? undefined : value;
  };
  return {
    string,
    raw,
    required: (name, hint = "set it in the step's `with:` block") => {
      const value = string(name);
      if (value === undefined) throw new InputError(name, `is required; ${hint}`);
      return value;
    },
    secret: (name) => {
      const value = string(name);
      if (value !== undefined) registerSecret(value);
      return value;
    },
    boolean: (name, fallback) => {
      const value = string(name);
      if (value === undefined) return fallback;
      if (['true', 'True', 'TRUE'].includes(value)) return true;
      if (['false', 'False', 'FALSE'].includes(value)) return false;
      throw new InputError(name, `must be true or false, got ${JSON.stringify(value)}`);
    },
    choice: <T extends string>(name: string, values: readonly T[], fallback: T): T => {
      const value = string(name);
      if (value === undefined) return fallback;
      if ((values as readonly string[]).includes(value)) return value as T;
      throw new InputError(name, `must be one of ${values.join(', ')}, got ${JSON.stringify(value)}`);
    },
    integer: (name, fallback, bounds) => {
      const value = string(name);
      if (value === undefined) return fallback;
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < bounds.min || parsed > bounds.max) {
        throw new InputError(
          name,
          `must be an integer from ${bounds.min} to ${bounds.max}, got ${JSON.stringify(value)}`,
        );
      }
      return parsed;
    },
  };
}
