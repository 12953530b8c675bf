import { describe, expect, it } from 'vitest';
import type { BumpEdit } from '../../../src/core/bump/bump-edit.js';
import { encodeBumpMetadata, type BumpMetadata } from '../../../src/core/bump/bump-metadata.js';
import {
  chooseBumpTarget,
  type BumpPullRequest,
  type BumpTargetInput,
} from '../../../src/core/bump/choose-bump-target.js';

const repo = 'acme/api';
const tagEdit: BumpEdit = { file: 'values.yaml', mode: 'yaml', path: '.image.tag', value: '2.0' };

function pr(
  number: number,
  sha: string,
  metadata: Partial<BumpMetadata> | undefined,
  extra: Partial<BumpPullRequest> = {},
): BumpPullRequest {
  const body =
    metadata === undefined
      ? 'Bumping version triggered by acme/api@old'
      : encodeBumpMetadata({ triggeringRepo: repo, sha, superseded: [], edits: [tagEdit], ...metadata });
  return {
    number,
    nodeId: `PR_${number}`,
    url: `https://github.test/acme/iac/pull/${number}`,
    title: 'title',
    body,
    headRef: `artifact_version_bump/${repo}/${sha}`,
    headOid: `head${number}`,
    baseRef: 'main',
    author: 'telefonistka[bot]',
    isCrossRepository: false,
    labels: ['promotion'],
    assignees: [],
    ...extra,
  };
}

function input(overrides: Partial<BumpTargetInput>): BumpTargetInput {
  return {
    triggeringRepo: repo,
    sha: 'sha3',
    defaultBranch: 'main',
    edits: [tagEdit],
    branchOid: undefined,
    openPullRequests: [],
    coalesce: true,
    ownLogin: 'telefonistka[bot]',
    ...overrides,
  };
}

describe('chooseBumpTarget', () => {
  it('opens a new branch named after the triggering repository and SHA when nothing is open', () => {
    expect(chooseBumpTarget(input({}))).toEqual({
      kind: 'new',
      branch: 'artifact_version_bump/acme/api/sha3',
      edits: [tagEdit],
      superseded: [],
      warnings: [],
    });
  });

  it('reuses the branch of the same SHA and keeps edits of another step for that SHA', () => {
    const other: BumpEdit = { file: 'other.yaml', mode: 'regex', regex: 'a', replacement: 'b' };
    const own = pr(7, 'sha3', { edits: [other, { ...tagEdit, value: '1.9' }] });
    const target = chooseBumpTarget(input({ branchOid: 'head7', openPullRequests: [own] }));
    expect(target).toMatchObject({
      kind: 'existing',
      reason: 'rerun',
      branch: own.headRef,
      headOid: 'head7',
    });
    expect(target.edits).toEqual([other, tagEdit]);
  });

  it('coalesces into the newest open bump PR of the same repository that changes the same file', () => {
    const older = pr(3, 'sha1', {});
    const newer = pr(5, 'sha2', { superseded: ['sha1'] });
    const target = chooseBumpTarget(input({ openPullRequests: [older, newer] }));
    expect(target).toMatchObject({
      kind: 'existing',
      reason: 'coalesce',
      branch: newer.headRef,
      superseded: ['sha1', 'sha2'],
    });
    expect(target.edits).toEqual([tagEdit]);
  });

  it('replays recorded edits this bump does not supersede, before its own', () => {
    const worker: BumpEdit = { file: 'values.yaml', mode: 'yaml', path: '.worker.tag', value: '1.0' };
    const open = pr(5, 'sha2', { edits: [worker, { ...tagEdit, path: '.image["tag"]', value: '1.0' }] });
    expect(chooseBumpTarget(input({ openPullRequests: [open] })).edits).toEqual([worker, tagEdit]);
  });

  it('treats a coalesce candidate recorded for this very SHA as a re-run', () => {
    const open = pr(5, 'sha3', { superseded: ['sha1'] });
    expect(chooseBumpTarget(input({ openPullRequests: [open] }))).toMatchObject({
      reason: 'rerun',
      superseded: ['sha1'],
    });
  });

  const ignored: [why: string, open: BumpPullRequest][] = [
    ['another repository', pr(5, 'sha2', {}, { headRef: 'artifact_version_bump/acme/web/sha2' })],
    ['another base branch', pr(5, 'sha2', {}, { baseRef: 'release' })],
    ['another file', pr(5, 'sha2', { edits: [{ ...tagEdit, file: 'prod.yaml' }] })],
    ['no bump metadata (a Go bot PR)', pr(5, 'sha2', undefined)],
    ['a PR of another author (issue 17 item 10)', pr(5, 'sha2', {}, { author: 'alice' })],
    ['a PR of a deleted account', pr(5, 'sha2', {}, { author: '' })],
    ['a fork PR, even by this identity', pr(5, 'sha2', {}, { isCrossRepository: true })],
    [
      'a large overwrite that cannot be replayed',
      pr(5, 'sha2', { edits: [tagEdit, { file: 'values.yaml', mode: 'overwrite', contentSha: 'abc' }] }),
    ],
  ];
  for (const [why, open] of ignored) {
    it(`opens a new PR instead of coalescing with ${why}`, () => {
      expect(chooseBumpTarget(input({ openPullRequests: [open] })).kind).toBe('new');
    });
  }

  it('does not coalesce when coalesce is off', () => {
    expect(chooseBumpTarget(input({ coalesce: false, openPullRequests: [pr(5, 'sha2', {})] })).kind).toBe(
      'new',
    );
  });

  it('recognises its own PRs in any case, also when its own login lacks the [bot] suffix', () => {
    for (const [author, ownLogin] of [
      ['telefonistka[bot]', 'telefonistka[bot]'],
      ['Telefonistka[BOT]', 'telefonistka[bot]'],
      ['telefonistka[bot]', 'telefonistka'],
    ] as const) {
      const open = [pr(5, 'sha2', {}, { author })];
      expect(chooseBumpTarget(input({ ownLogin, openPullRequests: open })).kind).toBe('existing');
    }
  });

  it('never takes a user named like the App for the App (telefonistka is not telefonistka[bot])', () => {
    const lookalike = pr(5, 'sha2', {}, { author: 'telefonistka' });
    expect(chooseBumpTarget(input({ openPullRequests: [lookalike] })).kind).toBe('new');
  });

  it("refuses to write this run's branch when another author's PR has it as head", () => {
    const squat = pr(7, 'sha3', {}, { author: 'alice' });
    expect(() => chooseBumpTarget(input({ branchOid: 'head7', openPullRequests: [squat] }))).toThrow(
      'artifact_version_bump/acme/api/sha3 is the head branch of #7, opened by alice, not by this tool',
    );
  });

  it("ignores a fork PR whose branch has this run's branch name", () => {
    const fork = pr(7, 'sha3', {}, { author: 'mallory', isCrossRepository: true });
    expect(chooseBumpTarget(input({ openPullRequests: [fork] })).kind).toBe('new');
  });
});
