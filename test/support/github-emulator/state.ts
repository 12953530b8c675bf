// The emulator's non-git state: repositories with their pull requests, comments, labels, reviews and
// statuses. Git content (branches, trees, commits) lives in the bare repositories only.
import type { GitRepo } from './git-store.js';
import type { Identities } from './identities.js';
import type { BranchProtection, RepoSettings } from './repo-settings.js';

export interface LabelRecord {
  readonly id: number;
  readonly nodeId: string;
  readonly name: string;
  color: string;
  description: string | null;
}

export interface CommentRecord {
  readonly id: number;
  readonly nodeId: string;
  readonly issueNumber: number;
  body: string;
  readonly user: string;
  readonly createdAt: string;
  updatedAt: string;
  minimizedReason: string | null;
}

export interface ReviewRecord {
  readonly id: number;
  readonly nodeId: string;
  readonly user: string;
  readonly state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING';
  readonly body: string;
  readonly commitId: string;
  readonly submittedAt: string;
}

export interface StatusRecord {
  readonly id: number;
  readonly nodeId: string;
  readonly state: 'error' | 'failure' | 'pending' | 'success';
  readonly context: string;
  readonly description: string | null;
  readonly targetUrl: string | null;
  readonly creator: string;
  readonly createdAt: string;
}

/** The states `POST …/deployments/{id}/statuses` accepts. */
export type DeploymentStatusState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface DeploymentStatusRecord {
  readonly id: number;
  readonly nodeId: string;
  readonly state: DeploymentStatusState;
  readonly creator: string;
  readonly description: string;
  readonly environment: string;
  readonly targetUrl: string;
  readonly logUrl: string;
  readonly environmentUrl: string;
  readonly createdAt: string;
}

export interface DeploymentRecord {
  readonly id: number;
  readonly nodeId: string;
  readonly sha: string;
  readonly ref: string;
  readonly task: string;
  /** As sent: an object, or a string (GitHub's description allows both). */
  readonly payload: Record<string, unknown> | string;
  readonly originalEnvironment: string;
  /** The environment of the latest status that named one, else the original. */
  environment: string;
  readonly description: string | null;
  readonly creator: string;
  readonly createdAt: string;
  updatedAt: string;
  readonly transientEnvironment: boolean;
  readonly productionEnvironment: boolean;
  /** Oldest first. */
  readonly statuses: DeploymentStatusRecord[];
}

export interface EnvironmentRecord {
  readonly id: number;
  readonly nodeId: string;
  readonly name: string;
  readonly createdAt: string;
  updatedAt: string;
}

export interface AutoMergeRecord {
  readonly enabledBy: string;
  readonly mergeMethod: 'merge' | 'squash' | 'rebase';
  readonly commitTitle: string;
  readonly commitMessage: string;
}

export interface PullRecord {
  readonly number: number;
  readonly id: number;
  readonly nodeId: string;
  readonly issueId: number;
  readonly issueNodeId: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  readonly user: string;
  readonly head: string;
  base: string;
  /** Last known head/base SHAs; live from the branches while open, frozen once closed. */
  headSha: string;
  baseSha: string;
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
  closedAt: string | null;
  readonly createdAt: string;
  readonly createdAtMs: number;
  updatedAt: string;
  labels: string[];
  assignees: string[];
  autoMerge: AutoMergeRecord | null;
  maintainerCanModify: boolean;
}

/** One active repository ruleset on branches: the rules the emulator enforces. */
export interface RulesetRecord {
  readonly id: number;
  readonly name: string;
  /** Branch names it targets; `~DEFAULT_BRANCH` is the default branch, as GitHub spells it. */
  readonly branches: readonly string[];
  /** The `pull_request` rule's `required_approving_review_count`; null = no pull_request rule. */
  readonly requiredApprovingReviewCount: number | null;
  /** The `required_status_checks` rule's contexts; null = no such rule. */
  readonly requiredStatusChecks: readonly string[] | null;
}

export interface RepoRecord {
  readonly id: number;
  readonly nodeId: string;
  readonly owner: string;
  readonly name: string;
  defaultBranch: string;
  readonly private: boolean;
  readonly git: GitRepo;
  readonly createdAt: string;
  pushedAt: string;
  readonly labels: Map<string, LabelRecord>;
  readonly pulls: Map<number, PullRecord>;
  readonly comments: Map<number, CommentRecord>;
  readonly reviews: Map<number, ReviewRecord[]>;
  readonly statuses: Map<string, StatusRecord[]>;
  /** Deployments, oldest first. */
  readonly deployments: DeploymentRecord[];
  /** Environments by lower-cased name (names are case-insensitive on GitHub). */
  readonly environments: Map<string, EnvironmentRecord>;
  /** Required status contexts on every branch (`setRequiredStatusChecks`); counts as a protection rule. */
  requiredStatusChecks: string[];
  /** Merge, auto-merge and Actions settings (`PATCH /repos`, `PUT …/actions/permissions/workflow`). */
  settings: RepoSettings;
  /** Classic branch protection rules by branch name. */
  readonly protections: Map<string, BranchProtection>;
  /** Repository rulesets (`emulator.addRuleset`), in creation order. */
  readonly rulesets: RulesetRecord[];
  nextNumber: number;
}

/** One workflow event the emulator produced. */
export interface EmulatorEvent {
  readonly name:
    | 'pull_request'
    | 'push'
    | 'issue_comment'
    | 'issues'
    | 'workflow_dispatch'
    | 'pull_request_review'
    | 'deployment'
    | 'deployment_status'
    | 'schedule';
  readonly payload: Record<string, unknown>;
  /** For `workflow_dispatch`: the workflow file or id dispatched. */
  readonly workflow?: string;
}

/** What every part of the emulator shares. */
export interface EmulatorState {
  readonly serverUrl: string;
  readonly apiUrl: string;
  readonly identities: Identities;
  readonly repos: Map<string, RepoRecord>;
  readonly events: EmulatorEvent[];
  readonly nextId: () => number;
  /** GitHub's timestamp format (ISO 8601, UTC, no milliseconds) of the emulator's clock. */
  readonly now: () => string;
  /** The emulator's clock in epoch milliseconds (a test clock when one was given). */
  readonly nowMs: () => number;
}

/** The key of a repository in `EmulatorState.repos` (GitHub names are case-insensitive). */
export const repoKey = (owner: string, name: string): string => `${owner}/${name}`.toLowerCase();

/** Node ids in GitHub's current style (`PR_kw…`), decodable by the emulator only. */
export function makeNodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(`emu:${id}`).toString('base64url')}`;
}
