import type { ArgoCdManagedResource, ArgoCdManifests, KubeObject } from '../../core/argocd/types.js';

/** A response field that is not what Argo CD's description promises. */
export class ArgoCdDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArgoCdDecodeError';
  }
}

interface RawManifestResponse {
  manifests?: unknown;
  revision?: string;
  namespace?: string;
  server?: string;
  sourceType?: string;
}

interface RawResourceDiff {
  group?: string;
  kind?: string;
  namespace?: string;
  name?: string;
  liveState?: string;
  normalizedLiveState?: string;
  targetState?: string;
  predictedLiveState?: string;
  modified?: boolean;
  hook?: boolean;
}

function parseObject(text: string, what: string): KubeObject {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ArgoCdDecodeError(`${what} is not JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ArgoCdDecodeError(`${what} is not a JSON object`);
  }
  return value as KubeObject;
}

/** Argo CD sends resource states as JSON strings, `"null"` (or nothing) for a missing side. */
function parseState(text: string | undefined, what: string): KubeObject | undefined {
  if (text === undefined || text === '' || text === 'null') return undefined;
  return parseObject(text, what);
}

/** Decodes a ManifestResponse: every manifest is a JSON string holding one object. */
export function decodeManifests(data: unknown): ArgoCdManifests {
  const raw = (data ?? {}) as RawManifestResponse;
  const manifests = raw.manifests ?? [];
  if (!Array.isArray(manifests)) throw new ArgoCdDecodeError('manifests is not a list');
  return {
    objects: manifests.map((text, i) => {
      if (typeof text !== 'string') throw new ArgoCdDecodeError(`manifest ${i} is not a string`);
      return parseObject(text, `manifest ${i}`);
    }),
    revision: raw.revision,
    namespace: raw.namespace,
    server: raw.server,
    sourceType: raw.sourceType,
  };
}

/** Decodes ManagedResourcesResponse items, parsing their JSON-string states. */
export function decodeManagedResources(data: unknown): ArgoCdManagedResource[] {
  const items = ((data ?? {}) as { items?: unknown }).items ?? [];
  if (!Array.isArray(items)) throw new ArgoCdDecodeError('items is not a list');
  return (items as RawResourceDiff[]).map((item) => {
    const id = `${item.namespace ?? ''}/${item.kind ?? ''}/${item.name ?? ''}`;
    return {
      group: item.group ?? '',
      kind: item.kind ?? '',
      namespace: item.namespace ?? '',
      name: item.name ?? '',
      liveState: parseState(item.liveState, `liveState of ${id}`),
      normalizedLiveState: parseState(item.normalizedLiveState, `normalizedLiveState of ${id}`),
      targetState: parseState(item.targetState, `targetState of ${id}`),
      predictedLiveState: parseState(item.predictedLiveState, `predictedLiveState of ${id}`),
      modified: item.modified === true,
      hook: item.hook === true,
    };
  });
}
