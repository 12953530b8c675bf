import { codeFence, codeSpan, linkLabel } from '../comments/markdown-code.js';
import type { CommentDocument, CommentSection } from '../comments/types.js';
import { blameLink, commitLink, type RepoLocation } from './blame-link.js';
import type { DriftDifference, DriftReport } from './types.js';
import { compareStrings } from '../promotion/compare-strings.js';

/** Where the compared trees come from, and where to see everything when a comment is cut. */
export interface DriftCommentContext extends RepoLocation {
  defaultBranch: string;
  /** Markdown pointing at the full report (job summary, artifact), used when the comment is split or cut. */
  hint?: string | undefined;
}

/** The sticky comment kind of the drift warning: marker `<!-- telefonistka:drift -->`. */
export const driftCommentKind = 'drift';

const title = '# ⚠️  Found drift between environments ⚠️ ';

/** True when any report has a difference that warns. */
export function hasDrift(reports: readonly DriftReport[]): boolean {
  return reports.some((report) => !report.inSync);
}

/**
 * The drift comment as a document for `splitComment`: the Go bot's `driftMsg` introduction, then one
 * section per drifted pair (sorted by source, target) with its diff and blame links pinned to the compared
 * commit, then the intended (acknowledged) differences. When nothing warns any more it renders the
 * "no drift" form, so the sticky comment is updated rather than left stale.
 */
export function renderDriftComment(
  reports: readonly DriftReport[],
  context: DriftCommentContext,
): CommentDocument {
  const sorted = [...reports].sort(comparePairs);
  const intended = renderIntended(sorted);
  if (!hasDrift(sorted)) return renderNoDrift(sorted, context, intended);
  return {
    kind: driftCommentKind,
    header: renderIntro(context.defaultBranch),
    continuationHeader: `${title} (continued)`,
    sections: [
      ...sorted.filter((report) => !report.inSync).map((report) => renderPair(report, context)),
      ...intended,
    ],
    hint: context.hint,
  };
}

function renderIntro(defaultBranch: string): string {
  return [
    title,
    '',
    '## Intro',
    `Drift detection runs on the files in the ${defaultBranch} branch irrespective of the changes of the PR.`,
    '',
    'This could happen in two scenarios:',
    '1. A promotion that affects these components is still in progress or was cancelled before completion.',
    'This means that your automated promotion PR will **include these changes** in addition to your changes!',
    'The "Blame Links" below each diff can be a good place to start looking for the culprit.',
    '',
    '',
    '2. Someone made a change directly to one of the directories representing promotion targets.',
    'These change will be **overridden** by the automated promotion PRs unless changes are made to their respective branches.',
    '',
    '',
    '## Diffs',
  ].join('\n');
}

function renderNoDrift(
  reports: readonly DriftReport[],
  context: DriftCommentContext,
  intended: CommentSection[],
): CommentDocument {
  const commit = `[${codeSpan(context.commitSha.slice(0, 7))}](${commitLink(context)})`;
  const header = [
    '# ✅ No drift between environments',
    '',
    `The compared folders on the ${codeSpan(context.defaultBranch)} branch match (at ${commit}); drift reported earlier on this PR is gone.`,
  ].join('\n');
  const pairs = reports.map((report) => `- ${pairTitle(report)}`);
  const compared: CommentSection[] =
    pairs.length === 0
      ? []
      : [{ title: 'Compared folders', full: ['Compared folders:', '', ...pairs].join('\n') }];
  return { kind: driftCommentKind, header, sections: [...compared, ...intended], hint: context.hint };
}

function renderPair(report: DriftReport, context: DriftCommentContext): CommentSection {
  const summary = renderSummary(report, context.defaultBranch);
  const diff = codeFence(renderDiffText(report), 'diff');
  const details = ['<details><summary>Diff (Click to expand)</summary>', '', diff, '', '</details>'].join(
    '\n',
  );
  const blame = renderBlameLinks(report, context);
  const files = warned(report).map((entry) => `- ${codeSpan(entry.path)}: ${kindText(entry, report)}`);
  return {
    title: `${report.pair.source} ↔️ ${report.pair.target}`,
    full: [pairTitle(report), '', summary, '', details, '', blame].join('\n'),
    concise: [pairTitle(report), '', summary, '', ...files].join('\n'),
  };
}

/** The Go bot's title for a pair: `` `<source>` ↔️  `<target>` ``. */
function pairTitle(report: DriftReport): string {
  return `${codeSpan(report.pair.source)} ↔️  ${codeSpan(report.pair.target)}`;
}

