// Runs one cold planning of the synthetic monorepo in a fresh process and prints its figures as JSON,
// so that peak RSS is this run's and not that of whatever else the bench process did before.
import { findChangedComponents } from '../src/core/promotion/find-changed-components.js';
import { planPromotions } from '../src/core/promotion/plan-promotions.js';
import { buildSyntheticRepo } from './plan-synthetic.js';

const repo = buildSyntheticRepo();
const started = performance.now();
const { components } = findChangedComponents(repo.config, repo.files);
const plan = planPromotions(repo.config, repo.planInput(components));
const planMs = performance.now() - started;
const pairs = plan.promotions.reduce((sum, promotion) => sum + promotion.syncPaths.length, 0);
console.log(
  JSON.stringify({
    planMs: Math.round(planMs),
    planPeakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    components: components.length,
    promotions: plan.promotions.length,
    pairs,
  }),
);
