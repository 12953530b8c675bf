// The docs gate: every YAML block of the documentation and every workflow file is parsed, every step that uses one
// of this repository's actions passes only inputs that action declares, untrusted expressions never reach a shell
// script, and documented checkouts follow the project's rules. Each problem is reported at file:line:col.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, parse } from 'yaml';
import type { Node, Pair, YAMLMap } from 'yaml';

/** One YAML text to check: a fenced block of a markdown file, or a whole .yml/.yaml file. */
export interface YamlSnippet {
  /** Repository-relative file the text comes from. */
  file: string;
  /** 1-based line of the file where the text starts. */
  line: number;
  /** Columns the text was dedented by (added back to reported columns). */
  indent: number;
  text: string;
}

/** A problem found in a snippet, at its place in the file. */
export interface SnippetProblem {
  where: string;
  rule:
    | 'parse'
    | 'unknown-action'
    | 'unknown-input'
    | 'untrusted-expression-in-run'
    | 'outdated-action'
    | 'unpinned-action'
    | 'checkout-depth'
    | 'table-cells'
    | 'broken-link';
  message: string;
}

/** Inputs declared by an action of this repository: `''` is the root action, else the folder under actions/. */
export type ActionInputs = (action: string) => ReadonlySet<string> | undefined;

/** Majors the documentation teaches for the actions it shows next to ours. */
export const CURRENT_MAJORS: Readonly<Record<string, string>> = {
  'actions/checkout': 'v7',
  'actions/create-github-app-token': 'v3',
};

/** Inputs of those actions that were renamed: the docs must use the new name. */
const RENAMED_INPUTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'actions/create-github-app-token': { 'app-id': 'client-id' },
};

const OUR_ACTION = /^telefonistka\/telefonistka(?:\/actions\/([^@/]+))?@/;
// Contexts whose text comes from people who may not be writers (or from steps that copied such text).
const UNTRUSTED = [
  /\bsteps\s*\.\s*[\w-]+\s*\.\s*outputs\b/,
  /\bneeds\s*\.\s*[\w-]+\s*\.\s*outputs\b/,
  /\bgithub\s*\.\s*event\b/,
  /\bgithub\s*\[\s*'event'\s*\]/,
  /\bgithub\s*\.\s*head_ref\b/,
];

/** Every ```yaml / ```yml fenced block of a markdown text, with where it starts. */
export function yamlBlocks(file: string, markdown: string): YamlSnippet[] {
  const lines = markdown.split('\n');
  const blocks: YamlSnippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(yaml|yml)\s*$/.exec(lines[i] ?? '');
    if (open === null) continue;
    const [, fenceIndent = '', fence = '```'] = open;
    const end = lines.findIndex(
      (line, j) => j > i && line.trimStart().startsWith(fence) && line.trim() === fence.trim(),
    );
    const body = lines.slice(i + 1, end < 0 ? lines.length : end);
    const indent = Math.min(
      fenceIndent.length,
      ...body.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length),
    );
    blocks.push({ file, line: i + 2, indent, text: body.map((line) => line.slice(indent)).join('\n') });
    i = end < 0 ? lines.length : end;
  }
  return blocks;
}

/**
 * Markdown table rows whose cell count differs from their header's: an unescaped `|` (also inside a code span)
 * splits a cell, and GitHub drops what spills over.
 */
export function checkTables(file: string, markdown: string): SnippetProblem[] {
  const problems: SnippetProblem[] = [];
  const lines = markdown.split('\n');
  let fence: string | undefined;
  let columns: number | undefined;
  lines.forEach((line, i) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker !== undefined && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return;
    }
    if (fence !== undefined) return;
    const next = lines[i + 1] ?? '';
    if (
      columns === undefined &&
      line.trimStart().startsWith('|') &&
      /^\s*\|?(\s*:?-+:?\s*\|)+\s*(:?-+:?\s*)?$/.test(next)
    ) {
      columns = cellCount(line);
      return;
    }
    if (columns === undefined) return;
    if (!line.trimStart().startsWith('|')) {
      columns = undefined;
      return;
    }
    const cells = cellCount(line);
    if (cells !== columns && !/^\s*\|?(\s*:?-+:?\s*\|)+/.test(line)) {
      problems.push({
        where: `${file}:${i + 1}:1`,
        rule: 'table-cells',
        message: `this row has ${cells} cells, its table ${columns}: escape \`|\` as \`\\|\` (also in code spans)`,
      });
    }
  });
  return problems;
}

