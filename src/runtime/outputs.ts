import { scrubSecrets } from './secret-registry.js';
import { createWorkflowCommands } from './workflow-commands.js';

const commands = createWorkflowCommands();

/** Sets all outputs of a step in one place; objects become JSON strings; known secrets are scrubbed. */
export function setOutputs(outputs: Record<string, string | number | boolean | object>): void {
  for (const [name, value] of Object.entries(outputs)) {
    commands.setOutput(name, scrubSecrets(typeof value === 'object' ? JSON.stringify(value) : String(value)));
  }
}

/**
 * Writes markdown to the job summary, known secrets scrubbed; GitHub drops summaries over 1 MiB silently, so cap
 * it ourselves.
 */
export async function writeSummary(summary: string): Promise<void> {
  const limit = 1_000_000;
  const markdown = scrubSecrets(summary);
  const text =
    markdown.length > limit
      ? `${markdown.slice(0, limit)}\n\n_Summary truncated at ${limit} characters (GitHub's 1 MiB limit)._\n`
      : markdown;
  // Loaded here, not at the top: only a flow that did something writes a summary, and @actions/core brings
  // @actions/http-client and undici with it (see workflow-commands.ts).
  const core = await import('@actions/core');
  await core.summary.addRaw(text, true).write();
}
