import { describe, expect, it } from 'vitest';
import { writeCommentParts } from '../../../src/use-cases/shared/write-comment-parts.js';
import { createFakeGitHub } from '../../support/fake-github/create-fake-github.js';

const part = (i: number, text: string) =>
  `<!-- telefonistka_tag -->\n<!-- telefonistka:pr-checks -->\n<!-- telefonistka:pr-checks:part:${i} -->\n${text}`;

async function write(github: Parameters<typeof writeCommentParts>[0], parts: string[]) {
  return writeCommentParts(
    github,
    { number: 7, kind: 'pr-checks', existing: await github.listComments(7) },
    parts,
  );
}

describe('writeCommentParts', () => {
  it('creates the parts in order on a PR without them', async () => {
    const { github, state } = createFakeGitHub();
    expect(await write(github, [part(1, 'a'), part(2, 'b')])).toEqual({
      parts: 2,
      created: 2,
      updated: 0,
      deleted: 0,
      unchanged: 0,
    });
    expect(state.comments.map((c) => c.body)).toEqual([part(1, 'a'), part(2, 'b')]);
  });

  it('edits parts in place, leaves equal ones alone and deletes leftovers', async () => {
    const { github, state } = createFakeGitHub();
    await write(github, [part(1, 'a'), part(2, 'b'), part(3, 'c')]);
    const ids = state.comments.map((c) => c.id);
    const callsBefore = github.callCount();
    expect(await write(github, [part(1, 'a'), part(2, 'B')])).toEqual({
      parts: 2,
      created: 0,
      updated: 1,
      deleted: 1,
      unchanged: 1,
    });
    // The listing, one read of the token's login (to recognise its own parts), one edit, one delete.
    expect(github.callCount() - callsBefore).toBe(1 + 1 + 2);
    expect(state.comments.map((c) => [c.id, c.body])).toEqual([
      [ids[0], part(1, 'a')],
      [ids[1], part(2, 'B')],
    ]);
  });

  it("ignores another user's comment carrying the parts' markers: neither adopted, edited nor deleted", async () => {
    const { github, state, addComment } = createFakeGitHub();
    addComment(7, part(1, 'planted by a reader'), 'reader');
    addComment(7, part(2, 'planted too'), 'telefonistka');
    expect(await write(github, [part(1, 'report')])).toEqual({
      parts: 1,
      created: 1,
      updated: 0,
      deleted: 0,
      unchanged: 0,
    });
    expect(state.comments.map((c) => [c.author, c.body])).toEqual([
      ['reader', part(1, 'planted by a reader')],
      ['telefonistka', part(2, 'planted too')],
      ['telefonistka[bot]', part(1, 'report')],
    ]);
  });

  it('never touches comments that only quote a marker, and removes every part when there are none', async () => {
    const { github, state } = createFakeGitHub();
    await github.createComment(7, `> quoting <!-- telefonistka:pr-checks:part:1 -->`);
    await github.createComment(7, part(1, 'old'));
    expect(await write(github, [])).toEqual({ parts: 0, created: 0, updated: 0, deleted: 1, unchanged: 0 });
    expect(state.comments.map((c) => c.body)).toEqual(['> quoting <!-- telefonistka:pr-checks:part:1 -->']);
  });
});
