// Linear-time guards on hostile or large input, moved out of the unit tests (issue 14 item 6): the unit tests
// assert the results, this bench reports how long each took (milliseconds; a quadratic or backtracking
// regression takes seconds to minutes).
import { performance } from 'node:perf_hooks';
import { diffAppResources } from '../src/core/argocd/diff-app-resources.js';
import { resourceKeyOf } from '../src/core/argocd/resource-key.js';
import type { KubeObject } from '../src/core/argocd/types.js';
import { commandLines } from '../src/core/comments/command-lines.js';
import { ConfigError } from '../src/core/errors/config-error.js';
import { parseRepoConfig } from '../src/core/config/parse-repo-config.js';
import { parsePromotionMetadata } from '../src/core/promotion/parse-promotion-metadata.js';
import { compileRegex } from '../src/core/regex/compile-regex.js';

function timed(fn: () => unknown): number {
  const started = performance.now();
  fn();
  return Math.round((performance.now() - started) * 10) / 10;
}

const configMap = (name: string, value: string): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'web' },
  data: { v: value, w: 'x' },
});

function diff1000(): void {
  const targets = Array.from({ length: 1000 }, (_, i) => configMap(`c${i}`, String(i % 7)));
  const live = Array.from({ length: 1000 }, (_, i) => {
    const object = configMap(`c${i}`, String(i % 5));
    return {
      ...resourceKeyOf(object),
      liveState: object,
      normalizedLiveState: object,
      targetState: undefined,
      predictedLiveState: undefined,
      modified: false,
      hook: false,
    };
  });
  diffAppResources({
    app: { metadata: { name: 'web' }, spec: { destination: { namespace: 'web' } } },
    settings: { url: 'https://argocd.example.com' },
    targets,
    managedResources: live,
  });
}

function oversizedConfig(): void {
  const text = `promotionPrLabels:\n${'  - label-with-a-long-name-to-fill-the-file\n'.repeat(240_000)}`;
  try {
    parseRepoConfig(text, 'repo/telefonistka.yaml');
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
  }
}

/** Milliseconds per guarded input. */
export async function run(): Promise<Record<string, number>> {
  const redact = parseRepoConfig("diffRedact: ['(a+)+$']\n").config.diffRedact[0];
  const backticks = Array.from({ length: 300 }, (_, i) => '`'.repeat(i + 1)).join('x');
  return Promise.resolve({
    metadataSeparators60kMs: timed(() => parsePromotionMetadata(`<!--|${'|'.repeat(60_000)}`)),
    re2NestedQuantifier50kMs: timed(() => compileRegex('(a+)+$').test(`${'a'.repeat(50_000)}b`)),
    configRedactRegex5kMs: timed(() => redact?.test(`${'a'.repeat(5000)}!`)),
    configOver1MiBRejectMs: timed(oversizedConfig),
    argocdDiff1000ObjectsMs: timed(diff1000),
    commandLinesBacktickRunsMs: timed(() => commandLines(backticks.slice(0, 65_536))),
  });
}
