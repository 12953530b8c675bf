// The webhook-fanout bundle run as the runner runs it, against the GitHub emulator's push events and real
// loopback receivers that validate like Argo CD's /api/webhook. Needs dist/webhook-fanout/index.js
// (`npx tsx scripts/build.ts webhook-fanout`).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startGitHubEmulator,
  toActionsEvent,
  type EmulatorEvent,
  type GitHubEmulator,
} from '../../support/github-emulator/index.js';
import { checkoutRepo, runAction, type ActionRun } from '../../support/run-action.js';
import {
  argoCdChangedFiles,
  hasValidSignature,
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../support/webhook-receiver.js';

const BUNDLE = path.resolve(import.meta.dirname, '../../../dist/webhook-fanout/index.js');
const OWNER = 'acme';
const REPO = 'gitops';
const ARGO_SECRET = 'argo-secret-Zq7';
const APPSET_SECRET = 'appset-secret-Xw4';

let emulator: GitHubEmulator;
let receiver: WebhookReceiver;
const scratch: string[] = [];

beforeAll(() => {
  if (!existsSync(BUNDLE))
    throw new Error(`${BUNDLE} is missing: run \`npx tsx scripts/build.ts webhook-fanout\``);
});

beforeEach(async () => {
  receiver = await startWebhookReceiver();
  for (const cluster of ['prod-c1', 'lab-c2']) {
    receiver.behave(`/argocd/${cluster}/api/webhook`, { argoCd: { secret: ARGO_SECRET } });
    receiver.behave(`/appset/${cluster}/api/webhook`, { argoCd: { secret: APPSET_SECRET } });
  }
  receiver.behave('/argocd/workspace/api/webhook', { argoCd: { secret: ARGO_SECRET } });
  emulator = await startGitHubEmulator();
  await emulator.createRepo({
    owner: OWNER,
    name: REPO,
    files: {
      'telefonistka.yaml': config(receiver.origin),
      'clusters/prod/c1/nginx/values.yaml': 'replicas: 1\n',
      'clusters/lab/c2/nginx/values.yaml': 'replicas: 1\n',
      'workspace/nginx/values.yaml': 'replicas: 1\n',
      'README.md': 'gitops\n',
    },
  });
  emulator.takeEvents();
});

afterEach(async () => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
  await emulator.close();
  await receiver.close();
});

function config(origin: string): string {
  return [
    'webhookEndpointRegexs:',
    '  - expression: ^clusters/([^/]+)/([^/]+)/.*',
    '    replacements:',
    `      - ${origin}/argocd/\${1}-\${2}/api/webhook`,
    `      - ${origin}/appset/\${1}-\${2}/api/webhook`,
    '  - expression: ^workspace/.*',
    '    replacements:',
    `      - ${origin}/argocd/workspace/api/webhook`,
    '',
  ].join('\n');
}

/** Merges a two-commit branch into main with a merge commit; returns main's push event (webhook shape). */
async function pushTwoCommits(): Promise<EmulatorEvent> {
  const common = { owner: OWNER, repo: REPO, branch: 'change', from: 'main' };
  await emulator.commitFiles({
    ...common,
    files: { 'clusters/prod/c1/nginx/values.yaml': 'replicas: 2\n' },
    message: 'prod',
  });
  await emulator.commitFiles({
    ...common,
    files: {
      'workspace/nginx/values.yaml': null,
      'workspace/nginx/app.yaml': 'kind: App\n',
      'docs/x.md': 'x\n',
    },
    message: 'workspace',
  });
  const pr = await emulator.openPullRequest({
    owner: OWNER,
    repo: REPO,
    head: 'change',
    base: 'main',
    title: 'change',
  });
  emulator.takeEvents();
  await emulator.mergePullRequest({ owner: OWNER, repo: REPO, number: pr.number, method: 'merge' });
  return lastPushToMain();
}

function lastPushToMain(): EmulatorEvent {
  const push = emulator
    .takeEvents()
    .filter((e) => e.name === 'push' && e.payload.ref === 'refs/heads/main')
    .at(-1);
  if (push === undefined) throw new Error('the emulator emitted no push to main');
  return push;
}

async function fanOut(
  event: EmulatorEvent,
  options: { checkout?: boolean; inputs?: Record<string, string> } = {},
): Promise<ActionRun> {
  const cwd =
    options.checkout === false
      ? mkdtempSync(path.join(tmpdir(), 'fanout-no-checkout-'))
      : await checkoutRepo(emulator, OWNER, REPO, 'main');
  scratch.push(cwd);
  return runAction({
    bundle: BUNDLE,
    eventName: 'push',
    payload: toActionsEvent(event).payload,
    emulator,
    repository: `${OWNER}/${REPO}`,
    cwd,
    inputs: {
      'github-token': emulator.tokens.reader,
      secret: ARGO_SECRET,
      'secrets-by-url': `"/appset/": ${JSON.stringify(APPSET_SECRET)}`,
      ...options.inputs,
    },
  });
}

const deliveriesOf = (run: ActionRun) =>
  JSON.parse(run.outputs.deliveries ?? '[]') as {
    endpoint: string;
    outcome: string;
    status: number | null;
  }[];

/** The distinct union of added/modified/removed over the commits of a webhook-shaped push payload. */
function webhookFiles(event: EmulatorEvent): string[] {
  return distinct(argoCdChangedFiles(JSON.stringify(event.payload)));
}

function distinct(files: string[]): string[] {
  return [...new Set(files)].sort();
}

