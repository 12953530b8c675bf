/** The in-repository freeze file: while it exists on the default branch, every gated promotion PR is held. */
export const FREEZE_FILE = '.telefonistka/freeze';

/** The reason a freeze file gives: its first non-empty line (at most 100 characters), or a default. */
export function parseFreezeFile(text: string): string {
  const line = text
    .split('\n')
    .map((candidate) => candidate.trim())
    .find((candidate) => candidate !== '' && !candidate.startsWith('#'));
  const reason = line === undefined ? 'freeze file' : [...line].slice(0, 100).join('');
  return `${reason} (${FREEZE_FILE})`;
}
