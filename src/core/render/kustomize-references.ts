import { parseDocument } from 'yaml';

/** Fields of a kustomization whose entries may be other kustomizations, local or remote. */
const referenceFields = ['resources', 'bases', 'components', 'generators', 'transformers', 'validators'];

const urlScheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//;
const gitShorthand = /^(git::|git@|gh:|github\.com[/:])/;
const hostAndPath = /^[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)+(:\d+)?\//;

/**
 * The entries of a kustomization file that name other files or folders (`resources`, `bases`, `components`,
 * `generators`, `transformers`, `validators`). Unreadable YAML gives none: kustomize reports it itself.
 */
export function kustomizeReferences(text: string): string[] {
  let value: unknown;
  try {
    value = parseDocument(text).toJS({ maxAliasCount: 100 });
  } catch {
    return [];
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const fields = value as Record<string, unknown>;
  return referenceFields.flatMap((field) => {
    const entries = fields[field];
    return Array.isArray(entries) ? entries.filter((e): e is string => typeof e === 'string') : [];
  });
}

/**
 * Whether kustomize would fetch this entry over the network (or from outside the repository): a URL with a
 * scheme (`https://`, `ssh://`, `file://`), a git shorthand (`git@host:`, `git::`, `github.com/`), or
 * `host.name/path`. Only asked for entries that do not exist as local paths.
 */
export function isRemoteKustomizeReference(entry: string): boolean {
  const trimmed = entry.trim();
  return urlScheme.test(trimmed) || gitShorthand.test(trimmed) || hostAndPath.test(trimmed);
}
