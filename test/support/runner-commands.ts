// What the GitHub Actions runner would do with a step's output: which lines it processes as workflow commands.
// Mirrors actions/runner (ActionCommandManager.TryProcessCommand, ActionCommand.TryParseV2 then TryParse): lines end
// at CR, LF or CRLF; `::name props::data` after leading whitespace, else `##[name props]data` anywhere in the line;
// only registered command names count (case-insensitive); `stop-commands` ignores every command until its token.

/** One line the runner processed as a command. */
export interface RunnerCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
  /** `v2` for `::name::`, `legacy` for `##[name]`. */
  form: 'v2' | 'legacy';
  line: string;
}

/** The commands the runner processes from `stdout`, and whether processing is still stopped at the end. */
export interface RunnerReading {
  commands: RunnerCommand[];
  stoppedAtEnd: string | undefined;
}

const REGISTERED = [
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning',
];

/** Reads `stdout` as the runner does. */
export function readRunnerCommands(stdout: string): RunnerReading {
  const registered = new Set(REGISTERED);
  const commands: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const command = parseV2(line, registered) ?? parseLegacy(line, registered);
    if (command === undefined) continue;
    if (stopToken !== undefined) {
      if (command.command !== stopToken.toLowerCase()) continue;
      registered.delete(stopToken.toLowerCase());
      stopToken = undefined;
      commands.push(command);
      continue;
    }
    if (command.command === 'stop-commands') {
      stopToken = command.data;
      registered.add(command.data.toLowerCase());
    }
    commands.push(command);
  }
  return { commands, stoppedAtEnd: stopToken };
}

function parseV2(line: string, registered: ReadonlySet<string>): RunnerCommand | undefined {
  const message = line.replace(/^[\s\u0085]+/, '');
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  return build(message.slice(2, end), message.slice(end + 2), { registered, form: 'v2', line });
}

function parseLegacy(line: string, registered: ReadonlySet<string>): RunnerCommand | undefined {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const end = line.indexOf(']', start);
  if (end < 0) return undefined;
  return build(line.slice(start + 3, end), line.slice(end + 1), { registered, form: 'legacy', line });
}

function build(
  info: string,
  data: string,
  context: { registered: ReadonlySet<string>; form: 'v2' | 'legacy'; line: string },
): RunnerCommand | undefined {
  const space = info.indexOf(' ');
  const command = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!context.registered.has(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).split(context.form === 'v2' ? ',' : ';')) {
      const equals = pair.indexOf('=');
      if (equals > 0) properties[pair.slice(0, equals)] = pair.slice(equals + 1);
    }
  }
  return { command, properties, data: unescape(data), form: context.form, line: context.line };
}

function unescape(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
