import { maskUrlCredentials } from './mask-url-credentials.js';

/** An endpoint URL that can be sent to, or why not. */
export type EndpointUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/**
 * Checks that an expanded endpoint is an absolute http(s) URL with a host and no whitespace. A bad endpoint
 * (a replacement with a typo, a path glued to the URL by an unanchored expression) fails on its own; the
 * reason never repeats credentials the URL carries.
 */
export function validateEndpointUrl(text: string): EndpointUrlCheck {
  const shown = maskUrlCredentials(text);
  if (hasSpaceOrControl(text))
    return { ok: false, reason: `${JSON.stringify(shown)} contains whitespace or control characters` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: `${JSON.stringify(shown)} is not an absolute URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, reason: `${JSON.stringify(shown)} is not http or https (${url.protocol})` };
  if (url.hostname === '') return { ok: false, reason: `${JSON.stringify(shown)} has no host` };
  return { ok: true, url: text };
}

function hasSpaceOrControl(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0x20 || code === 0x7f || /\s/.test(char)) return true;
  }
  return false;
}
