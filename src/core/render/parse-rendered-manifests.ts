import { parseAllDocuments } from 'yaml';
import { isJsonObject } from '../argocd/dyff/yaml-tag.js';
import type { JsonValue, KubeObject } from '../argocd/types.js';

/** Rendered output that is not a stream of Kubernetes objects; the message names the document. */
export class ManifestParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestParseError';
  }
}

/**
 * The Kubernetes objects in a rendered multi-document YAML stream (what `kustomize build`, `helm template` or
 * concatenated manifest files print): empty documents are skipped, `kind: List` documents give their items
 * (as `kubectl apply` and Argo CD do), merge keys (`<<`) are resolved. A document that is not YAML, not a
 * mapping, or lacks `apiVersion`/`kind` throws ManifestParseError naming it, like Argo CD refuses such a
 * folder.
 */
export function parseRenderedManifests(text: string): KubeObject[] {
  const documents = parseAllDocuments(text, { merge: true, uniqueKeys: false });
  if (!Array.isArray(documents)) return [];
  const objects: KubeObject[] = [];
  documents.forEach((document, index) => {
    const where = describeDocument(index, text.slice(document.range[0], document.range[2]));
    const error = document.errors[0];
    if (error !== undefined) throw new ManifestParseError(`${where}: ${error.message}`);
    const value = document.toJS({ maxAliasCount: 100 }) as JsonValue | undefined;
    if (value === null || value === undefined) return;
    objects.push(...kubeObjectsOf(value, where));
  });
  return objects;
}

function kubeObjectsOf(value: JsonValue, where: string): KubeObject[] {
  if (!isJsonObject(value)) throw new ManifestParseError(`${where}: not a mapping`);
  if (value['kind'] === 'List' && Array.isArray(value['items'])) {
    return value['items'].flatMap((item, i) => kubeObjectsOf(item, `${where}, item ${i + 1}`));
  }
  if (typeof value['apiVersion'] !== 'string' || typeof value['kind'] !== 'string') {
    throw new ManifestParseError(`${where}: not a Kubernetes object (no apiVersion or kind)`);
  }
  return [value];
}

/** `document 3` and, for helm output, the template it came from (`# Source: chart/templates/x.yaml`). */
function describeDocument(index: number, text: string): string {
  const source = /^# Source: (.+)$/m.exec(text)?.[1];
  return source === undefined ? `document ${index + 1}` : `document ${index + 1} (${source.trim()})`;
}
