// The Argo CD REST operations the emulator serves, over an in-memory state. Shapes follow Argo CD 3.6
// (server/application, server/applicationset, server/settings): manifests and resource states travel as JSON
// strings, errors as grpc-gateway's `{error, code, message}` with gRPC codes.
import { createHash } from 'node:crypto';
import { parseLabelSelector } from './label-selector.js';
import { isSecret, maskSecrets } from './mask-secret.js';
import { applyJsonPatch, applyMergePatch } from './merge-patch.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A JSON object as the emulator stores Applications, ApplicationSets and Kubernetes objects. */
export type JsonObject = { [key: string]: Json };

/** Everything the emulator holds. */
export interface ArgoCdState {
  settings: JsonObject;
  apps: Map<string, JsonObject>;
  appSets: Map<string, JsonObject>;
  /** app name -> revision -> rendered objects. */
  manifests: Map<string, Map<string, JsonObject[]>>;
  /** app name -> live objects. */
  live: Map<string, JsonObject[]>;
  maskSecretValues: boolean;
}

/** An error answered with Argo CD's error body; `code` is the gRPC code. */
export class ArgoCdHttpError extends Error {
  readonly status: number;
  readonly code: number;

  constructor(status: number, code: number, message: string) {
    super(message);
    this.name = 'ArgoCdHttpError';
    this.status = status;
    this.code = code;
  }
}

const grpcCodes: Record<number, number> = {
  400: 3,
  401: 16,
  403: 7,
  404: 5,
  409: 6,
  500: 13,
  502: 14,
  503: 14,
  504: 4,
};

/** Argo CD's error body for an HTTP status. */
export function errorBody(status: number, message: string, code?: number): JsonObject {
  return { error: message, code: code ?? grpcCodes[status] ?? 2, message, details: [] };
}

/** What a handler gets. */
export interface RouteContext {
  state: ArgoCdState;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

/** One served operation. */
export interface Route {
  method: string;
  /** The path template exactly as in the Swagger description. */
  template: string;
  /** The application a request is about (for faults and the log). */
  appOf?: (params: Record<string, string>, body: unknown) => string | undefined;
  handler: (context: RouteContext) => JsonObject;
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function meta(object: JsonObject): JsonObject {
  return isObject(object['metadata']) ? object['metadata'] : {};
}

function sourcesOf(app: JsonObject): JsonObject[] {
  const spec = isObject(app['spec']) ? app['spec'] : {};
  if (Array.isArray(spec['sources']) && spec['sources'].length > 0) return spec['sources'].filter(isObject);
  return isObject(spec['source']) ? [spec['source']] : [];
}

function findApp(state: ArgoCdState, name: string): JsonObject {
  const app = state.apps.get(name);
  if (app === undefined) throw new ArgoCdHttpError(404, 5, `applications.argoproj.io "${name}" not found`);
  return app;
}

function labelsOf(object: JsonObject): Record<string, string> {
  const labels = meta(object)['labels'];
  return isObject(labels) ? (labels as Record<string, string>) : {};
}

function selectorFilter(query: URLSearchParams): (object: JsonObject) => boolean {
  const selector = query.get('selector');
  if (selector === null || selector === '') return () => true;
  try {
    const matches = parseLabelSelector(selector);
    return (object) => matches(labelsOf(object));
  } catch (error) {
    throw new ArgoCdHttpError(400, 3, `error parsing selector: ${(error as Error).message}`);
  }
}

function projectOf(app: JsonObject): string {
  const spec = isObject(app['spec']) ? app['spec'] : {};
  return typeof spec['project'] === 'string' && spec['project'] !== '' ? spec['project'] : 'default';
}

/** A commit SHA for a revision name (a 40-hex revision is its own SHA). */
export function resolvedSha(revision: string): string {
  return /^[0-9a-f]{40}$/.test(revision)
    ? revision
    : createHash('sha1').update(`revision:${revision}`).digest('hex');
}

function targetRevisionOf(app: JsonObject, position: number | undefined): string {
  const sources = sourcesOf(app);
  const source = position === undefined ? sources[0] : sources[position - 1];
  const revision = source?.['targetRevision'];
  return typeof revision === 'string' && revision !== '' ? revision : 'HEAD';
}

function destinationOf(app: JsonObject): { namespace: string; server: string } {
  const spec = isObject(app['spec']) ? app['spec'] : {};
  const destination = isObject(spec['destination']) ? spec['destination'] : {};
  return {
    namespace: typeof destination['namespace'] === 'string' ? destination['namespace'] : '',
    server:
      typeof destination['server'] === 'string' ? destination['server'] : 'https://kubernetes.default.svc',
  };
}

function manifestsAt(state: ArgoCdState, appName: string, revision: string): JsonObject[] | undefined {
  return state.manifests.get(appName)?.get(revision);
}

const clusterScoped = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PersistentVolume',
  'StorageClass',
]);

