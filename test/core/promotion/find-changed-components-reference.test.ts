import { describe, expect, it } from 'vitest';
import { findChangedComponents } from '../../../src/core/promotion/find-changed-components.js';
import { compileRegex } from '../../../src/core/regex/compile-regex.js';
import type { RepoConfig } from '../../../src/core/config/types.js';
import { makeConfig } from './make-config.js';

/** The rule without any cache or shortcut: every file against every flow, on the whole path. */
function reference(config: RepoConfig, paths: readonly string[]): string[] {
  const found = new Set<string>();
  for (const path of paths) {
    for (const [index, flow] of config.promotionPaths.entries()) {
      if (!compileRegex(`^(?:${flow.sourcePath})`).test(path)) continue;
      const extra = flow.componentPathExtraDepth > 0 ? `(?:/[^/]+){${flow.componentPathExtraDepth}}` : '';
      const regex = compileRegex(`^(${flow.sourcePath})([^/]+${extra})/`);
      const match = regex.matches(path)[0];
      if (match !== undefined) found.add(`${match.groups[1]}|${match.groups[regex.groupCount]}|${index}`);
      break;
    }
  }
  return [...found].sort();
}

describe('findChangedComponents against the uncached rule', () => {
  const config = makeConfig([
    { sourcePath: 'env/prod/', prs: [['a/']] },
    { sourcePath: 'env/[^/]*/', extraDepth: 1, prs: [['a/']] },
    { sourcePath: 'env/.*/deep/', prs: [['a/']] },
    { sourcePath: 'apps|env/x/', prs: [['a/']] },
    { sourcePath: 'team(?:-[a-z]+)?/', prs: [['a/']] },
    { sourcePath: 'k8s/(?P<cluster>[^/]+)/ns-[0-9]+/', prs: [['a/']] },
    { sourcePath: 'env/', prs: [['a/']] },
  ]);
  const segments = [
    'env',
    'prod',
    'qa',
    'x',
    'deep',
    'apps',
    'team',
    'team-a',
    'k8s',
    'c1',
    'ns-1',
    'ns-x',
    'app',
  ];
  const paths: string[] = [];
  // Every path of 1 to 5 segments over a small alphabet, deterministically sampled.
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < 4000; i++) {
    const depth = 1 + (next() % 5);
    const parts = Array.from({ length: depth }, () => segments[next() % segments.length] ?? '');
    paths.push(`${parts.join('/')}/file.yaml`);
  }

  it('finds exactly the components the uncached rule finds, in any file order', () => {
    const expected = reference(config, paths);
    const actual = findChangedComponents(
      config,
      paths.map((path) => ({ path })),
    ).components.map((c) => `${c.sourcePath}|${c.component}|${c.flowIndex}`);
    expect(actual.sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(50);
  });
});
