/** Secret forms shorter than this are not scrubbed from text (they would match ordinary words). */
export const MIN_SECRET_FORM_LENGTH = 4;

/**
 * The forms a secret takes in text a service may echo back: as is, percent-encoded (a query parameter, a URL's
 * user part) and base64 (an `Authorization: Basic` header, a data URL), the latter at each of the three byte
 * alignments it can have inside a longer encoded value, keeping only the characters that do not depend on its
 * neighbours (as the runner's own masker does). Forms shorter than MIN_SECRET_FORM_LENGTH are left out.
 */
export function secretForms(secret: string): string[] {
  if (secret === '') return [];
  const bytes = new TextEncoder().encode(secret);
  const forms = new Set([secret, encodeURIComponent(secret), formEncode(secret), toBase64(bytes)]);
  for (const shift of [1, 2]) forms.add(shiftedBase64(bytes, shift));
  return [...forms].filter((form) => form.length >= MIN_SECRET_FORM_LENGTH);
}

function formEncode(secret: string): string {
  return new URLSearchParams({ x: secret }).toString().slice(2);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The base64 characters that encode only `bytes` when they start `shift` bytes into a 3-byte group. */
function shiftedBase64(bytes: Uint8Array, shift: number): string {
  const padded = new Uint8Array(shift + bytes.length);
  padded.set(bytes, shift);
  const encoded = toBase64(padded).replace(/=+$/, '');
  // Leading characters mix in the padding bytes; trailing ones depend on what follows the secret.
  const start = Math.ceil((shift * 8) / 6);
  const end = Math.floor(((shift + bytes.length) * 8) / 6);
  return encoded.slice(start, end);
}
