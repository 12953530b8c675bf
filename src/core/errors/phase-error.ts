/** What a flow was doing when it failed, e.g. `{ flow: 'promote', phase: 'writing the promotion PR for …' }`. */
export interface Phase {
  flow: string;
  phase: string;
}

/**
 * A phase of a flow failed. The message names the flow, the phase and the cause (`promote: writing the
 * promotion PR for clusters/prod/…: GitHub POST … failed (HTTP 422): …`); `cause` keeps the original error, so
 * callers can still branch on its kind.
 */
export class PhaseError extends Error {
  readonly flow: string;
  readonly phase: string;

  constructor(where: Phase, cause: unknown) {
    super(`${where.flow}: ${where.phase}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'PhaseError';
    this.flow = where.flow;
    this.phase = where.phase;
  }
}
