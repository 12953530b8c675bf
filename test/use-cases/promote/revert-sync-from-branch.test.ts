import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAxiosArgoCd } from '../../../src/adapters/argocd/create-axios-argocd.js';
import { emptyRepoConfig } from '../../../src/core/config/empty-repo-config.js';
import { compileRegex } from '../../../src/core/regex/compile-regex.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { revertSyncFromBranch } from '../../../src/use-cases/promote/revert-sync-from-branch.js';
import { startArgoCdEmulator, type ArgoCdEmulator } from '../../support/argocd-emulator/index.js';

const repo = 'https://github.com/acme/iac';
const branch = 'feature/sync';
let emulator: ArgoCdEmulator;

beforeEach(async () => {
  emulator = await startArgoCdEmulator();
});

afterEach(async () => {
  await emulator.close();
});

function addApp(name: string, path: string, targetRevision: string) {
  emulator.addApplication({
    metadata: { name, annotations: { 'argocd.argoproj.io/manifest-generate-paths': '.' } },
    spec: {
      project: 'default',
      source: { repoURL: repo, path, targetRevision },
      destination: { server: 'https://kubernetes.default.svc', namespace: 'web' },
      syncPolicy: { automated: {} },
    },
  });
}

const argocdConfig = (regex: string | undefined) => ({
  ...emptyRepoConfig().argocd,
  allowSyncFromBranchPathRegex: regex === undefined ? undefined : compileRegex(regex),
});

function revisionOf(name: string): unknown {
  const app = emulator.getApplication(name) as {
    spec: { source?: { targetRevision: string }; sources?: { targetRevision: string }[] };
  };
  return app.spec.source?.targetRevision ?? app.spec.sources?.map((s) => s.targetRevision);
}

describe('revertSyncFromBranch', () => {
  it('points apps still following the PR branch back at HEAD and leaves every other app alone', async () => {
    addApp('following', 'workspace/nginx', branch);
    addApp('pinned', 'workspace/podinfo', 'release-1');
    addApp('outside-regex', 'clusters/prod/nginx', branch);
    emulator.addApplication({
      metadata: {
        name: 'multi',
        annotations: { 'argocd.argoproj.io/manifest-generate-paths': '/workspace/redis' },
      },
      spec: {
        project: 'default',
        sources: [
          { repoURL: 'https://charts.example.com', chart: 'redis', targetRevision: '1.0.0' },
          { repoURL: repo, path: 'workspace/redis', targetRevision: branch },
        ],
        destination: { server: 'https://kubernetes.default.svc', namespace: 'web' },
      },
    });
    addApp('broken', 'workspace/broken', branch);
    emulator.faults.fail('broken', 403, {
      operation: 'ApplicationService_Patch',
      message: 'permission denied',
    });
    const argocd = createAxiosArgoCd({ server: emulator.url, token: emulator.token, retries: 0 });

    const changes = await revertSyncFromBranch(
      {
        paths: [
          'workspace/broken',
          'workspace/nginx',
          'workspace/podinfo',
          'workspace/redis',
          'workspace/new',
          'clusters/prod/nginx',
        ],
        branch,
        repoUrl: repo,
        config: argocdConfig('^workspace/'),
      },
      argocd,
      silentLogger,
    );

    expect(changes.map((c) => [c.componentPath, c.appName, c.action])).toEqual([
      ['workspace/broken', 'broken', 'failed'],
      ['workspace/nginx', 'following', 'set'],
      ['workspace/podinfo', 'pinned', 'skipped'],
      ['workspace/redis', 'multi', 'set'],
      ['workspace/new', undefined, 'no-app'],
    ]);
    expect(changes[0]!.reason).toBe(
      'Argo CD set target revision of app "broken" to "HEAD" failed (HTTP 403): permission denied',
    );
    expect(revisionOf('following')).toBe('HEAD');
    expect(revisionOf('pinned')).toBe('release-1');
    expect(revisionOf('outside-regex')).toBe(branch);
    expect(revisionOf('multi')).toEqual(['1.0.0', 'HEAD']);
    expect(revisionOf('broken')).toBe(branch);
  });

  it('does nothing, without calling Argo CD, when allowSyncfromBranchPathRegex is not configured', async () => {
    addApp('following', 'workspace/nginx', branch);
    const argocd = createAxiosArgoCd({ server: emulator.url, token: emulator.token, retries: 0 });
    const changes = await revertSyncFromBranch(
      { paths: ['workspace/nginx'], branch, repoUrl: repo, config: argocdConfig(undefined) },
      argocd,
      silentLogger,
    );
    expect(changes).toEqual([]);
    expect(emulator.requests).toHaveLength(0);
    expect(revisionOf('following')).toBe(branch);
  });
});
