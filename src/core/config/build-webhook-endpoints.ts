import type { Re2Regex } from '../regex/compile-regex.js';
import { checkReplacementGroups } from './check-replacement-groups.js';
import { compileConfigRegex } from './compile-config-regex.js';
import type { Diagnostics } from './create-diagnostics.js';
import { describeKeyPath } from './describe-key-path.js';
import { readConfigValue } from './read-config-value.js';
import type { ConfigPath } from './read-yaml-source.js';
import type { WebhookEndpointRegex } from './types.js';

const { list, object, string, strings } = readConfigValue;

/**
 * Normalizes `webhookEndpointRegexs`: each expression compiled as RE2, replacements kept in order;
 * a replacement referring to a group the expression lacks gets a warning (Go expands it to "").
 */
export function buildWebhookEndpoints(diagnostics: Diagnostics, value: unknown): WebhookEndpointRegex[] {
  const endpoints: WebhookEndpointRegex[] = [];
  list(value).forEach((item, index) => {
    const path = ['webhookEndpointRegexs', index];
    const raw = object(item);
    const expression = string(raw['expression']);
    if (expression === undefined || expression === '') return;
    const regex = compileConfigRegex(diagnostics, [...path, 'expression'], expression);
    if (regex === undefined) return;
    const replacements = strings(raw['replacements']);
    replacements.forEach((template, position) => {
      warnAboutMissingGroups(diagnostics, [...path, 'replacements', position], template, regex);
    });
    endpoints.push({ expression, regex, replacements });
  });
  return endpoints;
}

function warnAboutMissingGroups(
  diagnostics: Diagnostics,
  path: ConfigPath,
  template: string,
  regex: Re2Regex,
) {
  const missing = checkReplacementGroups(template, regex);
  if (missing.length === 0) return;
  const references = missing.map((reference) => `\`${reference}\``).join(', ');
  diagnostics.warn(
    path,
    `\`${describeKeyPath(path)}\` refers to ${references}, which the expression does not define: Go expands it to an empty string (write \`\${1}x\`, not \`$1x\`, to put text right after a group)`,
  );
}
