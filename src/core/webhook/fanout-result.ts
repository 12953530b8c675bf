import type { ChangeSource } from './types.js';

/** How one endpoint's delivery ended. */
export type DeliveryOutcome = 'delivered' | 'failed' | 'invalid' | 'dry-run';

/** One endpoint's delivery, as reported in the `deliveries` output and the job summary. */
export interface Delivery {
  /** The endpoint URL with credentials masked. */
  endpoint: string;
  outcome: DeliveryOutcome;
  /** HTTP status of the last response; null when none came or nothing was sent. */
  status: number | null;
  attempts: number;
  durationMs: number;
  /** Whether the delivery carried `X-Hub-Signature-256`. */
  signed: boolean;
  /** Changed files that selected this endpoint. */
  files: number;
  /** `X-GitHub-Delivery` of the delivery; null when nothing was sent. */
  deliveryId: string | null;
  error?: string;
}

/** What the fan-out did. */
export interface FanoutResult {
  /** Why nothing was forwarded, when nothing was. */
  skipped: string | undefined;
  changes:
    | { source: ChangeSource; files: number; attribution: 'files' | 'unknown'; incomplete: boolean }
    | undefined;
  /** Changed files no `webhookEndpointRegexs` expression matched. */
  unmatchedFiles: number;
  /** Size of the forwarded body in bytes (0 when nothing was built). */
  payloadBytes: number;
  deliveries: Delivery[];
  /** One line per endpoint that still failed, credentials masked. */
  failures: string[];
}
