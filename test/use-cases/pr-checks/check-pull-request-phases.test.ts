// A failing pr-checks run says which phase failed, in the error the step fails with and in the commit status.
import { describe, expect, it } from 'vitest';
import { ExternalError } from '../../../src/core/errors/external-error.js';
import { silentLogger } from '../../../src/ports/logger.js';
import type { RepoSnapshotPort } from '../../../src/ports/repo-snapshot-port.js';
import { checkPullRequest } from '../../../src/use-cases/pr-checks/check-pull-request.js';
import { createFakeGitHub } from '../../support/fake-github/create-fake-github.js';

const options = {
  defaultBranch: 'main',
  serverUrl: 'https://github.com',
  today: '2026-05-01',
  maxContentReads: 10,
  commitStatus: true,
  runUrl: undefined,
};

const noSnapshot: RepoSnapshotPort = {
  source: 'api',
  readTree: () => Promise.reject(new Error('no tree reads expected')),
  readFile: () => Promise.reject(new Error('no file reads expected')),
};

/** PR #7 on the typed fake; `fail` breaks one port method with a GitHub answer of `status`. */
function setUp(fail: { method: string; status: number; message: string }) {
  const fake = createFakeGitHub();
  const pull = fake.openPullRequest({
    number: 7,
    head: 'feature',
    headSha: 'head-sha',
    files: { 'a.yaml': 'a' },
  });
  fake.failOn(
    fail.method,
    new ExternalError(fail.message, { service: 'GitHub', operation: fail.method, status: fail.status }),
  );
  const deps = { github: fake.github, snapshot: noSnapshot, localGit: undefined, logger: silentLogger };
  return { ...fake, run: () => checkPullRequest(fake.pullRequestInfo(pull.number), options, deps) };
}

describe('checkPullRequest phases', () => {
  it('names the phase when the default branch cannot be read, and sets the error status with it', async () => {
    const { state, run } = setUp({ method: 'getBranchSha', status: 502, message: 'Bad Gateway' });
    const message =
      'pr-checks: reading the configuration on main: GitHub getBranchSha failed (HTTP 502): Bad Gateway';
    await expect(run()).rejects.toThrow(message);
    expect(state.statuses.map((s) => [s.state, s.context, s.description])).toEqual([
      ['error', 'telefonistka', message],
      ['pending', 'telefonistka', 'Checking drift and the promotion plan'],
    ]);
  });

  it('names the status write when GitHub refuses the pending status', async () => {
    const { state, run } = setUp({
      method: 'createCommitStatus',
      status: 403,
      message: 'Resource not accessible by integration',
    });
    await expect(run()).rejects.toThrow(
      'pr-checks: writing the telefonistka status on head-sha: GitHub createCommitStatus failed (HTTP 403): Resource not accessible by integration',
    );
    expect(state.statuses).toEqual([]);
  });
});
