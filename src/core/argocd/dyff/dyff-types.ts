// The report model of homeport/dyff (github.com/homeport/dyff, pkg/dyff/models.go), which the Go bot uses to show
// object changes; re-implemented over JSON values so the rendered text matches the Go bot's comments.
import type { JsonValue } from '../types.js';

/** One step of a path: a map key, a list entry identified by the value of its `key` field, or a list index. */
export type DyffPathElement = { name: string } | { key: string; name: string } | { index: number };

/** What changed at a path. `shape` says whether whole documents, map entries or list entries were added or removed. */
export type DyffDetail =
  | { kind: 'addition' | 'removal'; shape: 'document' | 'map' | 'list'; value: JsonValue }
  | { kind: 'modification'; from: JsonValue | undefined; to: JsonValue | undefined }
  | { kind: 'orderchange'; from: JsonValue[]; to: JsonValue[] };

/** The changes at one path; an empty path is the document root. */
export interface DyffDiff {
  path: DyffPathElement[];
  details: DyffDetail[];
}
