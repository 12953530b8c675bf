import { bumpBranchName, bumpBranchPrefix } from './bump-branch-name.js';
import type { BumpEdit } from './bump-edit.js';
import { parseBumpMetadata, type BumpMetadata, type RecordedEdit } from './bump-metadata.js';
import { formatYamlPath } from './format-yaml-path.js';
import { isOwnPullRequest } from './is-own-pull-request.js';
import { parseYamlPath } from './parse-yaml-path.js';

/** An open PR of the target repository, as the bump needs it. */
export interface BumpPullRequest {
  number: number;
  nodeId: string;
  url: string;
  title: string;
  body: string;
  headRef: string;
  headOid: string;
  baseRef: string;
  /** Login of the author; empty for a deleted account. */
  author: string;
  /** True for a PR from a fork. */
  isCrossRepository: boolean;
  labels: string[];
  assignees: string[];
}

/** What the bump run knows before deciding where its commit goes. */
export interface BumpTargetInput {
  triggeringRepo: string;
  sha: string;
  defaultBranch: string;
  edits: readonly BumpEdit[];
  /** Head of `artifact_version_bump/<repo>/<sha>` when that branch exists. */
  branchOid: string | undefined;
  openPullRequests: readonly BumpPullRequest[];
  coalesce: boolean;
  /** Login of the identity the bump writes with: only its PRs are updated. */
  ownLogin: string;
}

/** Where the bump goes: a new branch, or an existing bump branch (re-run, or coalescing a newer bump). */
export type BumpTarget =
  | { kind: 'new'; branch: string; edits: BumpEdit[]; superseded: string[]; warnings: string[] }
  | {
      kind: 'existing';
      reason: 'rerun' | 'coalesce';
      branch: string;
      headOid: string;
      pullRequest: BumpPullRequest | undefined;
      /** Edits recorded in the PR that this bump does not supersede (replayed first), then this bump's. */
      edits: BumpEdit[];
      superseded: string[];
      warnings: string[];
    };

/**
 * Decides where a bump goes. The branch of the same triggering SHA is reused (re-run, or a second bump step
 * of the same pipeline: its recorded edits are kept). Otherwise, unless `coalesce` is off, the newest open
 * bump PR from the same triggering repository whose recorded edits touch one of the same files is updated:
 * its edits that this bump does not supersede are replayed on the current default branch, then this bump's.
 * An edit supersedes a recorded one on the same file with the same YAML path or regex, and an overwrite
 * supersedes every recorded edit of its file. PRs without bump metadata (e.g. the Go bot's) are left alone,
 * and so is every PR this tool did not open (another author, or a fork): their bodies and branches are not
 * trusted. A PR of another author on this run's own branch stops the bump before anything is written.
 */
export function chooseBumpTarget(input: BumpTargetInput): BumpTarget {
  const branch = bumpBranchName(input.triggeringRepo, input.sha);
  const onBranch = input.openPullRequests.filter((pr) => !pr.isCrossRepository && pr.headRef === branch);
  const foreign = onBranch.find((pr) => !isOwnPullRequest(pr, input.ownLogin));
  if (foreign !== undefined) {
    throw new Error(
      `${branch} is the head branch of #${foreign.number}, opened by ${foreign.author || 'a deleted account'}, not by this tool (which writes as ${input.ownLogin}); close #${foreign.number} and delete the branch, then re-run`,
    );
  }
  const own = onBranch.find((pr) => pr.baseRef === input.defaultBranch);
  if (input.branchOid !== undefined) {
    const metadata = own === undefined ? undefined : parseBumpMetadata(own.body);
    const merged = mergeEdits(metadata?.edits ?? [], input.edits);
    const warnings = merged.dropped.map(
      (edit) => `${branch}: an earlier overwrite of ${edit.file} was too large to record and is not kept`,
    );
    return {
      kind: 'existing',
      reason: 'rerun',
      branch,
      headOid: input.branchOid,
      pullRequest: own,
      edits: merged.edits,
      superseded: metadata?.superseded ?? [],
      warnings,
    };
  }
  const candidate = input.coalesce ? findCoalescable(input) : undefined;
  if (candidate === undefined)
    return { kind: 'new', branch, edits: [...input.edits], superseded: [], warnings: [] };
  const { pr, metadata, edits } = candidate;
  const superseded =
    metadata.sha === input.sha ? metadata.superseded : [...metadata.superseded, metadata.sha];
  return {
    kind: 'existing',
    reason: metadata.sha === input.sha ? 'rerun' : 'coalesce',
    branch: pr.headRef,
    headOid: pr.headOid,
    pullRequest: pr,
    edits,
    superseded: superseded.filter((old) => old !== input.sha),
    warnings: [],
  };
}

function findCoalescable(
  input: BumpTargetInput,
): { pr: BumpPullRequest; metadata: BumpMetadata; edits: BumpEdit[] } | undefined {
  const prefix = bumpBranchPrefix(input.triggeringRepo).toLowerCase();
  const files = new Set(input.edits.map((edit) => edit.file));
  const candidates = input.openPullRequests
    .filter(
      (pr) =>
        pr.baseRef === input.defaultBranch &&
        pr.headRef.toLowerCase().startsWith(prefix) &&
        isOwnPullRequest(pr, input.ownLogin),
    )
    .sort((a, b) => b.number - a.number);
  for (const pr of candidates) {
    const metadata = parseBumpMetadata(pr.body);
    if (metadata?.triggeringRepo.toLowerCase() !== input.triggeringRepo.toLowerCase()) continue;
    if (!metadata.edits.some((edit) => files.has(edit.file))) continue;
    const merged = mergeEdits(metadata.edits, input.edits);
    if (merged.dropped.length > 0) continue;
    return { pr, metadata, edits: merged.edits };
  }
  return undefined;
}

/** Recorded edits not superseded by a new one, then the new ones; `dropped` could not be replayed. */
function mergeEdits(
  recorded: readonly RecordedEdit[],
  edits: readonly BumpEdit[],
): { edits: BumpEdit[]; dropped: RecordedEdit[] } {
  const kept: BumpEdit[] = [];
  const dropped: RecordedEdit[] = [];
  for (const old of recorded) {
    if (edits.some((edit) => supersedes(edit, old))) continue;
    if (old.mode !== 'overwrite') kept.push(old);
    else if (old.content !== undefined)
      kept.push({ file: old.file, mode: 'overwrite', content: old.content });
    else dropped.push(old);
  }
  return { edits: [...kept, ...edits], dropped };
}

function supersedes(edit: BumpEdit, old: RecordedEdit): boolean {
  if (edit.file !== old.file) return false;
  if (edit.mode === 'overwrite') return true;
  if (edit.mode === 'regex') return old.mode === 'regex' && old.regex === edit.regex;
  return old.mode === 'yaml' && canonicalPath(old.path) === canonicalPath(edit.path);
}

function canonicalPath(path: string): string {
  try {
    return formatYamlPath(parseYamlPath(path).steps);
  } catch {
    return path;
  }
}
