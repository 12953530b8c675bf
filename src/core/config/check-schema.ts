import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../../schema/telefonistka.schema.json' with { type: 'json' };
import { configKeys, isDeprecatedAlias } from './config-keys.js';
import type { ConfigLevel } from './config-keys.js';
import { describeKeyPath } from './describe-key-path.js';
import type { Diagnostics } from './create-diagnostics.js';
import type { ConfigPath } from './read-yaml-source.js';
import { suggestKey } from './suggest-key.js';

let validator: ValidateFunction | undefined;

/** The compiled schema, built once per process (ajv compilation is the costly part). */
function schemaValidator(): ValidateFunction {
  if (validator === undefined) {
    // The schema's own validity is a test (telefonistka-schema.test.ts): at run time, checking it against the
    // meta-schema and optimizing the generated code only cost the cold start (about half of the compile).
    const ajv = new Ajv({
      allErrors: true,
      verbose: true,
      strict: true,
      allowUnionTypes: true,
      validateSchema: false,
      code: { optimize: false },
    });
    // Editor-only annotations understood by VS Code's YAML/JSON language servers.
    ajv.addVocabulary(['deprecationMessage']);
    validator = ajv.compile(schema);
  }
  return validator;
}

/**
 * Validates the file's value against schema/telefonistka.schema.json and reports every violation at the
 * YAML position of the offending key or value; unknown keys get a "did you mean" suggestion, and keys of
 * the other level (repository vs component) say where they belong.
 */
export function checkSchema(diagnostics: Diagnostics, level: ConfigLevel): void {
  const validate = schemaValidator();
  const value = diagnostics.source.value;
  if (!validate(value)) {
    for (const error of validate.errors ?? []) report(diagnostics, error, level);
  }
  checkLevel(diagnostics, level);
}

function report(diagnostics: Diagnostics, error: ErrorObject, level: ConfigLevel): void {
  const path = parsePointer(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      diagnostics.error([...path, key], unknownKeyMessage([...path, key], error, level), 'key');
      return;
    }
    case 'required':
      diagnostics.error(
        path,
        `${where(path)}is missing the required key \`${String(params['missingProperty'])}\``,
      );
      return;
    case 'type':
      if (acceptYaml11Boolean(diagnostics, path, error)) return;
      diagnostics.error(path, `${where(path, true)}${describeViolation(error)}`);
      return;
    default:
      diagnostics.error(path, `${where(path, true)}${describeViolation(error)}`);
  }
}

const YAML11_BOOLEANS = new Map<string, boolean>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON'].map((text): [string, boolean] => [text, true]),
  ...['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF'].map((text): [string, boolean] => [text, false]),
]);

/**
 * The Go bot parses with yaml.v2 (YAML 1.1), where `yes`/`no`/`on`/`off` are booleans; YAML 1.2 reads
 * them as strings. Where a boolean is expected they are accepted, with a warning, so configurations
 * written for the Go bot keep working.
 */
function acceptYaml11Boolean(diagnostics: Diagnostics, path: ConfigPath, error: ErrorObject): boolean {
  const types: unknown = error.schema;
  const wantsBoolean = Array.isArray(types) ? types.includes('boolean') : types === 'boolean';
  const data: unknown = error.data;
  const key = path[path.length - 1];
  if (!wantsBoolean || typeof data !== 'string' || key === undefined) return false;
  const value = YAML11_BOOLEANS.get(data);
  if (value === undefined) return false;
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, step) => (node as Record<string, unknown>)[step], diagnostics.source.value);
  (parent as Record<string | number, unknown>)[key] = value;
  diagnostics.warn(
    path,
    `\`${describeKeyPath(path)}\`: ${data} is read as ${String(value)} (YAML 1.1, as the Go bot did); write ${String(value)}`,
  );
  return true;
}

function where(path: ConfigPath, capital = false): string {
  if (path.length === 0) return capital ? 'The file ' : 'the file ';
  return `\`${describeKeyPath(path)}\` `;
}

