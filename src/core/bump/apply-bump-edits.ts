import { BumpEditError } from './bump-edit-error.js';
import type { BumpEdit } from './bump-edit.js';
import { editWithRegex } from './edit-with-regex.js';
import { editYaml } from './edit-yaml.js';

/**
 * Applies edits in order to the files they name and returns the resulting text of every file an edit
 * touched. `base` holds the current text of those files (undefined: the file does not exist). Several edits
 * of one file apply one after the other. Throws BumpEditError naming the file and the edit.
 */
export function applyBumpEdits(
  base: ReadonlyMap<string, string | undefined>,
  edits: readonly BumpEdit[],
): Map<string, string> {
  const result = new Map<string, string>();
  for (const edit of edits) {
    const current = result.has(edit.file) ? result.get(edit.file) : base.get(edit.file);
    try {
      result.set(edit.file, applyOne(current, edit));
    } catch (error) {
      if (error instanceof BumpEditError)
        throw new BumpEditError(`${edit.file} (${describeEdit(edit)}): ${error.message}`);
      throw error;
    }
  }
  return result;
}

function applyOne(current: string | undefined, edit: BumpEdit): string {
  if (edit.mode === 'overwrite') return edit.content;
  if (current === undefined) {
    throw new BumpEditError(
      `the file does not exist on the default branch; ${edit.mode} edits change an existing file (mode overwrite creates one)`,
    );
  }
  if (edit.mode === 'regex') return editWithRegex(current, edit);
  return editYaml(current, edit);
}

/** `yaml path .image.tag`, `regex "tag: .*"`, `overwrite`: how an edit is named in messages. */
export function describeEdit(edit: BumpEdit): string {
  if (edit.mode === 'yaml') return `yaml path ${edit.path}`;
  if (edit.mode === 'regex') return `regex ${JSON.stringify(edit.regex)}`;
  return 'overwrite';
}
