import type { CliIo } from '../cli-io.js';
import { UsageError } from '../usage-error.js';
import { BUMP_COMMON_HELP, runBumpCommand } from './bump-command-common.js';

/** Help text of `telefonistka bump-regex`. */
export const BUMP_REGEX_HELP = `telefonistka bump-regex --regex-string RE --replacement-string TEMPLATE [options]

Opens a PR in the IaC repository that replaces every match of an RE2 regex in the target file.

  -r, --regex-string RE            RE2 (Go) regular expression
  -n, --replacement-string TEMPLATE replacement in Go syntax ($1, \${1}, \${name})
${BUMP_COMMON_HELP}`;

/** `telefonistka bump-regex`: the Go bot's command. */
export function bumpRegexCommand(args: string[], io: CliIo): Promise<number> {
  return runBumpCommand({
    args,
    io,
    own: {
      'regex-string': { type: 'string', short: 'r' },
      'replacement-string': { type: 'string', short: 'n' },
    },
    makeEdit: (values, file) => {
      const regex = values['regex-string'];
      const replacement = values['replacement-string'];
      if (typeof regex !== 'string' || regex === '')
        throw new UsageError('bump-regex needs --regex-string/-r');
      if (typeof replacement !== 'string') throw new UsageError('bump-regex needs --replacement-string/-n');
      return { file, mode: 'regex' as const, regex, replacement };
    },
  });
}
