import { describe, expect, it } from 'vitest';
import { parseRepoConfig } from '../../../src/core/config/parse-repo-config.js';
import { metadataComment } from '../../../src/core/promotion/encode-promotion-metadata.js';
import type { ChangedFileInfo } from '../../../src/ports/git-read-port.js';
import { silentLogger } from '../../../src/ports/logger.js';
import type { RepoSnapshotPort } from '../../../src/ports/repo-snapshot-port.js';
import type { ArgoCdDiffDeps } from '../../../src/use-cases/argocd-diff/argocd-diff-deps.js';
import { listPrComponents } from '../../../src/use-cases/argocd-diff/list-pr-components.js';
import { createFakeGitHub } from '../../support/fake-github/create-fake-github.js';

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
  const fake = createFakeGitHub();
  fake.openPullRequest({ number: 5, head: 'feature', changes: files });
  const snapshot: RepoSnapshotPort = {
    source: 'api',
    readTree: () => Promise.reject(new Error('not used')),
    readFile: (commit, path) => {
      reads.push(`${commit}:${path}`);
      return Promise.resolve(configs[path]);
    },
  };
  return {
    github: fake.github,
    snapshot,
    localGit: undefined,
    logger: silentLogger,
    argocd: undefined as never,
    sleep: () => Promise.resolve(),
    reads,
  };
}

const pr = {
  number: 5,
  nodeId: 'PR_5',
  headRef: 'feature',
  headSha: 'head',
  baseSha: 'base',
  author: 'alice',
  labels: [],
};

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

  const body = metadataComment({
    originalPrAuthor: 'alice',
    originalPrNumber: 1,
    promotedPaths: ['clusters/lab/nginx/', 'clusters/lab/redis'],
    previousPromotionPaths: {},
  });
  const promotionPr = {
    ...pr,
    body,
    headRef: 'promotions/1-feature-0123456789ab',
    author: 'telefonistka[bot]',
  };

  it('takes the promoted paths from the metadata of a promotion PR this action opened', async () => {
    const ports = deps([{ path: 'clusters/lab/nginx/x.yaml', status: 'modified' }], {});
    const listed = await listPrComponents(promotionPr, config, ports, { readConfigs: false });
    expect(listed.source).toBe('metadata');
    expect(listed.components.map((c) => c.path)).toEqual(['clusters/lab/nginx', 'clusters/lab/redis']);
    expect(listed.uncoveredFiles).toEqual([]);
    expect(ports.reads).toEqual([]);
  });

  it('adds the components of files a promotion PR changes outside its promoted paths, and says so', async () => {
    const ports = deps(
      [
        { path: 'clusters/lab/nginx/x.yaml', status: 'modified' },
        { path: 'workspace/nginx/x.yaml', status: 'modified' },
      ],
      {},
    );
    const listed = await listPrComponents(promotionPr, config, ports, { readConfigs: false });
    expect(listed.source).toBe('metadata');
    expect(listed.components.map((c) => c.path)).toEqual([
      'clusters/lab/nginx',
      'clusters/lab/redis',
      'workspace/nginx',
    ]);
    expect(listed.uncoveredFiles).toEqual(['workspace/nginx/x.yaml']);
    expect(listed.warnings).toEqual([
      expect.stringContaining('outside its promoted paths (workspace/nginx/x.yaml)'),
    ]);
  });

  it.each([
    ['a person', { author: 'alice' }, 'opened by alice'],
    [
      'a person whose login is the App slug without [bot]',
      { author: 'telefonistka' },
      'opened by telefonistka',
    ],
    ['a branch other than promotions/', { headRef: 'feature/x' }, 'is not a promotions/ branch'],
  ])('ignores metadata in the body of a PR by %s; the changed files decide', async (_, change, why) => {
    const ports = deps([{ path: 'workspace/nginx/x.yaml', status: 'modified' }], {});
    const listed = await listPrComponents({ ...promotionPr, ...change }, config, ports, {
      readConfigs: false,
    });
    expect(listed.source).toBe('files');
    expect(listed.components.map((c) => c.path)).toEqual(['workspace/nginx']);
    expect(listed.warnings).toEqual([expect.stringContaining(why)]);
  });

  it('trusts a login listed in promotionPrAuthors', async () => {
    const trusting = parseRepoConfig(
      'promotionPaths: []\npromotionPrAuthors: ["promoter[bot]"]\n',
      'telefonistka.yaml',
    ).config;
    const ports = deps([{ path: 'clusters/lab/nginx/x.yaml', status: 'modified' }], {});
    const listed = await listPrComponents({ ...promotionPr, author: 'promoter[bot]' }, trusting, ports, {
      readConfigs: false,
    });
    expect(listed.source).toBe('metadata');
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
