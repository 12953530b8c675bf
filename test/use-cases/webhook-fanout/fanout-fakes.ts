// The webhook fan-out's test setup: a pushed GitHub (the typed fake of test/support), a snapshot, a recording
// logger, and a push payload shaped like the one Actions delivers (no added/removed/modified on commits).
import type { Logger } from '../../../src/ports/logger.js';
import type { RepoSnapshotPort } from '../../../src/ports/repo-snapshot-port.js';
import { createFakeGitHub, type FakeGitHub } from '../../support/fake-github/create-fake-github.js';

/** A GitHub whose default branch moved from `before` to `after`, modifying `files` (or no commits at all). */
export function pushedGitHub(push?: { before: string; after: string; files: string[] }): FakeGitHub {
  const fake = createFakeGitHub({ repo: 'gitops' });
  if (push !== undefined)
    fake.pushChanges(
      push.files.map((path) => ({ path, status: 'modified' })),
      push,
    );
  return fake;
}

/** A snapshot reading `telefonistka.yaml` per commit from memory. */
export function fakeSnapshot(config: Record<string, string>): RepoSnapshotPort {
  return {
    source: 'api',
    readTree: () => Promise.reject(new Error('not used')),
    readFile: (commit, path) => Promise.resolve(path === 'telefonistka.yaml' ? config[commit] : undefined),
  };
}

/** A Logger that keeps every line, prefixed with its level. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (message) => lines.push(`debug: ${message}`),
    info: (message) => lines.push(`info: ${message}`),
    warning: (message) => lines.push(`warning: ${message}`),
    error: (message) => lines.push(`error: ${message}`),
    group: (name, fn) => {
      lines.push(`group: ${name}`);
      return fn();
    },
  };
}

/** A push payload as GitHub Actions delivers it: commits without file lists. */
export function actionsPushPayload(push: {
  before: string;
  after: string;
  commits: string[];
  ref?: string;
  forced?: boolean;
  defaultBranch?: string;
}): Record<string, unknown> {
  const commits = push.commits.map((id) => ({
    id,
    tree_id: `tree-${id}`,
    distinct: true,
    message: `commit ${id}`,
    timestamp: '2026-01-01T00:00:00Z',
    url: `https://github.com/acme/gitops/commit/${id}`,
    author: { name: 'Dev', email: 'dev@example.com', username: 'dev' },
    committer: { name: 'Dev', email: 'dev@example.com', username: 'dev' },
  }));
  return {
    ref: push.ref ?? 'refs/heads/main',
    before: push.before,
    after: push.after,
    created: /^0+$/.test(push.before),
    deleted: false,
    forced: push.forced ?? false,
    base_ref: null,
    compare: `https://github.com/acme/gitops/compare/${push.before.slice(0, 12)}...${push.after.slice(0, 12)}`,
    commits,
    head_commit: commits.at(-1) ?? null,
    repository: {
      id: 1,
      name: 'gitops',
      full_name: 'acme/gitops',
      html_url: 'https://github.com/acme/gitops',
      default_branch: push.defaultBranch ?? 'main',
      created_at: 1767225600,
      pushed_at: 1767225600,
    },
    pusher: { name: 'dev', email: 'dev@example.com' },
    sender: { login: 'dev', id: 2, type: 'User' },
  };
}
