// bumpRestCalls / bumpGraphqlCalls: requests one run of dist/bump sends (measured on the GitHub emulator's
// request log) for a YAML bump of one file that opens a PR in another repository. Goal: at most 6 REST calls.
// bumpYamlEditMs: editYaml on a 5,000-line Helm values file (comments, flow maps, lists), median of 15 warm
// runs, parsing and the re-parse check included. Goal: under 100 ms. bumpYamlEditColdMs: the first run.
// bumpYamlParseMs: one plain parseAllDocuments of the same file (median), the floor an edit cannot go below;
// compare the two on a loaded machine.
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { editYaml } from '../src/core/bump/edit-yaml.js';
import { startGitHubEmulator } from '../test/support/github-emulator/index.js';
import { runAction } from '../test/support/run-action.js';

const BUNDLE = path.resolve(import.meta.dirname, '..', 'dist', 'bump', 'index.js');

/** A values file of at least `lines` lines: per service a commented block with a map, a list and a flow map. */
export function syntheticValues(lines: number): string {
  const out = [
    '# Default values for the platform chart.',
    'global:',
    '  registry: "registry.example.com"  # mirror',
    '',
  ];
  for (let i = 0; out.length < lines; i++) {
    out.push(
      `service${i}:`,
      '  enabled: true',
      `  replicas: ${(i % 5) + 1}`,
      '  image:',
      `    repository: "acme/service-${i}"`,
      `    tag: "1.${i}.0"   # bumped by CI`,
      '  env:',
      '    - name: LOG_LEVEL',
      '      value: info',
      '  resources: {limits: {cpu: 100m, memory: 128Mi}}',
      '',
    );
  }
  return `${out.join('\n')}\n`;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] ?? NaN);
}

function yamlEditMs(): { median: number; cold: number; parse: number } {
  const text = syntheticValues(5000);
  const edit = { path: '.service227.image.tag', value: '2.0.0' };
  const edits: number[] = [];
  const parses: number[] = [];
  for (let run = 0; run < 16; run++) {
    let started = performance.now();
    const edited = editYaml(text, edit);
    edits.push(performance.now() - started);
    if (!edited.includes('    tag: "2.0.0"   # bumped by CI')) throw new Error('the edit did not happen');
    started = performance.now();
    parseAllDocuments(text);
    parses.push(performance.now() - started);
  }
  const [cold = NaN, ...warm] = edits;
  return { median: median(warm), cold: Math.round(cold), parse: median(parses.slice(1)) };
}

async function restCalls(): Promise<{ rest: number; graphql: number }> {
  const emulator = await startGitHubEmulator();
  try {
    await emulator.createRepo({ owner: 'bench', name: 'api', files: { 'main.go': 'package main\n' } });
    await emulator.createRepo({
      owner: 'bench',
      name: 'iac',
      files: { 'clusters/prod/api/values.yaml': syntheticValues(200) },
    });
    emulator.takeEvents();
    const sha = await emulator.commitFiles({
      owner: 'bench',
      repo: 'api',
      branch: 'main',
      files: { 'main.go': 'package main // 2\n' },
      message: 'change',
    });
    const push = emulator.takeEvents({ forActions: true }).find((event) => event.name === 'push');
    if (push === undefined) throw new Error('no push event');
    emulator.resetLog();
    const run = await runAction({
      bundle: BUNDLE,
      eventName: 'push',
      payload: push.payload,
      emulator,
      repository: 'bench/api',
      sha,
      inputs: {
        'github-token': emulator.tokens.app,
        'target-repo': 'bench/iac',
        'target-file': 'clusters/prod/api/values.yaml',
        path: '.service3.image.tag',
        value: sha,
        'write-interval-ms': '0',
      },
    });
    if (run.exitCode !== 0 || run.outputs.result !== 'opened') throw new Error(`bump failed:\n${run.stdout}`);
    const graphql = emulator.requests.filter((request) => request.graphql !== undefined).length;
    return { rest: emulator.requests.length - graphql, graphql };
  } finally {
    await emulator.close();
  }
}

export async function run(): Promise<Record<string, number>> {
  const edit = yamlEditMs();
  const calls = await restCalls();
  return {
    bumpRestCalls: calls.rest,
    bumpGraphqlCalls: calls.graphql,
    bumpYamlEditMs: edit.median,
    bumpYamlEditColdMs: edit.cold,
    bumpYamlParseMs: edit.parse,
  };
}
