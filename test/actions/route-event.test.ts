import { describe, expect, it } from 'vitest';
import { routeEvent } from '../../src/actions/main/route-event.js';

const repository = { default_branch: 'main' };

describe('routeEvent', () => {
  it.each([
    ['pull_request', { action: 'closed', pull_request: { merged: true } }, 'promote'],
    ['pull_request', { action: 'closed', pull_request: { merged: false } }, 'ignore'],
    ['pull_request', { action: 'opened', pull_request: {} }, 'pr-checks'],
    ['pull_request', { action: 'synchronize', pull_request: {} }, 'pr-checks'],
    ['pull_request', { action: 'reopened', pull_request: {} }, 'pr-checks'],
    ['pull_request', { action: 'labeled', pull_request: {} }, 'pr-checks'],
    ['pull_request', { action: 'edited', pull_request: {} }, 'ignore'],
    ['issue_comment', { action: 'created', issue: { pull_request: {} } }, 'pr-checks'],
    ['issue_comment', { action: 'created', issue: {} }, 'ignore'],
    ['push', { ref: 'refs/heads/main', repository }, 'webhook-fanout'],
    ['push', { ref: 'refs/heads/feature', repository }, 'ignore'],
    ['workflow_dispatch', { inputs: { 'merged-pr': '3' } }, 'promote'],
    ['schedule', {}, 'ignore'],
  ])('routes %s %j to %s', (eventName, payload, flow) => {
    expect(routeEvent({ eventName, payload })).toBe(flow);
  });
});
