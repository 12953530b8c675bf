import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  actionInputsIn,
  checkSnippet,
  checkLinks,
  checkTables,
  collectSnippets,
  markdownFiles,
  yamlBlocks,
  type SnippetProblem,
} from './check-doc-snippets.js';

const root = path.resolve(import.meta.dirname, '../..');
const inputsOf = actionInputsIn(root);
const check = (text: string, file = 'doc.md') =>
  checkSnippet({ file, line: 10, indent: 0, text }, inputsOf).map(
    (problem: SnippetProblem) => `${problem.where} ${problem.rule}`,
  );

describe('the docs gate', () => {
  it('finds YAML in the documentation, the examples, the workflows and every action README', () => {
    const files = new Set(collectSnippets(root).map((snippet) => snippet.file));
    for (const expected of [
      'README.md',
      'docs/tokens-and-permissions.md',
      'docs/security.md',
      'actions/promote/README.md',
      'actions/bump/README.md',
      'examples/iac-repo/.github/workflows/telefonistka.yaml',
      '.github/workflows/ci.yml',
      '.github/workflows/release.yml',
    ]) {
      expect(files).toContain(expected);
    }
  });

  it('passes every YAML block and workflow of the repository', () => {
    const problems = collectSnippets(root).flatMap((snippet) => checkSnippet(snippet, inputsOf));
    expect(problems.map((problem) => `${problem.where} ${problem.rule}: ${problem.message}`)).toEqual([]);
  });

  it('finds no markdown table row with more or fewer cells than its header', () => {
    const problems = markdownFiles(root).flatMap((file) =>
      checkTables(file, readFileSync(path.join(root, file), 'utf8')),
    );
    expect(problems.map((problem) => `${problem.where} ${problem.message}`)).toEqual([]);
  });

  it('finds no relative link to a file that does not exist', () => {
    const problems = [
      'README.md',
      'CHANGELOG.md',
      'SECURITY.md',
      'CONTRIBUTING.md',
      ...markdownFiles(root),
    ].flatMap((file) => checkLinks(root, file, readFileSync(path.join(root, file), 'utf8')));
    expect(problems.map((problem) => `${problem.where} ${problem.message}`)).toEqual([]);
  });

  it('fails on a relative link to a missing file, not on URLs, anchors or code', () => {
    const markdown =
      '[a](docs/nope.md) [b](https://x.example/y) [c](#top) `[d](nope.md)` [e](docs/security.md#forks)';
    expect(checkLinks(root, 'README.md', markdown).map((p) => `${p.where} ${p.rule}`)).toEqual([
      'README.md:1:3 broken-link',
    ]);
  });

  it('fails on a table row split by a pipe inside a code span, and accepts it escaped', () => {
    const table = (cell: string) =>
      [
        'text',
        '',
        '| a | b |',
        '|---|---|',
        '| `x` | ok |',
        `| ${cell} | y |`,
        '',
        '```',
        '| not | a | table |',
        '```',
      ].join('\n');
    expect(checkTables('t.md', table('`bump-regex | bump-yaml`')).map((p) => `${p.where} ${p.rule}`)).toEqual(
      ['t.md:6:1 table-cells'],
    );
    expect(checkTables('t.md', table('`bump-regex \\| bump-yaml`'))).toEqual([]);
  });

  it('reads fenced blocks with their line and indentation, also inside list items', () => {
    const markdown = ['# t', '', '- item', '', '  ```yaml', '  a: 1', '  b: [', '  ```', ''].join('\n');
    const [block] = yamlBlocks('x.md', markdown);
    expect(block).toMatchObject({ file: 'x.md', line: 6, indent: 2, text: 'a: 1\nb: [' });
    expect(checkSnippet(block!, inputsOf).map((p) => `${p.where} ${p.rule}`)).toEqual(['x.md:7:7 parse']);
  });

  // One bad snippet per rule: each must be caught where it is.
  it.each([
    {
      rule: 'parse (a colon-space inside a plain scalar)',
      text: "steps:\n  - run: echo 'changes: ${{ env.X }}'\n",
      expected: ['doc.md:11:10 parse'],
    },
    {
      rule: 'unknown-action',
      text: 'steps:\n  - uses: telefonistka/telefonistka/actions/nope@v1\n',
      expected: ['doc.md:11:11 unknown-action'],
    },
    {
      rule: 'unknown-action (another name for this repository)',
      text: '- uses: telefonistka/telefonistka-actions@v1\n- uses: <owner>/telefonistka/actions/bump@v1\n',
      expected: ['doc.md:10:9 unknown-action', 'doc.md:11:9 unknown-action'],
    },
    {
      rule: 'unknown-input of a sub-action',
      text: 'steps:\n  - uses: telefonistka/telefonistka/actions/bump@v1\n    with:\n      target-repo: a/b\n      value-file: x\n',
      expected: ['doc.md:14:7 unknown-input'],
    },
    {
      rule: 'unknown-input of the root action',
      text: '- uses: telefonistka/telefonistka@v1\n  with: { github-token: x, argo-token: y }\n',
      expected: ['doc.md:11:28 unknown-input'],
    },
    {
      rule: 'step output in run',
      text: "- run: echo '${{ steps.promote.outputs.pull-requests }}'\n",
      expected: ['doc.md:10:8 untrusted-expression-in-run'],
    },
    {
      rule: 'event text in run',
      text: '- run: |\n    echo "${{ github.event.pull_request.title }}"\n',
      expected: ['doc.md:10:8 untrusted-expression-in-run'],
    },
    {
      rule: 'head_ref in run',
      text: '- run: git push origin ${{github.head_ref}}\n',
      expected: ['doc.md:10:8 untrusted-expression-in-run'],
    },
    {
      rule: 'needs outputs in run',
      text: '- run: echo ${{ needs.plan.outputs.json }}\n',
      expected: ['doc.md:10:8 untrusted-expression-in-run'],
    },
    {
      rule: 'third-party action by tag',
      text: '- uses: azure/setup-helm@v4\n- uses: azure/setup-helm@9bc31f4ebc9c6b171d7bfbaa5d006ae7abdb4310\n',
      expected: ['doc.md:10:9 unpinned-action', 'doc.md:11:9 unpinned-action'],
    },
    {
      rule: 'outdated checkout',
      text: '- uses: actions/checkout@v4\n',
      expected: ['doc.md:10:9 outdated-action'],
    },
    {
      rule: 'renamed app-token input',
      text: '- uses: actions/create-github-app-token@v3\n  with:\n    app-id: 1\n    private-key: k\n',
      expected: ['doc.md:12:5 outdated-action'],
    },
    {
      rule: 'shallow checkout before a repository-reading action',
      text: 'steps:\n  - uses: actions/checkout@v7\n    with: { fetch-depth: 0 }\n  - uses: telefonistka/telefonistka/actions/promote@v1\n',
      expected: ['doc.md:11:5 checkout-depth'],
    },
  ])('fails on $rule', ({ text, expected }) => {
    expect(check(text)).toEqual(expected);
  });

  it('accepts the same snippets written safely', () => {
    const safe = [
      'steps:',
      '  - uses: azure/setup-helm@9bc31f4ebc9c6b171d7bfbaa5d006ae7abdb4310 # v5.0.1',
      '  - uses: actions/checkout@v7',
      '    with: { fetch-depth: 0, filter: "blob:none" }',
      '  - uses: actions/create-github-app-token@v3',
      '    id: app',
      '    with: { client-id: "${{ vars.ID }}", private-key: "${{ secrets.KEY }}" }',
      '  - uses: telefonistka/telefonistka/actions/promote@v1',
      '    id: promote',
      '    with:',
      '      github-token: ${{ steps.app.outputs.token }}',
      '  - env:',
      '      PULL_REQUESTS: ${{ steps.promote.outputs.pull-requests }}',
      '      TITLE: ${{ github.event.pull_request.title }}',
      '    run: |',
      '      echo "$PULL_REQUESTS" | jq .',
      '      echo "changes: ${{ env.X }} $TITLE"',
    ].join('\n');
    expect(check(safe)).toEqual([]);
  });
});

