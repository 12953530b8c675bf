import { afterEach, describe, expect, it } from 'vitest';
import { createGitSnapshot } from '../../../src/adapters/git/create-git-snapshot.js';
import { createLocalGit } from '../../../src/adapters/git/create-local-git.js';
import { RenderError } from '../../../src/core/render/render-error.js';
import { renderTreeKey } from '../../../src/core/render/render-tree-key.js';
import type { RenderTree } from '../../../src/core/render/types.js';
import { silentLogger } from '../../../src/ports/logger.js';
import type { ManifestRendererPort } from '../../../src/ports/manifest-renderer-port.js';
import type { RenderWorkspacePort } from '../../../src/ports/render-workspace-port.js';
import { renderDiff } from '../../../src/use-cases/render-diff/render-diff.js';
import { createTempGitRepo, type TempGitRepo } from '../../support/temp-git-repo.js';

// In-memory workspace and renderer: each tree is a "directory" named after it, and the renderer answers from a
// table keyed by that name and the folder, so failures can be placed exactly.

const config = (extra = '') =>
  `promotionPaths:\n  - sourcePath: "dev/"\n    promotionPrs:\n      - targetPaths: ["prod/"]\n${extra}`;
const configMap = (name: string, value: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  value: "${value}"\n`;

function fakeWorkspace(failing: (tree: RenderTree) => boolean): RenderWorkspacePort {
  return {
    materialize: async (tree) => {
      if (failing(tree)) throw new Error('git read-tree failed: fatal: not a tree object');
      return `/fake/${tree.revision.slice(0, 7)}${tree.replacements.length > 0 ? '+promoted' : ''}`;
    },
    dispose: async () => undefined,
  };
}

function fakeRenderer(outputs: Record<string, string | Error>): ManifestRendererPort {
  return {
    render: async (root, folder) => {
      const output =
        outputs[`${root.replace(/^\/fake\/[0-9a-f]{7}/, '')}|${folder}`] ?? outputs[`*|${folder}`];
      if (output === undefined) return { tool: 'absent', output: '', toolMs: 0 };
      if (output instanceof Error) throw output;
      return { tool: 'kustomize', output, toolMs: 5 };
    },
  };
}

let repo: TempGitRepo | undefined;
afterEach(() => repo?.remove());

async function runWith(
  files: Record<string, string>,
  change: Record<string, string>,
  adapters: { workspace: RenderWorkspacePort; renderer: ManifestRendererPort },
) {
  repo = createTempGitRepo({ files });
  const base = repo.git('rev-parse', 'HEAD').trim();
  const head = repo.commit(change);
  return renderDiff(
    { base, head, pullRequest: { number: 1, headRef: 'f', author: 'a', labels: [], body: '' } },
    {
      git: createLocalGit(repo.dir),
      snapshot: createGitSnapshot(repo.dir),
      logger: silentLogger,
      ...adapters,
    },
  );
}

describe('renderDiff with failing parts', () => {
  it('shows the changed components when the after-promotion tree cannot be made, and fails only the targets', async () => {
    const result = await runWith(
      { 'telefonistka.yaml': config(), 'dev/a/k.yaml': 'x', 'dev/b/k.yaml': 'x' },
      { 'dev/a/k.yaml': 'y', 'dev/b/k.yaml': 'y' },
      {
        workspace: fakeWorkspace((tree) => tree.replacements.length > 0),
        renderer: fakeRenderer({ '|dev/a': configMap('a', '1'), '|dev/b': configMap('b', '1') }),
      },
    );
    expect(result.items.map((i) => [i.job.path, i.head.error ?? 'ok'])).toEqual([
      ['dev/a', 'ok'],
      ['prod/a', 'git read-tree failed: fatal: not a tree object'],
      ['dev/b', 'ok'],
      ['prod/b', 'git read-tree failed: fatal: not a tree object'],
    ]);
    expect(result.failedPaths).toEqual(['prod/a', 'prod/b']);
  });

  it('names the tool of a failed render and explains output that is not Kubernetes objects', async () => {
    const result = await runWith(
      { 'telefonistka.yaml': config(), 'dev/a/k.yaml': 'x', 'dev/b/k.yaml': 'x' },
      { 'dev/a/k.yaml': 'y', 'dev/b/k.yaml': 'y' },
      {
        workspace: fakeWorkspace(() => false),
        renderer: fakeRenderer({
          '*|dev/a': 'just: text\n',
          '*|dev/b': new RenderError('boom', { tool: 'helm', command: 'helm template', path: 'dev/b' }),
        }),
      },
    );
    const [a, , b] = result.items;
    expect(a?.base).toEqual({
      tool: 'kustomize',
      objectCount: 0,
      error:
        'the kustomize output is not a stream of Kubernetes objects: document 1: not a Kubernetes object (no apiVersion or kind)',
    });
    expect(b?.head).toEqual({ tool: 'helm', objectCount: 0, error: 'helm template dev/b failed: boom' });
  });

  it('renders a side shared by several jobs once', async () => {
    const trees = new Set<string>();
    const workspace = fakeWorkspace((tree) => {
      trees.add(renderTreeKey(tree));
      return false;
    });
    const result = await runWith(
      { 'telefonistka.yaml': config(), 'dev/a/k.yaml': 'x', 'dev/b/k.yaml': 'x' },
      { 'dev/a/k.yaml': 'y', 'dev/b/k.yaml': 'y' },
      { workspace, renderer: fakeRenderer({}) },
    );
    expect(result.items).toHaveLength(4);
    expect(result.renders).toBe(8);
    expect(trees.size).toBe(3);
  });

  it('applies diffRedact of telefonistka.yaml', async () => {
    const result = await runWith(
      { 'telefonistka.yaml': config('diffRedact: ["data\\\\.value"]\n'), 'dev/a/k.yaml': 'x' },
      { 'dev/a/k.yaml': 'y' },
      {
        workspace: fakeWorkspace(() => false),
        renderer: fakeRenderer({
          '|dev/a': configMap('a', 'first'),
          '+promoted|prod/a': configMap('a', 'second'),
        }),
      },
    );
    const text = result.items.map((i) => i.diff?.elements.map((e) => e.text).join('')).join('');
    expect(text).toContain('<redacted');
    expect(text).not.toMatch(/first|second/);
  });

  it('hides a component whose config cannot be read, shows it without downstream targets and says why', async () => {
    const result = await runWith(
      { 'telefonistka.yaml': config(), 'dev/a/k.yaml': 'x' },
      { 'dev/a/k.yaml': 'y', 'dev/a/telefonistka.yaml': 'disableArgoCDDiff: [oops\n' },
      {
        workspace: fakeWorkspace(() => false),
        renderer: fakeRenderer({ '*|dev/a': configMap('a', 'visible?') }),
      },
    );
    expect(result.items.map((i) => [i.job.path, i.redacted])).toEqual([['dev/a', true]]);
    expect(result.warnings.filter((w) => w.startsWith('dev/a/telefonistka.yaml:2:1: '))).toEqual([
      expect.stringContaining('promotion targets cannot be planned'),
      expect.stringContaining('(the rendered diff of dev/a is hidden)'),
    ]);
  });
});
