import type { BumpEdit } from './bump-edit.js';

/**
 * An edit as recorded in a bump PR's body, so a later run can replay it on a newer default branch. Overwrite
 * content over `RECORDED_CONTENT_LIMIT` characters is recorded by its blob SHA only and cannot be replayed.
 */
export type RecordedEdit =
  | Exclude<BumpEdit, { mode: 'overwrite' }>
  | { file: string; mode: 'overwrite'; content?: string; contentSha?: string };

/** What a bump PR remembers about itself (hidden in its body). */
export interface BumpMetadata {
  triggeringRepo: string;
  /** The triggering commit the PR's content comes from (the newest one when coalesced). */
  sha: string;
  /** Older triggering commits whose bumps this PR absorbed, oldest first. */
  superseded: string[];
  edits: RecordedEdit[];
}

/** Overwrite contents up to this size are stored in the PR body (GitHub caps bodies at 65,536 characters). */
export const RECORDED_CONTENT_LIMIT = 16_384;

const MARKER = 'telefonistka-bump';

/** The hidden body comment `<!-- telefonistka-bump:<base64 JSON> -->`; base64 keeps `-->` out of it. */
export function encodeBumpMetadata(metadata: BumpMetadata): string {
  const json = JSON.stringify({ version: 1, ...metadata });
  return `<!-- ${MARKER}:${Buffer.from(json, 'utf8').toString('base64')} -->`;
}

/** Reads the hidden comment back; undefined when the body has none or it is damaged (e.g. a Go bot PR). */
export function parseBumpMetadata(body: string): BumpMetadata | undefined {
  const match = new RegExp(`<!-- ${MARKER}:([A-Za-z0-9+/=]+) -->`).exec(body);
  if (match === null) return undefined;
  try {
    const data = JSON.parse(Buffer.from(match[1] ?? '', 'base64').toString('utf8')) as Record<
      string,
      unknown
    >;
    if (typeof data.triggeringRepo !== 'string' || typeof data.sha !== 'string') return undefined;
    const superseded = Array.isArray(data.superseded) ? data.superseded.filter(isString) : [];
    const edits = Array.isArray(data.edits) ? data.edits.filter(isRecordedEdit) : [];
    return { triggeringRepo: data.triggeringRepo, sha: data.sha, superseded, edits };
  } catch {
    return undefined;
  }
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isRecordedEdit(value: unknown): value is RecordedEdit {
  if (typeof value !== 'object' || value === null) return false;
  const edit = value as Record<string, unknown>;
  if (typeof edit.file !== 'string') return false;
  if (edit.mode === 'yaml') return isString(edit.path) && isString(edit.value);
  if (edit.mode === 'regex') return isString(edit.regex) && isString(edit.replacement);
  if (edit.mode === 'overwrite') return isString(edit.content) || isString(edit.contentSha);
  return false;
}
