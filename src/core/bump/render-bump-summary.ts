import type { BumpResult } from './bump-result.js';

const MAX_DIFF_CHARS = 20_000;

/** The job summary of a bump: the PR, what changed (as diffs), superseded bumps, warnings, API calls. */
export function renderBumpSummary(
  result: BumpResult,
  context: { targetRepo: string; apiCalls: number; graphqlCalls: number },
): string {
  const lines = ['## Telefonistka bump', '', headline(result, context.targetRepo), ''];
  for (const file of result.files) {
    lines.push(`### \`${file.path}\`${file.created ? ' (new file)' : ''}`, '');
    const diff = file.diff === undefined ? undefined : truncate(file.diff);
    lines.push(diff === undefined ? '_Diff too large to show._' : fenced(diff), '');
  }
  if (result.superseded.length > 0) {
    const shas = result.superseded.map((sha) => `\`${sha.slice(0, 12)}\``).join(', ');
    lines.push(`Supersedes the bump${result.superseded.length > 1 ? 's' : ''} for ${shas}.`, '');
  }
  if (result.mergeError !== undefined) lines.push(`**Auto-merge failed:** ${result.mergeError}`, '');
  if (result.warnings.length > 0) lines.push('### Warnings', '', ...result.warnings.map((w) => `- ${w}`), '');
  lines.push(
    `GitHub API calls spent by this step: **${context.apiCalls}** (${context.graphqlCalls} GraphQL, the rest REST)`,
    '',
  );
  return lines.join('\n');
}

function headline(result: BumpResult, targetRepo: string): string {
  const where = `\`${targetRepo}\` (${result.defaultBranch})`;
  const pr =
    result.pullRequest === undefined ? '' : `[#${result.pullRequest.number}](${result.pullRequest.url})`;
  const merged =
    result.merge === 'merged'
      ? ', merged'
      : result.merge === 'auto-merge-enabled'
        ? ', auto-merge enabled'
        : '';
  switch (result.result) {
    case 'no-change':
      return `No change: ${where} already has this version. No PR was opened.`;
    case 'dry-run':
      return `Dry run: this would change ${where} on branch \`${result.branch ?? ''}\`; nothing was written.`;
    case 'opened':
      return `Opened ${pr} in ${where} from branch \`${result.branch ?? ''}\`${merged}.`;
    case 'updated':
      return `Updated ${pr} in ${where} (branch \`${result.branch ?? ''}\`)${merged}.`;
    case 'unchanged':
      return `${pr} in ${where} already has this change${merged}.`;
  }
}

function truncate(diff: string): string {
  return diff.length > MAX_DIFF_CHARS ? `${diff.slice(0, MAX_DIFF_CHARS)}\n… (truncated)\n` : diff;
}

function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}diff\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}
