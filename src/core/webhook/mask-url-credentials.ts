const USERINFO = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)([^/?#]*)@/;
const SENSITIVE_QUERY =
  /([?&])([^=&#]*(?:token|secret|key|passw(?:or)?d|pwd|sig|signature|auth|credential)[^=&#]*)=([^&#]*)/gi;

/**
 * Hides credentials in a URL for logs and summaries: `https://user:pass@host` -> `https://user:***@host`,
 * a lone user part (often a token) -> `https://***@host`, and values of query parameters whose names look
 * secret (`token`, `key`, `sig`, ...) -> `***`. Works on text that is not a valid URL too.
 */
export function maskUrlCredentials(text: string): string {
  const masked = text.replace(USERINFO, (_all, scheme: string, userinfo: string) => {
    const colon = userinfo.indexOf(':');
    return colon < 0 ? `${scheme}***@` : `${scheme}${userinfo.slice(0, colon)}:***@`;
  });
  return masked.replace(
    SENSITIVE_QUERY,
    (_all, separator: string, name: string) => `${separator}${name}=***`,
  );
}

/**
 * The secret parts of a URL (password, `user:password`, a lone user part, sensitive query values), raw and
 * percent-decoded, so the runner can mask them wherever they appear.
 */
export function urlSecrets(text: string): string[] {
  const found = new Set<string>();
  const userinfo = USERINFO.exec(text)?.[2];
  if (userinfo !== undefined && userinfo !== '') {
    const colon = userinfo.indexOf(':');
    addWithDecoded(found, colon < 0 ? userinfo : userinfo.slice(colon + 1));
    // `user:password` as a whole: what an `Authorization: Basic` header encodes, and a server may echo back.
    if (colon >= 0 && colon < userinfo.length - 1) addWithDecoded(found, userinfo);
  }
  for (const match of text.matchAll(SENSITIVE_QUERY)) addWithDecoded(found, match[3] ?? '');
  return [...found];
}

function addWithDecoded(found: Set<string>, value: string): void {
  if (value === '') return;
  found.add(value);
  try {
    const decoded = decodeURIComponent(value);
    if (decoded !== '') found.add(decoded);
  } catch {
    // Not valid percent-encoding: the raw value is all there is to mask.
  }
}
