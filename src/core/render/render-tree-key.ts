import { compareStrings } from '../promotion/compare-strings.js';
import type { RenderTree } from './types.js';

/** A string equal for equal trees (replacements in any order), for caching materialised trees and renders. */
export function renderTreeKey(tree: RenderTree): string {
  const replacements = [...tree.replacements]
    .sort((a, b) => compareStrings(a.path, b.path))
    .map((r) => [r.path, r.from?.revision ?? null, r.from?.path ?? null]);
  return JSON.stringify([tree.revision, replacements]);
}
