import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitSnapshot } from '../../../src/adapters/git/create-git-snapshot.js';
import { createLocalGit } from '../../../src/adapters/git/create-local-git.js';
import { createOctokitGitHub } from '../../../src/adapters/github/create-octokit-github.js';
import { silentLogger } from '../../../src/ports/logger.js';
import type { MergedPullRequest } from '../../../src/ports/pull-request-ref.js';
import { promoteMergedPullRequest } from '../../../src/use-cases/promote/promote-merged-pull-request.js';
import { TOKEN_PERMISSIONS_DOC } from '../../../src/use-cases/shared/token-permission-fix.js';
import { checkoutRepo } from '../../support/run-action.js';
import { OWNER, REPO, startPromoteHarness, type PromoteHarness } from './promote-harness.js';

const CONFIG = `promotionPaths:
  - sourcePath: "workspace/"
    promotionPrs:
      - targetPaths: ["clusters/lab/europe-west4/c1/"]
      - targetPaths: ["clusters/staging/us-central1/c1/"]
`;

let harness: PromoteHarness | undefined;
const dirs: string[] = [];

afterEach(async () => {
  await harness?.close();
  harness = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs promote in-process with a job token whose permissions are `permissions`, on a fresh checkout of main. */
async function promoteWithJobToken(h: PromoteHarness, pr: MergedPullRequest, permissions: unknown) {
  const token = await h.emulator.workflowToken({ owner: OWNER, repo: REPO, permissions });
  const github = createOctokitGitHub({
    token,
    owner: OWNER,
    repo: REPO,
    baseUrl: h.emulator.apiUrl,
    logger: silentLogger,
    writeIntervalMs: 0,
  });
  const dir = await checkoutRepo(h.emulator, OWNER, REPO, 'main');
  dirs.push(dir);
  return promoteMergedPullRequest(
    pr,
    {
      defaultBranch: 'main',
      dryRun: false,
      autoMergeMode: 'direct',
      mergeMethod: 'auto',
      dispatchAfterMerge: undefined,
    },
    {
      github,
      approver: undefined,
      localGit: createLocalGit(dir),
      snapshot: createGitSnapshot(dir),
      logger: silentLogger,
      sleep: () => Promise.resolve(),
    },
  );
}

/** Every ref of the emulated repository with its SHA: the state a refused run must leave as it was. */
function refs(h: PromoteHarness): string {
  return execFileSync('git', ['for-each-ref', '--format=%(refname) %(objectname)'], {
    cwd: h.emulator.gitDir(OWNER, REPO),
    encoding: 'utf8',
  });
}

describe('promote with a job token that may not write', { timeout: 90_000 }, () => {
  it.each([
    ['permissions: contents: read', { contents: 'read' }],
    ['contents: write but no pull-requests: write', { contents: 'write' }],
  ])(
    'stops at the first refusal and says which permissions block to add, or an App token (%s)',
    async (_name, permissions) => {
      const h = (harness = await startPromoteHarness({ config: CONFIG }));
      const pr = await h.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
      const before = refs(h);
      const pullsBefore = await h.emulator.listPullRequests(OWNER, REPO);
      const result = await promoteWithJobToken(h, pr, permissions);
      expect(result.failures).toHaveLength(1);
      const [failure] = result.failures;
      expect(failure).toContain('Resource not accessible by integration');
      expect(failure).toContain('permissions:\n  contents: write\n  pull-requests: write');
      expect(failure).toContain('actions/create-github-app-token');
      expect(failure).toContain(TOKEN_PERMISSIONS_DOC);
      expect(result.results).toHaveLength(1); // the second target was not attempted
      expect(result.results[0]).toMatchObject({ refusal: 'token-permission-missing' });
      expect(refs(h)).toBe(before);
      expect(await h.emulator.listPullRequests(OWNER, REPO)).toEqual(pullsBefore);
    },
  );
});
