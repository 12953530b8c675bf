import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/** Where an annotation points: a file and a span in it (GitHub's `file`, `line`, `col`, … properties). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** The runner's command protocol: log lines, annotations, groups, masks, inputs and outputs. */
export interface WorkflowCommands {
  /** The raw value of input `name` (`INPUT_<NAME>`), untrimmed; '' when absent. */
  getInput(name: string): string;
  /** Appends `name` = `value` to the step's outputs (`GITHUB_OUTPUT`). */
  setOutput(name: string, value: string): void;
  /** Asks the runner to mask `secret` in every later log line. */
  setSecret(secret: string): void;
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  /** Fails the step (exit code 1) with `message` as an error annotation. */
  setFailed(message: string): void;
  /** Runs `fn` inside a collapsible log group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** Where the commands go: the step's stdout and environment by default, read at each call. */
export interface WorkflowCommandsOptions {
  write?: (text: string) => void;
  env?: () => NodeJS.ProcessEnv;
}

/**
 * The runner's workflow commands written directly, as @actions/core writes them (byte for byte:
 * test/runtime/workflow-commands.test.ts compares both), so that the step's entry point does not load
 * @actions/core, whose OIDC client pulls in @actions/http-client and undici (~1 MB) on every event. See
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
export function createWorkflowCommands(options: WorkflowCommandsOptions = {}): WorkflowCommands {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const env = options.env ?? (() => process.env);
  const issue = (command: string, message: string, properties: AnnotationProperties = {}): void => {
    write(`::${command}${renderProperties(properties)}::${escapeData(message)}${EOL}`);
  };
  const error = (message: string, properties?: AnnotationProperties): void =>
    issue('error', message, properties);
  return {
    getInput: (name) => env()[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '',
    setOutput: (name, value) => {
      const file = env().GITHUB_OUTPUT ?? '';
      if (file === '') {
        write(EOL);
        write(`::set-output name=${escapeProperty(name)}::${escapeData(value)}${EOL}`);
        return;
      }
      appendOutput(file, name, value);
    },
    setSecret: (secret) => issue('add-mask', secret),
    debug: (message) => issue('debug', message),
    info: (message) => write(`${message}${EOL}`),
    warning: (message, properties) => issue('warning', message, properties),
    error,
    setFailed: (message) => {
      process.exitCode = 1;
      error(message);
    },
    group: async (name, fn) => {
      issue('group', name);
      try {
        return await fn();
      } finally {
        issue('endgroup', '');
      }
    },
  };
}

// A heredoc block with a random delimiter: a value (untrusted text included) cannot end the block early and
// forge another output.
function appendOutput(file: string, name: string, value: string): void {
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected output ${name}: it contains the delimiter "${delimiter}"`);
  }
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

function renderProperties(properties: AnnotationProperties): string {
  const named: [string, string | number | undefined][] = [
    ['title', properties.title],
    ['file', properties.file],
    ['line', properties.startLine],
    ['endLine', properties.endLine],
    ['col', properties.startColumn],
    ['endColumn', properties.endColumn],
  ];
  const set = named.filter(([, value]) => value !== undefined && value !== '' && value !== 0);
  if (set.length === 0) return '';
  return ` ${set.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
