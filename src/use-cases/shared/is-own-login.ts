import { matchesLogin } from '../../core/identity/matches-login.js';
import type { IdentityPort } from '../../ports/identity-port.js';

/**
 * Whether `login` is the identity of the token behind `github` (GraphQL `viewer`, one call per run);
 * undefined when the token cannot read its own login, so each caller decides how to fail closed.
 */
export async function isOwnLogin(github: IdentityPort, login: string): Promise<boolean | undefined> {
  let viewer: string;
  try {
    viewer = await github.getViewerLogin();
  } catch {
    return undefined;
  }
  return matchesLogin(login, viewer);
}
