import { compareFolders, type ChangedBlob } from './compare-folders.js';
import { matchAcknowledgement } from './match-acknowledgement.js';
import { stripIgnoredLines } from './strip-ignored-lines.js';
import type { DriftDifference, DriftInput, DriftReport } from './types.js';
import { unifiedDiff } from './unified-diff.js';
import { compareStrings } from '../promotion/compare-strings.js';

type Comparison = Pick<DriftDifference, 'diff' | 'diffUnavailable' | 'linesIgnored'> & { equal: boolean };

/**
 * Phase 2 of drift detection: the drift of one (source, target) pair on the default branch. Equal tree
 * SHAs mean no drift. Otherwise files are compared by blob SHA; changed text files are compared again
 * without ignored lines (equal then means no drift) and get a unified diff source -> target; differences
 * matching an unexpired acknowledgement are intended, expired ones warn again. Lists are sorted by path.
 */
export function computeDrift(input: DriftInput): DriftReport {
  const comparison = compareFolders(input);
  const report: DriftReport = {
    pair: input.pair,
    inSync: true,
    missingFolder: comparison.missingFolder,
    onlyInSource: [],
    onlyInTarget: [],
    changed: [],
    intended: [],
    ignoredFiles: comparison.ignoredFiles,
    equalBesideIgnoredLines: [],
  };
  const differences: DriftDifference[] = [
    ...comparison.onlyInSource.map((file) => difference(file.path, 'only-in-source', { source: file.sha })),
    ...comparison.onlyInTarget.map((file) => difference(file.path, 'only-in-target', { target: file.sha })),
  ];
  for (const file of comparison.changed) {
    const compared = compareTexts(file, input);
    if (compared.equal) report.equalBesideIgnoredLines.push(file.path);
    else {
      const { equal: _equal, ...details } = compared;
      differences.push({
        ...difference(file.path, 'changed', { source: file.sourceSha, target: file.targetSha }),
        ...details,
      });
    }
  }
  for (const entry of differences) {
    entry.acknowledgement = matchAcknowledgement(entry.path, input.rules.acknowledged, input.today);
    if (entry.acknowledgement !== undefined && !entry.acknowledgement.expired) report.intended.push(entry);
    else if (entry.kind === 'only-in-source') report.onlyInSource.push(entry);
    else if (entry.kind === 'only-in-target') report.onlyInTarget.push(entry);
    else report.changed.push(entry);
  }
  report.intended.sort((a, b) => compareStrings(a.path, b.path));
  report.inSync = report.onlyInSource.length + report.onlyInTarget.length + report.changed.length === 0;
  return report;
}

function difference(
  path: string,
  kind: DriftDifference['kind'],
  shas: { source?: string; target?: string },
): DriftDifference {
  return {
    path,
    kind,
    sourceSha: shas.source,
    targetSha: shas.target,
    diff: undefined,
    diffUnavailable: undefined,
    linesIgnored: false,
    acknowledgement: undefined,
  };
}

function compareTexts(file: ChangedBlob, input: DriftInput): Comparison {
  if (input.withDiffs === false && input.rules.ignoreLines.length === 0) {
    return { equal: false, diff: undefined, diffUnavailable: 'not-requested', linesIgnored: false };
  }
  const sourceText = input.contents.get(file.sourceSha);
  const targetText = input.contents.get(file.targetSha);
  if (sourceText === undefined || targetText === undefined) {
    return { equal: false, diff: undefined, diffUnavailable: 'content-missing', linesIgnored: false };
  }
  if (isBinary(sourceText) || isBinary(targetText)) {
    return { equal: false, diff: undefined, diffUnavailable: 'binary', linesIgnored: false };
  }
  const oldText = stripIgnoredLines(sourceText, input.rules.ignoreLines);
  const newText = stripIgnoredLines(targetText, input.rules.ignoreLines);
  const linesIgnored = oldText.length !== sourceText.length || newText.length !== targetText.length;
  if (oldText === newText) return { equal: true, diff: undefined, diffUnavailable: undefined, linesIgnored };
  if (input.withDiffs === false) {
    return { equal: false, diff: undefined, diffUnavailable: 'not-requested', linesIgnored };
  }
  const names = { old: `${input.pair.source}/${file.path}`, new: `${input.pair.target}/${file.path}` };
  const diff = unifiedDiff(names, { old: oldText, new: newText });
  return { equal: false, diff, diffUnavailable: diff === undefined ? 'too-large' : undefined, linesIgnored };
}

/** Git's heuristic: a NUL character means binary. */
function isBinary(text: string): boolean {
  return text.includes('\u0000');
}
