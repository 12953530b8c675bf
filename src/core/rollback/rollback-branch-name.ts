import { createHash } from 'node:crypto';
import { refSlug } from '../promotion/ref-slug.js';

/** The branch prefix of every rollback PR this tool opens. */
export const ROLLBACK_BRANCH_PREFIX = 'telefonistka/rollback/';

/** Longest readable part of the branch name, in code points. */
const MAX_FOLDER_CODE_POINTS = 150;

/**
 * The branch of the rollback PR of `folder`: `telefonistka/rollback/<folder, every character outside
 * [A-Za-z0-9._-] as "-", at most 150 code points>-<first 12 hex of SHA-1 of the folder>`. One branch per folder, so
 * an open rollback PR is found by its head; the hash keeps folders that read alike apart, and the readable part
 * never holds what a git ref refuses (`..`, `~`, `^`, `:`, spaces, `@{`).
 */
export function rollbackBranchName(folder: string): string {
  const hash = createHash('sha1').update(folder, 'utf8').digest('hex').slice(0, 12);
  const head = refSlug(folder, MAX_FOLDER_CODE_POINTS);
  return `${ROLLBACK_BRANCH_PREFIX}${head === '' ? '' : `${head}-`}${hash}`;
}
