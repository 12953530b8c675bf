import { describe, expect, it } from 'vitest';
import { findChangedComponents } from '../../../src/core/promotion/find-changed-components.js';
import type { ChangedFile } from '../../../src/core/promotion/types.js';
import { makeConfig } from './make-config.js';

const files = (...paths: string[]): ChangedFile[] => paths.map((path) => ({ path }));

describe('findChangedComponents', () => {
  it.each([
    ['prod/us-east-4/', 0, 'prod/us-east-4/componentA/aSubDir/file3.yaml', 'prod/us-east-4/', 'componentA'],
    ['prod/[^/]*/', 0, 'prod/us-east-4/componentA/file.yaml', 'prod/us-east-4/', 'componentA'],
    [
      'prod/us-east-4/',
      2,
      'prod/us-east-4/teamA/namespaceB/componentA/file.yaml',
      'prod/us-east-4/',
      'teamA/namespaceB/componentA',
    ],
    [
      'clusters/staging/[^/]*/[^/]*/',
      0,
      'clusters/staging/us-central1/c1/nginx/values.yaml',
      'clusters/staging/us-central1/c1/',
      'nginx',
    ],
    // Without the trailing slash the parser normalizes the path; the Go bot found component "" here.
    [
      'clusters/staging/[^/]*/[^/]*',
      0,
      'clusters/staging/us-central1/c1/nginx/values.yaml',
      'clusters/staging/us-central1/c1/',
      'nginx',
    ],
    ['workspace', 0, 'workspace/nginx/values.yaml', 'workspace/', 'nginx'],
  ])(
    'finds the component of sourcePath %s (depth %i) in %s',
    (sourcePath, extraDepth, file, source, name) => {
      const config = makeConfig([{ sourcePath, extraDepth, prs: [['live/']] }]);
      expect(findChangedComponents(config, files(file))).toEqual({
        components: [{ sourcePath: source, component: name, flowIndex: 0 }],
        warnings: [],
      });
    },
  );

  it('ignores files outside every source folder, without warning', () => {
    const config = makeConfig([{ sourcePath: 'workspace/', prs: [['live/']] }]);
    expect(findChangedComponents(config, files('workspace-old/nginx/values.yaml', 'README.md'))).toEqual({
      components: [],
      warnings: [],
    });
  });

  it.each([
    ['workspace/', 0, 'workspace/telefonistka.yaml'],
    ['prod/us-east-4/', 2, 'prod/us-east-4/teamA/file.yaml'],
    ['prod/[^/]*/', 1, 'prod/us-east-4/teamA/file.yaml'],
    ['workspace/', 0, 'workspace//file.yaml'],
  ])(
    'does not make a component of a file too shallow for %s (depth %i): %s',
    (sourcePath, extraDepth, file) => {
      const config = makeConfig([{ sourcePath, extraDepth, prs: [['live/']] }]);
      const result = findChangedComponents(config, files(file));
      expect(result.components).toEqual([]);
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]).toContain(`${file} is not inside a component of promotionPaths[0]`);
    },
  );

  it('keeps the real component when a file directly in the source folder changes too', () => {
    const config = makeConfig([{ sourcePath: 'workspace/', prs: [['live/']] }]);
    const result = findChangedComponents(config, files('workspace/README.md', 'workspace/nginx/values.yaml'));
    expect(result.components).toEqual([{ sourcePath: 'workspace/', component: 'nginx', flowIndex: 0 }]);
  });

  it('uses the first flow matching at the start of the path, in config order', () => {
    const config = makeConfig([
      { sourcePath: 'env/prod/', prs: [['a/']] },
      { sourcePath: 'env/[^/]*/', prs: [['b/']] },
    ]);
    const result = findChangedComponents(config, files('env/prod/app/x.yaml', 'env/dev/app/x.yaml'));
    expect(result.components).toEqual([
      { sourcePath: 'env/dev/', component: 'app', flowIndex: 1 },
      { sourcePath: 'env/prod/', component: 'app', flowIndex: 0 },
    ]);
  });

  it('matches sourcePath anchored at the start, not anywhere in the path', () => {
    const config = makeConfig([{ sourcePath: 'prod/', prs: [['live/']] }]);
    expect(findChangedComponents(config, files('old/prod/app/x.yaml')).components).toEqual([]);
  });

  it('does not fall through to a later flow when the file is too shallow for the first', () => {
    const config = makeConfig([
      { sourcePath: 'env/', extraDepth: 1, prs: [['a/']] },
      { sourcePath: 'env/team/', prs: [['b/']] },
    ]);
    const result = findChangedComponents(config, files('env/team/file.yaml'));
    expect(result.components).toEqual([]);
    expect(result.warnings).toHaveLength(1);
  });

  it('counts both paths of a rename', () => {
    const config = makeConfig([{ sourcePath: 'workspace/', prs: [['live/']] }]);
    const result = findChangedComponents(config, [
      { path: 'workspace/new-name/values.yaml', previousPath: 'workspace/old-name/values.yaml' },
    ]);
    expect(result.components.map((c) => c.component)).toEqual(['new-name', 'old-name']);
  });

  it('de-duplicates components and sorts them by source folder then name', () => {
    const config = makeConfig([{ sourcePath: 'dev/[^/]*/', prs: [['live/']] }]);
    const result = findChangedComponents(
      config,
      files('dev/b/zeta/1', 'dev/a/zeta/2', 'dev/b/alpha/3', 'dev/b/zeta/sub/4', 'dev/a/zeta/5'),
    );
    expect(result.components).toEqual([
      { sourcePath: 'dev/a/', component: 'zeta', flowIndex: 0 },
      { sourcePath: 'dev/b/', component: 'alpha', flowIndex: 0 },
      { sourcePath: 'dev/b/', component: 'zeta', flowIndex: 0 },
    ]);
  });

  it('treats regex metacharacters in sourcePath as regex syntax (Go RE2)', () => {
    const config = makeConfig([{ sourcePath: 'clusters.v1/', prs: [['live/']] }]);
    const result = findChangedComponents(config, files('clustersXv1/app/x.yaml'));
    expect(result.components).toEqual([{ sourcePath: 'clustersXv1/', component: 'app', flowIndex: 0 }]);
  });

  it('evaluates a sourcePath with alternation per file and in config order', () => {
    const config = makeConfig([
      { sourcePath: 'a/x|b/', prs: [['one/']] },
      { sourcePath: 'a/', prs: [['two/']] },
    ]);
    // `a/x|b/` matches the prefix `a/x` of `a/xyz/...`: the file belongs to flow 0, whose component regex
    // then reads `yz` as the component (RE2 semantics, no slash after the prefix); `a/other/` goes to flow 1.
    const result = findChangedComponents(config, files('a/xyz/f.yaml', 'a/other/f.yaml', 'b/app/f.yaml'));
    expect(result.components).toEqual([
      { sourcePath: 'a/', component: 'other', flowIndex: 1 },
      { sourcePath: 'a/x', component: 'yz', flowIndex: 0 },
      { sourcePath: 'b/', component: 'app', flowIndex: 0 },
    ]);
  });

  it('caps the list of ignored files and counts the rest', () => {
    const config = makeConfig([{ sourcePath: 'workspace/', prs: [['live/']] }]);
    const paths = Array.from({ length: 60 }, (_, i) => `workspace/file-${String(i).padStart(2, '0')}.md`);
    const { warnings } = findChangedComponents(config, files(...paths));
    expect(warnings).toHaveLength(51);
    expect(warnings[0]).toContain('workspace/file-00.md');
    expect(warnings[50]).toBe('10 more changed files are not inside a component');
  });

  it('gives the same result whatever the order of the files', () => {
    const config = makeConfig([{ sourcePath: 'env/[^/]*/', prs: [['live/']] }]);
    const list = files('env/b/x/1', 'env/a/y/2', 'env/c/z/3', 'env/a/README');
    expect(findChangedComponents(config, [...list].reverse())).toEqual(findChangedComponents(config, list));
  });
});
