/**
 * A bump edit cannot be applied: the file is missing, the regex or YAML path matched nothing, the path is
 * malformed or the edited file would not be valid YAML. The message says what is wrong and what to do.
 */
export class BumpEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BumpEditError';
  }
}
