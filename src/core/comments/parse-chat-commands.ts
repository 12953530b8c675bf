import { commandLines } from './command-lines.js';

/** The ChatOps commands a PR comment asks for. */
export interface ChatCommands {
  /** The comment is exactly `/retrigger` (surrounding whitespace aside). */
  retrigger: boolean;
  /** `toggleCommitStatus` entries whose `/<command>` the comment contains, in config order. */
  toggles: { command: string; context: string }[];
}

/** The re-run command of the Go bot. */
export const RETRIGGER_COMMAND = '/retrigger';

/**
 * The commands in a comment, as the Go bot reads them: `/retrigger` only when it is the whole comment;
 * a `toggleCommitStatus` command wherever `/<command>` occurs in it, but only on lines that can carry a
 * command (not quoted, not in a code block or inline code: see `commandLines`).
 */
export function parseChatCommands(
  body: string,
  toggleCommitStatus: Readonly<Record<string, string>>,
): ChatCommands {
  const text = commandLines(body).join('\n');
  return {
    retrigger: body.trim() === RETRIGGER_COMMAND,
    toggles: Object.entries(toggleCommitStatus)
      .filter(([command]) => command !== '' && text.includes(`/${command}`))
      .map(([command, context]) => ({ command, context })),
  };
}

/**
 * Who may run commands: write access or more, judged by the base permission GitHub reports (`permission`:
 * admin|write|read|none; maintain reads as write, triage as read, a custom role as its base role).
 */
export function canRunCommands(permission: string): boolean {
  return ['admin', 'maintain', 'write'].includes(permission);
}
