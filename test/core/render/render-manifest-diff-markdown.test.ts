import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/core/argocd/types.js';
import { splitComment } from '../../../src/core/comments/split-comment.js';
import { diffRenderedObjects } from '../../../src/core/render/diff-rendered-objects.js';
import {
  manifestDiffCommentKind,
  manifestDiffDocument,
} from '../../../src/core/render/manifest-diff-document.js';
import {
  manifestDiffSection,
  renderManifestDiffMarkdown,
} from '../../../src/core/render/render-manifest-diff-markdown.js';
import type { RenderDiffItem, RenderJob } from '../../../src/core/render/types.js';

const golden = (name: string) => `../../golden/render/${name}`;
const base = '1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const head = '2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

const deployment = (replicas: number, image: string): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'app', namespace: 'web' },
  spec: { replicas, template: { spec: { containers: [{ name: 'app', image }] } } },
});
const service: KubeObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'app', namespace: 'web' },
  spec: { ports: [{ port: 80 }] },
};
const clusterRole: KubeObject = {
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'ClusterRole',
  metadata: { name: 'reader' },
  rules: [],
};

const job = (overrides: Partial<RenderJob> = {}): RenderJob => ({
  kind: 'changed',
  path: 'clusters/staging/app',
  sourcePath: undefined,
  removesTarget: false,
  base: { tree: { revision: base, replacements: [] }, path: 'clusters/staging/app' },
  head: { tree: { revision: head, replacements: [] }, path: 'clusters/staging/app' },
  ...overrides,
});
const ok = (tool: 'kustomize' | 'helm' | 'plain' | 'absent', objectCount: number) => ({
  tool,
  objectCount,
  error: undefined,
});
const noRedaction = { diffRedact: [], redactAll: false };

const changedItem: RenderDiffItem = {
  job: job(),
  base: ok('kustomize', 3),
  head: ok('kustomize', 3),
  diff: diffRenderedObjects(
    [deployment(1, 'app:1.0'), service, clusterRole],
    [deployment(2, 'app:1.1'), clusterRole, { ...service, kind: 'ConfigMap', data: { a: '1' } }],
    noRedaction,
  ),
  redacted: false,
};
const downstreamItem: RenderDiffItem = {
  job: job({ kind: 'downstream', path: 'clusters/prod/app', sourcePath: 'clusters/staging/app' }),
  base: ok('helm', 1),
  head: ok('helm', 1),
  diff: diffRenderedObjects([deployment(3, 'app:0.9')], [deployment(3, 'app:1.1')], noRedaction),
  redacted: false,
};
const errorItem: RenderDiffItem = {
  job: job({ path: 'clusters/staging/broken' }),
  base: ok('kustomize', 2),
  head: {
    tool: 'kustomize',
    objectCount: 0,
    error:
      "kubectl kustomize clusters/staging/broken failed: error: accumulating resources: '../missing' does not exist",
  },
  diff: undefined,
  redacted: false,
};
const unchangedItem: RenderDiffItem = {
  job: job({ kind: 'downstream', path: 'clusters/qa/app', sourcePath: 'clusters/staging/app' }),
  base: ok('plain', 2),
  head: ok('plain', 2),
  diff: diffRenderedObjects([service, clusterRole], [service, clusterRole], noRedaction),
  redacted: false,
};
const removedTargetItem: RenderDiffItem = {
  job: job({
    kind: 'downstream',
    path: 'clusters/prod/old',
    sourcePath: 'clusters/staging/old',
    removesTarget: true,
  }),
  base: ok('plain', 1),
  head: ok('absent', 0),
  diff: diffRenderedObjects([service], [], noRedaction),
  redacted: false,
};
const newFolderRedactedItem: RenderDiffItem = {
  job: job({ path: 'clusters/staging/secret-app' }),
  base: ok('absent', 0),
  head: ok('kustomize', 1),
  diff: diffRenderedObjects([], [service], { diffRedact: [], redactAll: true }),
  redacted: true,
};

describe('renderManifestDiffMarkdown', () => {
  it('shows a changed component with counts and the dyff report per object', async () => {
    await expect(renderManifestDiffMarkdown(changedItem)).toMatchFileSnapshot(golden('changed.md'));
  });

  it('lists changed objects one per line in the concise form', async () => {
    await expect(renderManifestDiffMarkdown(changedItem, { concise: true })).toMatchFileSnapshot(
      golden('changed-concise.md'),
    );
  });

  it('names the source of a downstream target', async () => {
    await expect(renderManifestDiffMarkdown(downstreamItem)).toMatchFileSnapshot(golden('downstream.md'));
  });

  it('shows the render error of the failing side', async () => {
    await expect(renderManifestDiffMarkdown(errorItem)).toMatchFileSnapshot(golden('render-error.md'));
  });

  it('says when the rendered manifests do not change', () => {
    expect(renderManifestDiffMarkdown(unchangedItem)).toBe(
      '#### ↳ `clusters/qa/app` after promotion from `clusters/staging/app` · plain\n\nNo change in the rendered manifests 🤷 (2 objects)',
    );
  });

  it('warns that the promotion removes the target folder', async () => {
    await expect(renderManifestDiffMarkdown(removedTargetItem)).toMatchFileSnapshot(
      golden('removes-target.md'),
    );
  });

  it('hides content of a new folder whose component disables the diff', async () => {
    await expect(renderManifestDiffMarkdown(newFolderRedactedItem)).toMatchFileSnapshot(
      golden('new-folder-redacted.md'),
    );
  });

  it('titles downstream sections with their source for the splitter', () => {
    expect(manifestDiffSection(downstreamItem).title).toBe(
      'clusters/prod/app (after promotion from clusters/staging/app)',
    );
  });
});

describe('manifestDiffDocument', () => {
  const items = [changedItem, downstreamItem, unchangedItem, errorItem];

  it('renders the whole comment with header, sections, warnings and footer', async () => {
    const doc = manifestDiffDocument({
      items,
      base,
      head,
      promotionPr: false,
      warnings: ['telefonistka.yaml:3:5: promtionPRlables is deprecated'],
      tools: 'kubectl v1.34.5, helm v4.1.4',
    });
    const parts = splitComment(doc);
    expect(parts).toHaveLength(1);
    await expect(parts[0]).toMatchFileSnapshot(golden('comment.md'));
  });

  it('says there is nothing to render for a PR without components', () => {
    const doc = manifestDiffDocument({ items: [], base, head, promotionPr: true, warnings: [] });
    expect(doc.kind).toBe(manifestDiffCommentKind);
    expect(doc.header).toContain('Nothing to render');
    expect(doc.footer).toBe('<sub>0 folders rendered</sub>');
  });

  it('splits a large comment into parts per folder that each fit the limit', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      ...changedItem,
      job: job({ path: `clusters/c${i}` }),
    }));
    const parts = splitComment(
      manifestDiffDocument({ items: many, base, head, promotionPr: false, warnings: [] }),
      { maxChars: 6_000, maxBytes: 18_000 },
    );
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(6_000);
    expect(parts.join('\n')).toContain('clusters/c39');
  });
});
