import { diffObjectPair, type ObjectDiffElement } from '../argocd/diff-object-pair.js';
import { compareResourceKeys, resourceKeyId, resourceKeyOf } from '../argocd/resource-key.js';
import type { KubeObject, ResourceKey } from '../argocd/types.js';
import type { Re2Regex } from '../regex/compile-regex.js';
import type { RenderedObjectsDiff } from './types.js';

/** What the rendered diff hides: the same rules as the Argo CD diff. */
export interface RenderedDiffRedaction {
  /** `diffRedact` of telefonistka.yaml (RE2 on `<kind>/<name>` and on dotted paths). */
  diffRedact: readonly Re2Regex[];
  /** `disableArgoCDDiff: true` in the component config: objects are listed, their content is not. */
  redactAll: boolean;
}

/**
 * Compares two renderings of a folder object by object, keyed like the Argo CD diff (group, kind, namespace,
 * name), with its object diff, dyff rendering and redaction (Secrets as changed keys only, `diffRedact`,
 * `disableArgoCDDiff`). Both sides are rendered manifests, so nothing is merged or defaulted; only what the
 * display normalization drops (status, server-set metadata) is ignored. A duplicate object in one rendering
 * is a warning and the last one counts, as when Argo CD applies it.
 */
export function diffRenderedObjects(
  base: readonly KubeObject[],
  head: readonly KubeObject[],
  redaction: RenderedDiffRedaction,
): RenderedObjectsDiff {
  const warnings: string[] = [];
  const baseObjects = indexObjects(base, 'base', warnings);
  const headObjects = indexObjects(head, 'head', warnings);
  const keys = new Map<string, ResourceKey>();
  for (const [id, { key }] of [...baseObjects, ...headObjects]) keys.set(id, key);
  const options = {
    ignoreRules: [],
    trackingLabelKey: undefined,
    diffRedact: redaction.diffRedact,
    redactAll: redaction.redactAll,
    compareAsRendered: true,
  };
  const elements: ObjectDiffElement[] = [];
  let unchanged = 0;
  for (const [id, key] of keys) {
    const { element } = diffObjectPair(
      key,
      baseObjects.get(id)?.object,
      headObjects.get(id)?.object,
      options,
    );
    if (element === undefined) unchanged++;
    else elements.push(element);
  }
  elements.sort((a, b) => compareResourceKeys(a.key, b.key));
  const count = (change: ObjectDiffElement['change']) => elements.filter((e) => e.change === change).length;
  return {
    elements,
    added: count('added'),
    removed: count('removed'),
    changed: count('changed'),
    unchanged,
    warnings,
  };
}

function indexObjects(
  objects: readonly KubeObject[],
  side: string,
  warnings: string[],
): Map<string, { key: ResourceKey; object: KubeObject }> {
  const indexed = new Map<string, { key: ResourceKey; object: KubeObject }>();
  for (const object of objects) {
    const key = resourceKeyOf(object);
    const id = resourceKeyId(key);
    if (indexed.has(id)) {
      warnings.push(
        `${side} renders ${key.namespace}/${key.kind}/${key.name} more than once; the last one counts`,
      );
    }
    indexed.set(id, { key, object });
  }
  return indexed;
}
