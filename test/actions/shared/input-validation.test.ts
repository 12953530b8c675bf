import { describe, expect, it, vi } from 'vitest';
import { readArgoCdDiffInputs } from '../../../src/actions/argocd-diff/read-argocd-diff-inputs.js';
import { readBumpInputs } from '../../../src/actions/bump/read-bump-inputs.js';
import { readMainInputs } from '../../../src/actions/main/read-main-inputs.js';
import { readPrChecksInputs } from '../../../src/actions/pr-checks/read-pr-checks-inputs.js';
import { readPromoteInputs } from '../../../src/actions/promote/read-promote-inputs.js';
import { readWebhookFanoutInputs } from '../../../src/actions/webhook-fanout/read-webhook-fanout-inputs.js';
import { InputError } from '../../../src/core/errors/input-error.js';
import { createInputReader, type InputReader } from '../../../src/runtime/inputs.js';

const WORKFLOW = { owner: 'acme', repo: 'app', sha: 'c0ffee', actor: 'alice' };
const inputs = (values: Record<string, string>): InputReader =>
  createInputReader((name) => values[name] ?? '');

/** Everything the step writes to stdout (workflow commands included) while `fn` runs. */
function captureStdout(fn: () => void): string {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return written.join('');
}

describe('action input readers', () => {
  it.each([
    [
      'promote',
      () => readPromoteInputs(inputs({ 'github-token': 't', 'merge-method': 'fast-forward' })),
      'merge-method',
      'must be one of auto, merge, squash, rebase',
    ],
    [
      'promote',
      () => readPromoteInputs(inputs({})),
      'github-token',
      'is empty; pass ${{ github.token }} or an App token',
    ],
    [
      'pr-checks',
      () => readPrChecksInputs(inputs({ 'github-token': 't', 'max-file-reads': '-1' })),
      'max-file-reads',
      'must be an integer from 0 to 100000',
    ],
    [
      'argocd-diff',
      () => readArgoCdDiffInputs(inputs({ 'github-token': 't' })),
      'argocd-server',
      'is required; required with `diff-mode: argocd` (the default)',
    ],
    [
      'argocd-diff',
      () => readArgoCdDiffInputs(inputs({ 'github-token': 't', 'argocd-server': 'a' })),
      'argocd-token',
      'is required',
    ],
    [
      'webhook-fanout',
      () => readWebhookFanoutInputs(inputs({ 'github-token': 't', 'secrets-by-url': '"(": x' })),
      'secrets-by-url',
      'invalid regular expression',
    ],
    [
      'bump',
      () => readBumpInputs(WORKFLOW, inputs({ 'github-token': 't', 'target-repo': 'iac' })),
      'target-repo',
      'must be owner/name, got "iac"',
    ],
    [
      'bump',
      () =>
        readBumpInputs(
          WORKFLOW,
          inputs({
            'github-token': 't',
            'target-repo': 'a/b',
            edits: '- {file: a, path: .x, value: "1"}',
            value: '2',
          }),
        ),
      'edits',
      'give either `edits` or `value`, not both',
    ],
    [
      'main',
      () => readMainInputs(inputs({ mode: 'doctr' })),
      'mode',
      'must be one of pr, drift-map, doctor, got "doctr"',
    ],
  ])('%s refuses a bad %s before any I/O with an InputError naming it', (_action, read, input, message) => {
    let thrown: unknown;
    captureStdout(() => {
      try {
        read();
      } catch (error) {
        thrown = error;
      }
    });
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).input).toBe(input);
    expect((thrown as InputError).message).toContain(message);
  });

  it('masks every secret input before it logs the input object, which shows none of them', () => {
    const token = 'ghp_"quoted\\secret';
    const stdout = captureStdout(() =>
      readWebhookFanoutInputs(
        inputs({
          'github-token': token,
          secret: 'hmac-default-secret',
          'secrets-by-url': '"^https://argocd\\\\.": "per-url-secret"',
        }),
      ),
    );
    expect(stdout).toContain(`::add-mask::${token}`);
    expect(stdout).toContain('::add-mask::hmac-default-secret');
    expect(stdout).toContain('::add-mask::per-url-secret');
    const debug = stdout.split('\n').find((line) => line.startsWith('::debug::webhook-fanout inputs:'));
    expect(debug).toBeDefined();
    expect(debug).toContain('"pattern":"^https://argocd\\\\."');
    for (const secret of ['quoted', 'hmac-default-secret', 'per-url-secret'])
      expect(debug).not.toContain(secret);
  });
});
