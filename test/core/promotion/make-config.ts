import type {
  ComponentConfig,
  PromotionPathConfig,
  PromotionPrConfig,
  RepoConfig,
} from '../../../src/core/config/types.js';
import { compileRegex } from '../../../src/core/regex/compile-regex.js';
import type { ChangedComponent, PlanInput, PlanPullRequest } from '../../../src/core/promotion/types.js';
import { emptyRepoConfig } from '../../../src/core/config/empty-repo-config.js';

/** One `promotionPrs[]` entry: just the targets, or targets with description and labels. */
export type PrSpec =
  readonly string[] | { targets: readonly string[]; description?: string; labels?: string[] };

/** One flow as a test writes it; paths are normalized to end in `/` like the config parser does. */
export interface FlowSpec {
  sourcePath: string;
  extraDepth?: number;
  prHasLabels?: readonly string[];
  autoMerge?: boolean;
  prs: readonly PrSpec[];
}

const location = { file: 'telefonistka.yaml', line: 1, column: 1 };

const slash = (path: string): string => (path.endsWith('/') ? path : `${path}/`);

/** A normalized RepoConfig with the given flows and defaults for everything else. */
export function makeConfig(flows: readonly FlowSpec[], overrides: Partial<RepoConfig> = {}): RepoConfig {
  return {
    ...emptyRepoConfig(),
    promotionPaths: flows.map(makeFlow),
    supersede: 'off',
    promotionPreview: 'label',
    ...overrides,
  };
}

function makeFlow(spec: FlowSpec): PromotionPathConfig {
  const sourcePath = slash(spec.sourcePath);
  return {
    sourcePath,
    sourcePathRegex: compileRegex(sourcePath),
    componentPathExtraDepth: spec.extraDepth ?? 0,
    conditions: { prHasLabels: spec.prHasLabels, autoMerge: spec.autoMerge ?? false },
    promotionPrs: spec.prs.map(makePr),
    location,
  };
}

function makePr(spec: PrSpec): PromotionPrConfig {
  const full = 'targets' in spec ? spec : { targets: spec };
  return {
    targetPaths: full.targets.map(slash),
    targetDescription: 'description' in full ? full.description : undefined,
    labels: 'labels' in full ? (full.labels ?? []) : [],
    location,
  };
}

/** A component config with RE2 allow and block lists. */
export function makeComponentConfig(lists: { allow?: string[]; block?: string[] } = {}): ComponentConfig {
  return {
    promotionTargetAllowList: (lists.allow ?? []).map(compileRegex),
    promotionTargetBlockList: (lists.block ?? []).map(compileRegex),
    disableArgoCdDiff: false,
    acknowledgedDrift: [],
  };
}

/** A merged PR with sensible defaults. */
export function makePullRequest(overrides: Partial<PlanPullRequest> = {}): PlanPullRequest {
  return { number: 120, headRef: 'feature/my-change', author: 'alice', labels: [], body: '', ...overrides };
}

/** Plan input; `sourceFolders` defaults to every source folder of `components` (nothing deleted), no target folders. */
export function makeInput(
  components: readonly ChangedComponent[],
  overrides: Partial<PlanInput> = {},
): PlanInput {
  return {
    pullRequest: makePullRequest(),
    components,
    componentConfigs: new Map(),
    sourceFolders: new Set(components.map((c) => `${c.sourcePath}${c.component}`)),
    targetFolders: new Set(),
    ...overrides,
  };
}

/** A changed component; `flowIndex` defaults to 0. */
export function component(sourcePath: string, name: string, flowIndex = 0): ChangedComponent {
  return { sourcePath, component: name, flowIndex };
}
