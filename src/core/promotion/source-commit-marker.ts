/**
 * The hidden line of a promotion PR body that names the commit whose content the PR promotes (the source PR's
 * merge commit, or the default-branch head of a manual promotion). Runs compare these commits by ancestry so
 * that the newest merge wins whatever order the runs have. It is not part of the Go bot's metadata comment,
 * which stays byte-compatible; the Go bot ignores the line.
 */
export function sourceCommitMarker(sha: string): string {
  return `<!-- telefonistka:source-commit ${sha} -->`;
}

const MARKER = /^<!-- telefonistka:source-commit ([0-9a-f]{40}|[0-9a-f]{64}) -->$/m;

/** The source commit named in a promotion PR body, or undefined when the body has no (well-formed) marker. */
export function parseSourceCommit(body: string): string | undefined {
  return MARKER.exec(body)?.[1];
}
