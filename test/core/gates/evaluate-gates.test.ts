import { describe, expect, it } from 'vitest';
import { mergeGates, parseDays, parseHours } from '../../../src/core/config/build-gates-config.js';
import type { GatesConfig } from '../../../src/core/config/gates-types.js';
import { evaluateGates } from '../../../src/core/gates/evaluate-gates.js';
import type { DeploymentRecord, GateFacts } from '../../../src/core/gates/gate-types.js';
import { parseFreezeFile } from '../../../src/core/gates/parse-freeze-file.js';

const HOUR = 3_600_000;
const SHA = 'a'.repeat(40);
const NOW = Date.parse('2026-12-03T10:00:00Z'); // Thursday, 11:00 in Berlin

function gates(keys: Partial<GatesConfig>): GatesConfig {
  const merged = mergeGates(keys, undefined);
  if (merged === undefined) throw new Error('unreachable');
  return merged;
}

function deployment(keys: Partial<DeploymentRecord>): DeploymentRecord {
  return {
    id: 1,
    environment: 'staging',
    sha: SHA,
    createdAt: NOW - 3 * HOUR,
    state: 'success',
    successAt: NOW - 3 * HOUR,
    ...keys,
  };
}

function facts(keys: Partial<GateFacts> = {}): GateFacts {
  const deployed = deployment({});
  return {
    now: NOW,
    sourceEnvironment: 'staging',
    sourceCommit: SHA,
    sourceDeployment: deployed,
    latestSourceDeployment: deployed,
    sourceApps: [{ name: 'staging-nginx', health: 'Healthy', sync: 'Synced', atRevision: true }],
    reviews: [],
    ownLogins: ['telefonistka[bot]', 'approver-bot'],
    freeze: { label: false, file: undefined },
    ...keys,
  };
}

const soak2h = { soakMs: 2 * HOUR, soakText: '2h' };

