import { codeSpan } from '../comments/markdown-code.js';
import type { ComponentConfig } from '../config/types.js';
import type { Promotion, PromotionPlan } from './types.js';
import { renderHeldTargets } from './render-held-targets.js';

/** Why the preview is on the PR: `promotionPreview: always`, or the `show-plan` label. */
export type PreviewReason = 'always' | 'label';

/** What the preview shows. */
export interface PromotionPreviewInput {
  plan: PromotionPlan;
  /** Component configs by component folder (no trailing slash), to say why a target is skipped. */
  componentConfigs: ReadonlyMap<string, ComponentConfig>;
  reason: PreviewReason;
}

/** The label that asks for the preview when `promotionPreview: label` (the Go bot's `show-plan`). */
export const SHOW_PLAN_LABEL = 'show-plan';

/** Beyond this the full preview gives way to one line per promotion, then to a count. */
const MAX_PREVIEW_CHARS = 20_000;
const MAX_WARNINGS = 20;

/**
 * The promotion preview: the PRs merging this PR would open (first hop), each with its sync pairs,
 * deletions, skipped targets and why, auto-merge, labels and branch; then the planner's warnings. Kept
 * under 20,000 characters (concise form, then a count) so it always fits the sticky comment.
 */
export function renderPromotionPreview(input: PromotionPreviewInput): string {
  const heading = '## 🚀 Promotion preview';
  const why =
    input.reason === 'label'
      ? `_Shown because this PR has the ${codeSpan(SHOW_PLAN_LABEL)} label._`
      : `_Shown on every PR (${codeSpan('promotionPreview: always')}); set ${codeSpan('promotionPreview: label')} to show it only on PRs labelled ${codeSpan(SHOW_PLAN_LABEL)}._`;
  const promotions = input.plan.promotions;
  if (promotions.length === 0) {
    const nothing =
      'Nothing to promote: this PR changes no component under a configured `sourcePath` (or no flow applies to it).';
    return [heading, '', nothing, ...warnings(input.plan), '', why].join('\n');
  }
  const intro = `When this PR is merged, Telefonistka opens ${count(promotions.length, 'promotion PR')} (the first hop; each promotion PR plans the next one when it is merged):`;
  const full = [
    heading,
    '',
    intro,
    '',
    promotions.map((p) => renderPromotion(p, input)).join('\n\n'),
    ...warnings(input.plan),
    '',
    why,
  ].join('\n');
  if (full.length <= MAX_PREVIEW_CHARS) return full;
  return [heading, '', intro, '', ...fitLines(promotions.map(conciseLine)), '', why].join('\n');
}

function renderPromotion(promotion: Promotion, input: PromotionPreviewInput): string {
  const lines = [`### ${promotion.title}`, ''];
  if (promotion.syncPaths.length === 0) lines.push('No PR: every target of this promotion is skipped.', '');
  else {
    lines.push('| source | target |', '| --- | --- |');
    for (const sync of promotion.syncPaths) {
      const target = sync.deleted
        ? `🗑️ ${codeSpan(sync.target)} is removed (the source folder is deleted)`
        : codeSpan(sync.target);
      lines.push(`| ${codeSpan(sync.source)} | ${target} |`);
    }
    lines.push('');
  }
  const skipped = Object.entries(promotion.skippedTargets).filter(([, targets]) => targets.length > 0);
  if (skipped.length > 0) {
    lines.push('Skipped targets:', '');
    for (const [component, targets] of skipped) {
      for (const target of targets) {
        lines.push(
          `- ${codeSpan(component)} ➡️ ${codeSpan(target)}: ${skipReason(promotion, component, target, input)}`,
        );
      }
    }
    lines.push('');
  }
  const held = renderHeldTargets(promotion.heldTargets ?? []);
  if (held.length > 0) lines.push('Held targets (not promoted):', '', ...held, '');
  lines.push(
    [
      `Auto-merge: **${promotion.autoMerge ? 'yes' : 'no'}**`,
      `Labels: ${promotion.labels.map(codeSpan).join(', ') || 'none'}`,
      `Branch: ${codeSpan(promotion.branch)}`,
    ].join(' · '),
  );
  return lines.join('\n');
}

/** Which list of which component config skips the target (block beats allow, as in planning). */
function skipReason(
  promotion: Promotion,
  component: string,
  target: string,
  input: PromotionPreviewInput,
): string {
  const preferred = `${promotion.sourcePath}${component}`;
  const folders = [
    preferred,
    ...[...input.componentConfigs.keys()].filter((k) => k.endsWith(`/${component}`)),
  ];
  for (const folder of folders) {
    const config = input.componentConfigs.get(folder);
    if (config === undefined) continue;
    const file = codeSpan(`${folder}/telefonistka.yaml`);
    if (config.promotionTargetBlockList.some((regex) => regex.test(target)))
      return `matched by ${codeSpan('promotionTargetBlockList')} in ${file}`;
    const allow = config.promotionTargetAllowList;
    if (allow.length > 0 && !allow.some((regex) => regex.test(target)))
      return `not matched by ${codeSpan('promotionTargetAllowList')} in ${file}`;
  }
  return "the component's allow/block list";
}

function conciseLine(promotion: Promotion): string {
  const skipped = Object.values(promotion.skippedTargets).reduce((sum, targets) => sum + targets.length, 0);
  const parts = [count(promotion.syncPaths.length, 'folder'), `${skipped} skipped`];
  const held = promotion.heldTargets?.length ?? 0;
  if (held > 0) parts.push(`${held} held`);
  if (promotion.autoMerge) parts.push('auto-merge');
  return `- **${promotion.title}**: ${parts.join(', ')}`;
}

/** Lines up to the size budget, then a count of the rest. */
function fitLines(lines: readonly string[]): string[] {
  const shown: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (used + line.length + 1 > MAX_PREVIEW_CHARS - 1_000) break;
    shown.push(line);
    used += line.length + 1;
  }
  const rest = lines.length - shown.length;
  if (rest > 0) shown.push(`- … and ${count(rest, 'more promotion')} (see the job summary of the check run)`);
  return shown;
}

function warnings(plan: PromotionPlan): string[] {
  if (plan.warnings.length === 0) return [];
  const listed = plan.warnings.slice(0, MAX_WARNINGS).map((w) => `> - ${w.replace(/\s+/g, ' ')}`);
  const more = plan.warnings.length - listed.length;
  if (more > 0) listed.push(`> - … and ${more} more`);
  return ['', '> [!NOTE]', '> Planning found:', ...listed];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
