import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/ports/logger.js';
import { withCommitStatus } from '../../../src/use-cases/shared/with-commit-status.js';
import { createFakeGitHub } from '../../support/fake-github/create-fake-github.js';

const options = (describe: (n: number) => string = (n) => `done ${n}`) => ({
  flow: 'pr-checks',
  sha: 'abc',
  context: 'telefonistka',
  targetUrl: 'https://github.com/acme/iac/actions/runs/1',
  pending: 'Checking',
  outcome: (n: number) => ({
    state: n < 0 ? ('error' as const) : ('success' as const),
    description: describe(n),
  }),
  enabled: true,
  logger: silentLogger,
});

describe('withCommitStatus', () => {
  it('sets pending, then success with the description of the result', async () => {
    const { github, state } = createFakeGitHub();
    expect(await withCommitStatus(github, options(), () => Promise.resolve(7))).toBe(7);
    expect(state.statuses.map((s) => [s.state, s.context, s.description])).toEqual([
      ['success', 'telefonistka', 'done 7'],
      ['pending', 'telefonistka', 'Checking'],
    ]);
    expect(state.statuses[0]!.targetUrl).toBe('https://github.com/acme/iac/actions/runs/1');
  });

  it('sets the state the outcome chooses: error when some items failed, with a shortened description', async () => {
    const { github, state } = createFakeGitHub();
    const long = (n: number) => `failed for ${'app-x, '.repeat(30)}and ${n}`;
    expect(await withCommitStatus(github, options(long), () => Promise.resolve(-1))).toBe(-1);
    expect(state.statuses[0]).toMatchObject({ state: 'error', context: 'telefonistka' });
    expect(state.statuses[0]!.description).toHaveLength(140);
    expect(state.statuses[0]!.description.endsWith('…')).toBe(true);
  });

  it('writes no status and still runs the work when it is disabled', async () => {
    const { github, state } = createFakeGitHub();
    expect(await withCommitStatus(github, { ...options(), enabled: false }, () => Promise.resolve(3))).toBe(
      3,
    );
    expect(state.statuses).toEqual([]);
  });

  it('sets error with the reason and rethrows when the work fails', async () => {
    const { github, state } = createFakeGitHub();
    const failure = new Error('telefonistka.yaml:3:5: promotionPaths[0].sourcePath is required');
    await expect(withCommitStatus(github, options(), () => Promise.reject(failure))).rejects.toBe(failure);
    expect(state.statuses.map((s) => [s.state, s.description])).toEqual([
      ['error', 'telefonistka.yaml:3:5: promotionPaths[0].sourcePath is required'],
      ['pending', 'Checking'],
    ]);
  });

  it('sets error when describing the result throws, so the status never stays pending', async () => {
    const { github, state } = createFakeGitHub();
    const describeFails = () => {
      throw new Error('cannot describe');
    };
    await expect(withCommitStatus(github, options(describeFails), () => Promise.resolve(1))).rejects.toThrow(
      'cannot describe',
    );
    expect(state.statuses[0]).toMatchObject({ state: 'error', description: 'cannot describe' });
  });

  it('keeps the original failure when the error status cannot be set either', async () => {
    const fake = createFakeGitHub();
    const failure = new Error('drift failed');
    await expect(
      withCommitStatus(fake.github, options(), () => {
        fake.failOn('createCommitStatus', new Error('GitHub is down'), Infinity);
        return Promise.reject(failure);
      }),
    ).rejects.toBe(failure);
  });
});
