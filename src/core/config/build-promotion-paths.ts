import { buildGatesConfig, mergeGates } from './build-gates-config.js';
import { compileRegex, RegexSyntaxError } from '../regex/compile-regex.js';
import { compileConfigRegex } from './compile-config-regex.js';
import type { Diagnostics } from './create-diagnostics.js';
import { describeKeyPath } from './describe-key-path.js';
import { normalizeFolderPath } from './normalize-folder-path.js';
import type { FolderPathKind } from './normalize-folder-path.js';
import { readConfigValue } from './read-config-value.js';
import type { ConfigPath } from './read-yaml-source.js';
import type { PromotionConditions, PromotionPathConfig, PromotionPrConfig } from './types.js';

const { object, list, flag, string, strings } = readConfigValue;

/** Normalizes `promotionPaths`: folder paths end with `/`, `sourcePath` compiled as RE2, defaults filled in. */
export function buildPromotionPaths(diagnostics: Diagnostics, value: unknown): PromotionPathConfig[] {
  const flows: PromotionPathConfig[] = [];
  list(value).forEach((item, index) => {
    const flow = buildFlow(diagnostics, ['promotionPaths', index], object(item));
    if (flow !== undefined) flows.push(flow);
  });
  return flows;
}

function buildFlow(
  diagnostics: Diagnostics,
  path: ConfigPath,
  raw: Readonly<Record<string, unknown>>,
): PromotionPathConfig | undefined {
  const sourcePath = folderPath(diagnostics, [...path, 'sourcePath'], raw['sourcePath'], 'sourcePath');
  const sourcePathRegex =
    sourcePath === undefined
      ? undefined
      : compileSourcePath(diagnostics, [...path, 'sourcePath'], sourcePath);
  const depth = raw['componentPathExtraDepth'];
  const flowGates = buildGatesConfig(diagnostics, [...path, 'gates'], raw['gates']);
  const promotionPrs = list(raw['promotionPrs']).map((pr, index) => {
    const prPath = [...path, 'promotionPrs', index];
    const built = buildPromotionPr(diagnostics, prPath, object(pr));
    const gates = mergeGates(
      flowGates,
      buildGatesConfig(diagnostics, [...prPath, 'gates'], object(pr)['gates']),
    );
    return gates === undefined ? built : { ...built, gates };
  });
  if (sourcePath === undefined || sourcePathRegex === undefined) return undefined;
  return {
    sourcePath,
    sourcePathRegex,
    componentPathExtraDepth: typeof depth === 'number' && Number.isInteger(depth) && depth >= 0 ? depth : 0,
    conditions: buildConditions(object(raw['conditions'])),
    promotionPrs,
    ...(flowGates === undefined ? {} : { gates: mergeGates(flowGates, undefined) }),
    location: diagnostics.source.locate(path),
  };
}

/**
 * `sourcePath` compiled alone, and checked as the prefix of the component pattern the matchers build on it
 * (`^(<sourcePath>)([^/]+)/`): an expression valid alone can break it (an unclosed `\Q` quote swallows the `)`),
 * and that must be reported here, at its line, not in the middle of a promotion.
 */
function compileSourcePath(
  diagnostics: Diagnostics,
  path: ConfigPath,
  sourcePath: string,
): PromotionPathConfig['sourcePathRegex'] | undefined {
  const compiled = compileConfigRegex(diagnostics, path, sourcePath);
  if (compiled === undefined) return undefined;
  const pattern = `^(${sourcePath})([^/]+)/`;
  try {
    compileRegex(pattern);
  } catch (error) {
    if (!(error instanceof RegexSyntaxError)) throw error;
    const reason = error.message.replace(`invalid regular expression ${JSON.stringify(pattern)}: `, '');
    diagnostics.error(
      path,
      `\`${describeKeyPath(path)}\` cannot be used as a folder prefix: the component pattern \`${pattern}\` is not valid RE2: ${reason.replace(/^error parsing regexp: /, '')}${sourcePath.includes('\\Q') ? '; close a `\\Q` quote with `\\E`' : ''}`,
    );
    return undefined;
  }
  return compiled;
}

function buildConditions(raw: Readonly<Record<string, unknown>>): PromotionConditions {
  const labels = raw['prHasLabels'];
  return {
    // Go bot semantics: absent or null means no condition; an explicit [] never passes.
    prHasLabels: Array.isArray(labels) ? strings(labels) : undefined,
    autoMerge: flag(raw['autoMerge']),
  };
}

function buildPromotionPr(
  diagnostics: Diagnostics,
  path: ConfigPath,
  raw: Readonly<Record<string, unknown>>,
): PromotionPrConfig {
  const targetPaths: string[] = [];
  list(raw['targetPaths']).forEach((target, index) => {
    const normalized = folderPath(diagnostics, [...path, 'targetPaths', index], target, 'targetPath');
    if (normalized === undefined) return;
    if (targetPaths.includes(normalized)) {
      const name = describeKeyPath([...path, 'targetPaths', index]);
      diagnostics.warn([...path, 'targetPaths', index], `\`${name}\` repeats ${JSON.stringify(normalized)}`);
      return;
    }
    targetPaths.push(normalized);
  });
  const description = string(raw['targetDescription']);
  return {
    targetPaths,
    targetDescription: description === undefined || description === '' ? undefined : description,
    labels: strings(raw['labels']),
    location: diagnostics.source.locate(path),
  };
}

function folderPath(
  diagnostics: Diagnostics,
  path: ConfigPath,
  value: unknown,
  kind: FolderPathKind,
): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = `\`${describeKeyPath(path)}\``;
  const result = normalizeFolderPath(value, kind);
  if (!result.ok) {
    diagnostics.error(path, `${name} ${result.reason}`);
    return undefined;
  }
  if (result.addedTrailingSlash) diagnostics.warn(path, `${name} ${trailingSlashWarning(value, kind)}`);
  return result.path;
}

function trailingSlashWarning(text: string, kind: FolderPathKind): string {
  const consequence =
    kind === 'targetPath'
      ? `the Go bot glued the component name onto it, e.g. \`${text}nginx\``
      : 'the Go bot then treated the whole folder as one component';
  return `${JSON.stringify(text)} does not end with \`/\`: using ${JSON.stringify(`${text}/`)} (${consequence})`;
}
