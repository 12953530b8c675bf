import { codeSpan } from '../comments/markdown-code.js';
import { compactMetadataComment, metadataComment } from '../promotion/encode-promotion-metadata.js';
import { MAX_PR_BODY_LENGTH } from '../promotion/render-promotion-body.js';
import { sourceCommitMarker } from '../promotion/source-commit-marker.js';
import type { PromotionMetadata } from '../promotion/types.js';
import type { BundleSync } from './plan-bundle.js';

/** What a bundle PR body lists. */
export interface BundleBodyInput {
  environment: string;
  syncs: readonly BundleSync[];
  held: readonly { folder: string; reason: string; by: string; since: string }[];
  actor: string;
  sourceCommit: string;
  metadata: PromotionMetadata;
  /** Text cut from an over-long title, placed first. */
  bodyPrefix?: string;
}

/** Room kept for the description before the metadata switches to its compact form. */
const MIN_DESCRIPTION = 4_000;

/**
 * The bundle PR body: each component with the version (or short tree SHA) it has in the environment and the one
 * it gets, the held components left out (with reason, by whom, since), who asked, then the source-commit line and
 * the promotion metadata comment. Over GitHub's 65,536 characters the table is cut with a note (the PR's files
 * list every folder) and the metadata takes its compact form when the Go form leaves no room.
 */
export function renderBundleBody(input: BundleBodyInput): string {
  let tail = `\n${sourceCommitMarker(input.sourceCommit)}\n\n${metadataComment(input.metadata)}`;
  if (tail.length > MAX_PR_BODY_LENGTH - MIN_DESCRIPTION)
    tail = `\n${sourceCommitMarker(input.sourceCommit)}\n\n${compactMetadataComment(input.metadata)}`;
  const head = [
    `${input.bodyPrefix ?? ''}Everything pending in ${codeSpan(input.environment)}, synced from its upstream folders ` +
      `at ${codeSpan(input.sourceCommit.slice(0, 7))} in one commit:`,
    '',
    '| component | now | ➡️ | after merge | from |',
    '|---|---|---|---|---|',
  ];
  const foot = [
    '',
    ...heldLines(input.held),
    `Bundle asked for on the dashboard by ${codeSpan(input.actor)}.`,
    '',
  ];
  const room = MAX_PR_BODY_LENGTH - tail.length - measure(head) - measure(foot) - 200;
  const rows: string[] = [];
  let used = 0;
  for (const sync of input.syncs) {
    const row = tableRow(sync);
    if (used + row.length + 1 > room) {
      rows.push(`| … ${input.syncs.length - rows.length} more: the PR's files list every folder | | | | |`);
      break;
    }
    rows.push(row);
    used += row.length + 1;
  }
  return `${[...head, ...rows, ...foot].join('\n')}${tail}`;
}

function tableRow(sync: BundleSync): string {
  const now = sync.status === 'missing' ? 'not there' : label(sync.from);
  return `| ${cell(sync.component)} | ${now} | ➡️ | ${label(sync.to)} | ${cell(sync.source)} |`;
}

/** The version when the dashboard reads one, else the short tree SHA. */
function label(side: { version: string | undefined; tree: string | undefined }): string {
  if (side.version !== undefined) return cell(side.version);
  return side.tree === undefined ? '—' : cell(side.tree.slice(0, 7));
}

function heldLines(held: BundleBodyInput['held']): string[] {
  if (held.length === 0) return [];
  return [
    `Held, so not in this bundle (release them on the dashboard to promote them):`,
    '',
    ...held.map(
      (hold) =>
        `- ${codeSpan(hold.folder)}: ${codeSpan(oneLine(hold.reason))} by ${codeSpan(hold.by)} since ${codeSpan(hold.since)}`,
    ),
    '',
  ];
}

function cell(text: string): string {
  return codeSpan(oneLine(text).replace(/\|/g, '\\|'));
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  const cut = [...line].slice(0, 120).join('');
  return cut.length < line.length ? `${cut}…` : cut;
}

function measure(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + line.length + 1, 0);
}
