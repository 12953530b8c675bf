/** An open pull request as the dashboard reads it: enough to trust and place its promotion metadata. */
export interface OpenPullInfo {
  number: number;
  url: string;
  headRef: string;
  body: string;
  /** REST-style login: Apps end in `[bot]`. */
  author: string;
}

/** The token's identity and the repository's open pull requests, read together (one GraphQL call per 100 PRs). */
export interface OpenPullsPort {
  listOpenPullsWithViewer(): Promise<{ viewer: string; pulls: OpenPullInfo[] }>;
}
