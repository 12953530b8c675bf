import { MERGE_METHODS, type MergeMethodChoice } from '../merge/choose-merge-method.js';

/** The settings of a bump besides its edits, as the action's inputs and the CLI's flags give them. */
export interface BumpRequestFields {
  targetRepo: string | undefined;
  triggeringRepo: string | undefined;
  sha: string | undefined;
  actor: string | undefined;
  labels: readonly string[];
  coalesce: boolean;
  autoMerge: boolean;
  autoMergeMode: string | undefined;
  mergeMethod: string | undefined;
  dryRun: boolean;
  allowWorkflowFiles: boolean;
}

/** The validated settings: what `BumpRequest` holds besides the edits and the server URL. */
export interface BumpRequestSettings {
  /** `owner/name` of the repository the PR goes to. */
  targetRepo: string;
  /** `owner/name` and commit of the code repository whose pipeline asks for the bump. */
  triggeringRepo: string;
  sha: string;
  /** Login assigned to the PR (the pipeline's actor); a bot that cannot be assigned is only a warning. */
  actor: string;
  /** Labels besides `promotion`. */
  labels: string[];
  coalesce: boolean;
  autoMerge: 'off' | 'direct' | 'native';
  /** `auto` picks a method the target repository allows. */
  mergeMethod: MergeMethodChoice;
  /** Compute and report the change without writing anything. */
  dryRun: boolean;
  /** Edits of `.github/workflows/*` are refused unless this is set. */
  allowWorkflowFiles: boolean;
}

/** What is wrong with one field; the caller names the field as its input or flag. */
export type BumpRequestProblem =
  | { kind: 'missing' }
  | { kind: 'invalid'; value: string; expected: string }
  | { kind: 'choice'; value: string; allowed: readonly string[] };

/** A field of the bump request is missing or malformed. */
export class BumpRequestError extends Error {
  readonly field: keyof BumpRequestFields;
  readonly problem: BumpRequestProblem;

  constructor(field: keyof BumpRequestFields, problem: BumpRequestProblem) {
    super(`${field}: ${problem.kind === 'missing' ? 'missing' : `invalid ${JSON.stringify(problem.value)}`}`);
    this.name = 'BumpRequestError';
    this.field = field;
    this.problem = problem;
  }
}

const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SHA = /^[A-Za-z0-9._-]+$/;
const AUTO_MERGE_MODES = ['direct', 'native'] as const;
const MERGE_METHOD_CHOICES: readonly MergeMethodChoice[] = ['auto', ...MERGE_METHODS];

/**
 * Validates the bump settings the action and the CLI read (one rule for both): repositories are owner/name,
 * the triggering SHA is a plain token, the merge mode and method are known; labels are trimmed and empty ones
 * dropped. Throws a BumpRequestError naming the field.
 */
export function parseBumpRequest(fields: BumpRequestFields): BumpRequestSettings {
  const autoMergeMode = choose('autoMergeMode', fields.autoMergeMode, AUTO_MERGE_MODES, 'direct');
  return {
    targetRepo: matching('targetRepo', fields.targetRepo, REPO, 'owner/name'),
    triggeringRepo: matching('triggeringRepo', fields.triggeringRepo, REPO, 'owner/name'),
    sha: matching('sha', fields.sha, SHA, 'the commit SHA of the triggering repository'),
    actor: fields.actor ?? '',
    labels: fields.labels.map((label) => label.trim()).filter((label) => label !== ''),
    coalesce: fields.coalesce,
    autoMerge: fields.autoMerge ? autoMergeMode : 'off',
    mergeMethod: choose('mergeMethod', fields.mergeMethod, MERGE_METHOD_CHOICES, 'auto'),
    dryRun: fields.dryRun,
    allowWorkflowFiles: fields.allowWorkflowFiles,
  };
}

function matching(
  field: keyof BumpRequestFields,
  value: string | undefined,
  pattern: RegExp,
  expected: string,
): string {
  if (value === undefined) throw new BumpRequestError(field, { kind: 'missing' });
  if (!pattern.test(value)) throw new BumpRequestError(field, { kind: 'invalid', value, expected });
  return value;
}

function choose<T extends string>(
  field: keyof BumpRequestFields,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new BumpRequestError(field, { kind: 'choice', value, allowed });
}
