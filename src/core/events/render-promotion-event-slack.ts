import { escapeSlackText } from './escape-slack-text.js';
import type { PromotionEvent, PromotionEventContext } from './promotion-event.js';

/** A Slack incoming-webhook message: `text` (the notification and fallback) and Block Kit `blocks`. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** The two block types the message uses. */
export type SlackBlock =
  | { type: 'section'; text: { type: 'mrkdwn'; text: string } }
  | { type: 'context'; elements: { type: 'mrkdwn'; text: string }[] };

const ICONS: Record<PromotionEvent['kind'], string> = {
  opened: ':arrow_right:',
  gated: ':hourglass_flowing_sand:',
  merged: ':twisted_rightwards_arrows:',
  deployed: ':white_check_mark:',
  failed: ':x:',
};

// Slack rejects a section whose text is longer than 3,000 characters; reasons and folder lists are cut well below.
const REASON_LIMIT = 1000;
const FOLDERS_SHOWN = 10;

/**
 * The Slack payload of one event: a one-line summary linking the PR, the reason, and a context line with the
 * repository, folders and run. Every piece of text that is not this tool's own wording is escaped
 * (`&`, `<`, `>`), so no PR title, folder name or error text can mention a channel or disguise a link; links
 * are written only for http(s) URLs without characters that would end them.
 */
export function renderPromotionEventSlack(
  event: PromotionEvent,
  context: PromotionEventContext,
): SlackMessage {
  const headline = `${ICONS[event.kind]} ${sentence(event, link)}`;
  const repository = `${context.repository.owner}/${context.repository.name}`;
  const plain = `${sentence(event, (_url, label) => label)} (${escapeSlackText(repository)})`;
  const reason = escapedReason(event.reason);
  const details = [
    link(context.repository.url, repository),
    ...(event.folders.length === 0 ? [] : [folderList(event.folders)]),
    ...(event.commit === undefined ? [] : [`commit \`${escapeSlackText(event.commit.slice(0, 7))}\``]),
    ...(context.runUrl === undefined ? [] : [link(context.runUrl, 'workflow run')]),
  ];
  return {
    text: plain,
    blocks: [
      {
        type: 'section',
        text: { type: 'mrkdwn', text: reason === '' ? headline : `${headline}\n${reason}` },
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: details.join(' · ') }] },
    ],
  };
}

/** The event in words, escaped; `pr` renders the PR reference (a link in mrkdwn, the number in plain text). */
function sentence(event: PromotionEvent, pr: (url: string, label: string) => string): string {
  const environments = event.environments.length === 0 ? 'its targets' : event.environments.join(', ');
  const where = escapeSlackText(environments);
  const number = event.pullRequest === undefined ? undefined : `#${String(event.pullRequest.number)}`;
  const ref =
    event.pullRequest === undefined || number === undefined ? '' : pr(event.pullRequest.url, number);
  switch (event.kind) {
    case 'opened':
      return `Promotion PR ${ref} opened to ${where}`;
    case 'gated':
      return `Promotion PR ${ref} to ${where} is held by its gates`;
    case 'merged':
      return `Promotion PR ${ref} to ${where} merged`;
    case 'deployed':
      return `Deployed to ${where}${ref === '' ? '' : ` from ${ref}`}`;
    case 'failed':
      return `Promotion to ${where} failed (${event.failure ?? 'error'})${ref === '' ? '' : ` in ${ref}`}`;
  }
}

function link(url: string, label: string): string {
  const safe = /^https?:\/\/[^\s<>|]+$/.test(url);
  return safe ? `<${url}|${escapeSlackText(label)}>` : escapeSlackText(label);
}

function folderList(folders: readonly string[]): string {
  const shown = folders.slice(0, FOLDERS_SHOWN).map((folder) => `\`${escapeSlackText(folder)}\``);
  const more = folders.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${String(more)} more` : shown.join(', ');
}

/**
 * The reason on one line, escaped, at most REASON_LIMIT characters once escaped (an escape is up to five
 * characters: a reason of `<` would otherwise pass Slack's 3,000), cut between characters and escapes, never
 * inside a surrogate pair or an `&amp;`.
 */
function escapedReason(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const escaped = escapeSlackText(flat);
  if (escaped.length <= REASON_LIMIT) return escaped;
  let cut = '';
  for (const char of flat) {
    const piece = escapeSlackText(char);
    if (cut.length + piece.length > REASON_LIMIT - 1) break;
    cut += piece;
  }
  return `${cut}…`;
}
