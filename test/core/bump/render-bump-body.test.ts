import { describe, expect, it } from 'vitest';
import { bumpBranchName } from '../../../src/core/bump/bump-branch-name.js';
import { bumpCommitMessage } from '../../../src/core/bump/bump-commit-message.js';
import { parseBumpMetadata, type BumpMetadata } from '../../../src/core/bump/bump-metadata.js';
import { bumpTitle } from '../../../src/core/bump/bump-title.js';
import { renderBumpBody } from '../../../src/core/bump/render-bump-body.js';

const metadata: BumpMetadata = {
  triggeringRepo: 'acme/api',
  sha: '0123456789abcdef0123456789abcdef01234567',
  superseded: [],
  edits: [
    { file: 'clusters/prod/values.yaml', mode: 'yaml', path: '.image.tag', value: '1.5.0' },
    { file: 'kustomization.yaml', mode: 'regex', regex: 'newTag: .*|x', replacement: 'newTag: `v2`' },
    { file: 'VERSION', mode: 'overwrite', content: '1.5.0\n' },
  ],
};

describe('bump names', () => {
  it('names branch, title and commit like the Go bot', () => {
    expect(bumpBranchName('acme/api', 'abc123')).toBe('artifact_version_bump/acme/api/abc123');
    expect(
      bumpTitle({ triggeringRepo: 'acme/api', sha: 'abc1234567', files: ['values.yaml'], coalesced: false }),
    ).toBe('acme/api🚠 Bumping version @ values.yaml');
    expect(bumpCommitMessage({ triggeringRepo: 'acme/api', sha: 'abc', files: ['a.yaml', 'b.yaml'] })).toBe(
      'Bumping version @ a.yaml, b.yaml\n\nTriggered by acme/api@abc',
    );
  });

  it('names the newest short SHA in the title of a coalesced PR', () => {
    expect(
      bumpTitle({ triggeringRepo: 'acme/api', sha: 'abc1234567', files: ['values.yaml'], coalesced: true }),
    ).toBe('acme/api🚠 Bumping version @ values.yaml (abc1234)');
  });

  it('cuts titles at 250 code points', () => {
    const title = bumpTitle({
      triggeringRepo: 'acme/api',
      sha: 'a',
      files: ['x'.repeat(300)],
      coalesced: false,
    });
    expect([...title]).toHaveLength(253);
    expect(title.endsWith('...')).toBe(true);
  });
});

describe('renderBumpBody', () => {
  it('opens with the Go bot line linking the commit and lists the edits', async () => {
    const body = renderBumpBody(metadata, { serverUrl: 'https://github.com' });
    expect(
      body.startsWith(
        'Bumping version triggered by [acme/api@0123456789abcdef0123456789abcdef01234567](https://github.com/acme/api/commit/0123456789abcdef0123456789abcdef01234567)\n',
      ),
    ).toBe(true);
    await expect(body).toMatchFileSnapshot('../../golden/bump/body-single.golden.md');
  });

  it('lists the superseded bumps of a coalesced PR', async () => {
    const body = renderBumpBody(
      {
        ...metadata,
        superseded: ['1111111111111111111111111111111111111111', '2222222222222222222222222222222222222222'],
      },
      { serverUrl: 'https://ghe.example.com/' },
    );
    expect(body).toContain(
      'Supersedes the bumps for [acme/api@111111111111](https://ghe.example.com/acme/api/commit/1111111111111111111111111111111111111111)',
    );
    await expect(body).toMatchFileSnapshot('../../golden/bump/body-coalesced.golden.md');
  });

  it('hides metadata that reads back unchanged', () => {
    expect(parseBumpMetadata(renderBumpBody(metadata, { serverUrl: 'https://github.com' }))).toEqual(
      metadata,
    );
  });

  it('reads no metadata from a Go bot body or a damaged comment', () => {
    expect(parseBumpMetadata('Bumping version triggered by acme/api@abc')).toBeUndefined();
    expect(parseBumpMetadata('<!-- telefonistka-bump:bm90IGpzb24= -->')).toBeUndefined();
  });
});
