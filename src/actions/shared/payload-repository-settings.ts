import { repositorySettingsOf } from '../../adapters/github/repository-settings-of.js';
import type { RepositorySettings } from '../../ports/github-port.js';

/**
 * The repository's merge settings from the event payload, at no API call: the top-level `repository`, else the
 * base repository of the pull request (webhook payloads carry them there). Undefined when neither has them.
 */
export function payloadRepositorySettings(payload: Record<string, unknown>): RepositorySettings | undefined {
  const pullRequest = payload.pull_request as { base?: { repo?: unknown } } | undefined;
  return repositorySettingsOf(payload.repository) ?? repositorySettingsOf(pullRequest?.base?.repo);
}
