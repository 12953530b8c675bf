import { errorMessage } from '../../core/errors/error-message.js';
import type { PullRequestInfo } from '../../ports/github-port.js';

/**
 * A step after the promotion PR was opened (labels, assignee, mending an adopted PR) failed: the PR exists. The
 * message is the cause's; `pullRequest` lets the caller keep the half-made PR for the next run without asking
 * GitHub which PR it just opened.
 */
export class HalfMadePromotionError extends Error {
  readonly pullRequest: PullRequestInfo;

  constructor(pullRequest: PullRequestInfo, cause: unknown) {
    super(errorMessage(cause), { cause });
    this.name = 'HalfMadePromotionError';
    this.pullRequest = pullRequest;
  }
}
