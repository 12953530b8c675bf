// Repository settings: `GET|PATCH /repos/{owner}/{repo}`, the Actions workflow permissions and classic
// branch protection. Who may call what follows GitHub: settings need admin (the Actions token and
// write collaborators get 403), and the merge settings are absent from `GET /repos` for a caller
// without write access.
import { HttpError, validationFailed } from '../http-error.js';
import { protectionOf } from '../merge-requirements.js';
import { mergeSettingFields, type BranchProtection } from '../repo-settings.js';
import { fullRepoJson, repoApiUrl } from '../representations.js';
import type { RouteContext, RouteDefinition } from '../router.js';

type Json = Record<string, unknown>;

/** `GET /repos/{owner}/{repo}` as the caller sees it: permissions are theirs, merge settings need write. */
export function repositoryView(context: RouteContext): Json {
  const permission = context.identity.permission;
  const canWrite = permission === 'write' || permission === 'admin';
  const body: Json = {
    ...fullRepoJson(context.state, context.repo),
    permissions: {
      admin: permission === 'admin',
      maintain: permission === 'admin',
      push: canWrite,
      triage: canWrite,
      pull: true,
    },
  };
  if (!canWrite) for (const field of Object.keys(mergeSettingFields)) delete body[field];
  return body;
}

// `PATCH /repos` fields the emulator models; any other field is refused so a test cannot believe
// it changed something the emulator ignores.
const PATCHABLE = new Set(['default_branch', ...Object.keys(mergeSettingFields)]);

async function updateRepository(context: RouteContext) {
  const body = context.body as Record<string, unknown>;
  const unmodelled = Object.keys(body).filter((field) => !PATCHABLE.has(field));
  if (unmodelled.length > 0) {
    throw new HttpError(422, `The GitHub emulator does not model ${unmodelled.join(', ')} (see its README)`);
  }
  const repo = context.repo;
  if (typeof body.default_branch === 'string' && body.default_branch !== repo.defaultBranch) {
    if (!(await repo.git.resolveRef(`refs/heads/${body.default_branch}`))) {
      throw validationFailed(
        'Repository',
        `The branch ${body.default_branch} was not found.`,
        'default_branch',
      );
    }
    repo.defaultBranch = body.default_branch;
  }
  const changes: Partial<Record<(typeof mergeSettingFields)[keyof typeof mergeSettingFields], boolean>> = {};
  for (const [field, key] of Object.entries(mergeSettingFields)) {
    if (typeof body[field] === 'boolean') changes[key] = body[field];
  }
  repo.settings = { ...repo.settings, ...changes };
  return { status: 200, body: repositoryView(context) };
}

function protectionJson(context: RouteContext, branch: string, rule: BranchProtection): Json {
  const url = `${repoApiUrl(context.state, context.repo)}/branches/${branch}/protection`;
  const contexts = rule.requiredStatusChecks;
  return {
    url,
    ...(contexts === null
      ? {}
      : {
          required_status_checks: {
            url: `${url}/required_status_checks`,
            strict: false,
            contexts: [...contexts],
            checks: contexts.map((name) => ({ context: name, app_id: null })),
            contexts_url: `${url}/required_status_checks/contexts`,
          },
        }),
    ...(rule.requiredApprovingReviewCount === null
      ? {}
      : {
          required_pull_request_reviews: {
            url: `${url}/required_pull_request_reviews`,
            dismiss_stale_reviews: false,
            require_code_owner_reviews: false,
            required_approving_review_count: rule.requiredApprovingReviewCount,
            require_last_push_approval: false,
          },
        }),
    required_signatures: { url: `${url}/required_signatures`, enabled: false },
    enforce_admins: { url: `${url}/enforce_admins`, enabled: rule.enforceAdmins },
    required_linear_history: { enabled: false },
    allow_force_pushes: { enabled: false },
    allow_deletions: { enabled: false },
    block_creations: { enabled: false },
    required_conversation_resolution: { enabled: false },
    lock_branch: { enabled: false },
    allow_fork_syncing: { enabled: false },
  };
}

