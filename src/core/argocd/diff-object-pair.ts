import { compareStrings } from '../promotion/compare-strings.js';
import type { Re2Regex } from '../regex/compile-regex.js';
import { compareDocuments } from './dyff/compare-documents.js';
import type { DyffDiff } from './dyff/dyff-types.js';
import { renderDiffSyntax } from './dyff/render-diff-syntax.js';
import { isJsonObject } from './dyff/yaml-tag.js';
import type { IgnoreRule } from './ignore-rules.js';
import { normalizeForDiff } from './normalize-for-diff.js';
import { appliedFieldsOf, predictLiveState } from './predict-live-state.js';
import { redactMatchingPaths, redactSecretPair, type ObjectPair } from './redact-values.js';
import { metadataOf } from './resource-key.js';
import type { JsonValue, KubeObject, ResourceKey } from './types.js';

/** The Go bot's text for every object of a component with `disableArgoCDDiff: true`. */
export const componentRedactedText =
  '✂️ ✂️  Redacted ✂️ ✂️ \nUnset component-level configuration key `disableArgoCDDiff` to see diff content.';
/** The text for an object whose `<kind>/<name>` matches a `diffRedact` expression. */
export const objectRedactedText =
  '✂️ ✂️  Redacted ✂️ ✂️ \nThis object matches `diffRedact` in telefonistka.yaml.';

/** How one object differs between the cluster and the target revision. */
export interface ObjectDiffElement {
  key: ResourceKey;
  change: 'added' | 'removed' | 'changed';
  /** The structured changes; empty when the object is redacted, so values cannot leak through them. */
  diffs: DyffDiff[];
  /** What the comment shows: a header and the dyff report, or a redaction notice. */
  text: string;
  /** Why the content is hidden: the component disables the diff, or `diffRedact` matched `<kind>/<name>`. */
  redacted: 'component' | 'object' | undefined;
}

/** How objects are compared and what is hidden. */
export interface ObjectDiffOptions {
  ignoreRules: readonly IgnoreRule[];
  trackingLabelKey: string | undefined;
  /** `diffRedact`: matched on `<kind>/<name>` (hides the object) and on dotted paths (hides those values). */
  diffRedact: readonly Re2Regex[];
  /** The component has `disableArgoCDDiff: true`: objects are listed, their content is not. */
  redactAll: boolean;
  /**
   * Both sides are rendered manifests (the rendered diff), not cluster state: the target is compared as it is
   * instead of being merged into the live object first.
   */
  compareAsRendered?: boolean;
}

/** The result of diffing one pair: the element when the object changes, and expressions that could not be used. */
export interface ObjectPairDiff {
  element: ObjectDiffElement | undefined;
  unsupportedExpressions: string[];
}

/**
 * Compares one object's live state with its target the way the Go bot shows it: both normalized, the target
 * merged into the live object (predicted live state), Secrets reduced to redacted keys, `diffRedact` applied,
 * then dyff's report under a header `apiVersion`/`kind`/`metadata.name` of the target (of the live object
 * when it is removed; the Go bot printed blanks there).
 */
export function diffObjectPair(
  key: ResourceKey,
  live: KubeObject | undefined,
  target: KubeObject | undefined,
  options: ObjectDiffOptions,
): ObjectPairDiff {
  const normalizeOptions = { ignoreRules: options.ignoreRules, trackingLabelKey: options.trackingLabelKey };
  const normalLive = live === undefined ? undefined : normalizeForDiff(live, key, normalizeOptions);
  const normalTarget = target === undefined ? undefined : normalizeForDiff(target, key, normalizeOptions);
  const unsupportedExpressions = [
    ...new Set([
      ...(normalLive?.unsupportedExpressions ?? []),
      ...(normalTarget?.unsupportedExpressions ?? []),
    ]),
  ];
  const predicted =
    options.compareAsRendered !== true && normalLive !== undefined && normalTarget !== undefined
      ? predictLiveState(normalLive.object, normalTarget.object, appliedFieldsOf(live!))
      : normalTarget?.object;
  let pair: ObjectPair = { live: normalLive?.object, target: predicted };
  if (key.group === '' && key.kind === 'Secret') pair = redactSecretPair(pair);
  if (options.diffRedact.length > 0) {
    pair = redactMatchingPaths(pair, (path) => options.diffRedact.some((regex) => regex.test(path)));
  }
  const diffs = compareDocuments(sortKeys(pair.live), sortKeys(pair.target));
  if (diffs.length === 0) return { element: undefined, unsupportedExpressions };
  const change = live === undefined ? 'added' : target === undefined ? 'removed' : 'changed';
  const header = objectHeader(pair.target ?? pair.live ?? {});
  const redacted = options.redactAll
    ? 'component'
    : options.diffRedact.some((regex) => regex.test(`${key.kind}/${key.name}`))
      ? 'object'
      : undefined;
  const text =
    redacted === 'component'
      ? componentRedactedText
      : redacted === 'object'
        ? `${header}${objectRedactedText}`
        : `${header}${renderDiffSyntax(diffs)}`;
  return {
    element: { key, change, diffs: redacted === undefined ? diffs : [], text, redacted },
    unsupportedExpressions,
  };
}

function objectHeader(object: KubeObject): string {
  const text = (value: JsonValue | undefined) => (typeof value === 'string' ? value : '');
  return `apiVersion: ${text(object['apiVersion'])}\nkind: ${text(object['kind'])}\nmetadata:\n  name: ${text(metadataOf(object)['name'])}\n`;
}

/** Keys sorted at every level, as Go's JSON encoding of the objects gives them to dyff. */
function sortKeys<T extends JsonValue | undefined>(value: T): T {
  if (Array.isArray(value)) return value.map((entry) => sortKeys(entry)) as T;
  if (!isJsonObject(value)) return value;
  const sorted: { [key: string]: JsonValue } = {};
  for (const key of Object.keys(value).sort(compareStrings)) sorted[key] = sortKeys(value[key]!);
  return sorted as T;
}
