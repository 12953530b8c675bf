// A large IaC repository (components x environments in a chain env-0 -> env-1 -> ...), written straight into a
// bare git repository with one `git fast-import` (fast-import-files.ts).
// The dashboard bench and the dashboard's large e2e test share it; the GitHub emulator reads refs fresh, so it can
// be imported into `emulator.gitDir(owner, repo)` on top of the branch `createRepo` made.
import { fastImportFiles } from './fast-import-files.js';

/** The shape of the repository. */
export interface LargeIacRepoOptions {
  components: number;
  environments: number;
  /** The branch the commit goes on (default main); an existing branch gets the commit on top of its head. */
  branch?: string;
  /** Commit time, seconds since the epoch (default 2025-12-05T00:00:00Z). */
  time?: number;
}

/** `comp-0000`, `comp-0001`, ... */
export function largeRepoComponent(index: number): string {
  return `comp-${String(index).padStart(4, '0')}`;
}

/** The promotion chain env-0 -> env-1 -> ... with the dashboard's version path. */
export function largeRepoConfig(environments: number): string {
  const flows = Array.from(
    { length: environments - 1 },
    (_, e) => `  - sourcePath: "env-${e}/"\n    promotionPrs:\n      - targetPaths: ["env-${e + 1}/"]\n`,
  ).join('');
  return `promotionPaths:\n${flows}dashboard:\n  version:\n    - file: values.yaml\n      path: .image.tag\n`;
}

/** Every 7th component is one version behind in every odd environment; the rest are in sync. */
export function largeRepoValues(component: number, environment: number): string {
  const behind = component % 7 === 0 && environment % 2 === 1;
  const name = largeRepoComponent(component);
  return `name: ${name}\nimage:\n  repository: registry.example.com/${name}\n  tag: 1.${component}.${behind ? 0 : 1}\n`;
}

/** Writes the repository as one commit (`telefonistka.yaml` plus every component folder); returns its SHA. */
export function importLargeIacRepo(gitDir: string, options: LargeIacRepoOptions): string {
  return fastImportFiles(gitDir, {
    files: largeRepoFiles(options),
    message: `${options.components} components in ${options.environments} environments\n`,
    time: options.time ?? 1764892800,
    ...(options.branch === undefined ? {} : { branch: options.branch }),
  });
}

function* largeRepoFiles(options: LargeIacRepoOptions): Generator<[string, string]> {
  yield ['telefonistka.yaml', largeRepoConfig(options.environments)];
  for (let c = 0; c < options.components; c++) {
    const name = largeRepoComponent(c);
    for (let e = 0; e < options.environments; e++) {
      yield [`env-${e}/${name}/values.yaml`, largeRepoValues(c, e)];
      yield [`env-${e}/${name}/Chart.yaml`, `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`];
    }
  }
}
