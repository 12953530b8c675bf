import { describe, expect, it } from 'vitest';
import { renderPromotionPreview } from '../../../src/core/promotion/render-promotion-preview.js';
import { planOf } from './preview-fixtures.js';

const golden = (name: string) => `../../golden/pr-checks/${name}`;

describe('renderPromotionPreview', () => {
  it('lists sync pairs, deletions, skipped targets with the list that skips them, auto-merge and branch', async () => {
    const { plan, componentConfigs } = planOf({
      files: [
        'workspace/nginx/deployment.yaml',
        'workspace/retired/values.yaml',
        'clusters/staging/us-central1/c1/podinfo/values.yaml',
        'workspace/README.md',
      ],
      componentConfigs: {
        'clusters/staging/us-central1/c1/podinfo':
          'promotionTargetBlockList: ["^clusters/prod/europe-west4/"]\n',
      },
      existing: [
        'workspace/nginx',
        'clusters/lab/europe-west4/c1/nginx',
        'clusters/lab/europe-west4/c1/retired',
        'clusters/staging/us-central1/c1/podinfo',
      ],
    });
    const text = renderPromotionPreview({ plan, componentConfigs, reason: 'always' });
    expect(text).toContain(
      '🗑️ `clusters/lab/europe-west4/c1/retired` is removed (the source folder is deleted)',
    );
    expect(text).toContain(
      'matched by `promotionTargetBlockList` in `clusters/staging/us-central1/c1/podinfo/telefonistka.yaml`',
    );
    expect(text).toContain('Auto-merge: **yes**');
    expect(text).toContain('workspace/README.md is not inside a component');
    await expect(text).toMatchFileSnapshot(golden('preview-always.md'));
  });

  it('names the allow list when a target is not on it', () => {
    const { plan, componentConfigs } = planOf({
      files: ['clusters/staging/us-central1/c1/podinfo/values.yaml'],
      componentConfigs: {
        'clusters/staging/us-central1/c1/podinfo': 'promotionTargetAllowList: ["us-west1"]\n',
      },
      existing: ['clusters/staging/us-central1/c1/podinfo'],
    });
    expect(renderPromotionPreview({ plan, componentConfigs, reason: 'always' })).toContain(
      '- `podinfo` ➡️ `clusters/prod/europe-west4/c2/`: not matched by `promotionTargetAllowList` in `clusters/staging/us-central1/c1/podinfo/telefonistka.yaml`',
    );
  });

  it('says there is nothing to promote when the label asks for an empty plan', async () => {
    const { plan, componentConfigs } = planOf({ files: ['docs/readme.md'], existing: [] });
    const text = renderPromotionPreview({ plan, componentConfigs, reason: 'label' });
    await expect(text).toMatchFileSnapshot(golden('preview-label-empty.md'));
  });

  it('falls back to one line per promotion, then a count, beyond 20,000 characters', () => {
    const files = Array.from(
      { length: 400 },
      (_, i) => `clusters/staging/us-central1/c1/component-${i}/values.yaml`,
    );
    const { plan, componentConfigs } = planOf({
      files,
      existing: files.map((f) => f.replace(/\/values\.yaml$/, '')),
    });
    // One promotion with 800 pairs: the full table does not fit, the concise line does.
    const text = renderPromotionPreview({ plan, componentConfigs, reason: 'always' });
    expect(text.length).toBeLessThanOrEqual(20_000);
    expect(text).toContain('- **🚀 Promotion: component-0,');
    expect(text).toContain('800 folders, 0 skipped, auto-merge');
    const many = { ...plan, promotions: Array.from({ length: 300 }, () => plan.promotions[0]!) };
    const counted = renderPromotionPreview({ plan: many, componentConfigs, reason: 'always' });
    expect(counted.length).toBeLessThanOrEqual(20_000);
    expect(counted).toMatch(/- … and \d+ more promotions \(see the job summary of the check run\)/);
  });
});
