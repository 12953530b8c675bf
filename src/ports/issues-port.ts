/** A plain issue as the dashboard needs it. */
export interface IssueInfo {
  number: number;
  url: string;
  body: string;
  author: string;
  /** The GraphQL node ID (what `pinIssue` takes); absent where the source did not say. */
  nodeId?: string | undefined;
}

/** What pinning an issue did: GitHub refuses when three issues are pinned already or the token may not. */
export type PinIssueOutcome = { pinned: true } | { pinned: false; reason: string };

/** A comment on an issue. */
export interface IssueCommentInfo {
  id: number;
  body: string;
  author: string;
}

/** Issues of one repository (the dashboard issue and its continuation comments). Every method is one call unless noted. */
export interface IssuesPort {
  /** Open issues (not pull requests) carrying `label`, oldest first; all pages. */
  listOpenIssues(filter: { label: string }): Promise<IssueInfo[]>;
  createIssue(issue: { title: string; body: string; labels: string[] }): Promise<IssueInfo>;
  updateIssueBody(number: number, body: string): Promise<void>;
  /** Comments of an issue, oldest first; all pages. */
  listIssueComments(number: number): Promise<IssueCommentInfo[]>;
  createIssueComment(number: number, body: string): Promise<void>;
  updateIssueComment(id: number, body: string): Promise<void>;
  deleteIssueComment(id: number): Promise<void>;
  /** Pins the issue to the repository (GraphQL `pinIssue`); a refusal is an outcome, never a throw. */
  pinIssue(issue: IssueInfo): Promise<PinIssueOutcome>;
  /** Calls made through this port so far. */
  callCount(): number;
}