function renderSummary(report: DriftReport, defaultBranch: string): string {
  const counts = [
    count(report.onlyInSource.length, `only in ${codeSpan(report.pair.source)}`),
    count(report.onlyInTarget.length, `only in ${codeSpan(report.pair.target)}`),
    count(report.changed.length, 'changed'),
  ].filter((part) => part !== '');
  const total = warned(report).length;
  const lines = [`**${total} ${total === 1 ? 'file differs' : 'files differ'}**: ${counts.join(', ')}.`];
  if (report.missingFolder === 'target' || report.missingFolder === 'source') {
    lines.push(
      `> [!NOTE]\n> The ${report.missingFolder} folder does not exist on ${codeSpan(defaultBranch)}.`,
    );
  }
  for (const entry of warned(report).filter((item) => item.acknowledgement?.expired === true)) {
    const ack = entry.acknowledgement!;
    lines.push(
      `> [!WARNING]\n> The acknowledgement of ${codeSpan(entry.path)} (${codeSpan(ack.pathText)}: ${oneLine(ack.reason)}) expired on ${ack.expires ?? '?'}, so it counts as drift again.`,
    );
  }
  if (warned(report).some((entry) => entry.linesIgnored)) {
    lines.push(
      'Lines matching `driftDetectionIgnoreLineRegex` are left out of the comparison and the diffs.',
    );
  }
  if (report.ignoredFiles.length > 0) {
    lines.push(`${count(report.ignoredFiles.length, 'ignored')} by \`driftDetectionIgnoreFiles\`.`);
  }
  return lines.join('\n\n');
}

function count(n: number, what: string): string {
  if (n === 0) return '';
  return `${n} ${n === 1 ? 'file' : 'files'} ${what}`;
}

function renderDiffText(report: DriftReport): string {
  const { source, target } = report.pair;
  const lines: string[] = [];
  for (const entry of report.onlyInSource)
    lines.push(`--- ${source}/${entry.path} (missing from target dir ${target})\n`);
  for (const entry of report.onlyInTarget)
    lines.push(`+++ ${target}/${entry.path} (missing from source dir ${source})\n`);
  for (const entry of report.changed) lines.push(entry.diff ?? unavailableDiff(entry, report));
  return lines.join('');
}

function unavailableDiff(entry: DriftDifference, report: DriftReport): string {
  const reason = {
    binary: 'Binary files differ',
    'content-missing': 'Contents not available',
    'too-large': 'Files differ; the diff is too large to show',
    'not-requested': 'Files differ',
  }[entry.diffUnavailable ?? 'not-requested'];
  return `--- ${report.pair.source}/${entry.path}\n+++ ${report.pair.target}/${entry.path}\n${reason}\n`;
}

function renderBlameLinks(report: DriftReport, context: DriftCommentContext): string {
  const links = warned(report).map((entry) => {
    const sides: string[] = [];
    if (entry.kind !== 'only-in-target')
      sides.push(link('source', `${report.pair.source}/${entry.path}`, context));
    if (entry.kind !== 'only-in-source')
      sides.push(link('target', `${report.pair.target}/${entry.path}`, context));
    return `- ${codeSpan(entry.path)}: ${sides.join(' · ')}`;
  });
  return [`**Blame Links** (at ${codeSpan(context.commitSha.slice(0, 7))}):`, '', ...links].join('\n');
}

function link(label: string, path: string, context: DriftCommentContext): string {
  return `[${linkLabel(label)}](${blameLink(context, path)})`;
}

function renderIntended(reports: readonly DriftReport[]): CommentSection[] {
  const withIntended = reports.filter((report) => report.intended.length > 0);
  if (withIntended.length === 0) return [];
  const blocks = withIntended.map((report) =>
    [
      pairTitle(report),
      '',
      ...report.intended.map((entry) => {
        const ack = entry.acknowledgement!;
        const until = ack.expires === undefined ? '' : ` _(until ${ack.expires})_`;
        return `- ${codeSpan(entry.path)} (${kindText(entry, report)}): ${oneLine(ack.reason)}${until}`;
      }),
    ].join('\n'),
  );
  const total = withIntended.reduce((sum, report) => sum + report.intended.length, 0);
  const intro =
    "These differences are acknowledged in the component's `acknowledgedDrift` and do not count as drift:";
  return [
    {
      title: 'Intended differences',
      full: ['## Intended differences', '', intro, '', blocks.join('\n\n')].join('\n'),
      concise: [
        '## Intended differences',
        '',
        `${total} acknowledged differences in ${withIntended.length} folder pairs.`,
      ].join('\n'),
    },
  ];
}

function kindText(entry: DriftDifference, report: DriftReport): string {
  if (entry.kind === 'only-in-source') return `only in ${codeSpan(report.pair.source)}`;
  if (entry.kind === 'only-in-target') return `only in ${codeSpan(report.pair.target)}`;
  return 'changed';
}

function warned(report: DriftReport): DriftDifference[] {
  return [...report.onlyInSource, ...report.onlyInTarget, ...report.changed];
}

function comparePairs(a: DriftReport, b: DriftReport): number {
  const left = `${a.pair.source}\u0000${a.pair.target}`;
  const right = `${b.pair.source}\u0000${b.pair.target}`;
  return compareStrings(left, right);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
