import { afterEach, describe, expect, it } from 'vitest';
import { createGraphqlOpenPulls } from '../../../src/adapters/github/create-graphql-open-pulls.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { octokitFor } from '../../github-emulator/emulator-fixture.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';

let emulator: GitHubEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe('createGraphqlOpenPulls', () => {
  it('reads the token identity and every open PR in one schema-valid query, with App logins as REST spells them', async () => {
    emulator = await startGitHubEmulator();
    await emulator.createRepo({ owner: 'acme', name: 'iac', files: { 'README.md': 'hi\n' } });
    for (const [branch, user] of [
      ['promotions/1-a', 'github-actions[bot]'],
      ['feature', 'alice'],
    ] as const) {
      await emulator.commitFiles({
        owner: 'acme',
        repo: 'iac',
        branch,
        from: 'main',
        message: branch,
        files: { [`${branch}.txt`]: 'x\n' },
      });
      await emulator.openPullRequest({
        owner: 'acme',
        repo: 'iac',
        head: branch,
        base: 'main',
        title: branch,
        body: `body of ${branch}`,
        user,
      });
    }
    // Two issues pinned, the second first: the same query reads them in pin order.
    const user = octokitFor(emulator, emulator.tokens.user);
    const pin = 'mutation($id: ID!) { pinIssue(input: { issueId: $id }) { issue { isPinned } } }';
    const issues = [];
    for (const title of ['one', 'two'])
      issues.push((await user.rest.issues.create({ owner: 'acme', repo: 'iac', title })).data);
    for (const issue of [...issues].reverse()) await user.graphql(pin, { id: issue.node_id });
    emulator.resetLog();
    const port = createGraphqlOpenPulls({
      token: emulator.tokens.actions,
      owner: 'acme',
      repo: 'iac',
      baseUrl: emulator.apiUrl,
      logger: silentLogger,
    });
    const read = await port.listOpenPullsWithViewer();
    expect(read.viewer).toBe('github-actions[bot]');
    expect(read.pulls.map((pr) => [pr.headRef, pr.author, pr.body])).toEqual([
      ['promotions/1-a', 'github-actions[bot]', 'body of promotions/1-a'],
      ['feature', 'alice', 'body of feature'],
    ]);
    expect(read.pinned).toEqual({ numbers: [issues[1]!.number, issues[0]!.number], total: 2 });
    expect(emulator.requests.map((request) => request.route)).toEqual(['POST /graphql']);
    expect(emulator.schemaViolations).toEqual([]);
  });
});
