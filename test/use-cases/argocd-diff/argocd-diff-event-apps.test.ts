// Moved in-process from the bundle tests (issue 14 item 1):
// sync from the PR branch and back, temporary apps from ApplicationSets, and diffs split over several comments.
import { afterEach, describe, expect, it } from 'vitest';
import {
  configWith,
  deployment,
  headShaOf,
  numberOf,
  startArgoCdDiffEventHarness,
  type ArgoCdDiffEventHarness,
} from './argocd-diff-event-harness.js';

let fixture: ArgoCdDiffEventHarness | undefined;

afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const checkbox =
  '- [ ] <!-- telefonistka-argocd-branch-sync --> Set ArgoCD apps Target Revision to `feature/sync`';

function targetRevision(f: ArgoCdDiffEventHarness, name: string): unknown {
  const app = f.argocd.getApplication(name) as { spec: { source: { targetRevision: string } } };
  return app.spec.source.targetRevision;
}

async function startSync() {
  const f = (fixture = await startArgoCdDiffEventHarness({
    config: configWith(`commentDiffonPR: true\nallowSyncfromBranchPathRegex: '^workspace/'`),
  }));
  f.addApp('nginx-workspace', 'workspace/nginx');
  f.addApp('nginx-lab', 'clusters/lab/europe-west4/c1/nginx');
  return f;
}

describe(
  'handleSyncCheckbox and handleClosedPullRequest: sync from the PR branch',
  { timeout: 120_000 },
  () => {
    it('offers the checkbox, points matching apps at the branch when a writer ticks it, skips the diff while they follow it, and points them back at HEAD on merge', async () => {
      const f = await startSync();
      const opened = await f.openPr('feature/sync', {
        'workspace/nginx/deployment.yaml': 'image: nginx:1.27\n',
        'clusters/lab/europe-west4/c1/nginx/deployment.yaml': 'image: nginx:1.27\n',
      });
      const number = numberOf(opened);
      for (const name of ['nginx-workspace', 'nginx-lab'])
        f.setApp(name, headShaOf(opened), {
          target: [deployment('nginx', 'nginx:1.27')],
          live: [deployment('nginx', 'nginx:1.26')],
        });
      expect((await f.diff(opened)).failures).toEqual([]);
      const [comment] = f.botComments(number);
      expect(comment!.body.endsWith(`\n\n${checkbox}`)).toBe(true);
      await expect(comment!.body).toMatchFileSnapshot('../../golden/argocd-diff/sync-checkbox.md');

      // A reader's tick (as a payload could claim) changes nothing.
      const byReader = await f.editComment(comment!.id, comment!.body.replace('- [ ]', '- [x]'), 'user');
      byReader.sender = { login: 'reader', type: 'User' };
      const refused = await f.changeRevision('issue_comment', byReader);
      expect(refused.ignored).toContain('reader has read access; syncing from a branch needs write access');
      expect(targetRevision(f, 'nginx-workspace')).toBe('HEAD');

      // Alice ticks it (after un-ticking the reader's tick).
      await f.editComment(comment!.id, comment!.body, 'user');
      const ticked = await f.editComment(comment!.id, comment!.body.replace('- [ ]', '- [x]'), 'user');
      const synced = await f.changeRevision('issue_comment', ticked);
      expect(synced.changes).toMatchObject([
        {
          componentPath: 'workspace/nginx',
          appName: 'nginx-workspace',
          from: 'HEAD',
          to: 'feature/sync',
          action: 'set',
        },
      ]);
      expect(targetRevision(f, 'nginx-workspace')).toBe('feature/sync');
      expect(targetRevision(f, 'nginx-lab')).toBe('HEAD');
      expect(synced.summary).toContain(
        '| `workspace/nginx` | nginx-workspace | `HEAD` → `feature/sync` | set |',
      );
      expect(f.argocd.countRequests({ operation: 'ApplicationService_Patch' })).toBe(1);

      // Un-ticking does nothing.
      const unticked = await f.editComment(comment!.id, comment!.body, 'user');
      expect((await f.changeRevision('issue_comment', unticked)).ignored).toBe(
        'the sync checkbox is not ticked',
      );

      // The next push: the app follows the branch with auto-sync, so its diff is skipped and the box is gone.
      const pushed = await f.push('feature/sync', {
        'workspace/nginx/deployment.yaml': 'image: nginx:1.28\n',
      });
      f.setApp('nginx-lab', headShaOf(pushed), {
        target: [deployment('nginx', 'nginx:1.28')],
        live: [deployment('nginx', 'nginx:1.26')],
      });
      const rediffed = await f.diff(pushed);
      expect(rediffed.failures).toEqual([]);
      expect(rediffed.diffs.find((d) => d.result.appName === 'nginx-workspace')?.outcome).toBe(
        'synced-from-branch',
      );
      const [updated] = f.botComments(number);
      expect(updated!.id).toBe(comment!.id);
      expect(updated!.body).toContain(
        'The app already has this branch set as the source target revision, and autosync is enabled. Diff calculation was skipped.',
      );
      expect(updated!.body).not.toContain('telefonistka-argocd-branch-sync');

      const reverted = await f.changeRevision('pull_request', await f.merge(number));
      expect(targetRevision(f, 'nginx-workspace')).toBe('HEAD');
      expect(reverted.summary).toContain(
        '| `workspace/nginx` | nginx-workspace | `feature/sync` → `HEAD` | set |',
      );
    });

    it('ignores a tick in a comment that is not the bot’s Argo CD diff comment', async () => {
      const f = await startSync();
      const opened = await f.openPr('feature/sync', { 'workspace/nginx/deployment.yaml': 'x\n' });
      const own = await f.github.addComment({
        owner: 'acme',
        repo: 'iac',
        number: numberOf(opened),
        body: checkbox,
        user: 'alice',
      });
      const ticked = await f.editComment(own.id, checkbox.replace('- [ ]', '- [x]'), 'user');
      const run = await f.changeRevision('issue_comment', ticked);
      expect(run).toMatchObject({
        ignored: 'the edited comment is not an Argo CD diff comment',
        changes: [],
      });
      expect(targetRevision(f, 'nginx-workspace')).toBe('HEAD');
      expect(f.argocd.countRequests({ operation: 'ApplicationService_Patch' })).toBe(0);
    });
  },
);

