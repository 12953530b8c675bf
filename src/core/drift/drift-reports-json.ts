import { hasDrift } from './render-drift-comment.js';
import type { DriftReport } from './types.js';

/** The `drift` output of a PR check: stable JSON, paths relative to the compared folders. */
export interface DriftReportsJson {
  version: 1;
  /** The default branch commit the folders were compared at. */
  commit: string;
  drifted: boolean;
  pairs: {
    source: string;
    target: string;
    inSync: boolean;
    missingFolder: 'source' | 'target' | 'both' | null;
    onlyInSource: string[];
    onlyInTarget: string[];
    changed: string[];
    intended: { path: string; reason: string; expires: string | null }[];
    /** Left out by `driftDetectionIgnoreFiles`. */
    ignoredFiles: string[];
    /** Different only in lines matching `driftDetectionIgnoreLineRegex`. */
    equalBesideIgnoredLines: string[];
  }[];
}

/** Drift reports as the `drift` output (no diffs: those are in the comment and the job summary). */
export function driftReportsJson(reports: readonly DriftReport[], commit: string): DriftReportsJson {
  return {
    version: 1,
    commit,
    drifted: hasDrift(reports),
    pairs: reports.map((report) => ({
      source: report.pair.source,
      target: report.pair.target,
      inSync: report.inSync,
      missingFolder: report.missingFolder ?? null,
      onlyInSource: report.onlyInSource.map((entry) => entry.path),
      onlyInTarget: report.onlyInTarget.map((entry) => entry.path),
      changed: report.changed.map((entry) => entry.path),
      intended: report.intended.map((entry) => ({
        path: entry.path,
        reason: entry.acknowledgement?.reason ?? '',
        expires: entry.acknowledgement?.expires ?? null,
      })),
      ignoredFiles: report.ignoredFiles,
      equalBesideIgnoredLines: report.equalBesideIgnoredLines,
    })),
  };
}
