// A failing argocd-diff run says which phase failed, in the error the step fails with and in its commit status.
import { describe, expect, it } from 'vitest';
import { createAxiosArgoCd } from '../../../src/adapters/argocd/create-axios-argocd.js';
import { ExternalError } from '../../../src/core/errors/external-error.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { diffPullRequest } from '../../../src/use-cases/argocd-diff/diff-pull-request.js';
import { createFakeGitHub } from '../../support/fake-github/create-fake-github.js';

const config = `promotionPaths:
  - sourcePath: "workspace/"
    promotionPrs:
      - targetPaths: ["clusters/lab/"]
argocd:
  commentDiffonPR: true
`;

describe('diffPullRequest phases', () => {
  it('names the phase when the PR files cannot be listed, and sets the error status with it', async () => {
    const fake = createFakeGitHub({ files: { 'workspace/nginx/a.yaml': 'replicas: 1\n' } });
    const pull = fake.openPullRequest({
      number: 7,
      head: 'feature/x',
      files: { 'workspace/nginx/a.yaml': 'replicas: 2\n' },
    });
    fake.failOn(
      'listPullRequestFiles',
      new ExternalError('Server Error', { service: 'GitHub', operation: 'list files of #7', status: 500 }),
    );
    const deps = {
      github: fake.github,
      // Never reached: the run fails before it asks Argo CD anything.
      argocd: createAxiosArgoCd({ server: 'https://127.0.0.1:9', token: 'unused', retries: 0 }),
      snapshot: {
        source: 'api' as const,
        readTree: () => Promise.reject(new Error('no tree reads expected')),
        readFile: (_commit: string, path: string) =>
          Promise.resolve(path === 'telefonistka.yaml' ? config : undefined),
      },
      localGit: undefined,
      logger: silentLogger,
      sleep: async () => undefined,
    };
    const options = {
      defaultBranch: 'main',
      repoUrl: 'https://github.com/acme/iac',
      concurrency: 2,
      commitStatus: true,
      runUrl: undefined,
    };
    const message =
      'argocd-diff: listing the components of #7: GitHub list files of #7 failed (HTTP 500): Server Error';
    await expect(diffPullRequest(fake.pullRequestInfo(pull.number), options, deps)).rejects.toThrow(message);
    expect(fake.state.statuses.map((s) => [s.state, s.context, s.description])).toEqual([
      ['error', 'telefonistka/argocd-diff', message],
      ['pending', 'telefonistka/argocd-diff', 'Diffing the Argo CD apps of this PR'],
    ]);
    expect(fake.state.comments).toEqual([]);
  });
});
