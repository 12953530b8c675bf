import type { CliIo } from '../cli-io.js';
import { UsageError } from '../usage-error.js';
import { BUMP_COMMON_HELP, runBumpCommand } from './bump-command-common.js';

/** Help text of `telefonistka bump-yaml`. */
export const BUMP_YAML_HELP = `telefonistka bump-yaml --address PATH --replacement-string VALUE [options]

Opens a PR in the IaC repository that sets the YAML node(s) at PATH to VALUE (missing keys are created).

  --address PATH                   yq-style path: .image.tag, .list[0], .db[] | select(.name == "pg").tag
  -n, --replacement-string VALUE   the new value, written in the quoting style of the value it replaces
${BUMP_COMMON_HELP}`;

/** `telefonistka bump-yaml`: the Go bot's command, formatting-preserving. */
export function bumpYamlCommand(args: string[], io: CliIo): Promise<number> {
  return runBumpCommand({
    args,
    io,
    own: { address: { type: 'string' }, 'replacement-string': { type: 'string', short: 'n' } },
    makeEdit: (values, file) => {
      const path = values.address;
      const value = values['replacement-string'];
      if (typeof path !== 'string' || path === '') throw new UsageError('bump-yaml needs --address');
      if (typeof value !== 'string') throw new UsageError('bump-yaml needs --replacement-string/-n');
      return { file, mode: 'yaml' as const, path, value };
    },
  });
}
