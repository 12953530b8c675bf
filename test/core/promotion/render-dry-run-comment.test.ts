import { describe, expect, it } from 'vitest';
import { planPromotions } from '../../../src/core/promotion/plan-promotions.js';
import { renderAutoMergeComment } from '../../../src/core/promotion/render-auto-merge-comment.js';
import { renderDryRunComment } from '../../../src/core/promotion/render-dry-run-comment.js';
import { component, makeComponentConfig, makeConfig, makeInput } from './make-config.js';

const golden = (name: string) => `../../golden/promotion/${name}`;

describe('renderDryRunComment', () => {
  it('renders the Go bot verified two-promotion example byte for byte', async () => {
    const config = makeConfig([
      { sourcePath: 'prod/[^/]*/', prs: [['prod/eu-west-1/', 'prod/eu-east-1/']] },
      { sourcePath: 'workspace/', prs: [['clusters/dev/']] },
    ]);
    const plan = planPromotions(
      config,
      makeInput(
        [
          component('prod/us-east-4/', 'componentA'),
          component('prod/us-east-4/', 'componentB'),
          component('workspace/', 'nginx', 1),
        ],
        {
          componentConfigs: new Map([
            ['prod/us-east-4/componentB', makeComponentConfig({ block: ['west'] })],
          ]),
        },
      ),
    );
    const comment = renderDryRunComment(plan);
    expect(comment).toBe(
      '\n## Telefonistka Promotion Dry Run Message:\n\nThis is the plan for opening promotion PRs:\n\n\n\n\n\n```\n' +
        'PR :prod/us-east-4/\n' +
        ' ✅ prod/us-east-4/componentA ➡️  prod/eu-east-1/componentA\n' +
        ' ✅ prod/us-east-4/componentB ➡️  prod/eu-east-1/componentB\n' +
        ' ✅ prod/us-east-4/componentA ➡️  prod/eu-west-1/componentA\n' +
        'Skipped target paths:\n' +
        ' 🚫 prod/us-east-4//componentB ➡️  [prod/eu-west-1/]\n```\n\n\n```\n' +
        'PR :workspace/\n ✅ workspace/nginx ➡️  clusters/dev/nginx\n```\n',
    );
    await expect(comment).toMatchFileSnapshot(golden('dry-run.golden.md'));
  });

  it('renders an empty plan as the Go bot did (it still commented)', () => {
    expect(renderDryRunComment({ promotions: [], warnings: [] })).toBe(
      '\n## Telefonistka Promotion Dry Run Message:\n\nThis is the plan for opening promotion PRs:\n\n\n\n',
    );
  });

  it('marks deletions instead of showing them as copies', async () => {
    const config = makeConfig([{ sourcePath: 'dev/', prs: [['prod/']] }]);
    const plan = planPromotions(
      config,
      makeInput([component('dev/', 'gone')], {
        sourceFolders: new Set(),
        targetFolders: new Set(['prod/gone']),
      }),
    );
    const comment = renderDryRunComment(plan);
    expect(comment).toContain(' 🗑️ dev/gone ➡️  prod/gone (source folder deleted: target is removed)\n');
    await expect(comment).toMatchFileSnapshot(golden('dry-run-deletion.golden.md'));
  });
});

describe('renderAutoMergeComment', () => {
  it('renders the Go bot auto-merge note', () => {
    expect(renderAutoMergeComment(42)).toBe('\n✅ Auto merge is enabled\n🚀 Merging promotion PR: #42\n');
  });
});
