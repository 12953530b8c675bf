// The bump use-case against the GitHub emulator with a job token (GITHUB_TOKEN) that may not write where the bump
// goes: GitHub's 403 "Resource not accessible by integration" becomes one message that says what to do, and the
// IaC repository is left as it was.
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOctokitGitHub } from '../../../src/adapters/github/create-octokit-github.js';
import { createGraphqlBumpReader } from '../../../src/adapters/github/create-graphql-bump-reader.js';
import { silentLogger } from '../../../src/ports/logger.js';
import type { BumpRequest } from '../../../src/use-cases/bump/bump-types.js';
import { bumpVersion } from '../../../src/use-cases/bump/bump-version.js';
import { TOKEN_PERMISSIONS_DOC } from '../../../src/use-cases/shared/token-permission-fix.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';

const VALUES = 'clusters/staging/eu/c1/api/values.yaml';

let emulator: GitHubEmulator;

beforeEach(async () => {
  emulator = await startGitHubEmulator();
  await emulator.createRepo({ owner: 'acme', name: 'iac', files: { [VALUES]: 'image:\n  tag: "1.0.0"\n' } });
  await emulator.createRepo({ owner: 'acme', name: 'api', files: { 'main.go': 'package main\n' } });
});

afterEach(async () => {
  await emulator.close();
});

/** Bumps acme/iac with `token`, as run-bump wires it; the error message when GitHub refuses. */
async function bumpWith(token: string, triggeringRepo: string): Promise<string> {
  const common = { token, baseUrl: emulator.apiUrl, logger: silentLogger, writeIntervalMs: 0 };
  const github = createOctokitGitHub({ ...common, owner: 'acme', repo: 'iac' });
  const reader = createGraphqlBumpReader({
    ...common,
    owner: 'acme',
    repo: 'iac',
    readFileText: (ref, path) => github.getFileText(ref, path),
  });
  const request: BumpRequest = {
    targetRepo: 'acme/iac',
    edits: [{ file: VALUES, mode: 'yaml', path: '.image.tag', value: '1.1.0' }],
    triggeringRepo,
    sha: 'b'.repeat(40),
    actor: 'alice',
    labels: [],
    coalesce: true,
    autoMerge: 'off',
    mergeMethod: 'merge',
    serverUrl: emulator.serverUrl,
    dryRun: false,
    allowWorkflowFiles: false,
  };
  const deps = { github, reader, logger: silentLogger, sleep: async () => undefined };
  return bumpVersion(request, deps).then(
    (result) => `no refusal: ${JSON.stringify(result)}`,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

function refs(): string {
  return execFileSync('git', ['for-each-ref', '--format=%(refname) %(objectname)'], {
    cwd: emulator.gitDir('acme', 'iac'),
    encoding: 'utf8',
  });
}

describe('bump with a job token that may not write', { timeout: 90_000 }, () => {
  it.each([
    ['permissions: contents: read', { contents: 'read' }],
    ['contents: write but no pull-requests: write', { contents: 'write' }],
  ])('in its own repository: names the permissions: block to add (%s)', async (_name, permissions) => {
    const token = await emulator.workflowToken({ owner: 'acme', repo: 'iac', permissions });
    const before = refs();
    const message = await bumpWith(token, 'acme/iac');
    expect(message).toContain('Resource not accessible by integration');
    expect(message).toContain('permissions:\n  contents: write\n  pull-requests: write\n  issues: write');
    expect(message).toContain('actions/create-github-app-token');
    expect(message).toContain(TOKEN_PERMISSIONS_DOC);
    expect(message).toContain('Nothing was written.');
    expect(refs()).toBe(before);
    expect(await emulator.listPullRequests('acme', 'iac')).toEqual([]);
  });

  it('in another repository: says GITHUB_TOKEN cannot write there and what token to pass', async () => {
    const token = await emulator.workflowToken({ owner: 'acme', repo: 'api', permissions: 'write-all' });
    const before = refs();
    const message = await bumpWith(token, 'acme/api');
    expect(message).toContain('Resource not accessible by integration');
    expect(message).toContain('GITHUB_TOKEN can write only to the repository of its workflow');
    expect(message).toContain('owner and repositories set to acme/iac');
    expect(message).not.toContain('permissions:\n');
    expect(refs()).toBe(before);
  });
});
