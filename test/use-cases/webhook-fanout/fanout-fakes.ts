// In-memory fakes of the ports the webhook fan-out uses, and a push payload shaped like the one Actions
// delivers (no added/removed/modified on commits).
import type { ChangedFileInfo, GitHubPort, TreeEntryInfo } from '../../../src/ports/github-port.js';
import type { Logger } from '../../../src/ports/logger.js';
import type { RepoSnapshotPort } from '../../../src/ports/repo-snapshot-port.js';

/** What the fake GitHub knows: commits -> tree listings, compare results, file texts. */
export interface FakeGitHubData {
  /** Recursive tree listing per commit SHA (`truncated` mimics GitHub's 100,000-entry cap). */
  trees?: Record<string, { entries: Record<string, string>; truncated?: boolean }>;
  /** `compareCommits(before, after)` answers, keyed `before...after`. */
  compare?: Record<string, { files: ChangedFileInfo[]; truncated: boolean }>;
  /** `telefonistka.yaml` text per commit SHA. */
  config?: Record<string, string>;
}

/** A GitHubPort that answers from memory, counts calls per method, and throws for anything else. */
export function fakeGitHub(data: FakeGitHubData): GitHubPort & { calls: string[] } {
  const calls: string[] = [];
  const implemented: Partial<GitHubPort> = {
    owner: 'acme',
    repo: 'gitops',
    getCommit: async (sha) => {
      calls.push(`getCommit ${sha}`);
      if (data.trees?.[sha] === undefined) throw new Error(`fake GitHub: no commit ${sha}`);
      return { sha, treeSha: `tree-of-${sha}`, parents: [] };
    },
    getTree: async (treeSha) => {
      calls.push(`getTree ${treeSha}`);
      const tree = data.trees?.[treeSha.replace(/^tree-of-/, '')];
      if (tree === undefined) throw new Error(`fake GitHub: no tree ${treeSha}`);
      const entries: TreeEntryInfo[] = Object.entries(tree.entries).map(([path, sha]) => ({
        path,
        sha,
        mode: '100644',
        type: 'blob',
      }));
      return { entries, truncated: tree.truncated ?? false };
    },
    compareCommits: async (base, head) => {
      calls.push(`compare ${base}...${head}`);
      const answer = data.compare?.[`${base}...${head}`];
      if (answer === undefined) throw new Error(`fake GitHub: no comparison ${base}...${head}`);
      return answer;
    },
    getFileText: async (ref, path) => {
      calls.push(`getFileText ${path}@${ref}`);
      return path === 'telefonistka.yaml' ? data.config?.[ref] : undefined;
    },
    callCount: () => calls.length,
  };
  return new Proxy({ ...implemented, calls } as GitHubPort & { calls: string[] }, {
    get(target, property, receiver) {
      if (property in target) return Reflect.get(target, property, receiver) as unknown;
      if (property === 'then') return undefined;
      return () => {
        throw new Error(`fake GitHub: ${String(property)} is not expected in this flow`);
      };
    },
  });
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
