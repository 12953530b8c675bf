import { parseArgs } from 'node:util';
import { createGitHistory } from '../../adapters/git/create-git-history.js';
import { createGitSnapshot } from '../../adapters/git/create-git-snapshot.js';
import { renderDashboardJson } from '../../core/dashboard/render-dashboard-json.js';
import { renderDashboardMarkdown } from '../../core/dashboard/render-dashboard-markdown.js';
import { silentLogger } from '../../ports/logger.js';
import { buildRepositoryDashboard } from '../../use-cases/dashboard/build-repository-dashboard.js';
import { checkRepository, resolveRevision } from '../check-repository.js';
import type { CliIo } from '../cli-io.js';
import { readShownHolds } from '../../use-cases/holds/read-shown-holds.js';
import { UsageError } from '../usage-error.js';

/** Help text of `telefonistka dashboard`. */
export const DASHBOARD_HELP = `telefonistka dashboard [--repo DIR] [--ref REV] [--format markdown|json]

Prints the promotion dashboard: every component in every environment (chain order), its version, in sync or not.

  --repo DIR               git repository (default: .)
  --ref REV                revision to show (default: HEAD)
  --format markdown|json   output format (default: markdown)
  --today YYYY-MM-DD       day that decides expired drift acknowledgements (default: today, UTC)
`;

/** `telefonistka dashboard`: the dashboard matrix of a local repository; exit 2 on invalid configuration. */
export async function dashboardCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      repo: { type: 'string', default: '.' },
      ref: { type: 'string', default: 'HEAD' },
      format: { type: 'string', default: 'markdown' },
      today: { type: 'string' },
    },
    strict: true,
  });
  if (values.format !== 'json' && values.format !== 'markdown')
    throw new UsageError('--format must be markdown or json');
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError('--today must be a date YYYY-MM-DD');
  await checkRepository(values.repo);
  const commit = await resolveRevision(values.repo, values.ref, '--ref');
  const snapshot = createGitSnapshot(values.repo);
  const shown = await readShownHolds(snapshot, commit);
  const built = await buildRepositoryDashboard(
    { commit, today, holds: shown.holds },
    { snapshot, history: createGitHistory(values.repo), logger: silentLogger },
  );
  for (const warning of [...shown.warnings, ...built.warnings]) io.err(`warning: ${warning}\n`);
  io.out(
    values.format === 'json'
      ? renderDashboardJson(built.dashboard, commit)
      : renderDashboardMarkdown(built.dashboard, { commitSha: commit }),
  );
  return 0;
}
