import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createAxiosArgoCd,
  type AxiosArgoCdOptions,
} from '../../../src/adapters/argocd/create-axios-argocd.js';
import { resolveArgoCdBaseUrl } from '../../../src/adapters/argocd/resolve-argocd-base-url.js';
import { componentPathSelector } from '../../../src/core/argocd/component-path-sha1.js';
import { ExternalError } from '../../../src/core/errors/external-error.js';
import { startArgoCdEmulator, type ArgoCdEmulator } from '../../support/argocd-emulator/index.js';

const repo = 'https://github.com/org/gitops';
let emulator: ArgoCdEmulator;

beforeEach(async () => {
  emulator = await startArgoCdEmulator();
});

afterEach(async () => {
  await emulator.close();
});

const port = (options: Partial<AxiosArgoCdOptions> = {}) =>
  createAxiosArgoCd({
    server: emulator.url,
    token: emulator.token,
    retryDelayMs: 10,
    timeoutMs: 2_000,
    ...options,
  });

function app(name: string, extra: Record<string, unknown> = {}) {
  return {
    metadata: {
      name,
      labels: {
        'telefonistka.io/component-path-sha1': componentPathSelector(`clusters/${name}`).split('=')[1]!,
      },
    },
    spec: {
      project: 'default',
      source: { repoURL: repo, path: `clusters/${name}`, targetRevision: 'HEAD' },
      destination: { server: 'https://kubernetes.default.svc', namespace: 'web' },
      ...extra,
    },
  };
}

const cm = (name: string, v: string) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'web' },
  data: { v },
});

async function failure(promise: Promise<unknown>): Promise<ExternalError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExternalError);
  return error as ExternalError;
}

