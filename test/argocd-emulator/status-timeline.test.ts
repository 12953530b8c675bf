import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startArgoCdEmulator, type ArgoCdEmulator } from '../support/argocd-emulator/index.js';
import { createTestClock, MINUTE, type TestClock } from '../support/test-clock.js';

// Response bodies are asserted field by field; a loose type keeps the assertions readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const START = '2026-03-02T08:00:00Z';
const R1 = 'a'.repeat(40);
const R2 = 'b'.repeat(40);

describe('Argo CD emulator status over simulated time', () => {
  let emulator: ArgoCdEmulator;
  let clock: TestClock;

  beforeEach(async () => {
    clock = createTestClock({ start: START });
    emulator = await startArgoCdEmulator({ token: 't', clock });
    emulator.addApplication({
      metadata: { name: 'app-staging' },
      spec: {
        project: 'default',
        source: {
          repoURL: 'https://github.com/acme/iac',
          path: 'clusters/staging/app',
          targetRevision: 'main',
        },
        destination: { server: 'https://kubernetes.default.svc', namespace: 'web' },
      },
      status: { sync: { status: 'Synced', revision: R1 }, health: { status: 'Healthy' } },
    });
  });

  afterEach(async () => {
    await emulator.close();
  });

  const read = async (path = '/api/v1/applications/app-staging'): Promise<Loose> => {
    const response = await fetch(`${emulator.url}${path}`, { headers: { authorization: 'Bearer t' } });
    expect(response.status).toBe(200);
    return response.json();
  };

  it('serves a rollout step by step as the clock moves: Running, Synced and Progressing, then Healthy', async () => {
    emulator.rollout('app-staging', {
      revision: R2,
      startAt: clock.now() + MINUTE,
      syncedAt: clock.now() + 5 * MINUTE,
      settledAt: clock.now() + 7 * MINUTE,
    });
    expect((await read()).status).toMatchObject({
      sync: { status: 'Synced', revision: R1 },
      health: { status: 'Healthy' },
    });

    clock.advance(2 * MINUTE);
    expect((await read()).status).toMatchObject({
      sync: { status: 'OutOfSync', revision: R2 },
      health: { status: 'Progressing', lastTransitionTime: '2026-03-02T08:01:00Z' },
      operationState: {
        phase: 'Running',
        startedAt: '2026-03-02T08:01:00Z',
        operation: { sync: { revision: R2 } },
      },
    });

    clock.advance(3 * MINUTE);
    const synced = (await read()).status;
    expect(synced).toMatchObject({
      sync: { status: 'Synced', revision: R2 },
      health: { status: 'Progressing' },
      operationState: {
        phase: 'Succeeded',
        startedAt: '2026-03-02T08:01:00Z',
        finishedAt: '2026-03-02T08:05:00Z',
        syncResult: { revision: R2 },
      },
      reconciledAt: '2026-03-02T08:05:00Z',
    });
    expect(synced.history).toEqual([
      {
        id: 0,
        revision: R2,
        deployStartedAt: '2026-03-02T08:01:00Z',
        deployedAt: '2026-03-02T08:05:00Z',
        initiatedBy: { automated: true },
      },
    ]);

    clock.advance(2 * MINUTE);
    const list = await read('/api/v1/applications');
    expect(list.items[0].status.health).toEqual({
      status: 'Healthy',
      lastTransitionTime: '2026-03-02T08:07:00Z',
    });
    expect(emulator.getApplication('app-staging')).toMatchObject({
      status: { health: { status: 'Healthy' } },
    });
  });

  it('applies every due change in time order when the clock jumps past several', async () => {
    emulator.rollout('app-staging', {
      revision: R2,
      syncedAt: clock.now() + 5 * MINUTE,
      settledAt: clock.now() + 7 * MINUTE,
      health: 'Degraded',
      healthMessage: 'Deployment "web" exceeded its progress deadline',
    });
    clock.advance(60 * MINUTE);
    expect((await read()).status).toMatchObject({
      sync: { status: 'Synced', revision: R2 },
      health: { status: 'Degraded', message: 'Deployment "web" exceeded its progress deadline' },
      operationState: { phase: 'Succeeded' },
    });
  });

  it('sets a status at once, or at a scheduled time, without a rollout', async () => {
    emulator.setApplicationStatus('app-staging', { health: 'Degraded', healthMessage: 'CrashLoopBackOff' });
    expect((await read()).status.health).toEqual({
      status: 'Degraded',
      message: 'CrashLoopBackOff',
      lastTransitionTime: START,
    });
    emulator.scheduleApplicationStatus('app-staging', clock.now() + MINUTE, {
      revision: R2,
      sync: 'Synced',
      operation: 'Failed',
      operationMessage: 'one or more objects failed to apply',
    });
    expect((await read()).status.operationState).toBeUndefined();
    clock.advance(MINUTE);
    expect((await read()).status.operationState).toMatchObject({
      phase: 'Failed',
      message: 'one or more objects failed to apply',
      syncResult: { revision: R2 },
    });
  });

  it('replaces a pending rollout with a new one and refuses an unknown app or a backwards plan', () => {
    emulator.rollout('app-staging', {
      revision: R2,
      startAt: clock.now() + MINUTE,
      syncedAt: clock.now() + 2 * MINUTE,
    });
    emulator.rollout('app-staging', {
      revision: R1,
      startAt: clock.now() + MINUTE,
      syncedAt: clock.now() + 3 * MINUTE,
    });
    clock.advance(2 * MINUTE);
    expect(emulator.getApplication('app-staging')).toMatchObject({
      status: { sync: { status: 'OutOfSync', revision: R1 } },
    });
    expect(() => emulator.rollout('nope', { revision: R1, syncedAt: clock.now() })).toThrow(
      'no application nope',
    );
    expect(() =>
      emulator.rollout('app-staging', {
        revision: R1,
        syncedAt: clock.now() + MINUTE,
        settledAt: clock.now(),
      }),
    ).toThrow('startAt <= syncedAt <= settledAt');
  });
});
