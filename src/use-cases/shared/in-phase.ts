import { ConfigError } from '../../core/errors/config-error.js';
import { InputError } from '../../core/errors/input-error.js';
import { PhaseError, type Phase } from '../../core/errors/phase-error.js';

/**
 * Runs one phase of a flow. An error escaping it becomes a PhaseError naming the flow and the phase, unless it
 * already says where it comes from: a ConfigError (file:line:col, annotated by the action), an InputError (the
 * input), or a PhaseError of an inner phase.
 */
export async function inPhase<T>(where: Phase, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof InputError || error instanceof PhaseError)
      throw error;
    throw new PhaseError(where, error);
  }
}
