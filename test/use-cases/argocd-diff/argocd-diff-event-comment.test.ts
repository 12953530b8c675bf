// Moved in-process from the bundle tests (issue 14 item 1): the diff comment of changed, unchanged
// and failing apps, the status, the results, the API calls spent, and disableArgoCDDiff.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  configWith,
  deployment,
  headShaOf,
  numberOf,
  secret,
  startArgoCdDiffEventHarness,
  type ArgoCdDiffEventHarness,
} from './argocd-diff-event-harness.js';

let fixture: ArgoCdDiffEventHarness;

beforeEach(async () => {
  fixture = await startArgoCdDiffEventHarness({
    config: configWith('commentDiffonPR: true', 'diffRedact: ["^ConfigMap/internal-"]'),
  });
});

afterEach(async () => {
  await fixture.close();
});

/** The comment with the run-specific parts (emulator port, head SHA) replaced by stable text. */
function stable(body: string, sha: string): string {
  return body.replaceAll(fixture.repoUrl, 'https://github.com/acme/iac').replaceAll(sha, '<head-sha>');
}

const files = {
  'workspace/nginx/deployment.yaml': 'image: nginx:1.27\n',
  'workspace/podinfo/values.yaml': 'replicas: 2\n',
  'clusters/lab/europe-west4/c1/nginx/deployment.yaml': 'image: nginx:1.27\n',
  'clusters/lab/europe-west4/c1/podinfo/values.yaml': 'replicas: 3\n',
};

const internalKeys = (k: string) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'internal-keys', namespace: 'web' },
  data: { k },
});

describe('diffPullRequest: the diff comment', { timeout: 90_000 }, () => {
  it('comments changed, unchanged and failing apps side by side, never shows Secret values, and names the broken app', async () => {
    const { addApp, setApp, argocd } = fixture;
    addApp('nginx-workspace', 'workspace/nginx');
    addApp('podinfo-workspace', 'workspace/podinfo', {
      health: 'Degraded',
      sync: 'OutOfSync',
      autoSync: false,
    });
    addApp('nginx-lab', 'clusters/lab/europe-west4/c1/nginx');
    const opened = await fixture.openPr('feature/nginx', files);
    const sha = headShaOf(opened);
    setApp('nginx-workspace', sha, {
      target: [
        deployment('nginx', 'nginx:1.27'),
        secret('creds', { user: 'admin', token: 's3cr3t-new' }),
        internalKeys('v2'),
      ],
      live: [
        deployment('nginx', 'nginx:1.26'),
        secret('creds', { user: 'admin', password: 'hunter2' }),
        internalKeys('v1'),
      ],
    });
    setApp('podinfo-workspace', sha, {
      target: [deployment('podinfo', 'podinfo:6')],
      live: [deployment('podinfo', 'podinfo:6')],
    });
    argocd.faults.fail('nginx-lab', 500, {
      operation: 'ApplicationService_GetManifests',
      message: 'rpc error: code = Unknown desc = kustomize build failed',
    });

    const run = await fixture.diff(opened);

    expect(run.failures).toHaveLength(1);
    expect(run.failures[0]).toContain('nginx-lab: Argo CD get manifests of app "nginx-lab"');
    const comments = fixture.botComments(numberOf(opened));
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    for (const leaked of ['hunter2', 's3cr3t-new', 'admin', 'aHVudGVyMg', 'czNjcjN0LW5ldw', 'YWRtaW4', 'v2'])
      expect(body).not.toContain(leaked);
    await expect(stable(body, sha)).toMatchFileSnapshot('../../golden/argocd-diff/mixed-results.md');
    expect(await fixture.statuses(sha)).toEqual([
      expect.objectContaining({ state: 'error', description: 'Argo CD diff failed for nginx-lab' }),
      expect.objectContaining({ state: 'pending' }),
    ]);
    expect(run.hasDiff).toBe(true);
    expect(run.results.map((r) => [r.component, r.outcome, r.objects.length])).toEqual([
      ['clusters/lab/europe-west4/c1/nginx', 'error', 0],
      ['clusters/lab/europe-west4/c1/podinfo', 'no-app', 0],
      ['workspace/nginx', 'changed', 3],
      ['workspace/podinfo', 'unchanged', 0],
    ]);
    const pr = await fixture.github.getPullRequest('acme', 'iac', numberOf(opened));
    expect(pr.labels).not.toContain('noop');
    expect(run.summary).toContain(
      '| `workspace/nginx` | [nginx-workspace](https://argocd.example.com/applications/nginx-workspace) | 📝 changes | 3 | Healthy | Synced |',
    );
  });

  it('spends few API calls: a handful of GitHub calls with a checkout, one more per component without', async () => {
    const { addApp, setApp } = fixture;
    addApp('nginx-workspace', 'workspace/nginx');
    addApp('podinfo-workspace', 'workspace/podinfo');
    const opened = await fixture.openPr('feature/calls', {
      'workspace/nginx/deployment.yaml': 'image: nginx:1.27\n',
      'workspace/podinfo/values.yaml': 'replicas: 2\n',
    });
    const sha = headShaOf(opened);
    setApp('nginx-workspace', sha, {
      target: [deployment('nginx', 'nginx:1.27')],
      live: [deployment('nginx', 'nginx:1.26')],
    });
    setApp('podinfo-workspace', sha, {
      target: [deployment('podinfo', 'p:1')],
      live: [deployment('podinfo', 'p:1')],
    });

    const withCheckout = await fixture.diff(opened);
    expect(withCheckout.failures).toEqual([]);
    // statuses (pending, success), list comments, create comment.
    expect(withCheckout.calls.github).toBe(4);
    // settings, app list, then per app: app (hard refresh), manifests, managed resources.
    expect(withCheckout.calls.argocd).toBe(8);

    const withoutCheckout = await fixture.diff(opened, { checkout: false });
    expect(withoutCheckout.failures).toEqual([]);
    // + default branch head, telefonistka.yaml, PR files, two component configs, and the token's login; the
    // comment is unchanged.
    expect(withoutCheckout.calls.github).toBe(9);
    expect(withoutCheckout.comment).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(fixture.botComments(numberOf(opened))).toHaveLength(1);
  });

  it('lists the changed objects of a component with disableArgoCDDiff without their content', async () => {
    fixture.addApp('nginx-workspace', 'workspace/nginx');
    const opened = await fixture.openPr('feature/hidden', {
      'workspace/nginx/telefonistka.yaml': 'disableArgoCDDiff: true\n',
      'workspace/nginx/deployment.yaml': 'image: nginx:1.27\n',
    });
    fixture.setApp('nginx-workspace', headShaOf(opened), {
      target: [deployment('nginx', 'nginx:1.27-internal')],
      live: [deployment('nginx', 'nginx:1.26-internal')],
    });

    const run = await fixture.diff(opened);

    expect(run.failures).toEqual([]);
    const [comment] = fixture.botComments(numberOf(opened));
    expect(comment!.body).toContain(
      'web/Deployment/nginx:\n✂️ ✂️  Redacted ✂️ ✂️ \nUnset component-level configuration key `disableArgoCDDiff` to see diff content.',
    );
    expect(comment!.body).not.toContain('internal');
    expect(run.summary).not.toContain('internal');
    expect(run.results[0]!.objects).toEqual([
      expect.objectContaining({ kind: 'Deployment', redacted: true }),
    ]);
  });
});
