/**
 * Orders the nodes of a promotion chain: an environment comes after everything that promotes into it
 * (topological order); ties, and nodes of a cycle, keep the order in which they were first named (`seen`: node ->
 * first-seen index).
 */
export function orderChain(
  seen: ReadonlyMap<string, number>,
  hops: readonly { from: string; to: string }[],
): string[] {
  const incoming = new Map<string, number>([...seen.keys()].map((node) => [node, 0]));
  for (const hop of hops) incoming.set(hop.to, (incoming.get(hop.to) ?? 0) + 1);
  const byFirstSeen = (a: string, b: string): number => seen.get(a)! - seen.get(b)!;
  const order: string[] = [];
  const done = new Set<string>();
  while (order.length < seen.size) {
    const ready = [...seen.keys()]
      .filter((node) => !done.has(node) && incoming.get(node) === 0)
      .sort(byFirstSeen);
    // A cycle leaves no node ready: take the earliest named one so the order stays total and stable.
    const next = ready[0] ?? [...seen.keys()].filter((node) => !done.has(node)).sort(byFirstSeen)[0]!;
    done.add(next);
    order.push(next);
    for (const hop of hops) if (hop.from === next) incoming.set(hop.to, incoming.get(hop.to)! - 1);
  }
  return order;
}
