// Workflow event payloads, shaped like @octokit/webhooks-examples (and validated against
// @octokit/openapi-webhooks in the emulator's tests).
import type { CommitObject, TreeChange } from './git-store.js';
import { ZERO_SHA } from './git-store.js';
import { repoHtmlUrl, repoJson, userJson } from './representations.js';
import type { EmulatorEvent, EmulatorState, RepoRecord } from './state.js';

type Json = Record<string, unknown>;

/** A commit of a push, with the files it changed relative to its first parent. */
export interface PushedCommit {
  readonly commit: CommitObject;
  readonly changes: readonly TreeChange[];
}

/** Push webhooks carry timestamps as epoch seconds for `created_at`/`pushed_at`. */
function pushRepositoryJson(state: EmulatorState, repo: RepoRecord): Json {
  const base = repoJson(state, repo);
  const seconds = (iso: unknown) => Math.floor(Date.parse(String(iso)) / 1000);
  return {
    ...base,
    created_at: seconds(base.created_at),
    pushed_at: seconds(base.pushed_at),
    stargazers: 0,
    master_branch: repo.defaultBranch,
  };
}

function committerJson(person: CommitObject['author'], state: EmulatorState): Json {
  const identity = state.identities.all.find((candidate) => candidate.email === person.email);
  return { name: person.name, email: person.email, ...(identity ? { username: identity.login } : {}) };
}

function pushCommitJson(state: EmulatorState, repo: RepoRecord, pushed: PushedCommit): Json {
  const { commit, changes } = pushed;
  const files = (statuses: readonly string[]) =>
    changes.filter((change) => statuses.includes(change.status)).map((change) => change.path);
  const removedByRename = changes
    .filter((change) => change.previousPath)
    .map((change) => change.previousPath!);
  return {
    id: commit.sha,
    tree_id: commit.tree,
    distinct: true,
    message: commit.message.replace(/\n$/, ''),
    timestamp: commit.committer.date,
    url: `${repoHtmlUrl(state, repo)}/commit/${commit.sha}`,
    author: committerJson(commit.author, state),
    committer: committerJson(commit.committer, state),
    added: files(['A', 'R', 'C']),
    removed: [...files(['D']), ...removedByRename],
    modified: files(['M', 'T']),
  };
}

/** The `push` payload for a branch moving from `before` to `after`. */
export function pushPayload(
  state: EmulatorState,
  repo: RepoRecord,
  push: {
    branch: string;
    before: string;
    after: string;
    forced: boolean;
    commits: readonly PushedCommit[];
    pusher: string;
  },
): Json {
  const commits = push.commits.map((pushed) => pushCommitJson(state, repo, pushed));
  const pusher = state.identities.byLogin(push.pusher);
  const html = repoHtmlUrl(state, repo);
  return {
    ref: `refs/heads/${push.branch}`,
    before: push.before,
    after: push.after,
    created: push.before === ZERO_SHA,
    deleted: push.after === ZERO_SHA,
    forced: push.forced,
    base_ref: null,
    compare:
      push.before === ZERO_SHA
        ? `${html}/commit/${push.after.slice(0, 12)}`
        : `${html}/compare/${push.before.slice(0, 12)}...${push.after.slice(0, 12)}`,
    commits,
    head_commit: commits.at(-1) ?? null,
    repository: pushRepositoryJson(state, repo),
    pusher: { name: push.pusher, email: pusher?.email ?? null },
    sender: userJson(state, push.pusher),
  };
}

/** Removes what the Actions `push` payload lacks: per-commit `added`, `removed` and `modified`. */
export function toActionsEvent(event: EmulatorEvent): EmulatorEvent {
  if (event.name !== 'push') return event;
  const strip = (commit: unknown) => {
    if (commit === null || typeof commit !== 'object') return commit;
    const { added: _added, removed: _removed, modified: _modified, ...rest } = commit as Json;
    return rest;
  };
  const payload = event.payload;
  return {
    ...event,
    payload: {
      ...payload,
      commits: (payload.commits as unknown[]).map(strip),
      head_commit: strip(payload.head_commit),
    },
  };
}

/** The `pull_request` payload for `action` (extra fields such as `before`/`after` for synchronize). */
export function pullRequestPayload(
  state: EmulatorState,
  repo: RepoRecord,
  event: { action: string; number: number; pullRequest: Json; sender: string; extra?: Json },
): Json {
  return {
    action: event.action,
    number: event.number,
    ...event.extra,
    pull_request: {
      ...event.pullRequest,
      allow_auto_merge: true,
      allow_update_branch: false,
      delete_branch_on_merge: false,
      use_squash_pr_title_as_default: false,
    },
    repository: repoJson(state, repo),
    sender: userJson(state, event.sender),
  };
}

/** The `issue_comment` payload (`changes.body.from` for `edited`). */
export function issueCommentPayload(
  state: EmulatorState,
  repo: RepoRecord,
  event: { action: string; issue: Json; comment: Json; sender: string; changes?: Json },
): Json {
  return {
    action: event.action,
    ...(event.changes === undefined ? {} : { changes: event.changes }),
    issue: event.issue,
    comment: event.comment,
    repository: repoJson(state, repo),
    sender: userJson(state, event.sender),
  };
}

/** The `issues` payload (`changes.body.from` for `edited`). */
export function issuesPayload(
  state: EmulatorState,
  repo: RepoRecord,
  event: { action: string; issue: Json; sender: string; changes?: Json },
): Json {
  return {
    action: event.action,
    ...(event.changes === undefined ? {} : { changes: event.changes }),
    issue: event.issue,
    repository: repoJson(state, repo),
    sender: userJson(state, event.sender),
  };
}

/** The `workflow_dispatch` payload. */
export function workflowDispatchPayload(
  state: EmulatorState,
  repo: RepoRecord,
  event: { ref: string; workflowPath: string; inputs: Record<string, unknown> | null; sender: string },
): Json {
  return {
    inputs: event.inputs,
    ref: event.ref,
    repository: repoJson(state, repo),
    sender: userJson(state, event.sender),
    workflow: event.workflowPath,
  };
}

/**
 * The `schedule` payload a scheduled run's `GITHUB_EVENT_PATH` holds: the cron expression that fired and,
 * since https://github.blog/changelog/2022-09-27-github-actions-additional-information-available-in-github-event-payload-for-scheduled-workflow-runs/,
 * the workflow file and the repository. Not a webhook: @octokit/openapi-webhooks has no schema for it
 * (https://github.com/octokit/webhooks/issues/141).
 */
export function schedulePayload(
  state: EmulatorState,
  repo: RepoRecord,
  event: { cron: string; workflowPath: string },
): Json {
  return { schedule: event.cron, workflow: event.workflowPath, repository: repoJson(state, repo) };
}
