// Plain issues (not pull requests): their records, their `issue` representation and the routes that create and
// list them. Issues and pull requests share one number sequence per repository (`RepoRecord.nextNumber`), as on
// GitHub; the issue routes of routes/issues.ts fall back to these records for numbers that are not pull requests.
import { HttpError, validationFailed } from './http-error.js';
import { paginate } from './pagination.js';
import { commentJson, issueJson, labelJson, repoApiUrl, repoHtmlUrl, userJson } from './representations.js';
import type { RouteContext, RouteDefinition } from './router.js';
import { makeNodeId, type CommentRecord, type EmulatorState, type RepoRecord } from './state.js';
import type { RepoEngine } from './repo-engine.js';
import { issueCommentPayload, issuesPayload } from './events.js';

/** One plain issue. */
export interface PlainIssueRecord {
  readonly number: number;
  readonly id: number;
  readonly nodeId: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  readonly user: string;
  labels: string[];
  assignees: string[];
  closedAt: string | null;
  readonly createdAt: string;
  readonly createdAtMs: number;
  updatedAt: string;
  /** Pinned to the repository (GraphQL `pinIssue`; GitHub pins at most MAX_PINNED_ISSUES). */
  pinned?: boolean;
  /** When it was pinned, relative to the others (GitHub lists pinned issues by position). */
  pinOrder?: number;
}

/** GitHub pins at most three issues per repository. */
export const MAX_PINNED_ISSUES = 3;

const MAX_BODY_CHARS = 65536;
const store = new WeakMap<RepoRecord, Map<number, PlainIssueRecord>>();

/** The plain issues of `repo` by number. */
export function plainIssuesOf(repo: RepoRecord): Map<number, PlainIssueRecord> {
  let issues = store.get(repo);
  if (!issues) {
    issues = new Map();
    store.set(repo, issues);
  }
  return issues;
}

/** The plain issue `number` of `repo`, if that number is a plain issue. */
export const findPlainIssue = (repo: RepoRecord, number: number): PlainIssueRecord | undefined =>
  plainIssuesOf(repo).get(number);

type Json = Record<string, unknown>;

