// Issues (the issue side of pull requests): PATCH issue, comments, labels, assignees.
import { HttpError, notFound, validationFailed } from '../http-error.js';
import { paginate } from '../pagination.js';
import { commentJson, issueJson, labelJson } from '../representations.js';
import type { RouteContext, RouteDefinition } from '../router.js';
import type { CommentRecord, PullRecord } from '../state.js';
import { setPullState } from './pulls.js';
import { commentOnPlainIssue, findPlainIssue, plainIssueJson, updatePlainIssue } from '../plain-issues.js';
import { issueCommentPayload } from '../events.js';

const MAX_BODY_CHARS = 65536;

const issueOf = (context: RouteContext): PullRecord =>
  context.engine.findPull(context.repo, Number(context.params.issue_number));

const commentOf = (context: RouteContext): CommentRecord => {
  const comment = context.repo.comments.get(Number(context.params.comment_id));
  if (!comment) throw notFound();
  return comment;
};

function checkBody(body: string): void {
  if (body.length > MAX_BODY_CHARS) {
    throw validationFailed(
      'IssueComment',
      `Body is too long (maximum is ${MAX_BODY_CHARS} characters)`,
      'data',
    );
  }
}

type LabelInput = string | { name: string };

function labelNames(body: unknown): string[] {
  const list = Array.isArray(body) ? body : ((body as { labels?: LabelInput[] }).labels ?? []);
  return (list as LabelInput[]).map((label) => (typeof label === 'string' ? label : label.name));
}

async function issueBody(context: RouteContext, pull: PullRecord) {
  await context.engine.refreshPull(context.repo, pull);
  return issueJson(context.state, context.repo, pull);
}

/** Replaces the labels of a pull request; labels new to it emit `labeled`. */
async function replaceLabels(
  context: RouteContext,
  pull: PullRecord,
  names: readonly string[],
): Promise<void> {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  pull.labels = pull.labels.filter((label) => wanted.has(label.toLowerCase()));
  pull.updatedAt = context.state.now();
  await context.engine.addLabels(context.repo, pull, names, context.identity.login);
}

function labelsBody(context: RouteContext, pull: PullRecord) {
  return pull.labels.map((name) =>
    labelJson(context.state, context.repo, context.repo.labels.get(name.toLowerCase())!),
  );
}

async function updateIssue(context: RouteContext) {
  const plain = findPlainIssue(context.repo, Number(context.params.issue_number));
  if (plain) return { status: 200, body: updatePlainIssue(context, plain) };
  const pull = issueOf(context);
  const body = context.body as {
    title?: string | number | null;
    body?: string | null;
    state?: 'open' | 'closed';
    labels?: LabelInput[];
    assignees?: string[];
  };
  if (body.title !== undefined && body.title !== null) pull.title = String(body.title);
  if (body.body !== undefined) {
    if (body.body !== null) checkBody(body.body);
    pull.body = body.body;
  }
  if (body.assignees !== undefined) {
    const invalid = body.assignees.find((login) => !context.engine.isAssignable(context.repo, login));
    if (invalid) {
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ value: invalid, resource: 'Issue', field: 'assignees', code: 'invalid' }],
      });
    }
    pull.assignees = [...new Set(body.assignees)];
  }
  if (body.labels !== undefined) await replaceLabels(context, pull, labelNames({ labels: body.labels }));
  pull.updatedAt = context.state.now();
  if (body.state && body.state !== pull.state && !pull.merged) await setPullState(context, pull, body.state);
  return { status: 200, body: await issueBody(context, pull) };
}

async function createComment(context: RouteContext) {
  const body = (context.body as { body: string }).body;
  const plain = findPlainIssue(context.repo, Number(context.params.issue_number));
  if (plain) return { status: 201, body: commentOnPlainIssue(context, plain, body) };
  const pull = issueOf(context);
  checkBody(body);
  const comment = await context.engine.addComment(context.repo, pull, body, context.identity.login);
  return { status: 201, body: commentJson(context.state, context.repo, comment) };
}

/** The `issue_comment` `edited` event of a body change, with `changes.body.from`, on a plain issue or a PR. */
export function emitCommentEdited(
  context: Pick<RouteContext, 'state' | 'repo' | 'engine'> & { identity: { login: string } },
  comment: CommentRecord,
  edit: { previousBody: string },
): void {
  const plain = findPlainIssue(context.repo, comment.issueNumber);
  const issue = plain
    ? plainIssueJson(context.state, context.repo, plain)
    : issueJson(context.state, context.repo, context.engine.findPull(context.repo, comment.issueNumber));
  context.engine.emit({
    name: 'issue_comment',
    payload: issueCommentPayload(context.state, context.repo, {
      action: 'edited',
      changes: { body: { from: edit.previousBody } },
      issue,
      comment: commentJson(context.state, context.repo, comment),
      sender: context.identity.login,
    }),
  });
}

