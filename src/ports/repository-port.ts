import type { RepositoryScope } from './repository-scope.js';
import type { MergeMethod } from './merge-port.js';

/** Merge settings of a repository (`GET /repos`, or the `repository` of an event payload). */
export interface RepositorySettings {
  /** The merge methods the repository allows, in the order merge, squash, rebase. */
  mergeMethods: MergeMethod[];
  /** "Allow auto-merge" (off by default). */
  allowAutoMerge: boolean;
}

/** The repository as `GET /repos/{owner}/{repo}` describes it to the token's identity. */
export interface RepositoryInfo {
  defaultBranch: string;
  htmlUrl: string;
  settings: RepositorySettings;
  /** The token identity's role: `admin` | `maintain` | `write` | `triage` | `read`. */
  permission: string;
}

/** `GET …/actions/permissions/workflow`: what the workflow token may do (needs an admin token to read). */
export interface WorkflowTokenPermissions {
  defaultWorkflowPermissions: 'read' | 'write';
  canApprovePullRequestReviews: boolean;
}

/** What branch protection requires before a merge, as doctor reports it. */
export interface BranchProtectionInfo {
  requiredApprovingReviews: number;
  requiredStatusChecks: string[];
}

/** The repository's description and settings: what it allows and requires. Every method is one call. */
export interface RepositoryPort extends RepositoryScope {
  /** Default branch, URL, merge settings and the identity's permission. */
  getRepository(): Promise<RepositoryInfo>;
  /** The Actions workflow-token settings; `forbidden` when the token may not read them (needs admin). */
  getWorkflowTokenPermissions(): Promise<WorkflowTokenPermissions | 'forbidden'>;
  /** Protection of a branch; `unprotected` on 404, `forbidden` when the token may not read it. */
  getBranchProtection(branch: string): Promise<BranchProtectionInfo | 'unprotected' | 'forbidden'>;
  /**
   * What the active rulesets require on a branch (`GET …/rules/branches/{branch}`): readable with metadata access,
   * so also by the workflow token, which may not read classic protection.
   */
  getBranchRules(branch: string): Promise<BranchProtectionInfo>;
}
