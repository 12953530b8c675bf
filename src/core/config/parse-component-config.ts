import { buildAcknowledgedDrift } from './build-acknowledged-drift.js';
import { buildRegexList } from './build-regex-list.js';
import { checkSchema } from './check-schema.js';
import { createDiagnostics } from './create-diagnostics.js';
import { readConfigValue } from './read-config-value.js';
import { readYamlSource } from './read-yaml-source.js';
import type { ComponentConfig, Loaded } from './types.js';

const { object, flag } = readConfigValue;

/**
 * Parses and validates a component's `<component folder>/telefonistka.yaml` (`file` is its path, used in
 * messages). Throws ConfigError listing every problem at its file:line:col; an empty file is valid.
 */
export function parseComponentConfig(text: string, file: string): Loaded<ComponentConfig> {
  const source = readYamlSource(text, file);
  const diagnostics = createDiagnostics(source);
  checkSchema(diagnostics, 'component');
  const root = object(source.value);
  return diagnostics.finish({
    promotionTargetAllowList: buildRegexList(
      diagnostics,
      ['promotionTargetAllowList'],
      root['promotionTargetAllowList'],
    ),
    promotionTargetBlockList: buildRegexList(
      diagnostics,
      ['promotionTargetBlockList'],
      root['promotionTargetBlockList'],
    ),
    disableArgoCdDiff: flag(root['disableArgoCDDiff']),
    acknowledgedDrift: buildAcknowledgedDrift(diagnostics, root['acknowledgedDrift']),
  });
}
