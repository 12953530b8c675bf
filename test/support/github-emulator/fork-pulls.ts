// Pull requests from forks, as far as the bump's trust tests need them: the head branch lives in another
// repository (`isCrossRepository: true` in GraphQL), so the base repository has no branch of that name; its
// commits are kept under `refs/pull/<n>/head` as on GitHub. Opened through `emulator.openForkPullRequest`.
import type { RepoEngine } from './repo-engine.js';
import type { PullRecord, RepoRecord } from './state.js';

const forkOf = new WeakMap<PullRecord, string>();

/** `owner/name` of the fork a PR comes from, or undefined for a PR from a branch of its own repository. */
export function headRepositoryOf(pull: PullRecord): string | undefined {
  return forkOf.get(pull);
}

/** What a fork PR is opened with. */
export interface ForkPullOptions {
  /** `owner/name` of the fork (need not exist in the emulator). */
  readonly fork: string;
  /** Branch name in the fork. */
  readonly head: string;
  readonly base: string;
  readonly title: string;
  readonly body?: string;
  readonly user: string;
  /** The fork's change on top of `base`. */
  readonly files: Readonly<Record<string, string>>;
}

/**
 * Opens a PR from `fork:head` against `repo`. The commit is made on a temporary branch of the same name (so the
 * engine's own validation and events apply), then moved to `refs/pull/<n>/head`.
 */
export async function openForkPull(
  engine: RepoEngine,
  repo: RepoRecord,
  options: ForkPullOptions,
): Promise<PullRecord> {
  const branchRef = `refs/heads/${options.head}`;
  if (await repo.git.resolveRef(branchRef)) {
    throw new Error(
      `the emulator cannot open a fork PR from ${options.head}: the base repository has that branch`,
    );
  }
  const start = await engine.resolveCommit(repo, options.base);
  if (!start) throw new Error(`unknown base ${options.base}`);
  await repo.git.updateRef(branchRef, start);
  const sha = await engine.commitFiles(repo, {
    branch: options.head,
    files: new Map(Object.entries(options.files)),
    message: options.title,
    author: options.user,
  });
  const pull = await engine.createPull(repo, {
    head: options.head,
    base: options.base,
    title: options.title,
    body: options.body ?? null,
    user: options.user,
  });
  await repo.git.updateRef(`refs/pull/${pull.number}/head`, sha);
  await repo.git.deleteRef(branchRef);
  forkOf.set(pull, options.fork);
  return pull;
}
