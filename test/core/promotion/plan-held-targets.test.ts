import { describe, expect, it } from 'vitest';
import type { Hold } from '../../../src/core/holds/hold.js';
import { narrowPromotion } from '../../../src/core/promotion/narrow-promotion.js';
import { planPromotions } from '../../../src/core/promotion/plan-promotions.js';
import { renderDryRunComment } from '../../../src/core/promotion/render-dry-run-comment.js';
import { renderPromoteSummary } from '../../../src/core/promotion/render-promote-summary.js';
import { renderPromotionPreview } from '../../../src/core/promotion/render-promotion-preview.js';
import { component, makeConfig, makeInput } from './make-config.js';

const hold = (folder: string, reason = 'rolled back from #42'): Hold => ({
  folder,
  reason,
  by: 'octocat',
  since: '2026-12-05T13:00:00Z',
});
const holds = (...list: Hold[]) => new Map(list.map((entry) => [entry.folder, entry]));
const config = makeConfig([{ sourcePath: 'staging/', prs: [['prod/eu/', 'prod/us/']] }]);
/** In markdown: the holds file's text as inline code. */
const HELD = 'held (`rolled back from #42`, by `octocat`, since 2026-12-05T13:00:00Z)';
/** In the dry-run comment's code block: plain text. */
const HELD_PLAIN = 'held (rolled back from #42, by octocat, since 2026-12-05T13:00:00Z)';

describe('planPromotions with holds', () => {
  it.each([
    ['no hold', [], ['prod/eu/app', 'prod/us/app'], []],
    ['a hold on one target', [hold('prod/eu/app')], ['prod/us/app'], ['prod/eu/app']],
    ['holds on both targets', [hold('prod/eu/app'), hold('prod/us/app')], [], ['prod/eu/app', 'prod/us/app']],
    ['a hold on another component', [hold('prod/eu/db')], ['prod/eu/app', 'prod/us/app'], []],
    [
      'a hold on the environment folder, not the component',
      [hold('prod/eu')],
      ['prod/eu/app', 'prod/us/app'],
      [],
    ],
  ])('with %s syncs the other targets and names the held ones', (_, list, synced, held) => {
    const plan = planPromotions(config, makeInput([component('staging/', 'app')], { holds: holds(...list) }));
    const [promotion] = plan.promotions;
    expect(promotion?.syncPaths.map((sync) => sync.target)).toEqual(synced);
    expect(promotion?.heldTargets?.map((entry) => entry.target)).toEqual(held);
    expect(promotion?.metadata.promotedPaths).toEqual(synced);
  });

  it('keeps the branch name, which depends on the configured targets only', () => {
    const free = planPromotions(config, makeInput([component('staging/', 'app')]));
    const held = planPromotions(
      config,
      makeInput([component('staging/', 'app')], { holds: holds(hold('prod/eu/app')) }),
    );
    expect(held.promotions[0]?.branch).toBe(free.promotions[0]?.branch);
  });

  it('does not remove a held folder when its source is deleted', () => {
    const input = makeInput([component('staging/', 'app')], {
      sourceFolders: new Set(),
      targetFolders: new Set(['prod/eu/app', 'prod/us/app']),
      holds: holds(hold('prod/us/app')),
    });
    const [promotion] = planPromotions(config, input).promotions;
    expect(promotion?.syncPaths).toEqual([{ source: 'staging/app', target: 'prod/eu/app', deleted: true }]);
    expect(promotion?.heldTargets?.map((entry) => entry.target)).toEqual(['prod/us/app']);
  });

  it('says held (reason, by whom, since) in the body, the dry-run comment, the preview and the summary', () => {
    const plan = planPromotions(
      config,
      makeInput([component('staging/', 'app')], { holds: holds(hold('prod/eu/app')) }),
    );
    const [promotion] = plan.promotions;
    expect(promotion?.body).toContain(`Held, not promoted:\n\n- 🔒 \`prod/eu/app\` ${HELD}\n`);
    expect(renderDryRunComment(plan)).toContain(`Held target paths:\n 🔒 prod/eu/app ${HELD_PLAIN}`);
    const preview = renderPromotionPreview({ plan, componentConfigs: new Map(), reason: 'label' });
    expect(preview).toContain(`Held targets (not promoted):\n\n- 🔒 \`prod/eu/app\` ${HELD}`);
    const summary = renderPromoteSummary(
      { plan, dryRun: true, results: [], warnings: [], failures: [], config },
      3,
    );
    expect(summary).toContain(`### Held targets\n\n- 🔒 \`prod/eu/app\` ${HELD}\n`);
  });

  it('escapes a reason that would open HTML or close a code block', () => {
    const plan = planPromotions(
      config,
      makeInput([component('staging/', 'app')], { holds: holds(hold('prod/eu/app', 'see <!-- x ``` y')) }),
    );
    expect(plan.promotions[0]?.body).toContain('held (````see <!-- x ``` y````, by `octocat`');
    expect(renderDryRunComment(plan)).toContain("held (see <!-- x ''' y, by octocat");
  });

  it('keeps the held targets in the body when newer work narrows the promotion', () => {
    const [promotion] = planPromotions(
      config,
      makeInput([component('staging/', 'app')], { holds: holds(hold('prod/eu/app')) }),
    ).promotions;
    const narrowed = narrowPromotion(promotion!, new Set(['prod/us/app']));
    expect(narrowed.syncPaths).toEqual([]);
    expect(narrowed.body).toContain(`- 🔒 \`prod/eu/app\` ${HELD}`);
  });
});
