// npm run demo: the GitHub emulator with the example IaC repository, a merged PR, and the promote bundle
// (dist/promote/index.js, run exactly as the Actions runner runs it) opening real promotion PRs; then the
// first promotion PR is merged and the chain is followed one more hop. Everything printed is read back
// from the emulator's repositories after the runs; PR bodies are rendered for the terminal. It ends with what
// to do next in a real repository.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../test/support/github-emulator/index.js';
import { checkoutRepo, runAction } from '../test/support/run-action.js';
import { renderBodyForTerminal } from './render-body-for-terminal.js';

const root = path.resolve(import.meta.dirname, '..');
const OWNER = 'acme';
const REPO = 'iac';
const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);

async function promote(emulator: GitHubEmulator, payload: Record<string, unknown>) {
  const checkout = await checkoutRepo(emulator, OWNER, REPO, 'main');
  try {
    emulator.resetLog();
    const run = await runAction({
      bundle: path.join(root, 'dist', 'promote', 'index.js'),
      eventName: 'pull_request',
      payload,
      emulator,
      repository: `${OWNER}/${REPO}`,
      inputs: { 'github-token': emulator.tokens.app, 'checkout-path': checkout, 'write-interval-ms': '0' },
    });
    if (run.exitCode !== 0) throw new Error(`the promote action failed:\n${run.stdout}\n${run.stderr}`);
    const results = JSON.parse(run.outputs['pull-requests'] ?? '[]') as { number: number; action: string }[];
    console.log(`promote action: exit ${run.exitCode}, ${run.outputs['api-calls']} API calls`);
    for (const result of results) await showPullRequest(emulator, result.number, result.action);
    return results;
  } finally {
    rmSync(checkout, { recursive: true, force: true });
  }
}

async function showPullRequest(emulator: GitHubEmulator, number: number, action: string) {
  const pr = await emulator.getPullRequest(OWNER, REPO, number);
  const changed = execFileSync('git', ['diff', '--stat=100', `${pr.baseSha}...${pr.headSha}`], {
    cwd: emulator.gitDir(OWNER, REPO),
    encoding: 'utf8',
  });
  console.log(`\n${bold(`#${pr.number} (${action})`)} ${pr.title}`);
  console.log(`  branch:    ${pr.head} -> ${pr.base}`);
  console.log(`  labels:    ${pr.labels.join(', ')}`);
  console.log(`  assignees: ${pr.assignees.join(', ') || '-'}`);
  console.log('  body:');
  for (const line of renderBodyForTerminal(pr.body ?? '').split('\n')) console.log(`    ${line}`.trimEnd());
  console.log('  changes:');
  for (const line of changed.trimEnd().split('\n')) console.log(`    ${line}`);
}

async function mergedEvent(emulator: GitHubEmulator, number: number) {
  await emulator.mergePullRequest({ owner: OWNER, repo: REPO, number, user: 'alice' });
  const event = emulator
    .takeEvents({ forActions: true })
    .find((e) => e.name === 'pull_request' && e.payload.action === 'closed' && e.payload.number === number);
  if (event === undefined) throw new Error(`the emulator produced no merge event for #${number}`);
  return event.payload;
}

const NEXT_STEPS = `
What to do next, in your IaC repository:
  1. Copy the workflow examples/iac-repo/.github/workflows/telefonistka.yaml to .github/workflows/ (one
     workflow: the root action routes pull requests, comments and pushes to the right flow).
  2. Describe your environments in telefonistka.yaml at the repository root (docs/configuration.md; coming from
     the Go bot: docs/migration.md), then check and preview it locally:
       telefonistka validate
       telefonistka plan --base main --head <your branch> --format text
  3. Check the token, its permissions and the repository settings the workflow needs:
       telefonistka doctor
  (From this clone, run the command line as: node dist/cli/index.js <command>; --help lists every command.)`;

const started = performance.now();
const emulator = await startGitHubEmulator();
try {
  await emulator.createRepo({ owner: OWNER, name: REPO, fromDir: path.join(root, 'examples', 'iac-repo') });
  console.log(bold(`Seeded ${OWNER}/${REPO} from examples/iac-repo (GitHub emulator at ${emulator.apiUrl})`));
  console.log(await emulator.readFile(OWNER, REPO, 'main', 'telefonistka.yaml'));

  await emulator.commitFiles({
    owner: OWNER,
    repo: REPO,
    branch: 'bump-nginx',
    from: 'main',
    files: {
      'workspace/nginx/deployment.yaml': (
        (await emulator.readFile(OWNER, REPO, 'main', 'workspace/nginx/deployment.yaml')) ?? ''
      ).replace('nginx:1.27.0', 'nginx:1.27.3'),
    },
    message: 'nginx 1.27.3',
  });
  const pr = await emulator.openPullRequest({
    owner: OWNER,
    repo: REPO,
    head: 'bump-nginx',
    base: 'main',
    title: 'nginx 1.27.3',
    user: 'alice',
  });
  console.log(bold(`alice opened and merged #${pr.number} "${pr.title}" (workspace/nginx/deployment.yaml)`));
  const hop1 = await promote(emulator, await mergedEvent(emulator, pr.number));

  const lab = hop1[0];
  if (lab === undefined) throw new Error('the first hop opened no PR');
  console.log(bold(`\nalice merges the lab promotion #${lab.number}; the next hop promotes it to staging`));
  await promote(emulator, await mergedEvent(emulator, lab.number));
  emulator.assertNoSchemaViolations();
} finally {
  await emulator.close();
}
console.log(NEXT_STEPS);
console.log(`\n(demo finished in ${Math.round((performance.now() - started) / 1000)} s)`);
