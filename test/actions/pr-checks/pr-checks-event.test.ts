import { describe, expect, it } from 'vitest';
import { readPrChecksEvent } from '../../../src/actions/pr-checks/pr-checks-event.js';

const pullRequest = {
  number: 12,
  node_id: 'PR_12',
  state: 'open',
  body: 'body',
  head: { ref: 'feature/x', sha: 'head' },
  base: { sha: 'base' },
  user: { login: 'alice' },
  labels: [{ name: 'show-plan' }],
};

describe('readPrChecksEvent', () => {
  it.each(['opened', 'synchronize', 'reopened'])('checks a PR on %s, with its labels', (action) => {
    expect(readPrChecksEvent('pull_request', { action, pull_request: pullRequest })).toEqual({
      kind: 'pull-request',
      action,
      addedLabel: undefined,
      pr: {
        number: 12,
        nodeId: 'PR_12',
        headRef: 'feature/x',
        headSha: 'head',
        baseSha: 'base',
        author: 'alice',
        labels: ['show-plan'],
        body: 'body',
      },
    });
  });

  it('names the added label of a labeled event, for pull_request_target too', () => {
    const event = readPrChecksEvent('pull_request_target', {
      action: 'labeled',
      label: { name: 'quick_promotion' },
      pull_request: pullRequest,
    });
    expect(event).toMatchObject({ kind: 'pull-request', addedLabel: 'quick_promotion' });
  });

  it.each([
    ['pull_request', { action: 'closed', pull_request: { ...pullRequest, state: 'closed' } }],
    ['pull_request', { action: 'edited', pull_request: pullRequest }],
    ['pull_request', { action: 'unlabeled', pull_request: pullRequest }],
    [
      'issue_comment',
      { action: 'created', issue: { number: 3 }, comment: { body: '/retrigger', user: null } },
    ],
    ['push', { ref: 'refs/heads/main' }],
  ])('leaves %s %j to other flows', (eventName, payload) => {
    expect(readPrChecksEvent(eventName, payload).kind).toBe('other');
  });

  it('reads a comment on a PR', () => {
    const event = readPrChecksEvent('issue_comment', {
      action: 'created',
      issue: { number: 12, pull_request: { url: 'x' } },
      comment: { body: '/retrigger', user: { login: 'alice' } },
    });
    expect(event).toEqual({
      kind: 'comment',
      comment: { action: 'created', issueNumber: 12, body: '/retrigger', author: 'alice' },
    });
  });
});
