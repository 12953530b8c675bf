import * as core from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkflowCommands, type WorkflowCommands } from '../../src/runtime/workflow-commands.js';

// Text that the runner's protocol must escape or fence: percent signs, every line break, property separators.
const TRICKY = ['plain', '100% done', 'a\nb', 'a\r\nb\rc', 'key: value, other', '::warning::x', '', '%0A'];
const LOCATIONS = [
  {},
  { file: 'telefonistka.yaml', startLine: 3, startColumn: 7 },
  { title: 'a: b, c', file: 'dir,x/a:b.yaml', startLine: 1, endLine: 2, startColumn: 0, endColumn: 4 },
];

/** What `fn` wrote to process.stdout, the way @actions/core writes it. */
async function stdoutOf(fn: () => unknown): Promise<string> {
  const chunks: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  };
  try {
    await fn();
  } finally {
    process.stdout.write = original;
  }
  return chunks.join('');
}

/** What `fn` wrote through our commands. */
async function commandsOutput(fn: (commands: WorkflowCommands) => unknown): Promise<string> {
  const chunks: string[] = [];
  await fn(createWorkflowCommands({ write: (text) => chunks.push(text) }));
  return chunks.join('');
}

describe('createWorkflowCommands', () => {
  const saved = { ...process.env };
  const savedExitCode = process.exitCode;
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'workflow-commands-'));
  });
  afterEach(() => {
    process.env = { ...saved };
    process.exitCode = savedExitCode;
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(TRICKY)(
    'writes log lines and annotations byte for byte as @actions/core does: %j',
    async (text) => {
      for (const properties of LOCATIONS) {
        const expected = await stdoutOf(() => {
          core.debug(text);
          core.info(text);
          core.warning(text, properties);
          core.error(text, properties);
          core.setSecret(text);
        });
        const actual = await commandsOutput((commands) => {
          commands.debug(text);
          commands.info(text);
          commands.warning(text, properties);
          commands.error(text, properties);
          commands.setSecret(text);
        });
        expect(actual).toBe(expected);
      }
    },
  );

  it('wraps a group in ::group:: and ::endgroup:: as @actions/core does, also when the body throws', async () => {
    const failing = () => Promise.reject(new Error('inside'));
    const expected = await stdoutOf(() => core.group('phase: a, b\nc', failing).catch(() => undefined));
    const actual = await commandsOutput((commands) =>
      commands.group('phase: a, b\nc', failing).catch(() => undefined),
    );
    expect(actual).toBe(expected);
    expect(actual).toContain('::endgroup::');
  });

  it('fails the step with exit code 1 and the message as an error annotation', async () => {
    process.exitCode = 0;
    const written = await commandsOutput((commands) => commands.setFailed('bad input\nsecond line'));
    expect(written).toBe('::error::bad input%0Asecond line\n');
    expect(process.exitCode).toBe(1);
  });

  it('reads inputs as @actions/core does: INPUT_<NAME>, spaces as underscores, untrimmed, empty when absent', () => {
    process.env['INPUT_GITHUB-TOKEN'] = '  token \n';
    process.env.INPUT_SOME_NAME = 'x';
    const commands = createWorkflowCommands();
    for (const name of ['github-token', 'some name', 'absent']) {
      expect(commands.getInput(name)).toBe(core.getInput(name, { trimWhitespace: false }));
    }
    expect(commands.getInput('github-token')).toBe('  token \n');
  });

  it('appends outputs to GITHUB_OUTPUT in the heredoc form @actions/core writes', async () => {
    const ours = path.join(dir, 'ours');
    const theirs = path.join(dir, 'theirs');
    writeFileSync(ours, '');
    writeFileSync(theirs, '');
    const commands = createWorkflowCommands();
    for (const value of TRICKY) {
      process.env.GITHUB_OUTPUT = ours;
      commands.setOutput('plan', value);
      process.env.GITHUB_OUTPUT = theirs;
      core.setOutput('plan', value);
    }
    const normalized = (file: string) =>
      readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_<uuid>');
    expect(normalized(ours)).toBe(normalized(theirs));
    const delimiters = readFileSync(ours, 'utf8').match(/ghadelimiter_[0-9a-f-]{36}/g) ?? [];
    expect(new Set(delimiters).size).toBe(TRICKY.length);
  });

  it('writes the legacy set-output command when the runner gives no GITHUB_OUTPUT file', async () => {
    delete process.env.GITHUB_OUTPUT;
    const expected = await stdoutOf(() => core.setOutput('flow', 'a,b: 100%\nc'));
    const actual = await commandsOutput((commands) => commands.setOutput('flow', 'a,b: 100%\nc'));
    expect(actual).toBe(expected);
  });

  it('refuses an output file that does not exist instead of creating one', () => {
    process.env.GITHUB_OUTPUT = path.join(dir, 'missing');
    expect(() => createWorkflowCommands().setOutput('flow', 'x')).toThrow(/Missing file at path/);
  });
});
