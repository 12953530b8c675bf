// Repositories: repository and branch metadata, permissions, contents, commits, compare, rate limit, user.
import type { TreeEntry } from '../git-store.js';
import { HttpError, notFound } from '../http-error.js';
import { protectionOf, rulesetsOn } from '../merge-requirements.js';
import { paginate } from '../pagination.js';
import { repoApiUrl, repoCommitJson, repoHtmlUrl, userJson } from '../representations.js';
import type { RouteContext, RouteDefinition } from '../router.js';
import type { RepoRecord, RulesetRecord } from '../state.js';
import { repositoryView } from './settings.js';

type Json = Record<string, unknown>;

const MAX_CONTENT_BYTES = 1024 * 1024;
const COMPARE_FILE_CAP = 300;
const COMPARE_COMMIT_CAP = 250;

/** Resolves `ref` (branch, tag, SHA) or the default branch to a commit SHA, 404 when unknown. */
export async function commitForRef(context: RouteContext, ref: string | null): Promise<string> {
  const sha = await context.engine.resolveCommit(context.repo, ref ?? context.repo.defaultBranch);
  if (!sha) throw new HttpError(404, `No commit found for the ref ${ref ?? context.repo.defaultBranch}`);
  return sha;
}

function contentEntryType(entry: TreeEntry): string {
  if (entry.type === 'tree') return 'dir';
  if (entry.type === 'commit') return 'submodule';
  return entry.mode === '120000' ? 'symlink' : 'file';
}

function contentLinks(context: RouteContext, path: string, entry: TreeEntry, ref: string): Json {
  const api = repoApiUrl(context.state, context.repo);
  const kind = entry.type === 'tree' ? 'tree' : 'blob';
  const self = `${api}/contents/${encodeURI(path)}?ref=${encodeURIComponent(ref)}`;
  const git = `${api}/git/${kind === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`;
  const html = `${repoHtmlUrl(context.state, context.repo)}/${kind}/${encodeURIComponent(ref)}/${encodeURI(path)}`;
  return {
    url: self,
    git_url: git,
    html_url: html,
    download_url:
      entry.type === 'blob'
        ? `${context.state.serverUrl}/raw/${context.repo.owner}/${context.repo.name}/${encodeURIComponent(ref)}/${encodeURI(path)}`
        : null,
    _links: { self, git, html },
  };
}

function contentEntryJson(context: RouteContext, path: string, entry: TreeEntry, ref: string): Json {
  return {
    type: contentEntryType(entry),
    size: entry.size ?? 0,
    name: path.split('/').pop() ?? path,
    path,
    sha: entry.sha,
    ...contentLinks(context, path, entry, ref),
  };
}

