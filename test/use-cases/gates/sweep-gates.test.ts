import { describe, expect, it } from 'vitest';
import { planDeployments } from '../../../src/core/gates/plan-deployments.js';
import { recordDeployments } from '../../../src/use-cases/gates/record-deployments.js';
import {
  sweepGates,
  sweptEnvironments,
  type SweepOptions,
} from '../../../src/use-cases/gates/sweep-gates.js';
import { silentLogger } from '../../../src/ports/logger.js';
import {
  app,
  createWorld,
  fakeDeps,
  gatedConfig,
  latestState,
  promotionPr,
  type GatesWorld,
} from './gates-fakes.js';

const HOUR = 3_600_000;
const START = Date.parse('2026-12-02T08:00:00Z');
const STAGING_MERGE = 'c'.repeat(40);

function options(world: GatesWorld, keys: Partial<SweepOptions> = {}): SweepOptions {
  return {
    now: world.now,
    confirmation: 'argocd',
    mergeMethod: 'merge',
    repositorySettings: { mergeMethods: ['merge', 'squash', 'rebase'], allowAutoMerge: true },
    ownLogins: ['telefonistka[bot]'],
    dispatchAfterMerge: { workflow: 'telefonistka.yaml', ref: 'main' },
    ...keys,
  };
}

/** Staging merged STAGING_MERGE (recorded in_progress) and prod's promotion PR #7 is open. */
async function stagedWorld(gates: string) {
  const world = createWorld(START);
  const config = gatedConfig(gates);
  const deps = fakeDeps(world);
  await recordDeployments(
    {
      pullRequest: {
        number: 5,
        url: 'https://github.com/acme/iac/pull/5',
        mergeCommitSha: STAGING_MERGE,
        metadata: undefined,
        sourceCommit: undefined,
      },
      planned: planDeployments(config, [{ path: 'clusters/staging/nginx/values.yaml' }]),
      confirmation: 'argocd',
    },
    { deployments: deps.deployments, logger: silentLogger },
  );
  world.pulls.push(
    promotionPr({
      number: 7,
      promoted: ['clusters/prod/nginx'],
      sourceFolder: 'clusters/staging/',
      targets: ['clusters/prod/'],
      sourceCommit: STAGING_MERGE,
      mergedPr: 5,
    }),
  );
  world.apps.set('clusters/staging/nginx', app('staging-nginx', STAGING_MERGE, 'Progressing'));
  return { world, config, deps };
}

