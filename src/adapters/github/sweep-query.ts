/** Deployments kept per environment in a sweep read: the newest few decide soak and health. */
const DEPLOYMENTS_PER_ENVIRONMENT = 10;
const PULLS_PER_PAGE = 100;

/**
 * The sweep's query. Environment names and paths travel as variables, never as query text; the deployments and
 * the freeze and holds files are read with the first page only.
 */
export function sweepQuery(environments: number, firstPage: boolean): string {
  const envVars = !firstPage
    ? ''
    : Array.from({ length: environments }, (_, i) => `, $e${String(i)}: [String!]`).join('');
  const envFields = firstPage
    ? Array.from(
        { length: environments },
        (_, i) =>
          `d${String(i)}: deployments(environments: $e${String(i)}, first: ${String(DEPLOYMENTS_PER_ENVIRONMENT)}, orderBy: {field: CREATED_AT, direction: DESC}) { nodes { databaseId environment commitOid createdAt payload latestStatus { state } statuses(first: 20) { nodes { state createdAt } } } }`,
      ).join('\n')
    : '';
  const extra = firstPage
    ? 'defaultBranchRef { name } freeze: object(expression: $freeze) { ... on Blob { text } } holds: object(expression: $holds) { ... on Blob { oid text isTruncated } }'
    : '';
  return `query($owner: String!, $name: String!, $after: String, $context: String!${firstPage ? ', $freeze: String!, $holds: String!' : ''}${envVars}) {
  repository(owner: $owner, name: $name) {
    ${extra}
    pullRequests(states: OPEN, labels: ["promotion"], first: ${String(PULLS_PER_PAGE)}, after: $after, orderBy: {field: CREATED_AT, direction: ASC}) {
      pageInfo { hasNextPage endCursor }
      nodes {
        number id url headRefName headRefOid baseRefName body
        author { __typename login }
        labels(first: 50) { nodes { name } }
        reviews(last: 50) { nodes { state authorCanPushToRepository author { __typename login } } }
        commits(last: 1) { nodes { commit { status { context(name: $context) { state description } } } } }
      }
    }
    ${envFields}
  }
}`;
}
