import type { IssueCommentInfo, IssueInfo, IssuesPort } from '../../../src/ports/issues-port.js';

/** An in-memory IssuesPort: issues and comments as GitHub would keep them, every call counted and logged. */
export function createInMemoryIssues(login: string, options: { pinRefusal?: string } = {}) {
  const issues = new Map<number, IssueInfo & { labels: string[] }>();
  const comments = new Map<number, IssueCommentInfo & { issue: number }>();
  const log: string[] = [];
  const pinned = new Set<number>();
  let next = 1;
  const port: IssuesPort & { as(author: string): IssuesPort } = {
    callCount: () => log.length,
    listOpenIssues: async (filter) => {
      log.push('GET issues');
      return [...issues.values()]
        .filter((issue) => issue.labels.includes(filter.label))
        .map((issue) => ({ ...issue }));
    },
    createIssue: async (issue) => port.as(login).createIssue(issue),
    updateIssueBody: async (number, body) => {
      log.push('PATCH issue');
      const issue = issues.get(number);
      if (issue === undefined) throw new Error(`no issue #${number}`);
      if (body.length > 65_536) throw new Error('Body is too long (maximum is 65536 characters)');
      issue.body = body;
    },
    listIssueComments: async (number) => {
      log.push('GET comments');
      return [...comments.values()]
        .filter((comment) => comment.issue === number)
        .map((comment) => ({ ...comment }));
    },
    createIssueComment: async (number, body) => port.as(login).createIssueComment(number, body),
    updateIssueComment: async (id, body) => {
      log.push('PATCH comment');
      if (body.length > 65_536) throw new Error('Body is too long (maximum is 65536 characters)');
      comments.get(id)!.body = body;
    },
    deleteIssueComment: async (id) => {
      log.push('DELETE comment');
      comments.delete(id);
    },
    pinIssue: async (issue) => {
      log.push('POST pinIssue');
      // Read at each call: a test may lift the refusal between updates.
      if (options.pinRefusal !== undefined) return { pinned: false, reason: options.pinRefusal };
      pinned.add(issue.number);
      return { pinned: true };
    },
    as: (author) => ({
      ...port,
      createIssue: async (issue) => {
        log.push('POST issue');
        if (issue.body.length > 65_536) throw new Error('Body is too long (maximum is 65536 characters)');
        const created = { number: next++, url: `https://github.test/issues/${next - 1}`, author, ...issue };
        issues.set(created.number, created);
        return { number: created.number, url: created.url, body: created.body, author };
      },
      createIssueComment: async (number, body) => {
        log.push('POST comment');
        if (body.length > 65_536) throw new Error('Body is too long (maximum is 65536 characters)');
        comments.set(next, { id: next++, issue: number, body, author });
      },
    }),
  };
  return {
    port,
    log,
    issues,
    pinned,
    /** What a reader sees: the issue body and its comments by this identity, in order. */
    shown: (number: number): string[] => [
      issues.get(number)?.body ?? '',
      ...[...comments.values()].filter((comment) => comment.issue === number).map((comment) => comment.body),
    ],
    writes: (): number => log.filter((entry) => !entry.startsWith('GET')).length,
  };
}
