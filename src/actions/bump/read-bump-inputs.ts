import {
  bumpEditFromFields,
  parseBumpEdits,
  type BumpEditRequest,
} from '../../core/bump/parse-bump-edits.js';
import { InputError } from '../../core/errors/input-error.js';
import { MERGE_METHODS, type MergeMethodChoice } from '../../core/merge/choose-merge-method.js';
import { debugInputs } from '../../runtime/debug-inputs.js';
import { createInputReader, type InputReader } from '../../runtime/inputs.js';
import type { WorkflowContext } from '../../runtime/workflow-context.js';
import type { BumpRequest } from '../../use-cases/bump/bump-types.js';
import { readWriteInterval } from '../shared/read-write-interval.js';

/** The bump action's inputs, validated; `content-file` edits are read from the workspace afterwards. */
export interface BumpInputs {
  /** Masked. */
  githubToken: string;
  writeIntervalMs: number;
  /** The IaC repository the PR goes to. */
  target: { owner: string; repo: string };
  edits: BumpEditRequest[];
  request: Omit<BumpRequest, 'edits' | 'serverUrl'>;
}

const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
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
 * Reads and validates the bump action's inputs before anything else runs; secrets are masked first. The
 * triggering repository, commit and actor default to this run's (`github.repository`, `github.sha`,
 * `github.actor`).
 */
export function readBumpInputs(
  workflow: Pick<WorkflowContext, 'owner' | 'repo' | 'sha' | 'actor'>,
  inputs: InputReader = createInputReader(),
): BumpInputs {
  const githubToken = inputs.secret('github-token');
  if (githubToken === undefined) {
    throw new InputError('github-token', 'is empty; pass a token with write access to target-repo');
  }
  const targetRepo = checkRepository('target-repo', inputs.required('target-repo'));
  const [owner = '', repo = ''] = targetRepo.split('/');
  const read: BumpInputs = {
    githubToken,
    ...readWriteInterval(inputs),
    target: { owner, repo },
    edits: readEdits(inputs),
    request: readRequest(inputs, targetRepo, workflow),
  };
  debugInputs('bump', read);
  return read;
}

function readRequest(
  inputs: InputReader,
  targetRepo: string,
  workflow: Pick<WorkflowContext, 'owner' | 'repo' | 'sha' | 'actor'>,
): BumpInputs['request'] {
  const triggeringRepo = inputs.string('triggering-repo') ?? `${workflow.owner}/${workflow.repo}`;
  const sha = inputs.string('triggering-sha') ?? workflow.sha ?? '';
  if (!/^[A-Za-z0-9._-]+$/.test(sha)) {
    throw new InputError(
      'triggering-sha',
      `must be the commit SHA of the triggering repository, got ${JSON.stringify(sha)}`,
    );
  }
  const autoMerge = inputs.boolean('auto-merge', false);
  const autoMergeMode = inputs.choice('auto-merge-mode', ['direct', 'native'] as const, 'direct');
  return {
    targetRepo,
    triggeringRepo: checkRepository('triggering-repo', triggeringRepo),
    sha,
    actor: inputs.string('triggering-actor') ?? workflow.actor ?? '',
    labels: (inputs.string('labels') ?? '')
      .split(/[,\n]/)
      .map((label) => label.trim())
      .filter((label) => label !== ''),
    coalesce: inputs.boolean('coalesce', true),
    autoMerge: autoMerge ? autoMergeMode : 'off',
    mergeMethod: inputs.choice<MergeMethodChoice>('merge-method', ['auto', ...MERGE_METHODS], 'auto'),
    dryRun: inputs.boolean('dry-run', false),
    allowWorkflowFiles: inputs.boolean('allow-workflow-files', false),
  };
}

function checkRepository(name: string, value: string): string {
  if (!REPO.test(value)) throw new InputError(name, `must be owner/name, got ${JSON.stringify(value)}`);
  return value;
}

/**
 * The `edits` list, or one edit from `target-file` with `path`+`value`, `regex`+`replacement` or
 * `content`/`content-file`. `content` and `replacement` are taken verbatim (a trailing line break matters in a
 * file).
 */
function readEdits(inputs: InputReader): BumpEditRequest[] {
  const list = inputs.string('edits');
  const singles = SINGLE_INPUTS.filter((name) => inputs.raw(name) !== undefined);
  if (list !== undefined) {
    if (singles.length > 0) {
      throw new InputError(
        'edits',
        `give either \`edits\` or ${singles.map((name) => `\`${name}\``).join(', ')}, not both`,
      );
    }
    return parseBumpEdits(list);
  }
  const fields = {
    file: inputs.string('target-file'),
    mode: inputs.string('mode'),
    path: inputs.string('path'),
    value: inputs.string('value'),
    regex: inputs.raw('regex'),
    replacement: inputs.raw('replacement'),
    content: inputs.raw('content'),
    contentFile: inputs.string('content-file'),
  };
  return [bumpEditFromFields(fields, 'target-file')];
}
