import { utf8Length } from '../comments/text-size.js';
import { createDiagnostics } from '../config/create-diagnostics.js';
import { ConfigError } from '../errors/config-error.js';
import type { Diagnostics } from '../config/create-diagnostics.js';
import { readYamlSource } from '../config/read-yaml-source.js';
import { suggestKey } from '../config/suggest-key.js';
import type { Loaded } from '../config/types.js';
import type { Hold } from './hold.js';
import { normalizeHoldFolder } from './normalize-hold-folder.js';

/** The in-repository holds file, read from the default branch only. */
export const HOLDS_FILE = '.telefonistka/holds.yaml';

/**
 * The largest holds file read. The sweep reads it through GraphQL's Blob.text, which GitHub cuts on large files;
 * a cut file whose kept part parses would hold nothing, so a larger file is an error (fail closed), not a prefix.
 */
export const MAX_HOLDS_FILE_BYTES = 256 * 1024;

const ENTRY_KEYS = ['folder', 'reason', 'by', 'since'] as const;
type EntryKey = (typeof ENTRY_KEYS)[number];

/** An ISO 8601 timestamp with a zone, as GitHub and `Date.toISOString()` write them. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses the holds file: `holds:` is a list of `{folder, reason, by, since}`. Throws ConfigError naming every bad
 * entry at file:line:col (syntax, unknown keys with a suggestion, missing or non-text fields, unsafe folders, bad
 * timestamps), or the whole file when it is larger than MAX_HOLDS_FILE_BYTES; an empty file holds nothing. A folder
 * listed twice is a warning and the first entry counts.
 */
export function parseHoldsFile(text: string, file = HOLDS_FILE): Loaded<Hold[]> {
  const bytes = utf8Length(text);
  if (bytes > MAX_HOLDS_FILE_BYTES)
    throw new ConfigError([
      {
        file,
        line: 1,
        column: 1,
        message:
          `the holds file is ${String(Math.ceil(bytes / 1024))} KiB, more than the ${String(MAX_HOLDS_FILE_BYTES / 1024)} KiB ` +
          "this tool reads (GitHub's GraphQL API returns large files cut short, and a cut file could drop a hold): " +
          'remove released holds and long comments',
      },
    ]);
  if (text.includes('\u0000'))
    throw new ConfigError([
      {
        file,
        line: 1,
        column: 1,
        message: 'the holds file is not UTF-8 text (it has NUL bytes: saved as UTF-16?): save it as UTF-8',
      },
    ]);
  const diagnostics = createDiagnostics(readYamlSource(text, file));
  const root = diagnostics.source.value;
  if (root === null || root === undefined) return diagnostics.finish([]);
  if (!isRecord(root)) {
    diagnostics.error([], 'the holds file must be a mapping with a `holds:` list (see docs/dashboard.md)');
    return diagnostics.finish([]);
  }
  for (const key of Object.keys(root)) {
    if (key !== 'holds') diagnostics.error([key], unknownKey(key, ['holds'], 'the holds file'), 'key');
  }
  const list = root.holds;
  if (list === null || list === undefined) return diagnostics.finish([]);
  if (!Array.isArray(list)) {
    diagnostics.error(['holds'], '`holds` must be a list of entries, each with folder, reason, by and since');
    return diagnostics.finish([]);
  }
  return diagnostics.finish(uniqueHolds(list, diagnostics));
}

function uniqueHolds(list: readonly unknown[], diagnostics: Diagnostics): Hold[] {
  const holds: Hold[] = [];
  const firstIndex = new Map<string, number>();
  list.forEach((entry, index) => {
    const hold = readEntry(entry, index, diagnostics);
    if (hold === undefined) return;
    const first = firstIndex.get(hold.folder);
    if (first !== undefined) {
      const line = diagnostics.source.locate(['holds', first, 'folder']).line;
      diagnostics.warn(
        ['holds', index, 'folder'],
        `\`${hold.folder}\` is already held by the entry on line ${line}; only that one counts: remove this one`,
      );
      return;
    }
    firstIndex.set(hold.folder, index);
    holds.push(hold);
  });
  return holds;
}

function readEntry(entry: unknown, index: number, diagnostics: Diagnostics): Hold | undefined {
  const at = ['holds', index];
  if (!isRecord(entry)) {
    diagnostics.error(at, 'a hold must be a mapping with folder, reason, by and since');
    return undefined;
  }
  for (const key of Object.keys(entry)) {
    if (!(ENTRY_KEYS as readonly string[]).includes(key)) {
      diagnostics.error([...at, key], unknownKey(key, ENTRY_KEYS, 'a hold'), 'key');
    }
  }
  const fields = Object.fromEntries(ENTRY_KEYS.map((key) => [key, readText(entry, key, at, diagnostics)]));
  const folder = fields.folder === undefined ? undefined : readFolder(fields.folder, at, diagnostics);
  const since = fields.since === undefined ? undefined : readSince(fields.since, at, diagnostics);
  const { reason, by } = fields;
  if (folder === undefined || since === undefined || reason === undefined || by === undefined)
    return undefined;
  return { folder, reason, by, since };
}

function readText(
  entry: Record<string, unknown>,
  key: EntryKey,
  at: readonly (string | number)[],
  diagnostics: Diagnostics,
): string | undefined {
  const value = entry[key];
  if (value === undefined || value === null) {
    diagnostics.error(at, `a hold needs \`${key}\` (${ENTRY_KEYS.join(', ')})`);
    return undefined;
  }
  if (typeof value !== 'string' || value.trim() === '') {
    diagnostics.error([...at, key], `\`${key}\` must be non-empty text (quote it)`);
    return undefined;
  }
  return value;
}

function readFolder(
  text: string,
  at: readonly (string | number)[],
  diagnostics: Diagnostics,
): string | undefined {
  const normalized = normalizeHoldFolder(text);
  if (normalized.ok) return normalized.folder;
  diagnostics.error(
    [...at, 'folder'],
    `\`folder\` ${normalized.reason}: write the component folder, e.g. clusters/prod/c1/nginx`,
  );
  return undefined;
}

function readSince(
  text: string,
  at: readonly (string | number)[],
  diagnostics: Diagnostics,
): string | undefined {
  if (TIMESTAMP.test(text) && !Number.isNaN(Date.parse(text))) return text;
  diagnostics.error(
    [...at, 'since'],
    '`since` must be an ISO 8601 time with a zone, e.g. "2026-12-05T13:00:00Z"',
  );
  return undefined;
}

function unknownKey(key: string, known: readonly string[], where: string): string {
  const suggestion = suggestKey(key, known);
  const hint =
    suggestion === undefined ? `; ${where} has ${known.join(', ')}` : `; did you mean \`${suggestion}\`?`;
  return `unknown key \`${key}\` in ${where}${hint}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
