import type { DriftMap } from '../../core/drift/drift-map-types.js';
import { renderDriftMapMarkdown } from '../../core/drift/render-drift-map.js';
import { InputError } from '../../core/errors/input-error.js';
import { setOutputs, writeSummary } from '../../runtime/outputs.js';
import { buildRepositoryDriftMap } from '../../use-cases/pr-checks/build-repository-drift-map.js';
import type { GitHubPort } from '../../ports/github-port.js';
import type { PrChecksDeps } from '../../use-cases/pr-checks/pr-checks-deps.js';
import type { PrChecksInputs } from './read-pr-checks-inputs.js';

/** Above this many components the job summary lists only the rows that are not in sync everywhere. */
const FULL_MAP_MAX_ROWS = 500;
/** Job outputs are capped at 1 MB per job (UTF-16 estimate); leave room for the other outputs. */
const MAX_OUTPUT_CHARS = 400_000;

/** What `mode: drift-map` needs from the entrypoint. */
export interface DriftMapRun {
  inputs: PrChecksInputs;
  /** The use-case's ports, with the whole GitHub port: its call count is an output. */
  deps: PrChecksDeps & { github: GitHubPort };
  defaultBranch: string;
  today: string;
}

/** `mode: drift-map`: the whole repository's drift map in the job summary and the `drift` output. */
export async function runDriftMap(run: DriftMapRun): Promise<void> {
  const { deps } = run;
  const ref = run.inputs.ref ?? run.defaultBranch;
  const commit =
    (deps.localGit === undefined ? undefined : await deps.localGit.remoteBranchSha(ref)) ??
    (await deps.github.getBranchSha(ref)) ??
    (/^[0-9a-f]{40}$/.test(ref) ? ref : undefined);
  if (commit === undefined) {
    throw new InputError('ref', `no branch ${ref} in this repository: name a branch or a full commit SHA`);
  }
  if (deps.localGit !== undefined && !(await deps.localGit.hasCommit(commit)))
    await deps.localGit.fetch([commit]);
  const built = await buildRepositoryDriftMap({ commit, today: run.today }, deps);
  for (const warning of built.warnings) deps.logger.warning(warning);
  const rows = built.map.tables.reduce((sum, table) => sum + table.rows.length, 0);
  const markdown = renderDriftMapMarkdown(built.map, {
    commitSha: commit,
    onlyProblems: rows > FULL_MAP_MAX_ROWS,
  });
  const apiCalls = deps.github.callCount();
  setOutputs({ outcome: 'drift-map', drift: driftMapOutput(built.map, commit), 'api-calls': apiCalls });
  await writeSummary(`${markdown}\nGitHub API calls spent by this step: **${apiCalls}**\n`);
  if (run.inputs.failOnDrift && built.map.totals.drifted > 0) {
    throw new Error(
      `${built.map.totals.drifted} component/target folder pairs have drifted (see the job summary)`,
    );
  }
}

/** The map as the `drift` output; only the totals when it would pass GitHub's 1 MB limit of a job's outputs. */
function driftMapOutput(map: DriftMap, commit: string): object {
  const full = { version: 1, commit, totals: map.totals, tables: map.tables };
  if (JSON.stringify(full).length <= MAX_OUTPUT_CHARS) return full;
  return { version: 1, commit, totals: map.totals, tables: null, truncated: true };
}
