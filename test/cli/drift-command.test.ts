import { describe, expect, it } from 'vitest';
import { cli, useTempRepos } from './cli-harness.js';

const LAB = 'clusters/lab/europe-west4/c1';
const { exampleRepo } = useTempRepos();

describe('telefonistka drift', () => {
  it('maps every component against every target folder as JSON', async () => {
    const repo = exampleRepo();
    const head = repo.commit({
      [`${LAB}/nginx/deployment.yaml`]: 'hotfix\n',
      [`${LAB}/nginx/extra.yaml`]: 'x\n',
    });
    const result = await cli(['drift', '--repo', repo.dir, '--format', 'json']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const map = JSON.parse(result.out);
    expect(map.commit).toBe(head);
    const workspace = map.tables.find((t: { sourcePath: string }) => t.sourcePath === 'workspace/');
    expect(workspace.rows.map((r: { source: string }) => r.source)).toEqual([
      'workspace/nginx',
      'workspace/podinfo',
    ]);
    expect(workspace.rows[0].cells).toEqual([
      {
        target: `${LAB}/nginx`,
        status: 'drifted',
        driftedFiles: ['deployment.yaml', 'extra.yaml'],
        acknowledgedFiles: [],
      },
    ]);
    expect(workspace.rows[1].cells[0].status).toBe('in-sync');
    const staging = map.tables.find(
      (t: { sourcePath: string }) => t.sourcePath === 'clusters/staging/[^/]*/[^/]*/',
    );
    const podinfo = staging.rows.find(
      (r: { source: string }) => r.source === 'clusters/staging/us-central1/c1/podinfo',
    );
    expect(podinfo.cells.map((c: { target: string; status: string }) => [c.target, c.status])).toEqual([
      ['clusters/prod/us-west1/c2/podinfo', 'in-sync'],
      ['clusters/prod/europe-west4/c2/podinfo', 'skipped'],
    ]);
  });

  it('renders markdown at an older revision and exits 1 with --exit-code when something drifted', async () => {
    const repo = exampleRepo();
    const base = repo.git('rev-parse', 'HEAD').trim();
    repo.commit({ [`${LAB}/nginx/deployment.yaml`]: 'hotfix\n' });
    const clean = await cli(['drift', '--repo', repo.dir, '--ref', base, '--exit-code']);
    expect(clean.code).toBe(0);
    expect(clean.out).toContain(`## Drift map at \`${base.slice(0, 7)}\``);
    expect(clean.out).toContain('| `workspace/nginx` | ✅ in sync |');
    const drifted = await cli(['drift', '--repo', repo.dir, '--exit-code', '--only-problems']);
    expect(drifted.code).toBe(1);
    expect(drifted.out).toContain('| `workspace/nginx` | ⚠️ drifted (1 file) |');
    expect(drifted.out).not.toContain('workspace/podinfo');
  });

  it('honours acknowledgements in component configs and the --today date', async () => {
    const repo = exampleRepo();
    repo.commit({
      [`${LAB}/nginx/replicas.yaml`]: 'replicas: 3\n',
      'workspace/nginx/telefonistka.yaml':
        'acknowledgedDrift:\n  - path: replicas.yaml\n    reason: lab\n    expires: 2026-06-30\n',
    });
    const before = JSON.parse(
      (await cli(['drift', '--repo', repo.dir, '--format', 'json', '--today', '2026-06-30'])).out,
    );
    const after = JSON.parse(
      (await cli(['drift', '--repo', repo.dir, '--format', 'json', '--today', '2026-07-01'])).out,
    );
    const cell = (map: { tables: { rows: { source: string; cells: unknown[] }[] }[] }) =>
      map.tables[0]!.rows.find((r) => r.source === 'workspace/nginx')!.cells[0];
    // The component config itself exists only in the source folder, so it drifts too.
    expect(cell(before)).toMatchObject({ status: 'drifted', acknowledgedFiles: ['replicas.yaml'] });
    expect(cell(after)).toMatchObject({ status: 'drifted', acknowledgedFiles: [] });
    expect((cell(after) as { driftedFiles: string[] }).driftedFiles).toContain('replicas.yaml');
  });

  it('rejects an unknown revision and an unknown format as usage errors', async () => {
    const repo = exampleRepo();
    expect((await cli(['drift', '--repo', repo.dir, '--ref', 'nope'])).code).toBe(64);
    expect((await cli(['drift', '--repo', repo.dir, '--format', 'yaml'])).code).toBe(64);
  });

  it('exits 2 with positions when the configuration is invalid', async () => {
    const repo = exampleRepo();
    repo.commit({ 'telefonistka.yaml': 'promotionPaths: [\n' });
    const result = await cli(['drift', '--repo', repo.dir]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^telefonistka\.yaml:\d+:\d+: /);
  });
});
