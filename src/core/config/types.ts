import type { Re2Regex } from '../regex/compile-regex.js';
import type { ConfigProblem, SourceLocation } from '../errors/config-error.js';
import type {
  DeploymentConfirmation,
  EnvironmentMapping,
  GatesConfig,
  PromotionEventEndpoint,
} from './gates-types.js';
import type { YamlPath } from '../bump/yaml-path-types.js';

/** Conditions of a promotion flow (`promotionPaths[].conditions`). */
export interface PromotionConditions {
  /** `undefined`: no condition (passes). `[]`: never passes (Go bot semantics). Otherwise any one label. */
  prHasLabels: readonly string[] | undefined;
  autoMerge: boolean;
}

/** One PR of a flow (`promotionPaths[].promotionPrs[]`); target paths normalized to end with `/`. */
export interface PromotionPrConfig {
  targetPaths: readonly string[];
  targetDescription: string | undefined;
  labels: readonly string[];
  /** The effective gates of this PR (its `gates` over the flow's); undefined when neither has any. */
  gates?: GatesConfig | undefined;
  location: SourceLocation;
}

/** One flow (`promotionPaths[]`); `sourcePath` normalized to end with `/`, compiled as RE2. */
export interface PromotionPathConfig {
  sourcePath: string;
  sourcePathRegex: Re2Regex;
  componentPathExtraDepth: number;
  conditions: PromotionConditions;
  promotionPrs: readonly PromotionPrConfig[];
  /** The flow's own `gates`, already folded into each PR's `gates`. */
  gates?: GatesConfig | undefined;
  location: SourceLocation;
}

/** `webhookEndpointRegexs[]`: the first expression matching a changed file gives all its replacements. */
export interface WebhookEndpointRegex {
  expression: string;
  regex: Re2Regex;
  replacements: readonly string[];
}

/** `argocd:` settings, with the Go bot's top-level spellings folded in. */
export interface ArgoCdConfig {
  commentDiffOnPr: boolean;
  autoMergeNoDiffPrs: boolean;
  allowSyncFromBranchPathRegex: Re2Regex | undefined;
  useShaLabelForAppDiscovery: boolean;
  createTempAppObjectFromNewApps: boolean;
}

/** What happens to older open promotion PRs for the same targets when a newer one is opened. */
export type SupersedeMode = 'close' | 'comment' | 'off';

/** When the promotion preview comment is shown on open PRs. */
export type PromotionPreviewMode = 'always' | 'label';

/** Where a component's version is read: a file relative to the component folder and a bump YAML path. */
export interface DashboardVersionSource {
  file: string;
  path: YamlPath;
}

/** `dashboard:` of the repository config. */
export interface DashboardConfig {
  /** `dashboard: off` turns the issue off; the CLI still renders the matrix. */
  enabled: boolean;
  /** Tried in order; the first file present whose path holds a scalar gives the version. */
  version: readonly DashboardVersionSource[];
}

/** The repository configuration `telefonistka.yaml`, validated and normalized. */
export interface RepoConfig {
  promotionPaths: readonly PromotionPathConfig[];
  promotionPrLabels: readonly string[];
  dryRunMode: boolean;
  autoApprovePromotionPrs: boolean;
  toggleCommitStatus: Readonly<Record<string, string>>;
  webhookEndpointRegexs: readonly WebhookEndpointRegex[];
  whProxySkipTlsVerifyUpstream: boolean;
  argocd: ArgoCdConfig;
  supersede: SupersedeMode;
  promotionPreview: PromotionPreviewMode;
  driftDetectionIgnoreFiles: readonly Re2Regex[];
  driftDetectionIgnoreLineRegex: readonly Re2Regex[];
  diffRedact: readonly Re2Regex[];
  /**
   * Logins, besides the token's own, whose `promotions/` PRs carry trusted promotion metadata (e.g. the App
   * that runs `promote` when another token runs `argocd-diff`, or the Go bot during a migration).
   */
  promotionPrAuthors: readonly string[];
  /** Component folder -> GitHub environment name (first match); see docs/gates.md. */
  environments?: readonly EnvironmentMapping[];
  deploymentConfirmation?: DeploymentConfirmation;
  promotionEvents?: readonly PromotionEventEndpoint[];
  /** The promotion dashboard issue (`dashboard:`). */
  dashboard: DashboardConfig;
}

/** An acknowledged, intended difference between a component's source and a target. */
export interface AcknowledgedDrift {
  /** A relative file path or an RE2 regex on relative paths. */
  path: Re2Regex;
  pathText: string;
  reason: string;
  /** ISO date (YYYY-MM-DD); after it the difference warns again. */
  expires: string | undefined;
}

/** A component configuration `<component dir>/telefonistka.yaml`. */
export interface ComponentConfig {
  promotionTargetAllowList: readonly Re2Regex[];
  promotionTargetBlockList: readonly Re2Regex[];
  disableArgoCdDiff: boolean;
  acknowledgedDrift: readonly AcknowledgedDrift[];
}

/** A loaded configuration together with the non-fatal findings (deprecations, normalizations). */
export interface Loaded<T> {
  config: T;
  /** Each warning formatted as `file:line:col: message`. */
  warnings: readonly string[];
  /** The same warnings with their positions (for annotations); set by the parsers. */
  warningDetails?: readonly ConfigProblem[];
}
