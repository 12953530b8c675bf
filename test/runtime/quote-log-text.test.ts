import { describe, expect, it } from 'vitest';
import { looksLikeWorkflowCommand, quoteLogText } from '../../src/runtime/quote-log-text.js';
import { readRunnerCommands } from '../support/runner-commands.js';

describe('quoteLogText', () => {
  it.each([
    ['a line break then ::warning::', 'Components: workspace/a\n::warning::PWNED'],
    ['a carriage return then ::error::', 'x\r::error::PWNED'],
    ['indented ::add-mask::', 'x\n \t::add-mask::PWNED'],
    ['##[ anywhere in a line', 'Components: workspace/b ##[set-output name=x]PWNED'],
    ['##[stop-commands]', 'workspace/c ##[stop-commands]PWNED'],
  ])('fences text holding %s so the runner runs none of it and shows it verbatim', (_name, text) => {
    expect(readRunnerCommands(text).commands).not.toEqual([]);
    const quoted = quoteLogText(text, () => 'token-1');
    const reading = readRunnerCommands(`${quoted}\n::warning::ours\n`);
    expect(reading.commands.map((c) => [c.command, c.data])).toEqual([
      ['stop-commands', 'telefonistka-token-1'],
      ['telefonistka-token-1', ''],
      ['warning', 'ours'],
    ]);
    expect(quoted).toContain(text);
  });

  it('leaves ordinary text alone, including :: and ## inside a line', () => {
    for (const text of ['Components: workspace/nginx', 'a::b and ## [x]', 'C++ std::vector']) {
      expect(looksLikeWorkflowCommand(text)).toBe(false);
      expect(quoteLogText(text)).toBe(text);
    }
  });

  it('never fences with a token the text already holds', () => {
    const tokens = ['taken', 'free'];
    const quoted = quoteLogText('telefonistka-taken\n::error::x', () => tokens.shift() ?? '');
    expect(quoted.split('\n')[0]).toBe('::stop-commands::telefonistka-free');
  });
});
