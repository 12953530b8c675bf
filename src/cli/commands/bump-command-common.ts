import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createBumpPorts } from '../../adapters/github/create-bump-ports.js';
import type { BumpEdit } from '../../core/bump/bump-edit.js';
import { normalizeRepoPath } from '../../core/bump/normalize-repo-path.js';
import type { Logger } from '../../ports/logger.js';
import { bumpVersion } from '../../use-cases/bump/bump-version.js';
import {
  BumpRequestError,
  parseBumpRequest,
  type BumpRequestFields,
  type BumpRequestSettings,
} from '../../core/bump/parse-bump-request.js';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../usage-error.js';
import type { BumpResult } from '../../core/bump/bump-result.js';
import { errorMessage } from '../../core/errors/error-message.js';

/** The Go bot's flags shared by bump-overwrite, bump-regex and bump-yaml, plus this port's extras. */
export const BUMP_COMMON_HELP = `  -t, --target-repo OWNER/NAME     IaC repository (env TARGET_REPO)
  -f, --target-file PATH           file from the repository root (env TARGET_FILE)
  -p, --triggering-repo OWNER/NAME code repository, for branch, title and body (env GITHUB_REPOSITORY)
  -s, --triggering-repo-sha SHA    its commit, for branch and body (env GITHUB_SHA)
  -a, --triggering-actor LOGIN     assignee of the PR (env GITHUB_ACTOR)
  -g, --github-host HOST           GitHub Enterprise host: API at https://HOST/api/v3 (else GITHUB_API_URL,
                                   default https://api.github.com)
      --auto-merge                 merge the PR right away (with the head SHA guard)
      --auto-merge-mode MODE       direct (default) or native (GitHub auto-merge after required checks)
      --merge-method METHOD        auto (default: one the repository allows), merge, squash or rebase
      --label LABEL                extra label besides "promotion"; repeat for several
      --no-coalesce                always open a new PR instead of updating an open bump PR of the same file
      --dry-run                    print the diff, write nothing
      --allow-workflow-files       allow editing .github/workflows/* (refused otherwise)

Token: env GITHUB_TOKEN or GITHUB_OAUTH_TOKEN (contents and pull-requests write on the IaC repository).
Exit codes: 0 done (also when nothing changed), 1 error, 64 usage.
`;

