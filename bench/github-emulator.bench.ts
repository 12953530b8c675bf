// The GitHub emulator on a 2,000-file repository, moved out of test/github-emulator/performance.test.ts
// (issue 14 item 6): creating it, listing the files of a PR changing all of them (20 pages), a recursive tree.
import { performance } from 'node:perf_hooks';
import { octokitFor } from '../test/github-emulator/emulator-fixture.js';
import { startGitHubEmulator } from '../test/support/github-emulator/index.js';

const FILES = 2000;

function manyFiles(version: string): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: FILES }, (_, index) => [
      `clusters/env-${index % 4}/region-${index % 10}/cluster-${index % 50}/component-${index}/values.yaml`,
      `version: ${version}\nindex: ${index}\n`,
    ]),
  );
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, Math.round(performance.now() - started)];
}

/** Milliseconds of the emulator's heavy operations on 2,000 files. */
export async function run(): Promise<Record<string, number>> {
  const emulator = await startGitHubEmulator({ preset: 'permissive' });
  try {
    const [, createMs] = await timed(() =>
      emulator.createRepo({ owner: 'acme', name: 'big', files: manyFiles('1') }),
    );
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
    const [files, listMs] = await timed(() =>
      octokit.paginate(octokit.rest.pulls.listFiles, {
        owner: 'acme',
        repo: 'big',
        pull_number: pull.number,
        per_page: 100,
      }),
    );
    const [, treeMs] = await timed(() =>
      octokit.rest.git.getTree({ owner: 'acme', repo: 'big', tree_sha: 'main', recursive: '1' }),
    );
    if (files.length !== FILES) throw new Error(`listed ${files.length} files, expected ${FILES}`);
    return {
      emulatorCreateRepo2000FilesMs: createMs,
      emulatorListPrFiles2000Ms: listMs,
      emulatorRecursiveTree2000Ms: treeMs,
    };
  } finally {
    await emulator.close();
  }
}
