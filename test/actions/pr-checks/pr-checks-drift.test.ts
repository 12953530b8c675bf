import { afterEach, describe, expect, it } from 'vitest';
import { headShaOf, LAB, numberOf, startPrChecksFixture, type PrChecksFixture } from './pr-checks-fixture.js';

let fixture: PrChecksFixture;
afterEach(async () => fixture.close());

const driftOf = (run: { outputs: Record<string, string> }) => JSON.parse(run.outputs.drift ?? '{}');

describe('pr-checks action, drift on an opened PR', () => {
  it('warns about a target changed directly on main, with a diff and blame links', async () => {
    fixture = await startPrChecksFixture();
    await fixture.commitMain({ [`${LAB}/nginx/deployment.yaml`]: 'image: nginx:hotfix\n' });
    const opened = await fixture.openPr('feature/nginx', {
      'workspace/nginx/kustomization.yaml': 'changed\n',
    });
    const run = await fixture.run('pull_request', opened);
    expect(run.exitCode, run.stdout).toBe(0);
    const drift = driftOf(run);
    expect(drift.drifted).toBe(true);
    expect(drift.pairs).toEqual([
      expect.objectContaining({
        source: 'workspace/nginx',
        target: `${LAB}/nginx`,
        inSync: false,
        changed: ['deployment.yaml'],
      }),
    ]);
    const [comment, ...others] = fixture.botComments(numberOf(opened));
    expect(others).toEqual([]);
    expect(comment!.body).toContain('# ⚠️  Found drift between environments ⚠️');
    expect(comment!.body).toContain(`+++ ${LAB}/nginx/deployment.yaml`);
    expect(comment!.body).toContain('+image: nginx:hotfix');
    expect(comment!.body).toMatch(/\/acme\/iac\/blame\/[0-9a-f]{40}\/workspace\/nginx\/deployment\.yaml/);
    expect(comment!.body).toContain('## 🚀 Promotion preview');
    expect(run.outputs.outcome).toBe('checked');
  });

  it('posts no comment when the promoted folders match and the preview is label-only', async () => {
    fixture = await startPrChecksFixture({
      files: {
        'telefonistka.yaml':
          'promotionPreview: label\npromotionPaths:\n  - sourcePath: "workspace/"\n    promotionPrs:\n      - targetPaths: ["clusters/lab/europe-west4/c1/"]\n',
      },
    });
    const opened = await fixture.openPr('feature/nginx', {
      'workspace/nginx/kustomization.yaml': 'changed\n',
    });
    const run = await fixture.run('pull_request', opened);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(driftOf(run)).toMatchObject({ drifted: false, pairs: [{ inSync: true }] });
    expect(fixture.botComments(numberOf(opened))).toEqual([]);
    const statuses = await fixture.statuses(headShaOf(opened));
    expect(statuses.map((s) => [s.context, s.state])).toEqual([
      ['telefonistka', 'success'],
      ['telefonistka', 'pending'],
    ]);
    expect(statuses[0]!.description).toBe('No drift in 1 promoted folder pair');
  });
});
