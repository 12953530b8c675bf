// A lab -> staging -> prod repository on the GitHub emulator, an Argo CD emulator with one app per environment,
// both on one test clock, and the gates sweep run as a scheduled run runs it: `sweepGates` over the Octokit
// GitHub and Deployments adapters and the axios Argo CD adapter, with the clock's time.
import { createAxiosArgoCd } from '../../../src/adapters/argocd/create-axios-argocd.js';
import { createOctokitDeployments } from '../../../src/adapters/github/create-octokit-deployments.js';
import { createOctokitGitHub } from '../../../src/adapters/github/create-octokit-github.js';
import { parseRepoConfig } from '../../../src/core/config/parse-repo-config.js';
import type { GatesConfig } from '../../../src/core/config/gates-types.js';
import type { RepoConfig } from '../../../src/core/config/types.js';
import type { GateVerdict } from '../../../src/core/gates/gate-types.js';
import { metadataComment } from '../../../src/core/promotion/encode-promotion-metadata.js';
import { sourceCommitMarker } from '../../../src/core/promotion/source-commit-marker.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { createAppFinder } from '../../../src/use-cases/argocd-diff/create-app-finder.js';
import { sweepGates, type SweepResult } from '../../../src/use-cases/gates/sweep-gates.js';
import { startArgoCdEmulator, type ArgoCdEmulator } from '../../support/argocd-emulator/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';
import { createTestClock, type TestClock } from '../../support/test-clock.js';

export const OWNER = 'acme';
export const REPO = 'iac';
export const ENVIRONMENTS = ['lab', 'staging', 'prod'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];
export const GATES_CONTEXT = 'telefonistka/gates';
export const FREEZE_FILE = '.telefonistka/freeze';
/** The repository URL the Argo CD apps name (and app discovery filters by). */
export const REPO_URL = `https://github.com/${OWNER}/${REPO}`;

/** The harness of the gated-delivery end-to-end tests. */
export interface GatesHarness {
  readonly clock: TestClock;
  readonly emulator: GitHubEmulator;
  readonly argocd: ArgoCdEmulator;
  /** The gates configured for promotions out of `source` (from telefonistka.yaml). */
  gatesFrom(source: Environment): GatesConfig;
  deployments(): ReturnType<typeof createOctokitDeployments>;
  /** Merges a change of `clusters/<env>/app/values.yaml` by alice; returns the merge commit. */
  mergeChange(env: Environment, image: string): Promise<string>;
  /** Records the merge as a deployment of `env` (`in_progress`), as the promote flow will; returns its id. */
  recordDeployment(env: Environment, sha: string, pr: number): Promise<number>;
  /**
   * Opens a promotion PR into `target` by the App, labelled `promotion`, whose body carries the promotion metadata
   * (one hop from `source`) and the source-commit marker as promote writes them; returns its number.
   */
  openPromotionPr(
    target: Environment,
    image: string,
    promotes: { source: Environment; sourceCommit: string },
  ): Promise<number>;
  /** Runs the gates sweep now; with `merge: false` the flows' autoMerge is off, so passing PRs stay open. */
  sweep(options?: { merge?: boolean }): Promise<SweepResult>;
  /** Runs the sweep (no merge) and returns the verdict it reached for promotion PR `pr`. */
  verdict(pr: number): Promise<GateVerdict>;
  close(): Promise<void>;
}

const CONFIG = `environments:
  - path: clusters/lab/
    name: lab
  - path: clusters/staging/
    name: staging
  - path: clusters/prod/
    name: prod
promotionPaths:
  - sourcePath: clusters/lab/
    promotionPrs:
      - targetPaths: [clusters/staging/]
  - sourcePath: clusters/staging/
    conditions: { autoMerge: true }
    gates:
      soak: 2h
      healthy: argocd
      windows: [{ days: Mon-Thu, hours: "09:00-16:00", timezone: Europe/Berlin }]
      freeze: [{ from: "2026-03-10T12:00:00Z", to: "2026-03-10T14:00:00Z", reason: release train }]
    promotionPrs:
      - targetPaths: [clusters/prod/]
`;