/** Relative links of a markdown file (outside code) whose target file does not exist in the repository at `root`. */
export function checkLinks(root: string, file: string, markdown: string): SnippetProblem[] {
  const problems: SnippetProblem[] = [];
  let fenced = false;
  markdown.split('\n').forEach((line, i) => {
    if (/^\s*(`{3,}|~{3,})/.test(line)) fenced = !fenced;
    if (fenced) return;
    for (const match of line
      .replace(/`[^`]*`/g, (code) => ' '.repeat(code.length))
      .matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = (match[1] ?? '').split('#')[0] ?? '';
      if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      if (!existsSync(path.join(root, path.dirname(file), decodeURI(target)))) {
        problems.push({
          where: `${file}:${i + 1}:${(match.index ?? 0) + 1}`,
          rule: 'broken-link',
          message: `${target} does not exist`,
        });
      }
    }
  });
  return problems;
}

function cellCount(row: string): number {
  const separators = row.trim().match(/(?<!\\)\|/g)?.length ?? 0;
  const trimmed = row.trim();
  return (
    separators +
    1 -
    (trimmed.startsWith('|') ? 1 : 0) -
    (trimmed.endsWith('|') && !trimmed.endsWith('\\|') ? 1 : 0)
  );
}

/** Inputs of the actions in `root` (root action.yml and actions/<name>/action.yml), read once each. */
export function actionInputsIn(root: string): ActionInputs {
  const cache = new Map<string, ReadonlySet<string> | undefined>();
  return (action) => {
    if (!cache.has(action)) {
      const file = path.join(root, action === '' ? '' : path.join('actions', action), 'action.yml');
      const declared = existsSync(file)
        ? (parse(readFileSync(file, 'utf8')) as { inputs?: Record<string, unknown> } | null)
        : undefined;
      cache.set(action, declared === undefined ? undefined : new Set(Object.keys(declared?.inputs ?? {})));
    }
    return cache.get(action);
  };
}

/** Every problem of one snippet. */
export function checkSnippet(snippet: YamlSnippet, inputsOf: ActionInputs): SnippetProblem[] {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(snippet.text, { lineCounter });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return `${snippet.file}:${snippet.line + pos.line - 1}:${pos.col + snippet.indent}`;
  };
  const lines = snippet.text.split('\n');
  const lineAt = (offset: number) => lines[lineCounter.linePos(offset).line - 1] ?? '';
  const problems: SnippetProblem[] = [];
  for (const document of Array.isArray(documents) ? documents : [documents]) {
    for (const error of document.errors) {
      problems.push({
        where: at(error.pos[0]),
        rule: 'parse',
        message: (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, ''),
      });
    }
    if (document.errors.length > 0) continue;
    walk(document.contents, (map) => problems.push(...checkMap(map, inputsOf, at, lineAt)));
  }
  return problems;
}

function walk(node: unknown, visit: (map: YAMLMap) => void): void {
  if (isMap(node)) {
    visit(node);
    for (const item of node.items) walk(item.value, visit);
  } else if (isSeq(node)) {
    for (const item of node.items) walk(item, visit);
  }
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((item): item is Pair => isPair(item) && isScalar(item.key) && item.key.value === key);
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')
    ? String(node.value)
    : undefined;
}

function offsetOf(node: unknown, fallback: number): number {
  return (node as Node | null)?.range?.[0] ?? fallback;
}

function checkMap(
  map: YAMLMap,
  inputsOf: ActionInputs,
  at: (offset: number) => string,
  lineAt: (offset: number) => string,
): SnippetProblem[] {
  const problems: SnippetProblem[] = [];
  const start = offsetOf(map, 0);
  const run = pairOf(map, 'run');
  const script = scalarText(run?.value);
  if (run !== undefined && script !== undefined)
    problems.push(...checkRun(script, at(offsetOf(run.value, start))));
  const uses = scalarText(pairOf(map, 'uses')?.value);
  if (uses !== undefined) problems.push(...checkUses(map, uses, inputsOf, at));
  const usesNode = pairOf(map, 'uses')?.value;
  if (uses !== undefined && isThirdParty(uses) && !isPinned(uses, lineAt(offsetOf(usesNode, start)))) {
    problems.push({
      where: at(offsetOf(usesNode, start)),
      rule: 'unpinned-action',
      message: `${uses}: pin third-party actions by full commit SHA with a \`# vX.Y.Z\` comment`,
    });
  }
  const steps = pairOf(map, 'steps')?.value;
  if (isSeq(steps)) problems.push(...checkCheckouts(steps.items, at));
  return problems;
}

// GitHub's own actions (actions/*) are used by major tag; every other owner's action is pinned by commit SHA, the
// only immutable reference (a tag can be moved by whoever controls that repository).
function isThirdParty(uses: string): boolean {
  return (
    !uses.startsWith('./') &&
    !uses.startsWith('docker://') &&
    !/^actions\//.test(uses) &&
    !/telefonistka/i.test(uses)
  );
}

function isPinned(uses: string, line: string): boolean {
  return /@[0-9a-f]{40}$/.test(uses) && /#\s*v\d+\.\d+\.\d+/.test(line);
}

function checkRun(script: string, where: string): SnippetProblem[] {
  const problems: SnippetProblem[] = [];
  for (const match of script.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    const expression = match[1] ?? '';
    if (UNTRUSTED.some((pattern) => pattern.test(expression))) {
      problems.push({
        where,
        rule: 'untrusted-expression-in-run',
        message: `\`\${{${expression}}}\` is pasted into a shell script: pass it through \`env:\` and quote "$VAR"`,
      });
    }
  }
  return problems;
}

