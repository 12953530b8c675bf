import type { Re2Regex } from '../regex/compile-regex.js';
import { diffObjectPair, type ObjectDiffElement } from './diff-object-pair.js';
import { isJsonObject } from './dyff/yaml-tag.js';
import { ignoreRulesFor } from './ignore-rules.js';
import { trackingLabelKeyOf } from './normalize-for-diff.js';
import { compareResourceKeys, metadataOf, resourceKeyId, resourceKeyOf } from './resource-key.js';
import type {
  ArgoCdApplication,
  ArgoCdManagedResource,
  ArgoCdSettings,
  KubeObject,
  ResourceKey,
} from './types.js';

/** What {@link diffAppResources} compares: the app, Argo CD's settings, target manifests and live resources. */
export interface AppDiffInput {
  app: ArgoCdApplication;
  settings: ArgoCdSettings;
  /** The manifests rendered at the PR revision (`GET .../manifests?revision=`). */
  targets: readonly KubeObject[];
  /** The live state (`GET .../managed-resources`). */
  managedResources: readonly ArgoCdManagedResource[];
}

/** What is hidden from the diff text. */
export interface AppDiffRedaction {
  /** `diffRedact` of telefonistka.yaml. */
  diffRedact?: readonly Re2Regex[];
  /** `disableArgoCDDiff: true` in the component's telefonistka.yaml. */
  redactAll?: boolean;
}

/** The changes an app would see: changed objects in display order, and what could not be honoured. */
export interface AppResourcesDiff {
  elements: ObjectDiffElement[];
  hasDiff: boolean;
  /** Objects compared and found equal. */
  unchanged: number;
  /** Non-fatal findings: ignore expressions beyond the supported jq subset, duplicate target objects. */
  warnings: string[];
}

/** Kinds that have no namespace (Kubernetes built-ins and common cluster-wide custom kinds). */
const clusterScopedKinds = new Set([
  'APIService',
  'CertificateSigningRequest',
  'ClusterIssuer',
  'ClusterRole',
  'ClusterRoleBinding',
  'ClusterSecretStore',
  'CSIDriver',
  'CSINode',
  'CustomResourceDefinition',
  'IngressClass',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PriorityClass',
  'RuntimeClass',
  'StorageClass',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
]);

/**
 * Diffs an application's target manifests against its live resources, object by object (keyed by group, kind,
 * namespace, name), like `argocd app diff --revision`: hooks and live objects marked `IgnoreExtraneous` are
 * skipped; Secrets are compared by key with values redacted instead of being left out (deliberate fix).
 */
export function diffAppResources(input: AppDiffInput, redaction: AppDiffRedaction = {}): AppResourcesDiff {
  const options = {
    ignoreRules: ignoreRulesFor(input.app, input.settings),
    trackingLabelKey: trackingLabelKeyOf(input.settings),
    diffRedact: redaction.diffRedact ?? [],
    redactAll: redaction.redactAll === true,
  };
  const warnings: string[] = [];
  const live = liveObjects(input.managedResources);
  const targets = targetObjects(input, warnings);
  const keys = new Map<string, ResourceKey>();
  for (const [id, { key }] of [...live, ...targets]) keys.set(id, key);
  const elements: ObjectDiffElement[] = [];
  let unchanged = 0;
  for (const [id, key] of keys) {
    const liveEntry = live.get(id);
    const target = targets.get(id)?.object;
    if (isSkipped(liveEntry, target)) continue;
    const result = diffObjectPair(key, liveEntry?.object, target, options);
    warnings.push(
      ...result.unsupportedExpressions.map((e) => `ignoreDifferences expression not supported: ${e}`),
    );
    if (result.element === undefined) unchanged++;
    else elements.push(result.element);
  }
  elements.sort((a, b) => compareResourceKeys(a.key, b.key));
  return { elements, hasDiff: elements.length > 0, unchanged, warnings: [...new Set(warnings)] };
}

interface LiveEntry {
  key: ResourceKey;
  object: KubeObject | undefined;
  hook: boolean;
}

function liveObjects(resources: readonly ArgoCdManagedResource[]): Map<string, LiveEntry> {
  const live = new Map<string, LiveEntry>();
  for (const resource of resources) {
    const object = resource.normalizedLiveState ?? resource.liveState;
    if (object === undefined) continue;
    const key = {
      group: resource.group,
      kind: resource.kind,
      namespace: resource.namespace,
      name: resource.name,
    };
    live.set(resourceKeyId(key), { key, object, hook: resource.hook });
  }
  return live;
}

/**
 * Target objects keyed like live ones. A target without a namespace gets the app's destination namespace when
 * its kind is namespaced: known from a live object of the same kind, else from a list of cluster-scoped kinds
 * (Argo CD asks the cluster; it is not reachable here). Duplicates: the last one wins, as in Argo CD.
 */
function targetObjects(
  input: AppDiffInput,
  warnings: string[],
): Map<string, { key: ResourceKey; object: KubeObject }> {
  const namespaced = new Map<string, boolean>();
  for (const resource of input.managedResources) {
    namespaced.set(`${resource.group}/${resource.kind}`, resource.namespace !== '');
  }
  const destination = input.app.spec.destination?.namespace ?? '';
  const targets = new Map<string, { key: ResourceKey; object: KubeObject }>();
  for (const original of input.targets) {
    let object = original;
    let key = resourceKeyOf(object);
    const isNamespaced = namespaced.get(`${key.group}/${key.kind}`) ?? !clusterScopedKinds.has(key.kind);
    if (key.namespace === '' && isNamespaced && destination !== '') {
      object = { ...object, metadata: { ...metadataOf(object), namespace: destination } };
      key = { ...key, namespace: destination };
    }
    const id = resourceKeyId(key);
    if (targets.has(id)) warnings.push(`duplicate target object ${key.namespace}/${key.kind}/${key.name}`);
    targets.set(id, { key, object });
  }
  return targets;
}

function annotationsOf(object: KubeObject | undefined): Record<string, unknown> {
  if (object === undefined) return {};
  const annotations = metadataOf(object)['annotations'];
  return isJsonObject(annotations) ? annotations : {};
}

function isHook(object: KubeObject | undefined): boolean {
  const annotations = annotationsOf(object);
  const helmHook = annotations['helm.sh/hook'];
  return 'argocd.argoproj.io/hook' in annotations || (helmHook !== undefined && helmHook !== 'crd-install');
}

function isSkipped(live: LiveEntry | undefined, target: KubeObject | undefined): boolean {
  if (live?.hook === true || isHook(live?.object) || isHook(target)) return true;
  const compareOptions = annotationsOf(live?.object)['argocd.argoproj.io/compare-options'];
  return (
    target === undefined && typeof compareOptions === 'string' && compareOptions.includes('IgnoreExtraneous')
  );
}
