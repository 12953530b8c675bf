import { deleteJqPath, parseJqPath } from './jq-path.js';
import { deleteAtJsonPointer, parseJsonPointer } from './json-pointer.js';
import type { ArgoCdApplication, ArgoCdSettings, KubeObject, ResourceKey } from './types.js';

/** Fields to leave out of the diff for the resources a rule selects (`ignoreDifferences`, resource overrides). */
export interface IgnoreRule {
  /** Glob (`*`) on the API group; undefined matches every group. */
  group: string | undefined;
  /** Glob (`*`) on the kind; undefined matches every kind. */
  kind: string | undefined;
  name: string | undefined;
  namespace: string | undefined;
  jsonPointers: readonly string[];
  jqPathExpressions: readonly string[];
  /** Trusted field managers; not applied here (it needs Argo CD's structured merge), reported as unsupported. */
  managedFieldsManagers: readonly string[];
}

/** The app's `spec.ignoreDifferences` followed by the settings' resource overrides (`<group>/<Kind>` keys). */
export function ignoreRulesFor(app: ArgoCdApplication, settings: ArgoCdSettings = {}): IgnoreRule[] {
  const fromApp = (app.spec.ignoreDifferences ?? []).map((entry) => ({
    group: entry.group ?? '',
    kind: entry.kind,
    name: entry.name,
    namespace: entry.namespace,
    jsonPointers: entry.jsonPointers ?? [],
    jqPathExpressions: entry.jqPathExpressions ?? [],
    managedFieldsManagers: entry.managedFieldsManagers ?? [],
  }));
  const fromSettings = Object.entries(settings.resourceOverrides ?? {}).flatMap(([groupKind, override]) => {
    const ignore = override.ignoreDifferences;
    if (ignore === undefined) return [];
    const [group, kind] = splitGroupKind(groupKind);
    return [
      {
        group,
        kind,
        name: undefined,
        namespace: undefined,
        jsonPointers: ignore.jSONPointers ?? [],
        jqPathExpressions: ignore.jqPathExpressions ?? [],
        managedFieldsManagers: ignore.managedFieldsManagers ?? [],
      },
    ];
  });
  return [...fromApp, ...fromSettings];
}

function splitGroupKind(groupKind: string): [string | undefined, string | undefined] {
  if (groupKind === 'all' || groupKind === '*/*') return [undefined, undefined];
  const slash = groupKind.lastIndexOf('/');
  return slash < 0 ? ['', groupKind] : [groupKind.slice(0, slash), groupKind.slice(slash + 1)];
}

function globMatches(pattern: string | undefined, value: string): boolean {
  if (pattern === undefined || pattern === '*') return true;
  if (!pattern.includes('*')) return pattern === value;
  const parts = pattern.split('*');
  let at = 0;
  for (const [i, part] of parts.entries()) {
    const found = i === 0 ? (value.startsWith(part) ? 0 : -1) : value.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return parts[parts.length - 1] === '' || value.endsWith(parts[parts.length - 1]!);
}

/** True when the rule selects the resource. */
export function ruleMatches(rule: IgnoreRule, key: ResourceKey): boolean {
  return (
    globMatches(rule.group, key.group) &&
    globMatches(rule.kind, key.kind) &&
    (rule.name === undefined || rule.name === '' || rule.name === key.name) &&
    (rule.namespace === undefined || rule.namespace === '' || rule.namespace === key.namespace)
  );
}

/**
 * Removes, in place, the fields the matching rules ignore. Returns the expressions that could not be applied
 * (invalid JSON pointers, jq beyond the supported subset) so the caller can warn about them.
 */
export function applyIgnoreRules(
  object: KubeObject,
  key: ResourceKey,
  rules: readonly IgnoreRule[],
): string[] {
  const unsupported: string[] = [];
  for (const rule of rules) {
    if (!ruleMatches(rule, key)) continue;
    for (const pointer of rule.jsonPointers) {
      const tokens = parseJsonPointer(pointer);
      if (tokens === undefined) unsupported.push(pointer);
      else deleteAtJsonPointer(object, tokens);
    }
    for (const manager of rule.managedFieldsManagers) unsupported.push(`managedFieldsManagers: ${manager}`);
    for (const expression of rule.jqPathExpressions) {
      const steps = parseJqPath(expression);
      if (steps === undefined) unsupported.push(expression);
      else deleteJqPath(object, steps);
    }
  }
  return unsupported;
}
