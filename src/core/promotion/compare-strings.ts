const HIGH_UNIT = /[\uD800-\uFFFF]/;

/**
 * Orders strings by Unicode code point, which is also UTF-8 byte order: the order Go's `sort.Strings`
 * and its templates' map iteration use. JavaScript's `<` compares UTF-16 units, which differs only when a
 * surrogate pair (a code point above U+FFFF) meets a unit in U+E000..U+FFFF.
 */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  // Where one string has no unit at or above U+D800, UTF-16 order already is code point order.
  if (!HIGH_UNIT.test(a) || !HIGH_UNIT.test(b)) return a < b ? -1 : 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}
