import { compileRegex, RegexSyntaxError } from '../regex/compile-regex.js';
import { replaceAllGo } from '../regex/expand-go-template.js';
import { BumpEditError } from './bump-edit-error.js';

/**
 * Replaces every match of an RE2 (Go) regex with a Go replacement template (`$1`, `${1}`, `${name}`, `$$`),
 * as the Go bot's `bump-regex` does; throws when the regex is invalid or matches nothing.
 */
export function editWithRegex(text: string, edit: { regex: string; replacement: string }): string {
  let regex;
  try {
    regex = compileRegex(edit.regex);
  } catch (error) {
    if (error instanceof RegexSyntaxError)
      throw new BumpEditError(`${error.message} (RE2/Go syntax expected)`);
    throw error;
  }
  if (!regex.test(text)) {
    throw new BumpEditError(
      `the regex ${JSON.stringify(edit.regex)} matched nothing in the file: check it against the file's current content`,
    );
  }
  return replaceAllGo(regex, text, edit.replacement);
}
