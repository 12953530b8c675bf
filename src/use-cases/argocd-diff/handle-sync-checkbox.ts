import { BOT_COMMENT_TAG } from '../shared/bot-comment-tag.js';
import { isOwnLogin } from '../shared/is-own-login.js';
import { kindMarker } from '../../core/comments/comment-markers.js';
import type { ArgoCdDiffDeps } from './argocd-diff-deps.js';
import { listPrComponents } from './list-pr-components.js';
import { readDefaultBranchConfig } from './read-default-branch-config.js';
import { ARGOCD_DIFF_COMMENT_KIND } from '../../core/argocd/render-argocd-diff-document.js';
import { setAppsTargetRevision } from './set-apps-target-revision.js';
import { readSyncCheckbox } from '../../core/argocd/sync-checkbox.js';
import type { RevisionChange } from '../../core/argocd/revision-change.js';
import type { PullRequestRef } from '../../ports/pull-request-ref.js';
import type { Phase } from '../../core/errors/phase-error.js';
import { inPhase } from '../shared/in-phase.js';

/** An edit of a PR comment, from the `issue_comment` `edited` event. */
export interface CommentEdit {
  issueNumber: number;
  /** Login and account type (`Bot`, `User`) of the comment's author. */
  author: string;
  authorType: string;
  /** Who edited it (the event's `sender`). */
  sender: string;
  /** `changes.body.from`; undefined when the body did not change. */
  bodyBefore: string | undefined;
  bodyAfter: string;
}

/** What a comment edit led to. */
export interface CheckboxHandling {
  /** Why nothing was done, when nothing was. */
  ignored: string | undefined;
  changes: RevisionChange[];
}

const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);

/**
 * "Sync from branch": when someone with write access ticks the checkbox in the bot's Argo CD diff comment
 * (an edit from `[ ]` to `[x]`), the apps of the PR's components matching `allowSyncfromBranchPathRegex` are
 * pointed at the PR branch. Edits by others, of other comments, unticking, and closed PRs change nothing.
 */
export async function handleSyncCheckbox(
  edit: CommentEdit,
  options: { defaultBranch: string; repoUrl: string },
  deps: ArgoCdDiffDeps,
): Promise<CheckboxHandling> {
  const ignore = (reason: string): CheckboxHandling => {
    deps.logger.info(`Nothing to do: ${reason}.`);
    return { ignored: reason, changes: [] };
  };
  if (!edit.bodyAfter.startsWith(`${BOT_COMMENT_TAG}\n${kindMarker(ARGOCD_DIFF_COMMENT_KIND)}\n`))
    return ignore('the edited comment is not an Argo CD diff comment');
  if (readSyncCheckbox(edit.bodyAfter) !== 'checked') return ignore('the sync checkbox is not ticked');
  if (edit.bodyBefore === undefined || readSyncCheckbox(edit.bodyBefore) !== 'unchecked')
    return ignore('the sync checkbox was not just ticked');
  // Only the token's own comment; when it cannot read its login, a bot's (no person can write as an App).
  const who = await inPhase(
    phase(`checking who ticked the sync checkbox on #${edit.issueNumber}`),
    async () => {
      if (edit.authorType !== 'Bot' || (await isOwnLogin(deps.github, edit.author)) === false)
        return `the comment was written by ${edit.author}, not by this bot`;
      const permission = await deps.github.getPermission(edit.sender);
      return WRITE_ROLES.has(permission)
        ? undefined
        : `${edit.sender} has ${permission} access; syncing from a branch needs write access`;
    },
  );
  if (who !== undefined) return ignore(who);
  const info = await inPhase(phase(`reading #${edit.issueNumber}`), () =>
    deps.github.getPullRequest(edit.issueNumber),
  );
  if (info.state !== 'open') return ignore(`#${info.number} is not open`);
  const pr: PullRequestRef = { ...info };
  const { loaded } = await inPhase(phase(`reading the configuration on ${options.defaultBranch}`), () =>
    readDefaultBranchConfig(options.defaultBranch, [pr.headSha, pr.baseSha], deps),
  );
  const regex = loaded.config.argocd.allowSyncFromBranchPathRegex;
  if (regex === undefined)
    return ignore('argocd.allowSyncfromBranchPathRegex is not set in telefonistka.yaml');
  const listed = await inPhase(phase(`listing the components of #${pr.number}`), () =>
    listPrComponents(pr, loaded.config, deps, { readConfigs: false }),
  );
  const changes = await inPhase(phase(`pointing the Argo CD apps of #${pr.number} at ${pr.headRef}`), () =>
    deps.logger.group('Sync from branch', () =>
      setAppsTargetRevision(
        {
          componentPaths: listed.components.map((c) => c.path),
          pathRegex: regex,
          repoUrl: options.repoUrl,
          useShaLabel: loaded.config.argocd.useShaLabelForAppDiscovery,
          to: pr.headRef,
        },
        deps.argocd,
        deps.logger,
      ),
    ),
  );
  if (changes.length === 0) return ignore(`no component of #${pr.number} matches ${regex.source}`);
  return { ignored: undefined, changes };
}

/** A phase of the sync-from-branch handler, named in its failure (`argocd-diff: reading #7: …`). */
function phase(what: string): Phase {
  return { flow: 'argocd-diff', phase: what };
}
