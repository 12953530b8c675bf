import { describe, expect, it } from 'vitest';
import { commandLines } from '../../../src/core/comments/command-lines.js';

describe('commandLines', () => {
  it('keeps plain lines and drops quoted lines, fenced blocks and code spans', () => {
    const body = [
      '> /override-deploy',
      '/skip',
      '```yaml',
      '/retrigger',
      '```',
      'run `/x` or ``/y`` now',
      '   ~~~',
      'inside',
      '   ~~~',
      'after',
    ].join('\n');
    expect(commandLines(body)).toEqual(['/skip', 'run  or  now', 'after']);
  });

  it('keeps an unmatched backtick run as text', () => {
    expect(commandLines('a ` b /skip')).toEqual(['a ` b /skip']);
  });

  it('keeps a long line of backtick runs as one line of text', () => {
    // Its time is reported by bench/input-guards.bench.ts.
    const line = Array.from({ length: 300 }, (_, i) => '`'.repeat(i + 1))
      .join('x')
      .slice(0, 65_536);
    expect(commandLines(line)).toEqual([line]);
  });
});
