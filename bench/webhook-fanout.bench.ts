// Webhook fan-out benchmark (issue 6), through the real use-case, axios sender and loopback receivers:
// - fanout100Ms: 100 endpoints each answering after 50 ms, concurrency 20 (goal < 600 ms: ~5 rounds of 50 ms);
//   median of 5 runs after a warm-up run.
// - fanoutRetrySuccess: 30% of endpoints fail their first attempt with 503; the share finally delivered with
//   the action's default retry policy (3 retries, 1 s backoff with jitter) (goal 1.0).
import { createAxiosWebhookSender } from '../src/adapters/http/create-axios-webhook-sender.js';
import { silentLogger } from '../src/ports/logger.js';
import { fanOutPush } from '../src/use-cases/webhook-fanout/fan-out-push.js';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createFakeGitHub } from '../test/support/fake-github/create-fake-github.js';
import type { PathBehaviour } from '../test/support/webhook-receiver.js';

const ENDPOINTS = 100;
const BEFORE = 'b'.repeat(40);
const AFTER = 'a'.repeat(40);

/** Runs both measurements and returns the figures. */
export async function run(): Promise<Record<string, number>> {
  const timings: number[] = [];
  await withReceiver(
    everyEndpoint(() => ({ delayMs: 50 })),
    async (origin) => {
      for (let round = 0; round < 6; round++) {
        const { ms, delivered } = await fanOut(origin, 20);
        if (delivered !== ENDPOINTS) throw new Error(`only ${delivered} of ${ENDPOINTS} endpoints delivered`);
        if (round > 0) timings.push(ms);
      }
    },
  );
  const flaky = everyEndpoint((i) => ({ statuses: i % 10 < 3 ? [503, 200] : [200], delayMs: 50 }));
  const retried = await withReceiver(flaky, (origin) => fanOut(origin, 20));
  return { fanout100Ms: median(timings), fanoutRetrySuccess: retried.delivered / ENDPOINTS };
}

function everyEndpoint(behaviour: (index: number) => PathBehaviour): Record<string, PathBehaviour> {
  return Object.fromEntries(Array.from({ length: ENDPOINTS }, (_, i) => [`/e/${i}`, behaviour(i)]));
}

/** Runs `fn` against a receiver in a child process, stopped afterwards whatever happens. */
async function withReceiver<T>(
  behaviours: Record<string, PathBehaviour>,
  fn: (origin: string) => Promise<T>,
): Promise<T> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'webhook-fanout-receiver.ts'),
      JSON.stringify(behaviours),
    ],
    { cwd: path.resolve(import.meta.dirname, '..'), stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const killTimer = setTimeout(() => child.kill(), 120_000);
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n')[0];
        if (out.includes('\n') && line !== undefined)
          resolve((JSON.parse(line) as { origin: string }).origin);
      });
      child.on('exit', (code) => reject(new Error(`receiver exited with ${code}`)));
    });
    return await fn(origin);
  } finally {
    clearTimeout(killTimer);
    child.stdin.end();
    await new Promise((resolve) => {
      if (child.exitCode !== null) resolve(undefined);
      else child.on('exit', resolve);
    });
  }
}

async function fanOut(origin: string, concurrency: number): Promise<{ ms: number; delivered: number }> {
  const sender = createAxiosWebhookSender({ timeoutMs: 10_000, retries: 3, logger: silentLogger });
  const config = [
    'webhookEndpointRegexs:',
    '  - expression: "^clusters/.*"',
    '    replacements:',
    ...Array.from({ length: ENDPOINTS }, (_, i) => `      - "${origin}/e/${i}"`),
  ].join('\n');
  const started = performance.now();
  try {
    const result = await fanOutPush(
      { eventName: 'push', payload: pushPayload() },
      { dryRun: false, concurrency, defaultSecret: 'bench-secret', secretRules: [], userAgent: 'bench' },
      {
        github: compareOnly(['clusters/prod/c1/app/values.yaml']),
        localGit: undefined,
        snapshot: {
          source: 'api',
          readTree: () => Promise.reject(new Error('not used')),
          readFile: (_commit, path) => Promise.resolve(path === 'telefonistka.yaml' ? config : undefined),
        },
        sender,
        logger: silentLogger,
        newDeliveryId: () => crypto.randomUUID(),
        maskSecret: () => undefined,
      },
    );
    const ms = Math.round(performance.now() - started);
    return { ms, delivered: result.deliveries.filter((d) => d.outcome === 'delivered').length };
  } finally {
    sender.close();
  }
}

/** The in-memory GitHub of the tests, holding a push from BEFORE to AFTER that modifies `files`. */
function compareOnly(files: string[]) {
  const fake = createFakeGitHub({ repo: 'gitops' });
  fake.pushChanges(
    files.map((path) => ({ path, status: 'modified' })),
    { before: BEFORE, after: AFTER },
  );
  return fake.github;
}

function pushPayload(): Record<string, unknown> {
  return {
    ref: 'refs/heads/main',
    before: BEFORE,
    after: AFTER,
    created: false,
    deleted: false,
    forced: false,
    commits: [{ id: AFTER, message: 'change' }],
    head_commit: { id: AFTER, message: 'change' },
    repository: { html_url: 'https://github.com/acme/gitops', default_branch: 'main' },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
