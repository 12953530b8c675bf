import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../src/core/errors/error-message.js';
import { ConfigError } from '../../../src/core/errors/config-error.js';

describe('errorMessage', () => {
  it.each([
    ['an Error', new Error('boom'), 'boom'],
    ['an Error subclass', new TypeError('bad type'), 'bad type'],
    ['a string', 'plain text', 'plain text'],
    ['a number', 42, '42'],
    ['undefined', undefined, 'undefined'],
    ['null', null, 'null'],
    ['an object with a message that is not an Error', { message: 'not used' }, '[object Object]'],
  ])('gives the message of %s', (_, thrown, expected) => {
    expect(errorMessage(thrown)).toBe(expected);
  });

  it('gives every problem of a ConfigError with its file:line:col', () => {
    const error = new ConfigError([
      { file: 'telefonistka.yaml', line: 3, column: 1, message: 'unknown key' },
    ]);
    expect(errorMessage(error)).toBe('telefonistka.yaml:3:1: unknown key');
  });
});
