import { inflateRawSync } from 'node:zlib';
import { COMPACT_METADATA_PREFIX } from './encode-promotion-metadata.js';
import type { PromotionHop, PromotionMetadata } from './types.js';

const BASE64 = /^[A-Za-z0-9+/\-_]*={0,2}$/;
const PR_NUMBER = /^\d{1,15}$/;

/**
 * Reads the metadata comment `<!--|...|<base64 JSON>|-->` of a promotion PR body, written by this action or
 * by the Go bot (its `originalPrNumber` is always 0). Like the Go bot's regex `<!--\|.*\|(.*)\|-->` it takes the
 * first line holding such a comment, but scans in linear time. Without one, the compact form of large
 * promotions (`<!-- telefonistka-data:deflate:<base64> -->`) is read. Keys match case-insensitively (Go's
 * encoding/json), wrongly typed fields are left at their defaults, and anything unreadable gives undefined.
 */
export function parsePromotionMetadata(body: string): PromotionMetadata | undefined {
  const lines = body.split('\n');
  for (const line of lines) {
    const encoded = commentPayload(line);
    if (encoded === undefined) continue;
    const metadata = decodeMetadata(encoded);
    if (metadata !== undefined) return metadata;
  }
  // The compact form of large promotions (see compactMetadataComment), read when the Go form is absent.
  for (const line of lines) {
    const metadata = decodeCompact(line.trim());
    if (metadata !== undefined) return metadata;
  }
  return undefined;
}

/** Inflated metadata JSON is capped: a forged payload must not expand into gigabytes. */
const MAX_INFLATED_BYTES = 8 * 1024 * 1024;

function decodeCompact(line: string): PromotionMetadata | undefined {
  if (!line.startsWith(COMPACT_METADATA_PREFIX) || !line.endsWith(' -->')) return undefined;
  const encoded = line.slice(COMPACT_METADATA_PREFIX.length, -' -->'.length);
  if (encoded === '' || !BASE64.test(encoded)) return undefined;
  try {
    const json = inflateRawSync(Buffer.from(encoded, 'base64'), { maxOutputLength: MAX_INFLATED_BYTES });
    return metadataOf(JSON.parse(json.toString('utf8')));
  } catch {
    return undefined;
  }
}

function commentPayload(line: string): string | undefined {
  const start = line.indexOf('<!--|');
  if (start < 0) return undefined;
  const end = line.lastIndexOf('|-->');
  if (end < start + 6) return undefined;
  const separator = line.lastIndexOf('|', end - 1);
  if (separator < start + 5) return undefined;
  return line.slice(separator + 1, end);
}

function decodeMetadata(encoded: string): PromotionMetadata | undefined {
  const compact = encoded.replace(/\s+/g, '');
  if (compact === '' || !BASE64.test(compact)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(compact, 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
  return metadataOf(value);
}

function metadataOf(value: unknown): PromotionMetadata | undefined {
  if (!isObject(value)) return undefined;
  const fields = lowerCaseKeys(value);
  const known = ['originalprauthor', 'originalprnumber', 'promotedpaths', 'previouspromotionpaths'];
  if (!known.some((key) => fields.has(key))) return undefined;
  const author = fields.get('originalprauthor');
  return {
    originalPrAuthor: typeof author === 'string' ? author : '',
    originalPrNumber: prNumberOf(fields.get('originalprnumber')),
    promotedPaths: stringsOf(fields.get('promotedpaths')),
    previousPromotionPaths: historyOf(fields.get('previouspromotionpaths')),
  };
}

function historyOf(value: unknown): Record<string, PromotionHop> {
  const history: Record<string, PromotionHop> = {};
  if (!isObject(value)) return history;
  for (const [key, hop] of Object.entries(value)) {
    if (!PR_NUMBER.test(key.trim()) || !isObject(hop)) continue;
    const fields = lowerCaseKeys(hop);
    const sourcePath = fields.get('sourcepath');
    history[String(Number(key.trim()))] = {
      sourcePath: typeof sourcePath === 'string' ? sourcePath : '',
      targetPaths: stringsOf(fields.get('targetpaths')),
    };
  }
  return history;
}

function prNumberOf(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0;
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function lowerCaseKeys(value: Record<string, unknown>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  // Go's encoding/json prefers an exact key match; the first case-insensitive match is close enough here.
  for (const [key, field] of Object.entries(value)) {
    const lower = key.toLowerCase();
    if (!out.has(lower)) out.set(lower, field);
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
