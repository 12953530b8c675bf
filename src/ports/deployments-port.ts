import type { DeploymentRecord, DeploymentState } from '../core/gates/gate-types.js';

export type { DeploymentRecord, DeploymentState };

/** What a deployment records: the merge commit, the environment and a JSON payload. */
export interface NewDeployment {
  /** The merge commit SHA (GitHub's `ref`). */
  sha: string;
  environment: string;
  description: string;
  payload: Record<string, unknown>;
}

/** A deployment status to write; `autoInactive` (GitHub's default true) marks older deployments inactive on success. */
export interface NewDeploymentStatus {
  state: Exclude<DeploymentState, 'queued' | 'pending'> | 'queued';
  description: string;
  /** Link shown on the environment page, e.g. the PR. */
  logUrl?: string;
  autoInactive?: boolean;
}

/** GitHub Deployments of one repository; every method is one REST call. */
export interface DeploymentsPort {
  /**
   * Creates a deployment with `auto_merge: false` and `required_contexts: []` (the record must not merge the
   * default branch into the ref nor wait for checks); returns its id.
   */
  createDeployment(deployment: NewDeployment): Promise<number>;
  createDeploymentStatus(id: number, status: NewDeploymentStatus): Promise<void>;
  /** Deployments of `environment` at `sha`, newest first (no statuses read). */
  findDeployments(environment: string, sha: string): Promise<{ id: number }[]>;
  /**
   * Deletes a deployment: `gone` when it was deleted already (404). GitHub refuses (422) to delete one that is not
   * `inactive` while the repository has other deployments: write an `inactive` status first.
   */
  deleteDeployment(id: number): Promise<'deleted' | 'gone'>;
  /** REST calls made through this port so far. */
  callCount(): number;
}
