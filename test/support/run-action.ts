// Runs a JavaScript action bundle the way the GitHub Actions runner does: `node <bundle>` with `INPUT_*`
// variables (name upper-cased, spaces to `_`, hyphens kept), the event payload in a file named by
// `GITHUB_EVENT_PATH`, and `GITHUB_OUTPUT` / `GITHUB_STEP_SUMMARY` files parsed afterwards.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertDistFresh } from './dist-stamp.js';
import { gitAuthHeader, type GitHubEmulator } from './github-emulator/index.js';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_TIMEOUT_MS = 60_000;

/** What `runAction` needs. */
export interface RunActionOptions {
  /** `dist/<name>/index.js` relative to the project root, or an absolute path. */
  readonly bundle: string;
  readonly eventName: string;
  readonly payload: Record<string, unknown>;
  /** Action inputs by their `action.yml` names, e.g. `{ 'github-token': token }`. */
  readonly inputs: Readonly<Record<string, string>>;
  readonly env?: Readonly<Record<string, string>>;
  readonly emulator: GitHubEmulator;
  /** `owner/name`. */
  readonly repository: string;
  /** Sets `GITHUB_TOKEN` in the environment (inputs still need their own token). */
  readonly token?: string;
  /** Working directory and `GITHUB_WORKSPACE`; default a fresh empty temporary directory. */
  readonly cwd?: string;
  readonly timeoutMs?: number;
  /** `GITHUB_SHA` / `GITHUB_REF`; default derived from the payload. */
  readonly sha?: string;
  readonly ref?: string;
}

/** What the run produced. */
export interface ActionRun {
  readonly exitCode: number;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly stdout: string;
  readonly stderr: string;
}

/** Parses a `GITHUB_OUTPUT` file: `name=value` lines and `name<<DELIMITER` blocks (what @actions/core writes). */
export function parseCommandFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      index++;
      while (index < lines.length && lines[index] !== delimiter) value.push(lines[index++]!);
      if (index >= lines.length) throw new Error(`unterminated ${name}<<${delimiter} block in command file`);
      result[name] = value.join('\n');
      continue;
    }
    const equals = line.indexOf('=');
    if (equals === -1) throw new Error(`invalid command file line: ${line}`);
    result[line.slice(0, equals)] = line.slice(equals + 1);
  }
  return result;
}

function derivedRef(eventName: string, payload: Record<string, unknown>): { sha: string; ref: string } {
  const pull = payload.pull_request as
    { number?: number; merge_commit_sha?: string | null; head?: { sha?: string } } | undefined;
  if (pull && (eventName === 'pull_request' || eventName === 'pull_request_target')) {
    return { sha: pull.merge_commit_sha ?? pull.head?.sha ?? '', ref: `refs/pull/${pull.number}/merge` };
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  if (eventName === 'push') return { sha: text(payload.after), ref: text(payload.ref) };
  if (eventName === 'workflow_dispatch') return { sha: '', ref: text(payload.ref) };
  const repository = payload.repository as { default_branch?: string } | undefined;
  return { sha: '', ref: repository?.default_branch ? `refs/heads/${repository.default_branch}` : '' };
}

function inputEnv(inputs: Readonly<Record<string, string>>): Record<string, string> {
  // The runner: `INPUT_${name.replace(/ /g, '_').toUpperCase()}` — hyphens are kept.
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
  );
}

function baseEnvironment(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'LANG', 'TMPDIR', 'SYSTEMROOT', 'NODE_OPTIONS'];
  const env: Record<string, string> = {};
  for (const key of keep) if (process.env[key] !== undefined) env[key] = process.env[key];
  return env;
}

