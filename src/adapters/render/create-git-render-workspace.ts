import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ExternalError } from '../../core/errors/external-error.js';
import { renderTreeKey } from '../../core/render/render-tree-key.js';
import type { RenderTree } from '../../core/render/types.js';
import type { RenderWorkspacePort } from '../../ports/render-workspace-port.js';

const execFileAsync = promisify(execFile);

/** Where the workspace reads git objects and writes its directories. */
export interface GitRenderWorkspaceOptions {
  /** A git checkout holding the revisions' objects (fetch them first). */
  directory: string;
  /** Parent of the workspace's directories. Default: the OS temp dir (in Actions, pass RUNNER_TEMP). */
  tempDir?: string;
  /** The environment git starts from (PATH, HOME, …); the runner passes its own, plus a private index file. */
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Materialises trees from the local git object store with a private index file: `read-tree` of the revision,
 * replaced folders removed from the index and read in from their source revision (`read-tree --prefix`), then
 * `checkout-index` into a fresh directory. Nothing in the checkout, its index or its refs changes and no object
 * is written. Symbolic links are checked out as plain files holding the link text, so content a PR controls
 * cannot make a tool read files outside the tree; LFS smudging is off.
 */
export function createGitRenderWorkspace(options: GitRenderWorkspaceOptions): RenderWorkspacePort {
  const trees = new Map<string, Promise<string>>();
  let root: Promise<string> | undefined;
  const workspaceRoot = () =>
    (root ??= mkdtemp(path.join(options.tempDir ?? os.tmpdir(), 'telefonistka-render-')));
  return {
    materialize: (tree) => {
      const key = renderTreeKey(tree);
      let dir = trees.get(key);
      if (dir === undefined) {
        const index = trees.size + 1;
        dir = workspaceRoot().then((parent) =>
          materialize(options.directory, parent, index, tree, options.env),
        );
        trees.set(key, dir);
      }
      return dir;
    },
    dispose: async () => {
      await Promise.allSettled(trees.values());
      if (root !== undefined) await rm(await root, { recursive: true, force: true });
      trees.clear();
      root = undefined;
    },
  };
}

async function materialize(
  repo: string,
  parent: string,
  index: number,
  tree: RenderTree,
  env: Readonly<Record<string, string | undefined>>,
): Promise<string> {
  const dir = path.join(parent, `tree-${index}`);
  await mkdir(dir);
  const git = gitWithIndex(repo, path.join(parent, `tree-${index}.index`), env);
  await git(['read-tree', tree.revision]);
  for (const replacement of tree.replacements) {
    const target = trimSlashes(replacement.path);
    await git(['rm', '--cached', '-r', '-f', '-q', '--ignore-unmatch', '--', target]);
    if (replacement.from === undefined) continue;
    const source = `${replacement.from.revision}:${trimSlashes(replacement.from.path)}`;
    await git(['read-tree', `--prefix=${target}/`, source]);
  }
  await git([
    '-c',
    'core.symlinks=false',
    '-c',
    'filter.lfs.smudge=',
    '-c',
    'filter.lfs.process=',
    '-c',
    'filter.lfs.required=false',
    `--work-tree=${dir}`,
    'checkout-index',
    '-a',
    '-f',
  ]);
  return dir;
}

function trimSlashes(value: string): string {
  return value.replace(/^\/+|\/+$/g, '');
}

function gitWithIndex(
  repo: string,
  indexFile: string,
  parentEnv: Readonly<Record<string, string | undefined>>,
): (args: string[]) => Promise<void> {
  const env = { ...parentEnv, GIT_INDEX_FILE: indexFile, GIT_LITERAL_PATHSPECS: '1' };
  return async (args) => {
    try {
      await execFileAsync('git', args, { cwd: repo, env, maxBuffer: 16 * 1024 * 1024 });
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr?.trim();
      throw new ExternalError(stderr || (error as Error).message, {
        service: 'git',
        operation: args.find((arg) => !arg.startsWith('-') && !arg.includes('=')) ?? 'git',
        cause: error,
      });
    }
  };
}
