import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/core/errors/config-error.js';
import { ExternalError } from '../../../src/core/errors/external-error.js';
import { InputError } from '../../../src/core/errors/input-error.js';
import { PhaseError } from '../../../src/core/errors/phase-error.js';
import { inPhase } from '../../../src/use-cases/shared/in-phase.js';

const WRITING = { flow: 'promote', phase: 'writing the promotion PR for clusters/prod/c1/' };

async function failure(work: () => Promise<unknown>): Promise<unknown> {
  return inPhase(WRITING, work).then(
    () => expect.fail('the phase succeeded'),
    (error: unknown) => error,
  );
}

describe('inPhase', () => {
  it('names the flow and the phase in front of a failure, keeping the cause and its kind', async () => {
    const cause = new ExternalError('Validation Failed', {
      service: 'GitHub',
      operation: 'POST /repos/acme/iac/pulls',
      status: 422,
    });
    const error = await failure(() => Promise.reject(cause));
    expect(error).toBeInstanceOf(PhaseError);
    expect((error as PhaseError).message).toBe(
      'promote: writing the promotion PR for clusters/prod/c1/: GitHub POST /repos/acme/iac/pulls failed (HTTP 422): Validation Failed',
    );
    expect((error as PhaseError).cause).toBe(cause);
  });

  it('names a non-Error rejection too', async () => {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the case under test
    const error = await failure(() => Promise.reject('socket hang up'));
    expect((error as Error).message).toBe(
      'promote: writing the promotion PR for clusters/prod/c1/: socket hang up',
    );
  });

  it.each([
    [
      'a ConfigError, annotated at its line by the action',
      new ConfigError([{ file: 'telefonistka.yaml', line: 2, column: 3, message: 'x' }]),
    ],
    ['an InputError, which names its input', new InputError('merge-method', 'must be one of auto, merge')],
    [
      'the PhaseError of an inner phase',
      new PhaseError({ flow: 'promote', phase: 'merging #4' }, new Error('x')),
    ],
  ])('passes %s through unchanged', async (_name, thrown) => {
    expect(await failure(() => Promise.reject(thrown))).toBe(thrown);
  });

  it('returns what the phase returns', async () => {
    await expect(inPhase(WRITING, async () => 42)).resolves.toBe(42);
  });
});