/** Starts both emulators on a clock at `start` with the lab/staging/prod repository and one app per environment. */
export async function startGatesHarness(options: { start: string; config?: string }): Promise<GatesHarness> {
  const clock = createTestClock({ start: options.start });
  const emulator = await startGitHubEmulator({ clock, preset: 'permissive' });
  const argocd = await startArgoCdEmulator({ clock });
  const configText = options.config ?? CONFIG;
  const files: Record<string, string> = { 'telefonistka.yaml': configText };
  for (const env of ENVIRONMENTS) files[`clusters/${env}/app/values.yaml`] = 'image: app:1.0\n';
  await emulator.createRepo({ owner: OWNER, name: REPO, files });
  const initial = (await emulator.branchSha(OWNER, REPO, 'main'))!;
  for (const env of ENVIRONMENTS) {
    argocd.addApplication({
      metadata: {
        name: `app-${env}`,
        annotations: { 'argocd.argoproj.io/manifest-generate-paths': '.' },
      },
      spec: {
        project: 'default',
        source: {
          repoURL: REPO_URL,
          path: `clusters/${env}/app`,
          targetRevision: 'main',
        },
        destination: { server: 'https://kubernetes.default.svc', namespace: env },
      },
      status: { sync: { status: 'Synced', revision: initial }, health: { status: 'Healthy' } },
    });
  }
  const { config } = parseRepoConfig(configText);
  const client = { token: emulator.tokens.app, owner: OWNER, repo: REPO, baseUrl: emulator.apiUrl };
  const deployments = () => createOctokitDeployments({ ...client, logger: silentLogger, writeIntervalMs: 0 });
  const sweep = (options: { merge?: boolean } = {}) => {
    const records = deployments();
    const argo = createAxiosArgoCd({ server: argocd.url, token: argocd.token, retries: 0 });
    return sweepGates(
      options.merge === true ? config : withoutAutoMerge(config),
      {
        now: clock.now(),
        confirmation: 'argocd',
        mergeMethod: 'merge',
        repositorySettings: undefined,
        ownLogins: ['telefonistka[bot]'],
        dispatchAfterMerge: undefined,
      },
      {
        github: createOctokitGitHub({ ...client, logger: silentLogger, writeIntervalMs: 0 }),
        sweep: records,
        deployments: records,
        apps: createAppFinder(argo, { repoUrl: REPO_URL, useShaLabel: false }),
        logger: silentLogger,
        sleep: () => Promise.resolve(),
      },
    );
  };
  let branches = 0;
  return {
    clock,
    emulator,
    argocd,
    gatesFrom: (source) => gatesFromConfig(config.promotionPaths, source),
    deployments,
    mergeChange: async (env, image) => {
      const branch = `change-${++branches}`;
      const files = { [`clusters/${env}/app/values.yaml`]: `image: ${image}\n` };
      await emulator.commitFiles({ owner: OWNER, repo: REPO, branch, from: 'main', files, message: branch });
      const pull = await emulator.openPullRequest({
        owner: OWNER,
        repo: REPO,
        head: branch,
        base: 'main',
        title: branch,
      });
      const merged = await emulator.mergePullRequest({ owner: OWNER, repo: REPO, number: pull.number });
      return merged.mergeCommitSha!;
    },
    recordDeployment: async (env, sha, pr) => {
      const port = deployments();
      const id = await port.createDeployment({
        sha,
        environment: env,
        description: `PR #${pr}`,
        payload: { components: [`clusters/${env}/app`], sourcePr: pr },
      });
      await port.createDeploymentStatus(id, {
        state: 'in_progress',
        description: 'merged; waiting for Argo CD',
      });
      return id;
    },
    openPromotionPr: async (target, image, promotes) => {
      const branch = `promotions/${++branches}-${target}`;
      const files = { [`clusters/${target}/app/values.yaml`]: `image: ${image}\n` };
      await emulator.commitFiles({
        owner: OWNER,
        repo: REPO,
        branch,
        from: 'main',
        files,
        message: `Promote to ${target}`,
        author: 'telefonistka[bot]',
      });
      const pull = await emulator.openPullRequest({
        owner: OWNER,
        repo: REPO,
        head: branch,
        base: 'main',
        title: `Promote app to ${target}`,
        body: promotionBody(target, promotes),
        user: 'telefonistka[bot]',
        labels: ['promotion'],
      });
      return pull.number;
    },
    sweep,
    verdict: async (pr) => {
      const swept = (await sweep()).pullRequests.find((entry) => entry.number === pr);
      if (swept === undefined) throw new Error(`promotion PR #${pr} was not swept as a gated promotion PR`);
      if (swept.error !== undefined) throw new Error(`the sweep failed on #${pr}: ${swept.error}`);
      return swept.verdict;
    },
    close: async () => {
      await argocd.close();
      await emulator.close();
    },
  };
}

function gatesFromConfig(
  paths: ReturnType<typeof parseRepoConfig>['config']['promotionPaths'],
  source: Environment,
): GatesConfig {
  const gates = paths.find((path) => path.sourcePath === `clusters/${source}/`)?.promotionPrs[0]?.gates;
  if (gates === undefined) throw new Error(`no gates configured from ${source}`);
  return gates;
}

/** The body promote writes: the promotion metadata of one hop from `source`, and the source-commit marker. */
function promotionBody(target: Environment, promotes: { source: Environment; sourceCommit: string }): string {
  return [
    `Promotes app from ${promotes.source} to ${target}.`,
    metadataComment({
      originalPrAuthor: 'alice',
      originalPrNumber: 1,
      promotedPaths: [`clusters/${target}/app`],
      previousPromotionPaths: {
        '1': { sourcePath: `clusters/${promotes.source}/`, targetPaths: [`clusters/${target}/`] },
      },
    }),
    sourceCommitMarker(promotes.sourceCommit),
  ].join('\n');
}

/** The configuration with every flow's autoMerge off: a sweep then only judges. */
function withoutAutoMerge(config: RepoConfig): RepoConfig {
  return {
    ...config,
    promotionPaths: config.promotionPaths.map((flow) => ({
      ...flow,
      conditions: { ...flow.conditions, autoMerge: false },
    })),
  };
}
