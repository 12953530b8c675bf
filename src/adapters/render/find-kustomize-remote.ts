import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { kustomizationFileNames } from '../../core/render/detect-render-tool.js';
import { isRemoteKustomizeReference, kustomizeReferences } from '../../core/render/kustomize-references.js';

/** A remote reference and the kustomization file (relative to the tree root) that makes it. */
export interface KustomizeRemote {
  reference: string;
  file: string;
}

/** Kustomization files read at most per component; a deeper graph is left to kustomize. */
const maxFiles = 500;

/**
 * The first remote base, resource or component (`https://`, `github.com/...`, `git@...`) reachable from the
 * kustomization in `folder` through local folder references, or undefined. Rendering runs without network, so
 * such a reference must fail with a clear message instead of a timeout. Entries that exist as local paths are
 * local, whatever they look like.
 */
export async function findKustomizeRemote(
  root: string,
  folder: string,
): Promise<KustomizeRemote | undefined> {
  const visited = new Set<string>();
  const queue = [path.resolve(folder)];
  while (queue.length > 0 && visited.size < maxFiles) {
    const dir = queue.shift()!;
    if (visited.has(dir)) continue;
    visited.add(dir);
    const file = await kustomizationFile(dir);
    if (file === undefined) continue;
    for (const reference of kustomizeReferences(await readFile(file, 'utf8'))) {
      const target = path.resolve(dir, reference);
      const info = await stat(target).catch(() => undefined);
      if (info?.isDirectory() === true) queue.push(target);
      else if (info === undefined && isRemoteKustomizeReference(reference)) {
        return { reference, file: path.relative(root, file) };
      }
    }
  }
  return undefined;
}

async function kustomizationFile(dir: string): Promise<string | undefined> {
  for (const name of kustomizationFileNames) {
    const candidate = path.join(dir, name);
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile() === true) return candidate;
  }
  return undefined;
}