async function getContent(context: RouteContext) {
  const ref = context.url.searchParams.get('ref');
  const refName = ref ?? context.repo.defaultBranch;
  const commit = await context.repo.git.readCommit(await commitForRef(context, ref));
  const path = context.params.path!.replace(/^\/+|\/+$/g, '');
  const entry: TreeEntry | undefined = path
    ? await context.repo.git.lookupPath(commit.tree, path)
    : { mode: '040000', type: 'tree', sha: commit.tree, path: '' };
  if (!entry) throw notFound();
  if (entry.type === 'tree') {
    const children = await context.repo.git.readTree(entry.sha);
    const body = children.map((child) =>
      contentEntryJson(context, path ? `${path}/${child.path}` : child.path, child, refName),
    );
    return { status: 200, body };
  }
  const base = contentEntryJson(context, path, entry, refName);
  if (entry.type === 'commit') {
    return { status: 200, body: { ...base, submodule_git_url: '' } };
  }
  const content = await context.repo.git.readBlob(entry.sha);
  if (entry.mode === '120000') return { status: 200, body: { ...base, target: content.toString('utf8') } };
  // GitHub wraps base64 at 60 characters and omits the content of files over 1 MB.
  const tooLarge = content.length > MAX_CONTENT_BYTES;
  const encoded = tooLarge ? '' : (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n');
  return {
    status: 200,
    body: { ...base, encoding: tooLarge ? 'none' : 'base64', content: encoded ? `${encoded}\n` : '' },
  };
}

async function commitJson(context: RouteContext, sha: string) {
  const commit = await context.repo.git.readCommit(sha);
  return repoCommitJson(context.state, context.repo, commit, context.engine.verification(context.repo, sha));
}

/** `diff-entry` for one changed file at `headSha`. */
export function diffEntryJson(
  context: RouteContext,
  change: {
    status: string;
    path: string;
    previousPath?: string;
    oldSha: string;
    newSha: string;
    additions: number;
    deletions: number;
  },
  headSha: string,
): Json {
  const statusNames: Record<string, string> = {
    A: 'added',
    D: 'removed',
    M: 'modified',
    R: 'renamed',
    C: 'copied',
    T: 'changed',
  };
  const html = repoHtmlUrl(context.state, context.repo);
  const path = encodeURI(change.path);
  return {
    sha: change.status === 'D' ? change.oldSha : change.newSha,
    filename: change.path,
    status: statusNames[change.status] ?? 'modified',
    additions: change.additions,
    deletions: change.deletions,
    changes: change.additions + change.deletions,
    blob_url: `${html}/blob/${headSha}/${path}`,
    raw_url: `${html}/raw/${headSha}/${path}`,
    contents_url: `${repoApiUrl(context.state, context.repo)}/contents/${path}?ref=${headSha}`,
    ...(change.previousPath ? { previous_filename: change.previousPath } : {}),
  };
}

async function compare(context: RouteContext) {
  const match = /^(.+?)\.\.\.(.+)$/.exec(context.params.basehead!);
  if (!match) throw notFound();
  const strip = (ref: string) => (ref.includes(':') ? ref.slice(ref.indexOf(':') + 1) : ref);
  const baseSha = await context.engine.resolveCommit(context.repo, strip(match[1]!));
  const headSha = await context.engine.resolveCommit(context.repo, strip(match[2]!));
  if (!baseSha || !headSha) throw notFound();
  const git = context.repo.git;
  const mergeBase = await git.mergeBase(baseSha, headSha);
  if (!mergeBase) throw notFound();
  const ahead = await git.revList([headSha, `^${baseSha}`]);
  const behind = await git.revList([baseSha, `^${headSha}`]);
  const status =
    ahead.length === 0 && behind.length === 0
      ? 'identical'
      : behind.length === 0
        ? 'ahead'
        : ahead.length === 0
          ? 'behind'
          : 'diverged';
  const [fromCommit, toCommit] = await Promise.all([git.readCommit(mergeBase), git.readCommit(headSha)]);
  const changes = await git.diffTrees(fromCommit.tree, toCommit.tree);
  const paged = paginate(ahead, context.url);
  const firstPage = (context.url.searchParams.get('page') ?? '1') === '1';
  const listed =
    context.url.searchParams.has('per_page') || context.url.searchParams.has('page')
      ? paged.items
      : ahead.slice(0, COMPARE_COMMIT_CAP);
  const html = repoHtmlUrl(context.state, context.repo);
  const api = repoApiUrl(context.state, context.repo);
  return {
    status: 200,
    headers: paged.headers,
    body: {
      url: `${api}/compare/${context.params.basehead}`,
      html_url: `${html}/compare/${context.params.basehead}`,
      permalink_url: `${html}/compare/${baseSha}...${headSha}`,
      diff_url: `${html}/compare/${context.params.basehead}.diff`,
      patch_url: `${html}/compare/${context.params.basehead}.patch`,
      base_commit: await commitJson(context, baseSha),
      merge_base_commit: await commitJson(context, mergeBase),
      status,
      ahead_by: ahead.length,
      behind_by: behind.length,
      total_commits: ahead.length,
      commits: await Promise.all(listed.map((sha) => commitJson(context, sha))),
      // GitHub lists at most 300 files for the whole comparison, silently, and only on the first page.
      ...(firstPage
        ? { files: changes.slice(0, COMPARE_FILE_CAP).map((c) => diffEntryJson(context, c, headSha)) }
        : {}),
    },
  };
}

function permissionOf(
  context: RouteContext,
  repo: RepoRecord,
  login: string,
): { permission: string; roleName: string } | undefined {
  const identity = context.state.identities.byLogin(login);
  if (identity)
    return { permission: identity.permission, roleName: identity.roleName ?? identity.permission };
  return login.toLowerCase() === repo.owner.toLowerCase()
    ? { permission: 'admin', roleName: 'admin' }
    : undefined;
}

function rateLimitBody(context: RouteContext): Json {
  const window = (resource: string) => {
    const status = context.rateLimitStatus(resource);
    return { limit: status.limit, used: status.used, remaining: status.remaining, reset: status.reset };
  };
  const core = window('core');
  return { resources: { core, search: window('search'), graphql: window('graphql') }, rate: core };
}

/** The repository routes. */
/** The rules of one ruleset as `GET …/rules/branches/{branch}` lists them (`repository-rule-detailed`). */
function rulesJson(context: RouteContext, ruleset: RulesetRecord): Record<string, unknown>[] {
  const source = {
    ruleset_source_type: 'Repository',
    ruleset_source: `${context.repo.owner}/${context.repo.name}`,
    ruleset_id: ruleset.id,
  };
  const rules: Record<string, unknown>[] = [];
  if (ruleset.requiredApprovingReviewCount !== null) {
    rules.push({
      type: 'pull_request',
      parameters: {
        dismiss_stale_reviews_on_push: false,
        require_code_owner_review: false,
        require_last_push_approval: false,
        required_approving_review_count: ruleset.requiredApprovingReviewCount,
        required_review_thread_resolution: false,
      },
      ...source,
    });
  }
  if (ruleset.requiredStatusChecks !== null) {
    rules.push({
      type: 'required_status_checks',
      parameters: {
        required_status_checks: ruleset.requiredStatusChecks.map((name) => ({ context: name })),
        strict_required_status_checks_policy: false,
      },
      ...source,
    });
  }
  return rules;
}

export const reposRoutes: readonly RouteDefinition[] = [
  {
    operation: 'GET /repos/{owner}/{repo}',
    handler: async (context) => ({ status: 200, body: repositoryView(context) }),
  },
  {
    // Readable with metadata access (any reader, any job token), unlike classic protection (admin).
    operation: 'GET /repos/{owner}/{repo}/rules/branches/{branch}',
    handler: async (context) => ({
      status: 200,
      body: rulesetsOn(context.repo, context.params.branch!).flatMap((ruleset) =>
        rulesJson(context, ruleset),
      ),
    }),
  },
  {
    operation: 'GET /repos/{owner}/{repo}/branches/{branch}',
    handler: async (context) => {
      const sha = await context.repo.git.resolveRef(`refs/heads/${context.params.branch}`);
      if (!sha) throw new HttpError(404, 'Branch not found');
      const api = repoApiUrl(context.state, context.repo);
      const branch = context.params.branch!;
      const rule = protectionOf(context.repo, branch);
      const contexts = rule?.requiredStatusChecks ?? [];
      return {
        status: 200,
        body: {
          name: branch,
          commit: await commitJson(context, sha),
          _links: {
            self: `${api}/branches/${branch}`,
            html: `${repoHtmlUrl(context.state, context.repo)}/tree/${branch}`,
          },
          protected: rule !== undefined,
          protection: {
            enabled: rule !== undefined,
            required_status_checks: {
              enforcement_level: contexts.length > 0 ? 'non_admins' : 'off',
              contexts,
              checks: contexts.map((name) => ({ context: name, app_id: null })),
            },
          },
          protection_url: `${api}/branches/${branch}/protection`,
        },
      };
    },
  },
  {
    operation: 'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
    handler: async (context) => {
      const login = context.params.username!;
      const found = permissionOf(context, context.repo, login);
      if (found === undefined) throw new HttpError(404, `${login} is not a user`);
      const { permission, roleName } = found;
      const user = userJson(context.state, login);
      const flags = {
        admin: permission === 'admin',
        maintain: permission === 'admin',
        push: permission === 'admin' || permission === 'write',
        triage: permission === 'admin' || permission === 'write' || roleName === 'triage',
        pull: permission !== 'none',
      };
      return {
        status: 200,
        body: {
          permission,
          role_name: roleName,
          user: { ...user, permissions: flags, role_name: roleName },
        },
      };
    },
  },
  { operation: 'GET /repos/{owner}/{repo}/contents/{path}', handler: getContent },
  {
    operation: 'GET /repos/{owner}/{repo}/commits/{ref}',
    handler: async (context) => {
      const sha = await context.engine.resolveCommit(context.repo, context.params.ref!);
      if (!sha) throw new HttpError(422, `No commit found for SHA: ${context.params.ref}`);
      const commit = await context.repo.git.readCommit(sha);
      const parentTree = commit.parents[0]
        ? (await context.repo.git.readCommit(commit.parents[0])).tree
        : '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
      const changes = await context.repo.git.diffTrees(parentTree, commit.tree);
      const page = paginate(changes, context.url, { maxItems: 3000 });
      const additions = changes.reduce((sum, change) => sum + change.additions, 0);
      const deletions = changes.reduce((sum, change) => sum + change.deletions, 0);
      return {
        status: 200,
        headers: page.headers,
        body: {
          ...(await commitJson(context, sha)),
          stats: { additions, deletions, total: additions + deletions },
          files: page.items.map((change) => diffEntryJson(context, change, sha)),
        },
      };
    },
  },
  { operation: 'GET /repos/{owner}/{repo}/compare/{basehead}', handler: compare },
  {
    operation: 'GET /rate_limit',
    handler: async (context) => {
      const body = rateLimitBody(context);
      return { status: 200, body };
    },
  },
  {
    operation: 'GET /user',
    handler: async (context) => {
      if (context.identity.type === 'Bot') throw new HttpError(403, 'Resource not accessible by integration');
      const user = userJson(context.state, context.identity.login);
      const now = new Date(0).toISOString().replace('.000Z', 'Z');
      return {
        status: 200,
        body: {
          ...user,
          name: context.identity.name,
          company: null,
          blog: '',
          location: null,
          email: null,
          hireable: null,
          bio: null,
          public_repos: 0,
          public_gists: 0,
          followers: 0,
          following: 0,
          created_at: now,
          updated_at: now,
        },
      };
    },
  },
];
