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
