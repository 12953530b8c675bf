/** An open pull request as the dashboard reads it: enough to trust and place its promotion metadata. */
export interface OpenPullInfo {
  number: number;
  url: string;
  headRef: string;
  body: string;
  /** REST-style login: Apps end in `[bot]`. */
  author: string;
}

/** The repository's pinned issues (GitHub pins at most three). */
export interface PinnedIssues {
  /** Numbers of the pinned issues, in pin order. */
  numbers: number[];
  total: number;
}

/** The token's identity and the repository's open pull requests, read together (one GraphQL call per 100 PRs). */
export interface OpenPullsPort {
  /** `pinned` comes with the first page (the dashboard retries a refused pin with no extra read); absent: unknown. */
  listOpenPullsWithViewer(): Promise<{
    viewer: string;
    pulls: OpenPullInfo[];
    pinned?: PinnedIssues | undefined;
  }>;
}
