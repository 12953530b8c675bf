import type { AcknowledgedDrift } from '../../core/config/types.js';
import { mapWithConcurrency } from '../../core/concurrency/map-with-concurrency.js';
import { computeDrift } from '../../core/drift/compute-drift.js';
import { createTreeLookup } from '../../core/drift/create-tree-lookup.js';
import { listDriftCandidates } from '../../core/drift/list-drift-candidates.js';
import type {
  DriftCandidatesInput,
  DriftContentRequest,
  DriftPair,
  DriftReport,
  DriftRules,
  TreeIndex,
} from '../../core/drift/types.js';
import type { Logger } from '../../ports/logger.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';

/** What drift detection compares: folder pairs in one tree of the default branch. */
export interface DriftDetectionInput {
  pairs: readonly DriftPair[];
  /** The default branch's whole tree (one recursive read or `git ls-tree`). */
  tree: TreeIndex;
  /** The default branch commit the tree belongs to; differing files are read at it. */
  commit: string;
  rules: Pick<DriftRules, 'ignoreFiles' | 'ignoreLines'>;
  /** The `acknowledgedDrift` of a source component folder (from its component config). */
  acknowledgedFor: (source: string) => readonly AcknowledgedDrift[];
  today: string;
  /** Most file reads; further differing files are reported without a diff ("contents not available"). */
  maxContentReads: number;
}

/** Drift reports (sorted like the pairs) and how many files were read to build them. */
export interface DriftDetection {
  reports: DriftReport[];
  contentReads: number;
  /** Blobs left unread because of `maxContentReads`. */
  contentsSkipped: number;
}

/**
 * Drift of every pair, in the two phases of the core: equal tree SHAs decide without listing files;
 * otherwise files are compared by blob SHA and only the blobs that differ are read (each once, a few at a
 * time), then diffed without ignored lines and with acknowledgements applied.
 */
export async function detectDrift(
  input: DriftDetectionInput,
  deps: { snapshot: RepoSnapshotPort; logger: Logger },
): Promise<DriftDetection> {
  const lookup = createTreeLookup(input.tree);
  const candidates: DriftCandidatesInput[] = input.pairs.map((pair) => ({
    pair,
    trees: { source: lookup.folder(pair.source), target: lookup.folder(pair.target) },
    rules: { ...input.rules, acknowledged: input.acknowledgedFor(pair.source) },
  }));
  const requests = uniqueRequests(candidates.flatMap((candidate) => listDriftCandidates(candidate)));
  const wanted = requests.slice(0, input.maxContentReads);
  if (wanted.length < requests.length) {
    deps.logger.warning(
      `${requests.length} differing files; reading only the first ${wanted.length} (the others are listed without a diff)`,
    );
  }
  const contents = await readContents(wanted, input.commit, deps);
  const reports = candidates.map((candidate) => computeDrift({ ...candidate, contents, today: input.today }));
  return { reports, contentReads: wanted.length, contentsSkipped: requests.length - wanted.length };
}

function uniqueRequests(requests: readonly DriftContentRequest[]): DriftContentRequest[] {
  const bySha = new Map<string, DriftContentRequest>();
  for (const request of requests) if (!bySha.has(request.sha)) bySha.set(request.sha, request);
  return [...bySha.values()];
}

async function readContents(
  requests: readonly DriftContentRequest[],
  commit: string,
  deps: { snapshot: RepoSnapshotPort; logger: Logger },
): Promise<Map<string, string>> {
  const contents = new Map<string, string>();
  const results = await mapWithConcurrency(requests, 4, (request) =>
    deps.snapshot.readFile(commit, request.path),
  );
  results.forEach((result, i) => {
    const request = requests[i]!;
    if (result.status === 'fulfilled' && result.value !== undefined) contents.set(request.sha, result.value);
    else if (result.status === 'rejected') {
      deps.logger.warning(`could not read ${request.path}: ${String(result.reason)}`);
    }
  });
  return contents;
}
