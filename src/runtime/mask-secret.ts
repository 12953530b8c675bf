import { registerSecret } from './secret-registry.js';

/** Masks a value found at run time (a credential in an endpoint URL, a secret inside a structured input). */
export function maskSecret(value: string): void {
  registerSecret(value);
}
