/** Where a command writes; process streams in the CLI, buffers in tests. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}
