import { applyIgnoreRules, type IgnoreRule } from './ignore-rules.js';
import { isJsonObject } from './dyff/yaml-tag.js';
import type { JsonObject, KubeObject, ResourceKey } from './types.js';

/** Annotation kubectl (and Argo CD's client-side apply) stores the applied object in; may hold Secret values. */
export const lastAppliedAnnotation = 'kubectl.kubernetes.io/last-applied-configuration';
/** Annotation Argo CD tracks resources with (tracking method `annotation`). */
export const trackingIdAnnotation = 'argocd.argoproj.io/tracking-id';

const droppedMetadata = [
  'managedFields',
  'resourceVersion',
  'uid',
  'generation',
  'creationTimestamp',
  'selfLink',
];
const droppedAnnotations = [
  trackingIdAnnotation,
  'argocd.argoproj.io/installation-id',
  lastAppliedAnnotation,
];

/** Options of {@link normalizeForDiff}. */
export interface NormalizeOptions {
  ignoreRules: readonly IgnoreRule[];
  /** The tracking label to drop (`app.kubernetes.io/instance` by default); undefined keeps every label. */
  trackingLabelKey: string | undefined;
}

/** The result of {@link normalizeForDiff}: the cleaned copy and the ignore expressions that could not be used. */
export interface Normalized {
  object: KubeObject;
  unsupportedExpressions: string[];
}

/**
 * A copy of the object as it should be compared for display: no `status`, none of the fields the API server
 * fills in (`managedFields`, `resourceVersion`, `uid`, `generation`, `creationTimestamp`, `selfLink`), no
 * tracking label or annotation, no last-applied annotation, and without the fields the matching
 * `ignoreDifferences` rules name. Empty `labels`/`annotations` maps are removed so `{}` equals absent.
 */
export function normalizeForDiff(
  object: KubeObject,
  key: ResourceKey,
  options: NormalizeOptions,
): Normalized {
  const copy = structuredClone(object);
  delete copy['status'];
  const metadata = copy['metadata'];
  if (isJsonObject(metadata)) {
    for (const field of droppedMetadata) delete metadata[field];
    dropKeys(metadata, 'annotations', droppedAnnotations);
    dropKeys(metadata, 'labels', options.trackingLabelKey === undefined ? [] : [options.trackingLabelKey]);
  }
  const unsupportedExpressions = applyIgnoreRules(copy, key, options.ignoreRules);
  return { object: copy, unsupportedExpressions };
}

function dropKeys(metadata: JsonObject, field: string, keys: readonly string[]): void {
  const map = metadata[field];
  if (map === null) {
    delete metadata[field];
    return;
  }
  if (!isJsonObject(map)) return;
  for (const key of keys) delete map[key];
  if (Object.keys(map).length === 0) delete metadata[field];
}

/** The tracking label to drop for Argo CD's settings: none when tracking by annotation only. */
export function trackingLabelKeyOf(settings: {
  appLabelKey?: string;
  trackingMethod?: string;
}): string | undefined {
  if (settings.trackingMethod === 'annotation') return undefined;
  return settings.appLabelKey === undefined || settings.appLabelKey === ''
    ? 'app.kubernetes.io/instance'
    : settings.appLabelKey;
}
