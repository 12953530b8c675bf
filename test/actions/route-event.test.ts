import { describe, expect, it } from 'vitest';
import { routeEvent } from '../../src/actions/main/route-event.js';

const repository = { default_branch: 'main' };
const DASHBOARD = '<!-- telefonistka_tag -->\n<!-- telefonistka:dashboard -->\n## Promotion dashboard';

describe('routeEvent', () => {
  it.each([
    [
      'pull_request',
      { action: 'closed', pull_request: { merged: true } },
      ['promote', 'dashboard', 'argocd-diff'],
    ],
    ['pull_request', { action: 'closed', pull_request: { merged: false } }, ['argocd-diff']],
    ['pull_request', { action: 'opened', pull_request: {} }, ['pr-checks', 'argocd-diff']],
    ['pull_request', { action: 'synchronize', pull_request: {} }, ['pr-checks', 'argocd-diff']],
    ['pull_request', { action: 'reopened', pull_request: {} }, ['pr-checks', 'argocd-diff']],
    ['pull_request', { action: 'labeled', pull_request: {} }, ['pr-checks']],
    ['pull_request', { action: 'edited', pull_request: {} }, []],
    ['issue_comment', { action: 'created', issue: { pull_request: {} } }, ['pr-checks']],
    ['issue_comment', { action: 'edited', issue: { pull_request: {} } }, ['argocd-diff']],
    ['issue_comment', { action: 'created', issue: {} }, []],
    ['issues', { action: 'edited', issue: { body: DASHBOARD } }, ['dashboard']],
    ['issues', { action: 'edited', issue: { body: 'a plain issue' } }, []],
    ['issues', { action: 'opened', issue: { body: DASHBOARD } }, []],
    ['issue_comment', { action: 'edited', issue: {}, comment: { body: DASHBOARD } }, ['dashboard']],
    ['issue_comment', { action: 'edited', issue: {}, comment: { body: 'hello' } }, []],
    ['issue_comment', { action: 'created', issue: {}, comment: { body: DASHBOARD } }, []],
    ['push', { ref: 'refs/heads/main', repository }, ['webhook-fanout']],
    ['push', { ref: 'refs/heads/feature', repository }, []],
    ['workflow_dispatch', { inputs: { 'merged-pr': '3' } }, ['promote']],
    ['schedule', { schedule: '*/15 * * * *' }, ['sweep', 'dashboard']],
    ['release', { action: 'published' }, []],
  ])('routes %s %j to %j', (eventName, payload, flows) => {
    expect(routeEvent({ eventName, payload })).toEqual(flows);
  });

  it('routes a scheduled run with mode drift-map to the PR checks (drift map), not the gates sweep', () => {
    expect(routeEvent({ eventName: 'schedule', payload: {} }, { mode: 'drift-map' })).toEqual(['pr-checks']);
  });
});
