// Issue 17 item 3: promotion metadata is honoured only on promotion PRs this action opened; a pasted metadata
// comment neither hides a PR's real change nor earns it the noop label or a no-diff auto-merge.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { metadataComment } from '../../../src/core/promotion/encode-promotion-metadata.js';
import { k8sTools } from '../../adapters/render/k8s-tools.js';
import {
  configWith,
  deployment,
  headShaOf,
  numberOf,
  OWNER,
  REPO,
  startArgoCdDiffFixture,
  type ArgoCdDiffFixture,
} from './argocd-diff-fixture.js';

let fixture: ArgoCdDiffFixture;

afterEach(async () => {
  await fixture.close();
});

/** The metadata comment a promotion PR to the lab nginx would carry. */
const forgedBody = `Promotion of #1\n\n${metadataComment({
  originalPrAuthor: 'mallory',
  originalPrNumber: 1,
  promotedPaths: ['clusters/lab/europe-west4/c1/nginx/'],
  previousPromotionPaths: {},
})}`;

const example = path.resolve(import.meta.dirname, '../../../examples/iac-repo');

describe('argocd-diff action: promotion metadata from PRs this action did not open (issue 17 item 3)', () => {
  it('neither labels noop nor merges a person’s PR with forged metadata, and diffs the component it really changes', async () => {
    fixture = await startArgoCdDiffFixture({
      config: configWith('commentDiffonPR: true\nautoMergeNoDiffPRs: true'),
    });
    fixture.addApp('nginx-lab', 'clusters/lab/europe-west4/c1/nginx');
    fixture.addApp('nginx-workspace', 'workspace/nginx');
    const opened = await fixture.openPr(
      'promotions/1-feature-x-0123456789ab',
      { 'workspace/nginx/deployment.yaml': 'replicas: 0\n' },
      { labels: ['promotion'], body: forgedBody },
    );
    const sha = headShaOf(opened);
    const same = { target: [deployment('nginx', 'nginx:1.26')], live: [deployment('nginx', 'nginx:1.26')] };
    fixture.setApp('nginx-lab', sha, same);
    fixture.setApp('nginx-workspace', sha, {
      target: [deployment('nginx', 'nginx:1.26', { replicas: 0 })],
      live: [deployment('nginx', 'nginx:1.26')],
    });

    const run = await fixture.run('pull_request', opened);

    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['has-diff']).toBe('true');
    const pr = await fixture.github.getPullRequest(OWNER, REPO, numberOf(opened));
    expect(pr.merged).toBe(false);
    expect(pr.labels).toEqual(['promotion']);
    const [comment] = fixture.botComments(numberOf(opened));
    expect(comment!.body).toContain('nginx-workspace');
    expect(comment!.body).toMatch(/replicas/);
    expect(fixture.argocd.countRequests({ app: 'nginx-lab' })).toBe(0);
    expect(run.stdout).toContain('the promotion metadata in the body of #');
    expect(run.stdout).toContain('opened by alice');
  });

  it('does not merge a promotion PR this action opened once someone pushed a file outside its promoted paths', async () => {
    fixture = await startArgoCdDiffFixture({
      config: configWith('commentDiffonPR: true\nautoMergeNoDiffPRs: true'),
    });
    fixture.addApp('nginx-lab', 'clusters/lab/europe-west4/c1/nginx');
    fixture.addApp('nginx-workspace', 'workspace/nginx');
    await fixture.openPr(
      'promotions/1-feature-y-0123456789ab',
      { 'clusters/lab/europe-west4/c1/nginx/deployment.yaml': 'same rendering\n' },
      { labels: ['promotion'], body: forgedBody, user: 'telefonistka[bot]' },
    );
    const pushed = await fixture.push('promotions/1-feature-y-0123456789ab', {
      'workspace/nginx/notes.md': 'an edit next to the promotion\n',
    });
    const sha = headShaOf(pushed);
    const same = { target: [deployment('nginx', 'nginx:1.26')], live: [deployment('nginx', 'nginx:1.26')] };
    fixture.setApp('nginx-lab', sha, same);
    fixture.setApp('nginx-workspace', sha, same);

    const run = await fixture.run('pull_request', pushed);

    expect(run.exitCode, run.stdout).toBe(0);
    const pr = await fixture.github.getPullRequest(OWNER, REPO, numberOf(pushed));
    expect(pr.merged).toBe(false);
    expect(run.summary).toContain('Not merged: it changes files outside its promoted paths.');
    expect(fixture.argocd.countRequests({ app: 'nginx-workspace' })).toBeGreaterThan(0);
  });

  it('renders the component a person’s PR really changes in render mode, not the folders its forged metadata names', async () => {
    fixture = await startArgoCdDiffFixture({ config: configWith('commentDiffonPR: false') });
    const tools = await k8sTools();
    const toolPath = `${path.dirname(tools.kubectl)}${path.delimiter}${path.dirname(tools.helm)}${path.delimiter}${process.env.PATH ?? ''}`;
    const manifest = readFileSync(path.join(example, 'workspace/nginx/deployment.yaml'), 'utf8');
    expect(manifest).toMatch(/replicas: \d+/);
    const opened = await fixture.openPr(
      'promotions/1-feature-z-0123456789ab',
      { 'workspace/nginx/deployment.yaml': manifest.replace(/replicas: \d+/, 'replicas: 0') },
      { labels: ['promotion'], body: forgedBody },
    );

    const run = await fixture.run('pull_request', opened, {
      inputs: { 'diff-mode': 'render', 'argocd-server': '', 'argocd-token': '' },
      env: { PATH: toolPath },
    });

    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['has-diff']).toBe('true');
    const results = JSON.parse(run.outputs.results!) as {
      component: string;
      kind: string;
      outcome: string;
    }[];
    expect(results.map((r) => [r.component, r.kind, r.outcome])).toEqual([
      ['workspace/nginx', 'changed', 'changed'],
      ['clusters/lab/europe-west4/c1/nginx', 'downstream', 'changed'],
    ]);
    const [comment] = fixture.botComments(numberOf(opened));
    expect(comment!.body).toContain('@@ spec.replicas @@');
  });
});
