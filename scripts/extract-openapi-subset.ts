// Extracts from GitHub's OpenAPI description (the npm package @octokit/openapi) the operations the GitHub emulator
// serves, plus every component they reference transitively, into test/support/github-emulator/openapi-subset.json.
// The package is 385 MB unpacked, so it is not a dependency: this script fetches its tarball on demand with
// `npm pack` into a temporary folder and reads generated/api.github.com.json from it.
// Run: npx tsx scripts/extract-openapi-subset.ts [--version 23.0.2] [--from path/to/api.github.com.json]
// (commit the result; the emulator validates against it)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { servedOperations } from '../test/support/github-emulator/served-operations.js';
import { selectApiSubset, type Json, type JsonObject } from './select-api-subset.js';

/** The @octokit/openapi release the committed subset was cut from (its info.version). */
const DEFAULT_VERSION = '23.0.2';
const DESCRIPTION_IN_TARBALL = 'package/generated/api.github.com.json';

const targetPath = fileURLToPath(
  new URL('../test/support/github-emulator/openapi-subset.json', import.meta.url),
);

/** Downloads @octokit/openapi@<version> with npm into a temporary folder and returns the description's text. */
function fetchDescription(version: string): string {
  const scratch = mkdtempSync(join(tmpdir(), 'octokit-openapi-'));
  try {
    const packed = execFileSync(
      'npm',
      ['pack', `@octokit/openapi@${version}`, '--pack-destination', scratch, '--json'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const [{ filename }] = JSON.parse(packed) as [{ filename: string }];
    const tarball = join(scratch, filename);
    execFileSync('tar', ['-xzf', tarball, '-C', scratch, DESCRIPTION_IN_TARBALL], { stdio: 'inherit' });
    return readFileSync(join(scratch, DESCRIPTION_IN_TARBALL), 'utf8');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function selectComponents(refs: ReadonlyMap<string, Json>): JsonObject {
  const components: Record<string, JsonObject> = {};
  for (const [ref, value] of refs) {
    const [, , section, name] = ref.split('/') as [string, string, string, string];
    (components[section] ??= {})[name] = value;
  }
  const sorted: JsonObject = {};
  for (const section of Object.keys(components).sort()) {
    const entries = components[section]!;
    sorted[section] = Object.fromEntries(
      Object.keys(entries)
        .sort()
        .map((key) => [key, entries[key]!]),
    );
  }
  return sorted;
}

const { values } = parseArgs({
  options: { version: { type: 'string', default: DEFAULT_VERSION }, from: { type: 'string' } },
});
const source = values.from ?? `@octokit/openapi@${values.version}`;
const text = values.from === undefined ? fetchDescription(values.version) : readFileSync(values.from, 'utf8');
const document = JSON.parse(text) as JsonObject;
const operations = servedOperations.map((operation) => {
  const [method, path] = operation.split(' ') as [string, string];
  return { method, path };
});
const { paths, refs } = selectApiSubset(document, operations);
const subset: JsonObject = {
  openapi: document.openapi!,
  info: { ...(document.info as JsonObject), description: 'Subset served by the GitHub emulator' },
  paths,
  components: selectComponents(refs),
};
writeFileSync(targetPath, `${JSON.stringify(subset, null, 2)}\n`);
console.log(
  `wrote ${targetPath} from ${source}: ${servedOperations.length} operations, ${Object.keys(paths).length} paths`,
);
