import { ConfigError, formatConfigProblem } from '../core/errors/config-error.js';
import { ExternalError } from '../core/errors/external-error.js';
import type { CliIo } from './cli-io.js';
import { CLI_VERSION } from './cli-version.js';
import { BUMP_OVERWRITE_HELP, bumpOverwriteCommand } from './commands/bump-overwrite-command.js';
import { BUMP_REGEX_HELP, bumpRegexCommand } from './commands/bump-regex-command.js';
import { BUMP_YAML_HELP, bumpYamlCommand } from './commands/bump-yaml-command.js';
import { DASHBOARD_HELP, dashboardCommand } from './commands/dashboard-command.js';
import { DOCTOR_HELP, doctorCommand } from './commands/doctor-command.js';
import { DRIFT_HELP, driftCommand } from './commands/drift-command.js';
import { PLAN_HELP, planCommand } from './commands/plan-command.js';
import { VALIDATE_HELP, validateCommand } from './commands/validate-command.js';
import { UsageError } from './usage-error.js';
import { errorMessage } from '../core/errors/error-message.js';

type Command = { help: string; run: (args: string[], io: CliIo) => Promise<number> };

/** Every command of the CLI, by name; later features add theirs here. */
export const COMMANDS: Record<string, Command> = {
  'bump-overwrite': { help: BUMP_OVERWRITE_HELP, run: bumpOverwriteCommand },
  'bump-regex': { help: BUMP_REGEX_HELP, run: bumpRegexCommand },
  'bump-yaml': { help: BUMP_YAML_HELP, run: bumpYamlCommand },
  dashboard: { help: DASHBOARD_HELP, run: dashboardCommand },
  doctor: { help: DOCTOR_HELP, run: doctorCommand },
  drift: { help: DRIFT_HELP, run: driftCommand },
  plan: { help: PLAN_HELP, run: planCommand },
  validate: { help: VALIDATE_HELP, run: validateCommand },
};

const HELP = `telefonistka <command> [options]

GitOps promotions between environment folders of an IaC repository.

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(16)}${command.help.split('\n')[2] ?? ''}`)
  .join('\n')}

Options:
  --version       print the version
  --help          this text; "telefonistka <command> --help" for a command's options

Exit codes (every command):
  0   done (warnings included)
  1   runtime failure: git, GitHub or the network failed, or a bump could not be merged
      (drift --exit-code also exits 1 when something drifted)
  2   invalid configuration: each problem is printed as file:line:col: message
  64  usage: an unknown command or flag, a missing or malformed value, a --repo or revision that does not exist
`;

/** Runs one CLI invocation and returns the exit code: 0 ok, 2 invalid configuration, 64 usage, 1 other errors. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.err(HELP);
    return 64;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.out(`telefonistka ${CLI_VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.err(`unknown command "${name}"\n\n${HELP}`);
    return 64;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.help);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    return reportError(error, io, name);
  }
}

function reportError(error: unknown, io: CliIo, name: string): number {
  if (error instanceof ConfigError) {
    for (const problem of error.problems) io.err(`${formatConfigProblem(problem)}\n`);
    return 2;
  }
  if (error instanceof UsageError || isParseArgsError(error)) {
    io.err(`${(error as Error).message}\n(options: telefonistka ${name} --help)\n`);
    return 64;
  }
  io.err(`error: ${describeFailure(error)}\n`);
  return 1;
}

/** The message of a runtime failure; git's `hint:` lines (advice for git's own commands) are left out. */
function describeFailure(error: unknown): string {
  const message = errorMessage(error);
  if (!(error instanceof ExternalError) || error.service !== 'git') return message;
  return message
    .split('\n')
    .filter((line) => !/^hint:/.test(line))
    .join('\n');
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}
