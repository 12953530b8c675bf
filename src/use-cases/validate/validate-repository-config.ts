import { ConfigError, type ConfigProblem } from '../../core/errors/config-error.js';
import { parseComponentConfig } from '../../core/config/parse-component-config.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';
import { loadRepoConfig } from '../promote/load-repo-config.js';
import { compareStrings } from '../../core/promotion/compare-strings.js';

/** Result of validating every configuration file of a repository at a revision. */
export interface ValidationReport {
  files: string[];
  problems: ConfigProblem[];
  warnings: string[];
}

// Component configs live in component folders; hidden folders such as .github/ hold no components.
const COMPONENT_CONFIG = /^(?:[^./][^/]*\/)+telefonistka\.yaml$/;

/** Checks the repo config and every component config (`<dir>/telefonistka.yaml`) at `ref`, collecting all problems. */
export async function validateRepositoryConfig(
  snapshot: RepoSnapshotPort,
  ref: string,
): Promise<ValidationReport> {
  const report: ValidationReport = { files: [], problems: [], warnings: [] };
  const tree = await snapshot.readTree(ref);
  await collect(report, 'telefonistka.yaml', async () => [
    ...(await loadRepoConfig(snapshot, ref)).warnings,
    ...emptinessWarning(await snapshot.readFile(ref, 'telefonistka.yaml')),
  ]);
  const components = [...tree.values()]
    .filter((entry) => entry.type === 'blob' && COMPONENT_CONFIG.test(entry.path))
    .map((entry) => entry.path)
    .sort(compareStrings);
  for (const file of components) {
    await collect(report, file, async () => {
      const text = (await snapshot.readFile(ref, file)) ?? '';
      return parseComponentConfig(text, file).warnings;
    });
  }
  return report;
}

/** An empty repo config is valid YAML but promotes nothing: almost always a mistake worth a word. */
function emptinessWarning(text: string | undefined): string[] {
  if (text === undefined) return [];
  const content = text
    .split('\n')
    .filter((line) => !/^\s*(?:#.*)?$/.test(line) && !/^(?:---|\.\.\.)\s*$/.test(line));
  return content.length > 0
    ? []
    : [
        'telefonistka.yaml is empty: nothing will be promoted. Add promotionPaths (see docs/configuration.md ' +
          'and examples/iac-repo/telefonistka.yaml), or delete the file if this repository has no promotions',
      ];
}

async function collect(report: ValidationReport, file: string, load: () => Promise<readonly string[]>) {
  report.files.push(file);
  try {
    report.warnings.push(...(await load()));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    report.problems.push(...error.problems);
  }
}
