/** Which file a configuration key belongs in. */
export type ConfigLevel = 'repo' | 'component';

/**
 * The catalogue of top-level keys that the schema alone cannot express: the schema (like the Go bot's)
 * lists repository and component keys together, so the level of each key is recorded here; and the
 * deprecated spellings with the key that replaces them (as a path).
 */
export const configKeys = {
  component: [
    'promotionTargetAllowList',
    'promotionTargetBlockList',
    'disableArgoCDDiff',
    'acknowledgedDrift',
  ],
  repo: [
    'promotionPaths',
    'promotionPrLabels',
    'dryRunMode',
    'autoApprovePromotionPrs',
    'toggleCommitStatus',
    'webhookEndpointRegexs',
    'whProxtSkipTLSVerifyUpstream',
    'argocd',
    'supersede',
    'promotionPreview',
    'driftDetectionIgnoreFiles',
    'driftDetectionIgnoreLineRegex',
    'diffRedact',
    'promotionPrAuthors',
    'environments',
    'deploymentConfirmation',
    'promotionEvents',
    'dashboard',
  ],
  deprecatedAliases: {
    promtionPRlables: ['promotionPrLabels'],
    commentArgocdDiffonPR: ['argocd', 'commentDiffonPR'],
    autoMergeNoDiffPRs: ['argocd', 'autoMergeNoDiffPRs'],
    usaSHALabelForArgoDicovery: ['argocd', 'useSHALabelForAppDiscovery'],
  },
  argocd: [
    'commentDiffonPR',
    'autoMergeNoDiffPRs',
    'allowSyncfromBranchPathRegex',
    'useSHALabelForAppDiscovery',
    'createTempAppObjectFromNewApps',
  ],
} as const satisfies {
  component: readonly string[];
  repo: readonly string[];
  deprecatedAliases: Readonly<Record<string, readonly string[]>>;
  argocd: readonly string[];
};

/** A deprecated top-level spelling. */
export type DeprecatedAlias = keyof typeof configKeys.deprecatedAliases;

/** True when `key` is one of the deprecated top-level spellings. */
export function isDeprecatedAlias(key: string): key is DeprecatedAlias {
  return Object.hasOwn(configKeys.deprecatedAliases, key);
}