/** The issue routes. */
export const issuesRoutes: readonly RouteDefinition[] = [
  {
    operation: 'GET /repos/{owner}/{repo}/issues/{issue_number}',
    handler: async (context) => {
      const plain = findPlainIssue(context.repo, Number(context.params.issue_number));
      if (plain) return { status: 200, body: plainIssueJson(context.state, context.repo, plain) };
      return { status: 200, body: await issueBody(context, issueOf(context)) };
    },
  },
  { operation: 'PATCH /repos/{owner}/{repo}/issues/{issue_number}', handler: updateIssue },
  {
    operation: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    handler: async (context) => {
      const number = Number(context.params.issue_number);
      if (!findPlainIssue(context.repo, number)) issueOf(context);
      const comments = [...context.repo.comments.values()].filter(
        (comment) => comment.issueNumber === number,
      );
      const page = paginate(comments, context.url);
      return {
        status: 200,
        headers: page.headers,
        body: page.items.map((comment) => commentJson(context.state, context.repo, comment)),
      };
    },
  },
  {
    operation: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    permission: 'read',
    handler: createComment,
  },
  {
    operation: 'GET /repos/{owner}/{repo}/issues/comments/{comment_id}',
    handler: async (context) => ({
      status: 200,
      body: commentJson(context.state, context.repo, commentOf(context)),
    }),
  },
  {
    operation: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    permission: 'read',
    handler: async (context) => {
      const comment = commentOf(context);
      const own = comment.user.toLowerCase() === context.identity.login.toLowerCase();
      if (!own && context.identity.permission === 'read')
        throw new HttpError(403, 'Must have push access to edit this comment');
      const body = (context.body as { body: string }).body;
      checkBody(body);
      const previous = comment.body;
      comment.body = body;
      comment.updatedAt = context.state.now();
      if (previous !== body) emitCommentEdited(context, comment, { previousBody: previous });
      return { status: 200, body: commentJson(context.state, context.repo, comment) };
    },
  },
  {
    operation: 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
    handler: async (context) => {
      context.repo.comments.delete(commentOf(context).id);
      return { status: 204 };
    },
  },
  {
    operation: 'GET /repos/{owner}/{repo}/labels',
    handler: async (context) => {
      const page = paginate([...context.repo.labels.values()], context.url);
      return {
        status: 200,
        headers: page.headers,
        body: page.items.map((label) => labelJson(context.state, context.repo, label)),
      };
    },
  },
  {
    operation: 'GET /repos/{owner}/{repo}/issues/{issue_number}/labels',
    handler: async (context) => {
      const pull = issueOf(context);
      const page = paginate(labelsBody(context, pull), context.url);
      return { status: 200, headers: page.headers, body: page.items };
    },
  },
  {
    operation: 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
    handler: async (context) => {
      const pull = issueOf(context);
      await context.engine.addLabels(context.repo, pull, labelNames(context.body), context.identity.login);
      return { status: 200, body: labelsBody(context, pull) };
    },
  },
  {
    operation: 'PUT /repos/{owner}/{repo}/issues/{issue_number}/labels',
    handler: async (context) => {
      const pull = issueOf(context);
      await replaceLabels(context, pull, labelNames(context.body));
      return { status: 200, body: labelsBody(context, pull) };
    },
  },
  {
    operation: 'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
    handler: async (context) => {
      const pull = issueOf(context);
      const name = context.params.name!.toLowerCase();
      if (!pull.labels.some((label) => label.toLowerCase() === name))
        throw new HttpError(404, 'Label does not exist');
      pull.labels = pull.labels.filter((label) => label.toLowerCase() !== name);
      pull.updatedAt = context.state.now();
      return { status: 200, body: labelsBody(context, pull) };
    },
  },
  {
    operation: 'POST /repos/{owner}/{repo}/issues/{issue_number}/assignees',
    handler: async (context) => {
      const pull = issueOf(context);
      const requested = (context.body as { assignees?: string[] }).assignees ?? [];
      // "Only users with push access can add assignees to an issue. Assignees are silently ignored
      // otherwise." (GitHub's description of this operation): bots and unknown logins are dropped, 201.
      for (const login of requested) {
        const identity = context.state.identities.byLogin(login);
        if (
          identity &&
          context.engine.isAssignable(context.repo, login) &&
          !pull.assignees.includes(identity.login)
        ) {
          pull.assignees.push(identity.login);
        }
      }
      pull.updatedAt = context.state.now();
      return { status: 201, body: await issueBody(context, pull) };
    },
  },
  {
    operation: 'DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees',
    handler: async (context) => {
      const pull = issueOf(context);
      const removed = new Set(
        ((context.body as { assignees?: string[] }).assignees ?? []).map((l) => l.toLowerCase()),
      );
      pull.assignees = pull.assignees.filter((login) => !removed.has(login.toLowerCase()));
      pull.updatedAt = context.state.now();
      return { status: 200, body: await issueBody(context, pull) };
    },
  },
];
