/**
 * Splits `text` after its first `count` Unicode code points (Go's runes): `"🚀".length` is 2 in
 * JavaScript but one code point here, so limits match the Go bot's and no surrogate pair is cut.
 */
export function splitCodePoints(text: string, count: number): [head: string, rest: string] {
  let units = 0;
  let seen = 0;
  while (units < text.length && seen < count) {
    const code = text.charCodeAt(units);
    const pair = code >= 0xd800 && code <= 0xdbff && units + 1 < text.length;
    const next = pair ? text.charCodeAt(units + 1) : 0;
    units += pair && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    seen++;
  }
  return [text.slice(0, units), text.slice(units)];
}
