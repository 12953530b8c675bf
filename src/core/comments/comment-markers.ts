/** The Go bot's marker on every comment it writes; kept first so both bots recognise the comments. */
export const telefonistkaTag = '<!-- telefonistka_tag -->';

const kindPattern = /^[a-z0-9][a-z0-9-]*$/;

/** Hidden marker naming the sticky comment a part belongs to, e.g. `<!-- telefonistka:drift -->`. */
export function kindMarker(kind: string): string {
  assertKind(kind);
  return `<!-- telefonistka:${kind} -->`;
}

/** Hidden marker of part `index` (1-based) of a sticky comment, e.g. `<!-- telefonistka:drift:part:2 -->`. */
export function partMarker(kind: string, index: number): string {
  assertKind(kind);
  return `<!-- telefonistka:${kind}:part:${index} -->`;
}

/** The part index (1-based) a comment body carries for `kind`, or undefined when it is not such a part. */
export function parsePartIndex(body: string, kind: string): number | undefined {
  assertKind(kind);
  const found = new RegExp(`<!-- telefonistka:${kind}:part:([1-9][0-9]{0,5}) -->`).exec(body);
  return found?.[1] === undefined ? undefined : Number(found[1]);
}

function assertKind(kind: string): void {
  if (!kindPattern.test(kind)) throw new Error(`invalid comment kind ${JSON.stringify(kind)}`);
}
