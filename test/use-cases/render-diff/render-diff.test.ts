import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createGitSnapshot } from '../../../src/adapters/git/create-git-snapshot.js';
import { createLocalGit } from '../../../src/adapters/git/create-local-git.js';
import { createGitRenderWorkspace } from '../../../src/adapters/render/create-git-render-workspace.js';
import { createToolRenderer } from '../../../src/adapters/render/create-tool-renderer.js';
import { splitComment } from '../../../src/core/comments/split-comment.js';
import type { PromotionMetadata } from '../../../src/core/promotion/types.js';
import { silentLogger } from '../../../src/ports/logger.js';
import type { RenderWorkspacePort } from '../../../src/ports/render-workspace-port.js';
import { renderDiff, type RenderDiffResult } from '../../../src/use-cases/render-diff/render-diff.js';
import { describeWithK8sTools, k8sTools } from '../../adapters/render/k8s-tools.js';
import { createTempGitRepo, type TempGitRepo } from '../../support/temp-git-repo.js';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/render/repo');
const golden = (name: string) => `../../golden/render/${name}`;
const staging = 'env/staging/c1/apps';
const fixtureFile = (file: string) => readFileSync(path.join(fixture, file), 'utf8');

let repo: TempGitRepo;
let workspace: RenderWorkspacePort;
let base: string;

async function run(
  head: string,
  metadata: PromotionMetadata | undefined = undefined,
  labels: string[] = [],
): Promise<RenderDiffResult> {
  const tools = await k8sTools();
  return renderDiff(
    {
      base,
      head,
      pullRequest: { number: 7, headRef: 'feature', author: 'dev', labels, body: '' },
      promotionMetadata: metadata,
      tools: 'kubectl and helm of the test',
    },
    {
      git: createLocalGit(repo.dir),
      snapshot: createGitSnapshot(repo.dir),
      workspace,
      renderer: createToolRenderer({
        searchPath: process.env.PATH,
        kubectl: tools.kubectl,
        helm: tools.helm,
        timeoutMs: 20_000,
      }),
      logger: silentLogger,
    },
  );
}

const outline = (result: RenderDiffResult) =>
  result.items.map((item) => {
    const diff = item.diff;
    const counts =
      diff === undefined ? 'error' : `+${diff.added} -${diff.removed} ~${diff.changed} =${diff.unchanged}`;
    return `${item.job.kind === 'downstream' ? '  -> ' : ''}${item.job.path} [${item.base.tool ?? '?'}/${item.head.tool ?? '?'}] ${counts}`;
  });

beforeAll(async () => {
  await k8sTools();
  repo = createTempGitRepo({ fromDir: fixture });
  base = repo.git('rev-parse', 'HEAD').trim();
  workspace = createGitRenderWorkspace({ directory: repo.dir, env: process.env });
});

afterAll(async () => {
  await workspace.dispose();
  repo.remove();
});

