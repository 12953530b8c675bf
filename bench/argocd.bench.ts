// objectDiff1000Ms: diffAppResources over 1,000 live/target object pairs (one in three changed), median of 5.
// argocdDiff20AppsMs: 20 apps on the Argo CD emulator, every request about an app answered after 200 ms;
// settings and app list, then per app (10 at a time) app + manifests + managed resources in parallel and the diff.
import { createAxiosArgoCd } from '../src/adapters/argocd/create-axios-argocd.js';
import { mapWithConcurrency } from '../src/core/concurrency/map-with-concurrency.js';
import { diffAppResources } from '../src/core/argocd/diff-app-resources.js';
import { resourceKeyOf } from '../src/core/argocd/resource-key.js';
import type { ArgoCdManagedResource, KubeObject } from '../src/core/argocd/types.js';
import { startArgoCdEmulator } from '../test/support/argocd-emulator/index.js';

function deployment(i: number, image: string): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: `svc-${i}`, namespace: 'web', labels: { app: `svc-${i}`, team: 'platform' } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: `svc-${i}` } },
      template: {
        metadata: { labels: { app: `svc-${i}` } },
        spec: {
          containers: [
            {
              name: 'app',
              image,
              ports: [{ containerPort: 8080, protocol: 'TCP' }],
              env: [
                { name: 'LOG_LEVEL', value: 'info' },
                { name: 'REGION', value: 'us-east4' },
              ],
              resources: { requests: { cpu: '100m', memory: '128Mi' } },
            },
          ],
        },
      },
    },
  };
}

function live(object: KubeObject): ArgoCdManagedResource {
  return {
    ...resourceKeyOf(object),
    liveState: object,
    normalizedLiveState: object,
    targetState: undefined,
    predictedLiveState: undefined,
    modified: false,
    hook: false,
  };
}

function objectDiff1000(): number {
  const targets = Array.from({ length: 1000 }, (_, i) => deployment(i, i % 3 === 0 ? 'app:2' : 'app:1'));
  const managed = Array.from({ length: 1000 }, (_, i) => live(deployment(i, 'app:1')));
  const app = { metadata: { name: 'bench' }, spec: { destination: { namespace: 'web' } } };
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const result = diffAppResources({ app, settings: {}, targets, managedResources: managed });
    times.push(performance.now() - started);
    if (result.elements.length !== 334)
      throw new Error(`expected 334 changed objects, got ${result.elements.length}`);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[2]!);
}

async function argocdDiff20Apps(): Promise<number> {
  const emulator = await startArgoCdEmulator();
  try {
    const repo = 'https://github.com/org/gitops';
    for (let i = 0; i < 20; i++) {
      const name = `app-${i}`;
      emulator.addApplication({
        metadata: { name, annotations: { 'argocd.argoproj.io/manifest-generate-paths': '.' } },
        spec: {
          project: 'default',
          source: { repoURL: repo, path: `clusters/prod/${name}`, targetRevision: 'HEAD' },
          destination: { server: 'https://kubernetes.default.svc', namespace: 'web' },
          syncPolicy: { automated: {} },
        },
      });
      emulator.setManifests(
        name,
        'pr-branch',
        Array.from({ length: 10 }, (_, j) => deployment(j, 'app:2')),
      );
      emulator.setLiveResources(
        name,
        Array.from({ length: 10 }, (_, j) => deployment(j, 'app:1')),
      );
      emulator.faults.slow(name, 200);
    }
    const argo = createAxiosArgoCd({ server: emulator.url, token: emulator.token, timeoutMs: 5_000 });
    const started = performance.now();
    const settings = await argo.getSettings();
    const apps = await argo.listApplications({ repo });
    const results = await mapWithConcurrency(apps, 10, async (app) => {
      const name = app.metadata.name;
      const [fresh, manifests, resources] = await Promise.all([
        argo.getApplication(name, { refresh: 'hard' }),
        argo.getManifests(name, 'pr-branch'),
        argo.getManagedResources(name),
      ]);
      return diffAppResources({
        app: fresh,
        settings,
        targets: manifests.objects,
        managedResources: resources,
      });
    });
    const elapsed = performance.now() - started;
    const failed = results.filter((r) => r.status === 'rejected');
    if (failed.length > 0 || results.length !== 20)
      throw new Error(`${failed.length} of ${results.length} apps failed`);
    return Math.round(elapsed);
  } finally {
    await emulator.close();
  }
}

export async function run(): Promise<Record<string, number>> {
  const objectDiff1000Ms = objectDiff1000();
  const argocdDiff20AppsMs = await argocdDiff20Apps();
  return { objectDiff1000Ms, argocdDiff20AppsMs };
}
