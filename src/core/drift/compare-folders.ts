import type { DriftCandidatesInput } from './types.js';
import { compareStrings } from '../promotion/compare-strings.js';

/** A file present in both folders with different blobs. */
export interface ChangedBlob {
  path: string;
  sourceSha: string;
  targetSha: string;
}

/** Files compared by blob SHA, before contents, line rules and acknowledgements are applied. */
export interface FolderComparison {
  /** Both folders have the same tree SHA (or both are missing): nothing was listed. */
  identical: boolean;
  missingFolder: 'source' | 'target' | 'both' | undefined;
  onlyInSource: { path: string; sha: string }[];
  onlyInTarget: { path: string; sha: string }[];
  changed: ChangedBlob[];
  ignoredFiles: string[];
}

/** Compares two folders by tree SHA, then file by file by blob SHA; every list is sorted by path. */
export function compareFolders(input: DriftCandidatesInput): FolderComparison {
  const { source, target } = input.trees;
  const missingFolder = whichMissing(source.treeSha, target.treeSha);
  const result: FolderComparison = {
    identical: source.treeSha === target.treeSha,
    missingFolder,
    onlyInSource: [],
    onlyInTarget: [],
    changed: [],
    ignoredFiles: [],
  };
  if (result.identical) return result;
  const ignored = (path: string): boolean => input.rules.ignoreFiles.some((regex) => regex.test(path));
  const paths = [...new Set([...source.files.keys(), ...target.files.keys()])].sort(compareStrings);
  for (const path of paths) {
    const sourceSha = source.files.get(path);
    const targetSha = target.files.get(path);
    if (sourceSha === targetSha) continue;
    if (ignored(path)) result.ignoredFiles.push(path);
    else if (targetSha === undefined) result.onlyInSource.push({ path, sha: sourceSha! });
    else if (sourceSha === undefined) result.onlyInTarget.push({ path, sha: targetSha });
    else result.changed.push({ path, sourceSha, targetSha });
  }
  return result;
}

function whichMissing(
  source: string | undefined,
  target: string | undefined,
): FolderComparison['missingFolder'] {
  if (source === undefined) return target === undefined ? 'both' : 'source';
  return target === undefined ? 'target' : undefined;
}