describe('evaluateGates', () => {
  it.each<[string, Partial<GatesConfig>, Partial<GateFacts>, string, string]>([
    ['soak passed', soak2h, {}, 'success', 'gates passed: soak 2h, not frozen'],
    [
      'soak passes at its exact end',
      soak2h,
      { sourceDeployment: deployment({ successAt: NOW - 2 * HOUR }) },
      'success',
      'gates passed: soak 2h, not frozen',
    ],
    [
      'soaking',
      soak2h,
      { sourceDeployment: deployment({ successAt: NOW - 48 * 60_000 }) },
      'pending',
      'staging soaking 2h: ready 2026-12-03 11:12 UTC',
    ],
    [
      'soak waits for the deployment',
      soak2h,
      { sourceDeployment: undefined },
      'pending',
      `staging soak 2h: waiting for deployment of ${SHA.slice(0, 7)}`,
    ],
    [
      'soak while deploying',
      soak2h,
      { sourceDeployment: deployment({ state: 'in_progress', successAt: undefined }) },
      'pending',
      'staging soak 2h: deploying aaaaaaa',
    ],
    [
      'failed source deployment fails the gate',
      soak2h,
      { sourceDeployment: deployment({ state: 'failure', successAt: undefined }) },
      'failure',
      'staging deployment of aaaaaaa failure',
    ],
    [
      'soak keeps counting after a newer deployment made it inactive',
      soak2h,
      { sourceDeployment: deployment({ state: 'inactive' }) },
      'success',
      'gates passed: soak 2h, not frozen',
    ],
    ['healthy apps pass', { healthy: 'argocd' }, {}, 'success', 'gates passed: healthy (argocd), not frozen'],
    [
      'degraded app fails',
      { healthy: 'argocd' },
      { sourceApps: [{ name: 'staging-nginx', health: 'Degraded', sync: 'Synced', atRevision: true }] },
      'failure',
      'staging unhealthy: staging-nginx Degraded',
    ],
    [
      'app not at the revision waits',
      { healthy: 'argocd' },
      { sourceApps: [{ name: 'staging-nginx', health: 'Healthy', sync: 'Synced', atRevision: false }] },
      'pending',
      'staging not healthy yet: staging-nginx not at aaaaaaa',
    ],
    [
      'progressing app waits',
      { healthy: 'argocd' },
      { sourceApps: [{ name: 'staging-nginx', health: 'Progressing', sync: 'Synced', atRevision: true }] },
      'pending',
      'staging not healthy yet: staging-nginx Synced/Progressing',
    ],
    [
      'healthy by deployment',
      { healthy: 'deployment' },
      {},
      'success',
      'gates passed: healthy (deployment), not frozen',
    ],
    [
      'latest deployment failed',
      { healthy: 'deployment' },
      { latestSourceDeployment: deployment({ id: 2, sha: 'b'.repeat(40), state: 'error' }) },
      'failure',
      'staging unhealthy: deployment of bbbbbbb error',
    ],
    [
      'freeze label holds',
      {},
      { freeze: { label: true, file: undefined } },
      'pending',
      'frozen: `freeze` label',
    ],
    [
      'freeze file holds',
      {},
      { freeze: { label: false, file: parseFreezeFile('# why\nincident 42\n') } },
      'pending',
      'frozen: incident 42 (.telefonistka/freeze)',
    ],
    [
      'freeze period holds',
      { freeze: [{ from: NOW - HOUR, to: Date.parse('2026-12-04T00:00:00Z'), reason: 'release train' }] },
      {},
      'pending',
      'frozen until 2026-12-04 00:00 UTC: release train',
    ],
    [
      'freeze period ended (to is exclusive)',
      { freeze: [{ from: NOW - HOUR, to: NOW, reason: 'x' }] },
      {},
      'success',
      'gates passed: not frozen',
    ],
    [
      'outside window',
      {
        windows: [
          {
            days: parseDays('Mon-Thu') ?? [],
            ...(parseHours('13:00-16:00') ?? { start: 0, end: 1 }),
            timezone: 'Europe/Berlin',
            text: '',
          },
        ],
      },
      {},
      'pending',
      'outside window: opens Thu 13:00 Europe/Berlin',
    ],
    [
      'several reasons: the first and a count',
      { ...soak2h, approvals: 1 },
      { freeze: { label: true, file: undefined } },
      'pending',
      'frozen: `freeze` label; +1 more',
    ],
    [
      'a failure is shown before pending reasons',
      { ...soak2h, healthy: 'argocd' },
      {
        freeze: { label: true, file: undefined },
        sourceApps: [{ name: 'app', health: 'Missing', sync: 'OutOfSync', atRevision: false }],
      },
      'failure',
      'staging unhealthy: app Missing',
    ],
  ])('%s', (_name, config, given, state, description) => {
    const verdict = evaluateGates(gates(config), facts(given));
    expect({ state: verdict.state, description: verdict.description }).toEqual({ state, description });
  });

  it('counts the latest review of each writer, not the action identities unless configured', () => {
    const reviews: GateFacts['reviews'] = [
      { author: 'alice', state: 'APPROVED', authorCanPush: true },
      { author: 'bob', state: 'APPROVED', authorCanPush: false },
      { author: 'approver-bot', state: 'APPROVED', authorCanPush: true },
      { author: 'carol', state: 'APPROVED', authorCanPush: true },
      { author: 'carol', state: 'CHANGES_REQUESTED', authorCanPush: true },
      { author: 'dave', state: 'APPROVED', authorCanPush: true },
      { author: 'dave', state: 'COMMENTED', authorCanPush: true },
    ];
    expect(evaluateGates(gates({ approvals: 3 }), facts({ reviews })).description).toBe('approvals: 2 of 3');
    expect(evaluateGates(gates({ approvals: 3, countOwnApprovals: true }), facts({ reviews })).state).toBe(
      'success',
    );
  });

  it('keeps every description within GitHub’s 140 characters', () => {
    const verdict = evaluateGates(
      gates({ healthy: 'argocd' }),
      facts({ sourceEnvironment: 'e'.repeat(200), sourceApps: [] }),
    );
    expect([...verdict.description]).toHaveLength(140);
    expect(verdict.description.endsWith('…')).toBe(true);
  });
});
