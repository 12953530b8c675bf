// Issue 17 item 3: promotion metadata is honoured only on promotion PRs this action opened. The argocd mode is
// covered in-process (test/use-cases/argocd-diff/argocd-diff-event-follow-ups); render mode is wired by the runner.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { metadataComment } from '../../../src/core/promotion/encode-promotion-metadata.js';
import { k8sTools } from '../../adapters/render/k8s-tools.js';
import {
  configWith,
  numberOf,
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
