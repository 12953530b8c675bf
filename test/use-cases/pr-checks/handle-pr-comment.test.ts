import { describe, expect, it } from 'vitest';
import { ExternalError } from '../../../src/core/errors/external-error.js';
import { silentLogger } from '../../../src/ports/logger.js';
import type { RepoSnapshotPort } from '../../../src/ports/repo-snapshot-port.js';
import { handlePrComment, type PrComment } from '../../../src/use-cases/pr-checks/handle-pr-comment.js';
import { createFakeGitHub, type FakeStatus } from '../../support/fake-github/create-fake-github.js';

const options = {
  defaultBranch: 'main',
  serverUrl: 'https://github.com',
  today: '2026-05-01',
  maxContentReads: 10,
};

/** The repository config on main, served as the API snapshot would (by branch name). */
function snapshotWith(config: string): RepoSnapshotPort {
  return {
    source: 'api',
    readTree: () => Promise.reject(new Error('no tree reads expected')),
    readFile: (ref, path) =>
      Promise.resolve(ref === 'main' && path === 'telefonistka.yaml' ? config : undefined),
  };
}

/** PR #7 by alice, head commit `head-sha`, with these statuses on it; `closed` closes it first. */
function setUp(
  seed: { viewer?: string; statuses?: FakeStatus[]; closed?: boolean } = {},
  config = 'toggleCommitStatus:\n  ship-it: deploy/gate\n',
) {
  const fake = createFakeGitHub({
    permissions: { alice: 'write', reader: 'read', boss: 'admin' },
    ...(seed.viewer === undefined ? {} : { viewer: seed.viewer }),
  });
  const pull = fake.openPullRequest({
    number: 7,
    head: 'feature',
    headSha: 'head-sha',
    files: { 'a.yaml': 'a' },
  });
  if (seed.closed === true) pull.state = 'closed';
  fake.state.statuses.push(...(seed.statuses ?? []));
  const deps = {
    github: fake.github,
    snapshot: snapshotWith(config),
    localGit: undefined,
    logger: silentLogger,
  };
  const comment = (body: string, author = 'alice', action = 'created'): PrComment => ({
    action,
    issueNumber: 7,
    body,
    author,
  });
  return { ...fake, run: (c: PrComment) => handlePrComment(c, options, deps), comment };
}

describe('handlePrComment', () => {
  it('ignores edited comments, Telefonistka comments and comments without a slash, without API calls', async () => {
    const { github, run, comment } = setUp();
    expect((await run(comment('/retrigger', 'alice', 'edited'))).ignored).toMatch(/only new comments/);
    expect((await run(comment('<!-- telefonistka_tag -->\n/retrigger'))).ignored).toMatch(
      /Telefonistka comment/,
    );
    expect((await run(comment('LGTM, thanks'))).ignored).toMatch(/no command/);
    expect(github.callCount()).toBe(0);
  });

  it('finds no command in a comment whose slashes name no configured toggle', async () => {
    const { state, run, comment } = setUp();
    expect((await run(comment('see https://example.com/docs/deploy'))).ignored).toMatch(/no command/);
    expect(state.statuses).toEqual([]);
  });

  it('flips the named status keeping its latest description and link, for admins too', async () => {
    const { state, run, comment } = setUp({
      statuses: [
        {
          sha: 'head-sha',
          state: 'success',
          context: 'deploy/gate',
          description: 'approved by bob',
          targetUrl: 'https://ci.example.com/run/7',
        },
      ],
    });
    const handled = await run(comment('/ship-it', 'boss'));
    expect(handled.toggled).toEqual([
      { command: 'ship-it', context: 'deploy/gate', from: 'success', to: 'failure' },
    ]);
    expect(state.statuses[0]).toMatchObject({
      sha: 'head-sha',
      state: 'failure',
      description: 'approved by bob',
      targetUrl: 'https://ci.example.com/run/7',
    });
  });

  it('answers a reader politely and changes nothing', async () => {
    const { state, run, comment } = setUp();
    const handled = await run(comment('/ship-it', 'reader'));
    expect(handled).toMatchObject({ refused: true, toggled: [], check: undefined });
    expect(state.statuses).toEqual([]);
    expect(state.comments).toHaveLength(1);
    expect(state.comments[0]!.body).toBe(
      '<!-- telefonistka_tag -->\n@reader thanks for asking! Only people with write access to acme/iac can run `/ship-it`, so nothing was done. A maintainer can run it for you.',
    );
  });

  it('says what it was doing when GitHub refuses the status it toggles', async () => {
    const { state, run, comment, failOn } = setUp();
    failOn(
      'createCommitStatus',
      new ExternalError('Resource not accessible by integration', {
        service: 'GitHub',
        operation: 'create a commit status',
        status: 403,
      }),
    );
    await expect(run(comment('/ship-it'))).rejects.toThrow(
      'pr-checks: toggling deploy/gate on head-sha: GitHub create a commit status failed (HTTP 403): Resource not accessible by integration',
    );
    expect(state.statuses).toEqual([]);
  });

  it("ignores the bot's own command and commands on closed PRs", async () => {
    const own = setUp({ viewer: 'telefonistka' });
    expect((await own.run(own.comment('/ship-it', 'telefonistka[bot]'))).ignored).toBe(
      "the comment is the bot's own",
    );
    const closed = setUp({ closed: true });
    expect((await closed.run(closed.comment('/ship-it'))).ignored).toBe('#7 is closed');
    expect(closed.state.statuses).toEqual([]);
  });
});
