import { parseArgs } from 'node:util';
import { createGitSnapshot } from '../../adapters/git/create-git-snapshot.js';
import { lsTree } from '../../adapters/git/ls-tree.js';
import { renderDriftMapJson } from '../../core/drift/render-drift-map-json.js';
import { renderDriftMapMarkdown } from '../../core/drift/render-drift-map.js';
import { silentLogger } from '../../ports/logger.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';
import { buildRepositoryDriftMap } from '../../use-cases/pr-checks/build-repository-drift-map.js';
import { checkRepository, resolveRevision } from '../check-repository.js';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../usage-error.js';

/** Help text of `telefonistka drift`. */
export const DRIFT_HELP = `telefonistka drift [--repo DIR] [--ref REV] [--format json|markdown] [options]

Maps drift: every component of every flow against its target folders (in sync, drifted, missing, ...).

  --repo DIR               git repository (default: .)
  --ref REV                revision to map (default: HEAD)
  --format json|markdown   output format (default: markdown)
  --only-problems          markdown: leave out components that are in sync everywhere
  --today YYYY-MM-DD       day that decides expired acknowledgements (default: today, UTC)
  --exit-code              exit 1 when any component has drifted from a target
`;

/** `telefonistka drift`: the drift map of a local repository; exit 2 on invalid configuration. */
export async function driftCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      repo: { type: 'string', default: '.' },
      ref: { type: 'string', default: 'HEAD' },
      format: { type: 'string', default: 'markdown' },
      'only-problems': { type: 'boolean', default: false },
      today: { type: 'string' },
      'exit-code': { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.format !== 'json' && values.format !== 'markdown')
    throw new UsageError('--format must be json or markdown');
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError('--today must be a date YYYY-MM-DD');
  await checkRepository(values.repo);
  const commit = await resolveRevision(values.repo, values.ref, '--ref');
  const built = await buildRepositoryDriftMap(
    { commit, today },
    { snapshot: localSnapshot(values.repo), logger: silentLogger },
  );
  for (const warning of built.warnings) io.err(`warning: ${warning}\n`);
  io.out(
    values.format === 'json'
      ? renderDriftMapJson(built.map, commit)
      : renderDriftMapMarkdown(built.map, { commitSha: commit, onlyProblems: values['only-problems'] }),
  );
  return values['exit-code'] && built.map.totals.drifted > 0 ? 1 : 0;
}

/** Trees from one `git ls-tree` (fast on large repositories), files from `git cat-file`. */
function localSnapshot(directory: string): RepoSnapshotPort {
  const files = createGitSnapshot(directory);
  return {
    source: 'local',
    readTree: (commit) => lsTree({ directory, rev: commit }),
    readFile: (commit, path) => files.readFile(commit, path),
  };
}
