import type { CommentPort } from '../../ports/comment-port.js';
import type { CommitState, CommitStatusPort } from '../../ports/commit-status-port.js';
import { loadRepoConfig } from '../promote/load-repo-config.js';
import { BOT_COMMENT_TAG } from '../shared/bot-comment-tag.js';
import { checkPullRequest, type PrCheckOptions } from './check-pull-request.js';
import { isOwnLogin } from '../shared/is-own-login.js';
import {
  canRunCommands,
  parseChatCommands,
  RETRIGGER_COMMAND,
  type ChatCommands,
} from '../../core/comments/parse-chat-commands.js';
import type { PrChecksDeps } from './pr-checks-deps.js';
import type { CommentHandling, StatusToggle } from '../../core/pr-checks/pr-check-result.js';
import type { PullRequestRef } from '../../ports/pull-request-ref.js';
import type { Phase } from '../../core/errors/phase-error.js';
import { inPhase } from '../shared/in-phase.js';

/** A comment on a PR, from the `issue_comment` event. */
export interface PrComment {
  /** `created`, `edited` or `deleted`; only new comments run commands. */
  action: string;
  issueNumber: number;
  body: string;
  author: string;
}

/**
 * The comment flow: ignores the bot's own comments and comments without a command; commands of people
 * without write access (checked through the API) get a polite reply and do nothing; `/retrigger` re-runs
 * the checks on the PR's current head; `toggleCommitStatus` commands flip their status as the Go bot does.
 */
export async function handlePrComment(
  comment: PrComment,
  options: Omit<PrCheckOptions, 'addedLabel' | 'commitStatus'>,
  deps: PrChecksDeps,
): Promise<CommentHandling> {
  const ignore = (reason: string): CommentHandling => {
    deps.logger.info(`Nothing to do: ${reason}.`);
    return { ignored: reason, refused: false, check: undefined, toggled: [] };
  };
  if (comment.action !== 'created')
    return ignore(`the comment was ${comment.action}; only new comments run commands`);
  if (comment.body.includes(BOT_COMMENT_TAG)) return ignore('the comment is a Telefonistka comment');
  if (!comment.body.includes('/')) return ignore('the comment holds no command');
  const commands = await inPhase(phase(`reading the commands of a comment on #${comment.issueNumber}`), () =>
    readCommands(comment.body, options.defaultBranch, deps),
  );
  if (!commands.retrigger && commands.toggles.length === 0) return ignore('the comment holds no command');
  const permission = await inPhase(phase(`checking the permission of ${comment.author}`), async () =>
    (await isOwnLogin(deps.github, comment.author)) === true
      ? undefined
      : deps.github.getPermission(comment.author),
  );
  if (permission === undefined) return ignore("the comment is the bot's own");
  if (!canRunCommands(permission)) {
    await inPhase(phase(`replying to ${comment.author} on #${comment.issueNumber}`), () =>
      replyRefusal(deps.github, comment, commands),
    );
    deps.logger.info(`${comment.author} has ${permission} access: command refused.`);
    return { ignored: undefined, refused: true, check: undefined, toggled: [] };
  }
  const info = await inPhase(phase(`reading #${comment.issueNumber}`), () =>
    deps.github.getPullRequest(comment.issueNumber),
  );
  if (info.state !== 'open') return ignore(`#${info.number} is closed`);
  const pr: PullRequestRef = { ...info };
  const contexts = commands.toggles.map((toggle) => toggle.context).join(', ');
  const toggled = await inPhase(phase(`toggling ${contexts} on ${pr.headSha}`), () =>
    toggleStatuses(deps.github, pr.headSha, commands.toggles),
  );
  const check = commands.retrigger
    ? await checkPullRequest(pr, { ...options, commitStatus: true }, deps)
    : undefined;
  return { ignored: undefined, refused: false, check, toggled };
}

/** A phase of the comment handler, named in its failure (`pr-checks: checking the permission of alice: …`). */
function phase(what: string): Phase {
  return { flow: 'pr-checks', phase: what };
}

/** `/retrigger` needs no configuration; toggle commands are defined in the default branch's config. */
async function readCommands(body: string, defaultBranch: string, deps: PrChecksDeps): Promise<ChatCommands> {
  const bare = parseChatCommands(body, {});
  if (bare.retrigger) return bare;
  const { config } = await loadRepoConfig(deps.snapshot, await configRef(defaultBranch, deps));
  return parseChatCommands(body, config.toggleCommitStatus);
}

/** The commit to read the configuration at: the branch name through the API (one call), else its local commit. */
async function configRef(defaultBranch: string, deps: PrChecksDeps): Promise<string> {
  if (deps.localGit === undefined) return defaultBranch;
  const head = await deps.localGit.remoteBranchSha(defaultBranch);
  if (head === undefined) throw new Error(`the default branch ${defaultBranch} does not exist`);
  if (!(await deps.localGit.hasCommit(head))) await deps.localGit.fetch([head]);
  return head;
}

/** Non-success becomes success, success becomes failure; the latest status of the context decides. */
async function toggleStatuses(
  github: CommitStatusPort,
  sha: string,
  toggles: ChatCommands['toggles'],
): Promise<StatusToggle[]> {
  if (toggles.length === 0) return [];
  const statuses = await github.listCommitStatuses(sha);
  const results: StatusToggle[] = [];
  for (const toggle of toggles) {
    const latest = statuses.find((status) => status.context === toggle.context);
    const to: CommitState = latest?.state === 'success' ? 'failure' : 'success';
    await github.createCommitStatus(sha, {
      state: to,
      context: toggle.context,
      description: latest?.description || `Set with /${toggle.command}`,
      // The Go bot keeps the status' link when it flips it.
      ...(latest?.targetUrl === undefined ? {} : { targetUrl: latest.targetUrl }),
    });
    results.push({ ...toggle, from: latest?.state, to });
  }
  return results;
}

async function replyRefusal(github: CommentPort, comment: PrComment, commands: ChatCommands): Promise<void> {
  const names = [
    ...(commands.retrigger ? [RETRIGGER_COMMAND] : []),
    ...commands.toggles.map((toggle) => `/${toggle.command}`),
  ].map((name) => `\`${name}\``);
  const body = [
    BOT_COMMENT_TAG,
    `@${comment.author} thanks for asking! Only people with write access to ${github.owner}/${github.repo} can run ${names.join(' and ')}, so nothing was done. A maintainer can run it for you.`,
  ].join('\n');
  await github.createComment(comment.issueNumber, body);
}
