import { parse, YAMLParseError } from 'yaml';
import { InputError } from '../errors/input-error.js';
import { BumpEditError } from './bump-edit-error.js';
import type { BumpEdit, BumpEditMode } from './bump-edit.js';
import { normalizeRepoPath } from './normalize-repo-path.js';

/** An edit as the user writes it; `contentFile` is read by the caller (the action or CLI) from disk. */
export type BumpEditRequest = BumpEdit | { file: string; mode: 'overwrite'; contentFile: string };

/** The fields of one edit (an item of the `edits` input, or the single-edit inputs). */
export interface BumpEditFields {
  file?: string | undefined;
  mode?: string | undefined;
  path?: string | undefined;
  value?: string | undefined;
  regex?: string | undefined;
  replacement?: string | undefined;
  content?: string | undefined;
  contentFile?: string | undefined;
}

const KEYS: Record<string, keyof BumpEditFields> = {
  file: 'file',
  'target-file': 'file',
  mode: 'mode',
  path: 'path',
  address: 'path',
  value: 'value',
  regex: 'regex',
  replacement: 'replacement',
  content: 'content',
  'content-file': 'contentFile',
};

/**
 * Parses the `edits` input: a YAML or JSON list of `{file, mode, path, value}` / `{file, regex,
 * replacement}` / `{file, content | content-file}`. Every scalar is read as a string (`value: 1.10` stays
 * "1.10"), so versions never turn into numbers. Throws InputError naming the item and the fix.
 */
export function parseBumpEdits(text: string, input = 'edits'): BumpEditRequest[] {
  let data: unknown;
  try {
    data = parse(text, { schema: 'failsafe', prettyErrors: true });
  } catch (error) {
    const reason = error instanceof YAMLParseError ? error.message : String(error);
    throw new InputError(input, `is not a YAML or JSON list: ${reason}`);
  }
  if (!Array.isArray(data) || data.length === 0) {
    throw new InputError(
      input,
      'must be a non-empty list of edits such as `- {file: values.yaml, path: .image.tag, value: "1.2"}`',
    );
  }
  return data.map((item, index) => {
    const label = `${input}[${index}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new InputError(label, 'must be a map with file and path/value, regex/replacement or content');
    }
    const fields: BumpEditFields = {};
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      const field = KEYS[key];
      if (field === undefined) {
        throw new InputError(
          label,
          `unknown key ${JSON.stringify(key)}; known keys: ${Object.keys(KEYS).join(', ')}`,
        );
      }
      if (typeof value !== 'string')
        throw new InputError(label, `${key} must be a single value, not a list or map`);
      fields[field] = value;
    }
    return bumpEditFromFields(fields, label);
  });
}

/**
 * One edit from its fields. The mode is `mode` when given, else inferred: `path` -> yaml, `regex` -> regex,
 * `content`/`content-file` -> overwrite. For yaml `replacement` is accepted for `value` (the Go bot's flag
 * name) and for regex the other way round.
 */
export function bumpEditFromFields(fields: BumpEditFields, label: string): BumpEditRequest {
  if (fields.file === undefined || fields.file.trim() === '') {
    throw new InputError(label, 'needs `file`: the path of the file in the target repository');
  }
  const file = normalize(fields.file, label);
  const mode = modeOf(fields, label);
  if (mode === 'yaml') {
    const value = fields.value ?? fields.replacement;
    if (fields.path === undefined || value === undefined) {
      throw new InputError(label, 'a yaml edit needs `path` (e.g. .image.tag) and `value`');
    }
    return { file, mode, path: fields.path, value };
  }
  if (mode === 'regex') {
    const replacement = fields.replacement ?? fields.value;
    if (fields.regex === undefined || replacement === undefined) {
      throw new InputError(
        label,
        'a regex edit needs `regex` (RE2) and `replacement` (Go syntax, $1 or ${1})',
      );
    }
    return { file, mode, regex: fields.regex, replacement };
  }
  if (fields.content !== undefined && fields.contentFile !== undefined) {
    throw new InputError(label, 'an overwrite edit takes `content` or `content-file`, not both');
  }
  if (fields.contentFile !== undefined) return { file, mode, contentFile: fields.contentFile };
  if (fields.content === undefined) {
    throw new InputError(label, 'an overwrite edit needs `content` or `content-file`');
  }
  return { file, mode, content: fields.content };
}

function modeOf(fields: BumpEditFields, label: string): BumpEditMode {
  if (fields.mode !== undefined) {
    if (fields.mode === 'yaml' || fields.mode === 'regex' || fields.mode === 'overwrite') return fields.mode;
    throw new InputError(
      label,
      `mode must be one of yaml, regex, overwrite; got ${JSON.stringify(fields.mode)}`,
    );
  }
  const inferred = [
    fields.path !== undefined ? 'yaml' : undefined,
    fields.regex !== undefined ? 'regex' : undefined,
    fields.content !== undefined || fields.contentFile !== undefined ? 'overwrite' : undefined,
  ].filter((mode): mode is BumpEditMode => mode !== undefined);
  if (inferred.length === 1) return inferred[0]!;
  if (inferred.length === 0) {
    throw new InputError(
      label,
      'say what to change: `path` + `value` (yaml), `regex` + `replacement`, or `content` / `content-file` (overwrite)',
    );
  }
  throw new InputError(
    label,
    `is ambiguous (${inferred.join(' and ')}); set \`mode\` or give the fields of one mode only`,
  );
}

function normalize(file: string, label: string): string {
  try {
    return normalizeRepoPath(file);
  } catch (error) {
    if (error instanceof BumpEditError) throw new InputError(label, error.message);
    throw error;
  }
}
