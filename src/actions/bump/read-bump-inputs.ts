import {
  bumpEditFromFields,
  parseBumpEdits,
  type BumpEditRequest,
} from '../../core/bump/parse-bump-edits.js';
import { InputError } from '../../core/errors/input-error.js';
import {
  BumpRequestError,
  parseBumpRequest,
  type BumpRequestFields,
  type BumpRequestProblem,
} from '../../core/bump/parse-bump-request.js';
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
  const request = readRequest(inputs, workflow);
  const read: BumpInputs = {
    githubToken,
    ...readWriteInterval(inputs),
    target: request.target,
    edits: readEdits(inputs),
    request: request.settings,
  };
  debugInputs('bump', read);
  return read;
}

/** The input each request field comes from, to name it in an error. */
const INPUT_OF: Record<keyof BumpRequestFields, string> = {
  targetRepo: 'target-repo',
  triggeringRepo: 'triggering-repo',
  sha: 'triggering-sha',
  actor: 'triggering-actor',
  labels: 'labels',
  coalesce: 'coalesce',
  autoMerge: 'auto-merge',
  autoMergeMode: 'auto-merge-mode',
  mergeMethod: 'merge-method',
  dryRun: 'dry-run',
  allowWorkflowFiles: 'allow-workflow-files',
};

function readRequest(
  inputs: InputReader,
  workflow: Pick<WorkflowContext, 'owner' | 'repo' | 'sha' | 'actor'>,
): { target: BumpInputs['target']; settings: BumpInputs['request'] } {
  const fields: BumpRequestFields = {
    targetRepo: inputs.required('target-repo'),
    triggeringRepo: inputs.string('triggering-repo') ?? `${workflow.owner}/${workflow.repo}`,
    sha: inputs.string('triggering-sha') ?? workflow.sha ?? '',
    actor: inputs.string('triggering-actor') ?? workflow.actor ?? '',
    labels: (inputs.string('labels') ?? '').split(/[,\n]/),
    coalesce: inputs.boolean('coalesce', true),
    autoMerge: inputs.boolean('auto-merge', false),
    autoMergeMode: inputs.string('auto-merge-mode'),
    mergeMethod: inputs.string('merge-method'),
    dryRun: inputs.boolean('dry-run', false),
    allowWorkflowFiles: inputs.boolean('allow-workflow-files', false),
  };
  try {
    const settings = parseBumpRequest(fields);
    const [owner = '', repo = ''] = settings.targetRepo.split('/');
    return { target: { owner, repo }, settings };
  } catch (error) {
    if (!(error instanceof BumpRequestError)) throw error;
    throw new InputError(INPUT_OF[error.field], describeProblem(error.problem));
  }
}

function describeProblem(problem: BumpRequestProblem): string {
  switch (problem.kind) {
    case 'missing':
      return "is required; set it in the step's `with:` block";
    case 'invalid':
      return `must be ${problem.expected}, got ${JSON.stringify(problem.value)}`;
    case 'choice':
      return `must be one of ${problem.allowed.join(', ')}, got ${JSON.stringify(problem.value)}`;
  }
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
