import { parseArgs } from 'node:util';
import { createGitSnapshot } from '../../adapters/git/create-git-snapshot.js';
import { createLocalGit } from '../../adapters/git/create-local-git.js';
import type { PromotionPlan } from '../../core/promotion/types.js';
import { planFromRevisions } from '../../use-cases/promote/plan-from-revisions.js';
import { checkRepository, resolveRevision } from '../check-repository.js';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../usage-error.js';
import { describeHold } from '../../core/holds/describe-hold.js';
import { readFile } from 'node:fs/promises';

/** Help text of `telefonistka plan`. */
export const PLAN_HELP = `telefonistka plan --repo <git dir> --base <rev> --head <rev> [options]

Shows the promotion PRs that merging <head> into <base> would open. Target folders held in
.telefonistka/holds.yaml at <base> are shown as held and not synced.

  --repo DIR           git repository (default: .)
  --base REV           revision the PR merges into (required)
  --head REV           revision with the PR's changes (required)
  --config-ref REV     revision to read telefonistka.yaml from (default: --head)
  --pr-number N        PR number for branch names and history (default: 0)
  --pr-head-ref REF    PR head branch for branch names (default: "")
  --pr-author LOGIN    PR author (default: "")
  --label L            a label of the PR; repeat for several
  --pr-body-file F     PR body, read for the promotion history of chained promotions
  --format json|text   output format (default: json)
`;

/** `telefonistka plan`: exit 0 with the plan (warnings included), 2 on invalid configuration. */
export async function planCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      repo: { type: 'string', default: '.' },
      base: { type: 'string' },
      head: { type: 'string' },
      'config-ref': { type: 'string' },
      'pr-number': { type: 'string', default: '0' },
      'pr-head-ref': { type: 'string', default: '' },
      'pr-author': { type: 'string', default: '' },
      label: { type: 'string', multiple: true, default: [] },
      'pr-body-file': { type: 'string' },
      format: { type: 'string', default: 'json' },
    },
    strict: true,
  });
  if (values.base === undefined || values.head === undefined)
    throw new UsageError('plan needs --base and --head');
  if (!/^[0-9]+$/.test(values['pr-number']))
    throw new UsageError('--pr-number must be a non-negative integer');
  if (values.format !== 'json' && values.format !== 'text')
    throw new UsageError('--format must be json or text');
  const body = await readBody(values['pr-body-file']);
  await checkRepository(values.repo);
  const base = await resolveRevision(values.repo, values.base, '--base');
  const head = await resolveRevision(values.repo, values.head, '--head');
  const configRef =
    values['config-ref'] === undefined
      ? head
      : await resolveRevision(values.repo, values['config-ref'], '--config-ref');
  const plan = await planFromRevisions(
    { base, head, configRef },
    {
      number: Number(values['pr-number']),
      headRef: values['pr-head-ref'],
      author: values['pr-author'],
      labels: values.label,
      body,
    },
    { git: createLocalGit(values.repo), snapshot: createGitSnapshot(values.repo) },
  );
  io.out(values.format === 'json' ? `${JSON.stringify(toJson(plan), null, 2)}\n` : renderText(plan));
  return 0;
}

async function readBody(file: string | undefined): Promise<string> {
  if (file === undefined) return '';
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `--pr-body-file ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
}

function toJson(plan: PromotionPlan) {
  return {
    promotions: plan.promotions.map((p) => ({
      key: p.key,
      sourcePath: p.sourcePath,
      components: p.components,
      targetPaths: p.targetPaths,
      targetDescription: p.targetDescription,
      syncPaths: p.syncPaths,
      skippedTargets: p.skippedTargets,
      heldTargets: p.heldTargets ?? [],
      autoMerge: p.autoMerge,
      labels: p.labels,
      branch: p.branch,
      title: p.title,
      body: p.body,
    })),
    warnings: plan.warnings,
  };
}

function renderText(plan: PromotionPlan): string {
  if (plan.promotions.length === 0) return `No promotions.\n${warningsText(plan)}`;
  const blocks = plan.promotions.map((p) => {
    const lines = [`${p.title}`, `  branch: ${p.branch}`, `  labels: ${p.labels.join(', ')}`];
    if (p.autoMerge) lines.push('  auto-merge: yes');
    for (const sync of p.syncPaths)
      lines.push(`  ${sync.deleted ? 'delete' : 'sync  '} ${sync.source} -> ${sync.target}`);
    for (const [component, targets] of Object.entries(p.skippedTargets)) {
      lines.push(`  skip   ${component} -> ${targets.join(', ')} (component allow/block list)`);
    }
    for (const held of p.heldTargets ?? [])
      lines.push(`  hold   ${held.component} -> ${held.target}: ${describeHold(held.hold)}`);
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n${warningsText(plan)}`;
}

function warningsText(plan: PromotionPlan): string {
  return plan.warnings.map((w) => `warning: ${w}\n`).join('');
}
