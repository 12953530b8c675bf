import type { RepoConfig } from './types.js';

/** The configuration of a repository without `telefonistka.yaml`: no promotions, every feature off. */
export function emptyRepoConfig(): RepoConfig {
  return {
    promotionPaths: [],
    promotionPrLabels: [],
    dryRunMode: false,
    autoApprovePromotionPrs: false,
    toggleCommitStatus: {},
    webhookEndpointRegexs: [],
    whProxySkipTlsVerifyUpstream: false,
    argocd: {
      commentDiffOnPr: false,
      autoMergeNoDiffPrs: false,
      allowSyncFromBranchPathRegex: undefined,
      useShaLabelForAppDiscovery: false,
      createTempAppObjectFromNewApps: false,
    },
    supersede: 'close',
    promotionPreview: 'always',
    driftDetectionIgnoreFiles: [],
    driftDetectionIgnoreLineRegex: [],
    diffRedact: [],
    promotionPrAuthors: [],
    environments: [],
    deploymentConfirmation: 'auto',
    promotionEvents: [],
    dashboard: { enabled: true, version: [] },
  };
}
