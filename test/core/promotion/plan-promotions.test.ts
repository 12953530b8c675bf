import { describe, expect, it } from 'vitest';
import { encodePromotionMetadata } from '../../../src/core/promotion/encode-promotion-metadata.js';
import { planPromotions } from '../../../src/core/promotion/plan-promotions.js';
import { component, makeComponentConfig, makeConfig, makeInput, makePullRequest } from './make-config.js';

const summary = (plan: ReturnType<typeof planPromotions>) =>
  plan.promotions.map((p) => ({ key: p.key, components: p.components, autoMerge: p.autoMerge }));

describe('planPromotions', () => {
  describe('flow selection', () => {
    const config = makeConfig([
      { sourcePath: 'staging/', prHasLabels: ['quick'], autoMerge: true, prs: [['prod/']] },
      { sourcePath: 'staging/', prs: [['canary/']] },
    ]);

    it.each([
      [['quick'], 'staging/>prod/', true],
      [['other', 'quick'], 'staging/>prod/', true],
      [[], 'staging/>canary/', false],
      [['Quick'], 'staging/>canary/', false],
    ])('with PR labels %j uses %s', (labels, key, autoMerge) => {
      const plan = planPromotions(
        config,
        makeInput([component('staging/', 'app')], { pullRequest: makePullRequest({ labels }) }),
      );
      expect(summary(plan)).toEqual([{ key, components: ['app'], autoMerge }]);
    });

    it('never passes an explicit empty prHasLabels list', () => {
      const emptyList = makeConfig([
        { sourcePath: 'dev/', prHasLabels: [], prs: [['a/']] },
        { sourcePath: 'dev/', prs: [['b/']] },
      ]);
      const plan = planPromotions(emptyList, makeInput([component('dev/', 'app')]));
      expect(plan.promotions.map((p) => p.key)).toEqual(['dev/>b/']);
    });

    it('takes autoMerge from the flow actually used, not the first one matching the path', () => {
      const flows = makeConfig([
        { sourcePath: 'dev/', prHasLabels: ['fast'], autoMerge: true, prs: [['a/']] },
        { sourcePath: 'dev/', autoMerge: false, prs: [['a/']] },
      ]);
      const plan = planPromotions(flows, makeInput([component('dev/', 'app', 0)]));
      expect(summary(plan)).toEqual([{ key: 'dev/>a/', components: ['app'], autoMerge: false }]);
    });

    it('warns and plans nothing when no flow has a label condition the PR meets', () => {
      const gated = makeConfig([{ sourcePath: 'dev/', prHasLabels: ['go'], prs: [['a/']] }]);
      const plan = planPromotions(gated, makeInput([component('dev/', 'app')]));
      expect(plan.promotions).toEqual([]);
      expect(plan.warnings).toEqual([
        'dev/app: no promotionPaths entry matches its source folder with a label condition this PR meets; it is not promoted',
      ]);
    });

    it('matches the source folder against a regex flow anchored at the start', () => {
      const flows = makeConfig([
        { sourcePath: 'prod/', prs: [['never/']] },
        { sourcePath: 'clusters/[^/]*/', prs: [['clusters/prod/']] },
      ]);
      const plan = planPromotions(flows, makeInput([component('clusters/staging/', 'app', 1)]));
      expect(plan.promotions.map((p) => p.key)).toEqual(['clusters/[^/]*/>clusters/prod/']);
      expect(plan.promotions[0]?.sourcePath).toBe('clusters/staging/');
    });
  });

  describe('grouping', () => {
    it('puts components of one flow with the same targets into one promotion, one per promotionPrs entry', () => {
      const config = makeConfig([
        { sourcePath: 'prod/[^/]*/', prs: [['prod/eu-west-1/', 'prod/eu-east-1/'], ['prod/ap-1/']] },
      ]);
      const plan = planPromotions(
        config,
        makeInput([component('prod/us-east-4/', 'componentB'), component('prod/us-east-4/', 'componentA')]),
      );
      expect(plan.promotions.map((p) => [p.key, p.components, p.targetPaths])).toEqual([
        ['prod/[^/]*/>prod/ap-1/', ['componentA', 'componentB'], ['prod/ap-1/']],
        [
          'prod/[^/]*/>prod/eu-east-1/|prod/eu-west-1/',
          ['componentA', 'componentB'],
          ['prod/eu-east-1/', 'prod/eu-west-1/'],
        ],
      ]);
      expect(plan.promotions[1]?.syncPaths).toEqual([
        { source: 'prod/us-east-4/componentA', target: 'prod/eu-east-1/componentA', deleted: false },
        { source: 'prod/us-east-4/componentB', target: 'prod/eu-east-1/componentB', deleted: false },
        { source: 'prod/us-east-4/componentA', target: 'prod/eu-west-1/componentA', deleted: false },
        { source: 'prod/us-east-4/componentB', target: 'prod/eu-west-1/componentB', deleted: false },
      ]);
    });

    it('merges two promotionPrs entries of one flow with the same targets, de-duplicating targets', () => {
      const config = makeConfig([
        {
          sourcePath: 'dev/',
          prs: [
            { targets: ['b/', 'a/', 'b/'], labels: ['first'] },
            { targets: ['a/', 'b/'], labels: ['second', 'first'] },
          ],
        },
      ]);
      const plan = planPromotions(config, makeInput([component('dev/', 'app')]));
      expect(plan.promotions).toHaveLength(1);
      expect(plan.promotions[0]?.targetPaths).toEqual(['a/', 'b/']);
      expect(plan.promotions[0]?.labels).toEqual(['promotion', 'first', 'second']);
    });

    it('uses targetDescription, or the sorted targets joined by a space', () => {
      const config = makeConfig([
        { sourcePath: 'dev/', prs: [{ targets: ['z/'], description: 'Production Tier 2' }, ['y/', 'x/']] },
      ]);
      const plan = planPromotions(config, makeInput([component('dev/', 'nginx')]));
      expect(plan.promotions.map((p) => [p.targetDescription, p.title])).toEqual([
        ['x/ y/', '🚀 Promotion: nginx ➡️  x/ y/'],
        ['Production Tier 2', '🚀 Promotion: nginx ➡️  Production Tier 2'],
      ]);
    });

    it('orders labels: promotion, repo promotionPrLabels, then the promotionPr labels, de-duplicated', () => {
      const config = makeConfig(
        [{ sourcePath: 'dev/', prs: [{ targets: ['a/'], labels: ['team-x', 'promotion', 'env-a'] }] }],
        { promotionPrLabels: ['gitops', 'team-x'] },
      );
      const plan = planPromotions(config, makeInput([component('dev/', 'app')]));
      expect(plan.promotions[0]?.labels).toEqual(['promotion', 'gitops', 'team-x', 'env-a']);
    });

    it('gives a deterministic plan whatever the order of the components', () => {
      const config = makeConfig([{ sourcePath: 'env/[^/]*/', prs: [['prod/'], ['qa/']] }]);
      const list = [component('env/b/', 'x'), component('env/a/', 'y'), component('env/a/', 'x')];
      const forward = planPromotions(config, makeInput(list));
      const backward = planPromotions(config, makeInput([...list].reverse()));
      expect(backward).toEqual(forward);
    });
  });

  describe('paths', () => {
    it('joins normalized paths with a slash: no `c2nginx` targets from configs without trailing slashes', () => {
      const config = makeConfig([{ sourcePath: 'workspace', prs: [['clusters/dev/us-east4/c2']] }]);
      const promotion = planPromotions(config, makeInput([component('workspace/', 'nginx')])).promotions[0];
      expect(promotion?.key).toBe('workspace/>clusters/dev/us-east4/c2/');
      expect(promotion?.syncPaths).toEqual([
        { source: 'workspace/nginx', target: 'clusters/dev/us-east4/c2/nginx', deleted: false },
      ]);
    });

    it('promotes a nested component (componentPathExtraDepth) as its whole relative path', () => {
      const config = makeConfig([
        { sourcePath: 'prod/us-east-4/', extraDepth: 2, prs: [['prod/eu-west-1/']] },
      ]);
      const promotion = planPromotions(
        config,
        makeInput([component('prod/us-east-4/', 'teamA/namespaceB/componentA')]),
      ).promotions[0];
      expect(promotion?.syncPaths).toEqual([
        {
          source: 'prod/us-east-4/teamA/namespaceB/componentA',
          target: 'prod/eu-west-1/teamA/namespaceB/componentA',
          deleted: false,
        },
      ]);
      expect(promotion?.title).toBe('🚀 Promotion: teamA/namespaceB/componentA ➡️  prod/eu-west-1/');
    });
  });

  describe('component allow and block lists', () => {
    const config = makeConfig([{ sourcePath: 'dev/', prs: [['prod/eu-1/', 'prod/us-1/', 'lab/']] }]);
    const plan = (lists: { allow?: string[]; block?: string[] }) =>
      planPromotions(
        config,
        makeInput([component('dev/', 'app')], {
          componentConfigs: new Map([['dev/app', makeComponentConfig(lists)]]),
        }),
      ).promotions[0];

    it.each([
      [{}, ['lab/app', 'prod/eu-1/app', 'prod/us-1/app'], {}],
      [{ block: ['eu'] }, ['lab/app', 'prod/us-1/app'], { app: ['prod/eu-1/'] }],
      [{ allow: ['^prod/'] }, ['prod/eu-1/app', 'prod/us-1/app'], { app: ['lab/'] }],
      [{ allow: ['^prod/'], block: ['us-1'] }, ['prod/eu-1/app'], { app: ['lab/', 'prod/us-1/'] }],
      [{ allow: ['nothing'] }, [], { app: ['lab/', 'prod/eu-1/', 'prod/us-1/'] }],
      [{ allow: ['lab'], block: ['lab'] }, [], { app: ['lab/', 'prod/eu-1/', 'prod/us-1/'] }],
    ])('with lists %j syncs %j and records skipped %j', (lists, targets, skipped) => {
      const promotion = plan(lists);
      expect(promotion?.syncPaths.map((s) => s.target)).toEqual(targets);
      expect(promotion?.skippedTargets).toEqual(skipped);
    });

    it('keeps a promotion whose every target is skipped, with no sync paths', () => {
      const promotion = plan({ block: ['.*'] });
      expect(promotion?.components).toEqual(['app']);
      expect(promotion?.syncPaths).toEqual([]);
      expect(promotion?.metadata.promotedPaths).toEqual([]);
    });
  });

  describe('deletions', () => {
    const config = makeConfig([{ sourcePath: 'dev/', prs: [['qa/', 'prod/']] }]);

    it('marks a pair deleted when the source folder no longer exists', () => {
      const plan = planPromotions(
        config,
        makeInput([component('dev/', 'gone')], {
          sourceFolders: new Set(),
          targetFolders: new Set(['qa/gone', 'prod/gone']),
        }),
      );
      expect(plan.promotions[0]?.syncPaths).toEqual([
        { source: 'dev/gone', target: 'prod/gone', deleted: true },
        { source: 'dev/gone', target: 'qa/gone', deleted: true },
      ]);
    });

    it('drops a deleted pair whose target does not exist either, keeping the promotion', () => {
      const plan = planPromotions(
        config,
        makeInput([component('dev/', 'gone')], {
          sourceFolders: new Set(),
          targetFolders: new Set(['qa/gone']),
        }),
      );
      expect(plan.promotions[0]?.syncPaths).toEqual([
        { source: 'dev/gone', target: 'qa/gone', deleted: true },
      ]);
      expect(plan.warnings).toEqual(['dev/gone was deleted and prod/gone does not exist: nothing to sync']);
    });

    it('judges a source folder deleted on the source revision even when the target revision still has it', () => {
      const plan = planPromotions(
        config,
        makeInput([component('dev/', 'gone')], {
          sourceFolders: new Set(),
          targetFolders: new Set(['dev/gone', 'qa/gone', 'prod/gone']),
        }),
      );
      expect(plan.promotions[0]?.syncPaths.map((s) => s.deleted)).toEqual([true, true]);
    });

    it('copies to a target that does not exist yet when the source exists', () => {
      const plan = planPromotions(
        config,
        makeInput([component('dev/', 'new')], { sourceFolders: new Set(['dev/new']) }),
      );
      expect(plan.promotions[0]?.syncPaths.map((s) => s.deleted)).toEqual([false, false]);
    });
  });

  describe('two sources of one regex flow', () => {
    const config = makeConfig([{ sourcePath: 'dev/[^/]*/', prs: [['prod/']] }]);

    it('warns and syncs from the first source in sorted order', () => {
      const plan = planPromotions(
        config,
        makeInput([component('dev/us-east-5/', 'componentA'), component('dev/us-east-4/', 'componentA')]),
      );
      expect(plan.promotions[0]?.syncPaths).toEqual([
        { source: 'dev/us-east-4/componentA', target: 'prod/componentA', deleted: false },
      ]);
      expect(plan.promotions[0]?.sourcePath).toBe('dev/us-east-4/');
      expect(plan.warnings).toEqual([
        'prod/componentA would be synced from dev/us-east-4/componentA and dev/us-east-5/componentA ' +
          '(promotion dev/[^/]*/>prod/); using dev/us-east-4/componentA',
      ]);
    });

    it('prefers a source that exists over a deleted one', () => {
      const plan = planPromotions(
        config,
        makeInput([component('dev/a/', 'app'), component('dev/b/', 'app')], {
          sourceFolders: new Set(['dev/b/app']),
          targetFolders: new Set(['prod/app']),
        }),
      );
      expect(plan.promotions[0]?.syncPaths).toEqual([
        { source: 'dev/b/app', target: 'prod/app', deleted: false },
      ]);
    });
  });

  describe('naming and chain', () => {
    const config = makeConfig([
      { sourcePath: 'workspace/', prs: [['clusters/staging/us-central1/c1/', 'clusters/dev/us-east4/c2/']] },
      { sourcePath: 'clusters/staging/[^/]*/[^/]*/', prs: [['clusters/prod/us-west1/c2/']] },
    ]);

    it('names the branch and records the first hop from the merged PR', () => {
      const plan = planPromotions(config, makeInput([component('workspace/', 'nginx')]));
      const promotion = plan.promotions[0];
      expect(promotion?.branch).toBe('promotions/120-feature-my-change-e6f745b8d770');
      expect(promotion?.metadata).toEqual({
        originalPrAuthor: 'alice',
        originalPrNumber: 120,
        promotedPaths: ['clusters/dev/us-east4/c2/nginx', 'clusters/staging/us-central1/c1/nginx'],
        previousPromotionPaths: {
          '120': {
            sourcePath: 'workspace/',
            targetPaths: ['clusters/dev/us-east4/c2/', 'clusters/staging/us-central1/c1/'],
          },
        },
      });
    });

    it('continues a chain started by the Go bot: original author, chain start and history carry over', () => {
      const goBody =
        'Promotion path(nginx):\n\n...\n<!--|Telefonistka data, do not delete|' +
        encodePromotionMetadata({
          originalPrAuthor: 'alice',
          originalPrNumber: 0,
          promotedPaths: ['clusters/staging/us-central1/c1/nginx'],
          previousPromotionPaths: {
            '120': { sourcePath: 'workspace/', targetPaths: ['clusters/staging/us-central1/c1/'] },
          },
        }) +
        '|-->';
      const plan = planPromotions(
        config,
        makeInput([component('clusters/staging/us-central1/c1/', 'nginx', 1)], {
          pullRequest: makePullRequest({
            number: 121,
            author: 'telefonistka[bot]',
            headRef: 'promotions/120-feature-my-change-e6f745b8d770',
            body: goBody,
          }),
        }),
      );
      const promotion = plan.promotions[0];
      expect(promotion?.branch).toBe(
        'promotions/121-promotions-120-feature-my-change-e6f745b8d770-3959e87c1f89',
      );
      expect(promotion?.metadata).toEqual({
        originalPrAuthor: 'alice',
        originalPrNumber: 120,
        promotedPaths: ['clusters/prod/us-west1/c2/nginx'],
        previousPromotionPaths: {
          '120': { sourcePath: 'workspace/', targetPaths: ['clusters/staging/us-central1/c1/'] },
          '121': {
            sourcePath: 'clusters/staging/us-central1/c1/',
            targetPaths: ['clusters/prod/us-west1/c2/'],
          },
        },
      });
    });

    it('keeps an explicit originalPrNumber and falls back to the PR author when the metadata has none', () => {
      const body = `<!--|Telefonistka data, do not delete|${encodePromotionMetadata({
        originalPrAuthor: '',
        originalPrNumber: 7,
        promotedPaths: [],
        previousPromotionPaths: {},
      })}|-->`;
      const plan = planPromotions(
        config,
        makeInput([component('workspace/', 'nginx')], { pullRequest: makePullRequest({ number: 9, body }) }),
      );
      expect(plan.promotions[0]?.metadata.originalPrNumber).toBe(7);
      expect(plan.promotions[0]?.metadata.originalPrAuthor).toBe('alice');
    });

    it('gives colliding branch names of two flows with the same targets a numbered suffix', () => {
      const twoFlows = makeConfig([
        { sourcePath: 'dev/', prs: [['staging/']] },
        { sourcePath: 'qa/', prs: [['staging/']] },
      ]);
      const plan = planPromotions(twoFlows, makeInput([component('dev/', 'a'), component('qa/', 'b', 1)]));
      expect(plan.promotions.map((p) => p.branch)).toEqual([
        'promotions/120-feature-my-change-5ef5bb543f6f',
        'promotions/120-feature-my-change-5ef5bb543f6f-2',
      ]);
      expect(plan.warnings).toHaveLength(1);
    });
  });
});
