/** A line `key:` or `key: value` of a block mapping: a plain key, then a plain or simply quoted scalar. */
const MAPPING_LINE =
  /^( *)([A-Za-z_][A-Za-z0-9_.-]*):(?: +(?:([A-Za-z0-9][A-Za-z0-9._/+@-]*)|"([A-Za-z0-9._/+@:-]*)"|'([A-Za-z0-9._/+@:-]*)'))? *(?: #.*)?$/;

/** A blank or comment-only line. */
const NOTHING_LINE = /^ *(?:#.*)?$/;

/**
 * Plain scalars the YAML 1.2 core schema may resolve to something other than a string (null, booleans,
 * integers in base 8/10/16, floats): left to the real parser. A superset of the schema's own tests.
 */
const MAYBE_NOT_STRING =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$|^0[ox]|^[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/;

/** Keys a YAML 1.1 reader (or a later schema) could take for something else: left to the real parser. */
const ODD_KEY = /^(?:y|n|yes|no|on|off|true|false|null)$/i;

/** Longer lines are left to the real parser (implicit keys have a length limit). */
const MAX_LINE = 1_000;

/** A plain scalar the core schema may type (a number, a boolean, null): its text is the parser's to say. */
const TYPED = Symbol('typed scalar');

type SimpleValue = string | null | typeof TYPED | Map<string, SimpleValue>;

/**
 * The scalar at a key-only path of a YAML file whose every line is a blank, a comment, or `key:` / `key: value`
 * of a block mapping with a plain key and a plain or simply quoted value; this is what most values files look
 * like, read without the full YAML parser. `{ value }` is exactly what the parser would give: the text, or
 * undefined where the path selects no string. Undefined when the file is anything else (sequences, flow
 * collections, anchors, multi-line scalars, duplicate keys, tabs, CRs...) or the path ends at a scalar the
 * schema may type (`1.10`, `true`, `~`): then the caller asks the parser.
 */
export function readSimpleYamlValue(
  text: string,
  keys: readonly string[],
): { value: string | undefined } | undefined {
  const root = parseSimpleMapping(text);
  if (root === undefined) return undefined;
  let node: SimpleValue | undefined = root;
  for (const key of keys) {
    // A key under a scalar or an empty value: the parser's path finds nothing there either.
    if (!(node instanceof Map)) return { value: undefined };
    node = node.get(key);
  }
  if (node === TYPED) return undefined;
  return { value: typeof node === 'string' ? node : undefined };
}

interface Frame {
  indent: number;
  map: Map<string, SimpleValue>;
}

function parseSimpleMapping(text: string): Map<string, SimpleValue> | undefined {
  const root = new Map<string, SimpleValue>();
  const stack: Frame[] = [{ indent: 0, map: root }];
  // The last `key:` without a value: more-indented lines after it are its mapping.
  let open: { key: string; map: Map<string, SimpleValue>; indent: number } | undefined;
  for (const line of text.split('\n')) {
    if (line.length > MAX_LINE) return undefined;
    if (NOTHING_LINE.test(line)) continue;
    const match = MAPPING_LINE.exec(line);
    if (match === null) return undefined;
    const indent = match[1]!.length;
    const key = match[2]!;
    if (ODD_KEY.test(key)) return undefined;
    if (open !== undefined && indent > open.indent) {
      const child = new Map<string, SimpleValue>();
      open.map.set(open.key, child);
      stack.push({ indent, map: child });
    }
    open = undefined;
    while (stack.length > 1 && stack[stack.length - 1]!.indent > indent) stack.pop();
    const frame = stack[stack.length - 1]!;
    if (frame.indent !== indent || frame.map.has(key)) return undefined;
    const plain = match[3];
    const quoted = match[4] ?? match[5];
    if (plain !== undefined) {
      frame.map.set(key, MAYBE_NOT_STRING.test(plain) ? TYPED : plain);
    } else if (quoted !== undefined) frame.map.set(key, quoted);
    else {
      frame.map.set(key, null);
      open = { key, map: frame.map, indent };
    }
  }
  return root;
}
