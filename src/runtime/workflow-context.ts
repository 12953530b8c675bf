import { existsSync, readFileSync } from 'node:fs';

/** What a step knows about the run that started it, read from the runner's environment. */
export interface WorkflowContext {
  eventName: string;
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  apiUrl: string;
  serverUrl: string;
  /** Workflow file of this run (from GITHUB_WORKFLOW_REF), for dispatching the next hop. */
  workflowFile: string | undefined;
  workspace: string | undefined;
  /** The link of this workflow run (GITHUB_RUN_ID), for commit statuses and comment hints. */
  runUrl: string | undefined;
  /** The commit and the actor that started the run (GITHUB_SHA, GITHUB_ACTOR). */
  sha: string | undefined;
  actor: string | undefined;
  /** RUNNER_TEMP: the parent of scratch directories. */
  runnerTemp: string | undefined;
  /** The environment child processes (git, helm, kubectl) inherit; the only way code outside runtime sees it. */
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Reads the event and repository of the current run from the runner's variables, as `@actions/github`'s
 * `context` does, without loading Octokit: an event that routes to nothing parses no API client at all.
 */
export function readWorkflowContext(env: NodeJS.ProcessEnv = process.env): WorkflowContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const workflowRef = env.GITHUB_WORKFLOW_REF ?? '';
  const match = /\/\.github\/workflows\/([^@]+)@/.exec(workflowRef);
  const { owner, repo } = repository(env.GITHUB_REPOSITORY, payload);
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = nonEmpty(env.GITHUB_RUN_ID);
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    owner,
    repo,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl,
    workflowFile: match?.[1],
    workspace: env.GITHUB_WORKSPACE,
    runUrl: runId === undefined ? undefined : `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
    sha: nonEmpty(env.GITHUB_SHA),
    actor: nonEmpty(env.GITHUB_ACTOR),
    runnerTemp: nonEmpty(env.RUNNER_TEMP),
    env,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function readPayload(file: string | undefined): Record<string, unknown> {
  if (file === undefined || file === '' || !existsSync(file)) return {};
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
}

function repository(
  slug: string | undefined,
  payload: Record<string, unknown>,
): { owner: string; repo: string } {
  const [owner, repo] = (slug ?? '').split('/');
  if (owner && repo) return { owner, repo };
  const fromEvent = payload.repository as { name?: unknown; owner?: { login?: unknown } } | undefined;
  if (typeof fromEvent?.name === 'string' && typeof fromEvent.owner?.login === 'string') {
    return { owner: fromEvent.owner.login, repo: fromEvent.name };
  }
  throw new Error(
    'GITHUB_REPOSITORY is not set and the event names no repository: run this action in a GitHub Actions job',
  );
}
