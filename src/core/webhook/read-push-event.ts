import type { PushEvent } from './types.js';

/** The all-zero SHA GitHub puts in `before` for a new branch and in `after` for a deleted one. */
export const ZERO_SHA = '0000000000000000000000000000000000000000';

/** A push the fan-out forwards, or why it does not. */
export type PushCheck = { kind: 'forward'; push: PushEvent } | { kind: 'skip'; reason: string };

/**
 * Reads a workflow event and decides whether it is forwarded: only `push` events to the repository's
 * default branch that did not delete it, as the Go bot forwards them. Anything else is a skip with a reason.
 */
export function readPushEvent(eventName: string, payload: Record<string, unknown>): PushCheck {
  if (eventName !== 'push') return skip(`the event is ${eventName}, not push`);
  const repository = record(payload['repository']);
  const defaultBranch = text(repository['default_branch']);
  const ref = text(payload['ref']);
  if (defaultBranch === '') return skip('the push payload names no repository.default_branch');
  if (ref !== `refs/heads/${defaultBranch}`)
    return skip(`${ref || 'the ref'} is not the default branch ${defaultBranch}`);
  const after = text(payload['after']);
  if (payload['deleted'] === true || after === '' || after === ZERO_SHA) return skip(`${ref} was deleted`);
  const before = text(payload['before']);
  const commits = Array.isArray(payload['commits']) ? (payload['commits'] as unknown[]) : [];
  const headId = text(record(payload['head_commit'])['id']);
  return {
    kind: 'forward',
    push: {
      ref,
      before,
      after,
      created: payload['created'] === true || before === '' || before === ZERO_SHA,
      deleted: false,
      forced: payload['forced'] === true,
      defaultBranch,
      commitIds: commits.map((commit) => text(record(commit)['id'])).filter((id) => id !== ''),
      headCommitId: headId === '' ? undefined : headId,
    },
  };
}

function skip(reason: string): PushCheck {
  return { kind: 'skip', reason };
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
