import { createHash } from 'node:crypto';
import type { TreeEntryInfo } from '../../src/core/tree/tree-entry.js';

const sha = (text: string) => createHash('sha1').update(text).digest('hex');

/**
 * A flattened tree from a file map, with folder SHAs derived from their content the way git's are
 * (equal content, equal SHA), for pure tests that do not need real git objects.
 */
export function flatTree(files: Record<string, string>): Map<string, TreeEntryInfo> {
  const tree = new Map<string, TreeEntryInfo>();
  const folders = new Map<string, string[]>();
  for (const [path, content] of Object.entries(files)) {
    tree.set(path, { path, mode: '100644', type: 'blob', sha: sha(`blob ${content}`) });
    const parts = path.split('/');
    for (let depth = 1; depth < parts.length; depth++) {
      const folder = parts.slice(0, depth).join('/');
      const list = folders.get(folder) ?? [];
      list.push(`${parts.slice(depth).join('/')}=${sha(content)}`);
      folders.set(folder, list);
    }
  }
  for (const [folder, list] of folders) {
    tree.set(folder, { path: folder, mode: '040000', type: 'tree', sha: sha(list.sort().join('\n')) });
  }
  return tree;
}
