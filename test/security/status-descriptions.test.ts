// Trust audit: a commit status description is built from the freeze file, the holds file and GitHub's answers.
// GitHub refuses one over 140 characters or with a character outside the Basic Multilingual Plane ("description
// doesn't accept 4-byte Unicode"): a refused write leaves the PR's old status (e.g. success) in place, so an emoji
// in the freeze file must never make the gate unable to say "frozen".
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateGates } from '../../src/core/gates/evaluate-gates.js';
import type { GateFacts } from '../../src/core/gates/gate-types.js';
import { parseFreezeFile } from '../../src/core/gates/parse-freeze-file.js';
import { holdVerdict } from '../../src/core/holds/hold-verdict.js';
import { shortenStatusDescription } from '../../src/core/pr-checks/shorten-status-description.js';
import { mergeGates } from '../../src/core/config/build-gates-config.js';
import { octokitFor } from '../github-emulator/emulator-fixture.js';
import { HOUR } from '../support/test-clock.js';
import {
  FREEZE_FILE,
  GATES_CONTEXT,
  OWNER,
  REPO,
  startGatesHarness,
  type GatesHarness,
} from '../use-cases/gates/gates-harness.js';

const ASTRAL = /[\u{10000}-\u{10FFFF}]/u;
const LONG_MULTIBYTE = `🚨 Vorfall 4711: ${'Größenänderung überprüfen 👩‍💻 '.repeat(8)}`;

/** What GitHub accepts as a status description. */
function expectAccepted(description: string): void {
  expect(description).not.toMatch(ASTRAL);
  expect(description).not.toMatch(/[\uD800-\uDFFF]/);
  expect([...description].length).toBeLessThanOrEqual(140);
  expect(description.length).toBeGreaterThan(0);
}

describe('status descriptions from hostile text', () => {
  it('shortens a long multibyte text with emoji to what GitHub accepts', () => {
    const description = shortenStatusDescription(LONG_MULTIBYTE);
    expectAccepted(description);
    expect(description).toMatch(/^Vorfall 4711: Größenänderung/);
  });

  it('says "frozen" with the freeze file reason GitHub accepts', () => {
    const gates = mergeGates({}, undefined)!;
    const facts: GateFacts = {
      now: Date.parse('2026-12-03T10:00:00Z'),
      sourceEnvironment: 'staging',
      sourceCommit: undefined,
      sourceDeployment: undefined,
      latestSourceDeployment: undefined,
      sourceApps: undefined,
      reviews: [],
      ownLogins: [],
      freeze: { label: false, file: parseFreezeFile(`${LONG_MULTIBYTE}\n`) },
    };
    const verdict = evaluateGates(gates, facts);
    expect(verdict.state).toBe('pending');
    expect(verdict.description).toMatch(/^frozen: Vorfall 4711/);
    expectAccepted(verdict.description);
  });

  it('says "held" with a holds reason GitHub accepts', () => {
    const verdict = holdVerdict({ state: 'success', description: 'gates passed', reasons: [] }, [
      { folder: 'clusters/prod/app', reason: LONG_MULTIBYTE, by: 'alice', since: '2026-12-01T10:00:00Z' },
    ]);
    expect(verdict.description).toMatch(/^held: clusters\/prod\/app \(Vorfall 4711/);
    expectAccepted(verdict.description);
  });
});

describe('the gates sweep on the emulator with an emoji in the freeze file', () => {
  let harness: GatesHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it('turns a passing promotion PR pending "frozen", and GitHub accepts the status', async () => {
    const h = (harness = await startGatesHarness({ start: '2026-03-02T08:00:00Z' }));
    const staging = await h.mergeChange('staging', 'app:4.0');
    const deployment = await h.recordDeployment('staging', staging, 9);
    h.argocd.rollout('app-staging', { revision: staging, syncedAt: h.clock.now() });
    await h
      .deployments()
      .createDeploymentStatus(deployment, { state: 'success', description: 'Synced and Healthy' });
    const prodPr = await h.openPromotionPr('prod', 'app:4.0', { source: 'staging', sourceCommit: staging });
    h.clock.advance(3 * HOUR);
    expect((await h.verdict(prodPr)).state).toBe('success');

    await h.emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      files: { [FREEZE_FILE]: '🚨 incident 4711 🔥\n' },
      message: 'freeze',
    });
    await h.sweep({ merge: false });
    const head = (await h.emulator.getPullRequest(OWNER, REPO, prodPr)).headSha;
    const reader = octokitFor(h.emulator, h.emulator.tokens.reader);
    const { data } = await reader.rest.repos.listCommitStatusesForRef({
      owner: OWNER,
      repo: REPO,
      ref: head,
    });
    // Newest first: the sweep's latest write is the status GitHub shows.
    expect(data.find((status) => status.context === GATES_CONTEXT)).toMatchObject({
      state: 'pending',
      description: 'frozen: incident 4711 (.telefonistka/freeze)',
    });
  });
});

describe('the gates sweep on the emulator with a freeze file saved as UTF-16', () => {
  let harness: GatesHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  // Windows PowerShell 5 writes `echo incident > .telefonistka/freeze` as UTF-16LE: GitHub takes the file for
  // binary and GraphQL answers `text: null`. The file exists: the promotion is frozen all the same.
  it('holds the promotion PR "frozen", as for any freeze file', async () => {
    const h = (harness = await startGatesHarness({ start: '2026-03-02T08:00:00Z' }));
    const staging = await h.mergeChange('staging', 'app:4.0');
    const deployment = await h.recordDeployment('staging', staging, 9);
    h.argocd.rollout('app-staging', { revision: staging, syncedAt: h.clock.now() });
    await h
      .deployments()
      .createDeploymentStatus(deployment, { state: 'success', description: 'Synced and Healthy' });
    const prodPr = await h.openPromotionPr('prod', 'app:4.0', { source: 'staging', sourceCommit: staging });
    h.clock.advance(3 * HOUR);
    expect((await h.verdict(prodPr)).state).toBe('success');
    await h.emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      files: { [FREEZE_FILE]: Buffer.from('\uFEFFincident 4711\r\n', 'utf16le') },
      message: 'freeze (from Windows PowerShell)',
    });
    expect(await h.verdict(prodPr)).toMatchObject({
      state: 'pending',
      description: expect.stringMatching(/^frozen: /),
    });
  });
});
