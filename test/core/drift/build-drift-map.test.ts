import { describe, expect, it } from 'vitest';
import { parseComponentConfig } from '../../../src/core/config/parse-component-config.js';
import { parseRepoConfig } from '../../../src/core/config/parse-repo-config.js';
import { buildDriftMap, listDriftMapCandidates } from '../../../src/core/drift/build-drift-map.js';
import type { DriftMap, DriftMapInput } from '../../../src/core/drift/drift-map-types.js';
import { renderDriftMapJson } from '../../../src/core/drift/render-drift-map-json.js';
import { renderDriftMapMarkdown } from '../../../src/core/drift/render-drift-map.js';
import { contentsOf, treeIndexOf } from './drift-fixtures.js';

const repoConfig = parseRepoConfig(`
promotionPaths:
  - sourcePath: "workspace/"
    promotionPrs:
      - targetPaths: ["clusters/dev/us-east4/c2/", "clusters/lab/europe-west4/c1/"]
      - targetPaths: ["clusters/staging/us-central1/c1/"]
  - sourcePath: "clusters/staging/[^/]*/[^/]*/"
    conditions:
      prHasLabels: ["quick_promotion"]
    promotionPrs:
      - targetPaths: ["clusters/prod/us-west1/c2/"]
  - sourcePath: "clusters/staging/[^/]*/[^/]*/"
    promotionPrs:
      - targetPaths: ["clusters/prod/us-west1/c2/"]
      - targetPaths: ["clusters/prod/europe-west3/c2/"]
driftDetectionIgnoreFiles: ['README\\.md$']
driftDetectionIgnoreLineRegex: '^# stamp'
`).config;

const nginxConfig = parseComponentConfig(
  `
acknowledgedDrift:
  - path: values.yaml
    reason: lab runs three replicas
`,
  'workspace/nginx/telefonistka.yaml',
).config;

const redisConfig = parseComponentConfig(
  `promotionTargetBlockList: ["clusters/lab/"]`,
  'workspace/redis/telefonistka.yaml',
).config;

const files: Record<string, string> = {
  'README.md': 'repo\n',
  'workspace/nginx/values.yaml': 'replicas: 1\n',
  'workspace/nginx/telefonistka.yaml': 'acknowledgedDrift: []\n',
  'workspace/redis/values.yaml': 'redis: 7\n',
  'workspace/api/values.yaml': 'api: 1\n',
  'workspace/api/README.md': 'api docs\n',
  'workspace/loose-file.yaml': 'not a component\n',
  'workspace/web/values.yaml': 'web: 1\n',
  'clusters/dev/us-east4/c2/web/values.yaml': 'web: 1\n',
  'clusters/lab/europe-west4/c1/web/values.yaml': 'web: 1\n',
  'clusters/staging/us-central1/c1/web/values.yaml': 'web: 1\n',
  // dev: nginx in sync, redis drifted (changed + only in target), api missing
  'clusters/dev/us-east4/c2/nginx/values.yaml': 'replicas: 1\n',
  'clusters/dev/us-east4/c2/nginx/telefonistka.yaml': 'acknowledgedDrift: []\n',
  'clusters/dev/us-east4/c2/redis/values.yaml': 'redis: 6\n',
  'clusters/dev/us-east4/c2/redis/hotfix.yaml': 'hot\n',
  // lab: nginx differs only as acknowledged, redis blocked, api differs only in an ignored file
  'clusters/lab/europe-west4/c1/nginx/values.yaml': 'replicas: 3\n',
  'clusters/lab/europe-west4/c1/nginx/telefonistka.yaml': 'acknowledgedDrift: []\n',
  'clusters/lab/europe-west4/c1/api/values.yaml': 'api: 1\n',
  'clusters/lab/europe-west4/c1/api/README.md': 'other api docs\n',
  // staging is both a target of workspace/ and the source of the prod flow
  'clusters/staging/us-central1/c1/nginx/values.yaml': 'replicas: 1\n# stamp a\n',
  'clusters/staging/us-central1/c1/nginx/telefonistka.yaml': 'acknowledgedDrift: []\n',
  'clusters/prod/us-west1/c2/nginx/values.yaml': 'replicas: 1\n# stamp b\n',
  'clusters/prod/us-west1/c2/nginx/telefonistka.yaml': 'acknowledgedDrift: []\n',
};

function input(overrides: Partial<DriftMapInput> = {}): DriftMapInput {
  return {
    flows: repoConfig.promotionPaths,
    tree: treeIndexOf(files),
    componentConfigs: new Map([
      ['workspace/nginx', nginxConfig],
      ['workspace/redis', redisConfig],
    ]),
    rules: {
      ignoreFiles: repoConfig.driftDetectionIgnoreFiles,
      ignoreLines: repoConfig.driftDetectionIgnoreLineRegex,
    },
    contents: contentsOf(files),
    today: '2026-05-01',
    ...overrides,
  };
}

