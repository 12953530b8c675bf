import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, useTempRepos } from './cli-harness.js';

const { exampleRepo } = useTempRepos();
const exampleConfig = readFileSync(
  path.resolve(import.meta.dirname, '../../examples/iac-repo/telefonistka.yaml'),
  'utf8',
);
const withVersion = `${exampleConfig}dashboard:
  version:
    - file: deployment.yaml
      path: .spec.template.spec.containers[0].image
`;

interface JsonCell {
  environment: string;
  version: string | null;
  status: string;
  lastChange: string | null;
}

describe('telefonistka dashboard', () => {
  it('prints every component in every environment in chain order as JSON, with versions and drift', async () => {
    const repo = exampleRepo();
    const nginx = readFileSync(path.join(repo.dir, 'workspace/nginx/deployment.yaml'), 'utf8');
    const head = repo.commit({
      'telefonistka.yaml': withVersion,
      'workspace/nginx/deployment.yaml': nginx.replace('nginx:1.27.0', 'nginx:1.28.0'),
    });
    const result = await cli(['dashboard', '--repo', repo.dir, '--format', 'json']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as {
      commit: string;
      environments: string[];
      rows: { component: string; cells: JsonCell[] }[];
    };
    expect(json.commit).toBe(head);
    expect(json.environments).toEqual([
      'workspace/',
      'clusters/lab/europe-west4/c1/',
      'clusters/staging/us-central1/c1/',
      'clusters/staging/europe-west4/c1/',
      'clusters/prod/us-west1/c2/',
      'clusters/prod/europe-west4/c2/',
    ]);
    expect(json.rows.map((row) => row.component)).toEqual(['nginx', 'podinfo']);
    const nginxCells = json.rows[0]!.cells;
    expect(nginxCells.slice(0, 3).map((cell) => [cell.version, cell.status])).toEqual([
      ['nginx:1.28.0', 'source'],
      ['nginx:1.27.0', 'drifted'],
      ['nginx:1.27.0', 'in-sync'],
    ]);
    expect(nginxCells[0]!.lastChange).toBe('2026-01-01T00:00:00Z');
  });

  it("shows the holds of the checkout's holds file, and warns without failing when the file is broken", async () => {
    const repo = exampleRepo();
    repo.commit({
      '.telefonistka/holds.yaml':
        'holds:\n  - folder: clusters/prod/us-west1/c2/nginx/\n    reason: "rolled back from #42"\n    by: octocat\n    since: "2026-12-05T13:00:00Z"\n',
    });
    const result = await cli(['dashboard', '--repo', repo.dir, '--format', 'json']);
    expect(result.err).toBe('');
    const json = JSON.parse(result.out) as {
      rows: { component: string; cells: (JsonCell & { hold: unknown })[] }[];
    };
    const held = json.rows.flatMap((row) =>
      row.cells
        .filter((cell) => cell.hold !== null)
        .map((cell) => [row.component, cell.environment, cell.hold]),
    );
    expect(held).toEqual([
      [
        'nginx',
        'clusters/prod/us-west1/c2/',
        { reason: 'rolled back from #42', by: 'octocat', since: '2026-12-05T13:00:00Z' },
      ],
    ]);
    const rows = (await cli(['dashboard', '--repo', repo.dir])).out
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    expect(rows.filter((line) => line.includes('🔒')).map((line) => line.split(' | ')[0])).toEqual([
      '| `nginx`',
    ]);

    repo.commit({ '.telefonistka/holds.yaml': 'holds: 3\n' });
    const broken = await cli(['dashboard', '--repo', repo.dir, '--format', 'json']);
    expect(broken.code).toBe(0);
    expect(broken.err).toContain(
      'warning: holds are not shown: .telefonistka/holds.yaml:1:8: `holds` must be a list',
    );
  });

  it('prints markdown with the promotion graph and the matrix', async () => {
    const repo = exampleRepo();
    const result = await cli(['dashboard', '--repo', repo.dir]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('```mermaid\nflowchart LR\n  env0["workspace/"]');
    expect(result.out).toContain('env0 -->|"in sync"| env1');
    expect(result.out).toMatch(/^\| `nginx` \| `[0-9a-f]{7}` <sub>2026-01-01<\/sub> \| `[0-9a-f]{7}` ✅/m);
  });

  it('exits 2 with file:line:col for an invalid dashboard setting and 64 for an unknown format', async () => {
    const repo = exampleRepo();
    repo.commit({ 'telefonistka.yaml': `${exampleConfig}dashboard: sometimes\n` });
    const bad = await cli(['dashboard', '--repo', repo.dir]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/telefonistka\.yaml:28:12: `dashboard` must be `on` or `off`, not "sometimes"/);
    expect((await cli(['dashboard', '--repo', repo.dir, '--format', 'yaml'])).code).toBe(64);
  });
});
