import type { PromotionEventsResult } from './promotion-events-result.js';

/**
 * The job-summary section of a run's promotion events: totals, and one row per delivery (failures first
 * explained). Empty when no endpoint is configured, so runs without `promotionEvents` show nothing.
 */
export function renderPromotionEventsSummary(result: PromotionEventsResult, endpoints: number): string {
  if (endpoints === 0) return '';
  const delivered = result.deliveries.filter((d) => d.outcome === 'delivered').length;
  const failed = result.deliveries.length - delivered;
  const lines = [
    '### Promotion events',
    '',
    `${String(result.events)} event(s), ${String(result.deliveries.length)} delivery(ies) to ${String(endpoints)} endpoint(s): ` +
      `${String(delivered)} delivered, ${String(failed)} failed; ${String(result.requests)} request(s).` +
      (failed > 0 ? ' A failed delivery does not fail the promotion.' : ''),
  ];
  if (result.deliveries.length === 0) return `${lines.join('\n')}\n`;
  const rows = result.deliveries.map(
    (d) =>
      `| ${cell(d.endpoint)} | ${d.format} | ${d.event} | ${d.pullRequest === null ? '' : `#${String(d.pullRequest)}`} | ${d.outcome} | ${d.status ?? '–'} | ${String(d.attempts)} | ${cell(d.error ?? '')} |`,
  );
  return [
    ...lines,
    '',
    '| endpoint | format | event | PR | result | status | attempts | error |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').slice(0, 300);
}
