import { kindMarker, telefonistkaTag } from '../comments/comment-markers.js';
import { codeSpan } from '../comments/markdown-code.js';

/** The hidden marker kind of a rollback PR body. */
export const ROLLBACK_KIND = 'rollback';

/** The label of every rollback PR. */
export const ROLLBACK_LABEL = 'telefonistka/rollback';

/** What a rollback PR body tells: the change rolled back, what is restored, who asked. */
export interface RollbackBodyInput {
  folder: string;
  /** The login that ticked the box. */
  actor: string;
  /** The newest commit that changed the folder (untrusted headline, shown as code). */
  change: { commit: string; url: string; headline: string; date: string };
  /** The PR the change was merged by, when GitHub associates one. */
  pull: { number: number; title: string } | undefined;
  /** Tree SHA of the folder now (undefined: the last change deleted it). */
  currentTree: string | undefined;
  /** The commit whose folder is restored (the change's first parent) and the folder's tree there. */
  restored: { commit: string; tree: string | undefined };
  /** Versions read from the dashboard's version paths, when configured and readable. */
  versions: { current: string | undefined; restored: string | undefined };
  /** The holds file the same commit adds the hold to. */
  holdsFile: string;
}

const short = (sha: string | undefined): string => (sha === undefined ? '—' : sha.slice(0, 7));

/**
 * The body of a rollback PR: what is rolled back (commit, its PR, when), the content restored (tree SHAs and
 * versions before and after), the hold the same commit adds, and who asked. Text from commits and PRs is shown
 * as inline code so it can neither mention anyone nor break the layout.
 */
export function renderRollbackBody(input: RollbackBodyInput): string {
  const { change, restored } = input;
  const restoring =
    restored.tree === undefined
      ? `The folder did not exist before that change: this PR **deletes** ${codeSpan(input.folder)}.`
      : `This PR sets ${codeSpan(input.folder)} to exactly its tree before that change ` +
        `(tree ${codeSpan(short(restored.tree))} at ${codeSpan(short(restored.commit))}).`;
  const lines = [
    telefonistkaTag,
    kindMarker(ROLLBACK_KIND),
    `## ⏪ Rollback of ${codeSpan(input.folder)}`,
    '',
    restoring,
    '',
    '| | commit | folder tree | version |',
    '|---|---|---|---|',
    `| rolled back | [${short(change.commit)}](${change.url}) | ${cell(short(input.currentTree))} | ${cell(input.versions.current)} |`,
    `| restored | ${cell(short(restored.commit))} | ${cell(short(restored.tree))} | ${cell(input.versions.restored)} |`,
    '',
    '### History',
    '',
    `- Last change: [${short(change.commit)}](${change.url}) ${codeSpan(oneLine(change.headline))} on ${change.date}` +
      (input.pull === undefined
        ? ' (no pull request is associated with it).'
        : `, merged by #${input.pull.number} ${codeSpan(oneLine(input.pull.title))}.`),
    `- Rollback asked for on the dashboard by ${codeSpan(input.actor)}.`,
    `- The same commit holds ${codeSpan(input.folder)} in ${codeSpan(input.holdsFile)}: promotions skip it ` +
      'until the hold is released from the dashboard, so the next promotion does not overwrite the rollback silently.',
    '',
  ];
  return lines.join('\n');
}

function cell(text: string | undefined): string {
  return text === undefined || text === '' ? '—' : codeSpan(text.replace(/\|/g, '\\|'));
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  const cut = [...line].slice(0, 120).join('');
  return cut.length < line.length ? `${cut}…` : cut;
}
