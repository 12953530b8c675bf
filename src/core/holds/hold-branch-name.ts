import { createHash } from 'node:crypto';

/** The kind of change a holds PR makes. */
export type HoldChangeKind = 'hold' | 'release';

/** Prefix of every branch a hold or release PR is opened from. */
export const HOLD_BRANCH_PREFIX = 'telefonistka-holds/';

/**
 * The branch of the hold (or release) PR of a folder: `telefonistka-holds/<kind>/<folder, unsafe characters
 * as "-", at most 100>-<first 12 hex of SHA-1 of the folder>`. One branch per kind and folder, so an open PR
 * is found by name and two folders never share a branch.
 */
export function holdBranchName(kind: HoldChangeKind, folder: string): string {
  const hash = createHash('sha1').update(folder, 'utf8').digest('hex').slice(0, 12);
  const slug = folder
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .slice(0, 100)
    .replace(/^-+|-+$/g, '');
  return `${HOLD_BRANCH_PREFIX}${kind}/${slug === '' ? 'folder' : slug}-${hash}`;
}
