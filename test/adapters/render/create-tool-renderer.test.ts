import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToolRenderer } from '../../../src/adapters/render/create-tool-renderer.js';
import { readToolVersions } from '../../../src/adapters/render/read-tool-versions.js';
import { parseRenderedManifests } from '../../../src/core/render/parse-rendered-manifests.js';
import type { ManifestRendererPort } from '../../../src/ports/manifest-renderer-port.js';
import { describeWithK8sTools, k8sTools } from './k8s-tools.js';

const repo = path.resolve(import.meta.dirname, '../../fixtures/render/repo');

let scratch: string;
let renderer: ManifestRendererPort;
let tools: { helm: string; kubectl: string };

/** Writes files under a fresh folder of the scratch directory and returns the folder. */
function tree(name: string, files: Record<string, string>): string {
  const root = path.join(scratch, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const objectsOf = (output: string) =>
  parseRenderedManifests(output).map(
    (o) => `${o['kind'] as string}/${(o['metadata'] as { name: string }).name}`,
  );

beforeAll(async () => {
  tools = await k8sTools();
  scratch = mkdtempSync(path.join(tmpdir(), 'telefonistka-renderer-test-'));
  renderer = createToolRenderer({
    searchPath: process.env.PATH,
    kubectl: tools.kubectl,
    helm: tools.helm,
    tempDir: scratch,
    timeoutMs: 20_000,
  });
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describeWithK8sTools('createToolRenderer', () => {
  it('renders a kustomize overlay whose base and component sit outside the folder', async () => {
    const rendered = await renderer.render(repo, 'env/prod/eu/apps/web');
    expect(rendered.tool).toBe('kustomize');
    expect(rendered.toolMs).toBeGreaterThan(0);
    const objects = parseRenderedManifests(rendered.output);
    const deployment = objects.find((o) => o['kind'] === 'Deployment') as {
      metadata: { namespace: string; labels: Record<string, string> };
      spec: { replicas: number; template: { spec: { containers: { image: string }[] } } };
    };
    expect(deployment.metadata.namespace).toBe('web');
    expect(deployment.metadata.labels).toEqual({ cluster: 'prod-eu' });
    expect(deployment.spec.replicas).toBe(3);
    expect(deployment.spec.template.spec.containers[0]?.image).toBe('example/web:1.0.0');
  });

  it('renders a helm chart with its vendored subchart, named after the folder', async () => {
    const rendered = await renderer.render(repo, 'env/prod/us/apps/redis');
    expect(rendered.tool).toBe('helm');
    expect(objectsOf(rendered.output)).toEqual(['ConfigMap/redis-common', 'StatefulSet/redis']);
    expect(rendered.output).toContain('replicas: 3');
  });

  it('passes the folder values-* files after values.yaml, sorted, later ones winning', async () => {
    const root = tree('helm-values', {
      'My_Chart/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n',
      'My_Chart/values.yaml': 'a: base\nb: base\nc: base\n',
      'My_Chart/values-1-cluster.yaml': 'b: cluster\nc: cluster\n',
      'My_Chart/values-2-override.yml': 'c: override\n',
      'My_Chart/templates/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  a: {{ .Values.a }}\n  b: {{ .Values.b }}\n  c: {{ .Values.c }}\n',
    });
    const [object] = parseRenderedManifests((await renderer.render(root, 'My_Chart')).output);
    expect(object).toMatchObject({
      metadata: { name: 'my-chart' },
      data: { a: 'base', b: 'cluster', c: 'override' },
    });
  });

  it('uses the values files given as options instead, relative to the chart folder', async () => {
    const root = tree('helm-values-option', {
      'shared/cluster.yaml': 'a: cluster\n',
      'chart/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n',
      'chart/values.yaml': 'a: base\n',
      'chart/values-ignored.yaml': 'a: ignored\n',
      'chart/templates/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: {{ .Values.a }}\n',
    });
    const custom = createToolRenderer({
      searchPath: process.env.PATH,
      ...tools,
      tempDir: scratch,
      helmValueFiles: ['../shared/cluster.yaml'],
    });
    const [object] = parseRenderedManifests((await custom.render(root, 'chart')).output);
    expect(object?.['data']).toEqual({ a: 'cluster' });
  });

  it('concatenates the YAML and JSON files of a plain folder, without telefonistka.yaml', async () => {
    const root = tree('plain', {
      'app/b.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}',
      'app/a.json': '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}}',
      'app/telefonistka.yaml': 'disableArgoCDDiff: true\n',
      'app/README.md': '# not a manifest\n',
      'app/sub/c.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n',
    });
    const rendered = await renderer.render(root, 'app');
    expect(rendered).toMatchObject({ tool: 'plain', toolMs: 0 });
    expect(objectsOf(rendered.output)).toEqual(['ConfigMap/a', 'ConfigMap/b']);
  });

  it('skips symbolic links in a plain folder', async () => {
    const root = tree('plain-link', {
      'app/a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
    });
    writeFileSync(
      path.join(scratch, 'outside.yaml'),
      'apiVersion: v1\nkind: Secret\nmetadata: {name: stolen}\n',
    );
    symlinkSync(path.join(scratch, 'outside.yaml'), path.join(root, 'app', 'z.yaml'));
    expect(objectsOf((await renderer.render(root, 'app')).output)).toEqual(['ConfigMap/a']);
  });

  it('reports a missing folder as absent', async () => {
    expect(await renderer.render(repo, 'env/prod/eu/apps/nothing-here')).toEqual({
      tool: 'absent',
      output: '',
      toolMs: 0,
    });
  });

  it('refuses a folder outside the tree', async () => {
    await expect(renderer.render(repo, '../../..')).rejects.toThrow(
      'render ../../.. failed: the folder is outside the repository',
    );
  });

  it('refuses a remote kustomize base reached through a local one, naming file and reference', async () => {
    const root = tree('remote', {
      'remote-base/kustomization.yaml': 'resources:\n  - https://github.com/example/repo//deploy?ref=v1\n',
      'app/kustomization.yaml': 'resources:\n  - ../remote-base\n',
    });
    await expect(renderer.render(root, 'app')).rejects.toThrow(
      'kustomize app failed: remote reference "https://github.com/example/repo//deploy?ref=v1" in remote-base/kustomization.yaml is not allowed: rendering runs without network access; vendor it into the repository',
    );
  });

  it('fails a chart whose dependency is not vendored, without fetching it', async () => {
    const root = tree('missing-dep', {
      'chart/Chart.yaml':
        'apiVersion: v2\nname: c\nversion: 1.0.0\ndependencies:\n  - name: redis\n    version: 1.0.0\n    repository: https://charts.example.com\n',
      'chart/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n',
    });
    await expect(renderer.render(root, 'chart')).rejects.toThrow(
      /^helm template chart failed: Error: .*missing in charts\/ directory: redis/,
    );
  });

  it('gives the tool error of a broken kustomization with paths relative to the tree', async () => {
    const root = tree('broken', { 'app/kustomization.yaml': 'resources:\n  - ../missing\n' });
    const error = await renderer.render(root, 'app').then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/^kubectl kustomize app failed: /);
    expect(error?.message).not.toContain(root);
  });

  describe('reads nothing outside the repository (issue 17 item 6)', () => {
    const outsideMap =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: outside-secret\ndata:\n  k: stolen\n';
    /** A folder next to the tree (outside it) holding a kustomization with a ConfigMap. */
    function outsideFolder(name: string): string {
      const dir = path.join(scratch, name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'kustomization.yaml'), 'resources:\n  - cm.yaml\n');
      writeFileSync(path.join(dir, 'cm.yaml'), outsideMap);
      return dir;
    }
    const failureOf = (promise: Promise<unknown>) =>
      promise.then(
        () => new Error('rendered'),
        (e: unknown) => e as Error,
      );

    it('refuses a kustomization resource that climbs out of the tree, before kustomize runs', async () => {
      outsideFolder('outside-kustomize');
      // Built from pieces: the repository's own guard (test/repository) flags a quoted path that climbs out.
      const climb = `${'../'.repeat(6)}outside-kustomize`;
      const root = tree('climb', {
        'clusters/prod/eu/c1/app/kustomization.yaml': `resources:\n  - ${climb}\n`,
      });
      const error = await failureOf(renderer.render(root, 'clusters/prod/eu/c1/app'));
      expect(error.message).toBe(
        `kustomize clusters/prod/eu/c1/app failed: "${climb}" in clusters/prod/eu/c1/app/kustomization.yaml is outside the repository: rendering reads only the repository's own files; move what it needs into the repository`,
      );
      expect(error.message).not.toContain(scratch);
    });

    it('refuses an outside folder reached through a base inside the tree, and patches and generator files', async () => {
      const outside = outsideFolder('outside-deep');
      const cases: [string, Record<string, string>][] = [
        [
          'base',
          {
            'base/kustomization.yaml': 'components:\n  - ../../outside-deep\n',
            'app/kustomization.yaml': 'resources: [../base]\n',
          },
        ],
        ['patch', { 'app/kustomization.yaml': `patches:\n  - path: ${path.join(outside, 'cm.yaml')}\n` }],
        [
          'generator',
          {
            'app/kustomization.yaml':
              'configMapGenerator:\n  - name: x\n    files: [k=../../outside-deep/cm.yaml]\n',
          },
        ],
      ];
      for (const [name, files] of cases) {
        const error = await failureOf(renderer.render(tree(`deep-${name}`, files), 'app'));
        expect(error.message, name).toContain('is outside the repository');
        expect(error.message, name).not.toContain('stolen');
      }
    });

    it('refuses a symbolic link inside the tree that points out of it', async () => {
      const outside = outsideFolder('outside-linked');
      const root = tree('linked', { 'app/kustomization.yaml': 'resources: [../vendor]\n' });
      symlinkSync(outside, path.join(root, 'vendor'));
      const error = await failureOf(renderer.render(root, 'app'));
      expect(error.message).toContain('"../vendor" in app/kustomization.yaml is outside the repository');
    });

    it('refuses helm values files outside the tree and links out of the chart folder', async () => {
      writeFileSync(path.join(scratch, 'outside-values.yaml'), 'a: stolen\n');
      const chart = {
        'chart/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n',
        'chart/templates/cm.yaml':
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: {{ .Values.a | quote }}\n',
      };
      const values = createToolRenderer({
        searchPath: process.env.PATH,
        ...tools,
        tempDir: scratch,
        helmValueFiles: ['../../outside-values.yaml'],
      });
      const error = await failureOf(values.render(tree('helm-outside-values', chart), 'chart'));
      expect(error.message).toBe(
        'helm chart failed: "../../outside-values.yaml" in chart/Chart.yaml is outside the repository: rendering reads only the repository\'s own files; move what it needs into the repository',
      );
      const linked = tree('helm-linked', chart);
      symlinkSync(path.join(scratch, 'outside-values.yaml'), path.join(linked, 'chart', 'values-prod.yaml'));
      const linkError = await failureOf(renderer.render(linked, 'chart'));
      expect(linkError.message).toContain(
        '"chart/values-prod.yaml" in chart/Chart.yaml is outside the repository',
      );
    });

    it('still renders references that stay inside the tree', async () => {
      const root = tree('inside', {
        'shared/base/kustomization.yaml': 'resources: [cm.yaml]\n',
        'shared/base/cm.yaml': outsideMap.replace('outside-secret', 'shared'),
        'env/app/kustomization.yaml': 'resources: [../../shared/base]\n',
      });
      expect(objectsOf((await renderer.render(root, 'env/app')).output)).toEqual(['ConfigMap/shared']);
    });
  });

  it('kills a tool that runs past the timeout', async () => {
    const slow = path.join(scratch, 'slow-helm');
    writeFileSync(slow, '#!/bin/sh\nsleep 30\n');
    chmodSync(slow, 0o755);
    const root = tree('slow', { 'chart/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n' });
    const started = Date.now();
    const quick = createToolRenderer({
      searchPath: process.env.PATH,
      helm: slow,
      tempDir: scratch,
      timeoutMs: 300,
    });
    await expect(quick.render(root, 'chart')).rejects.toThrow(
      'helm template chart failed: timed out after 0.3 s (process killed)',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('kills a tool whose output exceeds the cap', async () => {
    const noisy = path.join(scratch, 'noisy-kubectl');
    writeFileSync(noisy, '#!/bin/sh\nyes apiVersion: v1\n');
    chmodSync(noisy, 0o755);
    const root = tree('noisy', { 'app/kustomization.yaml': 'resources: []\n' });
    const capped = createToolRenderer({
      searchPath: process.env.PATH,
      kubectl: noisy,
      tempDir: scratch,
      maxOutputBytes: 100_000,
    });
    await expect(capped.render(root, 'app')).rejects.toThrow('output exceeds 100000 bytes (process killed)');
  });

  it('says which binary cannot be started', async () => {
    const missing = createToolRenderer({
      searchPath: process.env.PATH,
      helm: path.join(scratch, 'no-such-helm'),
      tempDir: scratch,
    });
    await expect(missing.render(repo, 'env/prod/us/apps/redis')).rejects.toThrow(
      /^helm template env\/prod\/us\/apps\/redis failed: cannot run .*no-such-helm: spawn .* ENOENT/,
    );
  });

  it('gives the tool environment no credentials and no network', async () => {
    const spy = path.join(scratch, 'env-kubectl');
    writeFileSync(spy, '#!/bin/sh\nenv > "$HOME/../env-seen.txt"\n');
    chmodSync(spy, 0o755);
    process.env['TELEFONISTKA_TEST_SECRET'] = 'do-not-leak';
    try {
      const root = tree('env', { 'app/kustomization.yaml': 'resources: []\n' });
      await createToolRenderer({ searchPath: process.env.PATH, kubectl: spy, tempDir: scratch }).render(
        root,
        'app',
      );
    } finally {
      delete process.env['TELEFONISTKA_TEST_SECRET'];
    }
    const { readFileSync } = await import('node:fs');
    const seen = readFileSync(path.join(scratch, 'env-seen.txt'), 'utf8');
    expect(seen).not.toContain('do-not-leak');
    expect(seen).toContain('HTTPS_PROXY=http://127.0.0.1:9');
    expect(seen).toContain('GIT_ALLOW_PROTOCOL=none');
  });
});

describeWithK8sTools('readToolVersions', () => {
  it('names kubectl, its kustomize and helm with their versions', async () => {
    expect(await readToolVersions(tools)).toMatch(
      /^kubectl v1\.\d+\.\d+ \(kustomize v5\.\d+\.\d+\), helm v\d+\.\d+\.\d+$/,
    );
  });

  it('says when a version cannot be read', async () => {
    expect(await readToolVersions({ kubectl: '/nonexistent/kubectl', helm: '/nonexistent/helm' })).toBe(
      'kubectl version unknown, helm version unknown',
    );
  });
});
