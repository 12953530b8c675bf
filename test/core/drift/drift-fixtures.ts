import { createHash } from 'node:crypto';
import type { AcknowledgedDrift } from '../../../src/core/config/types.js';
import { compileRegex } from '../../../src/core/regex/compile-regex.js';
import type { DriftInput, DriftRules, FolderTree } from '../../../src/core/drift/types.js';

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
