import { bumpBranchName } from '../../core/bump/bump-branch-name.js';
import { bumpCommitMessage } from '../../core/bump/bump-commit-message.js';
import type { BumpEdit } from '../../core/bump/bump-edit.js';
import {
  RECORDED_CONTENT_LIMIT,
  type BumpMetadata,
  type RecordedEdit,
} from '../../core/bump/bump-metadata.js';
import { bumpTitle } from '../../core/bump/bump-title.js';
import { chooseBumpTarget, type BumpTarget } from '../../core/bump/choose-bump-target.js';
import { gitBlobSha } from '../../core/bump/git-blob-sha.js';
import { refuseWorkflowTargets } from '../../core/bump/refuse-workflow-targets.js';
import { renderBumpBody } from '../../core/bump/render-bump-body.js';
import { errorMessage } from '../../core/errors/error-message.js';
import { ExternalError } from '../../core/errors/external-error.js';
import { PhaseError } from '../../core/errors/phase-error.js';
import { inPhase } from '../shared/in-phase.js';
import type { BumpTargetSnapshot } from '../../ports/bump-reader-port.js';
import type { BumpDeps, BumpRequest } from './bump-types.js';
import { computeBumpContent, type BumpContent } from '../../core/bump/compute-bump-content.js';
import { actionsPrPermissionFix } from '../shared/actions-pr-permission-fix.js';
import { tokenPermissionFix } from '../shared/token-permission-fix.js';
import { mergeBumpPr } from './merge-bump-pr.js';
import { BumpPrRaced, publishBumpPr } from './publish-bump-pr.js';
import type { BumpResult } from '../../core/bump/bump-result.js';

const MAX_ATTEMPTS = 3;

/** Someone moved the bump branch between our read and our write; the whole bump is computed again. */
class BranchMoved extends Error {
  constructor(branch: string) {
    super(`branch ${branch} was changed by someone else while this run wrote it`);
    this.name = 'BranchMoved';
  }
}

/**
 * Opens (or updates) the version-bump PR in the target repository: reads the default branch, the bump branch
 * and the open PRs in one GraphQL query, applies the edits, writes one commit with the Git Data API (tree with
 * inline content, commit, ref) on top of the default branch, opens the PR with label and assignee, and merges
 * it when asked. Re-runs, further steps for the same SHA and newer bumps of the same files update the
 * existing PR (see chooseBumpTarget); a branch moved concurrently makes the whole bump start over.
 */
export async function bumpVersion(request: BumpRequest, deps: BumpDeps): Promise<BumpResult> {
  refuseWorkflowTargets(request.edits, { allowWorkflowFiles: request.allowWorkflowFiles });
  for (let attempt = 1; ; attempt++) {
    try {
      return await bumpOnce(request, deps);
    } catch (error) {
      const cause = error instanceof PhaseError ? error.cause : error;
      if (!(cause instanceof BranchMoved) && !(cause instanceof BumpPrRaced)) throw error;
      if (attempt >= MAX_ATTEMPTS) {
        throw new Error(`${errorMessage(error)} ${MAX_ATTEMPTS} times; re-run the job`, { cause: error });
      }
      deps.logger.info(`${cause.message}; starting over (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`);
    }
  }
}

/**
 * One phase of a bump: a failure says which (`bump: writing the bump branch …: <cause>`), and "not found" or
 * "forbidden" from the target repository becomes the fix.
 */
function bumpPhase<T>(request: BumpRequest, phase: string, work: () => Promise<T>): Promise<T> {
  return inPhase({ flow: 'bump', phase }, () => withAccessErrors(request, work));
}

