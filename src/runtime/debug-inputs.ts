import { scrubSecrets } from './secret-registry.js';
import { createWorkflowCommands } from './workflow-commands.js';

const commands = createWorkflowCommands();

/**
 * Writes an action's input object to the debug log. Every string is scrubbed of the step's secrets before it is
 * serialised (JSON escaping would otherwise hide a secret holding `"` or `\` from the scrubber), and compiled
 * expressions are left out (their source is logged where it is given as text).
 */
export function debugInputs(action: string, inputs: object): void {
  const text = JSON.stringify(inputs, (key, value: unknown) => {
    if (typeof value === 'string') return scrubSecrets(value);
    if (key === 'regex' || value instanceof Map || typeof value === 'function') return undefined;
    return value;
  });
  commands.debug(`${action} inputs: ${text}`);
}
