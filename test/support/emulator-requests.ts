import type { GitHubEmulator } from './github-emulator/index.js';

type Payload = Record<string, unknown>;

/** The newest event of `name`/`action` the emulator produced (Actions shape); earlier events are dropped. */
export function takeLatestEvent(emulator: GitHubEmulator, name: string, action: string): Payload {
  const events = emulator.takeEvents({ forActions: true });
  const event = events.reverse().find((e) => e.name === name && e.payload.action === action);
  if (event === undefined) throw new Error(`no ${name} ${action} event`);
  return event.payload;
}

/** A raw REST call to the emulator as `token`, for test setup the helpers do not cover; throws on non-2xx. */
export function emulatorApi(emulator: GitHubEmulator) {
  return async <T = Payload>(token: string, method: string, route: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${emulator.apiUrl}${route}`, {
      method,
      headers: {
        authorization: `token ${token}`,
        accept: 'application/vnd.github+json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

/** What a change PR is opened with. */
export interface ChangePr {
  owner: string;
  repo: string;
  branch: string;
  files: Record<string, string | null>;
  labels?: string[];
  body?: string;
  user?: string;
}

/**
 * Commits `files` on a new branch from main and opens a PR for it as alice (or `user`); returns the `opened`
 * event payload. Events produced before the PR are dropped.
 */
export async function openChangePr(emulator: GitHubEmulator, change: ChangePr): Promise<Payload> {
  const { owner, repo, branch } = change;
  await emulator.commitFiles({
    owner,
    repo,
    branch,
    from: 'main',
    files: change.files,
    message: `change on ${branch}`,
  });
  emulator.takeEvents();
  await emulator.openPullRequest({
    owner,
    repo,
    head: branch,
    base: 'main',
    title: `Change ${branch}`,
    user: change.user ?? 'alice',
    labels: change.labels ?? [],
    ...(change.body === undefined ? {} : { body: change.body }),
  });
  return takeLatestEvent(emulator, 'pull_request', 'opened');
}
