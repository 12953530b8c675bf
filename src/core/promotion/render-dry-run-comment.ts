import { describeHold } from '../holds/describe-hold.js';
import { compareStrings } from './compare-strings.js';
import type { Promotion, PromotionPlan } from './types.js';

/**
 * The Go bot's dry-run comment (template `dryRunMsg`), used for `dryRunMode` and the `show-plan` label:
 * promotions by key, sync pairs by target, skipped targets by component in Go slice syntax `[a b]`. The
 * double slash in ` 🚫 <sourcePath>/<component>` is the Go bot's, kept byte for byte. Deletions, which the
 * Go bot showed as copies, are marked.
 */
export function renderDryRunComment(plan: PromotionPlan): string {
  const promotions = [...plan.promotions].sort((a, b) => compareStrings(a.key, b.key));
  return (
    '\n## Telefonistka Promotion Dry Run Message:\n\nThis is the plan for opening promotion PRs:\n\n\n' +
    promotions.map(renderPromotion).join('') +
    '\n'
  );
}

function renderPromotion(promotion: Promotion): string {
  let out = `\n\n\n\`\`\`\nPR :${promotion.sourcePath}`;
  const pairs = [...promotion.syncPaths].sort((a, b) => compareStrings(a.target, b.target));
  for (const pair of pairs) {
    out += pair.deleted
      ? `\n 🗑️ ${pair.source} ➡️  ${pair.target} (source folder deleted: target is removed)`
      : `\n ✅ ${pair.source} ➡️  ${pair.target}`;
  }
  const skipped = Object.keys(promotion.skippedTargets)
    .filter((component) => (promotion.skippedTargets[component] ?? []).length > 0)
    .sort(compareStrings);
  if (skipped.length > 0) {
    out += '\nSkipped target paths:';
    for (const component of skipped) {
      const targets = promotion.skippedTargets[component] ?? [];
      out += `\n 🚫 ${promotion.sourcePath}/${component} ➡️  [${targets.join(' ')}]`;
    }
  }
  const held = promotion.heldTargets ?? [];
  if (held.length > 0) {
    out += '\nHeld target paths:';
    // Inside a code block: a backtick in a reason must not close it.
    for (const entry of held) out += `\n 🔒 ${entry.target} ${describeHold(entry.hold).replace(/`/g, "'")}`;
  }
  return `${out}\n\`\`\``;
}
