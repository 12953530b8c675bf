import type { PromotionPlan } from './types.js';

/**
 * Why a merged rollback PR of this tool is not promoted onward, and how to promote it by hand: the component
 * folders it changed, the targets its plan would have synced, the dashboard's *promote* box and the manual dispatch.
 */
export function renderLocalRollbackNote(
  pr: { number: number; headRef: string },
  plan: PromotionPlan,
): string {
  const sources = [...new Set(plan.promotions.flatMap((p) => p.syncPaths.map((s) => s.source)))].sort();
  const targets = [...new Set(plan.promotions.flatMap((p) => p.syncPaths.map((s) => s.target)))].sort();
  const code = (paths: readonly string[]) => paths.map((path) => `\`${path}\``).join(', ');
  const onward =
    targets.length === 0
      ? 'no target would have been promoted to anyway'
      : `its plan would have synced ${code(sources)} into ${code(targets)}`;
  return (
    `#${pr.number} is a rollback PR of this tool (branch \`${pr.headRef}\`): a rollback is local to the environment ` +
    `it was asked for, so it is not promoted onward (${onward}). To promote the rolled-back content anyway, tick ` +
    '*promote* on the component in the promotion dashboard, or run the promote workflow by hand ' +
    `(\`workflow_dispatch\` with the \`component\` input ${sources.length === 0 ? 'naming the folder' : code(sources)}).`
  );
}
