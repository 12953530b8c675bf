import { createHash } from 'node:crypto';
import type { AcknowledgedDrift } from '../../../src/core/config/types.js';
import { compileRegex } from '../../../src/core/regex/compile-regex.js';
import type { DriftInput, DriftRules, FolderTree, TreeIndexEntry } from '../../../src/core/drift/types.js';

/** A git-like blob SHA for a text (git hashes "blob <len>\0<text>"). */
export function blobSha(text: string): string {
  return createHash('sha1')
    .update(`blob ${Buffer.byteLength(text)}\0${text}`)
    .digest('hex');
}

/** A folder from relative path -> text; the tree SHA hashes the listing (undefined for a missing folder). */
export function folder(files: Record<string, string> | undefined): FolderTree {
  if (files === undefined) return { treeSha: undefined, files: new Map() };
  const entries = Object.entries(files).map(([path, text]) => [path, blobSha(text)] as const);
  const listing = entries
    .map(([path, sha]) => `${path} ${sha}`)
    .sort()
    .join('\n');
  return { treeSha: createHash('sha1').update(listing).digest('hex'), files: new Map(entries) };
}

/** Every text of the given folders, keyed by blob SHA. */
export function contentsOf(...folders: (Record<string, string> | undefined)[]): Map<string, string> {
  const contents = new Map<string, string>();
  for (const files of folders) {
    for (const text of Object.values(files ?? {})) contents.set(blobSha(text), text);
  }
  return contents;
}

/** An acknowledgement as the config loader would build it (path already compiled). */
export function acknowledgement(pattern: string, reason: string, expires?: string): AcknowledgedDrift {
  return { path: compileRegex(pattern), pathText: pattern, reason, expires };
}

/** Rules with nothing ignored and nothing acknowledged, overridable. */
export function rules(overrides: Partial<DriftRules> = {}): DriftRules {
  return { ignoreFiles: [], ignoreLines: [], acknowledged: [], ...overrides };
}

/** A complete computeDrift input for two folders given as path -> text. */
export function driftInput(options: {
  source: Record<string, string> | undefined;
  target: Record<string, string> | undefined;
  rules?: DriftRules;
  pair?: { source: string; target: string };
  today?: string;
  withDiffs?: boolean;
}): DriftInput {
  return {
    pair: options.pair ?? { source: 'source-path', target: 'target-path' },
    trees: { source: folder(options.source), target: folder(options.target) },
    rules: options.rules ?? rules(),
    contents: contentsOf(options.source, options.target),
    today: options.today ?? '2026-05-01',
    withDiffs: options.withDiffs,
  };
}

/**
 * A whole-repository tree index (what `git ls-tree -r -t` gives) from path -> text; folder SHAs hash
 * their sorted entries, so equal folders get equal SHAs as in git.
 */
export function treeIndexOf(files: Record<string, string>): Map<string, TreeIndexEntry> {
  const index = new Map<string, TreeIndexEntry>();
  const children = new Map<string, Set<string>>();
  for (const [path, text] of Object.entries(files)) {
    index.set(path, { type: 'blob', sha: blobSha(text) });
    const segments = path.split('/');
    for (let i = 0; i < segments.length; i++) {
      const parent = segments.slice(0, i).join('/');
      const child = segments.slice(0, i + 1).join('/');
      if (!children.has(parent)) children.set(parent, new Set());
      children.get(parent)!.add(child);
    }
  }
  const folderSha = (folder: string): string => {
    const listing = [...(children.get(folder) ?? [])]
      .sort()
      .map((child) => `${child.slice(folder.length)} ${index.get(child)?.sha ?? folderSha(child)}`)
      .join('\n');
    const sha = createHash('sha1').update(`tree\0${listing}`).digest('hex');
    if (folder !== '') index.set(folder, { type: 'tree', sha });
    return sha;
  };
  folderSha('');
  return index;
}
