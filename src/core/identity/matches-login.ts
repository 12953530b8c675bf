/**
 * Whether a login GitHub reported for an author (REST `user.login`) is the identity `known`. Logins compare
 * without case. `known` may lack the `[bot]` suffix (GraphQL's `viewer` and actor logins omit it for Apps), so
 * `my-app[bot]` matches `my-app`; a login without the suffix never matches a bot's, so a person who registered
 * `my-app` is not taken for the App `my-app[bot]`.
 */
export function matchesLogin(author: string, known: string): boolean {
  const a = author.trim().toLowerCase();
  const k = known.trim().toLowerCase();
  if (a === '' || k === '') return false;
  return a === k || a === `${k}[bot]`;
}
