import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHistory } from '../../../src/adapters/git/create-git-history.js';
import { createGitSnapshot } from '../../../src/adapters/git/create-git-snapshot.js';
import { renderDashboardJson } from '../../../src/core/dashboard/render-dashboard-json.js';
import { renderDashboardParts } from '../../../src/core/dashboard/render-dashboard-parts.js';
import { renderDriftMapJson } from '../../../src/core/drift/render-drift-map-json.js';
import { renderDriftMapMarkdown } from '../../../src/core/drift/render-drift-map.js';
import { silentLogger } from '../../../src/ports/logger.js';
import type { RepoSnapshotPort } from '../../../src/ports/repo-snapshot-port.js';
import { buildRepositoryDashboard } from '../../../src/use-cases/dashboard/build-repository-dashboard.js';
import { createTempGitRepo, type TempGitRepo } from '../../support/temp-git-repo.js';

// Names chosen where git's tree order and code point order disagree (`app` < `app-eu` < `app.v2` by code point,
// but git lists the folder `app` after `app-eu` and `app.v2`), a surrogate pair against a U+E000+ unit, a space,
// nested components (componentPathExtraDepth), a folder missing downstream, drifted and acknowledged files, a
// blocked target, a version file only the YAML parser reads, and a hold.
const CONFIG = `promotionPaths:
  - sourcePath: "env/lab/"
    promotionPrs:
      - targetPaths: ["env/staging/", "env/staging-eu/"]
  - sourcePath: "env/staging/"
    promotionPrs:
      - targetPaths: ["env/prod/"]
  - sourcePath: "regions/[^/]+/"
    componentPathExtraDepth: 1
    promotionPrs:
      - targetPaths: ["env/prod-regional/"]
dashboard:
  version:
    - file: values.yaml
      path: .image.tag
    - file: chart/Chart.yaml
      path: .appVersion
`;

const NAMES = ['app', 'app-eu', 'app.v2', 'app/x', 'z 😀', 'z \uE000', 'Ω', 'nginx', 'a'];

function values(tag: string): string {
  return `image:\n  repository: registry.example.com/app\n  tag: ${tag}\n`;
}

function seed(): Record<string, string> {
  const files: Record<string, string> = { 'telefonistka.yaml': CONFIG };
  NAMES.forEach((name, i) => {
    files[`env/lab/${name}/values.yaml`] = values(`1.${i}.1`);
    files[`env/lab/${name}/templates/deploy.yaml`] = `kind: Deployment\nname: ${name}\n`;
    files[`env/lab/${name}/templates-extra.yaml`] = `extra: ${i}\n`;
    if (i % 3 !== 2) files[`env/staging/${name}/values.yaml`] = values(`1.${i}.${i % 2}`);
    if (i % 3 !== 2) files[`env/staging/${name}/templates/deploy.yaml`] = `kind: Deployment\nname: ${name}\n`;
    if (i % 3 !== 2) files[`env/staging/${name}/templates-extra.yaml`] = `extra: ${i}\n`;
    if (i % 2 === 0) files[`env/staging-eu/${name}/values.yaml`] = values(`1.${i}.1`);
    if (i % 4 === 0) files[`env/prod/${name}/values.yaml`] = values(`1.${i}.0`);
    if (i % 4 === 0) files[`env/prod/${name}/only-in-prod.yaml`] = 'x: 1\n';
  });
  files['env/lab/nginx/telefonistka.yaml'] =
    `promotionTargetBlockList: ['^env/staging-eu/']\nacknowledgedDrift:\n  - path: templates-extra.yaml\n    reason: intended\n`;
  files['env/staging/nginx/templates-extra.yaml'] = 'extra: different\n';
  files['env/lab/a/values.yaml'] = '# flow style, read by the YAML parser\nimage: { tag: "2.0.0" }\n';
  files['env/lab/a/chart/Chart.yaml'] = 'apiVersion: v2\nappVersion: 9.9.9\n';
  files['regions/eu/team-a/api/values.yaml'] = values('3.0.0');
  files['regions/eu/team-a/api/chart/Chart.yaml'] = 'appVersion: 3.0.0-chart\n';
  files['regions/us/team-b/web/values.yaml'] = values('4.0.0');
  files['env/prod-regional/team-a/api/values.yaml'] = values('3.0.0');
  files['env/prod-regional/team-a/api/chart/Chart.yaml'] = 'appVersion: 3.0.0-chart\n';
  files['.telefonistka/holds.yaml'] =
    'holds:\n  - folder: env/prod/app\n    reason: rolled back from #42\n    by: octocat\n    since: "2026-12-05T13:00:00Z"\n';
  return files;
}

