import { describe, expect, it } from 'vitest';
import { cli, useTempRepos } from './cli-harness.js';

const { exampleRepo, repo: tempRepo } = useTempRepos();

/** `telefonistka plan` for one commit changing `files` in the example repository. */
async function planChange(files: Record<string, string | null>, extra: string[] = []) {
  const repo = exampleRepo();
  const base = repo.git('rev-parse', 'HEAD').trim();
  const head = repo.commit(files);
  return cli(['plan', '--repo', repo.dir, '--base', base, '--head', head, ...extra]);
}

describe('telefonistka plan', () => {
  it('plans the lab promotion of a workspace change as JSON', async () => {
    const result = await planChange({ 'workspace/nginx/deployment.yaml': 'changed: true\n' }, [
      '--pr-number',
      '7',
      '--pr-head-ref',
      'main',
      '--pr-author',
      'alice',
    ]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.out);
    expect(plan.promotions).toHaveLength(1);
    expect(plan.promotions[0]).toMatchObject({
      sourcePath: 'workspace/',
      components: ['nginx'],
      targetPaths: ['clusters/lab/europe-west4/c1/'],
      syncPaths: [
        { source: 'workspace/nginx', target: 'clusters/lab/europe-west4/c1/nginx', deleted: false },
      ],
      labels: ['promotion', 'gitops'],
      title: '🚀 Promotion: nginx ➡️  Lab clusters',
    });
    expect(plan.promotions[0].branch).toMatch(/^promotions\/7-main-[0-9a-f]{12}$/);
  });

  it('plans a removal when a change deletes a whole component folder', async () => {
    const result = await planChange({
      'workspace/nginx/deployment.yaml': null,
      'workspace/nginx/kustomization.yaml': null,
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).promotions[0].syncPaths).toEqual([
      { source: 'workspace/nginx', target: 'clusters/lab/europe-west4/c1/nginx', deleted: true },
    ]);
  });

  it('shows the deletion for `plan --base main --head feature` when the branch deletes a component folder', async () => {
    const repo = exampleRepo();
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit({ 'workspace/nginx/deployment.yaml': null, 'workspace/nginx/kustomization.yaml': null });
    const result = await cli([
      'plan',
      '--repo',
      repo.dir,
      '--base',
      'main',
      '--head',
      'feature',
      '--format',
      'text',
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('delete workspace/nginx -> clusters/lab/europe-west4/c1/nginx');
    expect(result.out).not.toContain('sync   workspace/nginx');
  });

  it('skips a blocked target of a component and says so in text output', async () => {
    const result = await planChange(
      { 'clusters/staging/us-central1/c1/podinfo/values.yaml': 'replicaCount: 2\n' },
      ['--format', 'text'],
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      'sync   clusters/staging/us-central1/c1/podinfo -> clusters/prod/us-west1/c2/podinfo',
    );
    expect(result.out).toContain('skip   podinfo -> clusters/prod/europe-west4/c2/');
  });

  it('gives an empty plan and exit 0 for a repository without telefonistka.yaml', async () => {
    const repo = tempRepo({ 'a/b/c.yaml': 'x' });
    const base = repo.git('rev-parse', 'HEAD').trim();
    const head = repo.commit({ 'a/b/c.yaml': 'y' });
    const result = await cli(['plan', '--repo', repo.dir, '--base', base, '--head', head]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).promotions).toEqual([]);
  });

  it('exits 2 with file:line:col on stderr for an invalid configuration', async () => {
    const repo = tempRepo({
      'telefonistka.yaml': 'promotionPaths:\n  - sourcePath: "x/"\n    promotionPRs: []\n',
    });
    const head = repo.git('rev-parse', 'HEAD').trim();
    const result = await cli(['plan', '--repo', repo.dir, '--base', head, '--head', head]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^telefonistka\.yaml:3:5: .*promotionPRs.*promotionPrs/m);
  });

  it('exits 64 when a required flag is missing', async () => {
    const result = await cli(['plan', '--head', 'x']);
    expect(result.code).toBe(64);
    expect(result.err).toContain('--base');
  });
});

describe('telefonistka validate', () => {
  it('accepts the example repository', async () => {
    const repo = exampleRepo();
    const result = await cli(['validate', '--repo', repo.dir]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('6 configuration file(s) valid');
  });

  it('reports every broken component config with its position and exits 2', async () => {
    const repo = exampleRepo();
    repo.commit({
      'workspace/nginx/telefonistka.yaml': 'promotionTargetBlockList:\n  - "(unclosed"\n',
      'workspace/podinfo/telefonistka.yaml': 'disableArgoCDDif: true\n',
    });
    const result = await cli(['validate', '--repo', repo.dir]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^workspace\/nginx\/telefonistka\.yaml:2:5: /m);
    expect(result.err).toMatch(/^workspace\/podinfo\/telefonistka\.yaml:1:1: .*disableArgoCDDiff/m);
  });
});

describe('telefonistka', () => {
  it('lists the commands for --help and rejects unknown commands with 64', async () => {
    expect((await cli(['--help'])).out).toContain('plan');
    expect((await cli(['frobnicate'])).code).toBe(64);
  });
});