describe('createAxiosArgoCd', () => {
  it('reads settings, lists apps by repo and component-path-sha1 selector, gets an app with hard refresh', async () => {
    emulator.addApplication(app('a'));
    emulator.addApplication(app('b'));
    const argo = port();
    expect((await argo.getSettings()).url).toBe('https://argocd.example.com');
    expect((await argo.listApplications({ repo })).map((a) => a.metadata.name)).toEqual(['a', 'b']);
    const selected = await argo.listApplications({ repo, selector: componentPathSelector('clusters/b') });
    expect(selected.map((a) => a.metadata.name)).toEqual(['b']);
    expect((await argo.getApplication('a', { refresh: 'hard' })).spec.source?.path).toBe('clusters/a');
    expect(emulator.requests.at(-1)?.query).toEqual({ refresh: ['hard'] });
  });

  it('decodes manifests and managed resources from their JSON strings', async () => {
    emulator.addApplication(app('a'));
    emulator.setManifests('a', 'HEAD', [cm('x', '1')]);
    emulator.setManifests('a', 'feature/pr', [cm('x', '2'), cm('y', '1')]);
    emulator.setLiveResources('a', [cm('x', '1')]);
    const argo = port();
    const manifests = await argo.getManifests('a', 'feature/pr');
    expect(manifests.objects).toEqual([cm('x', '2'), cm('y', '1')]);
    expect(manifests.revision).toMatch(/^[0-9a-f]{40}$/);
    const resources = await argo.getManagedResources('a');
    expect(resources).toEqual([
      expect.objectContaining({
        kind: 'ConfigMap',
        name: 'x',
        namespace: 'web',
        liveState: cm('x', '1'),
        targetState: cm('x', '1'),
        modified: false,
      }),
    ]);
  });

  it('sends revisions and sourcePositions for a multi-source app', async () => {
    emulator.addApplication({
      metadata: { name: 'multi' },
      spec: {
        sources: [
          { repoURL: 'https://charts', chart: 'c', targetRevision: '1.0.0' },
          { repoURL: repo, path: 'p', targetRevision: 'HEAD' },
        ],
      },
    });
    emulator.setManifests('multi', 'pr-sha', [cm('x', '3')]);
    expect((await port().getManifests('multi', 'pr-sha', { sourcePosition: 2 })).objects).toEqual([
      cm('x', '3'),
    ]);
    expect(emulator.requests.at(-1)?.query).toEqual({ revisions: ['pr-sha'], sourcePositions: ['2'] });
  });

  it('creates with validate=false, patches the target revision, deletes without cascade, lists appsets', async () => {
    emulator.addApplicationSet({ metadata: { name: 'set' }, spec: { generators: [] } });
    const argo = port();
    expect((await argo.listApplicationSets()).map((s) => s.metadata.name)).toEqual(['set']);
    await argo.createApplication(app('temp-a'));
    expect(emulator.requests.at(-1)?.query).toEqual({ validate: ['false'] });
    const patched = await argo.patchApplicationTargetRevision('temp-a', 'feature/pr');
    expect(patched.spec.source?.targetRevision).toBe('feature/pr');
    expect(emulator.getApplication('temp-a')).toMatchObject({
      spec: { source: { targetRevision: 'feature/pr' } },
    });
    await argo.deleteApplication('temp-a');
    expect(emulator.requests.at(-1)?.query).toEqual({ cascade: ['false'] });
    expect(emulator.applicationNames()).toEqual([]);
  });

  it('patches only the chosen source of a multi-source app', async () => {
    emulator.addApplication({
      metadata: { name: 'multi' },
      spec: {
        sources: [
          { repoURL: 'https://charts', chart: 'c', targetRevision: '1.0.0' },
          { repoURL: repo, path: 'p' },
        ],
      },
    });
    const patched = await port().patchApplicationTargetRevision('multi', 'feature/pr', { sourcePosition: 2 });
    expect(patched.spec.sources?.map((s) => s.targetRevision)).toEqual(['1.0.0', 'feature/pr']);
  });

  it('names the operation, the app and the status in an ExternalError and does not retry a 404', async () => {
    const error = await failure(port().getManifests('missing', 'main'));
    expect(error.message).toBe(
      'Argo CD get manifests of app "missing" at revision "main" failed (HTTP 404): applications.argoproj.io "missing" not found',
    );
    expect([error.service, error.status]).toEqual(['Argo CD', 404]);
    expect(emulator.countRequests({ app: 'missing' })).toBe(1);
  });

  it('retries 5xx with backoff and succeeds when the fault passes', async () => {
    emulator.addApplication(app('a'));
    emulator.faults.fail('a', 503, { times: 2 });
    expect((await port({ retries: 3 }).getApplication('a')).metadata.name).toBe('a');
    expect(emulator.countRequests({ app: 'a' })).toBe(3);
  });

  it('gives up after the bounded number of retries', async () => {
    emulator.addApplication(app('a'));
    emulator.faults.fail('a', 500, { message: 'rpc error: repo-server unavailable' });
    const attempts: number[] = [];
    const error = await failure(
      port({ retries: 2, onRequest: (r) => attempts.push(r.attempt) }).getManagedResources('a'),
    );
    expect(error.status).toBe(500);
    expect(error.message).toContain('rpc error: repo-server unavailable');
    expect(attempts).toEqual([0, 1, 2]);
    expect(emulator.countRequests({ app: 'a' })).toBe(3);
  });

  it('does not retry a create that failed on the server', async () => {
    emulator.faults.fail('temp-a', 500, { operation: 'ApplicationService_Create' });
    const error = await failure(port().createApplication(app('temp-a')));
    expect(error.message).toContain('create app "temp-a"');
    expect(emulator.countRequests({ app: 'temp-a' })).toBe(1);
  });

  it('times out a request that never answers, retries it, then fails naming the app', async () => {
    emulator.addApplication(app('stuck'));
    emulator.faults.hang('stuck');
    const error = await failure(port({ timeoutMs: 150, retries: 1 }).getApplication('stuck'));
    expect(error.message).toMatch(/get app "stuck" failed: timeout of 150ms exceeded \(after 2 attempts\)/);
    expect(emulator.countRequests({ app: 'stuck' })).toBe(2);
  });

  it('retries a refused connection and then reports it', async () => {
    const closed = await startArgoCdEmulator();
    const url = closed.url;
    await closed.close();
    const argo = createAxiosArgoCd({ server: url, token: 't', retries: 2, retryDelayMs: 5 });
    const attempts: number[] = [];
    const withLog = createAxiosArgoCd({
      server: url,
      token: 't',
      retries: 2,
      retryDelayMs: 5,
      onRequest: (r) => attempts.push(r.attempt),
    });
    expect((await failure(argo.getSettings())).message).toMatch(
      /^Argo CD get settings failed: .*ECONNREFUSED/,
    );
    await failure(withLog.getSettings());
    expect(attempts).toEqual([0, 1, 2]);
  });

  it('rejects a response whose manifest is not JSON', async () => {
    emulator.addApplication(app('a'));
    emulator.setManifests('a', 'HEAD', []);
    emulator.faults.add({ app: 'a', corrupt: (body) => (body['manifests'] = ['{not json']) });
    const error = await failure(port().getManifests('a', 'HEAD'));
    expect(error.message).toMatch(
      /^Argo CD get manifests of app "a" at revision "HEAD" failed: manifest 0 is not JSON/,
    );
    emulator.takeSchemaViolations();
  });

  it('sends the bearer token', async () => {
    const error = await failure(
      createAxiosArgoCd({ server: emulator.url, token: 'wrong', retries: 0 }).getSettings(),
    );
    expect(error.status).toBe(401);
  });

  it('runs ten slow apps concurrently through one client', async () => {
    for (let i = 0; i < 10; i++) {
      emulator.addApplication(app(`app${i}`));
      emulator.faults.slow(`app${i}`, 200);
    }
    const argo = port();
    await Promise.all(Array.from({ length: 10 }, (_, i) => argo.getApplication(`app${i}`)));
    // From the emulator's request log, not a wall clock here: all ten were in flight at once (serial: one).
    const calls = emulator.requests.filter((r) => r.app?.startsWith('app') === true);
    const inFlightAt = (t: number) =>
      calls.filter((o) => o.startedAt <= t && o.startedAt + o.durationMs > t).length;
    expect(Math.max(...calls.map((r) => inFlightAt(r.startedAt)))).toBe(10);
  });
});

