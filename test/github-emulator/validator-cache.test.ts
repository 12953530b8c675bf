import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _, Ajv } from 'ajv';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createValidatorCache, FORMATS_MODULE } from '../support/github-emulator/validator-cache.js';

const formats = {
  'even-length': { type: 'string', validate: (value: string) => value.length % 2 === 0 },
} as const;
const schema = {
  type: 'object',
  required: ['login', 'tag'],
  properties: {
    login: { type: 'string', pattern: '^[a-z]+$' },
    tag: { type: 'string', format: 'even-length' },
  },
};

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'validator-cache-'));
  vi.stubEnv('TMPDIR', folder);
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(folder, { recursive: true, force: true });
});

function compiler(): {
  compile: () => { ajv: Ajv; validate: ReturnType<Ajv['compile']> };
  calls: () => number;
} {
  let calls = 0;
  return {
    compile: () => {
      calls++;
      const ajv = new Ajv({
        allErrors: true,
        code: { source: true, formats: _`require(${FORMATS_MODULE})` },
      });
      ajv.addFormat('even-length', formats['even-length']);
      return { ajv, validate: ajv.compile(schema) };
    },
    calls: () => calls,
  };
}

describe('createValidatorCache', () => {
  it('compiles once, and a second process (a new cache) gets a validator with the same verdicts and errors from disk', () => {
    const first = compiler();
    const compiled = createValidatorCache({ document: 'doc 1', formats }).validator('#/a', first.compile);
    const second = compiler();
    const loaded = createValidatorCache({ document: 'doc 1', formats }).validator('#/a', second.compile);
    expect([first.calls(), second.calls()]).toEqual([1, 0]);
    for (const body of [{ login: 'alice', tag: 'v1' }, { login: 'Alice', tag: 'v10' }, { tag: 3 }]) {
      expect(loaded(body)).toBe(compiled(body));
      expect(loaded.errors ?? null).toEqual(compiled.errors ?? null);
    }
    expect(loaded({ login: 'alice', tag: 'v10' })).toBe(false); // the custom format comes from `formats`
  });

  it('compiles again for another document version or key', () => {
    const counting = compiler();
    createValidatorCache({ document: 'doc 1', formats }).validator('#/a', counting.compile);
    createValidatorCache({ document: 'doc 2', formats }).validator('#/a', counting.compile);
    createValidatorCache({ document: 'doc 1', formats }).validator('#/b', counting.compile);
    expect(counting.calls()).toBe(3);
    expect(readdirSync(folder).filter((name) => name.startsWith('github-emulator-validators-'))).toHaveLength(
      2,
    );
  });
});
