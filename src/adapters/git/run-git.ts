import { getExecOutput } from '@actions/exec';
import { ExternalError } from '../../core/errors/external-error.js';

/** Runs git in `directory` without echoing to the log; returns stdout, throws ExternalError on failure. */
export async function runGit(directory: string, args: readonly string[]): Promise<string> {
  const result = await getExecOutput('git', [...args], {
    cwd: directory,
    silent: true,
    ignoreReturnCode: true,
  });
  if (result.exitCode === 0) return result.stdout;
  throw new ExternalError(result.stderr.trim() || `exit code ${result.exitCode}`, {
    service: 'git',
    operation: args.slice(0, 2).join(' '),
  });
}

/** Like runGit, but a non-zero exit gives undefined: for probes such as "does this object exist". */
export async function tryGit(directory: string, args: readonly string[]): Promise<string | undefined> {
  const result = await getExecOutput('git', [...args], {
    cwd: directory,
    silent: true,
    ignoreReturnCode: true,
  });
  return result.exitCode === 0 ? result.stdout : undefined;
}
