import { describe, expect, it } from 'vitest';
import { parseRepoConfig } from '../../../src/core/config/parse-repo-config.js';
import { metadataComment } from '../../../src/core/promotion/encode-promotion-metadata.js';
import type { ChangedFileInfo, GitHubPort } from '../../../src/ports/git-hub-port.js';
import { silentLogger } from '../../../src/ports/logger.js';
import type { RepoSnapshotPort } from '../../../src/ports/repo-snapshot-port.js';
import type { ArgoCdDiffDeps } from '../../../src/use-cases/argocd-diff/argocd-diff-deps.js';
import { listPrComponents } from '../../../src/use-cases/argocd-diff/list-pr-components.js';

const config = parseRepoConfig(
  `promotionPaths:
  - sourcePath: "workspace/"
    promotionPrs:
      - targetPaths: ["clusters/lab/"]
`,
  'telefonistka.yaml',
).config;

/** Only what listing components needs: the PR's files from GitHub, component configs from the snapshot. */
function deps(
  files: ChangedFileInfo[],
  configs: Record<string, string>,
): ArgoCdDiffDeps & { reads: string[] } {
  const reads: string[] = [];
  const github = {
    listPullRequestFiles: () => Promise.resolve({ files, truncated: false }),
  } as unknown as GitHubPort;
  const snapshot: RepoSnapshotPort = {
    source: 'api',
    readTree: () => Promise.reject(new Error('not used')),
    readFile: (commit, path) => {
      reads.push(`${commit}:${path}`);
      return Promise.resolve(configs[path]);
    },
  };
  return {
    github,
    snapshot,
    localGit: undefined,
    logger: silentLogger,
    argocd: undefined as never,
    sleep: () => Promise.resolve(),
    reads,
  };
}

const pr = { number: 5, headRef: 'feature', headSha: 'head', baseSha: 'base', author: 'alice', labels: [] };

describe('listPrComponents', () => {
  it('takes the components of the changed files, renames on both sides, with disableArgoCDDiff read at the PR head', async () => {
    const ports = deps(
      [
        { path: 'workspace/nginx/deployment.yaml', status: 'modified' },
        {
          path: 'workspace/redis/values.yaml',
          previousPath: 'workspace/old-redis/values.yaml',
          status: 'renamed',
        },
        { path: 'README.md', status: 'modified' },
      ],
      { 'workspace/nginx/telefonistka.yaml': 'disableArgoCDDiff: true\n' },
    );
    const listed = await listPrComponents({ ...pr, body: '' }, config, ports, { readConfigs: true });
    expect(listed.source).toBe('files');
    expect(listed.components).toEqual([
      { path: 'workspace/nginx', disableArgoCdDiff: true },
      { path: 'workspace/old-redis', disableArgoCdDiff: false },
      { path: 'workspace/redis', disableArgoCdDiff: false },
    ]);
    expect(ports.reads).toEqual([
      'head:workspace/nginx/telefonistka.yaml',
      'head:workspace/old-redis/telefonistka.yaml',
      'head:workspace/redis/telefonistka.yaml',
    ]);
  });

  it("takes a promotion PR's promoted paths from its metadata instead of its files", async () => {
    const body = metadataComment({
      originalPrAuthor: 'alice',
      originalPrNumber: 1,
      promotedPaths: ['clusters/lab/nginx/', 'clusters/lab/redis'],
      previousPromotionPaths: {},
    });
    const ports = deps([{ path: 'workspace/nginx/x.yaml', status: 'modified' }], {});
    const listed = await listPrComponents({ ...pr, body }, config, ports, { readConfigs: false });
    expect(listed.source).toBe('metadata');
    expect(listed.components.map((c) => c.path)).toEqual(['clusters/lab/nginx', 'clusters/lab/redis']);
    expect(ports.reads).toEqual([]);
  });

  it('hides the diff of a component whose telefonistka.yaml does not parse, with a warning (fail closed)', async () => {
    const ports = deps([{ path: 'workspace/nginx/a.yaml', status: 'added' }], {
      'workspace/nginx/telefonistka.yaml': 'disableArgoCDDiff: [oops\n',
    });
    const listed = await listPrComponents({ ...pr, body: '' }, config, ports, { readConfigs: true });
    expect(listed.components).toEqual([{ path: 'workspace/nginx', disableArgoCdDiff: true }]);
    expect(listed.warnings).toEqual([
      expect.stringMatching(
        /^workspace\/nginx\/telefonistka.yaml could not be read \(.*\); its diff is hidden$/,
      ),
    ]);
  });
});
