import type { PromotionEventKind } from '../config/gates-types.js';

export type { PromotionEventKind };

/** What failed, for a `failed` event: the gates, a deployment, or writing to GitHub. */
export type PromotionFailure = 'gates' | 'deployment' | 'write';

/** Which run observed the event. */
export type PromotionEventSource = 'promote' | 'sweep';

/**
 * One thing that happened to a promotion, as this tool observed it: a promotion PR opened, held by its gates,
 * merged; a merge deployed (its deployment `success`); or something failed.
 */
export interface PromotionEvent {
  kind: PromotionEventKind;
  /** Set on `failed` events only. */
  failure?: PromotionFailure;
  source: PromotionEventSource;
  /** The promotion PR, or the merged PR whose deployment this is; undefined when unknown. */
  pullRequest: { number: number; url: string } | undefined;
  /** GitHub environments concerned, sorted. */
  environments: string[];
  /** Target folders of the promotion PR, or component folders of the deployment, sorted. */
  folders: string[];
  /** The merge commit of a `merged` or `deployed` event (or of a failed deployment). */
  commit: string | undefined;
  deploymentId: number | undefined;
  /** Why, in words: the gates verdict, the deployment status, the error. May quote user-controlled text. */
  reason: string;
}

/** Where and when the events happened, for the payloads. */
export interface PromotionEventContext {
  repository: { owner: string; name: string; url: string };
  /** The workflow run that sent the events; undefined outside Actions. */
  runUrl: string | undefined;
  /** Epoch milliseconds. */
  now: number;
}