function checkUses(
  map: YAMLMap,
  uses: string,
  inputsOf: ActionInputs,
  at: (offset: number) => string,
): SnippetProblem[] {
  const where = at(offsetOf(pairOf(map, 'uses')?.value, offsetOf(map, 0)));
  const withKeys = withPairs(map).map((pair) => ({
    key: scalarText(pair.key) ?? '',
    offset: offsetOf(pair.key, 0),
  }));
  const ours = OUR_ACTION.exec(uses);
  if (ours !== null) {
    const action = ours[1] ?? '';
    const declared = inputsOf(action);
    if (declared === undefined) {
      return [
        {
          where,
          rule: 'unknown-action',
          message: `${uses}: there is no action.yml for it in this repository`,
        },
      ];
    }
    return withKeys
      .filter(({ key }) => !declared.has(key))
      .map(({ key, offset }) => ({
        where: at(offset),
        rule: 'unknown-input' as const,
        message: `${uses} has no input \`${key}\` (its action.yml declares ${[...declared].join(', ')})`,
      }));
  }
  if (/telefonistka/i.test(uses)) {
    return [
      {
        where,
        rule: 'unknown-action',
        message: `${uses}: this repository is used as telefonistka/telefonistka[/actions/<name>]@v1`,
      },
    ];
  }
  const [name = '', ref = ''] = uses.split('@');
  const major = CURRENT_MAJORS[name];
  const problems: SnippetProblem[] = [];
  if (major !== undefined && ref !== major && !ref.startsWith(`${major}.`)) {
    problems.push({ where, rule: 'outdated-action', message: `${uses}: the docs use ${name}@${major}` });
  }
  for (const { key, offset } of withKeys) {
    const renamed = RENAMED_INPUTS[name]?.[key];
    if (renamed !== undefined) {
      problems.push({
        where: at(offset),
        rule: 'outdated-action',
        message: `${name}: \`${key}\` is now \`${renamed}\``,
      });
    }
  }
  return problems;
}

function withPairs(map: YAMLMap): Pair[] {
  const value = pairOf(map, 'with')?.value;
  return isMap(value) ? value.items.filter((item): item is Pair => isPair(item)) : [];
}

// A job that runs one of our repository-reading actions checks out the whole history without blobs: the actions
// read trees and files from git (fewer API calls, no file caps), and a blobless clone keeps big repositories cheap.
function checkCheckouts(steps: unknown[], at: (offset: number) => string): SnippetProblem[] {
  const maps = steps.filter((step): step is YAMLMap => isMap(step));
  const readsRepository = maps.some((step) => {
    const match = OUR_ACTION.exec(scalarText(pairOf(step, 'uses')?.value) ?? '');
    return match !== null && match[1] !== 'bump';
  });
  if (!readsRepository) return [];
  return maps
    .filter((step) => (scalarText(pairOf(step, 'uses')?.value) ?? '').startsWith('actions/checkout@'))
    .filter((step) => {
      const options = new Map(withPairs(step).map((pair) => [scalarText(pair.key), scalarText(pair.value)]));
      return options.get('fetch-depth') !== '0' || options.get('filter') !== 'blob:none';
    })
    .map((step) => ({
      where: at(offsetOf(step, 0)),
      rule: 'checkout-depth' as const,
      message: 'actions/checkout before a Telefonistka step needs `fetch-depth: 0` and `filter: blob:none`',
    }));
}

/** The markdown files the gate checks in the repository at `root`, repository-relative. */
export function markdownFiles(root: string): string[] {
  return [
    path.join(root, 'README.md'),
    ...filesUnder(path.join(root, 'docs'), /\.md$/),
    ...filesUnder(path.join(root, 'actions'), /\/README\.md$/),
    ...filesUnder(path.join(root, 'examples'), /\.md$/),
    ...filesUnder(path.join(root, '.github'), /\.md$/),
  ]
    .filter((file) => existsSync(file))
    .map((file) => path.relative(root, file).split(path.sep).join('/'));
}

/** The snippets the gate checks in the repository at `root`. */
export function collectSnippets(root: string): YamlSnippet[] {
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const yamlFiles = [
    ...filesUnder(path.join(root, 'examples'), /\.ya?ml$/),
    ...filesUnder(path.join(root, '.github'), /\.ya?ml$/),
    ...filesUnder(path.join(root, 'actions'), /\/action\.yml$/),
    path.join(root, 'action.yml'),
  ].filter((file) => existsSync(file));
  return [
    ...markdownFiles(root).flatMap((file) => yamlBlocks(file, readFileSync(path.join(root, file), 'utf8'))),
    ...yamlFiles.map((file) => ({
      file: relative(file),
      line: 1,
      indent: 0,
      text: readFileSync(file, 'utf8'),
    })),
  ];
}

function filesUnder(directory: string, pattern: RegExp): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => pattern.test(file.split(path.sep).join('/')))
    .sort();
}
