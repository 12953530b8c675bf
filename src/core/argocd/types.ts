// Argo CD and Kubernetes shapes the diff works with: the part of Argo CD v3.6.0's REST description
// (v1alpha1Application, v1alpha1ApplicationSet, clusterSettings, v1alpha1ResourceDiff) that is read or written.
// The tests validate both sides against test/support/argocd-emulator/swagger-subset.json.

/** A JSON value, as Kubernetes objects and Argo CD responses carry them. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;

/** A JSON object. */
export interface JsonObject {
  [key: string]: JsonValue;
}

/** A Kubernetes object in unstructured form (what `kubectl get -o json` prints). */
export type KubeObject = JsonObject;

/** Identity of a Kubernetes object inside one application: group (empty for the core group), kind, namespace, name. */
export interface ResourceKey {
  group: string;
  kind: string;
  namespace: string;
  name: string;
}

/** One source of an application (`spec.source` or an entry of `spec.sources`). */
export interface ArgoCdApplicationSource {
  repoURL?: string;
  path?: string;
  targetRevision?: string;
  chart?: string;
  ref?: string;
  name?: string;
}

/** `spec.ignoreDifferences[]` of an application. */
export interface ArgoCdIgnoreDifferences {
  group?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  jsonPointers?: string[];
  jqPathExpressions?: string[];
  managedFieldsManagers?: string[];
}

/** The part of `metadata` of an Application or ApplicationSet that Telefonistka reads. */
export interface ArgoCdObjectMeta {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

/** An Argo CD Application (v1alpha1Application), as far as the diff needs it. */
export interface ArgoCdApplication {
  metadata: ArgoCdObjectMeta;
  spec: {
    project?: string;
    source?: ArgoCdApplicationSource;
    sources?: ArgoCdApplicationSource[];
    destination?: { server?: string; name?: string; namespace?: string };
    syncPolicy?: {
      automated?: { enabled?: boolean; prune?: boolean; selfHeal?: boolean; allowEmpty?: boolean };
      syncOptions?: string[];
    };
    ignoreDifferences?: ArgoCdIgnoreDifferences[];
  };
  status?: {
    health?: { status?: string; message?: string };
    sync?: { status?: string; revision?: string; revisions?: string[] };
  };
}

/** An Argo CD ApplicationSet (v1alpha1ApplicationSet); generators and template are kept as JSON. */
export interface ArgoCdApplicationSet {
  metadata: ArgoCdObjectMeta;
  spec: {
    generators?: JsonObject[];
    goTemplate?: boolean;
    goTemplateOptions?: string[];
    template?: JsonObject;
    templatePatch?: string;
  };
}

/** `ignoreDifferences` of a resource override (the field is spelled `jSONPointers` on the wire). */
export interface ArgoCdOverrideIgnoreDiff {
  jSONPointers?: string[];
  jqPathExpressions?: string[];
  managedFieldsManagers?: string[];
}

/** Argo CD settings (clusterSettings), the fields the diff uses. */
export interface ArgoCdSettings {
  /** External URL of the Argo CD UI; app links are `<url>/applications/<name>`. */
  url?: string;
  /** Label used to track resources (default `app.kubernetes.io/instance`). */
  appLabelKey?: string;
  /** `annotation` (default since Argo CD 3.0), `label` or `annotation+label`. */
  trackingMethod?: string;
  controllerNamespace?: string;
  /** Keyed by `<group>/<Kind>` (`*\/*` for all kinds). */
  resourceOverrides?: Record<string, { ignoreDifferences?: ArgoCdOverrideIgnoreDiff }>;
}

/** Rendered target manifests of an application at one revision (ManifestResponse, decoded). */
export interface ArgoCdManifests {
  objects: KubeObject[];
  /** The commit SHA the revision resolved to. */
  revision: string | undefined;
  namespace: string | undefined;
  server: string | undefined;
  sourceType: string | undefined;
}

/** One managed resource of an application (ResourceDiff, with its JSON-string states decoded). */
export interface ArgoCdManagedResource extends ResourceKey {
  /** The object as it is in the cluster; undefined when it does not exist there. */
  liveState: KubeObject | undefined;
  /** `liveState` after Argo CD's normalization (ignoreDifferences, known types). */
  normalizedLiveState: KubeObject | undefined;
  /** The object as the application's current target revision defines it. */
  targetState: KubeObject | undefined;
  predictedLiveState: KubeObject | undefined;
  modified: boolean;
  hook: boolean;
}
