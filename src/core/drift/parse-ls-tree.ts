import type { TreeIndexEntry } from './types.js';

/** One entry of `git ls-tree`: the fields GitHub's recursive tree API also returns. */
export interface LsTreeEntry extends TreeIndexEntry {
  path: string;
  mode: string;
}

/**
 * Parses `git ls-tree -r -t -z <rev>` output (`<mode> SP <type> SP <sha> TAB <path> NUL` per entry)
 * into path -> entry. `-z` keeps unusual paths unquoted. Throws on a malformed record.
 */
export function parseLsTree(output: string): Map<string, LsTreeEntry> {
  const entries = new Map<string, LsTreeEntry>();
  for (const record of output.split('\0')) {
    if (record === '' || record === '\n') continue;
    const tab = record.indexOf('\t');
    const [mode, type, sha] = record.slice(0, tab).split(' ');
    const path = record.slice(tab + 1);
    if (tab < 0 || mode === undefined || sha === undefined || !isEntryType(type)) {
      throw new Error(`unexpected git ls-tree record ${JSON.stringify(record.slice(0, 200))}`);
    }
    entries.set(path, { path, mode, type, sha });
  }
  return entries;
}

function isEntryType(type: string | undefined): type is LsTreeEntry['type'] {
  return type === 'blob' || type === 'tree' || type === 'commit';
}
