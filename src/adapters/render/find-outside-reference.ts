import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { kustomizationFileNames } from '../../core/render/detect-render-tool.js';
import { isRemoteKustomizeReference } from '../../core/render/kustomize-references.js';

/** A reference that leaves the repository, and the file (relative to the tree root) that makes it. */
export interface OutsideReference {
  reference: string;
  file: string;
}

/** Kustomization files, and entries of a chart folder, looked at at most per component. */
const maxVisits = 5_000;

/**
 * The first reference of a component that would make kustomize or helm read outside the tree at `root`, or
 * undefined. Kustomize: every local path of every kustomization reachable from the folder (resources, bases,
 * components, generators, transformers, validators, crds, configurations, patches, generator files and env files,
 * replacements, openapi), resolved with symbolic links followed. Helm: the values files, and every symbolic link
 * in the chart folder (helm follows them). Checked before the tool runs, so nothing outside is ever read.
 */
export async function findOutsideReference(options: {
  root: string;
  folder: string;
  tool: 'kustomize' | 'helm';
  valuesFiles?: readonly string[];
}): Promise<OutsideReference | undefined> {
  const inside = await insideCheck(options.root);
  if (!(await inside.contains(options.folder))) {
    const folder = inside.relative(path.resolve(options.folder));
    return { reference: folder, file: folder };
  }
  if (options.tool === 'helm') return findInChart(inside, options.folder, options.valuesFiles ?? []);
  return findInKustomization(inside, options.folder);
}

interface InsideCheck {
  root: string;
  /** Whether `target` (symbolic links followed when it exists) lies in the tree. */
  contains(target: string): Promise<boolean>;
  relative(file: string): string;
}

async function insideCheck(root: string): Promise<InsideCheck> {
  const roots = [...new Set([path.resolve(root), await realpath(root)])];
  const within = (target: string) =>
    roots.some((base) => target === base || target.startsWith(`${base}${path.sep}`));
  return {
    root: path.resolve(root),
    contains: async (target) => {
      const resolved = path.resolve(target);
      if (!within(resolved)) return false;
      const real = await realpath(resolved).catch(() => undefined);
      return real === undefined || within(real);
    },
    relative: (file) => path.relative(path.resolve(root), file),
  };
}

async function findInKustomization(
  inside: InsideCheck,
  folder: string,
): Promise<OutsideReference | undefined> {
  const visited = new Set<string>();
  const queue = [path.resolve(folder)];
  while (queue.length > 0 && visited.size < maxVisits) {
    const dir = queue.shift()!;
    if (visited.has(dir)) continue;
    visited.add(dir);
    const file = await kustomizationFile(dir);
    if (file === undefined) continue;
    if (!(await inside.contains(file)))
      return { reference: inside.relative(file), file: inside.relative(file) };
    for (const reference of kustomizationPaths(await readFile(file, 'utf8'))) {
      const target = path.resolve(dir, reference);
      const info = await stat(target).catch(() => undefined);
      if (info === undefined && isRemoteKustomizeReference(reference)) continue;
      if (!(await inside.contains(target))) return { reference, file: inside.relative(file) };
      if (info?.isDirectory() === true) queue.push(target);
    }
  }
  return undefined;
}

async function findInChart(
  inside: InsideCheck,
  folder: string,
  valuesFiles: readonly string[],
): Promise<OutsideReference | undefined> {
  const chartFile = inside.relative(path.join(folder, 'Chart.yaml'));
  for (const file of valuesFiles) {
    if (!(await inside.contains(path.resolve(folder, file)))) return { reference: file, file: chartFile };
  }
  const pending = [folder];
  let visits = 0;
  while (pending.length > 0 && visits < maxVisits) {
    const dir = pending.pop()!;
    const entries: Dirent[] = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      visits++;
      const entryPath = path.join(dir, entry.name);
      if (entry.isDirectory()) pending.push(entryPath);
      else if (entry.isSymbolicLink() && !(await inside.contains(entryPath)))
        return { reference: inside.relative(entryPath), file: chartFile };
    }
  }
  return undefined;
}

async function kustomizationFile(dir: string): Promise<string | undefined> {
  for (const name of kustomizationFileNames) {
    const candidate = path.join(dir, name);
    const info = await lstat(candidate).catch(() => undefined);
    if (info?.isFile() === true || info?.isSymbolicLink() === true) return candidate;
  }
  return undefined;
}

const LIST_FIELDS = [
  'resources',
  'bases',
  'components',
  'generators',
  'transformers',
  'validators',
  'crds',
  'configurations',
  'patchesStrategicMerge',
];

/** Every local path a kustomization names; inline YAML entries (with a line break) are not paths. */
function kustomizationPaths(text: string): string[] {
  let value: unknown;
  try {
    value = parseDocument(text).toJS({ maxAliasCount: 100 });
  } catch {
    return [];
  }
  const doc = record(value);
  const paths: string[] = [];
  for (const field of LIST_FIELDS) paths.push(...strings(doc[field]));
  for (const field of ['patches', 'patchesJson6902', 'replacements']) {
    for (const item of list(doc[field])) paths.push(...strings([record(item)['path']]));
  }
  for (const field of ['configMapGenerator', 'secretGenerator']) {
    for (const item of list(doc[field])) {
      const generator = record(item);
      const files = strings(generator['files']).map((entry) => entry.slice(entry.indexOf('=') + 1));
      paths.push(...files, ...strings(generator['envs']), ...strings([generator['env']]));
    }
  }
  paths.push(...strings([record(doc['openapi'])['path']]));
  const helmGlobals = record(doc['helmGlobals']);
  paths.push(...strings([helmGlobals['chartHome'], helmGlobals['configHome']]));
  for (const item of list(doc['helmCharts'])) {
    const chart = record(item);
    paths.push(...strings([chart['valuesFile']]), ...strings(chart['additionalValuesFiles']));
  }
  return paths.filter((entry) => entry.trim() !== '' && !entry.includes('\n'));
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function strings(value: unknown): string[] {
  return list(value).filter((entry): entry is string => typeof entry === 'string');
}
