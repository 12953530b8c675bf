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

  it('leaves out files matching driftDetectionIgnoreFiles and lines matching driftDetectionIgnoreLineRegex', async () => {
    fixture = await startPrChecksFixture({
      files: {
        'telefonistka.yaml': [
          "driftDetectionIgnoreFiles: ['^README\\.md$']",
          'driftDetectionIgnoreLineRegex: ["^# generated at"]',
          'promotionPaths:',
          '  - sourcePath: "workspace/"',
          '    promotionPrs:',
          '      - targetPaths: ["clusters/lab/europe-west4/c1/"]',
          '',
        ].join('\n'),
        'workspace/nginx/README.md': 'source docs\n',
        [`${LAB}/nginx/README.md`]: 'lab docs\n',
        'workspace/nginx/values.yaml': '# generated at 10:00\nreplicas: 2\n',
        [`${LAB}/nginx/values.yaml`]: '# generated at 11:00\nreplicas: 2\n',
      },
    });
    const opened = await fixture.openPr('feature/nginx', {
      'workspace/nginx/kustomization.yaml': 'changed\n',
    });
    const run = await fixture.run('pull_request', opened);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(driftOf(run).pairs).toEqual([
      expect.objectContaining({
        inSync: true,
        ignoredFiles: ['README.md'],
        equalBesideIgnoredLines: ['values.yaml'],
      }),
    ]);
    const [comment] = fixture.botComments(numberOf(opened));
    expect(comment!.body).not.toContain('Found drift');
    expect(comment!.body).toContain('✅ **No drift**');
  });

  it('moves acknowledged differences to intended differences and warns again once expired', async () => {
    fixture = await startPrChecksFixture({
      files: {
        [`${LAB}/nginx/replicas.yaml`]: 'replicas: 3\n',
        [`${LAB}/nginx/hotfix.yaml`]: 'hotfix: true\n',
      },
    });
    const opened = await fixture.openPr('feature/nginx', {
      'workspace/nginx/telefonistka.yaml': [
        'acknowledgedDrift:',
        '  - path: replicas.yaml',
        '    reason: lab runs three replicas',
        '    expires: 2999-12-31',
        '  - path: hotfix.yaml',
        '    reason: incident 42',
        '    expires: 2020-01-31',
        '',
      ].join('\n'),
    });
    const run = await fixture.run('pull_request', opened);
    expect(run.exitCode, run.stdout).toBe(0);
    const [pair] = driftOf(run).pairs;
    expect(pair).toMatchObject({
      inSync: false,
      // The PR's own files are not on main: drift is about what is already there.
      onlyInSource: [],
      onlyInTarget: ['hotfix.yaml'],
      intended: [{ path: 'replicas.yaml', reason: 'lab runs three replicas', expires: '2999-12-31' }],
    });
    const [comment] = fixture.botComments(numberOf(opened));
    expect(comment!.body).toContain('## Intended differences');
    expect(comment!.body).toContain(
      '- `replicas.yaml` (only in `clusters/lab/europe-west4/c1/nginx`): lab runs three replicas',
    );
    expect(comment!.body).toContain('expired on 2020-01-31, so it counts as drift again');
  });
});
