import { describe, expect, it } from 'vitest';
import { upsertStickyComment } from '../../../src/use-cases/shared/upsert-sticky-comment.js';
import { createFakeGitHub } from '../../support/fake-github/create-fake-github.js';

const marker = '<!-- telefonistka:dry-run -->';

describe('upsertStickyComment', () => {
  it('updates its own comment in place and leaves a comment another user planted the marker in alone', async () => {
    const { github, state, addComment } = createFakeGitHub();
    addComment(7, `${marker}\nplanted`, 'reader');
    expect(await upsertStickyComment(github, 7, { marker, body: 'plan v1' })).toBe('created');
    expect(await upsertStickyComment(github, 7, { marker, body: 'plan v2' })).toBe('updated');
    expect(await upsertStickyComment(github, 7, { marker, body: 'plan v2' })).toBe('unchanged');
    expect(state.comments.map((c) => [c.author, c.body.split('\n').at(-1)])).toEqual([
      ['reader', 'planted'],
      ['telefonistka[bot]', 'plan v2'],
    ]);
  });

  it("counts an App's comment as its own when the token cannot read its login", async () => {
    const { github, state, addComment, failOn } = createFakeGitHub();
    await upsertStickyComment(github, 7, { marker, body: 'plan v1' });
    addComment(7, `${marker}\nplanted`, 'reader');
    failOn('getViewerLogin', new Error('Resource not accessible'), Infinity);
    expect(await upsertStickyComment(github, 7, { marker, body: 'plan v2' })).toBe('updated');
    expect(state.comments.map((c) => c.body.split('\n').at(-1))).toEqual(['plan v2', 'planted']);
  });
});
