import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../support/github-emulator/index.js';
import { git, octokitFor, OWNER, REPO, startSeededEmulator } from './emulator-fixture.js';

const repo = { owner: OWNER, repo: REPO };

const commentsQuery = `query($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      id
      comments(first: 2, after: $after) {
        nodes { id databaseId author { login } body isMinimized }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;

interface CommentsPage {
  repository: {
    pullRequest: {
      id: string;
      comments: {
        nodes: {
          id: string;
          databaseId: number;
          author: { login: string };
          body: string;
          isMinimized: boolean;
        }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
  };
}

describe('GitHub emulator statuses and GraphQL', () => {
  let emulator: GitHubEmulator;
  let octokit: ReturnType<typeof octokitFor>;
  let number: number;
  let headSha: string;

  beforeEach(async () => {
    emulator = await startSeededEmulator();
    octokit = octokitFor(emulator, emulator.tokens.app);
    headSha = await emulator.commitFiles({
      ...repo,
      branch: 'feature',
      from: 'main',
      files: { 'a.txt': 'a\n' },
      message: 'a',
    });
    number = (
      await emulator.openPullRequest({
        ...repo,
        head: 'feature',
        base: 'main',
        title: 'Feature',
        user: 'alice',
      })
    ).number;
  });
  afterEach(async () => emulator.close());

  it.each([
    ['an emoji', 'frozen: 🚨 incident', "description doesn't accept 4-byte Unicode"],
    ['141 characters', 'ü'.repeat(141), 'description is too long (maximum is 140 characters)'],
  ])('refuses a status description with %s as GitHub does (422)', async (_what, description, message) => {
    const refused = octokit.rest.repos.createCommitStatus({
      ...repo,
      sha: headSha,
      state: 'pending',
      context: 'telefonistka/gates',
      description,
    });
    await expect(refused).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'Status', field: 'description', message }] } },
    });
    await octokit.rest.repos.createCommitStatus({
      ...repo,
      sha: headSha,
      state: 'pending',
      context: 'telefonistka/gates',
      description: 'ü'.repeat(140),
    });
    const listed = await octokit.rest.repos.listCommitStatusesForRef({ ...repo, ref: headSha });
    expect(listed.data.map((status) => status.description)).toEqual(['ü'.repeat(140)]);
  });

  it('creates statuses and combines the latest per context', async () => {
    await octokit.rest.repos.createCommitStatus({ ...repo, sha: headSha, state: 'pending', context: 'ci' });
    await octokit.rest.repos.createCommitStatus({ ...repo, sha: headSha, state: 'success', context: 'ci' });
    await octokit.rest.repos.createCommitStatus({
      ...repo,
      sha: headSha,
      state: 'pending',
      context: 'telefonistka',
      description: 'checking',
    });
    const combined = await octokit.rest.repos.getCombinedStatusForRef({ ...repo, ref: 'feature' });
    expect(combined.data).toMatchObject({ state: 'pending', total_count: 2, sha: headSha });
    const listed = await octokit.rest.repos.listCommitStatusesForRef({ ...repo, ref: headSha });
    expect(listed.data.map((status) => `${status.context}:${status.state}`)).toEqual([
      'telefonistka:pending',
      'ci:success',
      'ci:pending',
    ]);
    await expect(
      octokit.rest.repos.createCommitStatus({ ...repo, sha: 'd'.repeat(40), state: 'success' }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it('answers viewer { login } through octokit.graphql derived from the REST base URL', async () => {
    const result = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    expect(result.viewer.login).toBe('telefonistka[bot]');
    expect(emulator.requests.at(-1)).toMatchObject({
      route: 'POST /graphql',
      path: '/api/graphql',
      status: 200,
    });
  });

  it('pages pull request comments and minimizes one', async () => {
    for (const body of ['one', 'two', 'three'])
      await emulator.addComment({ ...repo, number, body, user: 'telefonistka[bot]' });
    const variables = { owner: OWNER, name: REPO, number };
    const first = await octokit.graphql<CommentsPage>(commentsQuery, variables);
    expect(first.repository.pullRequest.comments.nodes.map((node) => node.body)).toEqual(['one', 'two']);
    expect(first.repository.pullRequest.comments.nodes[0]?.author.login).toBe('telefonistka');
    const second = await octokit.graphql<CommentsPage>(commentsQuery, {
      ...variables,
      after: first.repository.pullRequest.comments.pageInfo.endCursor,
    });
    expect(second.repository.pullRequest.comments.nodes.map((node) => node.body)).toEqual(['three']);
    expect(second.repository.pullRequest.comments.pageInfo.hasNextPage).toBe(false);
    const target = first.repository.pullRequest.comments.nodes[0]!;
    const minimized = await octokit.graphql<{
      minimizeComment: { minimizedComment: { isMinimized: boolean } };
    }>(
      'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized minimizedReason } } }',
      { id: target.id },
    );
    expect(minimized.minimizeComment.minimizedComment.isMinimized).toBe(true);
    expect(
      emulator.listComments(OWNER, REPO, number).find((comment) => comment.id === target.databaseId)
        ?.minimized,
    ).toBe(true);
  });

  it('reports an invalid GraphQL document as a schema violation', async () => {
    await expect(octokit.graphql('query { viewer { loginz } }')).rejects.toThrow(/loginz/);
    expect(emulator.takeSchemaViolations()).toEqual([
      expect.objectContaining({ operation: 'POST /graphql', direction: 'request' }),
    ]);
  });

  it('updates refs atomically with updateRefs, refusing a stale beforeOid', async () => {
    const gitDir = emulator.gitDir(OWNER, REPO);
    const main = git(gitDir, 'rev-parse', 'main');
    const { repository } = await octokit.graphql<{ repository: { id: string } }>(
      'query { repository(owner: "acme", name: "iac") { id } }',
    );
    const mutation = `mutation($id: ID!, $before: GitObjectID!, $after: GitObjectID!) {
      updateRefs(input: { repositoryId: $id, refUpdates: [{ name: "refs/heads/feature", beforeOid: $before, afterOid: $after, force: true }] }) { clientMutationId }
    }`;
    await octokit.graphql(mutation, { id: repository.id, before: headSha, after: main });
    expect(git(gitDir, 'rev-parse', 'feature')).toBe(main);
    await expect(
      octokit.graphql(mutation, { id: repository.id, before: headSha, after: main }),
    ).rejects.toThrow(/expected beforeOid/);
  });

  it('commits file changes with createCommitOnBranch guarded by expectedHeadOid', async () => {
    const gitDir = emulator.gitDir(OWNER, REPO);
    const mutation = `mutation($head: GitObjectID!, $contents: Base64String!) {
      createCommitOnBranch(input: {
        branch: { repositoryNameWithOwner: "acme/iac", branchName: "feature" },
        expectedHeadOid: $head,
        message: { headline: "Bump version" },
        fileChanges: { additions: [{ path: "version.txt", contents: $contents }], deletions: [{ path: "README.md" }] }
      }) { commit { oid } }
    }`;
    const contents = Buffer.from('2.0\n').toString('base64');
    const result = await octokit.graphql<{ createCommitOnBranch: { commit: { oid: string } } }>(mutation, {
      head: headSha,
      contents,
    });
    const oid = result.createCommitOnBranch.commit.oid;
    expect(git(gitDir, 'rev-parse', 'feature')).toBe(oid);
    expect(git(gitDir, 'show', `${oid}:version.txt`)).toBe('2.0');
    expect(git(gitDir, 'log', '-1', '--format=%an|%P|%s', oid)).toBe(
      `telefonistka[bot]|${headSha}|Bump version`,
    );
    await expect(octokit.graphql(mutation, { head: headSha, contents })).rejects.toThrow(
      /Expected branch to point to/,
    );
  });

  it('records a query for a field the emulator does not implement instead of answering null', async () => {
    await expect(
      octokit.graphql('query { repository(owner: "acme", name: "iac") { description } }'),
    ).rejects.toThrow(/does not implement Repository.description/);
    expect(emulator.takeSchemaViolations()).toHaveLength(1);
  });

  it('refuses auto-merge on a clean pull request with "Pull request is in clean status"', async () => {
    const { id } = await pullNode(octokit, number);
    await expect(
      octokit.graphql(
        'mutation($id: ID!) { enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: SQUASH }) { clientMutationId } }',
        { id },
      ),
    ).rejects.toThrow(/Pull request is in clean status/);
  });

  it('enables auto-merge while a required status is pending and merges when it succeeds', async () => {
    emulator.setRequiredStatusChecks(OWNER, REPO, ['ci']);
    const { id } = await pullNode(octokit, number);
    await octokit.graphql(
      'mutation($id: ID!) { enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: SQUASH }) { pullRequest { autoMergeRequest { mergeMethod } } } }',
      { id },
    );
    expect((await emulator.getPullRequest(OWNER, REPO, number)).autoMerge).toBe(true);
    emulator.takeEvents();
    await octokit.rest.repos.createCommitStatus({ ...repo, sha: headSha, state: 'pending', context: 'ci' });
    expect((await emulator.getPullRequest(OWNER, REPO, number)).merged).toBe(false);
    await octokit.rest.repos.createCommitStatus({ ...repo, sha: headSha, state: 'success', context: 'ci' });
    const pull = await emulator.getPullRequest(OWNER, REPO, number);
    expect(pull).toMatchObject({ merged: true, state: 'closed' });
    expect(git(emulator.gitDir(OWNER, REPO), 'rev-parse', 'main')).toBe(pull.mergeCommitSha);
    expect(emulator.takeEvents().map((event) => [event.name, event.payload.action])).toEqual([
      ['push', undefined],
      ['pull_request', 'closed'],
    ]);
  });

  it('blocks a REST merge while a required status check is missing', async () => {
    emulator.setRequiredStatusChecks(OWNER, REPO, ['ci']);
    await expect(octokit.rest.pulls.merge({ ...repo, pull_number: number })).rejects.toMatchObject({
      status: 405,
    });
    const pull = await octokit.rest.pulls.get({ ...repo, pull_number: number });
    expect(pull.data.mergeable_state).toBe('blocked');
  });
});

async function pullNode(octokit: ReturnType<typeof octokitFor>, number: number): Promise<{ id: string }> {
  const result = await octokit.graphql<{ repository: { pullRequest: { id: string } } }>(
    'query($number: Int!) { repository(owner: "acme", name: "iac") { pullRequest(number: $number) { id } } }',
    { number },
  );
  return result.repository.pullRequest;
}