async function bumpOnce(request: BumpRequest, deps: BumpDeps): Promise<BumpResult> {
  const { logger } = deps;
  const branch = bumpBranchName(request.triggeringRepo, request.sha);
  const paths = [...new Set(request.edits.map((edit) => edit.file))];
  const snapshot = await logger.group(`Read ${request.targetRepo}`, () =>
    bumpPhase(request, `reading the bump target ${request.targetRepo}`, () =>
      deps.reader.readTarget({ branch, paths }),
    ),
  );
  logger.info(`Default branch ${snapshot.defaultBranch} at ${snapshot.baseOid}`);
  const target = await bumpPhase(request, `choosing the branch of ${branch}`, () =>
    Promise.resolve().then(() =>
      chooseBumpTarget({
        triggeringRepo: request.triggeringRepo,
        sha: request.sha,
        defaultBranch: snapshot.defaultBranch,
        edits: request.edits,
        branchOid: snapshot.branchOid,
        openPullRequests: snapshot.openPullRequests,
        coalesce: request.coalesce,
        ownLogin: snapshot.viewerLogin,
      }),
    ),
  );
  describeTarget(target, deps);
  const content = await logger.group('Compute the change', () =>
    bumpPhase(request, `computing the change of ${paths.join(', ')}`, async () => {
      const computed = computeBumpContent(
        target.edits,
        await baseFiles(target, snapshot, deps),
        snapshot.defaultBranch,
      );
      for (const file of computed.files)
        logger.info(file.diff ?? `${file.path}: changed (diff too large to show)`);
      return computed;
    }),
  );
  const result = {
    defaultBranch: snapshot.defaultBranch,
    files: content.files,
    superseded: target.superseded,
    warnings: [...target.warnings],
    merge: 'none' as const,
    mergeError: undefined,
  };
  if (content.changes.length === 0) {
    logger.info(`${snapshot.defaultBranch} already has this content: no PR needed.`);
    return { ...result, result: 'no-change', changed: false, pullRequest: undefined, branch: undefined };
  }
  if (request.dryRun) {
    return { ...result, result: 'dry-run', changed: true, pullRequest: undefined, branch: target.branch };
  }
  return writeBump({ request, deps, snapshot, target, content, result });
}

async function writeBump(input: {
  request: BumpRequest;
  deps: BumpDeps;
  snapshot: BumpTargetSnapshot;
  target: BumpTarget;
  content: BumpContent;
  result: Omit<BumpResult, 'result' | 'changed' | 'pullRequest' | 'branch'>;
}): Promise<BumpResult> {
  const { request, deps, snapshot, target, content } = input;
  const files = content.changes.map((change) => change.path);
  const metadata: BumpMetadata = {
    triggeringRepo: request.triggeringRepo,
    sha: request.sha,
    superseded: target.superseded,
    edits: target.edits.map(toRecordedEdit),
  };
  const text = {
    title: bumpTitle({ ...metadata, files, coalesced: target.superseded.length > 0 }),
    body: renderBumpBody(metadata, { serverUrl: request.serverUrl }),
  };
  const writing = `writing the bump branch ${target.branch}`;
  const alreadyThere =
    target.kind === 'existing' &&
    (await bumpPhase(request, writing, () => headHasContent(target.headOid, content, deps)));
  const headSha = alreadyThere
    ? target.headOid
    : await deps.logger.group(`Write ${target.branch}`, () =>
        bumpPhase(request, writing, () => writeCommit(input, files)),
      );
  const published = await deps.logger.group('Pull request', () =>
    bumpPhase(request, `publishing the bump PR of ${target.branch}`, () =>
      publishBumpPr({
        ...text,
        branch: target.branch,
        target,
        written: !alreadyThere,
        request,
        deps,
        snapshot,
      }).catch((error: unknown) => undoRefusedBranch(error, { target, written: !alreadyThere, deps })),
    ),
  );
  const merged = await mergeBumpPr({
    pullRequest: published.pullRequest,
    headSha,
    request: { ...request, repositorySettings: request.repositorySettings ?? snapshot.settings },
    deps,
  });
  return {
    ...input.result,
    result: published.action,
    changed: true,
    pullRequest: { number: published.pullRequest.number, url: published.pullRequest.url },
    branch: target.branch,
    warnings: [...input.result.warnings, ...published.warnings],
    merge: merged.merge,
    mergeError: merged.error,
  };
}

async function writeCommit(
  input: {
    request: BumpRequest;
    deps: BumpDeps;
    snapshot: BumpTargetSnapshot;
    target: BumpTarget;
    content: BumpContent;
  },
  files: string[],
): Promise<string> {
  const { request, deps, snapshot, target, content } = input;
  const tree = await deps.github.createTree(
    snapshot.baseTreeOid,
    content.changes.map((change) => ({
      path: change.path,
      mode: change.mode,
      type: 'blob',
      content: change.after,
    })),
  );
  // No author or committer: GitHub signs the commit for App and Actions tokens ("Verified").
  const commit = await deps.github.createCommit({
    message: bumpCommitMessage({ triggeringRepo: request.triggeringRepo, sha: request.sha, files }),
    tree,
    parents: [snapshot.baseOid],
  });
  const written =
    target.kind === 'new'
      ? (await deps.github.createBranch(target.branch, commit)) === 'written'
      : (await deps.github.replaceBranch(target.branch, { from: target.headOid, to: commit })) === 'written';
  if (!written) throw new BranchMoved(target.branch);
  deps.logger.info(
    `${target.branch} -> ${commit} (on ${snapshot.defaultBranch} ${snapshot.baseOid.slice(0, 12)})`,
  );
  return commit;
}