const COMMON_OPTIONS = {
  'target-repo': { type: 'string', short: 't' },
  'target-file': { type: 'string', short: 'f' },
  'github-host': { type: 'string', short: 'g' },
  'triggering-repo': { type: 'string', short: 'p' },
  'triggering-repo-sha': { type: 'string', short: 's' },
  'triggering-actor': { type: 'string', short: 'a' },
  'auto-merge': { type: 'boolean', default: false },
  'auto-merge-mode': { type: 'string', default: 'direct' },
  'merge-method': { type: 'string', default: 'auto' },
  label: { type: 'string', multiple: true, default: [] },
  'no-coalesce': { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  'allow-workflow-files': { type: 'boolean', default: false },
} as const satisfies ParseArgsConfig['options'];

type Env = Record<string, string | undefined>;

/**
 * Parses the common flags plus a command's own, builds the edit with `makeEdit` and runs the bump against
 * the IaC repository; prints the diff and the PR. Missing or malformed flags are usage errors (exit 64).
 */
export async function runBumpCommand(options: {
  args: string[];
  io: CliIo;
  own: NonNullable<ParseArgsConfig['options']>;
  makeEdit: (
    values: Record<string, string | boolean | string[] | undefined>,
    file: string,
  ) => BumpEdit | Promise<BumpEdit>;
  env?: Env;
}): Promise<number> {
  const env = options.env ?? options.io.env;
  const { values } = parseArgs({
    args: options.args,
    options: { ...COMMON_OPTIONS, ...options.own },
    strict: true,
  });
  const flags = values as Record<string, string | boolean | string[] | undefined>;
  const text = (name: string, fallback?: string) => {
    const value = flags[name];
    return typeof value === 'string' && value !== '' ? value : fallback;
  };
  const settings = parseSettings({
    targetRepo: text('target-repo', env.TARGET_REPO),
    triggeringRepo: text('triggering-repo', env.GITHUB_REPOSITORY),
    sha: text('triggering-repo-sha', env.GITHUB_SHA),
    actor: text('triggering-actor', env.GITHUB_ACTOR),
    labels: (flags.label as string[] | undefined) ?? [],
    coalesce: flags['no-coalesce'] !== true,
    autoMerge: flags['auto-merge'] === true,
    autoMergeMode: text('auto-merge-mode'),
    mergeMethod: text('merge-method'),
    dryRun: flags['dry-run'] === true,
    allowWorkflowFiles: flags['allow-workflow-files'] === true,
  });
  const targetFile = required('--target-file/-f or TARGET_FILE', text('target-file', env.TARGET_FILE));
  const token = env.GITHUB_TOKEN || env.GITHUB_OAUTH_TOKEN;
  if (!token)
    throw new UsageError(
      'set GITHUB_TOKEN (or GITHUB_OAUTH_TOKEN) to a token with write access to the IaC repository',
    );
  const file = normalize(targetFile);
  const edit = await options.makeEdit(flags, file);
  const { apiUrl, serverUrl } = endpoints(text('github-host'), env);
  const [owner = '', repo = ''] = settings.targetRepo.split('/');
  const logger = cliLogger(options.io);
  const ports = createBumpPorts({ token, owner, repo, baseUrl: apiUrl, logger });
  const result = await bumpVersion(
    { ...settings, edits: [edit], serverUrl },
    { ...ports, logger, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
  );
  const targetRepo = settings.targetRepo;
  options.io.out(renderResult(result, targetRepo));
  if (result.mergeError !== undefined) {
    options.io.err(
      `error: #${result.pullRequest?.number ?? '?'} is open but could not be merged: ${result.mergeError}\n`,
    );
    return 1;
  }
  return 0;
}

function required(flag: string, value: string | undefined): string {
  if (value === undefined) throw new UsageError(`missing ${flag}`);
  return value;
}

/** The flag (and environment variable) each request field comes from, to name it in a usage error. */
const FLAG_OF: Record<keyof BumpRequestFields, string> = {
  targetRepo: '--target-repo/-t or TARGET_REPO',
  triggeringRepo: '--triggering-repo/-p or GITHUB_REPOSITORY',
  sha: '--triggering-repo-sha/-s or GITHUB_SHA',
  actor: '--triggering-actor/-a or GITHUB_ACTOR',
  labels: '--label',
  coalesce: '--no-coalesce',
  autoMerge: '--auto-merge',
  autoMergeMode: '--auto-merge-mode',
  mergeMethod: '--merge-method',
  dryRun: '--dry-run',
  allowWorkflowFiles: '--allow-workflow-files',
};

/** The shared request rule (parseBumpRequest), its problems worded as usage errors naming the flag. */
function parseSettings(fields: BumpRequestFields): BumpRequestSettings {
  try {
    return parseBumpRequest(fields);
  } catch (error) {
    if (!(error instanceof BumpRequestError)) throw error;
    const flag = FLAG_OF[error.field];
    const { problem } = error;
    if (problem.kind === 'missing') throw new UsageError(`missing ${flag}`);
    if (problem.kind === 'invalid') throw new UsageError(`invalid ${flag}: ${JSON.stringify(problem.value)}`);
    throw new UsageError(
      `${flag} must be one of ${problem.allowed.join(', ')}, got ${JSON.stringify(problem.value)}`,
    );
  }
}

function normalize(file: string): string {
  try {
    return normalizeRepoPath(file);
  } catch (error) {
    throw new UsageError(`--target-file: ${errorMessage(error)}`);
  }
}

/**
 * API and web URLs. The Go bot documents --github-host but ignores it; here it is used: `-g ghe.example.com`
 * means https://ghe.example.com/api/v3. Otherwise GITHUB_API_URL (default https://api.github.com).
 */
function endpoints(host: string | undefined, env: Env): { apiUrl: string; serverUrl: string } {
  if (host !== undefined) {
    const origin = /^https?:\/\//.test(host) ? host.replace(/\/+$/, '') : `https://${host}`;
    return { apiUrl: `${origin}/api/v3`, serverUrl: origin };
  }
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const serverUrl =
    env.GITHUB_SERVER_URL ||
    (apiUrl === 'https://api.github.com' ? 'https://github.com' : apiUrl.replace(/\/api\/v3$/, ''));
  return { apiUrl, serverUrl };
}

function cliLogger(io: CliIo): Logger {
  return {
    debug: () => undefined,
    info: (message) => io.err(`${message}\n`),
    warning: (message) => io.err(`warning: ${message}\n`),
    error: (message) => io.err(`error: ${message}\n`),
    group: async (name, fn) => {
      io.err(`== ${name}\n`);
      return fn();
    },
  };
}

function renderResult(result: BumpResult, targetRepo: string): string {
  const lines = result.files.map((file) => file.diff ?? `${file.path}: changed (diff too large to show)\n`);
  const pr =
    result.pullRequest === undefined ? '' : ` #${result.pullRequest.number} ${result.pullRequest.url}`;
  const merge = result.merge === 'none' ? '' : ` (${result.merge})`;
  switch (result.result) {
    case 'no-change':
      lines.push(`no change: ${targetRepo} ${result.defaultBranch} already has this version\n`);
      break;
    case 'dry-run':
      lines.push(`dry run: would bump ${targetRepo} on ${result.branch ?? ''}; nothing written\n`);
      break;
    default:
      lines.push(`${result.result}${pr}${merge}\n`);
  }
  for (const warning of result.warnings) lines.push(`warning: ${warning}\n`);
  return lines.join('');
}
