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
  fixture = await startArgoCdDiffFixture({
    config: configWith('commentDiffonPR: true\ncreateTempAppObjectFromNewApps: true'),
  });
  fixture.argocd.addApplicationSet({
    metadata: { name: 'workspace-apps' },
    spec: {
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      generators: [
        { git: { repoURL: fixture.repoUrl, revision: 'HEAD', directories: [{ path: 'workspace/*' }] } },
      ],
      template: {
        metadata: {
          name: '{{ .path.basenameNormalized }}-{{ index .path.segments 0 }}',
          finalizers: ['resources-finalizer.argocd.argoproj.io'],
        },
        spec: {
          project: 'default',
          source: { repoURL: fixture.repoUrl, path: '{{ .path.path }}', targetRevision: 'HEAD' },
          destination: { server: 'https://kubernetes.default.svc', namespace: '{{ .path.basename }}' },
          syncPolicy: { automated: { prune: true, selfHeal: true } },
        },
      },
    },
  });
  fixture.argocd.addApplicationSet({
    metadata: { name: 'lab-apps' },
    spec: {
      generators: [
        {
          git: {
            repoURL: `${fixture.repoUrl}.git`,
            revision: 'HEAD',
            directories: [{ path: 'clusters/lab/*/c1/*' }],
          },
        },
      ],
      template: {
        metadata: { name: 'lab-{{path.basename}}' },
        spec: {
          project: 'default',
          source: { repoURL: fixture.repoUrl, path: '{{path}}', targetRevision: 'HEAD' },
          destination: { server: 'https://kubernetes.default.svc', namespace: '{{path[2]}}' },
          syncPolicy: { automated: {} },
        },
      },
    },
  });
});

afterEach(async () => {
  await fixture.close();
});

describe('argocd-diff action: new components through temporary apps', () => {
  it('renders a temporary app from the matching ApplicationSet, diffs it and deletes it; a failed one is kept and reported', async () => {
    const opened = await fixture.openPr('feature/redis', {
      'workspace/redis/deployment.yaml': 'image: redis:7\n',
      'clusters/lab/europe-west4/c1/redis/deployment.yaml': 'image: redis:7\n',
    });
    const sha = headShaOf(opened);
    fixture.setApp('temp-redis-workspace', sha, { target: [deployment('redis', 'redis:7')], live: [] });
    // No manifests for temp-lab-redis at the PR head: its diff fails.

    const run = await fixture.run('pull_request', opened);

    expect(run.exitCode).toBe(1);
    expect(fixture.argocd.applicationNames()).toEqual(['temp-lab-redis']);
    const kept = fixture.argocd.getApplication('temp-lab-redis') as {
      metadata: Record<string, unknown>;
      spec: { source: Record<string, unknown>; syncPolicy: Record<string, unknown>; destination: unknown };
    };
    expect(kept.metadata).toEqual({
      name: 'temp-lab-redis',
      namespace: 'argocd',
      labels: { 'telefonistka.io/temporary-app': 'true' },
    });
    expect(kept.spec.source).toEqual({
      repoURL: fixture.repoUrl,
      path: 'clusters/lab/europe-west4/c1/redis',
      targetRevision: 'feature/redis',
    });
    expect(kept.spec.syncPolicy).toEqual({});
    expect(kept.spec.destination).toEqual({
      server: 'https://kubernetes.default.svc',
      namespace: 'europe-west4',
    });
    const creates = fixture.argocd.requests.filter((r) => r.operation === 'ApplicationService_Create');
    expect(creates.map((r) => [r.app, r.query.validate])).toEqual(
      expect.arrayContaining([
        ['temp-redis-workspace', ['false']],
        ['temp-lab-redis', ['false']],
      ]),
    );
    expect(fixture.argocd.countRequests({ operation: 'ApplicationService_Delete' })).toBe(1);
    expect(fixture.argocd.countRequests({ operation: 'ApplicationSetService_List' })).toBe(1);

    const [comment] = fixture.botComments(numberOf(opened));
    const body = comment!.body
      .replaceAll(fixture.repoUrl, 'https://github.com/acme/iac')
      .replaceAll(sha, '<head-sha>');
    await expect(body).toMatchFileSnapshot('../../golden/argocd-diff/temporary-apps.md');
    const results = JSON.parse(run.outputs.results!) as {
      app: string;
      outcome: string;
      keptTemporaryApp: string | null;
    }[];
    expect(results.map((r) => [r.app, r.outcome, r.keptTemporaryApp])).toEqual([
      ['temp-lab-redis', 'error', 'temp-lab-redis'],
      ['temp-redis-workspace', 'changed', null],
    ]);
  });

  it('notes a component for which neither an app nor an ApplicationSet exists, without failing', async () => {
    const opened = await fixture.openPr('feature/orphan', {
      'clusters/lab/europe-west4/c9/redis/x.yaml': 'x\n',
    });
    const run = await fixture.run('pull_request', opened);
    expect(run.exitCode).toBe(0);
    const [comment] = fixture.botComments(numberOf(opened));
    expect(comment!.body).toContain(
      `> No ArgoCD application or ApplicationSet found for \`clusters/lab/europe-west4/c9/redis\` (repo ${fixture.repoUrl}): nothing to diff.`,
    );
    expect((await fixture.statuses(headShaOf(opened)))[0]).toMatchObject({
      state: 'success',
      description: 'No Argo CD app found for the components of this PR',
    });
    expect(fixture.argocd.applicationNames()).toEqual([]);
  });
});
