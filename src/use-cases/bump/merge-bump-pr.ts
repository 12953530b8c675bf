import { ExternalError } from '../../core/errors/external-error.js';
import { mergeWithRetry } from '../shared/merge-with-retry.js';
import type { BumpDeps, BumpRequest } from './bump-types.js';

/**
 * Auto-merge of the bump PR. `direct` merges now with the head SHA guard (retrying GitHub's transient 405, as
 * the Go bot does); `native` enables GitHub's auto-merge so required checks still gate the merge, and merges
 * directly when GitHub answers that the PR is already mergeable ("clean status": nothing to wait for).
 * A failure is returned, not thrown: the PR exists and the caller reports both.
 */
export async function mergeBumpPr(input: {
  pullRequest: { number: number; nodeId: string };
  headSha: string;
  request: BumpRequest;
  deps: BumpDeps;
}): Promise<{ merge: 'merged' | 'auto-merge-enabled' | 'none'; error: string | undefined }> {
  const { request, deps, pullRequest } = input;
  if (request.autoMerge === 'off') return { merge: 'none', error: undefined };
  return deps.logger.group(`Merge #${pullRequest.number}`, async () => {
    try {
      if (request.autoMerge === 'native') {
        try {
          await deps.github.enableAutoMerge(pullRequest.nodeId, request.mergeMethod);
          deps.logger.info(
            `#${pullRequest.number}: auto-merge enabled; GitHub merges it when required checks pass`,
          );
          return { merge: 'auto-merge-enabled' as const, error: undefined };
        } catch (error) {
          if (!(error instanceof ExternalError) || !/clean status/i.test(error.message)) throw error;
          deps.logger.info(`#${pullRequest.number} can merge now (no pending checks): merging directly`);
        }
      }
      await mergeWithRetry(deps.github, pullRequest.number, {
        sha: input.headSha,
        method: request.mergeMethod,
        logger: deps.logger,
        sleep: deps.sleep,
      });
      deps.logger.info(`#${pullRequest.number} merged`);
      return { merge: 'merged' as const, error: undefined };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      deps.logger.error(`#${pullRequest.number} could not be merged: ${message}`);
      return { merge: 'none' as const, error: message };
    }
  });
}