/** `<source> -> <target>: <status>` per cell, the map at a glance. */
function cells(map: DriftMap): string[] {
  return map.tables.flatMap((table) =>
    table.rows.flatMap((row) =>
      row.cells.map((cell) =>
        `${row.source} -> ${cell.target}: ${cell.status} ${cell.driftedFiles.join(',')}`.trim(),
      ),
    ),
  );
}

describe('buildDriftMap', () => {
  it('gives every component of every flow a status per target folder', () => {
    expect(cells(buildDriftMap(input()))).toEqual([
      'workspace/api -> clusters/dev/us-east4/c2/api: missing',
      'workspace/api -> clusters/lab/europe-west4/c1/api: in-sync',
      'workspace/api -> clusters/staging/us-central1/c1/api: missing',
      'workspace/nginx -> clusters/dev/us-east4/c2/nginx: in-sync',
      'workspace/nginx -> clusters/lab/europe-west4/c1/nginx: acknowledged',
      'workspace/nginx -> clusters/staging/us-central1/c1/nginx: in-sync',
      'workspace/redis -> clusters/dev/us-east4/c2/redis: drifted hotfix.yaml,values.yaml',
      'workspace/redis -> clusters/lab/europe-west4/c1/redis: skipped',
      'workspace/redis -> clusters/staging/us-central1/c1/redis: missing',
      'workspace/web -> clusters/dev/us-east4/c2/web: in-sync',
      'workspace/web -> clusters/lab/europe-west4/c1/web: in-sync',
      'workspace/web -> clusters/staging/us-central1/c1/web: in-sync',
      'clusters/staging/us-central1/c1/nginx -> clusters/prod/us-west1/c2/nginx: in-sync',
      'clusters/staging/us-central1/c1/nginx -> clusters/prod/europe-west3/c2/nginx: missing',
      'clusters/staging/us-central1/c1/web -> clusters/prod/us-west1/c2/web: missing',
      'clusters/staging/us-central1/c1/web -> clusters/prod/europe-west3/c2/web: missing',
    ]);
  });

  it('merges flows with the same sourcePath into one table with their targets in config order', () => {
    const map = buildDriftMap(input());
    expect(map.tables.map((table) => [table.sourcePath, table.targetPaths])).toEqual([
      [
        'workspace/',
        ['clusters/dev/us-east4/c2/', 'clusters/lab/europe-west4/c1/', 'clusters/staging/us-central1/c1/'],
      ],
      ['clusters/staging/[^/]*/[^/]*/', ['clusters/prod/us-west1/c2/', 'clusters/prod/europe-west3/c2/']],
    ]);
  });

  it('counts cells per status', () => {
    expect(buildDriftMap(input()).totals).toEqual({
      'in-sync': 7,
      drifted: 1,
      missing: 6,
      acknowledged: 1,
      skipped: 1,
    });
  });

  it('counts files differing only in ignored lines as in sync when their texts are given', () => {
    expect(cells(buildDriftMap(input()))).toContain(
      'workspace/nginx -> clusters/staging/us-central1/c1/nginx: in-sync',
    );
  });

  it('counts files differing only in ignored lines as drifted when their texts were not given', () => {
    const map = buildDriftMap(input({ contents: new Map() }));
    expect(cells(map)).toContain(
      'clusters/staging/us-central1/c1/nginx -> clusters/prod/us-west1/c2/nginx: drifted values.yaml',
    );
  });

  it('renders markdown and JSON like the golden files', async () => {
    const map = buildDriftMap(input());
    const commitSha = '89abcdef0123456789abcdef0123456789abcdef';
    await expect(renderDriftMapMarkdown(map, { commitSha })).toMatchFileSnapshot(
      '../../golden/drift/drift-map.md',
    );
    await expect(renderDriftMapMarkdown(map, { onlyProblems: true })).toMatchFileSnapshot(
      '../../golden/drift/drift-map-only-problems.md',
    );
    await expect(renderDriftMapJson(map, commitSha)).toMatchFileSnapshot('../../golden/drift/drift-map.json');
  });
});

describe('listDriftMapCandidates', () => {
  it('asks only for the blobs of cells whose folders differ, when lines are ignored', () => {
    const requested = listDriftMapCandidates(input()).map((request) => request.path);
    expect(requested.sort()).toEqual(
      [
        'clusters/dev/us-east4/c2/redis/values.yaml',
        'clusters/prod/us-west1/c2/nginx/values.yaml',
        'clusters/staging/us-central1/c1/nginx/values.yaml',
        'clusters/lab/europe-west4/c1/nginx/values.yaml',
        'workspace/nginx/values.yaml',
        'workspace/redis/values.yaml',
      ].sort(),
    );
  });

  it('asks for nothing when no line is ignored', () => {
    const rules = { ignoreFiles: repoConfig.driftDetectionIgnoreFiles, ignoreLines: [] };
    expect(listDriftMapCandidates(input({ rules }))).toEqual([]);
  });
});
