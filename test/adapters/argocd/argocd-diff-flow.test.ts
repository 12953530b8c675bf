// The pieces of the Argo CD diff composed as the argocd-diff use-case will: discovery, concurrent fetch through
// the adapter against the emulator, the pure diff, and the comment. Proves one failing app does not hide others.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAxiosArgoCd } from '../../../src/adapters/argocd/create-axios-argocd.js';
import { summarizeAppStatus, type AppDiffResult } from '../../../src/core/argocd/app-diff-result.js';
import { diffAppResources } from '../../../src/core/argocd/diff-app-resources.js';
import { findAppForComponent } from '../../../src/core/argocd/find-app-for-component.js';
import { renderArgoCdDiffComment } from '../../../src/core/argocd/render-argocd-diff-comment.js';
import { mapWithConcurrency } from '../../../src/core/concurrency/map-with-concurrency.js';
import { compileRegex } from '../../../src/core/regex/compile-regex.js';
import type { ArgoCdPort } from '../../../src/ports/argocd-port.js';
import {
  asAppliedByArgoCd,
  startArgoCdEmulator,
  type ArgoCdEmulator,
} from '../../support/argocd-emulator/index.js';

const repo = 'https://github.com/org/gitops';
const headRef = 'feature/bump';
let emulator: ArgoCdEmulator;

beforeEach(async () => {
  emulator = await startArgoCdEmulator({ settings: { url: 'https://argocd.example.com' } });
});

afterEach(async () => {
  await emulator.close();
});

function addApp(name: string, path: string, options: { health?: string; autoSync?: boolean } = {}) {
  emulator.addApplication({
    metadata: { name, annotations: { 'argocd.argoproj.io/manifest-generate-paths': '.' } },
    spec: {
      project: 'default',
      source: { repoURL: repo, path, targetRevision: 'HEAD' },
      destination: { server: 'https://kubernetes.default.svc', namespace: 'web' },
      ...(options.autoSync === false ? {} : { syncPolicy: { automated: { prune: true } } }),
    },
    status: { health: { status: options.health ?? 'Healthy' }, sync: { status: 'Synced' } },
  });
}

const deployment = (image: string) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'nginx', namespace: 'web' },
  spec: { replicas: 2, template: { spec: { containers: [{ name: 'nginx', image }] } } },
});
const secret = (data: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name: 'creds', namespace: 'web' },
  type: 'Opaque',
  data,
});

async function diffComponent(argo: ArgoCdPort, componentPath: string): Promise<AppDiffResult> {
  const settings = await argo.getSettings();
  const match = findAppForComponent(await argo.listApplications({ repo }), componentPath, { repoUrl: repo });
  const empty = {
    componentPath,
    appName: undefined,
    appUrl: undefined,
    healthStatus: '',
    syncStatus: '',
    autoSyncEnabled: false,
    temporaryApp: false,
    syncedFromPrBranch: false,
    diff: undefined,
  };
  if (match === undefined)
    return {
      ...empty,
      error: `no ArgoCD application found for component path ${componentPath}(repo ${repo})`,
    };
  const name = match.app.metadata.name;
  try {
    const [app, manifests, resources] = await Promise.all([
      argo.getApplication(name, { refresh: 'hard' }),
      argo.getManifests(name, headRef),
      argo.getManagedResources(name),
    ]);
    const status = summarizeAppStatus(app, settings, { prHeadRef: headRef });
    const diff = diffAppResources(
      { app, settings, targets: manifests.objects, managedResources: resources },
      { diffRedact: [compileRegex('^ConfigMap/internal-')] },
    );
    return { ...empty, ...status, diff, error: undefined };
  } catch (error) {
    const status = summarizeAppStatus(match.app, settings, { prHeadRef: headRef });
    return { ...empty, ...status, error: (error as Error).message };
  }
}

describe('Argo CD diff flow over the emulator', () => {
  it('renders every component, with the failing app shown as an error next to the others', async () => {
    addApp('nginx-lab', 'clusters/lab/nginx');
    addApp('nginx-prod', 'clusters/prod/nginx', { health: 'Progressing', autoSync: false });
    addApp('broken', 'clusters/prod/broken');
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    emulator.setManifests('nginx-lab', headRef, [
      deployment('nginx:1.27'),
      secret({ user: b64('admin'), token: b64('new') }),
    ]);
    emulator.setLiveResources('nginx-lab', [
      asAppliedByArgoCd(deployment('nginx:1.26')),
      asAppliedByArgoCd(secret({ user: b64('admin'), password: b64('hunter2') })),
    ]);
    emulator.setManifests('nginx-prod', headRef, [deployment('nginx:1.26')]);
    emulator.setLiveResources('nginx-prod', [asAppliedByArgoCd(deployment('nginx:1.26'))]);
    emulator.faults.fail('broken', 500, {
      operation: 'ApplicationService_GetManifests',
      message: 'rpc error: code = Unknown desc = helm template failed',
    });

    const argo = createAxiosArgoCd({
      server: emulator.url,
      token: emulator.token,
      retries: 1,
      retryDelayMs: 5,
    });
    const components = [
      'clusters/lab/nginx',
      'clusters/prod/nginx',
      'clusters/prod/broken',
      'clusters/prod/unknown',
    ];
    const settled = await mapWithConcurrency(components, 2, (path) => diffComponent(argo, path));
    const results = settled
      .map((s) => (s.status === 'fulfilled' ? s.value : undefined))
      .filter((r) => r !== undefined);

    expect(results.map((r) => [r.componentPath, r.diff?.hasDiff, r.error === undefined])).toEqual([
      ['clusters/lab/nginx', true, true],
      ['clusters/prod/nginx', false, true],
      ['clusters/prod/broken', undefined, false],
      ['clusters/prod/unknown', undefined, false],
    ]);
    const comment = renderArgoCdDiffComment(results);
    expect(comment).not.toMatch(/hunter2|aHVudGVyMg|admin|YWRtaW4|bmV3/);
    await expect(comment).toMatchFileSnapshot('../../golden/argocd/flow-comment.md');
    expect(emulator.countRequests({ app: 'broken', operation: 'ApplicationService_GetManifests' })).toBe(2);
  });
});
