/** How a bump changes one file. */
export type BumpEditMode = 'overwrite' | 'regex' | 'yaml';

/** One change of one file in the IaC repository. */
export type BumpEdit =
  /** Replaces the whole file (creates it when missing). */
  | { file: string; mode: 'overwrite'; content: string }
  /** RE2 regex, Go replacement syntax, every match replaced. */
  | { file: string; mode: 'regex'; regex: string; replacement: string }
  /** Sets the nodes a YAML path selects (missing keys created). */
  | { file: string; mode: 'yaml'; path: string; value: string };
