// A loopback Argo CD API server (REST under /api/v1) for tests: Applications, ApplicationSets, rendered
// manifests per revision and live resources in memory, bearer-token auth, per-app faults, and every request
// and response validated against Argo CD's Swagger description (the vendored swagger-subset.json beside this file).
import { randomBytes } from 'node:crypto';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createFaults, type ArgoCdFaults } from './faults.js';
import {
  ArgoCdHttpError,
  errorBody,
  matchRoute,
  routes,
  type ArgoCdState,
  type JsonObject,
} from './routes.js';
import { applyStatusChange, createStatusTimeline, type ApplicationStatusChange } from './status-timeline.js';
import { getSwaggerValidator, type SchemaViolation } from './swagger-validator.js';

export type { ArgoCdFault, ArgoCdFaults } from './faults.js';
export type { SchemaViolation } from './swagger-validator.js';
export type { ApplicationStatusChange } from './status-timeline.js';

/** A sync and its outcome, as {@link ArgoCdEmulator.rollout} schedules them. */
export interface RolloutPlan {
  /** The revision the app syncs to (a commit SHA, as Argo CD reports it). */
  readonly revision: string;
  /** When the sync operation starts (epoch ms); default now. The app is OutOfSync and Progressing meanwhile. */
  readonly startAt?: number;
  /** When the sync operation succeeds (epoch ms): Synced to `revision`, still Progressing. */
  readonly syncedAt: number;
  /** When health settles (epoch ms); default `syncedAt`. */
  readonly settledAt?: number;
  /** The health it settles at; default Healthy. */
  readonly health?: 'Healthy' | 'Degraded' | 'Suspended' | 'Missing' | 'Unknown';
  readonly healthMessage?: string;
}

/** Options of {@link startArgoCdEmulator}. */
export interface ArgoCdEmulatorOptions {
  /** The bearer token clients must send; default a random one. */
  token?: string;
  /** Fields merged over the default settings (`url`, `appLabelKey`, `trackingMethod: annotation`). */
  settings?: Record<string, unknown>;
  /** Validate requests and responses against the Swagger description; default true. */
  validate?: boolean;
  /** Mask Secret values with `+` runs as Argo CD does; default true. */
  maskSecretValues?: boolean;
  /** Serve HTTPS with this key and certificate (PEM) instead of HTTP. */
  tls?: { key: string; cert: string };
  /** The clock scheduled status changes follow (test/support/test-clock.ts); default real time. */
  clock?: { now(): number };
}

/** One request as the emulator saw it. */
export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string[]>;
  operation: string;
  app: string | undefined;
  status: number;
  /** Milliseconds since the emulator started, when the request arrived. */
  startedAt: number;
  durationMs: number;
}

/** A running emulator. */
export interface ArgoCdEmulator {
  /** Base URL, e.g. `http://127.0.0.1:43210`. */
  readonly url: string;
  readonly token: string;
  /** Stores an Application (v1alpha1Application); a missing `status` becomes Healthy/Synced. */
  addApplication(app: Record<string, unknown>): void;
  addApplicationSet(appSet: Record<string, unknown>): void;
  /** What `GET .../manifests?revision=<revision>` renders for the app (also used for its current target). */
  setManifests(appName: string, revision: string, manifests: readonly object[]): void;
  /** The app's live objects, as `managed-resources` reports them. */
  setLiveResources(appName: string, resources: readonly object[]): void;
  /** Merges fields into the settings. */
  setSettings(settings: Record<string, unknown>): void;
  /** The stored Application (after creates, patches, deletes), or undefined. */
  getApplication(name: string): Record<string, unknown> | undefined;
  applicationNames(): string[];
  /** Changes an application's status now (sync status and revision, health, operation state). */
  setApplicationStatus(name: string, change: ApplicationStatusChange): void;
  /** Changes an application's status when the clock reaches `at` (epoch ms). */
  scheduleApplicationStatus(name: string, at: number, change: ApplicationStatusChange): void;
  /**
   * Schedules a sync to `plan.revision`: started (OutOfSync, operation Running, Progressing) at `startAt`,
   * Synced at `syncedAt`, `health` at `settledAt`. Replaces what was still pending for the app.
   */
  rollout(name: string, plan: RolloutPlan): void;
  readonly faults: ArgoCdFaults;
  /** Every request, oldest first. */
  readonly requests: readonly LoggedRequest[];
  /** Requests matching the filter. */
  countRequests(filter?: { operation?: string; app?: string }): number;
  resetLog(): void;
  /** Requests and responses that broke the Swagger description, and unserved routes. */
  readonly schemaViolations: readonly SchemaViolation[];
  assertNoSchemaViolations(): void;
  /** Returns and clears the violations (for tests that provoke one on purpose). */
  takeSchemaViolations(): SchemaViolation[];
  /** Stops the server (hanging requests are cut); rejects when schema violations were recorded. */
  close(options?: { allowViolations?: boolean }): Promise<void>;
}

