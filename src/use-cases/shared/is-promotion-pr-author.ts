import { matchesLogin } from '../../core/identity/matches-login.js';
import type { IdentityPort } from '../../ports/identity-port.js';
import { isOwnLogin } from './is-own-login.js';

/** Who opens promotion PRs: the token's own identity, and the logins of `promotionPrAuthors`. */
export interface PromotionPrAuthors {
  promotionPrAuthors: readonly string[];
  github: IdentityPort;
}

/**
 * Whether `login` opens promotion PRs: a login of `promotionPrAuthors` (no call), else the token's own identity
 * (GraphQL `viewer`, one call per run); undefined when only the token's login could tell and it is unreadable.
 */
export async function isPromotionPrAuthor(
  login: string,
  trusted: PromotionPrAuthors,
): Promise<boolean | undefined> {
  if (trusted.promotionPrAuthors.some((known) => matchesLogin(login, known))) return true;
  return isOwnLogin(trusted.github, login);
}
