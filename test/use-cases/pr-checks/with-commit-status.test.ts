import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/ports/logger.js';
import { shorten, withCommitStatus } from '../../../src/use-cases/pr-checks/with-commit-status.js';
import { createFakeGitHub } from '../../support/fake-github/create-fake-github.js';

const options = (describe: (n: number) => string = (n) => `done ${n}`) => ({
  sha: 'abc',
  targetUrl: 'https://github.com/acme/iac/actions/runs/1',
  pending: 'Checking',
  describe,
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

describe('shorten', () => {
  it.each([
    ['short', 'short'],
    ['two\n  lines', 'two lines'],
    ['x'.repeat(200), `${'x'.repeat(139)}…`],
    [`${'x'.repeat(138)}😀tail`, `${'x'.repeat(138)}…`],
  ])('keeps descriptions within 140 characters on one line (%#)', (input, expected) => {
    expect(shorten(input)).toBe(expected);
    expect(shorten(input).length).toBeLessThanOrEqual(140);
  });
});