async function startTemporary() {
  const f = (fixture = await startArgoCdDiffEventHarness({
    config: configWith('commentDiffonPR: true\ncreateTempAppObjectFromNewApps: true'),
  }));
  f.argocd.addApplicationSet({
    metadata: { name: 'workspace-apps' },
    spec: {
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      generators: [{ git: { repoURL: f.repoUrl, revision: 'HEAD', directories: [{ path: 'workspace/*' }] } }],
      template: {
        metadata: {
          name: '{{ .path.basenameNormalized }}-{{ index .path.segments 0 }}',
          finalizers: ['resources-finalizer.argocd.argoproj.io'],
        },
        spec: {
          project: 'default',
          source: { repoURL: f.repoUrl, path: '{{ .path.path }}', targetRevision: 'HEAD' },
          destination: { server: 'https://kubernetes.default.svc', namespace: '{{ .path.basename }}' },
          syncPolicy: { automated: { prune: true, selfHeal: true } },
        },
      },
    },
  });
  f.argocd.addApplicationSet({
    metadata: { name: 'lab-apps' },
    spec: {
      generators: [
        {
          git: {
            repoURL: `${f.repoUrl}.git`,
            revision: 'HEAD',
            directories: [{ path: 'clusters/lab/*/c1/*' }],
          },
        },
      ],
      template: {
        metadata: { name: 'lab-{{path.basename}}' },
        spec: {
          project: 'default',
          source: { repoURL: f.repoUrl, path: '{{path}}', targetRevision: 'HEAD' },
          destination: { server: 'https://kubernetes.default.svc', namespace: '{{path[2]}}' },
          syncPolicy: { automated: {} },
        },
      },
    },
  });
  return f;
}

describe('diffPullRequest: new components through temporary apps', { timeout: 90_000 }, () => {
  it('renders a temporary app from the matching ApplicationSet, diffs it and deletes it; a failed one is kept and reported', async () => {
    const f = await startTemporary();
    const opened = await f.openPr('feature/redis', {
      'workspace/redis/deployment.yaml': 'image: redis:7\n',
      'clusters/lab/europe-west4/c1/redis/deployment.yaml': 'image: redis:7\n',
    });
    const sha = headShaOf(opened);
    f.setApp('temp-redis-workspace', sha, { target: [deployment('redis', 'redis:7')], live: [] });
    // No manifests for temp-lab-redis at the PR head: its diff fails.

    const run = await f.diff(opened);

    expect(run.failures).toHaveLength(1);
    expect(f.argocd.applicationNames()).toEqual(['temp-lab-redis']);
    const kept = f.argocd.getApplication('temp-lab-redis') as {
      metadata: Record<string, unknown>;
      spec: { source: Record<string, unknown>; syncPolicy: Record<string, unknown>; destination: unknown };
    };
    expect(kept.metadata).toEqual({
      name: 'temp-lab-redis',
      namespace: 'argocd',
      labels: { 'telefonistka.io/temporary-app': 'true' },
    });
    expect(kept.spec.source).toEqual({
      repoURL: f.repoUrl,
      path: 'clusters/lab/europe-west4/c1/redis',
      targetRevision: 'feature/redis',
    });
    expect(kept.spec.syncPolicy).toEqual({});
    expect(kept.spec.destination).toEqual({
      server: 'https://kubernetes.default.svc',
      namespace: 'europe-west4',
    });
    const creates = f.argocd.requests.filter((r) => r.operation === 'ApplicationService_Create');
    expect(creates.map((r) => [r.app, r.query.validate])).toEqual(
      expect.arrayContaining([
        ['temp-redis-workspace', ['false']],
        ['temp-lab-redis', ['false']],
      ]),
    );
    expect(f.argocd.countRequests({ operation: 'ApplicationService_Delete' })).toBe(1);
    expect(f.argocd.countRequests({ operation: 'ApplicationSetService_List' })).toBe(1);
    const [comment] = f.botComments(numberOf(opened));
    const body = comment!.body
      .replaceAll(f.repoUrl, 'https://github.com/acme/iac')
      .replaceAll(sha, '<head-sha>');
    await expect(body).toMatchFileSnapshot('../../golden/argocd-diff/temporary-apps.md');
    expect(run.results.map((r) => [r.app, r.outcome, r.keptTemporaryApp])).toEqual([
      ['temp-lab-redis', 'error', 'temp-lab-redis'],
      ['temp-redis-workspace', 'changed', null],
    ]);
  });

  it('notes a component for which neither an app nor an ApplicationSet exists, without failing', async () => {
    const f = await startTemporary();
    const opened = await f.openPr('feature/orphan', { 'clusters/lab/europe-west4/c9/redis/x.yaml': 'x\n' });
    const run = await f.diff(opened);
    expect(run.failures).toEqual([]);
    const [comment] = f.botComments(numberOf(opened));
    expect(comment!.body).toContain(
      `> No ArgoCD application or ApplicationSet found for \`clusters/lab/europe-west4/c9/redis\` (repo ${f.repoUrl}): nothing to diff.`,
    );
    expect((await f.statuses(headShaOf(opened)))[0]).toMatchObject({
      state: 'success',
      description: 'No Argo CD app found for the components of this PR',
    });
    expect(f.argocd.applicationNames()).toEqual([]);
  });
});

