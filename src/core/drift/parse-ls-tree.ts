import type { TreeIndexEntry } from './types.js';

/** One entry of `git ls-tree`: the fields GitHub's recursive tree API also returns. */
export interface LsTreeEntry extends TreeIndexEntry {
  path: string;
  mode: string;
}

/**
 * Parses `git ls-tree -r -t -z <rev>` output (`<mode> SP <type> SP <sha> TAB <path> NUL` per entry)
 * into path -> entry. `-z` keeps unusual paths unquoted. Throws on a malformed record.
 * Scans the output in place (no split per record): a 100,000-entry tree is read at every dashboard and drift map.
 */
export function parseLsTree(output: string): Map<string, LsTreeEntry> {
  const entries = new Map<string, LsTreeEntry>();
  for (let start = 0; start < output.length;) {
    let end = output.indexOf('\0', start);
    if (end < 0) end = output.length;
    if (end > start && !(end === start + 1 && output.charCodeAt(start) === 0x0a)) {
      const entry = parseRecord(output, start, end);
      entries.set(entry.path, entry);
    }
    start = end + 1;
  }
  return entries;
}

/** One record, `output[start, end)`; the header (before the first tab) is `<mode> <type> <sha>[ ...]`. */
function parseRecord(output: string, start: number, end: number): LsTreeEntry {
  const tab = output.indexOf('\t', start);
  const header = tab < 0 || tab > end ? -1 : tab;
  const space1 = header < 0 ? -1 : output.indexOf(' ', start);
  const space2 = space1 < 0 || space1 > header ? -1 : output.indexOf(' ', space1 + 1);
  const space3 = space2 < 0 || space2 > header ? -1 : output.indexOf(' ', space2 + 1);
  const type = space2 < 0 || space2 > header ? undefined : output.slice(space1 + 1, space2);
  if (!isEntryType(type)) {
    throw new Error(
      `unexpected git ls-tree record ${JSON.stringify(output.slice(start, Math.min(end, start + 200)))}`,
    );
  }
  return {
    path: output.slice(header + 1, end),
    mode: output.slice(start, space1),
    type,
    sha: output.slice(space2 + 1, space3 < 0 || space3 > header ? header : space3),
  };
}

function isEntryType(type: string | undefined): type is LsTreeEntry['type'] {
  return type === 'blob' || type === 'tree' || type === 'commit';
}
