import * as core from '@actions/core';
import { InputError } from '../core/errors/input-error.js';
import { registerSecret } from './secret-registry.js';

/** A string input; empty means absent. */
export function stringInput(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

/** An input exactly as given (surrounding whitespace kept: a trailing line break matters in file content); undefined when empty. */
export function rawInput(name: string): string | undefined {
  const value = core.getInput(name, { trimWhitespace: false });
  return value === '' ? undefined : value;
}

/** A required string input. */
export function requiredInput(name: string): string {
  const value = stringInput(name);
  if (value === undefined) throw new InputError(name, "is required; set it in the step's `with:` block");
  return value;
}

/** A secret input: masked in logs and scrubbed from everything written, in all its forms, the moment it is read. */
export function secretInput(name: string): string | undefined {
  const value = stringInput(name);
  if (value !== undefined) registerSecret(value);
  return value;
}

/** A boolean input (`true`/`false`, YAML 1.2 core schema like `core.getBooleanInput`); `fallback` when empty. */
export function booleanInput(name: string, fallback: boolean): boolean {
  const value = stringInput(name);
  if (value === undefined) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(name, `must be true or false, got ${JSON.stringify(value)}`);
}

/** One of a fixed set of values; `fallback` when empty. */
export function enumInput<T extends string>(name: string, values: readonly T[], fallback: T): T {
  const value = stringInput(name);
  if (value === undefined) return fallback;
  if ((values as readonly string[]).includes(value)) return value as T;
  throw new InputError(name, `must be one of ${values.join(', ')}, got ${JSON.stringify(value)}`);
}

/** A positive integer input; `fallback` when empty. */
export function integerInput(name: string, fallback: number, bounds: { min: number; max: number }): number {
  const value = stringInput(name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < bounds.min || parsed > bounds.max) {
    throw new InputError(
      name,
      `must be an integer from ${bounds.min} to ${bounds.max}, got ${JSON.stringify(value)}`,
    );
  }
  return parsed;
}
