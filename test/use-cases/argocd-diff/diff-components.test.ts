// diffComponents through the real adapter against the Argo CD emulator: bounded concurrency, discovery by
// annotation or SHA label, multi-source apps, Argo CD down.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAxiosArgoCd } from '../../../src/adapters/argocd/create-axios-argocd.js';
import { componentPathSha1 } from '../../../src/core/argocd/component-path-sha1.js';
import { emptyRepoConfig } from '../../../src/core/config/empty-repo-config.js';
import type { RepoConfig } from '../../../src/core/config/types.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { diffComponents } from '../../../src/use-cases/argocd-diff/diff-components.js';
import {
  asAppliedByArgoCd,
  startArgoCdEmulator,
  type ArgoCdEmulator,
} from '../../support/argocd-emulator/index.js';

const repo = 'https://github.com/acme/iac';
const headRef = 'feature/x';
const headSha = 'a'.repeat(40);
let emulator: ArgoCdEmulator;

beforeEach(async () => {
  emulator = await startArgoCdEmulator();
});

afterEach(async () => {
  await emulator.close();
});

function config(argocd: Partial<RepoConfig['argocd']> = {}): RepoConfig {
  const base = emptyRepoConfig();
  return { ...base, argocd: { ...base.argocd, commentDiffOnPr: true, ...argocd } };
}

const configMap = (value: string) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'settings', namespace: 'web' },
  data: { value },
});

function addApp(
  name: string,
  path: string,
  extra: { labels?: Record<string, string>; annotate?: boolean } = {},
) {
  emulator.addApplication({
    metadata: {
      name,
      ...(extra.annotate === false
        ? {}
        : { annotations: { 'argocd.argoproj.io/manifest-generate-paths': '.' } }),
      ...(extra.labels === undefined ? {} : { labels: extra.labels }),
    },
    spec: {
      project: 'default',
      source: { repoURL: repo, path, targetRevision: 'HEAD' },
      destination: { server: 'https://kubernetes.default.svc', namespace: 'web' },
      syncPolicy: { automated: {} },
    },
  });
  emulator.setManifests(name, headSha, [configMap('new')]);
  emulator.setLiveResources(name, [asAppliedByArgoCd(configMap('old'))]);
}

const argocd = () => createAxiosArgoCd({ server: emulator.url, token: emulator.token, retries: 0 });
const components = (paths: string[]) => paths.map((path) => ({ path, disableArgoCdDiff: false }));
const options = (concurrency: number) => ({ repoUrl: repo, headRef, headSha, concurrency });

describe('diffComponents', () => {
  it('diffs 20 apps answering after 200 ms with at most and at least 10 in flight at a time', async () => {
    const paths = Array.from({ length: 20 }, (_, i) => `clusters/prod/app-${i}`);
    paths.forEach((path, i) => {
      addApp(`app-${i}`, path);
      emulator.faults.slow(`app-${i}`, 200);
    });
    const diffs = await diffComponents(components(paths), config(), options(10), {
      argocd: argocd(),
      logger: silentLogger,
    });
    expect(diffs.map((d) => d.outcome)).toEqual(paths.map(() => 'changed'));
    // Timed by the emulator's request log, not a wall clock here: at some moment 10 apps had requests in flight
    // (serial would be 1), and never more.
    const perApp = emulator.requests.filter((r) => r.app !== undefined);
    const maxInFlight = Math.max(
      ...perApp.map(
        (r) =>
          new Set(
            perApp
              .filter((o) => o.startedAt <= r.startedAt && o.startedAt + o.durationMs > r.startedAt)
              .map((o) => o.app),
          ).size,
      ),
    );
    expect(maxInFlight).toBe(10);
  });

  it('finds apps by the component-path SHA-1 label with one selector query per component', async () => {
    addApp('by-label', 'somewhere/else', {
      annotate: false,
      labels: { 'telefonistka.io/component-path-sha1': componentPathSha1('workspace/nginx') },
    });
    addApp('by-annotation', 'workspace/nginx');
    const diffs = await diffComponents(
      components(['workspace/nginx', 'workspace/podinfo']),
      config({ useShaLabelForAppDiscovery: true }),
      options(2),
      { argocd: argocd(), logger: silentLogger },
    );
    expect(diffs.map((d) => [d.result.appName, d.outcome])).toEqual([
      ['by-label', 'changed'],
      [undefined, 'no-app'],
    ]);
    const lists = emulator.requests.filter((r) => r.operation === 'ApplicationService_List');
    expect(lists.map((r) => r.query.selector)).toEqual([
      [`telefonistka.io/component-path-sha1=${componentPathSha1('workspace/nginx')}`],
      [`telefonistka.io/component-path-sha1=${componentPathSha1('workspace/podinfo')}`],
    ]);
  });

  it('renders a multi-source app at the PR revision for the source from the PR repository only', async () => {
    emulator.addApplication({
      metadata: {
        name: 'multi',
        annotations: { 'argocd.argoproj.io/manifest-generate-paths': '/workspace/nginx' },
      },
      spec: {
        project: 'default',
        sources: [
          { repoURL: 'https://charts.example.com', chart: 'nginx', targetRevision: '1.0.0' },
          { repoURL: repo, path: 'workspace/nginx', targetRevision: 'HEAD' },
        ],
        destination: { server: 'https://kubernetes.default.svc', namespace: 'web' },
      },
    });
    emulator.setManifests('multi', headSha, [configMap('new')]);
    emulator.setLiveResources('multi', [asAppliedByArgoCd(configMap('new'))]);
    const [diff] = await diffComponents(components(['workspace/nginx']), config(), options(1), {
      argocd: argocd(),
      logger: silentLogger,
    });
    expect(diff!.outcome).toBe('unchanged');
    expect(diff!.result.autoSyncEnabled).toBe(false);
    const manifests = emulator.requests.find((r) => r.operation === 'ApplicationService_GetManifests');
    expect(manifests?.query).toEqual({ revisions: [headSha], sourcePositions: ['2'] });
  });

  it('shows every component as failed when Argo CD cannot be reached', async () => {
    addApp('nginx', 'workspace/nginx');
    emulator.faults.add({
      operation: 'SettingsService_Get',
      status: 503,
      message: 'argocd-server is restarting',
    });
    const diffs = await diffComponents(
      components(['workspace/nginx', 'workspace/podinfo']),
      config(),
      options(2),
      {
        argocd: argocd(),
        logger: silentLogger,
      },
    );
    expect(diffs.map((d) => [d.outcome, d.result.error])).toEqual([
      ['error', 'Argo CD get settings failed (HTTP 503): argocd-server is restarting'],
      ['error', 'Argo CD get settings failed (HTTP 503): argocd-server is restarting'],
    ]);
  });
});
