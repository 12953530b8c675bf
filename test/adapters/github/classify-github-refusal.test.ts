import { describe, expect, it } from 'vitest';
import { classifyGitHubRefusal } from '../../../src/adapters/github/classify-github-refusal.js';

describe('classifyGitHubRefusal', () => {
  it.each([
    [403, 'GitHub Actions is not permitted to create or approve pull requests.', 'actions-cannot-create-pr'],
    [405, 'Merge commits are not allowed on this repository.', 'merge-method-not-allowed'],
    [405, 'Squash merges are not allowed on this repository.', 'merge-method-not-allowed'],
    [undefined, 'Pull request Auto merge is not allowed for this repository', 'auto-merge-not-allowed'],
    [undefined, 'Pull request Pull request is in clean status', 'clean-status'],
    [undefined, 'Pull request Pull request is in unstable status', 'unstable-status'],
    [
      undefined,
      'Pull request Protected branch rules not configured for this branch',
      'protected-branch-rules-not-configured',
    ],
    [405, 'At least 1 approving review is required by reviewers with write access.', 'review-required'],
    [405, 'Required status check "ci" is expected.', 'checks-required'],
    [405, 'Base branch was modified. Review and try the merge again.', 'base-modified'],
    [409, 'Head branch was modified. Review and try the merge again.', 'head-modified'],
    [405, 'Pull Request is not mergeable', 'not-mergeable'],
    [422, 'Unexpected inputs provided: ["merged-pr"]', 'dispatch-inputs-rejected'],
    [422, "Required input 'x' not provided", 'dispatch-inputs-rejected'],
    [422, "Workflow does not have 'workflow_dispatch' trigger", 'no-dispatch-trigger'],
    [422, 'Reference already exists', 'already-exists'],
    [403, 'Resource not accessible by integration', 'token-permission-missing'],
    [403, 'Resource not accessible by personal access token', 'token-permission-missing'],
    [403, 'Must have admin rights to Repository.', 'forbidden'],
    [404, 'Not Found', 'not-found'],
    [401, 'Bad credentials', 'bad-credentials'],
  ] as const)('%s %s -> %s', (status, message, refusal) => {
    expect(classifyGitHubRefusal(status, message)).toBe(refusal);
  });

  it('reads a 422 by its field errors, not its English: unassignable login, issue not visible yet', () => {
    const assignee = { value: 'renovate[bot]', resource: 'Issue', field: 'assignees', code: 'invalid' };
    expect(classifyGitHubRefusal(422, 'Validation Failed', [assignee])).toBe('unassignable');
    const notYet = {
      resource: 'Issue',
      field: 'issue',
      code: 'not_found',
      message: 'Could not resolve to an Issue',
    };
    expect(classifyGitHubRefusal(422, 'Validation Failed', [notYet])).toBe('issue-not-visible');
    expect(classifyGitHubRefusal(422, 'Could not resolve to an Issue with the number of 7.')).toBe(
      'issue-not-visible',
    );
    expect(classifyGitHubRefusal(422, 'Validation Failed', [{ field: 'labels', code: 'invalid' }])).toBe(
      undefined,
    );
  });

  it('leaves server errors and unknown answers unclassified (they stay errors)', () => {
    expect(classifyGitHubRefusal(502, 'Pull Request is not mergeable')).toBeUndefined();
    expect(classifyGitHubRefusal(422, 'Validation Failed')).toBeUndefined();
  });
});