/** Runs `node <bundle>` like the runner and returns exit code, outputs, summary and logs. */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const bundlePath = isAbsolute(options.bundle) ? options.bundle : resolve(PROJECT_ROOT, options.bundle);
  if (bundlePath.startsWith(join(PROJECT_ROOT, 'dist'))) await assertDistFresh();
  const scratch = mkdtempSync(join(tmpdir(), 'run-action-'));
  try {
    const workspace = options.cwd ?? join(scratch, 'workspace');
    mkdirSync(workspace, { recursive: true });
    const runnerTemp = join(scratch, 'runner-temp');
    mkdirSync(runnerTemp);
    const files = {
      event: join(scratch, 'event.json'),
      output: join(scratch, 'output'),
      summary: join(scratch, 'step-summary'),
      state: join(scratch, 'state'),
      env: join(scratch, 'env'),
      path: join(scratch, 'path'),
    };
    writeFileSync(files.event, JSON.stringify(options.payload));
    for (const file of [files.output, files.summary, files.state, files.env, files.path])
      writeFileSync(file, '');
    const derived = derivedRef(options.eventName, options.payload);
    const [owner = '', name = ''] = options.repository.split('/');
    if (!derived.sha && derived.ref.startsWith('refs/heads/')) {
      // As on the runner, GITHUB_SHA is the tip of the ref that triggered the run.
      derived.sha =
        (await options.emulator.branchSha(owner, name, derived.ref.slice('refs/heads/'.length))) ?? '';
    }
    const env: Record<string, string> = {
      ...baseEnvironment(),
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_STATE: files.state,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_REPOSITORY: options.repository,
      GITHUB_REPOSITORY_OWNER: owner,
      GITHUB_API_URL: options.emulator.apiUrl,
      GITHUB_GRAPHQL_URL: options.emulator.graphqlUrl,
      GITHUB_SERVER_URL: options.emulator.serverUrl,
      GITHUB_WORKSPACE: workspace,
      GITHUB_SHA: options.sha ?? derived.sha,
      GITHUB_REF: options.ref ?? derived.ref,
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_NUMBER: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'test',
      GITHUB_ACTION: 'run-action',
      GITHUB_ACTOR: 'alice',
      GITHUB_WORKFLOW: 'test',
      RUNNER_TEMP: runnerTemp,
      RUNNER_OS: 'Linux',
      ...(options.token ? { GITHUB_TOKEN: options.token } : {}),
      ...inputEnv(options.inputs),
      ...options.env,
    };
    const bundle = isAbsolute(options.bundle) ? options.bundle : resolve(PROJECT_ROOT, options.bundle);
    const { exitCode, stdout, stderr } = await spawnNode(bundle, {
      cwd: workspace,
      env,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
    return {
      exitCode,
      outputs: parseCommandFile(readFileSync(files.output, 'utf8')),
      summary: readFileSync(files.summary, 'utf8'),
      stdout,
      stderr,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function spawnNode(
  bundle: string,
  options: { cwd: string; env: Record<string, string>; timeoutMs: number },
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bundle], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `action ${bundle} did not finish within ${options.timeoutMs} ms\n${Buffer.concat(stdout).toString('utf8')}\n${Buffer.concat(stderr).toString('utf8')}`,
        ),
      );
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

// A clone from disk records the folder as `origin`; the runner's checkout records the HTTP URL.
function pointOriginAt(checkout: string, folder: string, url: string): void {
  const config = join(checkout, '.git', 'config');
  const text = readFileSync(config, 'utf8');
  const line = `\turl = ${folder}\n`;
  if (!text.includes(line)) throw new Error(`checkoutRepo: no "url = ${folder}" in ${config}`);
  writeFileSync(config, text.replace(line, `\turl = ${url}\n`));
}

/** How `checkoutRepo` clones, like `actions/checkout`'s inputs. */
export interface CheckoutOptions {
  /** `filter: blob:none` makes a blobless partial clone; default `$TELEFONISTKA_CHECKOUT_FILTER`, else none. */
  readonly filter?: 'blob:none' | 'none';
  /** The token the checkout authenticates with; default the workflow token (`tokens.actions`). */
  readonly token?: string;
  /**
   * `http` clones over the emulator's git smart HTTP (authenticated, recorded in `gitRequests`); `local` clones the
   * emulator's bare repository from disk and then points `origin` at its HTTP URL with the same persisted header,
   * so what the product fetches later still goes over HTTP with the token. Default `http` when a token or a
   * filter is given (what those tests are about), else `local`: the same checkout in half the time.
   */
  readonly transport?: 'http' | 'local';
}

/**
 * Clones the repository into a fresh temporary directory (full history, `fetch-depth: 0`), checked out at
 * `ref`, over the emulator's git smart HTTP or from its disk (see `CheckoutOptions.transport`). Like `actions/checkout` with
 * `persist-credentials: true`, the clone keeps `http.<server>/.extraheader` with the token, so the
 * product's `git fetch` and a blobless clone's on-demand blob fetches authenticate. The caller
 * removes the directory.
 */
export async function checkoutRepo(
  emulator: GitHubEmulator,
  owner: string,
  name: string,
  ref: string,
  options: CheckoutOptions = {},
): Promise<string> {
  const target = mkdtempSync(join(tmpdir(), `checkout-${name}-`));
  const git = (args: string[], cwd?: string) =>
    new Promise<void>((resolvePromise, reject) => {
      execFile(
        'git',
        args,
        {
          cwd,
          timeout: 60_000,
          maxBuffer: 64 * 1024 * 1024,
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
        },
        (error, _stdout, stderr) =>
          error ? reject(new Error(`git ${args.join(' ')}: ${stderr}`)) : resolvePromise(),
      );
    });
  const filter = options.filter ?? process.env.TELEFONISTKA_CHECKOUT_FILTER ?? 'none';
  const header = gitAuthHeader(options.token ?? emulator.tokens.actions);
  const transport =
    options.transport ?? (options.token !== undefined || filter !== 'none' ? 'http' : 'local');
  const source = transport === 'http' ? emulator.gitUrl(owner, name) : emulator.gitDir(owner, name);
  await git([
    'clone',
    '--quiet',
    '--no-checkout',
    '--config',
    `http.${emulator.serverUrl}/.extraheader=${header}`,
    ...(filter === 'none' ? [] : [`--filter=${filter}`]),
    source,
    target,
  ]);
  if (transport === 'local') pointOriginAt(target, source, emulator.gitUrl(owner, name));
  await git(['-c', 'advice.detachedHead=false', 'checkout', '--quiet', ref], target);
  return target;
}