describe('sweepGates', () => {
  it('holds prod until staging has soaked and is healthy, then merges, records prod and chains', async () => {
    const { world, config, deps } = await stagedWorld('{ soak: 2h, healthy: argocd }');
    expect(world.deployments.map((d) => [d.environment, d.sha, latestState(d)])).toEqual([
      ['staging', STAGING_MERGE, 'in_progress'],
    ]);

    let result = await sweepGates(config, options(world), deps);
    expect(result.pullRequests.map((pr) => [pr.verdict.state, pr.verdict.description, pr.written])).toEqual([
      ['pending', 'staging not healthy yet: staging-nginx Synced/Progressing; +1 more', true],
    ]);

    world.now += 10 * 60_000;
    world.apps.set('clusters/staging/nginx', app('staging-nginx', STAGING_MERGE, 'Healthy'));
    result = await sweepGates(config, options(world), deps);
    expect(result.confirmed.map((c) => [c.environment, c.state])).toEqual([['staging', 'success']]);
    expect(latestState(world.deployments[0]!)).toBe('success');
    expect(world.commitStatuses.at(-1)).toMatchObject({
      state: 'pending',
      context: 'telefonistka/gates',
      description: 'staging soaking 2h: ready 2026-12-02 10:10 UTC',
    });

    const before = world.calls;
    world.now += HOUR;
    result = await sweepGates(config, options(world), deps);
    expect(result.pullRequests[0]?.written).toBe(false);
    expect(world.calls - before).toBe(2); // the batched read and the token's login: nothing written

    world.now += HOUR;
    result = await sweepGates(config, options(world), deps);
    expect(result.pullRequests[0]).toMatchObject({
      verdict: { state: 'success' },
      written: true,
      merge: 'merged',
    });
    expect(world.merged).toEqual([7]);
    expect(world.dispatched).toEqual(['telefonistka.yaml:7']);
    const prod = world.deployments.find((d) => d.environment === 'production');
    expect(prod).toMatchObject({
      sha: `0007${'e'.repeat(36)}`,
      payload: {
        components: ['clusters/prod/nginx/'],
        pullRequest: { number: 7 },
        sourceCommit: STAGING_MERGE,
      },
    });
    expect(prod === undefined ? undefined : latestState(prod)).toBe('in_progress');
  });

  it('turns the gate and the staging deployment to failure when staging degrades', async () => {
    const { world, config, deps } = await stagedWorld('{ soak: 2h, healthy: argocd }');
    world.apps.set('clusters/staging/nginx', app('staging-nginx', STAGING_MERGE, 'Degraded'));
    const result = await sweepGates(config, options(world), deps);
    expect(latestState(world.deployments[0]!)).toBe('failure');
    expect(result.pullRequests[0]?.verdict).toMatchObject({
      state: 'failure',
      description: 'staging unhealthy: staging-nginx Degraded; +1 more',
    });
    expect(world.merged).toEqual([]);
  });

  it('holds a passing PR while it carries the freeze label or the freeze file exists, and releases it after', async () => {
    const { world, config, deps } = await stagedWorld('{ approvals: 0 }');
    world.freezeFile = 'incident 42\n';
    let result = await sweepGates(config, options(world), deps);
    expect(result.pullRequests[0]?.verdict.description).toBe('frozen: incident 42 (.telefonistka/freeze)');
    world.freezeFile = undefined;
    world.pulls[0]?.labels.push('freeze');
    result = await sweepGates(config, options(world), deps);
    expect(result.pullRequests[0]?.verdict.description).toBe('frozen: `freeze` label');
    expect(world.merged).toEqual([]);
    world.pulls[0]?.labels.pop();
    result = await sweepGates(config, options(world), deps);
    expect(result.pullRequests[0]?.merge).toBe('merged');
  });

  it('blocks outside the window and merges when it opens', async () => {
    const { world, config, deps } = await stagedWorld(
      '{ windows: [{ days: Mon-Thu, hours: "09:00-16:00", timezone: Europe/Berlin }] }',
    );
    world.now = Date.parse('2026-12-03T15:30:00Z'); // Thursday 16:30 in Berlin
    let result = await sweepGates(config, options(world), deps);
    expect(result.pullRequests[0]?.verdict.description).toBe('outside window: opens Mon 09:00 Europe/Berlin');
    world.now = Date.parse('2026-12-07T08:00:00Z');
    result = await sweepGates(config, options(world), deps);
    expect(result.pullRequests[0]?.merge).toBe('merged');
  });

  it('ignores promotion PRs whose author is not trusted and PRs without gates', async () => {
    const { world, config, deps } = await stagedWorld('{ approvals: 0 }');
    world.pulls[0]!.author = 'mallory';
    world.pulls.push(
      promotionPr({
        number: 9,
        promoted: ['clusters/staging/nginx'],
        sourceFolder: 'clusters/lab/',
        targets: ['clusters/staging/'],
        sourceCommit: 'b'.repeat(40),
        mergedPr: 4,
      }),
    );
    const result = await sweepGates(config, options(world), deps);
    expect(result.pullRequests).toEqual([]);
    expect(result.ungated).toEqual([7, 9]);
    expect(world.commitStatuses).toEqual([]);
  });

  it('does not record a deployment twice when promote and the sweep both record a merge', async () => {
    const { world, config, deps } = await stagedWorld('{ approvals: 0 }');
    const again = await recordDeployments(
      {
        pullRequest: {
          number: 5,
          url: '',
          mergeCommitSha: STAGING_MERGE,
          metadata: undefined,
          sourceCommit: undefined,
        },
        planned: planDeployments(config, [{ path: 'clusters/staging/nginx/values.yaml' }]),
        confirmation: 'argocd',
      },
      { deployments: deps.deployments, logger: silentLogger },
    );
    expect(again).toEqual([
      { environment: 'staging', outcome: 'exists', id: 1, components: ['clusters/staging/nginx/'] },
    ]);
    expect(world.deployments).toHaveLength(1);
  });

  it('reads the environments named in the configuration', () => {
    expect(sweptEnvironments(gatedConfig('{ approvals: 1 }'))).toEqual(['lab', 'production', 'staging']);
  });
});
