import { orderChain } from '../dashboard/order-chain.js';
import type { Dashboard, DashboardEdge } from '../dashboard/dashboard-types.js';
import type { PromoteResult } from './promote-result.js';

/**
 * The promotion graph of one promote run, in the dashboard's shape (so `renderDashboardGraph` draws it): the
 * environments of the flows it opened PRs for (source folders and target paths, in chain order) and one edge per
 * hop labelled with the PRs it opened, updated or merged there and their gate states. Undefined when the run has no
 * PR to show.
 */
export function promotionGraph(result: PromoteResult): Pick<Dashboard, 'environments' | 'edges'> | undefined {
  const seen = new Map<string, number>();
  const note = (environment: string): void => {
    if (!seen.has(environment)) seen.set(environment, seen.size);
  };
  const edges = new Map<string, DashboardEdge & { gates: Record<string, number> }>();
  for (const promotion of result.plan.promotions) {
    const pr = result.results.find((candidate) => candidate.key === promotion.key);
    if (pr?.number === undefined) continue;
    note(promotion.sourcePath);
    for (const target of promotion.targetPaths) {
      note(target);
      const key = `${promotion.sourcePath}\u0000${target}`;
      let edge = edges.get(key);
      if (edge === undefined) {
        edge = { from: promotion.sourcePath, to: target, pending: 0, openPulls: [], held: 0, gates: {} };
        edges.set(key, edge);
      }
      if (edge.openPulls.includes(pr.number)) continue;
      edge.openPulls.push(pr.number);
      // A gated PR's status was set pending by this run; the sweep decides it.
      if (pr.gated === true) edge.gates.pending = (edge.gates.pending ?? 0) + 1;
    }
  }
  if (edges.size === 0) return undefined;
  const hops = [...edges.values()];
  const environments = orderChain(seen, hops);
  const rank = new Map(environments.map((environment, i) => [environment, i]));
  hops.sort((a, b) => rank.get(a.from)! - rank.get(b.from)! || rank.get(a.to)! - rank.get(b.to)!);
  for (const hop of hops) hop.openPulls.sort((a, b) => a - b);
  return { environments, edges: hops };
}
