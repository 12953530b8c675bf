// Extracts from Argo CD's REST description (Swagger 2.0, `assets/swagger.json` in argoproj/argo-cd) the operations
// the Argo CD emulator serves, plus every definition they reference transitively, into
// test/support/argocd-emulator/swagger-subset.json (committed; the emulator validates against it).
// Run: npx tsx scripts/extract-argocd-swagger-subset.ts <path to upstream swagger.json> [upstream version]
// The upstream file is an input only: nothing reads it at test time.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { routes } from '../test/support/argocd-emulator/routes.js';
import { selectApiSubset, type Json, type JsonObject } from './select-api-subset.js';

const DEFAULT_VERSION = 'v3.6.0';
const targetPath = fileURLToPath(
  new URL('../test/support/argocd-emulator/swagger-subset.json', import.meta.url),
);

function sortedObject(entries: Iterable<[string, Json]>): JsonObject {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function selectDefinitions(refs: ReadonlyMap<string, Json>): JsonObject {
  return sortedObject(
    [...refs].map(([ref, definition]): [string, Json] => {
      const match = /^#\/definitions\/(.+)$/.exec(ref);
      if (match === null) throw new Error(`unsupported reference ${ref}`);
      return [match[1]!, definition];
    }),
  );
}

const [sourcePath, version = DEFAULT_VERSION] = process.argv.slice(2);
if (sourcePath === undefined) {
  console.error(
    'usage: npx tsx scripts/extract-argocd-swagger-subset.ts <swagger.json> [version]\n' +
      "  <swagger.json>: Argo CD's assets/swagger.json at the release to validate against",
  );
  process.exit(64);
}
const document = JSON.parse(readFileSync(sourcePath, 'utf8')) as JsonObject;
if (document['swagger'] !== '2.0') throw new Error(`${sourcePath} is not a Swagger 2.0 description`);
const selected = selectApiSubset(
  document,
  routes.map(({ method, template }) => ({ method, path: template })),
);
const paths = sortedObject(Object.entries(selected.paths));
const definitions = selectDefinitions(selected.refs);
const subset: JsonObject = {
  swagger: '2.0',
  info: {
    title: 'Argo CD API: the subset the Argo CD emulator serves',
    version,
    'x-source': `https://github.com/argoproj/argo-cd/blob/${version}/assets/swagger.json`,
    'x-license': 'Apache-2.0 (Argo CD authors); see test/support/argocd-emulator/README.md',
    'x-generated-by': 'scripts/extract-argocd-swagger-subset.ts',
  },
  paths,
  definitions,
};
writeFileSync(targetPath, `${JSON.stringify(subset, null, 2)}\n`);
console.log(
  `wrote ${targetPath}: ${routes.length} operations, ${Object.keys(paths).length} paths, ` +
    `${Object.keys(definitions).length} definitions`,
);
