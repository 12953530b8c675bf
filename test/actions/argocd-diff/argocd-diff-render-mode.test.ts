import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeWithK8sTools, k8sTools } from '../../adapters/render/k8s-tools.js';
import {
  configWith,
  headShaOf,
  numberOf,
  startArgoCdDiffFixture,
  type ArgoCdDiffFixture,
} from './argocd-diff-fixture.js';

let fixture: ArgoCdDiffFixture;
let toolPath: string;

beforeEach(async () => {
  const tools = await k8sTools();
  toolPath = `${path.dirname(tools.kubectl)}${path.delimiter}${path.dirname(tools.helm)}${path.delimiter}${process.env.PATH ?? ''}`;
  fixture = await startArgoCdDiffFixture({ config: configWith('commentDiffonPR: false') });
});

afterEach(async () => {
  await fixture.close();
});

const example = path.resolve(import.meta.dirname, '../../../examples/iac-repo');

describeWithK8sTools('argocd-diff action: mode render', () => {
  it('comments the rendered-manifest diff of the changed component and its promotion target without Argo CD', async () => {
    const deployment = readFileSync(path.join(example, 'workspace/nginx/deployment.yaml'), 'utf8');
    const opened = await fixture.openPr('feature/nginx-1.28', {
      'workspace/nginx/deployment.yaml': deployment.replace('nginx:1.27.0', 'nginx:1.28.0'),
    });

    const run = await fixture.run('pull_request', opened, {
      inputs: { 'diff-mode': 'render', 'argocd-server': '', 'argocd-token': '' },
      env: { PATH: toolPath },
    });

    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['has-diff']).toBe('true');
    expect(run.outputs['argocd-api-calls']).toBe('0');
    expect(fixture.argocd.requests).toHaveLength(0);
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
    expect(comment!.body).toContain('<!-- telefonistka:rendered-diff:part:1 -->');
    expect(comment!.body).toContain('+ nginx:1.28.0');
    expect((await fixture.statuses(headShaOf(opened), 'telefonistka/rendered-diff'))[0]).toMatchObject({
      state: 'success',
    });
  });

  it('asks for a checkout instead of failing obscurely', async () => {
    const opened = await fixture.openPr('feature/no-checkout', { 'workspace/nginx/x.yaml': 'x: 1\n' });
    const run = await fixture.run('pull_request', opened, {
      inputs: { 'diff-mode': 'render' },
      checkout: false,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('input "diff-mode": `render` renders from a git checkout');
  });
});
