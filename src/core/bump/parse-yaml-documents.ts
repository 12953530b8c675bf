import { parseAllDocuments, parseDocument, type Document, type ParseOptions } from 'yaml';
import { BumpEditError } from './bump-edit-error.js';

/** Parse options of every file a bump edits: duplicate keys are errors, messages carry line and column. */
export const YAML_PARSE_OPTIONS: ParseOptions = { uniqueKeys: true, prettyErrors: true };

/**
 * Every document of a YAML file (an empty or comment-only file is one empty document); throws a
 * BumpEditError starting with `context` at the first syntax error.
 */
export function parseYamlDocuments(text: string, context: string): Document[] {
  const docs = parseAllDocuments(text, YAML_PARSE_OPTIONS) as Document[];
  const list = docs.length === 0 ? [parseDocument(text, YAML_PARSE_OPTIONS)] : docs;
  for (const doc of list) {
    const error = doc.errors[0];
    if (error !== undefined) throw new BumpEditError(`${context}: ${error.message}`);
  }
  return list;
}
