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
 * a `toggleCommitStatus` command wherever `/<command>` occurs in it.
 */
export function parseChatCommands(
  body: string,
  toggleCommitStatus: Readonly<Record<string, string>>,
): ChatCommands {
  return {
    retrigger: body.trim() === RETRIGGER_COMMAND,
    toggles: Object.entries(toggleCommitStatus)
      .filter(([command]) => command !== '' && body.includes(`/${command}`))
      .map(([command, context]) => ({ command, context })),
  };
}

/** Same GitHub identity: logins compare case-insensitively, with or without the `[bot]` suffix of Apps. */
export function isSameLogin(a: string, b: string): boolean {
  const plain = (login: string) => login.toLowerCase().replace(/\[bot\]$/, '');
  return a !== '' && plain(a) === plain(b);
}

/** Repository roles that may run commands: write access or more. */
export function canRunCommands(permission: string): boolean {
  return ['admin', 'maintain', 'write'].includes(permission);
}
