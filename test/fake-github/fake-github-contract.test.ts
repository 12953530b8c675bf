// The typed GitHub fake answers as the GitHub emulator (through the Octokit adapter) does: the same scenario
// runs on both and the outcomes, with SHAs and ids left out, must be equal. A use-case test on the fake then
// means what it would mean on the emulator.
import { afterEach, describe, expect, it } from 'vitest';
import { ExternalError } from '../../src/core/errors/external-error.js';
import { createOctokitGitHub } from '../../src/adapters/github/create-octokit-github.js';
import type { GitHubPort } from '../../src/ports/github-port.js';
import { silentLogger } from '../../src/ports/logger.js';
import { createFakeGitHub } from '../support/fake-github/create-fake-github.js';
import { startGitHubEmulator } from '../support/github-emulator/index.js';

const FILES = { 'apps/a.yaml': 'a: 1\n', 'apps/b.yaml': 'b: 1\n', 'README.md': 'hi\n' };

/** One repository `acme/iac` seen as the App identity, with seeding helpers acting as other people. */
interface Subject {
  github: GitHubPort;
  /** Commits as alice on `branch`, created from `from` when missing; returns the commit SHA. */
  commit: (branch: string, files: Record<string, string | null>, from?: string) => Promise<string>;
  /** Opens a PR from `head` into main as alice; returns its number. */
  openPull: (head: string, title: string) => Promise<number>;
  setStatus: (sha: string, context: string) => Promise<void>;
  allow: (settings: { autoMerge?: boolean; squash?: boolean }) => void;
  requireChecks: (branch: string, contexts: string[]) => void;
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function onEmulator(): Promise<Subject> {
  const emulator = await startGitHubEmulator({ preset: 'new-repository' });
  closers.push(() => emulator.close());
  await emulator.createRepo({ owner: 'acme', name: 'iac', files: FILES });
  const repo = { owner: 'acme', repo: 'iac' };
  const github = createOctokitGitHub({
    ...repo,
    token: emulator.tokens.app,
    baseUrl: emulator.apiUrl,
    logger: silentLogger,
    writeIntervalMs: 0,
  });
  const admin = createOctokitGitHub({
    ...repo,
    token: emulator.tokens.admin,
    baseUrl: emulator.apiUrl,
    logger: silentLogger,
    writeIntervalMs: 0,
  });
  return {
    github,
    commit: (branch, files, from) =>
      emulator.commitFiles({
        ...repo,
        branch,
        files,
        message: 'change',
        author: 'alice',
        from: from ?? 'main',
      }),
    openPull: async (head, title) =>
      (await emulator.openPullRequest({ ...repo, head, base: 'main', title, user: 'alice' })).number,
    setStatus: (sha, context) =>
      admin.createCommitStatus(sha, { state: 'success', context, description: 'green' }),
    allow: ({ autoMerge, squash }) =>
      emulator.setRepoSettings('acme', 'iac', {
        ...(autoMerge === undefined ? {} : { allowAutoMerge: autoMerge }),
        ...(squash === undefined ? {} : { allowSquashMerge: squash }),
      }),
    requireChecks: (branch, contexts) =>
      emulator.setBranchProtection('acme', 'iac', branch, {
        requiredStatusChecks: contexts,
        requiredApprovingReviewCount: null,
        enforceAdmins: false,
      }),
  };
}

async function onFake(): Promise<Subject> {
  const fake = createFakeGitHub({
    files: FILES,
    permissions: { alice: 'write', approver: 'write', reader: 'read', 'repo-admin': 'admin' },
  });
  return {
    github: fake.github,
    commit: async (branch, files, from) =>
      fake.commit({
        branch,
        files,
        ...(fake.branches.has(branch) ? {} : { parents: [fake.branches.get(from ?? 'main') ?? ''] }),
      }),
    openPull: async (head, title) => fake.openPullRequest({ head, title, author: 'alice' }).number,
    setStatus: async (sha, context) => {
      fake.state.statuses.unshift({
        sha,
        context,
        state: 'success',
        description: 'green',
        targetUrl: undefined,
      });
    },
    allow: ({ autoMerge, squash }) => {
      const { settings } = fake.state;
      if (autoMerge !== undefined) settings.allowAutoMerge = autoMerge;
      if (squash === false) settings.mergeMethods = settings.mergeMethods.filter((m) => m !== 'squash');
    },
    requireChecks: (branch, contexts) =>
      fake.protect(branch, { requiredApprovingReviews: 0, requiredStatusChecks: contexts }),
  };
}

/** Runs `scenario` on the emulator and on the fake; both must give the same outcome. */
async function sameOnBoth(scenario: (subject: Subject) => Promise<unknown>): Promise<unknown> {
  const emulated = await scenario(await onEmulator());
  const faked = await scenario(await onFake());
  expect(faked).toEqual(emulated);
  return faked;
}

describe('the typed GitHub fake', () => {
  it('writes trees, commits and branches as GitHub does, refusing an existing branch and a stale swap', async () => {
    const outcome = await sameOnBoth(async ({ github }) => {
      const main = (await github.getBranchSha('main'))!;
      const { treeSha } = await github.getCommit(main);
      const tree = await github.createTree(treeSha, [
        { path: 'apps/a.yaml', mode: '100644', type: 'blob', content: 'a: 2\n' },
        { path: 'apps/b.yaml', mode: '100644', type: 'blob', sha: null },
      ]);
      const commit = await github.createCommit({ message: 'bump', tree, parents: [main] });
      return {
        missing: await github.getBranchSha('feature'),
        created: await github.createBranch('feature', commit),
        again: await github.createBranch('feature', main),
        stale: await github.replaceBranch('feature', { from: main, to: main }),
        text: await github.getFileText('feature', 'apps/a.yaml'),
        gone: await github.getFileText('feature', 'apps/b.yaml'),
        parents: (await github.getCommit(commit)).parents.length,
        swapped: await github.replaceBranch('feature', { from: commit, to: main }),
        deleted: await github.deleteBranch('feature').then(() => github.getBranchSha('feature')),
      };
    });
    expect(outcome).toMatchObject({
      created: 'written',
      again: 'exists',
      stale: 'conflict',
      swapped: 'written',
    });
  });

  it('lists the same recursive tree: folders and files with their modes', async () => {
    await sameOnBoth(async ({ github }) => {
      const { treeSha } = await github.getCommit((await github.getBranchSha('main'))!);
      const { entries, truncated } = await github.getTree(treeSha, { recursive: true });
      const top = await github.getTree(treeSha, { recursive: false });
      return {
        entries: entries.map(({ path, mode, type }) => [path, mode, type]),
        top: top.entries.map((entry) => entry.path),
        truncated,
      };
    });
  });

  it('compares and lists PR files alike: modified, added, renamed, removed, and how the heads relate', async () => {
    const outcome = await sameOnBoth(async ({ github, commit, openPull }) => {
      await commit('feature', {
        'apps/a.yaml': 'a: 2\n',
        'apps/b.yaml': null,
        'apps/moved/b.yaml': 'b: 1\n',
        'apps/new.yaml': 'new\n',
        'README.md': null,
      });
      const number = await openPull('feature', 'Change');
      const ahead = await github.compareCommits('main', 'feature');
      const behind = await github.compareCommits('feature', 'main');
      await commit('main', { 'other.txt': 'x\n' });
      const diverged = await github.compareCommits('main', 'feature');
      return {
        files: ahead.files,
        statuses: [ahead.status, behind.status, diverged.status],
        pullFiles: await github.listPullRequestFiles(number),
        truncated: ahead.truncated,
      };
    });
    expect(outcome).toMatchObject({ statuses: ['ahead', 'behind', 'diverged'] });
  });

  it('opens, finds, edits and closes pull requests, and refuses a second PR for the same head', async () => {
    await sameOnBoth(async ({ github, commit }) => {
      await commit('feature', { 'apps/a.yaml': 'a: 2\n' });
      const opened = await github.createPullRequest({ title: 'T', body: 'B', head: 'feature', base: 'main' });
      const duplicate = await github.createPullRequest({
        title: 'T',
        body: 'B',
        head: 'feature',
        base: 'main',
      });
      const listed = await github.listOpenPullRequests({ head: 'feature' });
      await github.updatePullRequest(opened!.number, { title: 'T2', state: 'closed' });
      const closed = await github.getPullRequest(opened!.number);
      const pick = ({ title, body, state, merged, headRef, baseRef, author, labels }: typeof closed) => ({
        title,
        body,
        state,
        merged,
        headRef,
        baseRef,
        author,
        labels,
      });
      return {
        opened: pick(opened!),
        duplicate,
        listed: listed.map(pick),
        closed: pick(closed),
        afterClose: await github.listOpenPullRequests({}),
      };
    });
  });

  it('merges only with the current head SHA and an allowed method, then the base has the change', async () => {
    const outcome = await sameOnBoth(async ({ github, commit, openPull, allow }) => {
      const old = await commit('feature', { 'apps/a.yaml': 'a: 2\n' });
      const head = await commit('feature', { 'apps/new.yaml': 'new\n' });
      const number = await openPull('feature', 'Change');
      allow({ squash: false });
      const stale = await github.mergePullRequest(number, { sha: old });
      const squash = await github.mergePullRequest(number, { sha: head, method: 'squash' });
      const merged = await github.mergePullRequest(number, { sha: head, method: 'merge' });
      const pr = await github.getPullRequest(number);
      return {
        stale: stale.merged ? 'merged' : stale.refusal,
        squash: squash.merged ? 'merged' : squash.refusal,
        merged: merged.merged,
        pr: [pr.state, pr.merged, pr.mergeCommitSha === (merged.merged ? merged.sha : '')],
        mergedBy: pr.mergedBy,
        text: await github.getFileText('main', 'apps/a.yaml'),
        added: await github.getFileText('main', 'apps/new.yaml'),
        again: await github
          .mergePullRequest(number, { sha: head })
          .then((o) => (o.merged ? 'merged' : o.refusal)),
      };
    });
    expect(outcome).toMatchObject({
      stale: 'head-modified',
      squash: 'merge-method-not-allowed',
      merged: true,
      // GET /pulls/{n} names who merged it: the token's identity (mergeWithRetry tells a lost merge by it).
      mergedBy: 'telefonistka[bot]',
      again: 'not-mergeable',
    });
  });

  it('refuses auto-merge in GitHub’s order, then enables it while a required check is pending', async () => {
    const outcome = await sameOnBoth(
      async ({ github, commit, openPull, allow, requireChecks, setStatus }) => {
        const head = await commit('feature', { 'apps/a.yaml': 'a: 2\n' });
        const number = await openPull('feature', 'Change');
        const { nodeId } = await github.getPullRequest(number);
        const answer = async () => {
          const outcome = await github.enableAutoMerge(nodeId, 'merge');
          return outcome.enabled ? 'enabled' : outcome.refusal;
        };
        const notAllowed = await answer();
        allow({ autoMerge: true });
        const unprotected = await answer();
        requireChecks('main', ['ci']);
        await setStatus(head, 'ci');
        const clean = await answer();
        requireChecks('main', ['ci', 'deploy']);
        return [notAllowed, unprotected, clean, await answer()];
      },
    );
    expect(outcome).toEqual([
      'auto-merge-not-allowed',
      'protected-branch-rules-not-configured',
      'clean-status',
      'enabled',
    ]);
  });

  it('labels, assigns and comments alike, refusing a bot as assignee', async () => {
    await sameOnBoth(async ({ github, commit, openPull }) => {
      await commit('feature', { 'apps/a.yaml': 'a: 2\n' });
      const number = await openPull('feature', 'Change');
      const kept = await github.setLabelsAndAssignees(number, {
        labels: ['promotion'],
        assignees: ['alice'],
      });
      const bot = await github
        .setLabelsAndAssignees(number, { labels: ['x'], assignees: ['renovate[bot]'] })
        .then(
          () => 'accepted',
          (error: unknown) =>
            error instanceof ExternalError ? [error.status, error.refusal] : String(error),
        );
      await github.addLabels(number, ['noop']);
      await github.removeLabel(number, 'promotion');
      await github.removeLabel(number, 'never-there');
      const first = await github.createComment(number, 'one');
      await github.createComment(number, 'two');
      await github.updateComment(first.id, 'one, edited');
      const comments = await github.listComments(number);
      await github.deleteComment(first.id);
      return {
        kept,
        bot,
        labels: (await github.getPullRequest(number)).labels,
        comments: comments.map((c) => [c.author, c.body]),
        left: (await github.listComments(number)).map((c) => c.body),
        permissions: await Promise.all(
          ['alice', 'reader', 'repo-admin', 'nobody'].map((l) => github.getPermission(l)),
        ),
        viewer: await github.getViewerLogin(),
      };
    });
  });
});
