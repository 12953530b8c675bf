import type { EnvironmentMapping } from '../config/gates-types.js';
import { environmentOf } from '../gates/environment-of.js';
import { compareStrings } from '../promotion/compare-strings.js';

/** The GitHub environments of target folders (`environments`, else the folder itself), sorted and unique. */
export function environmentsOf(
  folders: readonly string[],
  mappings: readonly EnvironmentMapping[] | undefined,
): string[] {
  const names = new Set(folders.map((folder) => environmentOf(folder, folder, mappings)));
  return [...names].sort(compareStrings);
}
