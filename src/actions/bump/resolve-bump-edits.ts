import { readWorkspaceFile, WorkspaceFileError } from '../../adapters/fs/read-workspace-file.js';
import type { BumpEdit } from '../../core/bump/bump-edit.js';
import type { BumpEditRequest } from '../../core/bump/parse-bump-edits.js';
import { InputError } from '../../core/errors/input-error.js';

/**
 * The edits of this step with every `content-file` read: it must be a regular file inside the workspace
 * (symlinks and paths leading out of it are refused).
 */
export async function resolveBumpEdits(
  requests: readonly BumpEditRequest[],
  workspace: string,
): Promise<BumpEdit[]> {
  return Promise.all(requests.map((request) => resolveContentFile(request, workspace)));
}

async function resolveContentFile(request: BumpEditRequest, workspace: string): Promise<BumpEdit> {
  if (!('contentFile' in request)) return request;
  try {
    const content = await readWorkspaceFile(request.contentFile, { workspace, allowPipes: false });
    return { file: request.file, mode: 'overwrite', content };
  } catch (error) {
    if (error instanceof WorkspaceFileError) throw new InputError('content-file', error.message);
    throw error;
  }
}
