/** `artifact_version_bump/<triggering repo>/`: every bump branch of one code repository starts so. */
export function bumpBranchPrefix(triggeringRepo: string): string {
  return `artifact_version_bump/${triggeringRepo}/`;
}

/** The Go bot's bump branch: `artifact_version_bump/<triggering repo>/<sha>`. */
export function bumpBranchName(triggeringRepo: string, sha: string): string {
  return `${bumpBranchPrefix(triggeringRepo)}${sha}`;
}
