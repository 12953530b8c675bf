import type { Logger } from '../../ports/logger.js';
import type { PreparedFlow } from './prepare-flow.js';
import type { Flow } from './route-event.js';

/**
 * Runs the flows of one event in turn; one failing flow does not stop the next. One failure keeps its own
 * error (a ConfigError is then annotated at its line); several are listed, each with its flow.
 */
export async function runFlows(
  flows: readonly { flow: Flow; run: PreparedFlow }[],
  context: { described: string; logger: Logger },
): Promise<void> {
  const failures: { flow: Flow; error: unknown }[] = [];
  for (const { flow, run } of flows) {
    context.logger.info(`Event ${context.described}: running the ${flow} flow.`);
    try {
      await run();
    } catch (error) {
      failures.push({ flow, error });
    }
  }
  if (failures.length === 1) throw failures[0]?.error;
  if (failures.length > 1) {
    const lines = failures.map(
      ({ flow, error }) => `- ${flow}: ${error instanceof Error ? error.message : String(error)}`,
    );
    throw new Error(`${failures.length} flows failed:\n${lines.join('\n')}`);
  }
}
