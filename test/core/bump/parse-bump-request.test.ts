import { describe, expect, it } from 'vitest';
import {
  BumpRequestError,
  parseBumpRequest,
  type BumpRequestFields,
  type BumpRequestProblem,
} from '../../../src/core/bump/parse-bump-request.js';

const fields = (overrides: Partial<BumpRequestFields> = {}): BumpRequestFields => ({
  targetRepo: 'acme/iac',
  triggeringRepo: 'acme/api',
  sha: 'a'.repeat(40),
  actor: undefined,
  labels: [],
  coalesce: true,
  autoMerge: false,
  autoMergeMode: undefined,
  mergeMethod: undefined,
  dryRun: false,
  allowWorkflowFiles: false,
  ...overrides,
});

function problemOf(overrides: Partial<BumpRequestFields>): [string, BumpRequestProblem] | undefined {
  try {
    parseBumpRequest(fields(overrides));
    return undefined;
  } catch (error) {
    if (!(error instanceof BumpRequestError)) throw error;
    return [error.field, error.problem];
  }
}

describe('parseBumpRequest', () => {
  it('fills the defaults the action and the CLI share', () => {
    expect(parseBumpRequest(fields())).toEqual({
      targetRepo: 'acme/iac',
      triggeringRepo: 'acme/api',
      sha: 'a'.repeat(40),
      actor: '',
      labels: [],
      coalesce: true,
      autoMerge: 'off',
      mergeMethod: 'auto',
      dryRun: false,
      allowWorkflowFiles: false,
    });
  });

  it('turns auto-merge on in the chosen mode, keeps the method, trims labels and drops empty ones', () => {
    const parsed = parseBumpRequest(
      fields({
        autoMerge: true,
        autoMergeMode: 'native',
        mergeMethod: 'squash',
        labels: [' team-api ', '', 'x'],
      }),
    );
    expect(parsed).toMatchObject({ autoMerge: 'native', mergeMethod: 'squash', labels: ['team-api', 'x'] });
    expect(parseBumpRequest(fields({ autoMerge: true })).autoMerge).toBe('direct');
  });

  it.each<[string, Partial<BumpRequestFields>, [string, BumpRequestProblem]]>([
    ['a missing target', { targetRepo: undefined }, ['targetRepo', { kind: 'missing' }]],
    [
      'a target that is not owner/name',
      { targetRepo: 'iac' },
      ['targetRepo', { kind: 'invalid', value: 'iac', expected: 'owner/name' }],
    ],
    [
      'a triggering repository with a path',
      { triggeringRepo: 'acme/api/../x' },
      ['triggeringRepo', { kind: 'invalid', value: 'acme/api/../x', expected: 'owner/name' }],
    ],
    [
      'a SHA with a slash',
      { sha: 'a/b' },
      ['sha', { kind: 'invalid', value: 'a/b', expected: 'the commit SHA of the triggering repository' }],
    ],
    [
      'an unknown merge mode',
      { autoMergeMode: 'later' },
      ['autoMergeMode', { kind: 'choice', value: 'later', allowed: ['direct', 'native'] }],
    ],
    [
      'an unknown merge method',
      { mergeMethod: 'ff' },
      ['mergeMethod', { kind: 'choice', value: 'ff', allowed: ['auto', 'merge', 'squash', 'rebase'] }],
    ],
  ])('refuses %s, naming the field', (_why, overrides, expected) => {
    expect(problemOf(overrides)).toEqual(expected);
  });
});