describe('resolveArgoCdBaseUrl', () => {
  it.each([
    ['argocd.example.com', {}, 'https://argocd.example.com'],
    ['argocd.example.com:8080', { plaintext: true }, 'http://argocd.example.com:8080'],
    ['https://argocd.example.com/', { plaintext: true }, 'https://argocd.example.com'],
    ['http://127.0.0.1:1234', {}, 'http://127.0.0.1:1234'],
  ])('resolves %s with %j', (server, options, expected) => {
    expect(resolveArgoCdBaseUrl(server, options)).toBe(expected);
  });
});

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasOpenssl)('TLS options', () => {
  it('verifies the certificate unless insecure, and speaks plain HTTP to a scheme-less address with plaintext', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argocd-tls-'));
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
          '-days',
          '1',
          '-subj',
          '/CN=127.0.0.1',
        ],
        { stdio: 'ignore', timeout: 20_000 },
      );
      const tls = await startArgoCdEmulator({
        tls: {
          key: readFileSync(join(dir, 'key.pem'), 'utf8'),
          cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
        },
      });
      try {
        const address = tls.url.replace('https://', '');
        const strict = createAxiosArgoCd({ server: address, token: tls.token, retries: 0 });
        expect((await failure(strict.getSettings())).message).toMatch(/self[- ]signed/i);
        const insecure = createAxiosArgoCd({ server: address, token: tls.token, insecure: true });
        expect((await insecure.getSettings()).url).toBe('https://argocd.example.com');
      } finally {
        await tls.close();
      }
      const plain = createAxiosArgoCd({
        server: emulator.url.replace('http://', ''),
        token: emulator.token,
        plaintext: true,
      });
      expect((await plain.getSettings()).appLabelKey).toBe('app.kubernetes.io/instance');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
