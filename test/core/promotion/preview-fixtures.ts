import { parseComponentConfig } from '../../../src/core/config/parse-component-config.js';
import { parseRepoConfig } from '../../../src/core/config/parse-repo-config.js';
import type { ComponentConfig } from '../../../src/core/config/types.js';
import { findChangedComponents } from '../../../src/core/promotion/find-changed-components.js';
import { planPromotions } from '../../../src/core/promotion/plan-promotions.js';
import type { PromotionPlan } from '../../../src/core/promotion/types.js';

/** The example repository's flows, plus an auto-merged flow for `apps/`. */
export const REPO_CONFIG = `
promotionPrLabels: ["gitops"]
promotionPaths:
  - sourcePath: "workspace/"
    promotionPrs:
      - targetDescription: "Lab clusters"
        targetPaths: ["clusters/lab/europe-west4/c1/"]
  - sourcePath: "clusters/staging/[^/]*/[^/]*/"
    conditions:
      autoMerge: true
    promotionPrs:
      - targetDescription: "Production clusters"
        targetPaths: ["clusters/prod/us-west1/c2/", "clusters/prod/europe-west4/c2/"]
`;

/** A plan of `files` changed by PR #42, with component configs given by folder, and which folders exist. */
export function planOf(options: {
  files: string[];
  componentConfigs?: Record<string, string>;
  existing: string[];
}): { plan: PromotionPlan; componentConfigs: Map<string, ComponentConfig> } {
  const config = parseRepoConfig(REPO_CONFIG).config;
  const found = findChangedComponents(
    config,
    options.files.map((path) => ({ path })),
  );
  const componentConfigs = new Map(
    Object.entries(options.componentConfigs ?? {}).map(([folder, text]) => [
      folder,
      parseComponentConfig(text, `${folder}/telefonistka.yaml`).config,
    ]),
  );
  const plan = planPromotions(config, {
    pullRequest: { number: 42, headRef: 'feature/x', author: 'alice', labels: [], body: '' },
    components: found.components,
    componentConfigs,
    sourceFolders: new Set(options.existing),
    targetFolders: new Set(options.existing),
  });
  return {
    plan: { promotions: plan.promotions, warnings: [...found.warnings, ...plan.warnings] },
    componentConfigs,
  };
}
