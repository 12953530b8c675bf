import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHistory } from '../../../src/adapters/git/create-git-history.js';
import { createGitSnapshot } from '../../../src/adapters/git/create-git-snapshot.js';
import { metadataComment } from '../../../src/core/promotion/encode-promotion-metadata.js';
import { silentLogger } from '../../../src/ports/logger.js';
import type { OpenPullInfo } from '../../../src/ports/open-pulls-port.js';
import { updateDashboard } from '../../../src/use-cases/dashboard/update-dashboard.js';
import { createTempGitRepo, type TempGitRepo } from '../../support/temp-git-repo.js';
import { createInMemoryIssues } from './in-memory-issues.js';

const BOT = 'github-actions[bot]';
const CONFIG = `promotionPaths:
  - sourcePath: "env/lab/"
    promotionPrs:
      - targetPaths: ["env/staging/"]
  - sourcePath: "env/staging/"
    promotionPrs:
      - targetPaths: ["env/prod/"]
dashboard:
  version:
    - file: values.yaml
      path: .image.tag
`;

const repos: TempGitRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

/** A bare repository written with one `git fast-import` (thousands of files in well under a second). */
function bareRepo(files: Record<string, string>): TempGitRepo {
  const dir = mkdtempSync(path.join(tmpdir(), 'dashboard-large-'));
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', dir]);
  let commits = 0;
  const commit = (changes: Record<string, string | null>): string => {
    const lines = Object.entries(changes).map(([file, text]) =>
      text === null ? `D ${file}\n` : `M 100644 inline ${file}\ndata ${Buffer.byteLength(text)}\n${text}\n`,
    );
    const parent = commits === 0 ? '' : 'from refs/heads/main^0\n';
    commits++;
    execFileSync('git', ['-C', dir, 'fast-import', '--quiet'], {
      input: `commit refs/heads/main\ncommitter Test <test@example.com> 1767225600 +0000\ndata 7\nchange\n${parent}${lines.join('')}\n`,
      maxBuffer: 1 << 28,
    });
    return execFileSync('git', ['-C', dir, 'rev-parse', 'main'], { encoding: 'utf8' }).trim();
  };
  commit(files);
  const repo: TempGitRepo = {
    dir,
    git: (...args) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }),
    commit,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  repos.push(repo);
  return repo;
}

function chainFiles(components: number): Record<string, string> {
  const files: Record<string, string> = { 'telefonistka.yaml': CONFIG };
  for (let i = 0; i < components; i++) {
    const name = `app-${String(i).padStart(4, '0')}`;
    for (const env of ['lab', 'staging', 'prod'])
      files[`env/${env}/${name}/values.yaml`] = `image:\n  tag: 1.0.${i}\n`;
  }
  return files;
}

function chainRepo(components: number): TempGitRepo {
  const files: Record<string, string> = { 'telefonistka.yaml': CONFIG };
  for (let i = 0; i < components; i++) {
    const name = `app-${String(i).padStart(4, '0')}`;
    for (const env of ['lab', 'staging', 'prod'])
      files[`env/${env}/${name}/values.yaml`] = `image:\n  tag: 1.0.${i}\n`;
  }
  const repo = createTempGitRepo({ files });
  repos.push(repo);
  return repo;
}

function deps(
  repo: TempGitRepo,
  issues: ReturnType<typeof createInMemoryIssues>,
  pulls: OpenPullInfo[] = [],
) {
  let reads = 0;
  return {
    deps: {
      snapshot: createGitSnapshot(repo.dir),
      history: createGitHistory(repo.dir),
      openPulls: {
        listOpenPullsWithViewer: async () => {
          reads++;
          return { viewer: BOT, pulls };
        },
      },
      issues: issues.port,
      logger: silentLogger,
    },
    reads: () => reads,
  };
}

const head = (repo: TempGitRepo): string => repo.git('rev-parse', 'HEAD').trim();

