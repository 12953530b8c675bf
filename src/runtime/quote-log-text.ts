import { randomUUID } from 'node:crypto';
import { EOL } from 'node:os';

// The runner reads a step's output line by line (CR, LF and CRLF all end a line) and treats a line as a command
// when, after leading whitespace, it starts with `::name` (`::name props::data`) or when it holds the legacy form
// `##[name props]data` anywhere (actions/runner ActionCommandManager: TryParseV2, then TryParse).
const LINE_BREAK = /\r\n|\r|\n/;
const COMMAND_START = /^[\s\u0085\u180e]*::/;
const LEGACY_COMMAND = '##[';

/** Whether the runner could read any line of `text` as a workflow command. */
export function looksLikeWorkflowCommand(text: string): boolean {
  return text.split(LINE_BREAK).some((line) => COMMAND_START.test(line) || line.includes(LEGACY_COMMAND));
}

/**
 * Plain log text the runner prints as it is and never runs: text that could be read as a workflow command (a
 * file or branch name holding a line break and `::warning::`, or `##[add-mask]`, `##[set-output ...]`,
 * `##[stop-commands]` anywhere) is fenced with `::stop-commands::<random token>` and resumed with `::<token>::`
 * (GitHub's documented way to print untrusted output), so it shows verbatim; other text is unchanged.
 */
export function quoteLogText(text: string, newToken: () => string = randomUUID): string {
  if (!looksLikeWorkflowCommand(text)) return text;
  let token = `telefonistka-${newToken()}`;
  while (text.includes(token)) token = `telefonistka-${newToken()}`;
  return `::stop-commands::${token}${EOL}${text}${EOL}::${token}::`;
}
