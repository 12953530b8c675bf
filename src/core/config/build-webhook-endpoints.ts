import { compileConfigRegex } from './compile-config-regex.js';
import type { Diagnostics } from './create-diagnostics.js';
import { readConfigValue } from './read-config-value.js';
import type { WebhookEndpointRegex } from './types.js';

const { list, object, string, strings } = readConfigValue;

/** Normalises `webhookEndpointRegexs`: each expression compiled as RE2, replacements kept in order. */
export function buildWebhookEndpoints(diagnostics: Diagnostics, value: unknown): WebhookEndpointRegex[] {
  const endpoints: WebhookEndpointRegex[] = [];
  list(value).forEach((item, index) => {
    const raw = object(item);
    const expression = string(raw['expression']);
    if (expression === undefined || expression === '') return;
    const regex = compileConfigRegex(diagnostics, ['webhookEndpointRegexs', index, 'expression'], expression);
    if (regex !== undefined)
      endpoints.push({ expression, regex, replacements: strings(raw['replacements']) });
  });
  return endpoints;
}
