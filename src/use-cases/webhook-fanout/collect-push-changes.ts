import { mapWithConcurrency } from '../../core/concurrency/map-with-concurrency.js';
import { attributeChanges } from '../../core/webhook/attribute-changes.js';
import { changedPaths } from '../../core/webhook/changed-paths.js';
import { classifyChangedFiles } from '../../core/webhook/classify-changed-files.js';
import { diffTreeListings, type TreeListingEntry } from '../../core/webhook/diff-tree-listings.js';
import type { FileChanges, PushAttribution, PushEvent } from '../../core/webhook/types.js';
import type { GitReadPort } from '../../ports/git-read-port.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import type { Logger } from '../../ports/logger.js';
import type { ChangeSource } from '../../core/webhook/types.js';
import { errorMessage } from '../../core/errors/error-message.js';

/** Git's empty tree: diffing a new branch against it lists every file. */
export const EMPTY_TREE_SHA = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** Commits diffed one by one at most; longer pushes put the net change on the head commit. */
export const MAX_PER_COMMIT_DIFFS = 100;

/** What a push changed: the files that select endpoints and the lists the forwarded payload carries. */
export interface PushChanges {
  source: ChangeSource;
  /** Every changed path (sorted); endpoints are selected from these. */
  files: string[];
  attribution: PushAttribution;
  /** True when `files` may miss paths, so endpoints only they would select are not reached. */
  incomplete: boolean;
}

interface Ports {
  github: GitReadPort;
  localGit: LocalGitPort | undefined;
  logger: Logger;
}

/**
 * The files a push changed. From the local checkout when it has (or can fetch) `before` and `after`: the
 * net `before..after` diff, which is right for forced pushes too, and each commit's own diff for the payload.
 * Else from GitHub: the compare API, or the two recursive trees for forced pushes and when compare hits its
 * 300-file cap (then the payload's lists are sent empty, which makes Argo CD refresh every app of the repo).
 * A new branch lists every file of `after` and sends empty lists.
 */
export async function collectPushChanges(push: PushEvent, ports: Ports): Promise<PushChanges> {
  if (ports.localGit !== undefined) {
    const local = await fromCheckout(push, ports.localGit, ports.logger);
    if (local !== undefined) return local;
  }
  return fromApi(push, ports.github, ports.logger);
}

async function fromCheckout(
  push: PushEvent,
  git: LocalGitPort,
  logger: Logger,
): Promise<PushChanges | undefined> {
  const needed = push.created ? [push.after] : [push.before, push.after];
  if (!(await ensureCommits(git, needed))) {
    logger.info(`The checkout lacks ${needed.join(' or ')} and could not fetch it: asking GitHub instead.`);
    return undefined;
  }
  let net: FileChanges;
  try {
    net = classifyChangedFiles(await git.diff(push.created ? EMPTY_TREE_SHA : push.before, push.after));
  } catch (error) {
    logger.info(`git diff failed (${errorMessage(error)}): asking GitHub instead.`);
    return undefined;
  }
  if (push.created) return newBranch('local', changedPaths(net));
  const perCommit = await perCommitChanges(push.commitIds, git, logger);
  const attribution = attributeChanges({ ...push, net, perCommit });
  return { source: 'local', files: filesOf(net, attribution), attribution, incomplete: false };
}

async function ensureCommits(git: LocalGitPort, shas: readonly string[]): Promise<boolean> {
  const missing = [];
  for (const sha of shas) if (!(await git.hasCommit(sha))) missing.push(sha);
  if (missing.length === 0) return true;
  await git.fetch(missing);
  for (const sha of missing) if (!(await git.hasCommit(sha))) return false;
  return true;
}