describe('updateDashboard', () => {
  it('retries a pin GitHub refused once per update until it is pinned, then spends nothing on it', async () => {
    const repo = chainRepo(2);
    const refusal: { pinRefusal?: string } = { pinRefusal: 'Resource not accessible by integration' };
    const issues = createInMemoryIssues(BOT, refusal);
    const update = () =>
      updateDashboard(
        { commit: head(repo), today: '2026-12-05' },
        {
          ...deps(repo, issues).deps,
          openPulls: {
            // The pinned issues come with the open PRs, in the same query.
            listOpenPullsWithViewer: async () => ({
              viewer: BOT,
              pulls: [],
              pinned: { numbers: [...issues.pinned], total: issues.pinned.size },
            }),
          },
        },
      );
    const since = (start: number) => issues.log.slice(start);
    const created = await update();
    expect(created).toMatchObject({ created: true, pin: { pinned: false } });
    expect(issues.log).toEqual(['GET issues', 'POST issue', 'POST pinIssue', 'PATCH issue']);
    expect(issues.shown(1)[0]).toContain('<!-- telefonistka:dashboard:pin-refused -->');

    let start = issues.log.length;
    const refusedAgain = await update();
    expect(refusedAgain).toMatchObject({ unchanged: true, pin: { pinned: false } });
    expect(since(start)).toEqual(['GET issues', 'POST pinIssue']);

    delete refusal.pinRefusal;
    start = issues.log.length;
    const pinned = await update();
    expect(pinned).toMatchObject({ pin: { pinned: true } });
    expect(since(start)).toEqual(['GET issues', 'POST pinIssue', 'PATCH issue']);
    expect([...issues.pinned]).toEqual([1]);
    expect(issues.shown(1)[0]).not.toContain('pin-refused');

    start = issues.log.length;
    expect(await update()).toMatchObject({ unchanged: true, writes: 0 });
    expect(since(start)).toEqual(['GET issues']);
  });

  it('creates the issue once, then spends one read and no write when nothing changed', async () => {
    const repo = chainRepo(3);
    const issues = createInMemoryIssues(BOT);
    const first = deps(repo, issues);
    const created = await updateDashboard({ commit: head(repo), today: '2026-12-05' }, first.deps);
    expect(created).toMatchObject({
      status: 'written',
      created: true,
      parts: 1,
      components: 3,
      environments: 3,
    });
    expect(issues.shown(1)[0]).toContain('| `app-0001` | `1.0.1` <sub>2026-01-01</sub> | `1.0.1` ✅');

    issues.log.length = 0;
    const again = deps(repo, issues);
    const unchanged = await updateDashboard({ commit: head(repo), today: '2026-12-05' }, again.deps);
    expect(unchanged).toMatchObject({ status: 'written', created: false, unchanged: true, writes: 0 });
    // dashboardUpdateCalls: one GraphQL read (viewer + open PRs) and one issue list.
    expect(again.reads() + issues.port.callCount()).toBe(2);
    expect(issues.writes()).toBe(0);
  });

  it('tracks a promotion along the chain: drift, the open PR, then in sync', async () => {
    const repo = chainRepo(1);
    const issues = createInMemoryIssues(BOT);
    await updateDashboard({ commit: head(repo), today: '2026-12-05' }, deps(repo, issues).deps);
    repo.commit({ 'env/lab/app-0000/values.yaml': 'image:\n  tag: 2.0.0\n' });
    const metadata = metadataComment({
      originalPrAuthor: 'alice',
      originalPrNumber: 4,
      promotedPaths: ['env/staging/app-0000/'],
      previousPromotionPaths: {},
    });
    const pr = {
      number: 5,
      url: 'https://github.test/pull/5',
      headRef: 'promotions/4-x',
      body: metadata,
      author: BOT,
    };
    const forged = { ...pr, number: 6, url: 'https://github.test/pull/6', author: 'mallory' };
    await updateDashboard({ commit: head(repo), today: '2026-12-05' }, deps(repo, issues, [pr, forged]).deps);
    const body = issues.shown(1)[0]!;
    expect(body).toContain(
      '| `app-0000` | `2.0.0` <sub>2026-01-01</sub> | `1.0.0` 🔶 [#5](https://github.test/pull/5)',
    );
    expect(body).not.toContain('#6');
    expect(body).toContain('env0 -->|"1 pending · PR #35;5"| env1');
    repo.commit({ 'env/staging/app-0000/values.yaml': 'image:\n  tag: 2.0.0\n' });
    await updateDashboard({ commit: head(repo), today: '2026-12-05' }, deps(repo, issues).deps);
    expect(issues.shown(1)[0]).toContain('| `2.0.0` ✅ <sub>2026-01-01</sub> | `1.0.0` 🔶');
    expect(issues.issues.size).toBe(1);
  });

  it('never adopts a look-alike issue opened by someone else', async () => {
    const repo = chainRepo(1);
    const issues = createInMemoryIssues(BOT);
    await issues.port.as('mallory').createIssue({
      title: 'x',
      body: '<!-- telefonistka_tag -->\n<!-- telefonistka:dashboard -->\nfake',
      labels: ['telefonistka-dashboard'],
    });
    const result = await updateDashboard(
      { commit: head(repo), today: '2026-12-05' },
      deps(repo, issues).deps,
    );
    expect(result).toMatchObject({ created: true, issue: 2 });
    expect(issues.shown(1)[0]).toContain('fake');
  });

  it('splits a 2,000-component dashboard into parts and updates them in place', async () => {
    const repo = bareRepo(chainFiles(2_000));
    const issues = createInMemoryIssues(BOT);
    const created = await updateDashboard(
      { commit: head(repo), today: '2026-12-05' },
      deps(repo, issues).deps,
    );
    expect(created.status === 'written' && created.parts).toBeGreaterThan(2);
    const before = issues.shown(1);
    expect(before).toHaveLength(created.status === 'written' ? created.parts : 0);
    for (const part of before) expect(part.length).toBeLessThanOrEqual(65_536);
    repo.commit({ 'env/lab/app-1999/values.yaml': 'image:\n  tag: 9.9.9\n' });
    issues.log.length = 0;
    await updateDashboard({ commit: head(repo), today: '2026-12-05' }, deps(repo, issues).deps);
    const after = issues.shown(1);
    expect(after).toHaveLength(before.length);
    expect(after.join('\n')).toContain('| `app-1999` | `9.9.9`');
    // In place: the body (digest), the part holding app-1999 and the Actions part (app-1999 is pending in staging
    // now: its promote and hold boxes) are edited; nothing created or deleted.
    expect(issues.log.filter((entry) => entry.startsWith('POST') || entry.startsWith('DELETE'))).toEqual([]);
    expect(issues.log.filter((entry) => entry.startsWith('PATCH'))).toEqual([
      'PATCH issue',
      'PATCH comment',
      'PATCH comment',
    ]);
    expect(after.slice(1).join('\n')).toContain('<!-- telefonistka:action promote env/staging/app-1999 -->');
    const changed = after.slice(1).filter((part, i) => part !== before[i + 1]);
    expect(changed).toHaveLength(2);
    expect(changed.filter((part) => part.includes('| `app-1999` |'))).toHaveLength(1);
    expect(changed.filter((part) => part.includes('Promote now') && part.includes('app-1999'))).toHaveLength(
      1,
    );
  });

  it('writes nothing when the dashboard is off', async () => {
    const repo = chainRepo(1);
    repo.commit({ 'telefonistka.yaml': `${CONFIG.replace(/dashboard:[\s\S]*/, '')}dashboard: off\n` });
    const issues = createInMemoryIssues(BOT);
    const setup = deps(repo, issues);
    expect(await updateDashboard({ commit: head(repo), today: '2026-12-05' }, setup.deps)).toEqual({
      status: 'skipped',
      reason: 'dashboard: off in telefonistka.yaml',
    });
    expect(setup.reads() + issues.port.callCount()).toBe(0);
  });
});