function keyOf(
  object: JsonObject,
  defaultNamespace: string,
): { group: string; kind: string; namespace: string; name: string } {
  const apiVersion = typeof object['apiVersion'] === 'string' ? object['apiVersion'] : '';
  const kind = typeof object['kind'] === 'string' ? object['kind'] : '';
  const metadata = meta(object);
  const namespace =
    typeof metadata['namespace'] === 'string' && metadata['namespace'] !== ''
      ? metadata['namespace']
      : clusterScoped.has(kind)
        ? ''
        : defaultNamespace;
  return {
    group: apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '',
    kind,
    namespace,
    name: typeof metadata['name'] === 'string' ? metadata['name'] : '',
  };
}

function isHook(object: JsonObject | undefined): boolean {
  const annotations = object === undefined ? undefined : meta(object)['annotations'];
  return isObject(annotations) && ('argocd.argoproj.io/hook' in annotations || 'helm.sh/hook' in annotations);
}

function listApplications({ state, query }: RouteContext): JsonObject {
  const repo = query.get('repo');
  const name = query.get('name');
  const projects = [...query.getAll('projects'), ...query.getAll('project')];
  const selected = selectorFilter(query);
  const items = [...state.apps.values()].filter(
    (app) =>
      (repo === null || repo === '' || sourcesOf(app).some((s) => s['repoURL'] === repo)) &&
      (name === null || name === '' || meta(app)['name'] === name) &&
      (projects.length === 0 || projects.includes(projectOf(app))) &&
      selected(app),
  );
  return { items, metadata: { resourceVersion: String(state.apps.size) } };
}

function getManifests({ state, params, query }: RouteContext): JsonObject {
  const app = findApp(state, params['name']!);
  const positions = query.getAll('sourcePositions').map(Number);
  const revisions = query.getAll('revisions');
  if (positions.length !== revisions.length) {
    throw new ArgoCdHttpError(400, 3, 'source positions and revisions must have the same length');
  }
  const requested = revisions[0] ?? query.get('revision') ?? '';
  const revision = requested === '' ? targetRevisionOf(app, positions[0]) : requested;
  const objects = manifestsAt(state, params['name']!, revision);
  if (objects === undefined) {
    throw new ArgoCdHttpError(
      500,
      2,
      `rpc error: code = Unknown desc = failed to generate manifest for source 1 of 1: rpc error: code = Unknown desc = unable to resolve '${revision}' to a commit SHA`,
    );
  }
  const destination = destinationOf(app);
  const shown = state.maskSecretValues ? objects.map((o) => (isSecret(o) ? maskSecrets(o)[0] : o)) : objects;
  return {
    manifests: shown.map((o) => JSON.stringify(o)),
    namespace: destination.namespace,
    server: destination.server,
    revision: resolvedSha(revision),
    sourceType: 'Directory',
  };
}

function managedResources({ state, params, query }: RouteContext): JsonObject {
  const name = params['applicationName']!;
  const app = findApp(state, name);
  const destination = destinationOf(app).namespace;
  const targets = manifestsAt(state, name, targetRevisionOf(app, undefined)) ?? [];
  const pairs = new Map<string, { key: ReturnType<typeof keyOf>; live?: JsonObject; target?: JsonObject }>();
  for (const live of state.live.get(name) ?? []) {
    const key = keyOf(live, '');
    pairs.set(JSON.stringify(key), { key, live });
  }
  for (const target of targets) {
    const key = keyOf(target, destination);
    const id = JSON.stringify(key);
    pairs.set(id, { ...(pairs.get(id) ?? { key }), target });
  }
  const filters = ['namespace', 'name', 'group', 'kind'] as const;
  const items = [...pairs.values()]
    .filter(({ key }) =>
      filters.every((f) => query.get(f) === null || query.get(f) === '' || query.get(f) === key[f]),
    )
    .sort((a, b) => JSON.stringify(a.key).localeCompare(JSON.stringify(b.key)))
    .map(({ key, live, target }) => {
      const [maskedTarget, maskedLive] = state.maskSecretValues ? maskSecrets(target, live) : [target, live];
      const liveState = maskedLive === undefined ? 'null' : JSON.stringify(maskedLive);
      const targetState = maskedTarget === undefined ? 'null' : JSON.stringify(maskedTarget);
      const item: JsonObject = {
        ...key,
        liveState,
        normalizedLiveState: liveState,
        targetState,
        predictedLiveState: targetState,
        modified: liveState !== targetState,
        hook: isHook(live) || isHook(target),
      };
      const resourceVersion = live === undefined ? undefined : meta(live)['resourceVersion'];
      if (typeof resourceVersion === 'string') item['resourceVersion'] = resourceVersion;
      return item;
    });
  return { items };
}

