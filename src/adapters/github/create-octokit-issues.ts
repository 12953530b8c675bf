import { ExternalError } from '../../core/errors/external-error.js';
import { errorMessage } from '../../core/errors/error-message.js';
import type { IssueCommentInfo, IssueInfo, IssuesPort, PinIssueOutcome } from '../../ports/issues-port.js';
import { createCountedOctokit } from './create-counted-octokit.js';
import type { RepositoryClientOptions } from './repository-client-options.js';

/** Options of the issues adapter. */
export type OctokitIssuesOptions = RepositoryClientOptions;

interface RestIssue {
  number: number;
  node_id?: string;
  html_url: string;
  body?: string | null;
  user: { login: string } | null;
  pull_request?: unknown;
}

interface RestComment {
  id: number;
  body?: string;
  user: { login: string } | null;
}

/** The IssuesPort over Octokit (REST), counting every request it sends. */
export function createOctokitIssues(options: OctokitIssuesOptions): IssuesPort {
  const { octokit, repo, callCount } = createCountedOctokit(options);
  return {
    callCount,
    listOpenIssues: (filter) =>
      guard('list issues', async () => {
        const data = (await octokit.paginate(octokit.rest.issues.listForRepo, {
          ...repo,
          state: 'open',
          labels: filter.label,
          sort: 'created',
          direction: 'asc',
          per_page: 100,
        })) as RestIssue[];
        // The issues API lists pull requests too.
        return data.filter((issue) => issue.pull_request === undefined).map(toIssue);
      }),
    createIssue: (issue) =>
      guard('create issue', async () => {
        const { data } = await octokit.rest.issues.create({ ...repo, ...issue });
        return toIssue(data);
      }),
    updateIssueBody: (number, body) =>
      guard(`update issue #${number}`, async () => {
        await octokit.rest.issues.update({ ...repo, issue_number: number, body });
      }),
    listIssueComments: (number) =>
      guard(`list comments of #${number}`, async () => {
        const data = (await octokit.paginate(octokit.rest.issues.listComments, {
          ...repo,
          issue_number: number,
          per_page: 100,
        })) as RestComment[];
        return data.map(toComment);
      }),
    createIssueComment: (number, body) =>
      guard(`comment on #${number}`, async () => {
        await octokit.rest.issues.createComment({ ...repo, issue_number: number, body });
      }),
    updateIssueComment: (id, body) =>
      guard(`update comment ${id}`, async () => {
        await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body });
      }),
    deleteIssueComment: (id) =>
      guard(`delete comment ${id}`, async () => {
        await octokit.rest.issues.deleteComment({ ...repo, comment_id: id });
      }),
    pinIssue: async (issue): Promise<PinIssueOutcome> => {
      if (issue.nodeId === undefined || issue.nodeId === '')
        return { pinned: false, reason: `#${issue.number} has no node ID to pin` };
      try {
        // No REST endpoint pins an issue; GraphQL's pinIssue does (https://docs.github.com/en/graphql/reference/mutations#pinissue).
        const data = await octokit.graphql<{
          pinIssue: { issue: { isPinned: boolean | null } | null } | null;
        }>('mutation($issueId: ID!) { pinIssue(input: { issueId: $issueId }) { issue { isPinned } } }', {
          issueId: issue.nodeId,
        });
        return data.pinIssue?.issue?.isPinned === true
          ? { pinned: true }
          : { pinned: false, reason: 'GitHub did not report the issue as pinned' };
      } catch (error) {
        // A GraphQL refusal carries GitHub's own words in `errors`; anything else (HTTP, network) its message.
        const errors = (error as { errors?: { message?: unknown }[] }).errors;
        const said = errors
          ?.map((item) => (typeof item.message === 'string' ? item.message : ''))
          .filter((text) => text !== '');
        const reason = said !== undefined && said.length > 0 ? said.join('; ') : errorMessage(error);
        return { pinned: false, reason: reason.replace(/\s+/g, ' ').trim() };
      }
    },
  };
}

function toIssue(issue: RestIssue): IssueInfo {
  return {
    number: issue.number,
    url: issue.html_url,
    body: issue.body ?? '',
    author: issue.user?.login ?? '',
    ...(issue.node_id === undefined ? {} : { nodeId: issue.node_id }),
  };
}

function toComment(comment: RestComment): IssueCommentInfo {
  return { id: comment.id, body: comment.body ?? '', author: comment.user?.login ?? '' };
}

async function guard<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof ExternalError) throw error;
    const status = (error as { status?: unknown }).status;
    throw new ExternalError(error instanceof Error ? error.message : String(error), {
      service: 'GitHub',
      operation,
      ...(typeof status === 'number' ? { status } : {}),
      cause: error,
    });
  }
}
