import { describe, expect, it } from 'vitest';
import { chooseMergeMethod } from '../../../src/core/merge/choose-merge-method.js';

describe('chooseMergeMethod', () => {
  it.each([
    ['auto', ['merge', 'squash', 'rebase'], { method: 'merge' }],
    ['auto', ['squash', 'rebase'], { method: 'squash' }],
    ['auto', ['rebase'], { method: 'rebase' }],
    ['squash', ['merge', 'squash'], { method: 'squash' }],
  ] as const)('picks %s from %j', (choice, allowed, expected) => {
    expect(chooseMergeMethod(choice, allowed)).toEqual(expected);
  });

  it('refuses a method the repository does not allow, naming the allowed ones and the fix', () => {
    const chosen = chooseMergeMethod('merge', ['squash']);
    expect(chosen).toEqual({
      refused: expect.stringMatching(
        /merge-method merge is not allowed.*allowed: squash.*merge-method input to auto/,
      ),
    });
  });
});
