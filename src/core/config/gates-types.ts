import type { Re2Regex } from '../regex/compile-regex.js';

/** One `environments[]` entry: target folders matching `path` (RE2, at the start) deploy to environment `name`. */
export interface EnvironmentMapping {
  path: Re2Regex;
  pathText: string;
  name: string;
}

/** Where the health of an environment is read: Argo CD apps, or the environment's latest GitHub Deployment. */
export type HealthSource = 'argocd' | 'deployment';

/** Day numbers as `Date.getUTCDay()` counts them: 0 is Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** A recurring merge window: on `days`, from `start` to `end` (minutes after local midnight), in `timezone`. */
export interface GateWindow {
  days: readonly Weekday[];
  /** Minutes after local midnight, inclusive. */
  start: number;
  /** Minutes after local midnight, exclusive; `end <= start` means the window runs past midnight. */
  end: number;
  /** An IANA time zone (`Europe/Berlin`), or `UTC`. */
  timezone: string;
  /** The window as written, for messages. */
  text: string;
}

/** A freeze period: no gated merge from `from` (inclusive) to `to` (exclusive), both epoch milliseconds. */
export interface GateFreeze {
  from: number;
  to: number;
  reason: string;
}

/** The gates of a promotion flow or one of its PRs; an absent key is not checked. */
export interface GatesConfig {
  /** Milliseconds the source environment's deployment must have been successful. */
  soakMs: number | undefined;
  /** The soak as written (`2h`), for messages. */
  soakText: string | undefined;
  healthy: HealthSource | undefined;
  windows: readonly GateWindow[];
  freeze: readonly GateFreeze[];
  /** Approving reviews required from writers. */
  approvals: number;
  /** Whether approvals by the action's own identities (token, approver) count towards `approvals`. */
  countOwnApprovals: boolean;
}

/** How a deployment's final status is decided: Argo CD apps synced and Healthy, or at merge. `auto`: by inputs. */
export type DeploymentConfirmation = 'argocd' | 'merge' | 'auto';

/** The payload format of a promotion-event endpoint. */
export type PromotionEventFormat = 'json' | 'slack';

/** Promotion events the promote flow and the sweep send. */
export type PromotionEventKind = 'opened' | 'gated' | 'merged' | 'deployed' | 'failed';

/** One `promotionEvents[]` endpoint. */
export interface PromotionEventEndpoint {
  url: string;
  format: PromotionEventFormat;
  events: readonly PromotionEventKind[];
}
