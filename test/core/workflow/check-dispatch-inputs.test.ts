import { describe, expect, it } from 'vitest';
import { checkDispatchInputs } from '../../../src/core/workflow/check-dispatch-inputs.js';

const check = (yaml: string) =>
  checkDispatchInputs(yaml, ['merged-pr'], { file: '.github/workflows/t.yaml' });

describe('checkDispatchInputs', () => {
  it('accepts a workflow declaring the input', () => {
    expect(
      check('on:\n  workflow_dispatch:\n    inputs:\n      merged-pr:\n        required: false\n'),
    ).toBeUndefined();
  });

  it.each([
    ['a bare workflow_dispatch', 'on:\n  workflow_dispatch:\n', /does not declare merged-pr/],
    ['no workflow_dispatch', 'on: [push, pull_request]\n', /has no workflow_dispatch trigger/],
    [
      'a required input the chain does not send',
      'on:\n  workflow_dispatch:\n    inputs:\n      merged-pr: {}\n      env:\n        required: true\n',
      /requires input\(s\) the chain does not send: env/,
    ],
  ])('explains %s with the YAML to add', (_, yaml, reason) => {
    const problem = check(yaml) ?? '';
    expect(problem).toMatch(reason);
    expect(problem).toContain('Add this to .github/workflows/t.yaml');
    if (!/requires input/.test(problem)) expect(problem).toContain('    inputs:\n          merged-pr:\n');
  });
});
