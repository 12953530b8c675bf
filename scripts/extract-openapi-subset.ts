// Extracts from GitHub's OpenAPI description (@octokit/openapi) the operations the GitHub emulator serves,
// plus every component they reference transitively, into test/support/github-emulator/openapi-subset.json.
// Run: npx tsx scripts/extract-openapi-subset.ts   (commit the result; the emulator validates against it)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { servedOperations } from '../test/support/github-emulator/served-operations.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const require = createRequire(import.meta.url);
const sourcePath = require.resolve('@octokit/openapi/generated/api.github.com.json');
const targetPath = fileURLToPath(
  new URL('../test/support/github-emulator/openapi-subset.json', import.meta.url),
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

function resolvePointer(document: JsonObject, ref: string): Json {
  const parts = ref.replace(/^#\//, '').split('/');
  let node: Json = document;
  for (const part of parts) {
    if (!isObject(node)) throw new Error(`cannot resolve ${ref}`);
    node = node[part.replace(/~1/g, '/').replace(/~0/g, '~')] ?? null;
  }
  if (node === null) throw new Error(`cannot resolve ${ref}`);
  return node;
}

function selectPaths(document: JsonObject): JsonObject {
  const sourcePaths = document.paths as JsonObject;
  const paths: JsonObject = {};
  for (const operation of servedOperations) {
    const [method, path] = operation.split(' ') as [string, string];
    const item = sourcePaths[path];
    const op = isObject(item) ? item[method.toLowerCase()] : undefined;
    if (!isObject(item) || !isObject(op)) throw new Error(`operation not in the description: ${operation}`);
    const target = (paths[path] ??= {}) as JsonObject;
    if (item.parameters) target.parameters = item.parameters;
    target[method.toLowerCase()] = op;
  }
  return paths;
}

function selectComponents(document: JsonObject, paths: JsonObject): JsonObject {
  const components: Record<string, JsonObject> = {};
  const seen = new Set<string>();
  const pending = new Set<string>();
  collectRefs(paths, pending);
  while (pending.size > 0) {
    const [ref] = pending as Set<string> & Iterable<string>;
    pending.delete(ref!);
    if (seen.has(ref!)) continue;
    seen.add(ref!);
    const [, , section, name] = ref!.split('/') as [string, string, string, string];
    const value = resolvePointer(document, ref!);
    (components[section] ??= {})[name] = value;
    const nested = new Set<string>();
    collectRefs(value, nested);
    for (const next of nested) if (!seen.has(next)) pending.add(next);
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

const document = JSON.parse(readFileSync(sourcePath, 'utf8')) as JsonObject;
const paths = selectPaths(document);
const subset: JsonObject = {
  openapi: document.openapi!,
  info: { ...(document.info as JsonObject), description: 'Subset served by the GitHub emulator' },
  paths,
  components: selectComponents(document, paths),
};
writeFileSync(targetPath, `${JSON.stringify(subset, null, 2)}\n`);
console.log(`wrote ${targetPath}: ${servedOperations.length} operations, ${Object.keys(paths).length} paths`);
