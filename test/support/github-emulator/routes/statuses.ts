// Commit statuses: create, list, combined status. A new status may complete a pending auto-merge.
import { HttpError, validationFailed } from '../http-error.js';
import { paginate } from '../pagination.js';
import { minimalRepoJson, repoApiUrl, statusJson } from '../representations.js';
import type { RouteContext, RouteDefinition } from '../router.js';
import type { StatusRecord } from '../state.js';

async function shaForRef(context: RouteContext): Promise<string> {
  const sha = await context.engine.resolveCommit(context.repo, context.params.ref!);
  if (!sha) throw new HttpError(404, `No commit found for SHA: ${context.params.ref}`);
  return sha;
}

/**
 * GitHub refuses a status description over 140 characters and one with a character outside the Basic Multilingual
 * Plane (an emoji): "description doesn't accept 4-byte Unicode" (reported by users of the statuses and labels APIs,
 * e.g. ouzi-dev/commit-status-updater#526).
 */
function checkDescription(description: string | null | undefined): void {
  if (description === null || description === undefined) return;
  if (/[\u{10000}-\u{10FFFF}]/u.test(description))
    throw validationFailed('Status', "description doesn't accept 4-byte Unicode", 'description');
  if ([...description].length > 140)
    throw validationFailed('Status', 'description is too long (maximum is 140 characters)', 'description');
}

/** The commit status routes. */
export const statusesRoutes: readonly RouteDefinition[] = [
  {
    operation: 'POST /repos/{owner}/{repo}/statuses/{sha}',
    handler: async (context) => {
      const sha = context.params.sha!;
      if ((await context.repo.git.objectType(sha)) !== 'commit') {
        throw new HttpError(422, `No commit found for SHA: ${sha}`);
      }
      const body = context.body as {
        state: StatusRecord['state'];
        target_url?: string | null;
        description?: string | null;
        context?: string;
      };
      checkDescription(body.description);
      const record = await context.engine.addStatus(context.repo, sha, {
        state: body.state,
        context: body.context ?? 'default',
        description: body.description ?? null,
        targetUrl: body.target_url ?? null,
        creator: context.identity.login,
      });
      return { status: 201, body: statusJson(context.state, context.repo, sha, record) };
    },
  },
  {
    operation: 'GET /repos/{owner}/{repo}/commits/{ref}/statuses',
    handler: async (context) => {
      const sha = await shaForRef(context);
      const statuses = [...(context.repo.statuses.get(sha) ?? [])].reverse();
      const page = paginate(statuses, context.url);
      return {
        status: 200,
        headers: page.headers,
        body: page.items.map((status) => statusJson(context.state, context.repo, sha, status)),
      };
    },
  },
  {
    operation: 'GET /repos/{owner}/{repo}/commits/{ref}/status',
    handler: async (context) => {
      const sha = await shaForRef(context);
      const latest = context.engine.latestStatuses(context.repo, sha);
      const required = new Set(context.repo.requiredStatusChecks);
      const api = repoApiUrl(context.state, context.repo);
      return {
        status: 200,
        body: {
          state: context.engine.combinedState(context.repo, sha),
          statuses: latest.map((status) => ({
            ...statusJson(context.state, context.repo, sha, status),
            required: required.has(status.context),
          })),
          sha,
          total_count: latest.length,
          repository: minimalRepoJson(context.state, context.repo),
          commit_url: `${api}/commits/${sha}`,
          url: `${api}/commits/${sha}/status`,
        },
      };
    },
  },
];
