import { readWorkspaceFile } from '../../adapters/fs/read-workspace-file.js';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../usage-error.js';
import { BUMP_COMMON_HELP, runBumpCommand } from './bump-command-common.js';
import { errorMessage } from '../../core/errors/error-message.js';

/** Help text of `telefonistka bump-overwrite`. */
export const BUMP_OVERWRITE_HELP = `telefonistka bump-overwrite --file LOCAL_FILE [options]

Opens a PR in the IaC repository that replaces the target file with a local file's content (created if missing).

  -c, --file LOCAL_FILE            file whose content becomes the target file: a regular file inside the
                                   current directory (symlinks and paths leading out of it are refused), or a
                                   pipe (process substitution <(cmd) works)
${BUMP_COMMON_HELP}`;

/** `telefonistka bump-overwrite`: the Go bot's command. */
export function bumpOverwriteCommand(args: string[], io: CliIo): Promise<number> {
  return runBumpCommand({
    args,
    io,
    own: { file: { type: 'string', short: 'c' } },
    makeEdit: async (values, file) => {
      const local = values.file;
      if (typeof local !== 'string' || local === '') throw new UsageError('bump-overwrite needs --file/-c');
      let content: string;
      try {
        content = await readWorkspaceFile(local, { workspace: process.cwd(), allowPipes: true });
      } catch (error) {
        throw new UsageError(`--file: ${errorMessage(error)}`);
      }
      return { file, mode: 'overwrite', content };
    },
  });
}
