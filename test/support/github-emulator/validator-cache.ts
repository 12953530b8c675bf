// Compiled Ajv validators shared by the test processes of a run. vitest starts every test file in a fresh process
// (isolation), and compiling the validators of the OpenAPI subset and the webhook description took each file that
// starts the emulator 1-3 s of CPU (the description's schemas are large and shared). The first process that compiles
// a validator writes Ajv's standalone code for it to a folder keyed by everything the code depends on; the others
// evaluate that code instead of compiling. The validators are the same functions either way (same Ajv options, same
// formats object), so what a test sees, errors included, does not change.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import type { Ajv, ValidateFunction } from 'ajv';

/** The module name the standalone code requires its formats from (Ajv's `code.formats`). */
export const FORMATS_MODULE = 'github-emulator-formats';

const projectRequire = createRequire(import.meta.url);
// Ajv's standalone code generator (CommonJS: `module.exports` is the function).
const standaloneCode = projectRequire('ajv/dist/standalone') as (
  ajv: Ajv,
  validate: ValidateFunction,
) => string;
const OWN_SOURCES = ['./validator-cache.ts', './schema-validator.ts'].map((file) =>
  readFileSync(new URL(file, import.meta.url), 'utf8'),
);
const AJV_VERSION = (projectRequire('ajv/package.json') as { version: string }).version;

/** A cache of compiled validators for one schema document. */
export interface ValidatorCache {
  /** The validator stored under `key`, compiled by `compile` (an Ajv with `code.source`) when none is stored. */
  readonly validator: (
    key: string,
    compile: () => { ajv: Ajv; validate: ValidateFunction },
  ) => ValidateFunction;
}

/**
 * A cache for the validators of one document: `document` names it and its version (what changes the compiled
 * code), `formats` is what the code's `require(FORMATS_MODULE)` returns. The folder is under the temporary
 * directory, which the test run's global set-up makes a fresh one per run.
 */
export function createValidatorCache(options: {
  readonly document: string;
  readonly formats: Readonly<Record<string, unknown>>;
}): ValidatorCache {
  const version = createHash('sha256')
    .update([AJV_VERSION, options.document, ...OWN_SOURCES].join('\0'))
    .digest('hex')
    .slice(0, 24);
  const folder = join(tmpdir(), `github-emulator-validators-${version}`);
  const requireForCode = (id: string): unknown =>
    id === FORMATS_MODULE ? options.formats : projectRequire(id);

  const load = (file: string): ValidateFunction | undefined => {
    let code: string;
    try {
      code = readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    const module = { exports: {} as unknown };
    const wrapped = runInThisContext(`(function (module, exports, require) {${code}\n})`, {
      filename: file,
    }) as (module: { exports: unknown }, exports: unknown, require: (id: string) => unknown) => void;
    wrapped(module, module.exports, requireForCode);
    return module.exports as ValidateFunction;
  };

  const store = (file: string, code: string): void => {
    // Written whole under another name, then renamed: a process reading at the same time sees all or nothing.
    const partial = `${file}.${process.pid}.partial`;
    try {
      mkdirSync(folder, { recursive: true });
      writeFileSync(partial, code);
      renameSync(partial, file);
    } catch {
      // A cache that cannot be written only costs the next process a compilation.
    }
  };

  return {
    validator: (key, compile) => {
      const file = join(folder, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.cjs`);
      const cached = load(file);
      if (cached !== undefined) return cached;
      const { ajv, validate } = compile();
      store(file, standaloneCode(ajv, validate));
      return validate;
    },
  };
}