describe('webhook-fanout bundle', () => {
  it('forwards a push from the checkout with the same per-commit file lists GitHub webhooks carry', async () => {
    const push = await pushTwoCommits();
    const run = await fanOut(push);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(
      deliveriesOf(run).map((d) => [d.endpoint.replace(receiver.origin, ''), d.outcome, d.status]),
    ).toEqual([
      ['/appset/prod-c1/api/webhook', 'delivered', 200],
      ['/argocd/prod-c1/api/webhook', 'delivered', 200],
      ['/argocd/workspace/api/webhook', 'delivered', 200],
    ]);
    expect(run.outputs['api-calls']).toBe('0');
    const [argo] = receiver.received('/argocd/prod-c1/api/webhook');
    expect(hasValidSignature(argo!.body, argo!.headers['x-hub-signature-256'], ARGO_SECRET)).toBe(true);
    const [appset] = receiver.received('/appset/prod-c1/api/webhook');
    expect(hasValidSignature(appset!.body, appset!.headers['x-hub-signature-256'], APPSET_SECRET)).toBe(true);
    const sent = JSON.parse(argo!.body.toString()) as { commits: Record<string, unknown>[] };
    const expected = (push.payload.commits as Record<string, unknown>[]).map((c) => ({
      id: c.id,
      added: c.added,
      removed: c.removed,
      modified: c.modified,
    }));
    expect(
      sent.commits.map((c) => ({ id: c.id, added: c.added, removed: c.removed, modified: c.modified })),
    ).toEqual(expected);
    expect(run.summary).toContain('| endpoint | result | status | attempts |');
    expect(receiver.received('/argocd/lab-c2/api/webhook')).toHaveLength(0);
  });

  it('uses the compare API without a checkout and still gives Argo CD every changed file', async () => {
    const push = await pushTwoCommits();
    const run = await fanOut(push, { checkout: false });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(deliveriesOf(run).every((d) => d.outcome === 'delivered')).toBe(true);
    expect(Number(run.outputs['api-calls'])).toBe(2);
    const [argo] = receiver.received('/argocd/workspace/api/webhook');
    expect(distinct(argoCdChangedFiles(argo!.body))).toEqual(webhookFiles(push));
  });

  it('sends empty file lists but reaches every endpoint when compare is cut at 300 files', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 320 }, (_, i) => [
        `clusters/${i < 310 ? 'prod/c1' : 'lab/c2'}/app${i}/values.yaml`,
        `${i}\n`,
      ]),
    );
    await emulator.commitFiles({ owner: OWNER, repo: REPO, branch: 'main', files, message: 'many' });
    const run = await fanOut(lastPushToMain(), { checkout: false });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain('lists at most 300 files');
    expect(deliveriesOf(run).map((d) => d.endpoint.replace(receiver.origin, ''))).toEqual([
      '/appset/lab-c2/api/webhook',
      '/appset/prod-c1/api/webhook',
      '/argocd/lab-c2/api/webhook',
      '/argocd/prod-c1/api/webhook',
    ]);
    expect(argoCdChangedFiles(receiver.received('/argocd/lab-c2/api/webhook')[0]!.body)).toEqual([]);
  });

  it('fails the step naming the endpoint that still fails, after delivering the others', async () => {
    receiver.behave('/argocd/workspace/api/webhook', { statuses: [500] });
    const run = await fanOut(await pushTwoCommits(), { inputs: { retries: '1' } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('1 webhook delivery failed');
    expect(run.stdout).toContain('/argocd/workspace/api/webhook: HTTP 500');
    expect(receiver.received('/argocd/workspace/api/webhook')).toHaveLength(2);
    expect(deliveriesOf(run).filter((d) => d.outcome === 'delivered')).toHaveLength(2);
  });

  it('succeeds despite a failed endpoint when fail-on-error is false', async () => {
    receiver.behave('/argocd/workspace/api/webhook', { statuses: [404] });
    const run = await fanOut(await pushTwoCommits(), { inputs: { 'fail-on-error': 'false' } });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(deliveriesOf(run).find((d) => d.status === 404)?.outcome).toBe('failed');
  });

  it('sends nothing in a dry run and lists the endpoints', async () => {
    const run = await fanOut(await pushTwoCommits(), { inputs: { 'dry-run': 'true' } });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(receiver.received()).toHaveLength(0);
    expect(deliveriesOf(run).map((d) => d.outcome)).toEqual(['dry-run', 'dry-run', 'dry-run']);
    expect(run.summary).toContain('(dry run)');
  });

  it('does nothing for a push to another branch', async () => {
    await emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'feature',
      from: 'main',
      files: { 'clusters/prod/c1/nginx/values.yaml': 'replicas: 9\n' },
      message: 'feature',
    });
    const event = emulator
      .takeEvents()
      .find((e) => e.name === 'push' && e.payload.ref === 'refs/heads/feature');
    const run = await fanOut(event!);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.deliveries).toBe('[]');
    expect(run.summary).toContain('Nothing forwarded: refs/heads/feature is not the default branch main.');
    expect(receiver.received()).toHaveLength(0);
  });

  it('masks every secret: only the runner mask commands carry them', async () => {
    const run = await fanOut(await pushTwoCommits());
    const lines = `${run.stdout}\n${run.stderr}\n${run.summary}\n${JSON.stringify(run.outputs)}`.split('\n');
    for (const secret of [ARGO_SECRET, APPSET_SECRET]) {
      expect(lines.filter((line) => line.includes(secret))).toEqual([`::add-mask::${secret}`]);
    }
  });
});
