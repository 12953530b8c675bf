// The GITHUB_TOKEN of one workflow job: its scopes, decided as GitHub decides them, and the scope each served
// operation needs. Sources: https://docs.github.com/actions/reference/github_token-reference (the permissive and
// restricted defaults), https://docs.github.com/actions/using-jobs/assigning-permissions-to-jobs (a `permissions:`
// block names scopes, every scope it does not name is `none`; a job's block replaces the workflow's).
import { parse } from 'yaml';

/** The `permissions:` scopes the emulator enforces (others a workflow names are accepted and ignored). */
export const workflowScopes = [
  'actions',
  'contents',
  'deployments',
  'issues',
  'metadata',
  'packages',
  'pull-requests',
  'statuses',
] as const;

/** One `permissions:` scope. */
export type WorkflowScope = (typeof workflowScopes)[number];

/** The access of one scope. */
export type ScopeAccess = 'none' | 'read' | 'write';

/** A job token's access per scope. */
export type TokenScopes = Readonly<Record<WorkflowScope, ScopeAccess>>;

const every = (access: ScopeAccess): Record<WorkflowScope, ScopeAccess> =>
  Object.fromEntries(workflowScopes.map((scope) => [scope, access])) as Record<WorkflowScope, ScopeAccess>;

/**
 * The token's scopes from a `permissions:` value (`undefined` when the workflow and job declare none) and the
 * repository's `default_workflow_permissions`: `write` is the permissive default (every scope read/write),
 * `read` the restricted one (contents and packages read, the rest none). `metadata` is always read.
 */
export function tokenScopes(permissions: unknown, defaultPermissions: 'read' | 'write'): TokenScopes {
  if (permissions === undefined || permissions === null) {
    if (defaultPermissions === 'write') return { ...every('write'), metadata: 'read' };
    return { ...every('none'), contents: 'read', packages: 'read', metadata: 'read' };
  }
  if (permissions === 'write-all') return { ...every('write'), metadata: 'read' };
  if (permissions === 'read-all') return every('read');
  if (typeof permissions !== 'object' || Array.isArray(permissions)) {
    throw new Error(
      `permissions: ${JSON.stringify(permissions)} is not read-all, write-all or a map of scopes`,
    );
  }
  const scopes = { ...every('none'), metadata: 'read' as ScopeAccess };
  for (const [scope, access] of Object.entries(permissions as Record<string, unknown>)) {
    if (access !== 'none' && access !== 'read' && access !== 'write') {
      throw new Error(`permissions.${scope}: ${JSON.stringify(access)} is not read, write or none`);
    }
    if ((workflowScopes as readonly string[]).includes(scope)) scopes[scope as WorkflowScope] = access;
  }
  return scopes;
}

/** The `permissions:` value that applies to `job` (its own block, else the workflow's), from the workflow YAML. */
export function declaredPermissions(workflowYaml: string, job: string | undefined): unknown {
  const workflow = (parse(workflowYaml) ?? {}) as {
    permissions?: unknown;
    jobs?: Record<string, { permissions?: unknown } | null>;
  };
  const jobs = workflow.jobs ?? {};
  const chosen = job ?? Object.keys(jobs)[0];
  if (job !== undefined && !(job in jobs)) throw new Error(`the workflow has no job ${job}`);
  const jobBlock = chosen === undefined ? undefined : jobs[chosen]?.permissions;
  return jobBlock ?? workflow.permissions;
}

/** Either scope satisfies the operation (comments and labels of a pull request: issues or pull-requests). */
type Needed = readonly WorkflowScope[];

// Deployments and their statuses need `deployments` (the REST reference's fine-grained permission for them:
// "Deployments" repository permissions, https://docs.github.com/en/rest/deployments/statuses; 403 "Resource not
// accessible by integration" from job tokens without it, fixed by `deployments: write`:
// https://github.com/chrnorm/deployment-status/issues/31, https://github.com/bobheadxi/deployments/issues/32).
// Environments are read with `actions` ("List environments": Actions, read,
// https://docs.github.com/en/rest/deployments/environments).
const deploymentScopes: readonly [RegExp, Needed][] = [
  [/^\w+ \/repos\/\{owner\}\/\{repo\}\/deployments/, ['deployments']],
  [/^GET \/repos\/\{owner\}\/\{repo\}\/environments/, ['actions']],
];

// The scope each REST operation of a repository needs (GitHub's "Permissions required for GitHub Apps");
// settings operations need Administration, which a GITHUB_TOKEN never has (the router refuses them already).
const restScopes: readonly [RegExp, Needed][] = [
  [/^PUT \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}\/merge$/, ['contents']],
  [/^\w+ \/repos\/\{owner\}\/\{repo\}\/pulls/, ['pull-requests']],
  [/^\w+ \/repos\/\{owner\}\/\{repo\}\/(issues|labels)/, ['issues', 'pull-requests']],
  [/^\w+ \/repos\/\{owner\}\/\{repo\}\/(statuses|commits\/\{ref\}\/status)/, ['statuses']],
  [/^\w+ \/repos\/\{owner\}\/\{repo\}\/actions\/workflows/, ['actions']],
  ...deploymentScopes,
  [/^\w+ \/repos\/\{owner\}\/\{repo\}\/(git|contents|commits|compare|branches\/\{branch\}$)/, ['contents']],
  [/^GET \/repos\/\{owner\}\/\{repo\}(\/collaborators\/.*)?$/, ['metadata']],
];

/** The scopes (any one suffices) a REST operation needs, or undefined when no scope governs it. */
export function restOperationScopes(operation: string): Needed | undefined {
  return restScopes.find(([pattern]) => pattern.test(operation))?.[1];
}

/** The scopes a GraphQL mutation needs. */
export const graphqlMutationScopes: Readonly<Record<string, Needed>> = {
  updateRefs: ['contents'],
  createCommitOnBranch: ['contents'],
  minimizeComment: ['issues', 'pull-requests'],
  unminimizeComment: ['issues', 'pull-requests'],
  enablePullRequestAutoMerge: ['pull-requests'],
  disablePullRequestAutoMerge: ['pull-requests'],
  pinIssue: ['issues'],
  unpinIssue: ['issues'],
};

/** Whether `scopes` grant `access` through one of `needed`. */
export function scopesAllow(scopes: TokenScopes, needed: Needed, access: 'read' | 'write'): boolean {
  return needed.some((scope) => scopes[scope] === 'write' || (access === 'read' && scopes[scope] === 'read'));
}
