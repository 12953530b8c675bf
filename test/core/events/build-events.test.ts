import { describe, expect, it } from 'vitest';
import { parseRepoConfig } from '../../../src/core/config/parse-repo-config.js';
import { buildPromoteEvents } from '../../../src/core/events/build-promote-events.js';
import { buildSweepEvents } from '../../../src/core/events/build-sweep-events.js';
import type { PromoteResult } from '../../../src/core/promotion/promote-result.js';

const { config } = parseRepoConfig(`environments:
  - { path: "clusters/prod/", name: production }
promotionPaths:
  - sourcePath: clusters/staging/
    promotionPrs:
      - targetPaths: [clusters/prod/eu/, clusters/prod/us/]
`);

const MERGE = { pullRequest: { number: 5, url: 'https://github.com/acme/iac/pull/5' }, commit: 'c0ffee' };

function promoteResult(results: PromoteResult['results'], dryRun = false): PromoteResult {
  return { plan: { promotions: [], warnings: [] }, config, dryRun, results, warnings: [], failures: [] };
}

const row = (e: {
  kind: string;
  failure?: string;
  pullRequest?: { number: number };
  environments: string[];
}) => [e.kind, e.failure ?? '', e.pullRequest?.number ?? null, e.environments.join(',')] as const;

describe('buildPromoteEvents', () => {
  it('reports opened, gated, merged and write failures per PR, then the merge deployments', () => {
    const events = buildPromoteEvents(
      promoteResult([
        {
          key: 'a',
          branch: 'promotions/a',
          targets: ['clusters/prod/us/', 'clusters/prod/eu/'],
          action: 'opened',
          opened: true,
          gated: true,
          number: 7,
          url: 'u7',
          superseded: [],
        },
        {
          key: 'b',
          branch: 'promotions/b',
          targets: ['clusters/qa/'],
          action: 'merged',
          opened: true,
          number: 8,
          url: 'u8',
          superseded: [],
        },
        {
          key: 'c',
          branch: 'promotions/c',
          targets: ['clusters/dev/'],
          action: 'updated',
          number: 9,
          url: 'u9',
          superseded: [],
        },
        {
          key: 'd',
          branch: 'promotions/d',
          targets: ['clusters/prod/eu/'],
          action: 'failed',
          superseded: [],
          error: 'HTTP 422',
        },
      ]),
      {
        ...MERGE,
        deployments: [
          { environment: 'lab', outcome: 'success', id: 1, components: ['clusters/lab/app/'] },
          { environment: 'staging', outcome: 'in_progress', id: 2 },
          { environment: 'qa', outcome: 'exists', id: 3 },
          { environment: 'dev', outcome: 'failed', error: 'HTTP 500' },
        ],
      },
    );
    expect(events.map(row)).toEqual([
      ['opened', '', 7, 'production'],
      ['gated', '', 7, 'production'],
      ['opened', '', 8, 'clusters/qa'],
      ['merged', '', 8, 'clusters/qa'],
      ['failed', 'write', null, 'production'],
      ['deployed', '', 5, 'lab'],
      ['failed', 'write', 5, 'dev'],
    ]);
    expect(events[0]?.folders).toEqual(['clusters/prod/eu/', 'clusters/prod/us/']);
    expect(events[4]?.reason).toBe('HTTP 422');
    expect(events[5]).toMatchObject({ commit: 'c0ffee', deploymentId: 1, folders: ['clusters/lab/app/'] });
    expect(events[6]?.reason).toBe('the deployment record of dev could not be written: HTTP 500');
  });

  it.each([
    {
      name: 'a promotion PR merged by hand: merged (by whom) first, then its deployment',
      deployments: [{ environment: 'production', outcome: 'success' as const, id: 4 }],
      rows: [
        ['merged', '', 5, 'production'],
        ['deployed', '', 5, 'production'],
      ],
    },
    {
      name: 'a hand merge whose deployment waits for Argo CD: merged now, deployed when the sweep confirms it',
      deployments: [{ environment: 'production', outcome: 'in_progress' as const, id: 4 }],
      rows: [['merged', '', 5, 'production']],
    },
    {
      name: 'a re-run of the hand merge, every deployment recorded already: nothing again',
      deployments: [{ environment: 'production', outcome: 'exists' as const, id: 4 }],
      rows: [],
    },
  ])('$name', ({ deployments, rows }) => {
    const events = buildPromoteEvents(promoteResult([]), {
      ...MERGE,
      deployments,
      handMerge: { by: 'alice', targets: ['clusters/prod/us/', 'clusters/prod/eu/'] },
    });
    expect(events.map(row)).toEqual(rows);
    if (rows.length > 0)
      expect(events[0]).toMatchObject({
        source: 'promote',
        commit: 'c0ffee',
        folders: ['clusters/prod/eu/', 'clusters/prod/us/'],
        reason: 'merged by hand by @alice',
      });
  });

  it('sends nothing for a dry run', () => {
    const result = promoteResult(
      [
        {
          key: 'a',
          branch: 'b',
          targets: ['clusters/prod/eu/'],
          action: 'opened',
          opened: true,
          superseded: [],
        },
      ],
      true,
    );
    expect(buildPromoteEvents(result, { ...MERGE, deployments: [] })).toEqual([]);
  });
});

