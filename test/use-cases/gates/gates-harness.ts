// A lab -> staging -> prod repository on the GitHub emulator, an Argo CD emulator with one app per environment,
// both on one test clock, and the gated-delivery pieces that exist today run in-process against them: the
// Deployments adapter (DeploymentsPort), the batched sweep read (GateSweepPort) and the gate evaluation.
//
// GAP (issue 15 items 2 and 4): there is no use-case yet that records deployments after a merge or that sweeps
// promotion PRs. `gatherGateFacts` below is the smallest reading of GitHub + Argo CD that the evaluation needs;
// when the sweep use-case lands, these tests should call it instead and this helper should go.
import { createOctokitDeployments } from '../../../src/adapters/github/create-octokit-deployments.js';
import { parseRepoConfig } from '../../../src/core/config/parse-repo-config.js';
import type { GatesConfig } from '../../../src/core/config/gates-types.js';
import { evaluateGates } from '../../../src/core/gates/evaluate-gates.js';
import type { AppHealth, GateFacts, GateVerdict } from '../../../src/core/gates/gate-types.js';
import type { SweepPullRequest, SweepSnapshot } from '../../../src/ports/gate-sweep-port.js';
import { silentLogger } from '../../../src/ports/logger.js';
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
  /** Opens a promotion PR into `target` by the App, labelled `promotion`; returns its number. */
  openPromotionPr(target: Environment, image: string): Promise<number>;
  /** Reads the sweep snapshot and evaluates the gates of promotion PR `pr` promoting `sourceCommit` from `source`. */
  verdict(pr: number, source: Environment, sourceCommit: string): Promise<GateVerdict>;
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
  const deployments = () =>
    createOctokitDeployments({
      token: emulator.tokens.app,
      owner: OWNER,
      repo: REPO,
      baseUrl: emulator.apiUrl,
      logger: silentLogger,
      writeIntervalMs: 0,
    });
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
    openPromotionPr: async (target, image) => {
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
        user: 'telefonistka[bot]',
        labels: ['promotion'],
      });
      return pull.number;
    },
    verdict: async (pr, source, sourceCommit) => {
      const snapshot = await deployments().readSweep({
        environments: [...ENVIRONMENTS],
        freezeFile: FREEZE_FILE,
        statusContext: GATES_CONTEXT,
      });
      const pull = snapshot.pullRequests.find((candidate) => candidate.number === pr);
      if (pull === undefined) throw new Error(`promotion PR #${pr} not in the sweep`);
      const facts = gatherGateFacts({ snapshot, pull, source, sourceCommit, now: clock.now(), argocd });
      return evaluateGates(gatesFromConfig(config.promotionPaths, source), await facts);
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

/** The source environment's apps as Argo CD's API reports them (read like the product: GET applications). */
async function readApps(
  argocd: ArgoCdEmulator,
  source: Environment,
  sourceCommit: string,
): Promise<AppHealth[]> {
  const response = await fetch(`${argocd.url}/api/v1/applications`, {
    headers: { authorization: `Bearer ${argocd.token}` },
  });
  const list = (await response.json()) as {
    items: {
      metadata: { name: string };
      spec: { source: { path: string } };
      status: { sync: { status: string; revision?: string }; health: { status: string } };
    }[];
  };
  return list.items
    .filter((app) => app.spec.source.path.startsWith(`clusters/${source}/`))
    .map((app) => ({
      name: app.metadata.name,
      health: app.status.health.status,
      sync: app.status.sync.status,
      atRevision: app.status.sync.revision === sourceCommit,
    }));
}

/** GAP helper (see the file header): the facts of one promotion PR from a sweep snapshot and Argo CD. */
async function gatherGateFacts(input: {
  snapshot: SweepSnapshot;
  pull: SweepPullRequest;
  source: Environment;
  sourceCommit: string;
  now: number;
  argocd: ArgoCdEmulator;
}): Promise<GateFacts> {
  const { snapshot, pull, source, sourceCommit } = input;
  const deployments = snapshot.deployments.get(source) ?? [];
  return {
    now: input.now,
    sourceEnvironment: source,
    sourceCommit,
    sourceDeployment: deployments.find((deployment) => deployment.sha === sourceCommit),
    latestSourceDeployment: deployments[0],
    sourceApps: await readApps(input.argocd, source, sourceCommit),
    reviews: pull.reviews,
    ownLogins: ['telefonistka'],
    freeze: {
      label: pull.labels.includes('freeze'),
      file: snapshot.freezeFileText === undefined ? undefined : snapshot.freezeFileText.trim(),
    },
  };
}
