import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import * as core from '@actions/core';
import type { BumpEdit } from '../../core/bump/bump-edit.js';
import {
  bumpEditFromFields,
  parseBumpEdits,
  type BumpEditRequest,
} from '../../core/bump/parse-bump-edits.js';
import { InputError } from '../../core/errors/input-error.js';
import { stringInput } from '../../runtime/inputs.js';

const SINGLE_INPUTS = [
  'target-file',
  'mode',
  'path',
  'value',
  'regex',
  'replacement',
  'content',
  'content-file',
];

/**
 * The edits of this step: the `edits` list, or one edit from `target-file` with `path`+`value`,
 * `regex`+`replacement` or `content`/`content-file`. `content-file` paths are relative to the workspace.
 * `content` and `replacement` are taken verbatim (a trailing line break matters in a file).
 */
export async function readBumpEdits(workspace: string | undefined): Promise<BumpEdit[]> {
  const list = stringInput('edits');
  const singles = SINGLE_INPUTS.filter((name) => rawInput(name) !== undefined);
  let requests: BumpEditRequest[];
  if (list !== undefined) {
    if (singles.length > 0) {
      throw new InputError(
        'edits',
        `give either \`edits\` or ${singles.map((name) => `\`${name}\``).join(', ')}, not both`,
      );
    }
    requests = parseBumpEdits(list);
  } else {
    requests = [
      bumpEditFromFields(
        {
          file: stringInput('target-file'),
          mode: stringInput('mode'),
          path: stringInput('path'),
          value: stringInput('value'),
          regex: rawInput('regex'),
          replacement: rawInput('replacement'),
          content: rawInput('content'),
          contentFile: stringInput('content-file'),
        },
        'target-file',
      ),
    ];
  }
  return Promise.all(requests.map((request) => resolveContentFile(request, workspace)));
}

async function resolveContentFile(
  request: BumpEditRequest,
  workspace: string | undefined,
): Promise<BumpEdit> {
  if (!('contentFile' in request)) return request;
  const path = isAbsolute(request.contentFile)
    ? request.contentFile
    : resolve(workspace ?? '.', request.contentFile);
  try {
    return { file: request.file, mode: 'overwrite', content: await readFile(path, 'utf8') };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(
      'content-file',
      `cannot read ${path} (relative paths start at the workspace): ${reason}`,
    );
  }
}

/** An input exactly as given; undefined when empty. */
function rawInput(name: string): string | undefined {
  const value = core.getInput(name, { trimWhitespace: false });
  return value === '' ? undefined : value;
}
