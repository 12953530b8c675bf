import type { ComponentConfig } from '../config/types.js';
import { computeDrift } from './compute-drift.js';
import { createTreeLookup, type TreeLookup } from './create-tree-lookup.js';
import type {
  DriftMap,
  DriftMapCell,
  DriftMapInput,
  DriftMapStatus,
  DriftMapTable,
} from './drift-map-types.js';
import { findFlowComponents } from './find-flow-components.js';
import { listDriftCandidates } from './list-drift-candidates.js';
import type { DriftCandidatesInput, DriftContentRequest, FolderTree } from './types.js';
import { compareStrings } from '../promotion/compare-strings.js';

/** A cell whose folders differ by tree SHA: the one case that needs a file-level comparison. */
interface PendingCell {
  cell: DriftMapCell;
  candidates: DriftCandidatesInput;
}

/**
 * Builds the drift map of a repository: for every flow (flows sharing a sourcePath share a table), every
 * component found in the tree against every target path. Equal folder tree SHAs decide "in sync" in O(1);
 * only cells whose SHAs differ compare files (by blob SHA, then without ignored lines when texts are given).
 */
export function buildDriftMap(input: DriftMapInput): DriftMap {
  const { tables, pending } = layOut(input);
  for (const { cell, candidates } of pending) {
    const report = computeDrift({ ...candidates, contents: input.contents ?? new Map(), today: input.today });
    cell.driftedFiles = [...report.onlyInSource, ...report.onlyInTarget, ...report.changed]
      .map((entry) => entry.path)
      .sort(compareStrings);
    cell.acknowledgedFiles = report.intended.map((entry) => entry.path);
    cell.status =
      cell.driftedFiles.length > 0
        ? 'drifted'
        : cell.acknowledgedFiles.length > 0
          ? 'acknowledged'
          : 'in-sync';
  }
  return { tables, totals: countStatuses(tables) };
}

/**
 * Phase 1 of the drift map when `driftDetectionIgnoreLineRegex` is set: the blobs whose text is needed to
 * tell files that differ only in ignored lines. Empty when no line is ignored (blob SHAs suffice).
 */
export function listDriftMapCandidates(input: DriftMapInput): DriftContentRequest[] {
  if ((input.rules?.ignoreLines ?? []).length === 0) return [];
  const requests = new Map<string, DriftContentRequest>();
  for (const { candidates } of layOut(input).pending) {
    for (const request of listDriftCandidates(candidates)) {
      if (!requests.has(request.sha)) requests.set(request.sha, request);
    }
  }
  return [...requests.values()].sort((a, b) => compareStrings(a.sha, b.sha));
}

function layOut(input: DriftMapInput): { tables: DriftMapTable[]; pending: PendingCell[] } {
  const lookup = createTreeLookup(input.tree);
  const pending: PendingCell[] = [];
  const tables = groupFlows(input).map((flow) => {
    const rows = findFlowComponents(lookup, flow).map((component) => {
      const config = input.componentConfigs?.get(component.folder);
      const sourceFolder = lazyFolder(lookup, component.folder);
      const sourceSha = lookup.treeSha(component.folder);
      const cells = flow.targetPaths.map((targetPath) => {
        const cell = emptyCell(`${targetPath}${component.component}`);
        const state = quickStatus({
          lookup,
          config,
          targetPath,
          sourceSha,
          target: cell.target,
        });
        if (state !== undefined) cell.status = state;
        else
          pending.push({
            cell,
            candidates: candidatesFor({
              input,
              lookup,
              config,
              sourceFolder,
              component: component.folder,
              target: cell.target,
            }),
          });
        return cell;
      });
      return { source: component.folder, component: component.component, cells };
    });
    return { sourcePath: flow.sourcePath, targetPaths: flow.targetPaths, rows };
  });
  return { tables, pending };
}

interface QuickQuestion {
  lookup: TreeLookup;
  config: ComponentConfig | undefined;
  targetPath: string;
  sourceSha: string | undefined;
  target: string;
}

/** The status decided without listing files, or undefined when the folders must be compared. */
function quickStatus(question: QuickQuestion): DriftMapStatus | undefined {
  if (isTargetSkipped(question.config, question.targetPath)) return 'skipped';
  const targetSha = question.lookup.treeSha(question.target);
  if (targetSha === undefined) return 'missing';
  return targetSha === question.sourceSha ? 'in-sync' : undefined;
}

interface CandidateQuestion {
  input: DriftMapInput;
  lookup: TreeLookup;
  config: ComponentConfig | undefined;
  sourceFolder: () => FolderTree;
  component: string;
  target: string;
}

function candidatesFor(question: CandidateQuestion): DriftCandidatesInput {
  const rules = question.input.rules;
  return {
    pair: { source: question.component, target: question.target },
    trees: { source: question.sourceFolder(), target: question.lookup.folder(question.target) },
    rules: {
      ignoreFiles: rules?.ignoreFiles ?? [],
      ignoreLines: rules?.ignoreLines ?? [],
      acknowledged: question.config?.acknowledgedDrift ?? [],
    },
    withDiffs: false,
  };
}

/** Same rule as promotion planning: block beats allow; a non-empty allow list admits only matching targets. */
function isTargetSkipped(config: ComponentConfig | undefined, targetPath: string): boolean {
  if (config === undefined) return false;
  if (config.promotionTargetBlockList.some((regex) => regex.test(targetPath))) return true;
  const allow = config.promotionTargetAllowList;
  return allow.length > 0 && !allow.some((regex) => regex.test(targetPath));
}

interface GroupedFlow {
  sourcePath: string;
  componentPathExtraDepth: number;
  targetPaths: string[];
}

/** Flows with the same sourcePath (e.g. the same hop with and without a label condition) share one table. */
function groupFlows(input: DriftMapInput): GroupedFlow[] {
  const grouped = new Map<string, GroupedFlow>();
  for (const flow of input.flows) {
    let group = grouped.get(flow.sourcePath);
    if (group === undefined) {
      group = {
        sourcePath: flow.sourcePath,
        componentPathExtraDepth: flow.componentPathExtraDepth,
        targetPaths: [],
      };
      grouped.set(flow.sourcePath, group);
    }
    for (const pr of flow.promotionPrs) {
      for (const target of pr.targetPaths)
        if (!group.targetPaths.includes(target)) group.targetPaths.push(target);
    }
  }
  return [...grouped.values()];
}

function lazyFolder(lookup: TreeLookup, path: string): () => FolderTree {
  let cached: FolderTree | undefined;
  return () => (cached ??= lookup.folder(path));
}

function emptyCell(target: string): DriftMapCell {
  return { target, status: 'in-sync', driftedFiles: [], acknowledgedFiles: [] };
}

function countStatuses(tables: readonly DriftMapTable[]): Record<DriftMapStatus, number> {
  const totals: Record<DriftMapStatus, number> = {
    'in-sync': 0,
    drifted: 0,
    missing: 0,
    acknowledged: 0,
    skipped: 0,
  };
  for (const table of tables)
    for (const row of table.rows) for (const cell of row.cells) totals[cell.status]++;
  return totals;
}
