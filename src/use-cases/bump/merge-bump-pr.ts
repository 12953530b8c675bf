import { applyMergePolicy } from '../shared/merge-policy.js';
import type { BumpDeps, BumpRequest } from './bump-types.js';
import { errorMessage } from '../../core/errors/error-message.js';

/**
 * Auto-merge of the bump PR under the one merge policy (see applyMergePolicy): `direct` merges now with the
 * head SHA guard, `native` enables GitHub's auto-merge and merges directly when nothing is pending. A PR the
 * policy leaves open, or a failure, is returned, not thrown: the PR exists and the caller reports both.
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
      const decision = await applyMergePolicy(
        {
          number: pullRequest.number,
          nodeId: pullRequest.nodeId,
          headSha: input.headSha,
          mode: request.autoMerge === 'native' ? 'native' : 'direct',
          method: request.mergeMethod,
          settings: request.repositorySettings,
        },
        deps,
      );
      if (decision.result === 'left-open') return { merge: 'none' as const, error: decision.reason };
      return { merge: decision.result, error: undefined };
    } catch (error) {
      const message = errorMessage(error);
      deps.logger.error(`#${pullRequest.number} could not be merged: ${message}`);
      return { merge: 'none' as const, error: message };
    }
  });
}
