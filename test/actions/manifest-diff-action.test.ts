import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => parse(readFileSync(path.join(root, file), 'utf8'));

describe('actions/manifest-diff (composite)', () => {
  const composite = read('actions/manifest-diff/action.yml');
  const jsAction = read('actions/argocd-diff/action.yml');
  const step = composite.runs.steps.find((s: { id?: string }) => s.id === 'diff');

  it('runs the committed argocd-diff bundle in render mode', () => {
    const bundle = /node "\$GITHUB_ACTION_PATH\/(.+)"/.exec(step.run)?.[1];
    expect(bundle).toBeDefined();
    expect(existsSync(path.join(root, 'actions/manifest-diff', bundle!))).toBe(true);
    expect(step.env['INPUT_DIFF-MODE']).toBe('render');
  });

  it('passes only inputs that the argocd-diff action declares, named as the runner names them', () => {
    const passed = Object.keys(step.env).map((name) => name.replace(/^INPUT_/, '').toLowerCase());
    expect(passed.filter((name) => !(name in jsAction.inputs))).toEqual([]);
  });

  it('maps every output to an output of the argocd-diff action', () => {
    for (const [name, output] of Object.entries<{ value: string }>(composite.outputs)) {
      expect(output.value).toBe(`\${{ steps.diff.outputs.${name} }}`);
      expect(jsAction.outputs).toHaveProperty(name);
    }
  });

  it('installs a tool only when its version is given', () => {
    const installs = composite.runs.steps.filter((s: { uses?: string }) => s.uses !== undefined);
    expect(installs.map((s: { if: string }) => s.if)).toEqual([
      "inputs.kubectl-version != ''",
      "inputs.helm-version != ''",
    ]);
  });
});
