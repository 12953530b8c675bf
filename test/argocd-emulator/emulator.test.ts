import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  asAppliedByArgoCd,
  startArgoCdEmulator,
  type ArgoCdEmulator,
} from '../support/argocd-emulator/index.js';

// Response bodies are asserted field by field; a loose type keeps the assertions readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

let emulator: ArgoCdEmulator;

beforeEach(async () => {
  emulator = await startArgoCdEmulator({ token: 'secret-token' });
});

afterEach(async () => {
  await emulator.close();
});

const repo = 'https://github.com/org/gitops';

function app(
  name: string,
  extra: { labels?: Record<string, string>; path?: string; targetRevision?: string; repoURL?: string } = {},
) {
  return {
    metadata: { name, ...(extra.labels ? { labels: extra.labels } : {}) },
    spec: {
      project: 'default',
      source: {
        repoURL: extra.repoURL ?? repo,
        path: extra.path ?? `clusters/${name}`,
        targetRevision: extra.targetRevision ?? 'HEAD',
      },
      destination: { server: 'https://kubernetes.default.svc', namespace: 'web' },
      syncPolicy: { automated: { prune: true } },
    },
  };
}

async function call(path: string, init: RequestInit & { token?: string | null } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = init.token === undefined ? 'secret-token' : init.token;
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  const response = await fetch(`${emulator.url}${path}`, { ...init, headers });
  return { status: response.status, body: (await response.json()) as Loose };
}

const configMap = (name: string, data: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'web' },
  data,
});

