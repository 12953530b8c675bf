import type { Dashboard, DashboardEdge } from './dashboard-types.js';

/**
 * The promotion graph as a Mermaid flowchart (GitHub renders it in issues and job summaries): environments
 * as nodes in chain order, each hop labelled with what is pending on it (components to promote, open
 * promotion PRs with their gate states, holds), or "in sync".
 */
export function renderDashboardGraph(dashboard: Pick<Dashboard, 'environments' | 'edges'>): string {
  const ids = new Map(dashboard.environments.map((environment, i) => [environment, `env${i}`]));
  const lines = ['```mermaid', 'flowchart LR'];
  for (const environment of dashboard.environments)
    lines.push(`  ${ids.get(environment)!}["${mermaidText(environment)}"]`);
  for (const edge of dashboard.edges) {
    const from = ids.get(edge.from);
    const to = ids.get(edge.to);
    if (from === undefined || to === undefined) continue;
    lines.push(`  ${from} -->|"${mermaidText(describeEdge(edge))}"| ${to}`);
  }
  lines.push('```');
  return lines.join('\n');
}

/** What is pending on one hop, in a few words. */
export function describeEdge(edge: DashboardEdge): string {
  const parts: string[] = [];
  if (edge.pending > 0) parts.push(`${edge.pending} pending`);
  if (edge.openPulls.length > 0) {
    const shown = edge.openPulls.slice(0, 5).map((n) => `#${n}`);
    const more = edge.openPulls.length > shown.length ? ` +${edge.openPulls.length - shown.length}` : '';
    parts.push(`PR ${shown.join(' ')}${more}`);
  }
  const gates = Object.entries(edge.gates).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (gates.length > 0) parts.push(`gate ${gates.map(([state, n]) => `${state} ${n}`).join(', ')}`);
  if (edge.held > 0) parts.push(`${edge.held} held`);
  return parts.length === 0 ? 'in sync' : parts.join(' · ');
}

/**
 * Mermaid label text: quotes, angle brackets and backticks as entities, so a folder name can neither end the
 * label (and add a statement such as `click`) nor turn it into a Mermaid markdown string.
 */
function mermaidText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/["<>#`]/g, (char) => `#${char.codePointAt(0)};`);
}
