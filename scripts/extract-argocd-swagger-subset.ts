// Extracts from Argo CD's REST description (Swagger 2.0, `assets/swagger.json` in argoproj/argo-cd) the operations
// the Argo CD emulator serves, plus every definition they reference transitively, into
// test/support/argocd-emulator/swagger-subset.json (committed; the emulator validates against it).
// Run: npx tsx scripts/extract-argocd-swagger-subset.ts <path to upstream swagger.json> [upstream version]
// The upstream file is an input only: nothing reads it at test time.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { routes } from '../test/support/argocd-emulator/routes.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const DEFAULT_VERSION = 'v3.6.0';
const targetPath = fileURLToPath(
  new URL('../test/support/argocd-emulator/swagger-subset.json', import.meta.url),
);

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function collectRefs(value: Json, found: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, found);
  } else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') found.add(child);
      else collectRefs(child, found);
    }
  }
}

function selectPaths(document: JsonObject): JsonObject {
  const sourcePaths = document['paths'] as JsonObject;
  const paths: JsonObject = {};
  for (const { method, template } of routes) {
    const item = sourcePaths[template];
    const operation = isObject(item) ? item[method.toLowerCase()] : undefined;
    if (!isObject(item) || !isObject(operation))
      throw new Error(`${method} ${template} is not in the upstream description`);
    const target = (paths[template] ??= {}) as JsonObject;
    if (item['parameters'] !== undefined) target['parameters'] = item['parameters'];
    target[method.toLowerCase()] = operation;
  }
  return Object.fromEntries(
    Object.keys(paths)
      .sort()
      .map((key) => [key, paths[key]!]),
  );
}

function selectDefinitions(document: JsonObject, paths: JsonObject): JsonObject {
  const source = document['definitions'] as JsonObject;
  const selected: JsonObject = {};
  const pending: string[] = [];
  const found = new Set<string>();
  collectRefs(paths, found);
  pending.push(...found);
  while (pending.length > 0) {
    const ref = pending.pop()!;
    const match = /^#\/definitions\/(.+)$/.exec(ref);
    if (match === null) throw new Error(`unsupported reference ${ref}`);
    const name = match[1]!;
    if (selected[name] !== undefined) continue;
    const definition = source[name];
    if (definition === undefined) throw new Error(`cannot resolve ${ref}`);
    selected[name] = definition;
    const nested = new Set<string>();
    collectRefs(definition, nested);
    pending.push(...nested);
  }
  return Object.fromEntries(
    Object.keys(selected)
      .sort()
      .map((key) => [key, selected[key]!]),
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
const paths = selectPaths(document);
const definitions = selectDefinitions(document, paths);
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
