// A synthetic monorepo for the planning benchmark: 20 flows (half regex, half literal, some behind labels),
// 60 target folders, 5,000 components, 100,000 changed files (some renames), block lists and deletions.
import type { RepoConfig } from '../src/core/config/types.js';
import type { ChangedFile, PlanInput } from '../src/core/promotion/types.js';
import {
  component,
  makeComponentConfig,
  makeConfig,
  makeInput,
  makePullRequest,
} from '../test/core/promotion/make-config.js';
import type { FlowSpec } from '../test/core/promotion/make-config.js';

export const FLOWS = 20;
export const COMPONENTS = 5_000;
export const FILES = 100_000;

/** Everything planning needs, built outside the timed section. */
export interface SyntheticRepo {
  config: RepoConfig;
  files: ChangedFile[];
  planInput: (components: PlanInput['components']) => PlanInput;
}

const regions = ['us-east1', 'eu-west1'];
const clusters = ['c1', 'c2'];

function flowSpec(flow: number): FlowSpec {
  const regex = flow % 2 === 0;
  const sourcePath = regex ? `clusters/env${flow}/[^/]*/[^/]*/` : `clusters/env${flow}/us-east1/c1/`;
  const targets = [0, 1, 2].map((k) => `clusters/target${flow}/region${k}/c${k}/`);
  return {
    sourcePath,
    prHasLabels: flow % 5 === 0 ? ['promote', 'fast'] : undefined,
    autoMerge: flow % 3 === 0,
    prs: [
      { targets: targets.slice(0, 2), labels: ['team'] },
      { targets: targets.slice(2), description: `Tier ${flow}` },
    ],
  };
}

function sourceFolder(flow: number, index: number): string {
  if (flow % 2 === 1) return `clusters/env${flow}/us-east1/c1/`;
  return `clusters/env${flow}/${regions[index % 2] ?? ''}/${clusters[Math.floor(index / 2) % 2] ?? ''}/`;
}

/** Builds the synthetic repository deterministically. */
export function buildSyntheticRepo(): SyntheticRepo {
  const config = makeConfig(Array.from({ length: FLOWS }, (_, flow) => flowSpec(flow)));
  const perComponent = FILES / COMPONENTS;
  const files: ChangedFile[] = [];
  const componentConfigs = new Map<string, ReturnType<typeof makeComponentConfig>>();
  const existingFolders = new Set<string>();
  for (let n = 0; n < COMPONENTS; n++) {
    const flow = n % FLOWS;
    const folder = `${sourceFolder(flow, Math.floor(n / FLOWS))}component-${n}`;
    if (n % 20 !== 7) existingFolders.add(folder);
    if (n % 10 === 3)
      componentConfigs.set(folder, makeComponentConfig({ block: ['region1'], allow: ['^clusters/'] }));
    for (let f = 0; f < perComponent; f++) {
      const path = `${folder}/sub${f % 4}/deeper${f % 3}/file-${f}.yaml`;
      files.push(f === 0 ? { path, previousPath: `${folder}/old-${f}.yaml` } : { path });
    }
  }
  for (let flow = 0; flow < FLOWS; flow++) {
    for (let k = 0; k < 3; k++) {
      for (let n = flow; n < COMPONENTS; n += FLOWS)
        existingFolders.add(`clusters/target${flow}/region${k}/c${k}/component-${n}`);
    }
  }
  const pullRequest = makePullRequest({ number: 4242, headRef: 'feature/big-change', labels: ['promote'] });
  return {
    config,
    files,
    planInput: (components) => ({ ...makeInput(components), pullRequest, componentConfigs, existingFolders }),
  };
}

export { component };
