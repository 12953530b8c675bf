import type { FolderHistory, FolderHistoryPort } from '../../ports/folder-history-port.js';
import { createGraphqlClient, type GraphqlClientOptions } from './create-graphql-client.js';
import { restLogin } from './rest-login.js';

// One query: the branch head, the folder there, its newest change (git's `log -1 -- <folder>`), that change's
// first parent with the folder as it was, and the PRs GitHub associates with the change.
const QUERY = `query($owner: String!, $name: String!, $ref: String!, $path: String!) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) {
      target {
        ... on Commit {
          oid
          tree { oid }
          file(path: $path) { oid type }
          history(first: 1, path: $path) {
            nodes {
              oid url messageHeadline committedDate
              parents(first: 1) { nodes { oid file(path: $path) { oid type } } }
              associatedPullRequests(first: 5) {
                nodes { number url title headRefName merged author { __typename login } }
              }
            }
          }
        }
      }
    }
  }
}`;

interface Entry {
  oid: string;
  type: string;
}

interface Answer {
  repository: {
    ref: {
      target: {
        oid?: string;
        tree?: { oid: string };
        file?: Entry | null;
        history?: {
          nodes: {
            oid: string;
            url: string;
            messageHeadline: string;
            committedDate: string;
            parents: { nodes: { oid: string; file: Entry | null }[] };
            associatedPullRequests: {
              nodes: {
                number: number;
                url: string;
                title: string;
                headRefName: string;
                merged: boolean;
                author: { __typename: string; login: string } | null;
              }[];
            };
          }[];
        };
      };
    } | null;
  } | null;
}

/** The FolderHistoryPort over one GraphQL query per folder (counted through `onRequest`). */
export function createGraphqlFolderHistory(options: GraphqlClientOptions): FolderHistoryPort {
  const query = createGraphqlClient(options);
  return {
    async readFolderHistory(branch, folder) {
      const answer = await query<Answer>(`read the history of ${folder}`, QUERY, {
        ref: `refs/heads/${branch}`,
        path: folder,
      });
      return toHistory(answer);
    },
  };
}

function toHistory(answer: Answer): FolderHistory | undefined {
  const target = answer.repository?.ref?.target;
  if (target?.oid === undefined || target.tree === undefined) return undefined;
  const change = target.history?.nodes[0];
  const parent = change?.parents.nodes[0];
  return {
    head: target.oid,
    headTree: target.tree.oid,
    currentTree: treeOid(target.file),
    lastChange:
      change === undefined
        ? undefined
        : {
            commit: change.oid,
            url: change.url,
            headline: change.messageHeadline,
            date: change.committedDate,
            parent: parent?.oid,
            previousTree: treeOid(parent?.file),
            pulls: change.associatedPullRequests.nodes.map((pull) => ({
              number: pull.number,
              url: pull.url,
              title: pull.title,
              headRef: pull.headRefName,
              merged: pull.merged,
              author: pull.author === null ? '' : restLogin(pull.author),
            })),
          },
  };
}

/** A folder is a tree entry; a file or submodule at that path is no folder. */
function treeOid(entry: Entry | null | undefined): string | undefined {
  return entry?.type === 'tree' ? entry.oid : undefined;
}