function createApplication({ state, query, body }: RouteContext): JsonObject {
  const app = body as JsonObject;
  const name = meta(app)['name'];
  if (typeof name !== 'string' || name === '')
    throw new ArgoCdHttpError(400, 3, 'application name is required');
  const existing = state.apps.get(name);
  if (existing !== undefined && query.get('upsert') !== 'true') {
    if (JSON.stringify(existing['spec']) === JSON.stringify(app['spec'])) return existing;
    throw new ArgoCdHttpError(
      400,
      3,
      `existing application spec is different, use upsert flag to force update`,
    );
  }
  const stored: JsonObject = {
    ...app,
    metadata: { namespace: 'argocd', ...meta(app) },
    status: { health: { status: 'Missing' }, sync: { status: 'OutOfSync' } },
  };
  state.apps.set(name, stored);
  return stored;
}

function patchApplication({ state, params, body }: RouteContext): JsonObject {
  const app = findApp(state, params['name']!);
  const request = body as { patch?: string; patchType?: string };
  let patch: Json;
  try {
    patch = JSON.parse(request.patch ?? '') as Json;
  } catch (error) {
    throw new ArgoCdHttpError(400, 3, `invalid patch: ${(error as Error).message}`);
  }
  let patched: JsonObject;
  // Argo CD reads an empty patchType as a JSON patch.
  if (request.patchType === 'merge') patched = applyMergePatch(app, patch) as JsonObject;
  else if (request.patchType === 'json' || request.patchType === '' || request.patchType === undefined) {
    try {
      patched = applyJsonPatch(app, patch as { op: string; path: string }[]) as JsonObject;
    } catch (error) {
      throw new ArgoCdHttpError(400, 3, `error applying patch: ${(error as Error).message}`);
    }
  } else throw new ArgoCdHttpError(400, 3, `Patch type '${request.patchType}' is not supported`);
  state.apps.set(params['name']!, patched);
  return patched;
}

const appFromPath = (key: string) => (params: Record<string, string>) => params[key];

/** The routes, in matching order. */
export const routes: readonly Route[] = [
  { method: 'GET', template: '/api/v1/settings', handler: ({ state }) => state.settings },
  { method: 'GET', template: '/api/v1/applications', handler: listApplications },
  {
    method: 'POST',
    template: '/api/v1/applications',
    appOf: (_params, body) => {
      const name = isObject(body) ? meta(body)['name'] : undefined;
      return typeof name === 'string' ? name : undefined;
    },
    handler: createApplication,
  },
  {
    method: 'GET',
    template: '/api/v1/applications/{name}/manifests',
    appOf: appFromPath('name'),
    handler: getManifests,
  },
  {
    method: 'GET',
    template: '/api/v1/applications/{applicationName}/managed-resources',
    appOf: appFromPath('applicationName'),
    handler: managedResources,
  },
  {
    method: 'GET',
    template: '/api/v1/applications/{name}',
    appOf: appFromPath('name'),
    handler: ({ state, params }) => findApp(state, params['name']!),
  },
  {
    method: 'DELETE',
    template: '/api/v1/applications/{name}',
    appOf: appFromPath('name'),
    handler: ({ state, params }) => {
      findApp(state, params['name']!);
      state.apps.delete(params['name']!);
      return {};
    },
  },
  {
    method: 'PATCH',
    template: '/api/v1/applications/{name}',
    appOf: appFromPath('name'),
    handler: patchApplication,
  },
  {
    method: 'GET',
    template: '/api/v1/applicationsets',
    handler: ({ state, query }) => {
      const selected = selectorFilter(query);
      return { items: [...state.appSets.values()].filter(selected), metadata: {} };
    },
  },
];

/** Finds the route and path parameters of a request. */
export function matchRoute(
  method: string,
  pathname: string,
): { route: Route; params: Record<string, string> } | undefined {
  const segments = pathname.replace(/\/+$/, '').split('/');
  for (const route of routes) {
    if (route.method !== method) continue;
    const template = route.template.split('/');
    if (template.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = template.every((part, i) => {
      const segment = segments[i]!;
      if (part.startsWith('{') && part.endsWith('}')) {
        params[part.slice(1, -1)] = decodeURIComponent(segment);
        return segment !== '';
      }
      return part === segment;
    });
    if (matches) return { route, params };
  }
  return undefined;
}
