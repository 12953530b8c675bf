import type { MergeMethod, RepositorySettings } from '../../ports/github-port.js';

const METHOD_SETTINGS = [
  ['merge', 'allow_merge_commit'],
  ['squash', 'allow_squash_merge'],
  ['rebase', 'allow_rebase_merge'],
] as const;

/**
 * Merge settings from a `repository` object (REST `GET /repos`, or a webhook payload's); undefined when the
 * object does not carry them (some payloads omit them), so the caller reads them when it needs them.
 */
export function repositorySettingsOf(data: unknown): RepositorySettings | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const fields = data as Partial<Record<string, unknown>>;
  if (METHOD_SETTINGS.every(([, key]) => typeof fields[key] !== 'boolean')) return undefined;
  const mergeMethods: MergeMethod[] = METHOD_SETTINGS.filter(([, key]) => fields[key] !== false).map(
    ([method]) => method,
  );
  return { mergeMethods, allowAutoMerge: fields.allow_auto_merge === true };
}
