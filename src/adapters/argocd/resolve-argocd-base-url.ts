/**
 * The base URL of the Argo CD API from a server address. An address without a scheme (`argocd.example.com:443`,
 * the Go bot's `ARGOCD_SERVER_ADDR`) gets `https://`, or `http://` with `plaintext`; an explicit scheme wins.
 */
export function resolveArgoCdBaseUrl(server: string, options: { plaintext?: boolean } = {}): string {
  const trimmed = server.trim().replace(/\/+$/, '');
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  return `${options.plaintext === true ? 'http' : 'https'}://${trimmed}`;
}
