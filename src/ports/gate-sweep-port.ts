import type { DeploymentRecord, ReviewFact } from '../core/gates/gate-types.js';
import type { CommitState } from './github-port.js';

/** An open promotion PR as the sweep reads it, with its reviews and its current `telefonistka/gates` status. */
export interface SweepPullRequest {
  number: number;
  nodeId: string;
  url: string;
  headRef: string;
  headSha: string;
  baseRef: string;
  author: string;
  body: string;
  labels: string[];
  reviews: ReviewFact[];
  /** The status with the gates context on the head commit; undefined when there is none. */
  gateStatus: { state: CommitState; description: string } | undefined;
}

/** A deployment with its payload (the JSON text the record wrote). */
export interface SweepDeployment extends DeploymentRecord {
  payload: string;
}

/** Everything one sweep reads, in as few requests as GraphQL allows. */
export interface SweepSnapshot {
  defaultBranch: string;
  /** Text of the freeze file on the default branch; undefined when it does not exist. */
  freezeFileText: string | undefined;
  /** Text of the holds file on the default branch (when the query asked for it); undefined when absent. */
  holdsFileText?: string | undefined;
  /** Open PRs labelled `promotion`, oldest first. */
  pullRequests: SweepPullRequest[];
  /** Deployments by environment, newest first (the latest few of each). */
  deployments: ReadonlyMap<string, readonly SweepDeployment[]>;
}

/** The batched read of a gates sweep (GraphQL). */
export interface GateSweepPort {
  /** One request for up to 100 open promotion PRs and the deployments of the environments; more pages as needed. */
  readSweep(query: {
    environments: readonly string[];
    freezeFile: string;
    /** The holds file, read on the default branch in the same request. */
    holdsFile?: string;
    statusContext: string;
  }): Promise<SweepSnapshot>;
  /** GraphQL requests made through this port so far. */
  callCount(): number;
}
