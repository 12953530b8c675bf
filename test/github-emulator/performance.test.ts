import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../support/github-emulator/index.js';
import { octokitFor } from './emulator-fixture.js';
import { startGitHubEmulator } from '../support/github-emulator/index.js';

const FILES = 2000;

function manyFiles(version: string): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: FILES }, (_, index) => [
      `clusters/env-${index % 4}/region-${index % 10}/cluster-${index % 50}/component-${index}/values.yaml`,
      `version: ${version}\nindex: ${index}\n`,
    ]),
  );
}

// Its timings are reported by bench/github-emulator.bench.ts (issue 14 item 6).
describe('GitHub emulator on 2,000 files', () => {
  let emulator: GitHubEmulator;

  beforeEach(async () => {
    emulator = await startGitHubEmulator();
  });
  afterEach(async () => emulator.close());

  it('creates a 2,000-file repository and lists every file of a 2,000-file pull request and tree', async () => {
    await emulator.createRepo({ owner: 'acme', name: 'big', files: manyFiles('1') });
    await emulator.commitFiles({
      owner: 'acme',
      repo: 'big',
      branch: 'bump',
      from: 'main',
      files: manyFiles('2'),
      message: 'bump all',
    });
    const pull = await emulator.openPullRequest({
      owner: 'acme',
      repo: 'big',
      head: 'bump',
      base: 'main',
      title: 'Bump',
    });
    const octokit = octokitFor(emulator, emulator.tokens.actions);
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: 'acme',
      repo: 'big',
      pull_number: pull.number,
      per_page: 100,
    });
    const tree = await octokit.rest.git.getTree({
      owner: 'acme',
      repo: 'big',
      tree_sha: 'main',
      recursive: '1',
    });
    expect(files).toHaveLength(FILES);
    expect(tree.data.tree.filter((entry) => entry.type === 'blob')).toHaveLength(FILES);
  });
});
