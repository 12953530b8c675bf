// Promotion events end to end (issue 15, deliverable 5): a lab -> staging -> prod run with gates on the GitHub
// emulator, wired as the promote and sweep runners wire it (use-case, deployment record, event builder, sender),
// and a webhook receiver on loopback that gets every event: JSON v1 payloads signed with the endpoint's secret,
// Slack messages to a second endpoint that subscribes to a subset, and a failing endpoint that never fails the
// promotion.
import { afterEach, describe, expect, it } from 'vitest';
import { createOctokitDeployments } from '../../../src/adapters/github/create-octokit-deployments.js';
import { createOctokitGitHub } from '../../../src/adapters/github/create-octokit-github.js';
import { createApiSnapshot } from '../../../src/adapters/github/create-api-snapshot.js';
import { createAxiosWebhookSender } from '../../../src/adapters/http/create-axios-webhook-sender.js';
import type { RepoConfig } from '../../../src/core/config/types.js';
import { buildPromoteEvents } from '../../../src/core/events/build-promote-events.js';
import { buildSweepEvents } from '../../../src/core/events/build-sweep-events.js';
import type { PromotionEvent } from '../../../src/core/events/promotion-event.js';
import type { PromotionEventsResult } from '../../../src/core/events/promotion-events-result.js';
import { parseSecretRules } from '../../../src/core/webhook/parse-secret-rules.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { findHandMerge } from '../../../src/use-cases/gates/find-hand-merge.js';
import { recordMergeDeployments } from '../../../src/use-cases/gates/record-merge-deployments.js';
import { sweepGates } from '../../../src/use-cases/gates/sweep-gates.js';
import { promoteMergedPullRequest } from '../../../src/use-cases/promote/promote-merged-pull-request.js';
import { sendPromotionEvents } from '../../../src/use-cases/promotion-events/send-promotion-events.js';
import type { EmulatedPullRequest } from '../../support/github-emulator/index.js';
import { HOUR } from '../../support/test-clock.js';
import {
  hasValidSignature,
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../support/webhook-receiver.js';
import { OWNER, REPO, startGatesHarness, type GatesHarness } from './gates-harness.js';

let harness: GatesHarness | undefined;
let receiver: WebhookReceiver | undefined;

afterEach(async () => {
  await harness?.close();
  await receiver?.close();
  harness = undefined;
  receiver = undefined;
});

const SECRET = 'events-hmac-secret';

function configText(origin: string): string {
  return `environments:
  - path: clusters/lab/
    name: lab
  - path: clusters/staging/
    name: staging
  - path: clusters/prod/
    name: prod
deploymentConfirmation: merge
promotionEvents:
  - url: ${origin}/events
  - url: ${origin}/slack
    format: slack
    events: [merged, deployed, failed]
  - url: ${origin}/down
    events: [opened]
promotionPaths:
  - sourcePath: clusters/lab/
    conditions: { autoMerge: true }
    promotionPrs:
      - targetPaths: [clusters/staging/]
  - sourcePath: clusters/staging/
    conditions: { autoMerge: true }
    gates: { soak: 2h, healthy: deployment }
    promotionPrs:
      - targetPaths: [clusters/prod/]
`;
}

/** The promote and sweep runs as their runners wire them, each sending its events. */
function createRuns(h: GatesHarness, sent: PromotionEventsResult[]) {
  const { emulator, clock } = h;
  const client = { token: emulator.tokens.app, owner: OWNER, repo: REPO, baseUrl: emulator.apiUrl };
  const github = () => createOctokitGitHub({ ...client, logger: silentLogger, writeIntervalMs: 0 });
  const deployments = () => createOctokitDeployments({ ...client, logger: silentLogger, writeIntervalMs: 0 });
  let deliveries = 0;
  const send = async (events: PromotionEvent[], config: RepoConfig) => {
    const sender = createAxiosWebhookSender({
      timeoutMs: 5000,
      retries: 2,
      logger: silentLogger,
      // Waits between attempts pass at once; the per-attempt deadline is real (the receiver answers locally).
      clock: {
        now: () => Date.now(),
        sleep: () => Promise.resolve(),
        startTimer: (ms, onTimeout) => {
          const timer = setTimeout(onTimeout, ms);
          return () => clearTimeout(timer);
        },
      },
    });
    const result = await sendPromotionEvents(
      events,
      {
        endpoints: config.promotionEvents ?? [],
        defaultSecret: undefined,
        secretRules: parseSecretRules(`"/events$": ${SECRET}`),
        userAgent: 'telefonistka-promotion-events',
        concurrency: 4,
        context: {
          repository: { owner: OWNER, name: REPO, url: `https://github.com/${OWNER}/${REPO}` },
          runUrl: `https://github.com/${OWNER}/${REPO}/actions/runs/7`,
          now: clock.now(),
        },
      },
      {
        sender,
        logger: silentLogger,
        newDeliveryId: () => `delivery-${String(++deliveries)}`,
        maskSecret: () => undefined,
      },
    ).finally(() => sender.close());
    sent.push(result);
    return result;
  };
  const promote = async (pull: EmulatedPullRequest) => {
    const port = github();
    // The event's `merged_by` (run-promote reads it from the payload).
    const mergedBy = (await port.getPullRequest(pull.number)).mergedBy;
    const merged = {
      ...(mergedBy === undefined ? {} : { mergedBy }),
      number: pull.number,
      nodeId: pull.nodeId,
      headRef: pull.head,
      headSha: pull.headSha,
      baseSha: pull.baseSha,
      mergeCommitSha: pull.mergeCommitSha ?? '',
      author: pull.user,
      labels: [...pull.labels],
      body: pull.body ?? '',
    };
    const result = await promoteMergedPullRequest(
      merged,
      {
        defaultBranch: 'main',
        dryRun: false,
        autoMergeMode: 'direct',
        mergeMethod: 'merge',
        dispatchAfterMerge: undefined,
      },
      {
        github: port,
        approver: undefined,
        localGit: undefined,
        snapshot: createApiSnapshot(port),
        logger: silentLogger,
        sleep: () => Promise.resolve(),
      },
    );
    const config = result.config!;
    const url = `https://github.com/${OWNER}/${REPO}/pull/${String(pull.number)}`;
    const recorded = await recordMergeDeployments(
      { pullRequest: merged, url, config, confirmation: 'merge' },
      { github: port, deployments: deployments(), localGit: undefined, logger: silentLogger },
    );
    const handMerge = await findHandMerge(merged, { config, github: port });
    const events = buildPromoteEvents(result, {
      pullRequest: { number: pull.number, url },
      commit: merged.mergeCommitSha,
      deployments: recorded,
      ...(handMerge === undefined ? {} : { handMerge }),
    });
    return { result, sent: await send(events, config) };
  };
  const sweep = async (config: RepoConfig) => {
    const records = deployments();
    const result = await sweepGates(
      config,
      {
        now: clock.now(),
        confirmation: 'merge',
        mergeMethod: 'merge',
        repositorySettings: undefined,
        ownLogins: ['telefonistka'],
        dispatchAfterMerge: undefined,
      },
      {
        github: github(),
        sweep: records,
        deployments: records,
        apps: undefined,
        logger: silentLogger,
        sleep: () => Promise.resolve(),
      },
    );
    return { result, sent: await send(buildSweepEvents(result, config.environments), config) };
  };
  return { promote, sweep };
}

interface JsonEvent {
  version: number;
  event: string;
  failure: string | null;
  source: string;
  occurredAt: string;
  pullRequest: { number: number; url: string } | null;
  environments: string[];
  folders: string[];
  commit: string | null;
  reason: string;
}

describe('promotion events on the emulators', () => {
  it('sends opened, gated, merged and deployed of lab -> staging -> prod, signed, in order; a dead endpoint fails alone', async () => {
    receiver = await startWebhookReceiver({ '/down': { statuses: [503] } });
    harness = await startGatesHarness({
      start: '2026-03-02T08:00:00Z',
      config: configText(receiver.origin),
    });
    const { emulator, clock } = harness;
    const sent: PromotionEventsResult[] = [];
    const runs = createRuns(harness, sent);

    // alice's change to lab merges; promote opens the staging PR and auto-merges it (no gates into staging).
    await emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'bump-lab',
      from: 'main',
      files: { 'clusters/lab/app/values.yaml': 'image: app:2.0\n' },
      message: 'bump lab',
    });
    const labPr = await emulator.openPullRequest({
      owner: OWNER,
      repo: REPO,
      head: 'bump-lab',
      base: 'main',
      title: 'Bump lab',
    });
    await emulator.mergePullRequest({ owner: OWNER, repo: REPO, number: labPr.number });
    const first = await runs.promote(await emulator.getPullRequest(OWNER, REPO, labPr.number));
    expect(first.result.results.map((r) => r.action)).toEqual(['merged']);
    // The dead endpoint only takes `opened`: it failed after 3 attempts, the promotion did not.
    expect(first.sent.failures).toEqual([
      expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/down \(opened\): HTTP 503/),
    ]);
    const stagingPr = first.result.results[0]!.number!;

    // The staging promotion PR's merge is promoted in turn (the dispatched hop): the prod PR is gated.
    const second = await runs.promote(await emulator.getPullRequest(OWNER, REPO, stagingPr));
    expect(second.result.results.map((r) => [r.action, r.gated])).toEqual([['opened', true]]);
    const prodPr = second.result.results[0]!.number!;
    const config = second.result.config!;

    // The sweep: staging soaks 2h (pending, written once), then the gates pass and the sweep merges prod.
    await runs.sweep(config);
    await runs.sweep(config);
    clock.advance(2 * HOUR);
    const passing = await runs.sweep(config);
    expect(passing.result.pullRequests.map((pr) => [pr.number, pr.merge])).toEqual([[prodPr, 'merged']]);
    const prodMerge = (await emulator.getPullRequest(OWNER, REPO, prodPr)).mergeCommitSha;

    const json = receiver.received('/events');
    // Every JSON delivery is signed with the endpoint's secret over the exact body bytes.
    for (const request of json) {
      expect(hasValidSignature(request.body, request.headers['x-hub-signature-256'], SECRET)).toBe(true);
      expect(request.headers['x-github-event']).toBe('telefonistka_promotion');
      expect(request.headers['content-type']).toBe('application/json');
    }
    const events = json.map((request) => JSON.parse(request.body.toString()) as JsonEvent);
    expect(json.map((request) => request.headers['x-telefonistka-event'])).toEqual(
      events.map((event) => event.event),
    );
    expect(
      events.map((e) => [e.event, e.source, e.pullRequest?.number, e.environments.join(','), e.reason]),
    ).toEqual([
      ['opened', 'promote', stagingPr, 'staging', 'promotion PR opened'],
      ['merged', 'promote', stagingPr, 'staging', 'auto-merged'],
      ['deployed', 'promote', labPr.number, 'lab', `merged in #${String(labPr.number)}`],
      ['opened', 'promote', prodPr, 'prod', 'promotion PR opened'],
      ['gated', 'promote', prodPr, 'prod', 'held until its gates pass (the sweep decides)'],
      ['deployed', 'promote', stagingPr, 'staging', `merged in #${String(stagingPr)}`],
      ['gated', 'sweep', prodPr, 'prod', 'staging soaking 2h: ready 2026-03-02 10:00 UTC'],
      ['merged', 'sweep', prodPr, 'prod', 'gates passed: soak 2h, healthy (deployment), not frozen'],
      ['deployed', 'sweep', prodPr, 'prod', `merged in #${String(prodPr)}`],
    ]);
    // The unchanged second sweep sent nothing; times come from the test clock.
    expect(events.map((event) => event.occurredAt).slice(-3)).toEqual([
      '2026-03-02T08:00:00.000Z',
      '2026-03-02T10:00:00.000Z',
      '2026-03-02T10:00:00.000Z',
    ]);
    expect(events.at(-1)).toEqual({
      version: 1,
      tool: 'telefonistka',
      event: 'deployed',
      failure: null,
      source: 'sweep',
      occurredAt: '2026-03-02T10:00:00.000Z',
      repository: { owner: OWNER, name: REPO, url: `https://github.com/${OWNER}/${REPO}` },
      run: { url: `https://github.com/${OWNER}/${REPO}/actions/runs/7` },
      pullRequest: { number: prodPr, url: expect.stringMatching(new RegExp(`/pull/${String(prodPr)}$`)) },
      environments: ['prod'],
      folders: ['clusters/prod/app/'],
      commit: prodMerge,
      deploymentId: expect.any(Number),
      reason: `merged in #${String(prodPr)}`,
    });
    // The deployment the event names is the one on GitHub.
    const [prodDeployment] = emulator.listDeployments(OWNER, REPO, 'prod');
    expect(prodDeployment).toMatchObject({ sha: prodMerge, latestStatus: 'success' });
    expect(events.at(-1)?.commit).toBe(prodDeployment?.sha);

    // The Slack endpoint subscribed to merged, deployed and failed only; unsigned (no secret matches it).
    const slack = receiver.received('/slack').map((request) => {
      expect(request.headers['x-hub-signature-256']).toBeUndefined();
      return JSON.parse(request.body.toString()) as { text: string };
    });
    expect(slack.map((message) => message.text)).toEqual([
      `Promotion PR #${String(stagingPr)} to staging merged (acme/iac)`,
      `Deployed to lab from #${String(labPr.number)} (acme/iac)`,
      `Deployed to staging from #${String(stagingPr)} (acme/iac)`,
      `Promotion PR #${String(prodPr)} to prod merged (acme/iac)`,
      `Deployed to prod from #${String(prodPr)} (acme/iac)`,
    ]);

    // Requests are counted: 9 JSON + 5 Slack + 2 `opened` x 3 attempts to the dead endpoint.
    expect(receiver.received('/down')).toHaveLength(6);
    expect(sent.reduce((sum, result) => sum + result.requests, 0)).toBe(9 + 5 + 6);
    expect(receiver.received()).toHaveLength(9 + 5 + 6);
  }, 600_000);
  it('sends merged by hand (by whom), then deployed, when a person merges a gated promotion PR past the sweep', async () => {
    receiver = await startWebhookReceiver();
    harness = await startGatesHarness({
      start: '2026-03-02T08:00:00Z',
      config: configText(receiver.origin),
    });
    const { emulator } = harness;
    const runs = createRuns(harness, []);
    await emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'bump-lab',
      from: 'main',
      files: { 'clusters/lab/app/values.yaml': 'image: app:2.0\n' },
      message: 'bump lab',
    });
    const labPr = await emulator.openPullRequest({
      owner: OWNER,
      repo: REPO,
      head: 'bump-lab',
      base: 'main',
      title: 'Bump lab',
    });
    await emulator.mergePullRequest({ owner: OWNER, repo: REPO, number: labPr.number, user: 'alice' });
    const first = await runs.promote(await emulator.getPullRequest(OWNER, REPO, labPr.number));
    const stagingPr = first.result.results[0]!.number!;
    const second = await runs.promote(await emulator.getPullRequest(OWNER, REPO, stagingPr));
    const prodPr = second.result.results[0]!.number!;
    // The prod PR is still soaking; alice (an admin) merges it by hand, and promote runs on that merge.
    const merged = await emulator.mergePullRequest({
      owner: OWNER,
      repo: REPO,
      number: prodPr,
      user: 'alice',
    });
    await runs.promote(merged);

    const events = receiver
      .received('/events')
      .map((request) => JSON.parse(request.body.toString()) as JsonEvent);
    const rows = events.map((e) => [
      e.event,
      e.source,
      e.pullRequest?.number,
      e.environments.join(','),
      e.reason,
    ]);
    // alice's lab edit is no promotion PR: no `merged` for it; the staging PR was merged by this tool (auto-merge).
    expect(rows.filter((row) => row[0] === 'merged')).toEqual([
      ['merged', 'promote', stagingPr, 'staging', 'auto-merged'],
      ['merged', 'promote', prodPr, 'prod', 'merged by hand by @alice'],
    ]);
    expect(rows.slice(-2)).toEqual([
      ['merged', 'promote', prodPr, 'prod', 'merged by hand by @alice'],
      ['deployed', 'promote', prodPr, 'prod', `merged in #${String(prodPr)}`],
    ]);
    expect(events.at(-2)).toMatchObject({ commit: merged.mergeCommitSha, folders: ['clusters/prod/app'] });
    const slack = receiver
      .received('/slack')
      .map((request) => JSON.parse(request.body.toString()) as { text: string });
    expect(slack.at(-2)?.text).toBe(`Promotion PR #${String(prodPr)} to prod merged (acme/iac)`);
  }, 600_000);
});
