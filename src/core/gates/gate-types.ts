/** Deployment status states GitHub knows. */
export type DeploymentState =
  'queued' | 'pending' | 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

/** A GitHub Deployment as the gates read it; times are epoch milliseconds. */
export interface DeploymentRecord {
  id: number;
  environment: string;
  sha: string;
  createdAt: number;
  /** The latest status; undefined when it has none yet. */
  state: DeploymentState | undefined;
  /** When its first `success` status was written; undefined when it never succeeded. */
  successAt: number | undefined;
}

/** One Argo CD application of a promoted component in the source environment. */
export interface AppHealth {
  name: string;
  /** Argo CD health: Healthy, Progressing, Degraded, Suspended, Missing, Unknown. */
  health: string;
  /** Argo CD sync status: Synced, OutOfSync, Unknown. */
  sync: string;
  /** The app runs the promoted revision (its sync revision is the promoted commit or a later one). */
  atRevision: boolean;
}

/** A pull request review, latest per author counts. */
export interface ReviewFact {
  author: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  /** GitHub's `authorCanPushToRepository`: the reviewer has write access. */
  authorCanPush: boolean;
}

/** Everything the gate evaluation needs, gathered before it is called. */
export interface GateFacts {
  now: number;
  sourceEnvironment: string;
  /** The commit the PR promotes (its source-commit marker); undefined for PRs without one. */
  sourceCommit: string | undefined;
  /** The source environment's deployment of `sourceCommit` (newest when several). */
  sourceDeployment: DeploymentRecord | undefined;
  /** The source environment's newest deployment. */
  latestSourceDeployment: DeploymentRecord | undefined;
  /** The promoted components' apps in the source environment; undefined when Argo CD was not read. */
  sourceApps: readonly AppHealth[] | undefined;
  reviews: readonly ReviewFact[];
  /** Logins of the action's own identities (token, approver). */
  ownLogins: readonly string[];
  /** A `freeze` label on the PR, and the reason in the in-repo freeze file when it exists. */
  freeze: { label: boolean; file: string | undefined };
}

/** Which gate a reason is about. */
export type GateName = 'soak' | 'healthy' | 'window' | 'freeze' | 'approvals' | 'hold';

/** One gate not passed yet (`pending`) or failed (`failure`), in words. */
export interface GateReason {
  gate: GateName;
  state: 'pending' | 'failure';
  text: string;
}

/** The verdict written as the commit status `telefonistka/gates`. */
export interface GateVerdict {
  state: 'pending' | 'success' | 'failure';
  /** At most 140 characters (GitHub's limit for status descriptions). */
  description: string;
  reasons: readonly GateReason[];
}