/** `scope -> allowed levels` from a cell like "`contents: read` (`write` with `autoMergeNoDiffPRs`), `issues: write`". */
function permissionsInTable(cell: string): Record<string, string[]> {
  const allowed: Record<string, string[]> = {};
  for (const match of cell.matchAll(/`([a-z-]+): (read|write)`(?: \(`(read|write)` with)?/g)) {
    allowed[match[1]!] = [match[2]!, ...(match[3] === undefined ? [] : [match[3]])];
  }
  return allowed;
}

/** The first `permissions:` map (workflow or job level) of the YAML blocks under a heading of a markdown file. */
function permissionsUnder(markdown: string, heading: string): Record<string, string> | undefined {
  const find = (value: unknown): Record<string, string> | undefined => {
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Record<string, unknown>;
    const own = record['permissions'];
    if (typeof own === 'object' && own !== null) return own as Record<string, string>;
    for (const child of Object.values(record)) {
      const found = find(child);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const section = markdown.slice(markdown.indexOf(`\n${heading}\n`));
  for (const block of yamlBlocks('x.md', section)) {
    const found = find(parse(block.text));
    if (found !== undefined) return found;
  }
  return undefined;
}

describe('permissions in the docs', () => {
  const tokens = readFileSync(path.join(root, 'docs/tokens-and-permissions.md'), 'utf8');
  const row = (flow: string) =>
    tokens
      .split('\n')
      .find((line) => line.startsWith(`| ${flow} |`))
      ?.split(' | ')[1] ?? '';
  const sources = [
    ...['promote', 'pr-checks', 'argocd-diff', 'manifest-diff', 'webhook-fanout'].flatMap((flow) =>
      ['## Requirements', '## Usage'].map((heading) => ({
        flow,
        file: `actions/${flow}/README.md`,
        heading,
      })),
    ),
    { flow: 'the root action (every flow in one workflow)', file: 'README.md', heading: '## Use it' },
  ];

  it.each(sources)(
    '$file ($heading) grants what docs/tokens-and-permissions.md lists for $flow',
    ({ flow, file, heading }) => {
      const table = permissionsInTable(row(flow));
      const granted = permissionsUnder(readFileSync(path.join(root, file), 'utf8'), heading);
      expect(Object.keys(table).length).toBeGreaterThan(0);
      expect(Object.keys(granted ?? {}).sort()).toEqual(Object.keys(table).sort());
      for (const [scope, level] of Object.entries(granted ?? {})) expect(table[scope]).toContain(level);
    },
  );

  it('the example workflow grants what the root action needs', () => {
    const table = permissionsInTable(row('the root action (every flow in one workflow)'));
    const example = 'examples/iac-repo/.github/workflows/telefonistka.yaml';
    const workflow = parse(readFileSync(path.join(root, example), 'utf8')) as {
      permissions: Record<string, string>;
    };
    expect(Object.fromEntries(Object.keys(table).map((scope) => [scope, table[scope]![0]]))).toEqual(
      workflow.permissions,
    );
  });
});
