import { parseArgs } from 'node:util';
import { createGitSnapshot } from '../../adapters/git/create-git-snapshot.js';
import { formatConfigProblem } from '../../core/errors/config-error.js';
import { validateRepositoryConfig } from '../../use-cases/validate/validate-repository-config.js';
import { checkRepository, resolveRevision } from '../check-repository.js';
import type { CliIo } from '../cli-io.js';

/** Help text of `telefonistka validate`. */
export const VALIDATE_HELP = `telefonistka validate [--repo DIR] [--ref REV]

Checks telefonistka.yaml and every component telefonistka.yaml at REV (default: HEAD).
Prints each problem as file:line:col: message and exits 2 when there is any.
`;

/** `telefonistka validate`: exit 0 when every config file is valid, 2 otherwise. */
export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { repo: { type: 'string', default: '.' }, ref: { type: 'string', default: 'HEAD' } },
    strict: true,
  });
  await checkRepository(values.repo);
  await resolveRevision(values.repo, values.ref, '--ref');
  const report = await validateRepositoryConfig(createGitSnapshot(values.repo), values.ref);
  for (const warning of report.warnings) io.err(`warning: ${warning}\n`);
  for (const problem of report.problems) io.err(`${formatConfigProblem(problem)}\n`);
  if (report.problems.length > 0) return 2;
  io.out(`${report.files.length} configuration file(s) valid\n`);
  return 0;
}
