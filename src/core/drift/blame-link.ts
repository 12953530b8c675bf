/** Where the repository lives and which commit the compared trees belong to. */
export interface RepoLocation {
  /** e.g. `https://github.com` or a GHES URL (GITHUB_SERVER_URL). */
  serverUrl: string;
  owner: string;
  repo: string;
  /** The default branch commit the trees were read at; links are pinned to it. */
  commitSha: string;
}

/** `<serverUrl>/<owner>/<repo>/blame/<sha>/<path>`, each path segment URL-encoded. */
export function blameLink(location: RepoLocation, path: string): string {
  return `${repoUrl(location)}/blame/${location.commitSha}/${encodePath(path)}`;
}

/** `<serverUrl>/<owner>/<repo>/tree/<sha>/<path>` for a folder. */
export function treeLink(location: RepoLocation, path: string): string {
  return `${repoUrl(location)}/tree/${location.commitSha}/${encodePath(path)}`;
}

/** `<serverUrl>/<owner>/<repo>/commit/<sha>`. */
export function commitLink(location: RepoLocation): string {
  return `${repoUrl(location)}/commit/${location.commitSha}`;
}

function repoUrl(location: RepoLocation): string {
  const server = location.serverUrl.replace(/\/+$/, '');
  return `${server}/${encodeURIComponent(location.owner)}/${encodeURIComponent(location.repo)}`;
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