let repo: TempGitRepo;
let commit = '';

beforeAll(() => {
  repo = createTempGitRepo({ files: seed() });
  // A later commit on top: the last-change walk reads two commits, and dates the folders it changed later.
  for (const [file, text] of Object.entries({
    'env/staging/app-eu/values.yaml': values('1.1.7'),
    'env/lab/Ω/new.yaml': 'n: 1\n',
    'env/lab/app/templates/more.yaml': 'more: 1\n',
    'env/lab/app/templates/zz.yaml': 'zz: 1\n',
  })) {
    mkdirSync(path.dirname(path.join(repo.dir, file)), { recursive: true });
    writeFileSync(path.join(repo.dir, file), text);
  }
  repo.git('add', '-A');
  const date = '2026-03-04T05:06:07Z';
  execFileSync('git', ['commit', '-q', '-m', 'later'], {
    cwd: repo.dir,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
  commit = repo.git('rev-parse', 'HEAD').trim();
});

afterAll(() => repo.remove());

/** The same checkout read through a plain `Map` of every entry (the shape GitHub's tree API gives). */
function plainMapSnapshot(snapshot: RepoSnapshotPort): RepoSnapshotPort {
  return {
    source: snapshot.source,
    readTree: async (rev) => new Map(await snapshot.readTree(rev)),
    readFile: (rev, path) => snapshot.readFile(rev, path),
  };
}

async function render(snapshot: RepoSnapshotPort): Promise<{ parts: string; json: string; drift: string }> {
  const built = await buildRepositoryDashboard(
    { commit, today: '2026-12-05' },
    { snapshot, history: createGitHistory(repo.dir), logger: silentLogger },
  );
  const { buildRepositoryDriftMap } =
    await import('../../../src/use-cases/pr-checks/build-repository-drift-map.js');
  const drift = await buildRepositoryDriftMap(
    { commit, today: '2026-12-05' },
    { snapshot, logger: silentLogger },
  );
  return {
    parts: renderDashboardParts(built.dashboard, { commitSha: commit }).join('\n\n<!-- part -->\n\n'),
    json: renderDashboardJson(built.dashboard, commit),
    drift: `${renderDriftMapMarkdown(drift.map, { commitSha: commit })}\n\n${renderDriftMapJson(drift.map, commit)}`,
  };
}

describe('buildRepositoryDashboard (golden, from a git checkout)', () => {
  it('renders the matrix, its JSON and the drift map byte for byte as recorded', async () => {
    const out = await render(createGitSnapshot(repo.dir));
    await expect(out.parts).toMatchFileSnapshot('../../golden/dashboard/checkout-dashboard.md');
    await expect(out.json).toMatchFileSnapshot('../../golden/dashboard/checkout-dashboard.json');
    await expect(out.drift).toMatchFileSnapshot('../../golden/dashboard/checkout-drift-map.md');
  });

  it('renders the same bytes from a plain Map of the tree as from the checkout', async () => {
    const checkout = createGitSnapshot(repo.dir);
    expect(await render(plainMapSnapshot(checkout))).toEqual(await render(checkout));
  });
});
