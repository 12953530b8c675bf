// Refuses to run the committed bundles when they were not built from the sources in this tree: the stamp that
// `npm run build` writes (scripts/source-stamp.ts) must equal the stamp of src/ now.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { sourceStamp, STAMP_FILE } from '../../scripts/source-stamp.js';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
let checked: Promise<void> | undefined;

/** Why dist/ cannot be trusted for the sources in `root`, or undefined when its stamp matches them. */
export async function distStaleness(root = PROJECT_ROOT): Promise<string | undefined> {
  let built: string;
  try {
    built = readFileSync(path.join(root, STAMP_FILE), 'utf8').trim();
  } catch {
    return `dist/ is stale: ${STAMP_FILE} is missing; run npm run build`;
  }
  const current = await sourceStamp(root);
  if (built === current) return undefined;
  return `dist/ is stale: it was built from other sources than src/ and package-lock.json now (${STAMP_FILE} ${built.slice(0, 12)}, sources ${current.slice(0, 12)}); run npm run build`;
}

/** Throws once per test process when dist/ does not match the sources (checked on first use). */
export function assertDistFresh(): Promise<void> {
  checked ??= distStaleness().then((problem) => {
    if (problem !== undefined) throw new Error(problem);
  });
  return checked;
}
