import type { FanoutResult } from './fanout-result.js';

const SOURCES = {
  local: 'the local checkout',
  'api-compare': "GitHub's compare API",
  'api-trees': "GitHub's tree API",
} as const;

/** The job summary of a fan-out run: what changed, and one table row per endpoint. */
export function renderFanoutSummary(
  result: FanoutResult,
  options: { apiCalls: number; dryRun: boolean },
): string {
  const title = `## Webhook fan-out${options.dryRun ? ' (dry run)' : ''}\n\n`;
  if (result.skipped !== undefined || result.changes === undefined) {
    return `${title}Nothing forwarded: ${result.skipped ?? 'no push'}.\n\nGitHub API calls: ${options.apiCalls}\n`;
  }
  const { changes } = result;
  const lines = [
    `${changes.files} changed file(s) from ${SOURCES[changes.source]}; ${result.unmatchedFiles} matched no expression.`,
  ];
  if (changes.attribution === 'unknown')
    lines.push(
      'The payload carries empty file lists: Argo CD refreshes every application of the repository.',
    );
  if (changes.incomplete)
    lines.push('**The change set is incomplete: some endpoints may have been missed.**');
  const delivered = result.deliveries.filter((d) => d.outcome === 'delivered').length;
  lines.push(
    `${result.deliveries.length} endpoint(s), ${delivered} delivered, ${result.failures.length} failed; payload ${result.payloadBytes} bytes; GitHub API calls: ${options.apiCalls}.`,
  );
  if (result.deliveries.length === 0) return `${title}${lines.join('\n\n')}\n`;
  const rows = result.deliveries.map(
    (d) =>
      `| ${cell(d.endpoint)} | ${d.outcome} | ${d.status ?? '–'} | ${d.attempts} | ${d.durationMs} ms | ${d.files} | ${d.signed ? 'yes' : 'no'} | ${cell(d.error ?? '')} |`,
  );
  const table = [
    '| endpoint | result | status | attempts | duration | files | signed | error |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  return `${title}${lines.join('\n\n')}\n\n${table}\n`;
}

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').slice(0, 300);
}
