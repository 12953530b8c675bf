import { createTreeLookup } from '../drift/create-tree-lookup.js';
import type { DriftMap, DriftMapStatus } from '../drift/drift-map-types.js';
import type {
  Dashboard,
  DashboardCell,
  DashboardEdge,
  DashboardHold,
  DashboardInput,
  DashboardPull,
  DashboardRow,
} from './dashboard-types.js';
import { orderEnvironments } from './order-environments.js';
import { readVersion } from './read-version.js';

/** What the drift map says about one target folder. */
interface Upstream {
  source: string;
  status: DriftMapStatus;
}

/**
 * Builds the promotion dashboard: environments in chain order, one row per component (sorted), each cell
 * with its version (or none), its status against its upstream from the drift map, the open promotion PR
 * into it, its hold and its last change. Pure: every read happened before.
 */
export function buildDashboard(input: DashboardInput): Dashboard {
  const graph = orderEnvironments(input.driftMap);
  const upstreams = indexUpstreams(input.driftMap);
  const pulls = indexPulls(input.pulls);
  const holds = new Map<string, DashboardHold>(input.holds.map((hold) => [hold.folder, hold]));
  const lookup = createTreeLookup(input.tree);
  // Per version source: blob SHA -> the version it holds (the same file content is read once).
  const versions = input.versionSources.map(() => new Map<string, string | undefined>());
  const versionOf = (folder: string): string | undefined => {
    for (const [i, source] of input.versionSources.entries()) {
      const sha = lookup.fileSha(folder, source.file);
      const text = sha === undefined ? undefined : input.blobs.get(sha);
      if (text === undefined || sha === undefined) continue;
      const read = versions[i]!;
      if (!read.has(sha)) read.set(sha, readVersion(text, source.path));
      const version = read.get(sha);
      if (version !== undefined) return version;
    }
    return undefined;
  };
  const rows: DashboardRow[] = listComponents(input.driftMap).map((component) => ({
    component,
    cells: graph.environments.map((environment): DashboardCell => {
      const folder = `${environment}${component}`;
      const treeSha = lookup.treeSha(folder);
      const upstream = upstreams.get(folder);
      return {
        environment,
        folder,
        treeSha,
        version: treeSha === undefined ? undefined : versionOf(folder),
        status: upstream?.status ?? (treeSha === undefined ? 'absent' : 'source'),
        upstream: upstream?.source,
        pull: pulls.get(folder),
        hold: holds.get(folder),
        lastChange: treeSha === undefined ? undefined : input.lastChanges.get(folder),
      };
    }),
  }));
  return {
    environments: graph.environments,
    edges: summarizeHops(graph.hops, rows, graph.environments),
    rows,
  };
}

/** Target folder -> its upstream source folder and status; the first flow that names a target wins. */
function indexUpstreams(map: DriftMap): Map<string, Upstream> {
  const upstreams = new Map<string, Upstream>();
  for (const table of map.tables)
    for (const row of table.rows)
      for (const cell of row.cells)
        if (!upstreams.has(cell.target))
          upstreams.set(cell.target, { source: row.source, status: cell.status });
  return upstreams;
}

function indexPulls(pulls: readonly DashboardPull[]): Map<string, NonNullable<DashboardCell['pull']>> {
  const byFolder = new Map<string, NonNullable<DashboardCell['pull']>>();
  // The newest PR (highest number) wins where several name the same folder.
  for (const pull of [...pulls].sort((a, b) => b.number - a.number))
    for (const target of pull.targets) {
      const folder = target.replace(/\/+$/, '');
      if (!byFolder.has(folder))
        byFolder.set(folder, {
          number: pull.number,
          url: pull.url,
          ...(pull.gate === undefined ? {} : { gate: pull.gate }),
        });
    }
  return byFolder;
}

/** Component names (relative to their environment) of every flow's source components, sorted. */
function listComponents(map: DriftMap): string[] {
  const names = new Set<string>();
  for (const table of map.tables) for (const row of table.rows) names.add(row.component);
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function summarizeHops(
  hops: readonly { from: string; to: string }[],
  rows: readonly DashboardRow[],
  environments: readonly string[],
): DashboardEdge[] {
  return hops.map((hop) => {
    // Every row has one cell per environment, in the environments' order.
    const column = environments.indexOf(hop.to);
    const edge = {
      from: hop.from,
      to: hop.to,
      pending: 0,
      openPulls: new Set<number>(),
      held: 0,
      gates: {} as Record<string, number>,
    };
    for (const row of rows) {
      const cell = column < 0 ? undefined : row.cells[column];
      if (cell?.upstream === undefined || !joins(cell.upstream, hop.from, row.component)) continue;
      if (cell.status === 'drifted' || cell.status === 'missing') edge.pending++;
      if (cell.hold !== undefined) edge.held++;
      if (cell.pull !== undefined && !edge.openPulls.has(cell.pull.number)) {
        edge.openPulls.add(cell.pull.number);
        if (cell.pull.gate !== undefined) edge.gates[cell.pull.gate] = (edge.gates[cell.pull.gate] ?? 0) + 1;
      }
    }
    return { ...edge, openPulls: [...edge.openPulls].sort((a, b) => a - b) };
  });
}

/** `text === head + tail`, without building the string. */
function joins(text: string, head: string, tail: string): boolean {
  return text.length === head.length + tail.length && text.startsWith(head) && text.endsWith(tail);
}