describe('buildSweepEvents', () => {
  const pr = { number: 7, url: 'u7', targets: ['clusters/prod/eu'] };
  it('reports confirmed deployments, changed verdicts, merges and errors; an unchanged verdict sends nothing', () => {
    const events = buildSweepEvents(
      {
        confirmed: [
          {
            environment: 'staging',
            id: 1,
            sha: 's1',
            state: 'success',
            description: 'Argo CD: app synced and Healthy',
            pullRequest: { number: 3, url: 'u3' },
            components: ['clusters/staging/app/'],
          },
          { environment: 'staging', id: 2, sha: 's0', state: 'inactive', description: 'superseded' },
          { environment: 'qa', id: 4, sha: 's2', state: 'failure', description: 'app-qa Degraded' },
        ],
        pullRequests: [
          {
            ...pr,
            verdict: { state: 'pending', description: 'staging soaking 2h: ready 10:00 UTC' },
            written: true,
          },
          { ...pr, number: 8, verdict: { state: 'pending', description: 'same as before' }, written: false },
          {
            ...pr,
            number: 9,
            verdict: { state: 'failure', description: 'staging unhealthy' },
            written: true,
          },
          {
            ...pr,
            number: 10,
            verdict: { state: 'success', description: 'gates passed' },
            written: true,
            merge: 'merged',
            mergeCommitSha: 'm10',
            deployments: [{ environment: 'production', outcome: 'success', id: 11 }],
          },
          {
            ...pr,
            number: 11,
            verdict: { state: 'success', description: 'gates passed' },
            written: false,
            merge: 'left-open',
          },
          {
            ...pr,
            number: 12,
            verdict: { state: 'pending', description: '' },
            written: false,
            error: 'HTTP 502',
          },
        ],
      },
      config.environments,
    );
    expect(events.map(row)).toEqual([
      ['deployed', '', 3, 'staging'],
      ['failed', 'deployment', null, 'qa'],
      ['gated', '', 7, 'production'],
      ['failed', 'gates', 9, 'production'],
      ['merged', '', 10, 'production'],
      ['deployed', '', 10, 'production'],
      ['failed', 'write', 12, 'production'],
    ]);
    expect(events[0]).toMatchObject({
      commit: 's1',
      reason: 'Argo CD: app synced and Healthy',
      source: 'sweep',
    });
    expect(events[4]).toMatchObject({ commit: 'm10', reason: 'gates passed' });
    expect(events[5]).toMatchObject({ commit: 'm10', deploymentId: 11 });
  });
});
