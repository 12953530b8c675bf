import { buildArgoCdConfig } from './build-argocd-config.js';
import { buildDeploymentConfirmation, buildEnvironmentsConfig } from './build-environments-config.js';
import { buildPromotionEvents } from './build-promotion-events.js';
import { buildDashboardConfig } from './build-dashboard-config.js';
import { buildPromotionPaths } from './build-promotion-paths.js';
import { buildRegexList } from './build-regex-list.js';
import { buildWebhookEndpoints } from './build-webhook-endpoints.js';
import { checkSchema } from './check-schema.js';
import { createDiagnostics } from './create-diagnostics.js';
import { emptyRepoConfig } from './empty-repo-config.js';
import { readConfigValue } from './read-config-value.js';
import { readYamlSource } from './read-yaml-source.js';
import { resolveDeprecatedAlias } from './resolve-deprecated-alias.js';
import type { Loaded, PromotionPreviewMode, RepoConfig, SupersedeMode } from './types.js';

const { object, flag, strings } = readConfigValue;
const SUPERSEDE_MODES: readonly SupersedeMode[] = ['close', 'comment', 'off'];
const PREVIEW_MODES: readonly PromotionPreviewMode[] = ['always', 'label'];

/**
 * Parses and validates the repository's `telefonistka.yaml`. Throws ConfigError listing every problem
 * (YAML syntax, schema, regex, paths) at its file:line:col; returns the normalized config with warnings
 * (deprecated keys, added trailing slashes). An empty file is a valid, empty configuration.
 */
export function parseRepoConfig(text: string, file = 'telefonistka.yaml'): Loaded<RepoConfig> {
  const source = readYamlSource(text, file);
  const diagnostics = createDiagnostics(source);
  checkSchema(diagnostics, 'repo');
  const root = object(source.value);
  const defaults = emptyRepoConfig();
  const config: RepoConfig = {
    promotionPaths: buildPromotionPaths(diagnostics, root['promotionPaths']),
    promotionPrLabels: strings(resolveDeprecatedAlias(diagnostics, root, 'promtionPRlables').value),
    dryRunMode: flag(root['dryRunMode']),
    autoApprovePromotionPrs: flag(root['autoApprovePromotionPrs']),
    toggleCommitStatus: stringRecord(root['toggleCommitStatus']),
    webhookEndpointRegexs: buildWebhookEndpoints(diagnostics, root['webhookEndpointRegexs']),
    whProxySkipTlsVerifyUpstream: flag(root['whProxtSkipTLSVerifyUpstream']),
    argocd: buildArgoCdConfig(diagnostics, root),
    supersede: oneOf(root['supersede'], SUPERSEDE_MODES) ?? defaults.supersede,
    promotionPreview: oneOf(root['promotionPreview'], PREVIEW_MODES) ?? defaults.promotionPreview,
    driftDetectionIgnoreFiles: buildRegexList(
      diagnostics,
      ['driftDetectionIgnoreFiles'],
      root['driftDetectionIgnoreFiles'],
    ),
    driftDetectionIgnoreLineRegex: buildRegexList(
      diagnostics,
      ['driftDetectionIgnoreLineRegex'],
      root['driftDetectionIgnoreLineRegex'],
    ),
    diffRedact: buildRegexList(diagnostics, ['diffRedact'], root['diffRedact']),
    promotionPrAuthors: strings(root['promotionPrAuthors']),
    environments: buildEnvironmentsConfig(diagnostics, root['environments']),
    deploymentConfirmation: buildDeploymentConfirmation(root['deploymentConfirmation']),
    promotionEvents: buildPromotionEvents(diagnostics, root['promotionEvents']),
    dashboard: buildDashboardConfig(diagnostics, root),
  };
  return diagnostics.finish(config);
}

function stringRecord(value: unknown): Record<string, string> {
  const entries = Object.entries(object(value)).filter((entry): entry is [string, string] => {
    return typeof entry[1] === 'string';
  });
  return Object.fromEntries(entries);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}
