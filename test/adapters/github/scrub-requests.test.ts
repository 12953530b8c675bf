import { afterEach, describe, expect, it } from 'vitest';
import { createOctokitGitHub } from '../../../src/adapters/github/create-octokit-github.js';
import { createSecretScrubber } from '../../../src/core/secrets/create-secret-scrubber.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';

let emulator: GitHubEmulator | undefined;
afterEach(async () => emulator?.close());

describe('createOctokitGitHub with scrubText (issue 17, Low)', () => {
  it('writes comments and PRs with every known secret form scrubbed, leaving other text alone', async () => {
    emulator = await startGitHubEmulator();
    await emulator.createRepo({ owner: 'acme', name: 'iac', files: { 'a.txt': 'a\n' } });
    await emulator.commitFiles({
      owner: 'acme',
      repo: 'iac',
      branch: 'f',
      from: 'main',
      files: { 'a.txt': 'b\n' },
      message: 'b',
    });
    const secret = 'argo-T0ken-9f8e7d';
    const scrubber = createSecretScrubber([secret]);
    const github = createOctokitGitHub({
      token: emulator.tokens.app,
      owner: 'acme',
      repo: 'iac',
      baseUrl: emulator.apiUrl,
      logger: silentLogger,
      writeIntervalMs: 0,
      scrubText: (text) => scrubber.scrub(text),
    });
    const echoed = `error: Authorization: Bearer ${secret}; basic ${Buffer.from(`u:${secret}`).toString('base64')}`;
    const created = await github.createPullRequest({
      title: `t ${secret}`,
      body: echoed,
      head: 'f',
      base: 'main',
    });
    if (created === undefined) throw new Error('the PR was not created');
    const pr = created;
    const comment = await github.createComment(pr.number, `comment ${encodeURIComponent(secret)} kept text`);
    const stored = await emulator.getPullRequest('acme', 'iac', pr.number);
    expect(stored.title).toBe('t ***');
    expect(stored.body).toMatch(/^error: Authorization: Bearer \*\*\*; basic /);
    expect(`${stored.body}`).not.toContain(Buffer.from(`u:${secret}`).toString('base64').slice(4, -4));
    const comments = emulator.listComments('acme', 'iac', pr.number);
    expect(comments.find((c) => c.id === comment.id)?.body).toBe('comment *** kept text');
  });
});
