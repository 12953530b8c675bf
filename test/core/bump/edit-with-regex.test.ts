import { describe, expect, it } from 'vitest';
import { editWithRegex } from '../../../src/core/bump/edit-with-regex.js';

describe('editWithRegex', () => {
  it('replaces every match with the Go template, groups by number and name', () => {
    const text = 'image: app:1.0\nsidecar: app:1.0\nother: db:1.0\n';
    expect(editWithRegex(text, { regex: '(app):[0-9.]+', replacement: '${1}:2.0' })).toBe(
      'image: app:2.0\nsidecar: app:2.0\nother: db:1.0\n',
    );
    expect(editWithRegex(text, { regex: '(?P<name>db):\\S+', replacement: '$name:9' })).toBe(
      'image: app:1.0\nsidecar: app:1.0\nother: db:9\n',
    );
  });

  it('reads $1x as the group named "1x" like Go (empty), ${1}x as group 1 then x', () => {
    expect(editWithRegex('v1', { regex: '(v)1', replacement: '$1x' })).toBe('');
    expect(editWithRegex('v1', { regex: '(v)1', replacement: '${1}x' })).toBe('vx');
  });

  it('uses RE2 multi-line flags the Go way', () => {
    expect(editWithRegex('a: 1\nb: 1\n', { regex: '(?m)^b: .*$', replacement: 'b: 2' })).toBe('a: 1\nb: 2\n');
  });

  it('says so when the regex matches nothing', () => {
    expect(() => editWithRegex('tag: 1\n', { regex: 'version: .*', replacement: 'x' })).toThrow(
      /the regex "version: \.\*" matched nothing in the file/,
    );
  });

  it('refuses expressions RE2 does not support, such as lookahead', () => {
    expect(() => editWithRegex('a', { regex: 'a(?=b)', replacement: 'x' })).toThrow(
      /invalid regular expression.*RE2/,
    );
  });
});
