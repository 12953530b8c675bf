import { restLogin } from './rest-login.js';
import type { OpenPullInfo, OpenPullsPort, PinnedIssues } from '../../ports/open-pulls-port.js';
import { createGraphqlClient, type GraphqlClientOptions } from './create-graphql-client.js';

const QUERY = `query($owner: String!, $name: String!, $after: String) {
  viewer { login }
  repository(owner: $owner, name: $name) {
    pinnedIssues(first: 3) { totalCount nodes { issue { number } } }
    pullRequests(states: OPEN, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { number url headRefName body author { __typename login } }
    }
  }
}`;

interface Page {
  viewer: { login: string };
  repository: {
    pinnedIssues: { totalCount: number; nodes: ({ issue: { number: number } } | null)[] | null } | null;
    pullRequests: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: {
        number: number;
        url: string;
        headRefName: string;
        body: string;
        author: { __typename: string; login: string } | null;
      }[];
    };
  } | null;
}

/** The OpenPullsPort over one GraphQL query: the viewer and the open PRs together, counting each request. */
export function createGraphqlOpenPulls(options: GraphqlClientOptions): OpenPullsPort {
  const query = createGraphqlClient(options);
  return {
    async listOpenPullsWithViewer() {
      const pulls: OpenPullInfo[] = [];
      let viewer: string | undefined;
      let pinned: PinnedIssues | undefined;
      let after: string | null = null;
      do {
        const page: Page = await query<Page>('list open pull requests', QUERY, { after });
        viewer = page.viewer.login;
        pinned ??= pinnedOf(page);
        const connection = page.repository?.pullRequests;
        for (const node of connection?.nodes ?? []) pulls.push(toPull(node));
        after = connection?.pageInfo.hasNextPage === true ? connection.pageInfo.endCursor : null;
      } while (after !== null);
      return { viewer: viewer ?? '', pulls, pinned };
    },
  };
}

function toPull(node: NonNullable<Page['repository']>['pullRequests']['nodes'][number]): OpenPullInfo {
  const author = node.author === null || node.author === undefined ? '' : restLogin(node.author);
  return { number: node.number, url: node.url, headRef: node.headRefName, body: node.body, author };
}

/** The pinned issues of the page (GitHub pins at most three, so `first: 3` reads them all). */
function pinnedOf(page: Page): PinnedIssues | undefined {
  const connection = page.repository?.pinnedIssues;
  if (connection === null || connection === undefined) return undefined;
  const numbers = (connection.nodes ?? []).flatMap((node) => (node === null ? [] : [node.issue.number]));
  return { numbers, total: connection.totalCount };
}