async function existingBranch(context: RouteContext): Promise<string> {
  const branch = context.params.branch!;
  if (!(await context.repo.git.resolveRef(`refs/heads/${branch}`)))
    throw new HttpError(404, 'Branch not found');
  return branch;
}

async function updateProtection(context: RouteContext) {
  const branch = await existingBranch(context);
  const body = context.body as {
    required_status_checks: { contexts?: string[]; checks?: { context: string }[] } | null;
    enforce_admins: boolean | null;
    required_pull_request_reviews: { required_approving_review_count?: number } | null;
    restrictions: unknown;
  };
  if (body.restrictions !== null) {
    throw new HttpError(422, 'The GitHub emulator does not model push restrictions; send restrictions: null');
  }
  const checks = body.required_status_checks;
  const rule: BranchProtection = {
    requiredStatusChecks:
      checks === null ? null : (checks.checks?.map((check) => check.context) ?? checks.contexts ?? []),
    requiredApprovingReviewCount:
      body.required_pull_request_reviews === null
        ? null
        : (body.required_pull_request_reviews.required_approving_review_count ?? 0),
    enforceAdmins: body.enforce_admins ?? false,
  };
  context.repo.protections.set(branch, rule);
  return { status: 200, body: protectionJson(context, branch, rule) };
}

/** The settings routes. */
export const settingsRoutes: readonly RouteDefinition[] = [
  { operation: 'PATCH /repos/{owner}/{repo}', permission: 'admin', handler: updateRepository },
  {
    operation: 'GET /repos/{owner}/{repo}/actions/permissions/workflow',
    permission: 'admin',
    handler: async (context) => ({
      status: 200,
      body: {
        default_workflow_permissions: context.repo.settings.defaultWorkflowPermissions,
        can_approve_pull_request_reviews: context.repo.settings.canApprovePullRequestReviews,
      },
    }),
  },
  {
    operation: 'PUT /repos/{owner}/{repo}/actions/permissions/workflow',
    permission: 'admin',
    handler: async (context) => {
      const body = context.body as {
        default_workflow_permissions?: 'read' | 'write';
        can_approve_pull_request_reviews?: boolean;
      };
      const settings = context.repo.settings;
      context.repo.settings = {
        ...settings,
        defaultWorkflowPermissions: body.default_workflow_permissions ?? settings.defaultWorkflowPermissions,
        canApprovePullRequestReviews:
          body.can_approve_pull_request_reviews ?? settings.canApprovePullRequestReviews,
      };
      return { status: 204 };
    },
  },
  {
    operation: 'GET /repos/{owner}/{repo}/branches/{branch}/protection',
    permission: 'admin',
    handler: async (context) => {
      const branch = await existingBranch(context);
      const rule = protectionOf(context.repo, branch);
      if (!rule) throw new HttpError(404, 'Branch not protected');
      const { url, ...rest } = protectionJson(context, branch, rule);
      return {
        status: 200,
        body: {
          url,
          enabled: true,
          name: branch,
          protection_url: url,
          ...rest,
          ...(rest.required_status_checks
            ? {
                required_status_checks: {
                  ...(rest.required_status_checks as Json),
                  enforcement_level: rule.enforceAdmins ? 'everyone' : 'non_admins',
                },
              }
            : {}),
        },
      };
    },
  },
  {
    operation: 'PUT /repos/{owner}/{repo}/branches/{branch}/protection',
    permission: 'admin',
    handler: updateProtection,
  },
  {
    operation: 'DELETE /repos/{owner}/{repo}/branches/{branch}/protection',
    permission: 'admin',
    handler: async (context) => {
      const branch = await existingBranch(context);
      if (!context.repo.protections.delete(branch)) throw new HttpError(404, 'Branch not protected');
      return { status: 204 };
    },
  },
];
