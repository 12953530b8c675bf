import type {
  ArgoCdApplication,
  ArgoCdApplicationSet,
  ArgoCdManagedResource,
  ArgoCdManifests,
  ArgoCdSettings,
} from '../core/argocd/types.js';

/** Argo CD's REST API as Telefonistka uses it; every method rejects with an ExternalError naming app and operation. */
export interface ArgoCdPort {
  /** Argo CD settings (`GET /api/v1/settings`): UI URL, tracking label and method, resource overrides. */
  getSettings(): Promise<ArgoCdSettings>;
  /** Applications (`GET /api/v1/applications`), filtered by exact repository URL and/or label selector. */
  listApplications(query?: { repo?: string; selector?: string }): Promise<ArgoCdApplication[]>;
  /** One application (`GET /api/v1/applications/{name}`); `refresh: 'hard'` makes Argo CD re-render it first. */
  getApplication(name: string, options?: { refresh?: 'normal' | 'hard' }): Promise<ArgoCdApplication>;
  /**
   * The manifests the app renders at `revision` (`GET .../manifests`), decoded from Argo CD's JSON strings. For a
   * multi-source app, `sourcePosition` (1-based) says which source gets the revision; the others keep theirs.
   */
  getManifests(
    name: string,
    revision: string,
    options?: { sourcePosition?: number },
  ): Promise<ArgoCdManifests>;
  /** The app's resources with their live state (`GET .../managed-resources`), states decoded. */
  getManagedResources(name: string): Promise<ArgoCdManagedResource[]>;
  /** ApplicationSets (`GET /api/v1/applicationsets`). */
  listApplicationSets(): Promise<ArgoCdApplicationSet[]>;
  /** Creates an application (`POST /api/v1/applications`, `validate=false` unless asked otherwise). */
  createApplication(
    app: ArgoCdApplication,
    options?: { validate?: boolean; upsert?: boolean },
  ): Promise<ArgoCdApplication>;
  /** Deletes an application (`DELETE /api/v1/applications/{name}`), by default without cascading to resources. */
  deleteApplication(name: string, options?: { cascade?: boolean }): Promise<void>;
  /**
   * Points the app (or, for a multi-source app, the source at `sourcePosition`) at `targetRevision`
   * (`PATCH /api/v1/applications/{name}`).
   */
  patchApplicationTargetRevision(
    name: string,
    targetRevision: string,
    options?: { sourcePosition?: number },
  ): Promise<ArgoCdApplication>;
}
