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
  /** Commit that triggered the run (GITHUB_SHA). */
  sha: string | undefined;
  /** Login that triggered the run (GITHUB_ACTOR). */
  actor: string | undefined;
  /** Id of this workflow run (GITHUB_RUN_ID), for links to it. */
  runId: string | undefined;
  /** The runner's temporary directory (RUNNER_TEMP). */
  runnerTemp: string | undefined;
}

/**
 * Reads the event and repository of the current run from the runner's variables, as `@actions/github`'s
 * `context` does, without loading Octokit: an event that routes to nothing parses no API client at all.
 */
export function readWorkflowContext(env: NodeJS.ProcessEnv = process.env): WorkflowContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const workflowRef = env.GITHUB_WORKFLOW_REF ?? '';
  const match = /\/\.github\/workflows\/([^@]+)@/.exec(workflowRef);
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    ...repository(env.GITHUB_REPOSITORY, payload),
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    workflowFile: match?.[1],
    workspace: env.GITHUB_WORKSPACE,
    sha: nonEmpty(env.GITHUB_SHA),
    actor: nonEmpty(env.GITHUB_ACTOR),
    runId: nonEmpty(env.GITHUB_RUN_ID),
    runnerTemp: nonEmpty(env.RUNNER_TEMP),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === '' ? undefined : value;
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
