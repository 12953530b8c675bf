import type { NewTreeEntry, TreeEntryInfo } from './tree-entry.js';
import type { SyncPath } from '../promotion/types.js';
import { compareStrings } from '../promotion/compare-strings.js';

/** A flattened repository tree: path (no trailing slash) -> entry, trees and blobs alike. */
export type FlatTree = ReadonlyMap<string, TreeEntryInfo>;

/** What syncing one folder pair needs: the tree entries to send, or nothing when the target already matches. */
export interface SyncEntries {
  entries: NewTreeEntry[];
  /** `copy`: one tree entry; `files`: per-file entries because the target has files the source lacks. */
  strategy: 'copy' | 'files' | 'delete' | 'unchanged';
}

/**
 * Tree entries that make `target` (in `baseTree`) equal to `source` (in `sourceTree`), without uploading blobs.
 *
 * `POST /git/trees` with a `040000` entry on an existing folder is reported both to replace and to merge the folder
 * (https://docs.github.com/rest/git/trees#create-a-tree). Both readings give the same result when the target has no
 * file that the source lacks, so a single tree entry is sent then; otherwise every differing file is sent by blob
 * SHA and every target-only file deleted, which means the same under either reading.
 */
export function buildSyncEntries(sync: SyncPath, sourceTree: FlatTree, baseTree: FlatTree): SyncEntries {
  const target = baseTree.get(sync.target);
  if (sync.deleted) {
    const doomed = filesUnder(baseTree, sync.target).map((entry) => deletion(`${sync.target}/${entry.path}`));
    return { entries: doomed, strategy: doomed.length === 0 ? 'unchanged' : 'delete' };
  }
  const source = sourceTree.get(sync.source);
  if (source === undefined || source.type !== 'tree') {
    throw new Error(`source folder ${sync.source} is not in the merged commit`);
  }
  if (target?.type === 'tree' && target.sha === source.sha) return { entries: [], strategy: 'unchanged' };
  const sourceFiles = new Map(filesUnder(sourceTree, sync.source).map((entry) => [entry.path, entry]));
  const targetFiles = target?.type === 'tree' ? filesUnder(baseTree, sync.target) : [];
  const targetOnly = targetFiles.filter((entry) => !sourceFiles.has(entry.path));
  if (targetOnly.length === 0) {
    return {
      entries: [{ path: sync.target, mode: '040000', type: 'tree', sha: source.sha }],
      strategy: 'copy',
    };
  }
  const current = new Map(targetFiles.map((entry) => [entry.path, entry]));
  const entries: NewTreeEntry[] = [];
  for (const [path, entry] of sourceFiles) {
    const existing = current.get(path);
    if (existing?.sha === entry.sha && existing.mode === entry.mode) continue;
    entries.push({
      path: `${sync.target}/${path}`,
      mode: entry.mode as NewTreeEntry['mode'],
      type: entry.type,
      sha: entry.sha,
    });
  }
  for (const entry of targetOnly) entries.push(deletion(`${sync.target}/${entry.path}`));
  return { entries: entries.sort((a, b) => compareStrings(a.path, b.path)), strategy: 'files' };
}

/** Non-tree entries below `folder`, with paths relative to it, sorted. */
export function filesUnder(tree: FlatTree, folder: string): TreeEntryInfo[] {
  const prefix = `${folder}/`;
  const found: TreeEntryInfo[] = [];
  for (const [path, entry] of tree) {
    if (entry.type !== 'tree' && path.startsWith(prefix))
      found.push({ ...entry, path: path.slice(prefix.length) });
  }
  return found.sort((a, b) => compareStrings(a.path, b.path));
}

function deletion(path: string): NewTreeEntry {
  return { path, mode: '100644', type: 'blob', sha: null };
}
