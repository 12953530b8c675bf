import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OUTPUTS } from '../../../src/actions/shared/default-outputs.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function declaredOutputs(file: string): string[] {
  const action = parse(readFileSync(path.join(ROOT, file), 'utf8')) as { outputs: Record<string, unknown> };
  return Object.keys(action.outputs).sort();
}

describe('DEFAULT_OUTPUTS', () => {
  // Flows that only the root action runs (the gates sweep, the dashboard) have no action folder of their own.
  const ownActions = Object.entries(DEFAULT_OUTPUTS).filter(([action]) =>
    existsSync(path.join(ROOT, 'actions', action, 'action.yml')),
  );

  it('has an action folder for every standalone flow', () => {
    expect(ownActions.map(([action]) => action).sort()).toEqual([
      'argocd-diff',
      'bump',
      'pr-checks',
      'promote',
      'webhook-fanout',
    ]);
  });

  it.each(ownActions)(
    'gives every output of actions/%s/action.yml a value, so a failing step still has them',
    (action, outputs) => {
      expect(Object.keys(outputs).sort()).toEqual(declaredOutputs(`actions/${action}/action.yml`));
    },
  );

  it("covers the root action's outputs with its flows' defaults and `flow`", () => {
    const flows = ['promote', 'pr-checks', 'argocd-diff', 'webhook-fanout', 'sweep'] as const;
    const covered = new Set(['flow', ...flows.flatMap((flow) => Object.keys(DEFAULT_OUTPUTS[flow]))]);
    expect([...covered].sort()).toEqual(declaredOutputs('action.yml'));
  });
});
