import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

// SHA-256 of https://www.apache.org/licenses/LICENSE-2.0.txt, the unmodified license text.
const APACHE_2_0_SHA256 = 'cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30';

/** The awk program the release workflow uses to cut a version's section out of CHANGELOG.md. */
function releaseNotesProgram(): string {
  const workflow = parse(read('.github/workflows/release.yml')) as {
    jobs: { release: { steps: { run?: string }[] } };
  };
  const script = workflow.jobs.release.steps.map((step) => step.run ?? '').join('\n');
  const program = /awk -v v="\$version" '([\s\S]*?)' CHANGELOG\.md/.exec(script)?.[1];
  if (program === undefined)
    throw new Error('release.yml no longer cuts the notes with awk: update this test');
  return program;
}

describe('release files', () => {
  it('LICENSE is the unmodified Apache License 2.0, the license package.json names', () => {
    expect(
      createHash('sha256')
        .update(readFileSync(path.join(root, 'LICENSE')))
        .digest('hex'),
    ).toBe(APACHE_2_0_SHA256);
    expect((JSON.parse(read('package.json')) as { license: string }).license).toBe('Apache-2.0');
  });

  it('NOTICE credits the original Go Telefonistka and its license', () => {
    const notice = read('NOTICE');
    expect(notice).toContain('https://github.com/wayfair-incubator/telefonistka');
    expect(notice).toContain('https://github.com/commercetools/telefonistka');
    expect(notice).toContain('Apache License, Version 2.0');
  });

  it('CHANGELOG.md keeps an Unreleased section and dated, linked version sections', () => {
    const changelog = read('CHANGELOG.md');
    const headings = changelog.split('\n').filter((line) => line.startsWith('## '));
    expect(headings[0]).toBe('## [Unreleased]');
    for (const heading of headings.slice(1)) {
      const version = /^## \[(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)\] - \d{4}-\d{2}-\d{2}$/.exec(heading)?.[1];
      expect(version, heading).toBeDefined();
      expect(changelog).toContain(
        `[${version}]: https://github.com/telefonistka/telefonistka/releases/tag/v${version}`,
      );
    }
  });

  it.each([
    { version: '1.0.0', has: '### Added', lacks: '[Unreleased]: https://' },
    { version: '9.9.9', has: undefined, lacks: undefined },
  ])('the release workflow cuts the notes of $version out of CHANGELOG.md', ({ version, has, lacks }) => {
    const notes = execFileSync('awk', ['-v', `v=${version}`, releaseNotesProgram(), 'CHANGELOG.md'], {
      cwd: root,
      encoding: 'utf8',
    });
    if (has === undefined) expect(notes.trim()).toBe('');
    else expect(notes).toContain(has);
    if (lacks !== undefined) expect(notes).not.toContain(lacks);
    expect(notes).not.toMatch(/^## \[/m);
  });

  it('names the repository telefonistka/telefonistka in package.json and the schema', () => {
    const pkg = JSON.parse(read('package.json')) as { repository: { url: string }; bugs: { url: string } };
    expect(pkg.repository.url).toBe('git+https://github.com/telefonistka/telefonistka.git');
    expect(pkg.bugs.url).toBe('https://github.com/telefonistka/telefonistka/issues');
    expect((JSON.parse(read('schema/telefonistka.schema.json')) as { $id: string }).$id).toBe(
      'https://raw.githubusercontent.com/telefonistka/telefonistka/v1/schema/telefonistka.schema.json',
    );
  });
});