describe('Argo CD emulator', () => {
  it('listens on 127.0.0.1 and refuses requests without the bearer token', async () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await call('/api/v1/settings', { token: null })).toEqual({
      status: 401,
      body: { error: 'no session information', code: 16, message: 'no session information', details: [] },
    });
    expect((await call('/api/v1/settings', { token: 'wrong' })).status).toBe(401);
  });

  it('serves the settings with the configured UI URL', async () => {
    emulator.setSettings({ url: 'https://cd.example.org' });
    const { body } = await call('/api/v1/settings');
    expect(body).toMatchObject({
      url: 'https://cd.example.org',
      appLabelKey: 'app.kubernetes.io/instance',
      trackingMethod: 'annotation',
    });
  });

  it('lists applications filtered by repo and by the component-path-sha1 label selector', async () => {
    emulator.addApplication(
      app('a', {
        labels: { 'telefonistka.io/component-path-sha1': 'dbce8166c7afc439d0387ed0b3ddd9034492df86' },
      }),
    );
    emulator.addApplication(
      app('b', {
        labels: { 'telefonistka.io/component-path-sha1': '2316bfbe9dbfb0386f414ab24ce6fcb9f5ef8172' },
      }),
    );
    emulator.addApplication(app('c', { repoURL: 'https://github.com/org/other' }));
    const names = async (query: string) =>
      (await call(`/api/v1/applications${query}`)).body.items.map((i: Loose) => i.metadata.name);
    expect(await names('')).toEqual(['a', 'b', 'c']);
    expect(await names(`?repo=${encodeURIComponent(repo)}`)).toEqual(['a', 'b']);
    expect(
      await names(
        `?repo=${encodeURIComponent(repo)}&selector=${encodeURIComponent('telefonistka.io/component-path-sha1=2316bfbe9dbfb0386f414ab24ce6fcb9f5ef8172')}`,
      ),
    ).toEqual(['b']);
    expect(
      await names(`?selector=${encodeURIComponent('telefonistka.io/component-path-sha1 in (x,y)')}`),
    ).toEqual([]);
    expect(await names(`?selector=${encodeURIComponent('!telefonistka.io/component-path-sha1')}`)).toEqual([
      'c',
    ]);
  });

  it('answers a 400 for a malformed selector', async () => {
    expect((await call(`/api/v1/applications?selector=${encodeURIComponent('a in b')}`)).status).toBe(400);
  });

  it('gets an application with refresh=hard and answers 404 with gRPC code 5 for a missing one', async () => {
    emulator.addApplication(app('a'));
    const found = await call('/api/v1/applications/a?refresh=hard');
    expect(found.body.status).toEqual({ health: { status: 'Healthy' }, sync: { status: 'Synced' } });
    expect(emulator.requests.at(-1)).toMatchObject({
      operation: 'ApplicationService_Get',
      app: 'a',
      query: { refresh: ['hard'] },
    });
    expect(await call('/api/v1/applications/missing')).toEqual({
      status: 404,
      body: {
        error: 'applications.argoproj.io "missing" not found',
        code: 5,
        message: 'applications.argoproj.io "missing" not found',
        details: [],
      },
    });
  });

  it('returns manifests as JSON strings for the requested revision, the target revision by default', async () => {
    emulator.addApplication(app('a'));
    emulator.setManifests('a', 'HEAD', [configMap('c', { v: '1' })]);
    emulator.setManifests('a', 'feature/x', [configMap('c', { v: '2' })]);
    const pr = await call('/api/v1/applications/a/manifests?revision=feature%2Fx');
    expect(pr.body.manifests.map((m: string) => JSON.parse(m).data)).toEqual([{ v: '2' }]);
    expect(pr.body).toMatchObject({
      namespace: 'web',
      server: 'https://kubernetes.default.svc',
      sourceType: 'Directory',
    });
    expect(pr.body.revision).toMatch(/^[0-9a-f]{40}$/);
    const head = await call('/api/v1/applications/a/manifests');
    expect(head.body.manifests.map((m: string) => JSON.parse(m).data)).toEqual([{ v: '1' }]);
    const multi = await call('/api/v1/applications/a/manifests?revisions=feature%2Fx&sourcePositions=1');
    expect(multi.body.manifests.map((m: string) => JSON.parse(m).data)).toEqual([{ v: '2' }]);
  });

  it('fails manifest generation for an unknown revision like Argo CD (500, code 2)', async () => {
    emulator.addApplication(app('a'));
    const result = await call('/api/v1/applications/a/manifests?revision=nope');
    expect(result.status).toBe(500);
    expect(result.body.code).toBe(2);
    expect(result.body.message).toContain("unable to resolve 'nope' to a commit SHA");
  });

  it('reports managed resources with states as JSON strings and "null" for a missing side', async () => {
    emulator.addApplication(app('a'));
    emulator.setManifests('a', 'HEAD', [configMap('both', { v: '1' }), configMap('target-only', {})]);
    emulator.setLiveResources('a', [configMap('both', { v: '0' }), configMap('live-only', {})]);
    const { body } = await call('/api/v1/applications/a/managed-resources');
    const byName = Object.fromEntries(body.items.map((i: Loose) => [i.name, i]));
    expect(Object.keys(byName).sort()).toEqual(['both', 'live-only', 'target-only']);
    expect(JSON.parse(byName.both.liveState).data).toEqual({ v: '0' });
    expect(JSON.parse(byName.both.targetState).data).toEqual({ v: '1' });
    expect(byName.both).toMatchObject({
      group: '',
      kind: 'ConfigMap',
      namespace: 'web',
      modified: true,
      hook: false,
    });
    expect(byName['target-only'].liveState).toBe('null');
    expect(byName['live-only'].targetState).toBe('null');
  });

  it('masks Secret values with runs of + that differ only when the values differ', async () => {
    const secret = (value: string) => ({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's', namespace: 'web' },
      data: { k: value, same: 'eA==' },
    });
    emulator.addApplication(app('a'));
    emulator.setManifests('a', 'HEAD', [secret('bmV3')]);
    emulator.setLiveResources('a', [asAppliedByArgoCd(secret('b2xk'))]);
    const { body } = await call('/api/v1/applications/a/managed-resources');
    const live = JSON.parse(body.items[0].liveState);
    const target = JSON.parse(body.items[0].targetState);
    expect(target.data).toEqual({ k: '++++++++', same: '++++++++' });
    expect(live.data).toEqual({ k: '++++++++++++', same: '++++++++' });
    expect(JSON.stringify(body)).not.toMatch(/bmV3|b2xk/);
    const manifests = await call('/api/v1/applications/a/manifests');
    expect(JSON.parse(manifests.body.manifests[0]).data).toEqual({ k: '++++++++', same: '++++++++' });
  });

  it('lists ApplicationSets', async () => {
    emulator.addApplicationSet({
      metadata: { name: 'clusters' },
      spec: {
        goTemplate: true,
        generators: [{ git: { repoURL: repo, revision: 'HEAD', directories: [{ path: 'clusters/*' }] } }],
        template: { metadata: { name: '{{.path.basename}}' }, spec: { project: 'default' } },
      },
    });
    const { body } = await call('/api/v1/applicationsets');
    expect(body.items.map((i: Loose) => i.metadata.name)).toEqual(['clusters']);
  });

  it('creates with validate=false, refuses a different spec without upsert, patches by merge patch, deletes', async () => {
    const temp = app('temp-a', { targetRevision: 'feature/x' });
    const created = await call('/api/v1/applications?validate=false', {
      method: 'POST',
      body: JSON.stringify(temp),
    });
    expect(created.status).toBe(200);
    expect(emulator.getApplication('temp-a')).toMatchObject({
      metadata: { name: 'temp-a', namespace: 'argocd' },
    });
    expect(
      (await call('/api/v1/applications?validate=false', { method: 'POST', body: JSON.stringify(temp) }))
        .status,
    ).toBe(200);
    const changed = app('temp-a', { targetRevision: 'other' });
    expect(
      (await call('/api/v1/applications', { method: 'POST', body: JSON.stringify(changed) })).status,
    ).toBe(400);

    const patch = JSON.stringify({ spec: { source: { targetRevision: 'feature/y' } } });
    const patched = await call('/api/v1/applications/temp-a', {
      method: 'PATCH',
      body: JSON.stringify({ name: 'temp-a', patch, patchType: 'merge' }),
    });
    expect(patched.body.spec.source).toEqual({
      repoURL: repo,
      path: 'clusters/temp-a',
      targetRevision: 'feature/y',
    });

    expect(await call('/api/v1/applications/temp-a?cascade=false', { method: 'DELETE' })).toEqual({
      status: 200,
      body: {},
    });
    expect(emulator.applicationNames()).toEqual([]);
    expect((await call('/api/v1/applications/temp-a', { method: 'DELETE' })).status).toBe(404);
  });

  describe('faults', () => {
    it('fails requests about one app with the given status, a given number of times', async () => {
      emulator.addApplication(app('a'));
      emulator.addApplication(app('b'));
      emulator.faults.fail('a', 503, { times: 2 });
      expect((await call('/api/v1/applications/a')).status).toBe(503);
      expect((await call('/api/v1/applications/b')).status).toBe(200);
      expect((await call('/api/v1/applications/a/manifests')).body.code).toBe(14);
      expect((await call('/api/v1/applications/a')).status).toBe(200);
    });

    it('answers late for a slow app and only for the chosen operation', async () => {
      emulator.addApplication(app('a'));
      emulator.setManifests('a', 'HEAD', []);
      emulator.faults.slow('a', 150, { operation: 'ApplicationService_GetManifests' });
      let started = performance.now();
      await call('/api/v1/applications/a');
      const other = performance.now() - started;
      started = performance.now();
      await call('/api/v1/applications/a/manifests');
      const slowed = performance.now() - started;
      expect(slowed).toBeGreaterThanOrEqual(145);
      // The other operation is not delayed (compared with the slowed one, so machine load does not matter).
      expect(other).toBeLessThan(slowed - 100);
    });

    it('never answers for a hanging app until the client gives up; close cuts the connection', async () => {
      emulator.addApplication(app('a'));
      emulator.faults.hang('a');
      await expect(
        fetch(`${emulator.url}/api/v1/applications/a`, {
          headers: { authorization: 'Bearer secret-token' },
          signal: AbortSignal.timeout(200),
        }),
      ).rejects.toThrow();
      const pending = fetch(`${emulator.url}/api/v1/applications/a`, {
        headers: { authorization: 'Bearer secret-token' },
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await emulator.close();
      await expect(pending).rejects.toThrow();
      emulator = await startArgoCdEmulator();
    });
  });

  describe('schema validation', () => {
    it('detects a response that breaks the Swagger description and fails close()', async () => {
      emulator.addApplication({ metadata: { name: 'bad' }, spec: { source: { repoURL: repo, path: 42 } } });
      expect((await call('/api/v1/applications/bad')).status).toBe(200);
      expect(emulator.schemaViolations).toEqual([
        expect.objectContaining({
          direction: 'response',
          operation: 'ApplicationService_Get',
          status: 200,
          errors: ['/spec/source/path must be string'],
        }),
      ]);
      await expect(emulator.close()).rejects.toThrow(/1 schema violation/);
      emulator = await startArgoCdEmulator();
    });

    it('detects fields Argo CD does not have (closed objects)', async () => {
      emulator.addApplication({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
        metadata: { name: 'a' },
        spec: {},
      });
      await call('/api/v1/applications');
      expect(emulator.takeSchemaViolations()[0]?.errors).toEqual([
        '/items/0 must NOT have additional properties: apiVersion',
        '/items/0 must NOT have additional properties: kind',
      ]);
    });

    it('detects a response corrupted by a fault', async () => {
      emulator.addApplication(app('a'));
      emulator.faults.add({
        app: 'a',
        corrupt: (body) => ((body['spec'] as Record<string, unknown>)['project'] = 7),
        times: 1,
      });
      await call('/api/v1/applications/a');
      expect(emulator.takeSchemaViolations().map((v) => v.errors)).toEqual([
        ['/spec/project must be string'],
      ]);
    });

    it('detects requests with undocumented or mistyped query parameters and bad bodies', async () => {
      emulator.addApplication(app('a'));
      emulator.setManifests('a', 'HEAD', []);
      await call('/api/v1/applications/a/manifests?rev=x&noCache=yes');
      await call('/api/v1/applications/a', {
        method: 'PATCH',
        body: JSON.stringify({ patch: { spec: {} }, patchType: 'merge' }),
      });
      expect(emulator.takeSchemaViolations().map((v) => [v.direction, v.errors])).toEqual([
        [
          'request',
          ['query parameter "rev" is not documented', 'query parameter "noCache" is not a boolean: yes'],
        ],
        ['request', ['body /patch must be string']],
      ]);
    });

    it('records a route it does not serve', async () => {
      expect((await call('/api/v1/projects/default/detailed')).status).toBe(404);
      expect(emulator.takeSchemaViolations()).toEqual([
        expect.objectContaining({ direction: 'emulator', path: '/api/v1/projects/default/detailed' }),
      ]);
    });
  });

  it('logs every request with its operation, app and status', async () => {
    emulator.addApplication(app('a'));
    await call('/api/v1/applications/a');
    await call('/api/v1/applications/a/managed-resources');
    expect(emulator.requests.map((r) => [r.method, r.operation, r.app, r.status])).toEqual([
      ['GET', 'ApplicationService_Get', 'a', 200],
      ['GET', 'ApplicationService_ManagedResources', 'a', 200],
    ]);
    expect(emulator.countRequests({ app: 'a' })).toBe(2);
    emulator.resetLog();
    expect(emulator.requests).toEqual([]);
  });
});
