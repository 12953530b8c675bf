// Pull requests: create, get, list, update, files, merge, reviews.
import { headRepositoryOf } from '../fork-pulls.js';
import { HttpError, validationFailed } from '../http-error.js';
import { paginate } from '../pagination.js';
import { ACTIONS_MAY_NOT_CREATE_PULLS } from '../repo-settings.js';
import { pullSimpleJson, reviewJson } from '../representations.js';
import type { RouteContext, RouteDefinition } from '../router.js';
import type { PullRecord, ReviewRecord } from '../state.js';
import { makeNodeId } from '../state.js';
import { diffEntryJson } from './repos.js';

const PULL_FILES_CAP = 3000;

// "Allow GitHub Actions to create and approve pull requests" binds the workflow token only.
const refuseActionsToken = (context: RouteContext): void => {
  if (context.identity.key === 'actions' && !context.repo.settings.canApprovePullRequestReviews) {
    throw new HttpError(403, ACTIONS_MAY_NOT_CREATE_PULLS);
  }
};

const pullOf = (context: RouteContext): PullRecord =>
  context.engine.findPull(context.repo, Number(context.params.pull_number));

async function listPulls(context: RouteContext) {
  const query = context.url.searchParams;
  const state = query.get('state') ?? 'open';
  const head = query.get('head');
  const base = query.get('base');
  const direction = query.get('direction') ?? 'desc';
  const pulls = [...context.repo.pulls.values()].filter((pull) => {
    if (state !== 'all' && pull.state !== state) return false;
    if (base && pull.base !== base) return false;
    if (head) {
      const [owner = '', branch] = head.includes(':') ? head.split(':', 2) : [head, undefined];
      if (owner.toLowerCase() !== context.repo.owner.toLowerCase()) return false;
      if (branch !== undefined && pull.head !== branch) return false;
    }
    return true;
  });
  pulls.sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
  for (const pull of pulls) await context.engine.refreshPull(context.repo, pull);
  const page = paginate(pulls, context.url);
  return {
    status: 200,
    headers: page.headers,
    body: page.items.map((pull) => pullSimpleJson(context.state, context.repo, pull)),
  };
}

async function createPull(context: RouteContext) {
  const body = context.body as { head: string; base: string; title?: string; body?: string; draft?: boolean };
  refuseActionsToken(context);
  if (!body.title)
    throw new HttpError(422, 'Validation Failed', {
      errors: [{ resource: 'PullRequest', field: 'title', code: 'missing_field' }],
    });
  if (body.body !== undefined && body.body.length > 65536) {
    throw validationFailed('PullRequest', 'Body is too long (maximum is 65536 characters)', 'body');
  }
  const pull = await context.engine.createPull(context.repo, {
    head: body.head,
    base: body.base,
    title: body.title,
    body: body.body ?? null,
    user: context.identity.login,
    draft: body.draft ?? false,
  });
  return { status: 201, body: await context.engine.pullJson(context.repo, pull) };
}

async function updatePull(context: RouteContext) {
  const pull = pullOf(context);
  const body = context.body as {
    title?: string;
    body?: string;
    state?: 'open' | 'closed';
    base?: string;
    maintainer_can_modify?: boolean;
  };
  const engine = context.engine;
  const changes: Record<string, { from: string | null }> = {};
  if (body.body !== undefined && body.body.length > 65536) {
    throw validationFailed('PullRequest', 'Body is too long (maximum is 65536 characters)', 'body');
  }
  if (body.base !== undefined && body.base !== pull.base) {
    if (!(await context.repo.git.resolveRef(`refs/heads/${body.base}`))) {
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'PullRequest', field: 'base', code: 'invalid' }],
      });
    }
    changes.base = { from: pull.base };
    pull.base = body.base;
  }
  if (body.title !== undefined && body.title !== pull.title) {
    changes.title = { from: pull.title };
    pull.title = body.title;
  }
  if (body.body !== undefined && body.body !== pull.body) {
    changes.body = { from: pull.body };
    pull.body = body.body;
  }
  if (body.maintainer_can_modify !== undefined) pull.maintainerCanModify = body.maintainer_can_modify;
  pull.updatedAt = context.state.now();
  await engine.refreshPull(context.repo, pull);
  if (Object.keys(changes).length > 0) {
    await engine.emitPullEvent(context.repo, pull, 'edited', context.identity.login, {
      changes: Object.fromEntries(
        Object.entries(changes).map(([key, value]) => [key, key === 'base' ? { ref: value } : value]),
      ),
    });
  }
  if (body.state && body.state !== pull.state && !pull.merged) {
    await setPullState(context, pull, body.state);
  }
  return { status: 200, body: await engine.pullJson(context.repo, pull) };
}

