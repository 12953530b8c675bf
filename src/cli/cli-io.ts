/** Where a command writes; process streams in the CLI, buffers in tests. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The environment the command reads (tokens, `GITHUB_*` defaults); `process.env` only in `cli/index.ts`. */
  env: Readonly<Record<string, string | undefined>>;
}
