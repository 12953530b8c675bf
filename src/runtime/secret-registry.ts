import { createSecretScrubber } from '../core/secrets/create-secret-scrubber.js';
import { createWorkflowCommands } from './workflow-commands.js';

// One registry per step: every secret the step learns (inputs, credentials found in URLs) is added here, so
// every writer (log, outputs, summary, GitHub requests) hides the same values.
const scrubber = createSecretScrubber();
const commands = createWorkflowCommands();

/**
 * Registers a secret the step knows: its plain, URL-encoded and base64 forms are masked by the runner
 * (`::add-mask::`) and scrubbed by scrubSecrets from everything the step writes.
 */
export function registerSecret(value: string): void {
  if (value === '') return;
  commands.setSecret(value);
  for (const form of scrubber.add(value)) if (form !== value) commands.setSecret(form);
}

/** `text` with every registered secret, in any of its forms, replaced by `***`. */
export function scrubSecrets(text: string): string {
  return scrubber.scrub(text);
}
