import { setOutputs } from '../../runtime/outputs.js';

/**
 * Runs `work`, then sets the outputs `final` returns (the API calls spent) whether it succeeded or failed, so a
 * failing step still reports what it cost.
 */
export async function withFinalOutputs(
  final: () => Record<string, string | number | boolean | object>,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } finally {
    setOutputs(final());
  }
}
