/** A command-line usage mistake: exit code 64 (EX_USAGE) with the message and a hint to `--help`. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
