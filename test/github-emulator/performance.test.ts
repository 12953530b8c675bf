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

describe('GitHub emulator performance', () => {
  let emulator: GitHubEmulator;

  beforeEach(async () => {
    emulator = await startGitHubEmulator();
  });
  afterEach(async () => emulator.close());

  it('creates a 2,000-file repository and lists a 2,000-file pull request quickly', async () => {
    let started = performance.now();
    await emulator.createRepo({ owner: 'acme', name: 'big', files: manyFiles('1') });
    const createMs = performance.now() - started;
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
    started = performance.now();
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: 'acme',
      repo: 'big',
      pull_number: pull.number,
      per_page: 100,
    });
    const listMs = performance.now() - started;
    started = performance.now();
    const tree = await octokit.rest.git.getTree({
      owner: 'acme',
      repo: 'big',
      tree_sha: 'main',
      recursive: '1',
    });
    const treeMs = performance.now() - started;
    expect(files).toHaveLength(FILES);
    expect(tree.data.tree.filter((entry) => entry.type === 'blob')).toHaveLength(FILES);
    console.log(
      `2,000 files: createRepo ${createMs.toFixed(0)} ms, pulls.listFiles (20 pages) ${listMs.toFixed(0)} ms, recursive tree ${treeMs.toFixed(0)} ms`,
    );
    expect(createMs).toBeLessThan(15_000);
    expect(listMs).toBeLessThan(10_000);
  });
});