/** Closes or reopens a pull request (shared with PATCH issue). */
export async function setPullState(
  context: RouteContext,
  pull: PullRecord,
  state: 'open' | 'closed',
): Promise<void> {
  if (state === 'open') {
    const duplicate = [...context.repo.pulls.values()].some(
      (other) =>
        other !== pull &&
        other.state === 'open' &&
        other.head === pull.head &&
        other.base === pull.base &&
        headRepositoryOf(other) === headRepositoryOf(pull),
    );
    if (duplicate)
      throw validationFailed(
        'PullRequest',
        `A pull request already exists for ${context.repo.owner}:${pull.head}.`,
      );
    if (!(await context.repo.git.resolveRef(`refs/heads/${pull.head}`))) {
      throw validationFailed('PullRequest', 'state cannot be changed. The head branch was deleted.');
    }
    pull.state = 'open';
    pull.closedAt = null;
    await context.engine.refreshPull(context.repo, pull);
    await context.engine.emitPullEvent(context.repo, pull, 'reopened', context.identity.login);
    return;
  }
  await context.engine.refreshPull(context.repo, pull);
  pull.state = 'closed';
  pull.closedAt = context.state.now();
  pull.autoMerge = null;
  await context.engine.emitPullEvent(context.repo, pull, 'closed', context.identity.login);
}

async function mergePull(context: RouteContext) {
  const pull = pullOf(context);
  const body = context.body as {
    commit_title?: string;
    commit_message?: string;
    sha?: string;
    merge_method?: 'merge' | 'squash' | 'rebase';
  };
  const sha = await context.engine.mergePull(context.repo, pull, {
    method: body.merge_method ?? 'merge',
    user: context.identity.login,
    ...(body.sha === undefined ? {} : { sha: body.sha }),
    ...(body.commit_title === undefined ? {} : { commitTitle: body.commit_title }),
    ...(body.commit_message === undefined ? {} : { commitMessage: body.commit_message }),
  });
  return { status: 200, body: { sha, merged: true, message: 'Pull Request successfully merged' } };
}

async function createReview(context: RouteContext) {
  const pull = pullOf(context);
  const body = context.body as {
    event?: 'APPROVE' | 'REQUEST_CHANGES' | 'COMMENT';
    body?: string;
    commit_id?: string;
  };
  if (body.event === 'APPROVE') refuseActionsToken(context);
  const login = context.identity.login;
  const own = pull.user.toLowerCase() === login.toLowerCase();
  const refuse = (message: string) => new HttpError(422, 'Unprocessable Entity', { errors: [message] });
  if (body.event === 'APPROVE' && own) throw refuse('Can not approve your own pull request');
  if (body.event === 'REQUEST_CHANGES' && own)
    throw refuse('Can not request changes on your own pull request');
  if ((body.event === 'REQUEST_CHANGES' || body.event === 'COMMENT') && !body.body) {
    throw refuse(`Body is required for ${body.event} review`);
  }
  if (pull.state !== 'open' && body.event === 'APPROVE')
    throw refuse('Can not approve a closed pull request');
  await context.engine.refreshPull(context.repo, pull);
  const id = context.state.nextId();
  const stateByEvent = {
    APPROVE: 'APPROVED',
    REQUEST_CHANGES: 'CHANGES_REQUESTED',
    COMMENT: 'COMMENTED',
  } as const;
  const review: ReviewRecord = {
    id,
    nodeId: makeNodeId('PRR', id),
    user: login,
    state: body.event ? stateByEvent[body.event] : 'PENDING',
    body: body.body ?? '',
    commitId: body.commit_id ?? pull.headSha,
    submittedAt: context.state.now(),
  };
  context.repo.reviews.set(pull.number, [...(context.repo.reviews.get(pull.number) ?? []), review]);
  // An approval may be the last requirement an auto-merge waited for.
  if (review.state === 'APPROVED') await context.engine.evaluateAutoMerge(context.repo);
  return { status: 200, body: reviewJson(context.state, context.repo, pull.number, review) };
}

/** The pull request routes. */
export const pullsRoutes: readonly RouteDefinition[] = [
  { operation: 'GET /repos/{owner}/{repo}/pulls', handler: listPulls },
  { operation: 'POST /repos/{owner}/{repo}/pulls', handler: createPull },
  {
    operation: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
    handler: async (context) => ({
      status: 200,
      body: await context.engine.pullJson(context.repo, pullOf(context), { lazyMergeability: true }),
    }),
  },
  { operation: 'PATCH /repos/{owner}/{repo}/pulls/{pull_number}', handler: updatePull },
  {
    operation: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
    handler: async (context) => {
      const pull = pullOf(context);
      const files = await context.engine.pullFiles(context.repo, pull);
      // GitHub returns at most 3,000 files, paginated (30 per page by default, at most 100).
      const page = paginate(files, context.url, { maxItems: PULL_FILES_CAP });
      return {
        status: 200,
        headers: page.headers,
        body: page.items.map((change) => diffEntryJson(context, change, pull.headSha)),
      };
    },
  },
  {
    operation: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/merge',
    handler: async (context) => {
      if (!pullOf(context).merged) throw new HttpError(404, 'Not Found');
      return { status: 204 };
    },
  },
  { operation: 'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', handler: mergePull },
  {
    operation: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    handler: async (context) => {
      const pull = pullOf(context);
      const page = paginate(context.repo.reviews.get(pull.number) ?? [], context.url);
      return {
        status: 200,
        headers: page.headers,
        body: page.items.map((review) => reviewJson(context.state, context.repo, pull.number, review)),
      };
    },
  },
  // Anyone with read access may review; only writers' approvals count toward required reviews.
  {
    operation: 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    permission: 'read',
    handler: createReview,
  },
];