function authorAssociation(repo: RepoRecord, login: string): string {
  if (login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER';
  return login.endsWith('[bot]') ? 'NONE' : 'COLLABORATOR';
}

/** `issue` for a plain issue: like issueJson for pull requests, without `pull_request`. */
export function plainIssueJson(state: EmulatorState, repo: RepoRecord, issue: PlainIssueRecord): Json {
  const api = repoApiUrl(state, repo);
  const url = `${api}/issues/${issue.number}`;
  const assignees = issue.assignees.map((login) => userJson(state, login));
  return {
    id: issue.id,
    node_id: issue.nodeId,
    url,
    repository_url: api,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${repoHtmlUrl(state, repo)}/issues/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: userJson(state, issue.user),
    labels: issue.labels.map((name) => labelJson(state, repo, repo.labels.get(name.toLowerCase())!)),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: [...repo.comments.values()].filter((comment) => comment.issueNumber === issue.number).length,
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    author_association: authorAssociation(repo, issue.user),
    reactions: {
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
    },
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
  };
}

function checkBody(body: string, resource: string): void {
  if (body.length > MAX_BODY_CHARS) {
    throw validationFailed(resource, `Body is too long (maximum is ${MAX_BODY_CHARS} characters)`, 'data');
  }
}

type LabelInput = string | { name?: string };
const labelNamesOf = (labels: readonly LabelInput[] | undefined): string[] =>
  (labels ?? [])
    .map((label) => (typeof label === 'string' ? label : (label.name ?? '')))
    .filter((name) => name !== '');

/** Labels a non-writer may not set: GitHub silently drops labels and assignees from such a caller. */
const canTriage = (context: RouteContext): boolean => context.identity.permission !== 'read';

function setLabels(engine: RepoEngine, repo: RepoRecord, issue: PlainIssueRecord, names: readonly string[]) {
  const seen = new Set<string>();
  issue.labels = [];
  for (const name of names) {
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    issue.labels.push(engine.ensureLabel(repo, name).name);
  }
}

function setAssignees(context: RouteContext, issue: PlainIssueRecord, logins: readonly string[]): void {
  const invalid = logins.find((login) => !context.engine.isAssignable(context.repo, login));
  if (invalid) {
    throw new HttpError(422, 'Validation Failed', {
      errors: [{ value: invalid, resource: 'Issue', field: 'assignees', code: 'invalid' }],
    });
  }
  issue.assignees = [...new Set(logins)];
}

/** `PATCH /issues/{n}` on a plain issue (routes/issues.ts delegates here). */
export function updatePlainIssue(context: RouteContext, issue: PlainIssueRecord): Json {
  const body = context.body as {
    title?: string | number | null;
    body?: string | null;
    state?: 'open' | 'closed';
    state_reason?: 'completed' | 'not_planned' | 'reopened' | null;
    labels?: LabelInput[];
    assignees?: string[];
  };
  if (body.title !== undefined && body.title !== null) issue.title = String(body.title);
  const previousBody = issue.body;
  if (body.body !== undefined) {
    if (body.body !== null) checkBody(body.body, 'Issue');
    issue.body = body.body;
  }
  if (body.assignees !== undefined && canTriage(context)) setAssignees(context, issue, body.assignees);
  if (body.labels !== undefined && canTriage(context))
    setLabels(context.engine, context.repo, issue, labelNamesOf(body.labels));
  const now = context.state.now();
  if (body.state !== undefined && body.state !== issue.state) {
    issue.state = body.state;
    issue.closedAt = body.state === 'closed' ? now : null;
    issue.stateReason = body.state === 'closed' ? (body.state_reason ?? 'completed') : 'reopened';
  }
  issue.updatedAt = now;
  if (body.body !== undefined && issue.body !== previousBody)
    emitIssueEdited(context, issue, { previousBody, sender: context.identity.login });
  return plainIssueJson(context.state, context.repo, issue);
}

/**
 * The `issues` `edited` event of a body change: `changes.body.from` holds the body before the edit (GitHub
 * sends it as a string: an issue that had no body reads as empty), `sender` who edited it.
 */
export function emitIssueEdited(
  context: Pick<RouteContext, 'state' | 'repo' | 'engine'>,
  issue: PlainIssueRecord,
  edit: { previousBody: string | null; sender: string },
): void {
  context.engine.emit({
    name: 'issues',
    payload: issuesPayload(context.state, context.repo, {
      action: 'edited',
      changes: { body: { from: edit.previousBody ?? '' } },
      issue: plainIssueJson(context.state, context.repo, issue),
      sender: edit.sender,
    }),
  });
}

/** A comment on a plain issue, with its `issue_comment` event (routes/issues.ts delegates here). */
export function commentOnPlainIssue(context: RouteContext, issue: PlainIssueRecord, body: string): Json {
  checkBody(body, 'IssueComment');
  const id = context.state.nextId();
  const now = context.state.now();
  const comment: CommentRecord = {
    id,
    nodeId: makeNodeId('IC', id),
    issueNumber: issue.number,
    body,
    user: context.identity.login,
    createdAt: now,
    updatedAt: now,
    minimizedReason: null,
  };
  context.repo.comments.set(id, comment);
  issue.updatedAt = now;
  const json = commentJson(context.state, context.repo, comment);
  context.engine.emit({
    name: 'issue_comment',
    payload: issueCommentPayload(context.state, context.repo, {
      action: 'created',
      issue: plainIssueJson(context.state, context.repo, issue),
      comment: json,
      sender: context.identity.login,
    }),
  });
  return json;
}

/** One row of `GET /repos/{o}/{r}/issues`: a plain issue or a pull request's issue side. */
interface Listed {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly user: string;
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly json: () => Promise<Json>;
}

async function listIssues(context: RouteContext) {
  const { repo, state, url } = context;
  const query = url.searchParams;
  const wantedState = query.get('state') ?? 'open';
  if (!['open', 'closed', 'all'].includes(wantedState))
    throw validationFailed('Issue', `state is not one of open, closed, all`, 'state');
  const labels = (query.get('labels') ?? '')
    .split(',')
    .map((label) => label.trim().toLowerCase())
    .filter((label) => label !== '');
  const creator = query.get('creator')?.toLowerCase();
  const assignee = query.get('assignee')?.toLowerCase();
  const sort = query.get('sort') ?? 'created';
  const direction = query.get('direction') ?? 'desc';
  const rows: Listed[] = [
    ...[...plainIssuesOf(repo).values()].map((issue) => ({
      ...issue,
      json: async () => plainIssueJson(state, repo, issue),
    })),
    ...[...repo.pulls.values()].map((pull) => ({
      number: pull.number,
      state: pull.state,
      user: pull.user,
      labels: pull.labels,
      assignees: pull.assignees,
      createdAt: pull.createdAt,
      updatedAt: pull.updatedAt,
      json: async () => {
        await context.engine.refreshPull(repo, pull);
        return issueJson(state, repo, pull);
      },
    })),
  ];
  const matching = rows.filter(
    (row) =>
      (wantedState === 'all' || row.state === wantedState) &&
      (creator === undefined || row.user.toLowerCase() === creator) &&
      (assignee === undefined ||
        (assignee === 'none'
          ? row.assignees.length === 0
          : assignee === '*'
            ? row.assignees.length > 0
            : row.assignees.some((login) => login.toLowerCase() === assignee))) &&
      labels.every((label) => row.labels.some((name) => name.toLowerCase() === label)),
  );
  const key = (row: Listed): string => (sort === 'updated' ? row.updatedAt : row.createdAt);
  matching.sort((a, b) => key(a).localeCompare(key(b)) || a.number - b.number);
  if (direction !== 'asc') matching.reverse();
  const page = paginate(matching, url);
  return {
    status: 200,
    headers: page.headers,
    body: await Promise.all(page.items.map((row) => row.json())),
  };
}

async function createIssue(context: RouteContext) {
  const body = context.body as {
    title: string | number;
    body?: string | null;
    labels?: LabelInput[];
    assignees?: string[];
    assignee?: string | null;
  };
  const title = String(body.title ?? '');
  if (title.trim() === '') throw validationFailed('Issue', 'title is missing', 'title');
  if (body.body !== undefined && body.body !== null) checkBody(body.body, 'Issue');
  const { repo, state } = context;
  const id = state.nextId();
  const now = state.now();
  const issue: PlainIssueRecord = {
    number: repo.nextNumber++,
    id,
    nodeId: makeNodeId('I', id),
    title,
    body: body.body ?? null,
    state: 'open',
    stateReason: null,
    user: context.identity.login,
    labels: [],
    assignees: [],
    closedAt: null,
    createdAt: now,
    createdAtMs: Date.parse(now),
    updatedAt: now,
  };
  if (canTriage(context)) {
    const assignees = [...(body.assignees ?? []), ...(body.assignee ? [body.assignee] : [])];
    setAssignees(context, issue, assignees);
    setLabels(context.engine, repo, issue, labelNamesOf(body.labels));
  }
  plainIssuesOf(repo).set(issue.number, issue);
  return {
    status: 201,
    headers: { location: `${repoApiUrl(state, repo)}/issues/${issue.number}` },
    body: plainIssueJson(state, repo, issue),
  };
}

/** The routes that create and list issues. */
export const plainIssuesRoutes: readonly RouteDefinition[] = [
  { operation: 'GET /repos/{owner}/{repo}/issues', handler: listIssues },
  { operation: 'POST /repos/{owner}/{repo}/issues', permission: 'read', handler: createIssue },
];