/** Each commit against its first parent, as GitHub's webhook lists them; undefined when any cannot be read. */
async function perCommitChanges(
  commitIds: readonly string[],
  git: LocalGitPort,
  logger: Logger,
): Promise<ReadonlyMap<string, FileChanges> | undefined> {
  if (commitIds.length === 0) return undefined;
  if (commitIds.length > MAX_PER_COMMIT_DIFFS) {
    logger.info(`${commitIds.length} commits: listing the net change on the head commit.`);
    return undefined;
  }
  const diffs = await mapWithConcurrency(commitIds, 8, async (id) =>
    classifyChangedFiles(await git.diff(`${id}^`, id)),
  );
  const byCommit = new Map<string, FileChanges>();
  for (const [index, diff] of diffs.entries()) {
    if (diff.status === 'rejected') {
      // A shallow checkout lacks parents: the net change on the head commit is still right for Argo CD.
      logger.info(
        `Commit ${commitIds[index]} cannot be diffed alone: listing the net change on the head commit.`,
      );
      return undefined;
    }
    byCommit.set(commitIds[index] ?? '', diff.value);
  }
  return byCommit;
}

async function fromApi(push: PushEvent, github: GitReadPort, logger: Logger): Promise<PushChanges> {
  if (push.created) {
    const after = await treeListing(github, push.after);
    if (after === undefined) {
      logger.warning(
        'New branch and its tree is too large for one GitHub read: no endpoint can be selected. ' +
          'Add actions/checkout before this step.',
      );
      return { ...newBranch('api-trees', []), incomplete: true };
    }
    return newBranch('api-trees', changedPaths(diffTreeListings(new Map(), after)));
  }
  if (push.forced) {
    // compare is base...head (from the merge base): it misses what a forced push took away.
    const net = await diffTrees(github, push);
    if (net !== undefined) {
      const attribution = attributeChanges({ ...push, net, perCommit: undefined });
      return { source: 'api-trees', files: filesOf(net, attribution), attribution, incomplete: false };
    }
  }
  const compared = await github.compareCommits(push.before, push.after);
  const net = classifyChangedFiles(compared.files);
  if (!compared.truncated) {
    const attribution = attributeChanges({ ...push, net, perCommit: undefined });
    return { source: 'api-compare', files: filesOf(net, attribution), attribution, incomplete: false };
  }
  logger.warning(
    `GitHub's compare API lists at most 300 files and this push changes more: the forwarded payload carries ` +
      'empty file lists, so Argo CD refreshes every application of this repository. ' +
      'Add actions/checkout (fetch-depth: 2 or more) before this step to send exact lists.',
  );
  const full = await diffTrees(github, push);
  const attribution: PushAttribution = {
    kind: 'unknown',
    reason: 'the compare API truncated the changed files at 300',
  };
  if (full === undefined) {
    logger.warning(
      'The full change set could not be read either: endpoints are selected from 300 files only.',
    );
    return { source: 'api-compare', files: changedPaths(net), attribution, incomplete: true };
  }
  return { source: 'api-trees', files: changedPaths(full), attribution, incomplete: false };
}

async function diffTrees(github: GitReadPort, push: PushEvent): Promise<FileChanges | undefined> {
  const before = await treeListing(github, push.before);
  const after = before === undefined ? undefined : await treeListing(github, push.after);
  return before === undefined || after === undefined ? undefined : diffTreeListings(before, after);
}

async function treeListing(
  github: GitReadPort,
  commit: string,
): Promise<ReadonlyMap<string, TreeListingEntry> | undefined> {
  const { treeSha } = await github.getCommit(commit);
  const { entries, truncated } = await github.getTree(treeSha, { recursive: true });
  return truncated ? undefined : new Map(entries.map((entry) => [entry.path, entry]));
}

function newBranch(source: ChangeSource, files: string[]): PushChanges {
  return {
    source,
    files,
    attribution: { kind: 'unknown', reason: 'a new branch: every file is new' },
    incomplete: false,
  };
}

function filesOf(net: FileChanges, attribution: PushAttribution): string[] {
  return changedPaths(net, ...(attribution.kind === 'files' ? attribution.byCommit.values() : []));
}