function describeViolation(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const data: unknown = error.data;
  switch (error.keyword) {
    case 'type':
      return `must be ${describeExpectedType(error.schema)}, not ${describeValue(data)}`;
    case 'enum': {
      const allowed = (error.schema as unknown[]).filter((v) => v !== null).map(String);
      const hint = typeof data === 'string' ? suggestKey(data, allowed) : undefined;
      const list = allowed.map((v) => `\`${v}\``).join(', ');
      return `must be one of ${list}, not ${describeValue(data)}${hint === undefined ? '' : `; did you mean \`${hint}\`?`}`;
    }
    case 'minimum':
      return `must be ${String(params['limit'])} or more, not ${describeValue(data)}`;
    case 'minLength':
      return params['limit'] === 1
        ? 'must not be empty'
        : `must be at least ${String(params['limit'])} characters long`;
    case 'maxLength':
      return `must be at most ${String(params['limit'])} characters long (GitHub's limit for label names), not ${String((data as string).length)}`;
    case 'minItems':
      return `must list at least ${String(params['limit'])} entr${params['limit'] === 1 ? 'y' : 'ies'}`;
    case 'pattern':
      return String(params['pattern']).includes('bot')
        ? `must be a GitHub login (letters, digits and \`-\`; Apps end in \`[bot]\`), not ${describeValue(data)}`
        : `must be a date written YYYY-MM-DD, not ${describeValue(data)}`;
    default:
      return error.message ?? `violates the schema (${error.keyword})`;
  }
}

function unknownKeyMessage(path: ConfigPath, error: ErrorObject, level: ConfigLevel): string {
  const key = String(path[path.length - 1]);
  const isRoot = path.length === 1;
  const siblings = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
  const candidates = isRoot ? rootCandidates(level) : siblings.map((name) => ({ name, display: name }));
  const suggestion = suggestKey(
    key,
    candidates.map((c) => c.name),
  );
  const display = candidates.find((c) => c.name === suggestion)?.display;
  const hint = display === undefined ? '' : `; did you mean \`${display}\`?`;
  if (path.length === 3 && path[0] === 'promotionPaths' && key === 'targetPaths') {
    return `\`${describeKeyPath(path)}\` is the early Telefonistka format, which the Go bot no longer reads: write each inner list as \`promotionPrs: [{targetPaths: [...]}]\``;
  }
  return `unknown key \`${describeKeyPath(path)}\`${hint}`;
}

/** Top-level candidates for a suggestion: the level's keys, deprecated spellings and `argocd.*` keys. */
function rootCandidates(level: ConfigLevel): { name: string; display: string }[] {
  if (level === 'component') return configKeys.component.map((name) => ({ name, display: name }));
  return [
    ...configKeys.repo.map((name) => ({ name, display: name })),
    ...Object.entries(configKeys.deprecatedAliases).map(([name, target]) => ({
      name,
      display: describeKeyPath(target),
    })),
    ...configKeys.argocd.map((name) => ({ name, display: `argocd.${name}` })),
  ];
}

function checkLevel(diagnostics: Diagnostics, level: ConfigLevel): void {
  const value = diagnostics.source.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  for (const key of Object.keys(value)) {
    const belongsToComponent = (configKeys.component as readonly string[]).includes(key);
    if (level === 'repo' && belongsToComponent) {
      diagnostics.error(
        [key],
        `\`${key}\` is a component key: put it in the component's own telefonistka.yaml (<component folder>/telefonistka.yaml), not in the repository's`,
        'key',
      );
    }
    const belongsToRepo = (configKeys.repo as readonly string[]).includes(key) || isDeprecatedAlias(key);
    if (level === 'component' && belongsToRepo) {
      diagnostics.error(
        [key],
        `\`${key}\` is a repository key: put it in telefonistka.yaml at the repository root, not in a component's`,
        'key',
      );
    }
  }
}

function parsePointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}

function describeExpectedType(types: unknown): string {
  const names = (Array.isArray(types) ? types : [types]).filter((t) => t !== 'null');
  const words: Record<string, string> = {
    boolean: 'true or false',
    string: 'a string',
    array: 'a list',
    object: 'a mapping (key: value)',
    integer: 'a whole number',
    number: 'a number',
  };
  return names.map((t) => words[String(t)] ?? String(t)).join(' or ');
}

/** Describes a user's value in an error message; long strings are shortened. */
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the string ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a mapping';
}