const defaultSettings: JsonObject = {
  url: 'https://argocd.example.com',
  appLabelKey: 'app.kubernetes.io/instance',
  trackingMethod: 'annotation',
  controllerNamespace: 'argocd',
  resourceOverrides: {},
};

/** Marks an object as applied by Argo CD's client-side apply (the annotation removals are computed from). */
export function asAppliedByArgoCd<T extends object>(object: T): T {
  const copy = structuredClone(object) as Record<string, unknown>;
  const metadata = { ...((copy['metadata'] as Record<string, unknown> | undefined) ?? {}) };
  const annotations = { ...((metadata['annotations'] as Record<string, string> | undefined) ?? {}) };
  annotations['kubectl.kubernetes.io/last-applied-configuration'] = JSON.stringify(object);
  metadata['annotations'] = annotations;
  copy['metadata'] = metadata;
  return copy as T;
}

function describeViolations(violations: readonly SchemaViolation[]): string {
  return violations
    .slice(0, 10)
    .map(
      (v) =>
        `- ${v.direction} ${v.operation} ${v.method} ${v.path}${v.status ? ` -> ${v.status}` : ''}:\n    ${v.errors.join('\n    ')}`,
    )
    .join('\n');
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts an emulator on 127.0.0.1 with a free port. */
export async function startArgoCdEmulator(options: ArgoCdEmulatorOptions = {}): Promise<ArgoCdEmulator> {
  const token = options.token ?? randomBytes(16).toString('hex');
  const validator = options.validate === false ? undefined : getSwaggerValidator();
  validator?.warm(routes.map((route) => validator.operation(route.method, route.template)));
  const state: ArgoCdState = {
    settings: { ...defaultSettings, ...(options.settings as JsonObject | undefined) },
    apps: new Map(),
    appSets: new Map(),
    manifests: new Map(),
    live: new Map(),
    maskSecretValues: options.maskSecretValues !== false,
  };
  const now = () => (options.clock ?? Date).now();
  const timeline = createStatusTimeline();
  // Applies the scheduled changes that are due; every read goes through here first.
  const catchUp = () => {
    for (const entry of timeline.due(now())) {
      const app = state.apps.get(entry.app);
      if (app !== undefined) applyStatusChange(app, entry.change, entry.at);
    }
  };
  const faults = createFaults();
  const requests: LoggedRequest[] = [];
  const violations: SchemaViolation[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const hanging = new Set<ServerResponse>();
  const origin = performance.now();
  let closed = false;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const send = (response: ServerResponse, status: number, body: unknown) => {
    if (response.destroyed) return;
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const startedAt = performance.now() - origin;
    const url = new URL(request.url ?? '/', 'http://emulator');
    const method = request.method ?? 'GET';
    const rawBody = await readBody(request);
    const logEntry: LoggedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(
        [...new Set(url.searchParams.keys())].map((k) => [k, url.searchParams.getAll(k)]),
      ),
      operation: 'unknown',
      app: undefined,
      status: 0,
      startedAt,
      durationMs: 0,
    };
    requests.push(logEntry);
    const finish = (
      status: number,
      body: unknown,
      operation?: Parameters<NonNullable<typeof validator>['validateResponse']>[0],
    ) => {
      if (operation !== undefined && validator !== undefined) {
        const errors = validator.validateResponse(operation, status, body);
        if (errors.length > 0)
          violations.push({
            direction: 'response',
            operation: operation.operationId,
            method,
            path: url.pathname,
            status,
            errors,
          });
      }
      logEntry.status = status;
      logEntry.durationMs = performance.now() - origin - startedAt;
      send(response, status, body);
    };

    catchUp();
    const match = matchRoute(method, url.pathname);
    if (match === undefined) {
      violations.push({
        direction: 'emulator',
        operation: 'unknown',
        method,
        path: url.pathname,
        errors: ['route not served by the emulator'],
      });
      return finish(404, errorBody(404, `${method} ${url.pathname} is not served`));
    }
    const operation = (validator ?? getSwaggerValidator()).operation(
      match.route.method,
      match.route.template,
    );
    logEntry.operation = operation.operationId;
    let body: unknown;
    if (rawBody.trim() !== '') {
      try {
        body = JSON.parse(rawBody);
      } catch {
        violations.push({
          direction: 'request',
          operation: operation.operationId,
          method,
          path: url.pathname,
          errors: ['body is not JSON'],
        });
        return finish(400, errorBody(400, 'invalid JSON body'), operation);
      }
    }
    if (validator !== undefined) {
      const errors = validator.validateRequest(operation, {
        query: url.searchParams,
        pathParams: match.params,
        body,
        rawBody,
      });
      if (errors.length > 0)
        violations.push({
          direction: 'request',
          operation: operation.operationId,
          method,
          path: url.pathname,
          errors,
        });
    }
    if (request.headers.authorization !== `Bearer ${token}`) {
      return finish(401, errorBody(401, 'no session information'), operation);
    }
    const app = match.route.appOf?.(match.params, body);
    logEntry.app = app;
    const active = faults.take(app, operation.operationId);
    for (const fault of active) if (fault.delayMs !== undefined) await sleep(fault.delayMs);
    if (closed) return;
    if (active.some((fault) => fault.hang === true)) {
      hanging.add(response);
      return;
    }
    const failing = active.find((fault) => fault.status !== undefined);
    if (failing?.status !== undefined) {
      return finish(
        failing.status,
        errorBody(failing.status, failing.message ?? `injected fault (HTTP ${failing.status})`),
        operation,
      );
    }
    let status = 200;
    let result: unknown;
    try {
      result = structuredClone(
        match.route.handler({ state, params: match.params, query: url.searchParams, body }),
      );
    } catch (error) {
      if (!(error instanceof ArgoCdHttpError)) throw error;
      status = error.status;
      result = errorBody(error.status, error.message, error.code);
    }
    for (const fault of active) fault.corrupt?.(result as Record<string, unknown>);
    finish(status, result, operation);
  };

  const listener = (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      violations.push({
        direction: 'emulator',
        operation: 'unknown',
        method: request.method ?? '',
        path: request.url ?? '',
        errors: [String(error)],
      });
      send(response, 500, errorBody(500, `emulator error: ${String(error)}`));
    });
  };
  const server: Server =
    options.tls === undefined ? createHttpServer(listener) : createHttpsServer(options.tls, listener);
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `${options.tls === undefined ? 'http' : 'https'}://127.0.0.1:${port}`;

  const assertNoSchemaViolations = () => {
    if (violations.length > 0) {
      throw new Error(
        `Argo CD emulator recorded ${violations.length} schema violation(s):\n${describeViolations(violations)}`,
      );
    }
  };

  return {
    url,
    token,
    addApplication(app) {
      const stored = structuredClone(app) as JsonObject;
      const metadata = (stored['metadata'] ?? {}) as JsonObject;
      stored['metadata'] = { namespace: 'argocd', ...metadata };
      stored['status'] ??= { health: { status: 'Healthy' }, sync: { status: 'Synced' } };
      state.apps.set(metadata['name'] as string, stored);
    },
    addApplicationSet(appSet) {
      const stored = structuredClone(appSet) as JsonObject;
      const metadata = (stored['metadata'] ?? {}) as JsonObject;
      stored['metadata'] = { namespace: 'argocd', ...metadata };
      state.appSets.set(metadata['name'] as string, stored);
    },
    setManifests(appName, revision, manifests) {
      const byRevision = state.manifests.get(appName) ?? new Map<string, JsonObject[]>();
      byRevision.set(revision, structuredClone(manifests) as JsonObject[]);
      state.manifests.set(appName, byRevision);
    },
    setLiveResources(appName, resources) {
      state.live.set(appName, structuredClone(resources) as JsonObject[]);
    },
    setSettings(settings) {
      Object.assign(state.settings, structuredClone(settings));
    },
    getApplication: (name) => {
      catchUp();
      const app = state.apps.get(name);
      return app === undefined ? undefined : structuredClone(app);
    },
    applicationNames: () => [...state.apps.keys()],
    setApplicationStatus(name, change) {
      catchUp();
      const app = state.apps.get(name);
      if (app === undefined) throw new Error(`no application ${name}`);
      applyStatusChange(app, change, now());
    },
    scheduleApplicationStatus(name, at, change) {
      if (!state.apps.has(name)) throw new Error(`no application ${name}`);
      timeline.schedule(name, at, change);
    },
    rollout(name, plan) {
      if (!state.apps.has(name)) throw new Error(`no application ${name}`);
      timeline.cancel(name);
      const startAt = plan.startAt ?? now();
      const settledAt = plan.settledAt ?? plan.syncedAt;
      if (!(startAt <= plan.syncedAt && plan.syncedAt <= settledAt)) {
        throw new Error(`rollout of ${name}: expected startAt <= syncedAt <= settledAt`);
      }
      const { revision } = plan;
      timeline.schedule(name, startAt, {
        revision,
        sync: 'OutOfSync',
        operation: 'Running',
        health: 'Progressing',
      });
      timeline.schedule(name, plan.syncedAt, { revision, sync: 'Synced', operation: 'Succeeded' });
      timeline.schedule(name, settledAt, {
        health: plan.health ?? 'Healthy',
        ...(plan.healthMessage === undefined ? {} : { healthMessage: plan.healthMessage }),
      });
      catchUp();
    },
    faults,
    requests,
    countRequests: (filter = {}) =>
      requests.filter(
        (r) =>
          (filter.operation === undefined || r.operation === filter.operation) &&
          (filter.app === undefined || r.app === filter.app),
      ).length,
    resetLog: () => void requests.splice(0, requests.length),
    schemaViolations: violations,
    assertNoSchemaViolations,
    takeSchemaViolations: () => violations.splice(0, violations.length),
    async close(closeOptions = {}) {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const response of hanging) response.destroy();
      hanging.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (closeOptions.allowViolations !== true) assertNoSchemaViolations();
    },
  };
}