/** Reads the files the other edits need from the default branch (replayed edits may name more files). */
async function baseFiles(target: BumpTarget, snapshot: BumpTargetSnapshot, deps: BumpDeps) {
  const missing = [...new Set(target.edits.map((edit) => edit.file))].filter(
    (path) => !snapshot.files.has(path),
  );
  if (missing.length === 0) return snapshot.files;
  const extra = await deps.reader.readFiles(snapshot.baseOid, missing);
  return new Map([...snapshot.files, ...extra]);
}

/** True when the bump branch already holds exactly the files this bump computes. */
async function headHasContent(headOid: string, content: BumpContent, deps: BumpDeps): Promise<boolean> {
  const head = await deps.reader.readFiles(headOid, [...content.desired.keys()]);
  return [...content.desired].every(([path, text]) => head.get(path)?.oid === gitBlobSha(text));
}

function toRecordedEdit(edit: BumpEdit): RecordedEdit {
  if (edit.mode !== 'overwrite' || edit.content.length <= RECORDED_CONTENT_LIMIT) return edit;
  return { file: edit.file, mode: 'overwrite', contentSha: gitBlobSha(edit.content) };
}

function describeTarget(target: BumpTarget, deps: BumpDeps): void {
  for (const warning of target.warnings) deps.logger.warning(warning);
  if (target.kind === 'new') {
    deps.logger.info(`New bump branch ${target.branch}`);
    return;
  }
  const pr = target.pullRequest === undefined ? 'no open PR' : `#${target.pullRequest.number}`;
  const what = target.reason === 'rerun' ? 'Re-run for this SHA' : 'Coalescing with an open bump PR';
  deps.logger.info(`${what}: ${target.branch} (${pr}), ${target.edits.length} edit(s) in effect`);
}

/**
 * GitHub refused the PR because the workflow token may not create PRs, or the token lacks `pull-requests: write`:
 * the branch this run just created is deleted again so the repository is left as it was, then the refusal goes
 * on to be explained.
 */
async function undoRefusedBranch(
  error: unknown,
  input: { target: BumpTarget; written: boolean; deps: BumpDeps },
): Promise<never> {
  const refused =
    error instanceof ExternalError &&
    (error.refusal === 'actions-cannot-create-pr' || error.refusal === 'token-permission-missing');
  if (refused && input.target.kind === 'new' && input.written) {
    await input.deps.github.deleteBranch(input.target.branch);
    input.deps.logger.info(`Deleted ${input.target.branch} again: GitHub refused its PR.`);
  }
  throw error;
}

// What a bump needs of its token on the target repository (the label and assignee go through the Issues API).
const BUMP_PERMISSIONS = ['contents: write', 'pull-requests: write', 'issues: write'];

/** Turns "not found" and "forbidden" from the target repository into the fix. */
async function withAccessErrors<T>(
  request: Pick<BumpRequest, 'targetRepo' | 'triggeringRepo'>,
  fn: () => Promise<T>,
): Promise<T> {
  const repo = request.targetRepo;
  try {
    return await fn();
  } catch (error) {
    if (!(error instanceof ExternalError)) throw error;
    if (error.refusal === 'actions-cannot-create-pr') {
      throw new Error(`${actionsPrPermissionFix(repo)} Nothing was written.`, { cause: error });
    }
    if (error.refusal === 'token-permission-missing') {
      const otherRepository = repo.toLowerCase() !== request.triggeringRepo.toLowerCase();
      const fix = tokenPermissionFix({
        repository: repo,
        message: error.message,
        permissions: BUMP_PERMISSIONS,
        otherRepository,
      });
      throw new Error(`${fix} Nothing was written.`, { cause: error });
    }
    if (error.status === 401) {
      throw new Error(`the token was rejected by GitHub (401) for ${repo}: check the token input`, {
        cause: error,
      });
    }
    if (error.status === 403 || error.status === 404) {
      throw new Error(
        `no access to ${repo}: give the token contents and pull-requests write on it (${error.message})`,
        { cause: error },
      );
    }
    throw error;
  }
}
