/** An action input or CLI flag is missing or malformed; the message names the input and the fix. */
export class InputError extends Error {
  readonly input: string;

  constructor(input: string, message: string) {
    super(`input "${input}": ${message}`);
    this.name = 'InputError';
    this.input = input;
  }
}
