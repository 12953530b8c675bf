import type { RepositorySettings } from '../../ports/github-port.js';
import { ExternalError } from '../../core/errors/external-error.js';
import type { BumpPullRequest } from '../../core/bump/choose-bump-target.js';
import type { BumpReaderPort, BumpTargetSnapshot } from '../../ports/bump-reader-port.js';
import type { FileAtCommit } from '../../core/bump/file-at-commit.js';
import { restLogin, type GraphqlActor } from './rest-login.js';
import { createGraphqlClient, type GraphqlClientOptions } from './create-graphql-client.js';

/** What the reader needs: the GraphQL client's options and a REST fallback for large files. */
export interface GraphqlBumpReaderOptions extends GraphqlClientOptions {
  /** REST fallback for files GraphQL returns truncated (large blobs). */
  readFileText: (ref: string, path: string) => Promise<string | undefined>;
}

const MAX_PR_PAGES = 10;

const FILE_FIELDS = 'mode type object { oid ... on Blob { text isBinary isTruncated } }';

interface RawFile {
  mode: number;
  type: string;
  object: { oid: string; text?: string | null; isBinary?: boolean | null; isTruncated?: boolean } | null;
}

interface RawPullRequests {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: {
    number: number;
    id: string;
    url: string;
    title: string;
    body: string;
    headRefName: string;
    headRefOid: string;
    baseRefName: string;
    isCrossRepository: boolean;
    author: GraphqlActor | null;
    labels: { nodes: { name: string }[] } | null;
    assignees: { nodes: { login: string }[] };
  }[];
}

// Authors and fork flags decide which PRs are this tool's; labels and assignees let a run mend a half-made PR.
const PULL_REQUESTS = `pullRequests(states: OPEN, first: 100, after: $after, orderBy: {field: CREATED_AT, direction: DESC}) {
      pageInfo { hasNextPage endCursor }
      nodes {
        number id url title body headRefName headRefOid baseRefName isCrossRepository
        author { __typename login }
        labels(first: 100) { nodes { name } }
        assignees(first: 20) { nodes { login } }
      }
    }`;

/**
 * The bump's reads as GraphQL queries: default branch, its head and tree, the files at that head, the bump
 * branch, the open PRs and the token's own login in one query (more pages only past 100 open PRs), so that reading costs no REST
 * call. A GraphQL NOT_FOUND / FORBIDDEN becomes an ExternalError with status 404 / 403.
 */
