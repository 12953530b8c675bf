import { afterEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../support/github-emulator/index.js';
import { octokitFor, OWNER, REPO, startSeededEmulator } from './emulator-fixture.js';

let emulator: GitHubEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

const QUERY = `query($owner: String!, $name: String!, $path: String!) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: "refs/heads/main") {
      target {
        ... on Commit {
          history(first: 10, path: $path) {
            nodes {
              oid messageHeadline message
              parents(first: 1) { nodes { oid file(path: $path) { oid type } } }
              associatedPullRequests(first: 5) { nodes { number merged headRefName author { login } } }
            }
          }
        }
      }
    }
  }
}`;

interface Answer {
  repository: {
    ref: {
      target: {
        history: {
          nodes: {
            oid: string;
            messageHeadline: string;
            message: string;
            parents: { nodes: { oid: string; file: { oid: string; type: string } | null }[] };
            associatedPullRequests: {
              nodes: { number: number; merged: boolean; headRefName: string; author: { login: string } }[];
            };
          }[];
        };
      };
    };
  };
}

describe('GraphQL Commit.history(path) and associatedPullRequests', () => {
  it('lists the commits that changed a folder, newest first, with their parents and the PR that merged them', async () => {
    const running = await startSeededEmulator();
    emulator = running;
    const folder = 'clusters/prod/eu/c1/app';
    const direct = await running.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      message: 'direct change\n\nwith a body',
      files: { [`${folder}/values.yaml`]: 'replicas: 4\n' },
    });
    await running.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      message: 'elsewhere',
      files: { 'README.md': '# changed\n' },
    });
    await running.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'change',
      from: 'main',
      message: 'on a branch',
      files: { [`${folder}/new.yaml`]: 'n: 1\n' },
    });
    const opened = await running.openPullRequest({
      owner: OWNER,
      repo: REPO,
      head: 'change',
      base: 'main',
      title: 'Change',
      user: 'alice',
    });
    const merged = await running.mergePullRequest({
      owner: OWNER,
      repo: REPO,
      number: opened.number,
      method: 'squash',
    });

    const answer = await octokitFor(running, running.tokens.reader).graphql<Answer>(QUERY, {
      owner: OWNER,
      name: REPO,
      path: folder,
    });
    const nodes = answer.repository.ref.target.history.nodes;
    expect(nodes.map((node) => node.oid)).toEqual([merged.mergeCommitSha, direct, expect.any(String)]);
    expect(nodes[0]!.associatedPullRequests.nodes).toEqual([
      { number: opened.number, merged: true, headRefName: 'change', author: { login: 'alice' } },
    ]);
    expect(nodes[1]).toMatchObject({
      messageHeadline: 'direct change',
      message: 'direct change\n\nwith a body',
      associatedPullRequests: { nodes: [] },
    });
    // The first parent of the newest change holds the folder as it was before it.
    const parent = nodes[0]!.parents.nodes[0]!;
    expect(parent.file).toEqual({ oid: expect.stringMatching(/^[0-9a-f]{40}$/), type: 'tree' });
    const root = nodes.at(-1)!;
    expect(root.parents.nodes).toEqual([]);
    running.assertNoSchemaViolations();
  });
});
