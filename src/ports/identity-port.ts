import type { RepositoryScope } from './repository-scope.js';

/** Who the token is, and what others may do in the repository. */
export interface IdentityPort extends RepositoryScope {
  /** Login of the token's identity (GraphQL `viewer`), read once per port. */
  getViewerLogin(): Promise<string>;
  /**
   * The base permission GitHub reports (`permission`): `admin` | `write` | `read` | `none`, with maintain read
   * as write and triage as read, and a custom role as the base role it extends. One call.
   */
  getPermission(login: string): Promise<string>;
}
