// JSON representations of emulator state, shaped like GitHub's REST responses (and the webhook payloads
// that reuse them). The schema validator checks every one of them against GitHub's OpenAPI description.
import type { CommitObject, GitPerson } from './git-store.js';
import type {
  CommentRecord,
  DeploymentRecord,
  DeploymentStatusRecord,
  EmulatorState,
  EnvironmentRecord,
  LabelRecord,
  PullRecord,
  RepoRecord,
  ReviewRecord,
  StatusRecord,
} from './state.js';
import { mergeSettingsJson } from './repo-settings.js';
import { makeNodeId } from './state.js';

type Json = Record<string, unknown>;

function stableId(login: string): number {
  let hash = 7;
  for (const char of login) hash = (hash * 31 + char.charCodeAt(0)) % 90_000_000;
  return 10_000_000 + hash;
}

/** `simple-user` for a login: a known identity, or an organisation/user that owns repositories. */
export function userJson(state: EmulatorState, login: string): Json {
  const identity = state.identities.byLogin(login);
  const id = identity?.id ?? stableId(login);
  const type = identity?.type ?? 'Organization';
  const url = `${state.apiUrl}/users/${encodeURIComponent(login)}`;
  const htmlUrl =
    type === 'Bot'
      ? `${state.serverUrl}/apps/${login.replace(/\[bot\]$/, '')}`
      : `${state.serverUrl}/${login}`;
  return {
    login,
    id,
    node_id: makeNodeId(type === 'Bot' ? 'BOT' : 'U', id),
    avatar_url: `${state.serverUrl}/avatars/u/${id}`,
    gravatar_id: '',
    url,
    html_url: htmlUrl,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** The API base URL of a repository. */
export const repoApiUrl = (state: EmulatorState, repo: RepoRecord): string =>
  `${state.apiUrl}/repos/${repo.owner}/${repo.name}`;

/** The web URL of a repository. */
export const repoHtmlUrl = (state: EmulatorState, repo: RepoRecord): string =>
  `${state.serverUrl}/${repo.owner}/${repo.name}`;

function repoUrls(state: EmulatorState, repo: RepoRecord): Json {
  const url = repoApiUrl(state, repo);
  const host = new URL(state.serverUrl).host;
  return {
    url,
    html_url: repoHtmlUrl(state, repo),
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    hooks_url: `${url}/hooks`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${repoHtmlUrl(state, repo)}.git`,
    git_url: `git://${host}/${repo.owner}/${repo.name}.git`,
    ssh_url: `git@${host}:${repo.owner}/${repo.name}.git`,
    svn_url: repoHtmlUrl(state, repo),
    mirror_url: null,
  };
}

function openIssueCount(repo: RepoRecord): number {
  return [...repo.pulls.values()].filter((pull) => pull.state === 'open').length;
}

/** `minimal-repository`. */
export function minimalRepoJson(state: EmulatorState, repo: RepoRecord): Json {
  return {
    id: repo.id,
    node_id: repo.nodeId,
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    owner: userJson(state, repo.owner),
    private: repo.private,
    description: null,
    fork: false,
    ...repoUrls(state, repo),
  };
}

/** `repository` (as embedded in pull requests and webhook payloads). */
export function repoJson(state: EmulatorState, repo: RepoRecord): Json {
  const openIssues = openIssueCount(repo);
  return {
    ...minimalRepoJson(state, repo),
    homepage: null,
    language: null,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 0,
    default_branch: repo.defaultBranch,
    open_issues: openIssues,
    open_issues_count: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? 'private' : 'public',
    pushed_at: repo.pushedAt,
    created_at: repo.createdAt,
    updated_at: repo.pushedAt,
    permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
    ...mergeSettingsJson(repo.settings),
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
  };
}

/** `full-repository`. */
export function fullRepoJson(state: EmulatorState, repo: RepoRecord): Json {
  return { ...repoJson(state, repo), network_count: 0, subscribers_count: 0 };
}

/** `label`. */
export function labelJson(state: EmulatorState, repo: RepoRecord, label: LabelRecord): Json {
  return {
    id: label.id,
    node_id: label.nodeId,
    url: `${repoApiUrl(state, repo)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    description: label.description,
    default: false,
  };
}

function pullLabels(state: EmulatorState, repo: RepoRecord, pull: PullRecord): Json[] {
  return pull.labels.map((name) => labelJson(state, repo, repo.labels.get(name.toLowerCase())!));
}

// `pull-request-simple` (list items) declares label `description` as a non-null string, unlike `label`
// and `pull-request`; the emulator follows the description and sends "" there.
function simpleLabels(state: EmulatorState, repo: RepoRecord, pull: PullRecord): Json[] {
  return pullLabels(state, repo, pull).map((label) => ({ ...label, description: label.description ?? '' }));
}

function authorAssociation(repo: RepoRecord, login: string): string {
  if (login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER';
  return login.endsWith('[bot]') ? 'NONE' : 'COLLABORATOR';
}

function pullUrls(state: EmulatorState, repo: RepoRecord, pull: PullRecord): Json {
  const api = repoApiUrl(state, repo);
  const url = `${api}/pulls/${pull.number}`;
  const html = `${repoHtmlUrl(state, repo)}/pull/${pull.number}`;
  return {
    url,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${pull.headSha}`,
  };
}

function pullLinks(urls: Json): Json {
  const href = (key: string) => ({ href: urls[key] as string });
  return {
    self: href('url'),
    html: href('html_url'),
    issue: href('issue_url'),
    comments: href('comments_url'),
    review_comments: href('review_comments_url'),
    review_comment: href('review_comment_url'),
    commits: href('commits_url'),
    statuses: href('statuses_url'),
  };
}

function branchJson(state: EmulatorState, repo: RepoRecord, ref: string, sha: string): Json {
  return {
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: userJson(state, repo.owner),
    repo: repoJson(state, repo),
  };
}

/** `pull-request-simple` (list items). */
export function pullSimpleJson(state: EmulatorState, repo: RepoRecord, pull: PullRecord): Json {
  const urls = pullUrls(state, repo, pull);
  const assignees = pull.assignees.map((login) => userJson(state, login));
  return {
    ...urls,
    id: pull.id,
    node_id: pull.nodeId,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: userJson(state, pull.user),
    body: pull.body,
    labels: simpleLabels(state, repo, pull),
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: assignees[0] ?? null,
    assignees,
    requested_reviewers: [],
    requested_teams: [],
    head: branchJson(state, repo, pull.head, pull.headSha),
    base: branchJson(state, repo, pull.base, pull.baseSha),
    _links: pullLinks(urls),
    author_association: authorAssociation(repo, pull.user),
    auto_merge: pull.autoMerge
      ? {
          enabled_by: userJson(state, pull.autoMerge.enabledBy),
          merge_method: pull.autoMerge.mergeMethod,
          commit_title: pull.autoMerge.commitTitle,
          commit_message: pull.autoMerge.commitMessage,
        }
      : null,
    draft: pull.draft,
  };
}

/** Figures of `pull-request` that need git: mergeability and diff statistics. */
export interface PullFigures {
  readonly mergeable: boolean | null;
  readonly mergeableState: string;
  readonly commits: number;
  readonly additions: number;
  readonly deletions: number;
  readonly changedFiles: number;
}

/** `pull-request` (get, create, update; also the webhook `pull_request` object). */
export function pullJson(
  state: EmulatorState,
  repo: RepoRecord,
  pull: PullRecord,
  figures: PullFigures,
): Json {
  return {
    ...pullSimpleJson(state, repo, pull),
    labels: pullLabels(state, repo, pull),
    merged: pull.merged,
    mergeable: figures.mergeable,
    rebaseable: figures.mergeable,
    mergeable_state: figures.mergeableState,
    merged_by: pull.mergedBy ? userJson(state, pull.mergedBy) : null,
    comments: [...repo.comments.values()].filter((comment) => comment.issueNumber === pull.number).length,
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
    commits: figures.commits,
    additions: figures.additions,
    deletions: figures.deletions,
    changed_files: figures.changedFiles,
  };
}

/** `issue` for a pull request's issue side. */
export function issueJson(state: EmulatorState, repo: RepoRecord, pull: PullRecord): Json {
  const api = repoApiUrl(state, repo);
  const url = `${api}/issues/${pull.number}`;
  const assignees = pull.assignees.map((login) => userJson(state, login));
  const html = `${repoHtmlUrl(state, repo)}/pull/${pull.number}`;
  return {
    id: pull.issueId,
    node_id: pull.issueNodeId,
    url,
    repository_url: api,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: html,
    number: pull.number,
    state: pull.state,
    state_reason: null,
    title: pull.title,
    body: pull.body,
    user: userJson(state, pull.user),
    labels: pullLabels(state, repo, pull),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: [...repo.comments.values()].filter((comment) => comment.issueNumber === pull.number).length,
    pull_request: {
      url: `${api}/pulls/${pull.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      merged_at: pull.mergedAt,
    },
    closed_at: pull.closedAt,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    draft: pull.draft,
    author_association: authorAssociation(repo, pull.user),
    reactions: reactionsJson(url),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
  };
}

function reactionsJson(url: string): Json {
  return {
    url: `${url}/reactions`,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    confused: 0,
    heart: 0,
    hooray: 0,
    eyes: 0,
    rocket: 0,
  };
}

/** `issue-comment`. */
export function commentJson(state: EmulatorState, repo: RepoRecord, comment: CommentRecord): Json {
  const api = repoApiUrl(state, repo);
  const url = `${api}/issues/comments/${comment.id}`;
  return {
    id: comment.id,
    node_id: comment.nodeId,
    url,
    html_url: `${repoHtmlUrl(state, repo)}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: userJson(state, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${api}/issues/${comment.issueNumber}`,
    author_association: authorAssociation(repo, comment.user),
    performed_via_github_app: null,
    reactions: reactionsJson(url),
  };
}

/** `pull-request-review`. */
export function reviewJson(
  state: EmulatorState,
  repo: RepoRecord,
  pullNumber: number,
  review: ReviewRecord,
): Json {
  const html = `${repoHtmlUrl(state, repo)}/pull/${pullNumber}#pullrequestreview-${review.id}`;
  const pullUrl = `${repoApiUrl(state, repo)}/pulls/${pullNumber}`;
  return {
    id: review.id,
    node_id: review.nodeId,
    user: userJson(state, review.user),
    body: review.body,
    state: review.state,
    html_url: html,
    pull_request_url: pullUrl,
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
    submitted_at: review.submittedAt,
    commit_id: review.commitId,
    author_association: authorAssociation(repo, review.user),
  };
}

/** `status`. */
export function statusJson(state: EmulatorState, repo: RepoRecord, sha: string, status: StatusRecord): Json {
  return {
    url: `${repoApiUrl(state, repo)}/statuses/${sha}`,
    avatar_url: null,
    id: status.id,
    node_id: status.nodeId,
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.createdAt,
    creator: userJson(state, status.creator),
  };
}

/** Whether GitHub would mark an API-created commit as verified (see DESIGN.md, commit signing). */
export interface CommitVerification {
  readonly verified: boolean;
  readonly reason: string;
}

function personJson(person: GitPerson): Json {
  return { name: person.name, email: person.email, date: person.date };
}

/** `git-commit`. */
export function gitCommitJson(
  state: EmulatorState,
  repo: RepoRecord,
  commit: CommitObject,
  verification: CommitVerification,
): Json {
  const api = repoApiUrl(state, repo);
  return {
    sha: commit.sha,
    node_id: makeNodeId('C', parseInt(commit.sha.slice(0, 8), 16)),
    url: `${api}/git/commits/${commit.sha}`,
    html_url: `${repoHtmlUrl(state, repo)}/commit/${commit.sha}`,
    author: personJson(commit.author),
    committer: personJson(commit.committer),
    message: commit.message.replace(/\n$/, ''),
    tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
    parents: commit.parents.map((parent) => ({
      sha: parent,
      url: `${api}/git/commits/${parent}`,
      html_url: `${repoHtmlUrl(state, repo)}/commit/${parent}`,
    })),
    verification: {
      verified: verification.verified,
      reason: verification.reason,
      signature: verification.verified
        ? '-----BEGIN PGP SIGNATURE-----\n(emulated)\n-----END PGP SIGNATURE-----'
        : null,
      payload: verification.verified ? `tree ${commit.tree}\n` : null,
      verified_at: verification.verified ? commit.committer.date : null,
    },
  };
}

/** `commit` (the repos API representation of a commit). */
export function repoCommitJson(
  state: EmulatorState,
  repo: RepoRecord,
  commit: CommitObject,
  verification: CommitVerification,
): Json {
  const api = repoApiUrl(state, repo);
  const git = gitCommitJson(state, repo, commit, verification);
  const userFor = (email: string): Json => {
    const identity = state.identities.all.find((candidate) => candidate.email === email);
    return identity ? userJson(state, identity.login) : {};
  };
  return {
    url: `${api}/commits/${commit.sha}`,
    sha: commit.sha,
    node_id: git.node_id,
    html_url: git.html_url,
    comments_url: `${api}/commits/${commit.sha}/comments`,
    commit: {
      url: git.url,
      author: git.author,
      committer: git.committer,
      message: git.message,
      comment_count: 0,
      tree: git.tree,
      verification: git.verification,
    },
    author: userFor(commit.author.email),
    committer: userFor(commit.committer.email),
    parents: git.parents,
  };
}

/** `git-ref`. */
export function refJson(
  state: EmulatorState,
  repo: RepoRecord,
  ref: string,
  sha: string,
  type: string,
): Json {
  const api = repoApiUrl(state, repo);
  return {
    ref,
    node_id: makeNodeId('REF', parseInt(sha.slice(0, 8), 16)),
    url: `${api}/git/${ref}`,
    object: { type, sha, url: `${api}/git/${type === 'tag' ? 'tags' : 'commits'}/${sha}` },
  };
}

/** `deployment`. */
export function deploymentJson(state: EmulatorState, repo: RepoRecord, deployment: DeploymentRecord): Json {
  const url = `${repoApiUrl(state, repo)}/deployments/${deployment.id}`;
  return {
    url,
    id: deployment.id,
    node_id: deployment.nodeId,
    sha: deployment.sha,
    ref: deployment.ref,
    task: deployment.task,
    payload: deployment.payload,
    original_environment: deployment.originalEnvironment,
    environment: deployment.environment,
    description: deployment.description,
    creator: userJson(state, deployment.creator),
    created_at: deployment.createdAt,
    updated_at: deployment.updatedAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoApiUrl(state, repo),
    transient_environment: deployment.transientEnvironment,
    production_environment: deployment.productionEnvironment,
    performed_via_github_app: null,
  };
}

/** `deployment-status`. */
export function deploymentStatusJson(
  state: EmulatorState,
  repo: RepoRecord,
  deployment: DeploymentRecord,
  status: DeploymentStatusRecord,
): Json {
  const deploymentUrl = `${repoApiUrl(state, repo)}/deployments/${deployment.id}`;
  return {
    url: `${deploymentUrl}/statuses/${status.id}`,
    id: status.id,
    node_id: status.nodeId,
    state: status.state,
    creator: userJson(state, status.creator),
    description: status.description,
    environment: status.environment,
    target_url: status.targetUrl,
    created_at: status.createdAt,
    updated_at: status.createdAt,
    deployment_url: deploymentUrl,
    repository_url: repoApiUrl(state, repo),
    environment_url: status.environmentUrl,
    log_url: status.logUrl,
    performed_via_github_app: null,
  };
}

/** `environment` (no protection rules or branch policy: the emulator models none). */
export function environmentJson(
  state: EmulatorState,
  repo: RepoRecord,
  environment: EnvironmentRecord,
): Json {
  return {
    id: environment.id,
    node_id: environment.nodeId,
    name: environment.name,
    url: `${repoApiUrl(state, repo)}/environments/${encodeURIComponent(environment.name)}`,
    html_url: `${repoHtmlUrl(state, repo)}/deployments/activity_log?environments_filter=${encodeURIComponent(environment.name)}`,
    created_at: environment.createdAt,
    updated_at: environment.updatedAt,
    protection_rules: [],
    deployment_branch_policy: null,
  };
}
