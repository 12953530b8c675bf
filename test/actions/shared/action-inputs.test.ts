// Every action.yml input is read by its action's reader (and the reader reads nothing else), and the fallback
// a reader uses for an absent input equals the default action.yml declares: the runner passes the default, a
// test or a composite step may not, and both must behave alike.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readArgoCdDiffInputs } from '../../../src/actions/argocd-diff/read-argocd-diff-inputs.js';
import { readBumpInputs } from '../../../src/actions/bump/read-bump-inputs.js';
import { readDoctorInputs } from '../../../src/actions/main/read-doctor-inputs.js';
import { readMainInputs } from '../../../src/actions/main/read-main-inputs.js';
import { readPrChecksInputs } from '../../../src/actions/pr-checks/read-pr-checks-inputs.js';
import { readPromoteInputs } from '../../../src/actions/promote/read-promote-inputs.js';
import { readSweepInputs } from '../../../src/actions/sweep/read-sweep-inputs.js';
import { readWebhookFanoutInputs } from '../../../src/actions/webhook-fanout/read-webhook-fanout-inputs.js';
import { createInputReader, type InputReader } from '../../../src/runtime/inputs.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WORKFLOW = { owner: 'acme', repo: 'app', sha: 'c0ffee', actor: 'alice' };
const TOKEN = 'ghs_workflow_token';

/** What the runner puts in place of each expression default; `github.token` is always given (see below). */
const CONTEXT: Record<string, string> = {
  '${{ github.token }}': TOKEN,
  '${{ github.repository }}': `${WORKFLOW.owner}/${WORKFLOW.repo}`,
  '${{ github.sha }}': WORKFLOW.sha,
  '${{ github.actor }}': WORKFLOW.actor,
};

/**
 * Inputs a run cannot lack: the token defaults are evaluated by the runner and empty only when a user passes
 * an empty secret (an error); required inputs have no default.
 */
const GIVEN: Record<string, string> = {
  'target-repo': 'acme/iac',
  'argocd-server': 'https://argocd.example.com',
  'argocd-token': 'argocd-api-token',
  'target-file': 'values.yaml',
  path: '.image.tag',
  value: '1.2.3',
};

type Reader = (inputs: InputReader) => unknown;

const ACTIONS: Record<string, Reader[]> = {
  'actions/promote/action.yml': [readPromoteInputs],
  'actions/pr-checks/action.yml': [readPrChecksInputs],
  'actions/argocd-diff/action.yml': [readArgoCdDiffInputs],
  'actions/webhook-fanout/action.yml': [readWebhookFanoutInputs],
  'actions/bump/action.yml': [(inputs) => readBumpInputs(WORKFLOW, inputs)],
  'action.yml': [
    readMainInputs,
    readDoctorInputs,
    readPromoteInputs,
    readPrChecksInputs,
    readArgoCdDiffInputs,
    readWebhookFanoutInputs,
    // The gates sweep (`schedule`) is root-only: its inputs are declared by the flows it shares them with.
    readSweepInputs,
  ],
};

function declaredInputs(file: string): Record<string, { default?: string; required?: boolean }> {
  const action = parse(readFileSync(path.join(ROOT, file), 'utf8')) as {
    inputs: Record<string, { default?: string; required?: boolean }>;
  };
  return action.inputs;
}

/** A source over `values`, recording every name read. */
function recordingReader(values: Record<string, string>, read: Set<string>): InputReader {
  return createInputReader((name) => {
    read.add(name);
    return values[name] ?? '';
  });
}

function defaultsOf(file: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, input] of Object.entries(declaredInputs(file))) {
    const text = input.default ?? '';
    const expression = /\$\{\{/.test(text);
    if (expression && CONTEXT[text] === undefined)
      throw new Error(`${file}: ${name}: unknown default ${text}`);
    values[name] = expression ? (CONTEXT[text] ?? '') : text;
  }
  return { ...values, ...GIVEN };
}

/** Only what a run cannot lack: the runner-evaluated tokens and the required inputs. */
function minimalOf(file: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, input] of Object.entries(declaredInputs(file))) {
    if (input.default === '${{ github.token }}') values[name] = TOKEN;
  }
  return { ...values, ...GIVEN };
}

describe.each(Object.entries(ACTIONS))('the input readers of %s', (file, readers) => {
  it('read every input action.yml declares, and no other', () => {
    const read = new Set<string>();
    for (const reader of readers) reader(recordingReader(defaultsOf(file), read));
    expect([...read].sort()).toEqual(Object.keys(declaredInputs(file)).sort());
  });

  it('fall back to the default action.yml declares when an input is absent', () => {
    for (const reader of readers) {
      const withDefaults = reader(recordingReader(defaultsOf(file), new Set()));
      const withoutThem = reader(recordingReader(minimalOf(file), new Set()));
      expect(withoutThem).toEqual(withDefaults);
    }
  });
});
