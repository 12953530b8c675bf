// restCallsPerPromotionPr / restCallsPerPromotionPr2000: REST requests one promote run sends (measured on the
// GitHub emulator's request log) for a merged PR that changes a component with 3 nested directories and 40
// (or 2,000) files, promoted to 2 targets in one PR, with an actions/checkout present. promoteRunMs: the whole
// bundle run for the 40-file case.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { startGitHubEmulator } from '../test/support/github-emulator/index.js';
import { checkoutRepo, runAction } from '../test/support/run-action.js';

const BUNDLE = path.resolve(import.meta.dirname, '..', 'dist', 'promote', 'index.js');
const CONFIG = `promotionPaths:
  - sourcePath: "apps/"
    promotionPrs:
      - targetPaths: ["envs/staging/", "envs/prod/"]
`;

function component(files: number, version: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < files; i++) {
    const dir = ['base', 'overlays/a', 'overlays/a/patches'][i % 3];
    out[`apps/svc/${dir}/file-${i}.yaml`] = `index: ${i}\nversion: ${version}\n`;
  }
  return out;
}

async function measure(files: number): Promise<{ rest: number; ms: number }> {
  const emulator = await startGitHubEmulator();
  try {
    await emulator.createRepo({
      owner: 'bench',
      name: 'iac',
      files: { 'telefonistka.yaml': CONFIG, ...component(files, 'v1') },
    });
    await emulator.commitFiles({
      owner: 'bench',
      repo: 'iac',
      branch: 'change',
      from: 'main',
      files: component(files, 'v2'),
      message: 'bump',
    });
    const pr = await emulator.openPullRequest({
      owner: 'bench',
      repo: 'iac',
      head: 'change',
      base: 'main',
      title: 'bump',
      user: 'alice',
    });
    await emulator.mergePullRequest({ owner: 'bench', repo: 'iac', number: pr.number, user: 'alice' });
    const event = emulator
      .takeEvents({ forActions: true })
      .find((e) => e.name === 'pull_request' && e.payload.action === 'closed');
    if (event === undefined) throw new Error('no merge event');
    const checkout = await checkoutRepo(emulator, 'bench', 'iac', 'main');
    emulator.resetLog();
    const started = performance.now();
    const run = await runAction({
      bundle: BUNDLE,
      eventName: 'pull_request',
      payload: event.payload,
      emulator,
      repository: 'bench/iac',
      inputs: { 'github-token': emulator.tokens.app, 'checkout-path': checkout, 'write-interval-ms': '0' },
    });
    const ms = performance.now() - started;
    rmSync(checkout, { recursive: true, force: true });
    if (run.exitCode !== 0) throw new Error(`promote failed:\n${run.stdout}`);
    const rest = emulator.requests.filter((r) => r.route !== 'POST /graphql').length;
    return { rest, ms: Math.round(ms) };
  } finally {
    await emulator.close();
  }
}

export async function run(): Promise<Record<string, number>> {
  const small = await measure(40);
  const large = await measure(2000);
  return {
    restCallsPerPromotionPr: small.rest,
    restCallsPerPromotionPr2000: large.rest,
    promoteRunMs: small.ms,
  };
}