describeWithK8sTools('renderDiff', () => {
  let result: RenderDiffResult;
  let head: string;

  beforeAll(async () => {
    repo.git('checkout', '-q', '-b', 'feature');
    head = repo.commit(
      {
        [`${staging}/web/kustomization.yaml`]: fixtureFile(`${staging}/web/kustomization.yaml`).replace(
          '1.1.0',
          '1.2.0',
        ),
        [`${staging}/redis/values.yaml`]: 'replicas: 2\nimage:\n  tag: "7.4"\ncommon:\n  greeting: hello\n',
        [`${staging}/config/configmap.yaml`]: fixtureFile(`${staging}/config/configmap.yaml`).replace(
          'info',
          'debug',
        ),
        [`${staging}/config/secret.yaml`]: fixtureFile(`${staging}/config/secret.yaml`).replace('one', 'two'),
        [`${staging}/vault/policy.yaml`]: fixtureFile(`${staging}/vault/policy.yaml`).replace(
          'read',
          'write',
        ),
        [`${staging}/broken/kustomization.yaml`]: 'resources:\n  - ../missing\n',
      },
      'staging changes',
    );
    repo.git('checkout', '-q', 'main');
    result = await run(head);
  });

  it('compares each changed component and, under it, both production targets it would be promoted to', () => {
    expect(outline(result)).toEqual([
      'env/staging/c1/apps/broken [absent/kustomize] error',
      '  -> env/prod/eu/apps/broken [absent/kustomize] error',
      '  -> env/prod/us/apps/broken [absent/kustomize] error',
      'env/staging/c1/apps/config [plain/plain] +0 -0 ~2 =0',
      '  -> env/prod/eu/apps/config [plain/plain] +0 -0 ~2 =0',
      '  -> env/prod/us/apps/config [plain/plain] +0 -0 ~2 =0',
      'env/staging/c1/apps/redis [helm/helm] +0 -0 ~1 =1',
      '  -> env/prod/eu/apps/redis [helm/helm] +0 -0 ~1 =1',
      '  -> env/prod/us/apps/redis [helm/helm] +0 -0 ~1 =1',
      'env/staging/c1/apps/vault [plain/plain] +0 -0 ~1 =0',
      '  -> env/prod/eu/apps/vault [plain/plain] +0 -0 ~1 =0',
      '  -> env/prod/us/apps/vault [plain/plain] +0 -0 ~1 =0',
      'env/staging/c1/apps/web [kustomize/kustomize] +0 -0 ~1 =1',
      '  -> env/prod/eu/apps/web [kustomize/kustomize] +0 -0 ~1 =1',
      '  -> env/prod/us/apps/web [kustomize/kustomize] +0 -0 ~1 =1',
    ]);
    expect(result.promotionPr).toBe(false);
  });

  it('renders promoted kustomize content in the target folder, so its cluster settings still apply', () => {
    const prodEu = result.items.find((item) => item.job.path === 'env/prod/eu/apps/web');
    const text = prodEu?.diff?.elements[0]?.text ?? '';
    expect(text).toContain('- example/web:1.0.0\n+ example/web:1.2.0');
    expect(text).not.toContain('replicas');
  });

  it('shows that promoting staging helm values would change production replicas', () => {
    const prodUs = result.items.find((item) => item.job.path === 'env/prod/us/apps/redis');
    const text = prodUs?.diff?.elements[0]?.text ?? '';
    expect(text).toContain('@@ spec.replicas @@');
    expect(text).toContain('- 3\n+ 2');
    expect(text).toContain('redis:7.4');
  });

  it('never shows Secret values or the content of a component with disableArgoCDDiff', () => {
    const all = splitComment(result.document).join('\n');
    expect(all).not.toMatch(/s3cr3t|token-one|token-two/);
    expect(all).not.toContain('capabilities');
    expect(result.items.filter((item) => item.redacted).map((item) => item.job.path)).toEqual([
      'env/staging/c1/apps/vault',
      'env/prod/eu/apps/vault',
      'env/prod/us/apps/vault',
    ]);
  });

  it('reports the broken component and its targets as failed next to the good ones', () => {
    expect(result.failedPaths).toEqual([
      'env/staging/c1/apps/broken',
      'env/prod/eu/apps/broken',
      'env/prod/us/apps/broken',
    ]);
    expect(result.items[0]?.head.error).toMatch(/^kubectl kustomize env\/staging\/c1\/apps\/broken failed: /);
    expect(result.hasDiff).toBe(true);
  });

  it('renders each distinct tree and folder once and reports the time spent in the tools', () => {
    expect(result.renders).toBe(30);
    expect(result.toolMs).toBeGreaterThan(0);
  });

  it('builds the comment for the splitter', async () => {
    const parts = splitComment(result.document);
    expect(parts).toHaveLength(1);
    await expect(parts[0]).toMatchFileSnapshot(golden('use-case-source-change.md'));
  });

  it('compares the promoted folders of a promotion PR at base and head', async () => {
    repo.git('checkout', '-q', '-b', 'promotions/7-feature', base);
    const promotion = repo.commit(
      {
        'env/prod/eu/apps/web/kustomization.yaml': fixtureFile(`${staging}/web/kustomization.yaml`),
        'env/prod/us/apps/web/kustomization.yaml': fixtureFile(`${staging}/web/kustomization.yaml`),
      },
      'promote web',
    );
    repo.git('checkout', '-q', 'main');
    const metadata = {
      originalPrAuthor: 'dev',
      originalPrNumber: 7,
      promotedPaths: ['env/prod/us/apps/web/', 'env/prod/eu/apps/web/'],
      previousPromotionPaths: {},
    };
    const promoted = await run(promotion, metadata, ['promotion']);
    expect(promoted.promotionPr).toBe(true);
    expect(outline(promoted)).toEqual([
      'env/prod/eu/apps/web [kustomize/kustomize] +0 -0 ~1 =1',
      'env/prod/us/apps/web [kustomize/kustomize] +0 -0 ~1 =1',
    ]);
    await expect(splitComment(promoted.document)[0]).toMatchFileSnapshot(golden('use-case-promotion-pr.md'));
  });

  it('says there is nothing to render for a PR outside every source folder', async () => {
    repo.git('checkout', '-q', '-b', 'docs', base);
    const docs = repo.commit({ 'README.md': '# docs\n' }, 'docs');
    repo.git('checkout', '-q', 'main');
    const nothing = await run(docs);
    expect(nothing.items).toEqual([]);
    expect(nothing.document.header).toContain('Nothing to render');
  });
});
