import { readWorkspaceFile, WorkspaceFileError } from '../../adapters/fs/read-workspace-file.js';
import type { BumpEdit } from '../../core/bump/bump-edit.js';
import {
  bumpEditFromFields,
  parseBumpEdits,
  type BumpEditRequest,
} from '../../core/bump/parse-bump-edits.js';
import { InputError } from '../../core/errors/input-error.js';
import { rawInput, stringInput } from '../../runtime/inputs.js';

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
 * `regex`+`replacement` or `content`/`content-file`. `content-file` must be a regular file inside the
 * workspace (symlinks and paths leading out of it are refused). `content` and `replacement` are taken verbatim (a trailing line break matters in a file).
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
  try {
    const content = await readWorkspaceFile(request.contentFile, {
      workspace: workspace ?? process.cwd(),
      allowPipes: false,
    });
    return { file: request.file, mode: 'overwrite', content };
  } catch (error) {
    if (error instanceof WorkspaceFileError) throw new InputError('content-file', error.message);
    throw error;
  }
}
