// Bundle smoke tests of dist/argocd-diff: what only the runner wiring does (inputs, outputs, summary, exit code,
// event routing). Behaviour of the use-cases is covered in-process by test/use-cases/argocd-diff/argocd-diff-event-*.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  configWith,
  deployment,
  headShaOf,
  numberOf,
  startArgoCdDiffFixture,
  type ArgoCdDiffFixture,
} from './argocd-diff-fixture.js';

let fixture: ArgoCdDiffFixture;

beforeEach(async () => {
  fixture = await startArgoCdDiffFixture({ config: configWith('commentDiffonPR: true') });
});

afterEach(async () => {
  await fixture.close();
});

describe('argocd-diff action bundle', () => {
  it('comments the diff of an opened PR and reports it in its outputs and summary; fails naming a broken app', async () => {
    fixture.addApp('nginx-workspace', 'workspace/nginx');
    fixture.addApp('podinfo-workspace', 'workspace/podinfo');
    const opened = await fixture.openPr('feature/calls', {
      'workspace/nginx/deployment.yaml': 'image: nginx:1.27\n',
      'workspace/podinfo/values.yaml': 'replicas: 2\n',
    });
    const sha = headShaOf(opened);
    fixture.setApp('nginx-workspace', sha, {
      target: [deployment('nginx', 'nginx:1.27')],
      live: [deployment('nginx', 'nginx:1.26')],
    });
    fixture.setApp('podinfo-workspace', sha, {
      target: [deployment('podinfo', 'p:1')],
      live: [deployment('podinfo', 'p:1')],
    });

    const run = await fixture.run('pull_request', opened);

    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['has-diff']).toBe('true');
    const results = JSON.parse(run.outputs.results!) as { component: string; outcome: string }[];
    expect(results.map((r) => [r.component, r.outcome])).toEqual([
      ['workspace/nginx', 'changed'],
      ['workspace/podinfo', 'unchanged'],
    ]);
    expect(run.outputs['api-calls']).toBe('4');
    expect(run.outputs['argocd-api-calls']).toBe('8');
    expect(run.summary).toContain('API calls spent by this step: GitHub **4**, Argo CD **8**');
    const [comment] = fixture.botComments(numberOf(opened));
    expect(comment!.body).toContain('+ nginx:1.27');

    fixture.argocd.faults.fail('nginx-workspace', 500, {
      operation: 'ApplicationService_GetManifests',
      message: 'rpc error: code = Unknown desc = kustomize build failed',
    });
    const failed = await fixture.run('pull_request', opened);
    expect(failed.exitCode).toBe(1);
    expect(failed.stdout).toContain('The Argo CD diff failed for 1 item(s)');
    expect(failed.stdout).toContain('nginx-workspace: Argo CD get manifests of app "nginx-workspace"');
  });

  it('routes an edit of a PR comment to the sync checkbox and reports why nothing was done', async () => {
    const opened = await fixture.openPr('feature/sync', { 'workspace/nginx/deployment.yaml': 'x\n' });
    const own = await fixture.github.addComment({
      owner: 'acme',
      repo: 'iac',
      number: numberOf(opened),
      body: '- [ ] a list of mine',
      user: 'alice',
    });
    const edited = await fixture.editComment(own.id, '- [x] a list of mine', 'user');
    const run = await fixture.run('issue_comment', edited, { checkout: false });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.summary).toContain('Nothing to do: the edited comment is not an Argo CD diff comment.');
    expect(fixture.argocd.countRequests({ operation: 'ApplicationService_Patch' })).toBe(0);
  });
});
