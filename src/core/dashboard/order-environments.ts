import { literalPrefix } from '../promotion/literal-prefix.js';
import type { DriftMap } from '../drift/drift-map-types.js';
import { orderChain } from './order-chain.js';

/** The environments (folders ending with `/`) of a repository in promotion-chain order, and the hops between them. */
export interface EnvironmentGraph {
  environments: string[];
  hops: { from: string; to: string }[];
}

/**
 * Orders environments along the promotion chain: every concrete source folder of the drift map (and every
 * literal sourcePath) and every target path is a node, every source -> target pair a hop. Topological
 * order (an environment comes after everything that promotes into it); ties, and nodes of a cycle, keep
 * the order in which the configuration first names them.
 */
export function orderEnvironments(map: DriftMap): EnvironmentGraph {
  const seen = new Map<string, number>();
  const note = (folder: string): void => {
    if (!seen.has(folder)) seen.set(folder, seen.size);
  };
  const hops: { from: string; to: string }[] = [];
  const hopKeys = new Set<string>();
  for (const table of map.tables) {
    const sources = new Set(
      table.rows.map((row) => row.source.slice(0, row.source.length - row.component.length)),
    );
    const literal = literalPrefix(table.sourcePath);
    if (literal.complete) sources.add(table.sourcePath);
    for (const source of [...sources].sort()) {
      note(source);
      for (const target of table.targetPaths) {
        note(target);
        const key = `${source}\u0000${target}`;
        if (source === target || hopKeys.has(key)) continue;
        hopKeys.add(key);
        hops.push({ from: source, to: target });
      }
    }
  }
  const environments = orderChain(seen, hops);
  const rank = new Map(environments.map((environment, i) => [environment, i]));
  hops.sort((a, b) => rank.get(a.from)! - rank.get(b.from)! || rank.get(a.to)! - rank.get(b.to)!);
  return { environments, hops };
}