const largeApps = [
  ['nginx-workspace', 'workspace/nginx'],
  ['podinfo-workspace', 'workspace/podinfo'],
  ['nginx-lab', 'clusters/lab/europe-west4/c1/nginx'],
] as const;

function configMaps(count: number, value: string) {
  return Array.from({ length: count }, (_, i) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: `settings-${String(i).padStart(3, '0')}`, namespace: 'web' },
    data: { payload: `${value}-${i}`.padEnd(400, value.slice(0, 1)) },
  }));
}

describe('diffPullRequest: diffs larger than one GitHub comment', { timeout: 120_000 }, () => {
  it('splits a diff over 65,536 characters into valid parts, and on the next push edits them in place, deletes the leftover and shows an app too large for one part in concise form', async () => {
    const f = (fixture = await startArgoCdDiffEventHarness({ config: configWith('commentDiffonPR: true') }));
    const setDiffs = (sha: string, counts: readonly number[]) =>
      largeApps.forEach(([name], i) => {
        const count = counts[i] ?? 0;
        f.setApp(name, sha, { target: configMaps(count, 'new'), live: configMaps(count, 'old') });
      });
    for (const [name, path] of largeApps) f.addApp(name, path);
    const opened = await f.openPr('feature/many-settings', {
      'workspace/nginx/settings.yaml': 'a\n',
      'workspace/podinfo/settings.yaml': 'a\n',
      'clusters/lab/europe-west4/c1/nginx/settings.yaml': 'a\n',
    });
    const number = numberOf(opened);
    setDiffs(headShaOf(opened), [40, 40, 40]);

    expect((await f.diff(opened)).failures).toEqual([]);

    const parts = f.botComments(number);
    expect(parts.reduce((sum, part) => sum + part.body.length, 0)).toBeGreaterThan(65_536);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    parts.forEach((part, i) => {
      expect(part.body.length).toBeLessThanOrEqual(65_536);
      expect(part.body).toContain(`<!-- telefonistka:argocd-diff:part:${i + 1} -->`);
      expect(part.body).toContain(`**Part ${i + 1}/${parts.length}**`);
      // Every part is valid markdown on its own: fences and <details> are balanced.
      expect((part.body.match(/^```/gm) ?? []).length % 2).toBe(0);
      expect((part.body.match(/<details>/g) ?? []).length).toBe(
        (part.body.match(/<\/details>/g) ?? []).length,
      );
    });
    expect(parts.map((p) => p.body).join('\n')).not.toContain('concise form');

    const pushed = await f.push('feature/many-settings', { 'workspace/nginx/settings.yaml': 'b\n' });
    setDiffs(headShaOf(pushed), [40, 40, 120]);
    const second = await f.diff(pushed);

    expect(second.failures).toEqual([]);
    const after = f.botComments(number);
    expect(after.length).toBeLessThan(parts.length);
    expect(after.map((p) => p.id)).toEqual(parts.slice(0, after.length).map((p) => p.id));
    const all = after.map((p) => p.body).join('\n');
    expect(all).toContain('**nginx-lab @ clusters/lab/europe-west4/c1/nginx** is shown in concise form');
    expect(all).toContain('web/ConfigMap/settings-119\n');
    expect(all).not.toContain('web/ConfigMap/settings-119:');
    expect(all).toContain('+ new-0');
    expect(all).toContain('shows the full diff');
    expect(second.summary).toContain('web/ConfigMap/settings-119:');
    for (const part of after) expect(part.body.length).toBeLessThanOrEqual(65_536);
    expect(second.comment).toMatchObject({
      parts: after.length,
      created: 0,
      updated: after.length,
      deleted: parts.length - after.length,
    });
  });
});
