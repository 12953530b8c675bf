import * as core from '@actions/core';

/** Masks a value found at run time (a credential in an endpoint URL, a secret inside a structured input). */
export function maskSecret(value: string): void {
  if (value !== '') core.setSecret(value);
}
