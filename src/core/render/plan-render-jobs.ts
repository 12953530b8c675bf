import { compareStrings } from '../promotion/compare-strings.js';
import type { SyncPath } from '../promotion/types.js';
import type { RenderJob, RenderTree, TreeReplacement } from './types.js';

/** What to compare: the PR's revisions, the folders it changes, and the promotions merging it would open. */
export interface RenderJobsInput {
  base: string;
  head: string;
  /** Folders this PR changes: its changed components, or the promoted paths of a promotion PR. */
  changedPaths: readonly string[];
  /** Sync pairs of the promotions the plan would open (none for a promotion PR). */
  syncPaths: readonly SyncPath[];
}

/**
 * The downstream-impact plan. Each changed folder is rendered at base and head. Each promotion target is
 * rendered as it is now (base) and as it will be after the promotion: in the head tree with the source
 * folder's content put at the target path, so relative references (`../base`) resolve as they will there;
 * a promotion of a deleted source removes the target. All targets share one "after" tree unless their paths
 * nest, which needs separate trees. Order: changed folders sorted, each followed by its targets.
 */
export function planRenderJobs(input: RenderJobsInput): RenderJob[] {
  const baseTree: RenderTree = { revision: input.base, replacements: [] };
  const headTree: RenderTree = { revision: input.head, replacements: [] };
  const changed = [...new Set(input.changedPaths.map(trimSlashes))].sort(compareStrings);
  const pairs = uniqueTargets(input.syncPaths);
  const afterTrees = new Map<string, RenderTree>();
  for (const group of groupWithoutNesting(pairs)) {
    const tree: RenderTree = {
      revision: input.head,
      replacements: group.map((p) => replacement(p, input.head)),
    };
    for (const pair of group) afterTrees.set(pair.target, tree);
  }
  const downstream = pairs.map((pair): RenderJob => ({
    kind: 'downstream',
    path: pair.target,
    sourcePath: pair.source,
    removesTarget: pair.deleted,
    base: { tree: baseTree, path: pair.target },
    head: { tree: afterTrees.get(pair.target) ?? headTree, path: pair.target },
  }));
  const jobs: RenderJob[] = [];
  for (const path of changed) {
    jobs.push({
      kind: 'changed',
      path,
      sourcePath: undefined,
      removesTarget: false,
      base: { tree: baseTree, path },
      head: { tree: headTree, path },
    });
    jobs.push(...downstream.filter((job) => job.sourcePath === path));
  }
  jobs.push(...downstream.filter((job) => !changed.includes(job.sourcePath ?? '')));
  return jobs;
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

/** Sync pairs with normalized paths, sorted by target; a target planned twice keeps its first pair. */
function uniqueTargets(syncPaths: readonly SyncPath[]): SyncPath[] {
  const byTarget = new Map<string, SyncPath>();
  for (const pair of syncPaths) {
    const normal = {
      source: trimSlashes(pair.source),
      target: trimSlashes(pair.target),
      deleted: pair.deleted,
    };
    if (!byTarget.has(normal.target)) byTarget.set(normal.target, normal);
  }
  return [...byTarget.values()].sort((a, b) => compareStrings(a.target, b.target));
}

function nests(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}

/** Greedy grouping: a pair joins the first group none of whose targets contains or is inside its target. */
function groupWithoutNesting(pairs: readonly SyncPath[]): SyncPath[][] {
  const groups: SyncPath[][] = [];
  for (const pair of pairs) {
    const group = groups.find((members) => members.every((m) => !nests(m.target, pair.target)));
    if (group === undefined) groups.push([pair]);
    else group.push(pair);
  }
  return groups;
}

function replacement(pair: SyncPath, head: string): TreeReplacement {
  return { path: pair.target, from: pair.deleted ? undefined : { revision: head, path: pair.source } };
}
