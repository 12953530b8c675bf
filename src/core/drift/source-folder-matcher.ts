import { literalPrefix } from '../promotion/literal-prefix.js';
import { compileRegex } from '../regex/compile-regex.js';

/** Tells the concrete source folders of one flow's sourcePath. */
export interface SourceFolderMatcher {
  /** The literal text every matching folder starts with (`clusters/staging/` for `clusters/staging/[^/]*\/`). */
  prefix: string;
  /** True when `sourceFolder` (a folder path with its trailing `/`) matches the whole sourcePath. */
  matches(sourceFolder: string): boolean;
}

/**
 * Matches folders against a sourcePath as the Go bot does (RE2, the whole path): a literal sourcePath by
 * equality, anything else by the regex after a `startsWith` on its literal start.
 */
export function sourceFolderMatcher(sourcePath: string): SourceFolderMatcher {
  const { prefix, complete } = literalPrefix(sourcePath);
  if (complete) return { prefix, matches: (sourceFolder) => sourceFolder === prefix };
  const whole = compileRegex(`^(?:${sourcePath})$`);
  return { prefix, matches: (sourceFolder) => sourceFolder.startsWith(prefix) && whole.test(sourceFolder) };
}
