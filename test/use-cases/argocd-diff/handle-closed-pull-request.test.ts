// A failing revert of "sync from branch" (a closed PR) says which phase failed.
import { describe, expect, it } from 'vitest';
import { createAxiosArgoCd } from '../../../src/adapters/argocd/create-axios-argocd.js';
import { ExternalError } from '../../../src/core/errors/external-error.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { handleClosedPullRequest } from '../../../src/use-cases/argocd-diff/handle-closed-pull-request.js';
import { createFakeGitHub } from '../../support/fake-github/create-fake-github.js';

const config = `promotionPaths:
  - sourcePath: "workspace/"
    promotionPrs:
      - targetPaths: ["clusters/lab/"]
argocd:
  allowSyncfromBranchPathRegex: "^workspace/"
`;

describe('handleClosedPullRequest', () => {
  it('says what it was doing when GitHub fails listing the files of the closed PR', async () => {
    const fake = createFakeGitHub({ files: { 'workspace/nginx/a.yaml': 'replicas: 1\n' } });
    const pull = fake.openPullRequest({
      number: 7,
      head: 'feature/x',
      files: { 'workspace/nginx/a.yaml': 'replicas: 2\n' },
    });
    pull.state = 'closed';
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
    const options = { defaultBranch: 'main', repoUrl: 'https://github.com/acme/iac' };
    await expect(handleClosedPullRequest(fake.pullRequestInfo(7), options, deps)).rejects.toThrow(
      'argocd-diff: listing the components of closed #7: GitHub list files of #7 failed (HTTP 500): Server Error',
    );
  });
});