export function createGraphqlBumpReader(options: GraphqlBumpReaderOptions): BumpReaderPort {
  const query = createGraphqlClient(options);

  const toFile = async (
    ref: string,
    path: string,
    raw: RawFile | null | undefined,
  ): Promise<FileAtCommit> => {
    if (raw === null || raw === undefined || raw.type !== 'blob' || raw.object === null) {
      return {
        exists: raw?.type === 'blob',
        text: undefined,
        binary: false,
        mode: undefined,
        oid: undefined,
      };
    }
    const binary = raw.object.isBinary === true;
    let text = binary ? undefined : (raw.object.text ?? undefined);
    if (!binary && raw.object.isTruncated === true) text = await options.readFileText(ref, path);
    return { exists: true, text, binary, mode: raw.mode.toString(8).padStart(6, '0'), oid: raw.object.oid };
  };

  const readPullRequests = async (first: RawPullRequests | undefined): Promise<BumpPullRequest[]> => {
    const pages = [
      first ??
        (
          await query<{ repository: { pullRequests: RawPullRequests } | null }>(
            'list open pull requests',
            `query($owner: String!, $name: String!, $after: String) {
              repository(owner: $owner, name: $name) { ${PULL_REQUESTS} }
            }`,
            { after: null },
          )
        ).repository?.pullRequests ?? { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] },
    ];
    for (let page = 1; page < MAX_PR_PAGES && pages.at(-1)!.pageInfo.hasNextPage; page++) {
      const data = await query<{ repository: { pullRequests: RawPullRequests } }>(
        'list open pull requests',
        `query($owner: String!, $name: String!, $after: String) {
          repository(owner: $owner, name: $name) { ${PULL_REQUESTS} }
        }`,
        { after: pages.at(-1)!.pageInfo.endCursor },
      );
      pages.push(data.repository.pullRequests);
    }
    return pages.flatMap((page) =>
      page.nodes.map((node) => ({
        number: node.number,
        nodeId: node.id,
        url: node.url,
        title: node.title,
        body: node.body,
        headRef: node.headRefName,
        headOid: node.headRefOid,
        baseRef: node.baseRefName,
        // GraphQL drops an App's `[bot]`: restored, so a user named like the App is never taken for it.
        author: node.author === null ? '' : restLogin(node.author),
        isCrossRepository: node.isCrossRepository,
        labels: (node.labels?.nodes ?? []).map((label) => label.name),
        assignees: node.assignees.nodes.map((user) => user.login),
      })),
    );
  };

  return {
    readTarget: async ({ branch, paths }): Promise<BumpTargetSnapshot> => {
      const { declarations, selections, variables } = fileSelections(paths);
      const data = await query<{
        repository:
          | ({
              defaultBranchRef: {
                name: string;
                target: { oid: string; tree: { oid: string } } & Record<string, RawFile | null>;
              } | null;
              ref: { target: { oid: string } | null } | null;
              pullRequests: RawPullRequests;
            } & RawMergeSettings)
          | null;
        viewer: { login: string };
      }>(
        'read the target repository',
        `query($owner: String!, $name: String!, $branch: String!, $after: String${declarations}) {
          repository(owner: $owner, name: $name) {
            defaultBranchRef { name target { oid ... on Commit { tree { oid } ${selections} } } }
            ref(qualifiedName: $branch) { target { oid } }
            mergeCommitAllowed squashMergeAllowed rebaseMergeAllowed autoMergeAllowed
            ${PULL_REQUESTS}
          }
          viewer { login }
        }`,
        { branch: `refs/heads/${branch}`, after: null, ...variables },
      );
      const repository = data.repository;
      if (repository === null) throw notFound('read the target repository');
      const head = repository.defaultBranchRef;
      if (head === null) {
        throw new ExternalError('the repository has no default branch (is it empty?)', {
          service: 'GitHub',
          operation: 'read the target repository',
        });
      }
      const files = new Map<string, FileAtCommit>();
      for (const [index, path] of paths.entries()) {
        files.set(path, await toFile(head.target.oid, path, head.target[`f${index}`]));
      }
      return {
        defaultBranch: head.name,
        baseOid: head.target.oid,
        baseTreeOid: head.target.tree.oid,
        files,
        branchOid: repository.ref?.target?.oid ?? undefined,
        openPullRequests: await readPullRequests(repository.pullRequests),
        settings: mergeSettingsOf(repository),
        viewerLogin: data.viewer.login,
      };
    },
    listOpenPullRequests: () => readPullRequests(undefined),
    readFiles: async (commit, paths) => {
      const files = new Map<string, FileAtCommit>();
      if (paths.length === 0) return files;
      const { declarations, selections, variables } = fileSelections(paths);
      const data = await query<{ repository: { object: Record<string, RawFile | null> | null } | null }>(
        `read files at ${commit.slice(0, 12)}`,
        `query($owner: String!, $name: String!, $oid: GitObjectID!${declarations}) {
          repository(owner: $owner, name: $name) { object(oid: $oid) { ... on Commit { ${selections} } } }
        }`,
        { oid: commit, ...variables },
      );
      const object = data.repository?.object;
      if (object === null || object === undefined) throw notFound(`read files at ${commit}`);
      for (const [index, path] of paths.entries())
        files.set(path, await toFile(commit, path, object[`f${index}`]));
      return files;
    },
  };
}

/** The merge settings GraphQL answers with the same query (null fields when the token may not see them). */
interface RawMergeSettings {
  mergeCommitAllowed?: boolean | null;
  squashMergeAllowed?: boolean | null;
  rebaseMergeAllowed?: boolean | null;
  autoMergeAllowed?: boolean | null;
}

function mergeSettingsOf(raw: RawMergeSettings): RepositorySettings | undefined {
  const allowed = [
    ['merge', raw.mergeCommitAllowed],
    ['squash', raw.squashMergeAllowed],
    ['rebase', raw.rebaseMergeAllowed],
  ] as const;
  if (allowed.every(([, value]) => typeof value !== 'boolean')) return undefined;
  return {
    mergeMethods: allowed.filter(([, value]) => value !== false).map(([method]) => method),
    allowAutoMerge: raw.autoMergeAllowed === true,
  };
}

/** `f0: file(path: $p0) {...}` per path, with the variable declarations; paths travel as variables. */
function fileSelections(paths: readonly string[]) {
  return {
    declarations: paths.map((_, index) => `, $p${index}: String!`).join(''),
    selections: paths.map((_, index) => `f${index}: file(path: $p${index}) { ${FILE_FIELDS} }`).join(' '),
    variables: Object.fromEntries(paths.map((path, index) => [`p${index}`, path])),
  };
}

function notFound(operation: string): ExternalError {
  return new ExternalError('repository not found', { service: 'GitHub', operation, status: 404 });
}
