// The example IaC repository on the GitHub emulator, an Argo CD emulator next to it, and helpers that act like
// people (open PRs, push, tick the checkbox, merge) and run dist/argocd-diff as the runner would.
import { rmSync } from 'node:fs';
import path from 'node:path';
import {
  asAppliedByArgoCd,
  startArgoCdEmulator,
  type ArgoCdEmulator,
} from '../../support/argocd-emulator/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';
import { checkoutRepo, runAction, type ActionRun } from '../../support/run-action.js';
import { emulatorApi, openChangePr, takeLatestEvent } from '../../support/emulator-requests.js';

export const OWNER = 'acme';
export const REPO = 'iac';
const EXAMPLE = path.resolve(import.meta.dirname, '../../../examples/iac-repo');
const BUNDLE = path.resolve(import.meta.dirname, '../../../dist/argocd-diff/index.js');

type Payload = Record<string, unknown>;

/** telefonistka.yaml of the example repository with an `argocd:` block appended. */
export function configWith(argocd: string, extra = ''): string {
  return `promotionPaths:
  - sourcePath: "workspace/"
    promotionPrs:
      - targetPaths: ["clusters/lab/europe-west4/c1/"]
  - sourcePath: "clusters/lab/[^/]*/[^/]*/"
    promotionPrs:
      - targetPaths: ["clusters/staging/us-central1/c1/"]
argocd:
${argocd
  .trim()
  .split('\n')
  .map((line) => `  ${line}`)
  .join('\n')}
${extra}`;
}

/** A Deployment as rendered manifests and live state carry it. */
export function deployment(name: string, image: string, extra: Record<string, unknown> = {}) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'web' },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name, image }] },
      },
      ...extra,
    },
  };
}

/** A Secret with the given plain-text values (base64-encoded as Kubernetes stores them). */
export function secret(name: string, values: Record<string, string>) {
  const data = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, Buffer.from(value).toString('base64')]),
  );
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: 'web' }, type: 'Opaque', data };
}

/** Both emulators and the helpers of the end-to-end tests. */
export interface ArgoCdDiffFixture {
  github: GitHubEmulator;
  argocd: ArgoCdEmulator;
  /** The repository's `html_url`: Argo CD apps must name it as `repoURL`. */
  repoUrl: string;
  /** Adds an app rendering `componentPath` (annotation `.` on its path). */
  addApp: (
    name: string,
    componentPath: string,
    options?: {
      health?: string;
      sync?: string;
      autoSync?: boolean;
      targetRevision?: string;
      labels?: Record<string, string>;
      annotate?: boolean;
    },
  ) => void;
  /** What the app renders at `revision` and what is live in the cluster. */
  setApp: (name: string, revision: string, state: { target: object[]; live: object[] }) => void;
  /** Opens a PR from a new branch with `files` changed, by alice unless `user`; returns the `opened` payload. */
  openPr: (
    branch: string,
    files: Record<string, string | null>,
    options?: { labels?: string[]; body?: string; user?: string },
  ) => Promise<Payload>;
  /** Pushes to a PR branch; returns the `synchronize` payload. */
  push: (branch: string, files: Record<string, string | null>) => Promise<Payload>;
  /** Edits a comment as `user` through the REST API; returns an `issue_comment` `edited` payload. */
  editComment: (commentId: number, body: string, user: 'user' | 'reader') => Promise<Payload>;
  /** Merges a PR as alice; returns the `closed` payload. */
  merge: (number: number) => Promise<Payload>;
  /** Runs dist/argocd-diff on an event (with a checkout of main unless `checkout: false`). */
  run: (
    eventName: string,
    payload: Payload,
    options?: { checkout?: boolean; inputs?: Record<string, string>; env?: Record<string, string> },
  ) => Promise<ActionRun>;
  /** The bot's comments on a PR, oldest first. */
  botComments: (number: number) => { id: number; body: string }[];
  /** The statuses of a commit with `context`, newest first. */
  statuses: (sha: string, context?: string) => Promise<{ state: string; description: string | null }[]>;
  close: () => Promise<void>;
}

/** Starts both emulators; `config` becomes telefonistka.yaml on main, `files` are committed with it. */
export async function startArgoCdDiffFixture(options: {
  config: string;
  files?: Record<string, string>;
}): Promise<ArgoCdDiffFixture> {
  const github = await startGitHubEmulator();
  await github.createRepo({ owner: OWNER, name: REPO, fromDir: EXAMPLE });
  await github.commitFiles({
    owner: OWNER,
    repo: REPO,
    branch: 'main',
    files: { 'telefonistka.yaml': options.config, ...options.files },
    message: 'setup',
  });
  github.takeEvents();
  const argocd = await startArgoCdEmulator();
  const repoUrl = `${github.serverUrl}/${OWNER}/${REPO}`;
  const checkouts: string[] = [];
  const takeEvent = (name: string, action: string): Payload => takeLatestEvent(github, name, action);
  const api = emulatorApi(github);
  let lastRepository: unknown;
  return {
    github,
    argocd,
    repoUrl,
    addApp: (name, componentPath, app = {}) =>
      argocd.addApplication({
        metadata: {
          name,
          ...(app.annotate === false
            ? {}
            : { annotations: { 'argocd.argoproj.io/manifest-generate-paths': '.' } }),
          ...(app.labels === undefined ? {} : { labels: app.labels }),
        },
        spec: {
          project: 'default',
          source: { repoURL: repoUrl, path: componentPath, targetRevision: app.targetRevision ?? 'HEAD' },
          destination: { server: 'https://kubernetes.default.svc', namespace: 'web' },
          ...(app.autoSync === false ? {} : { syncPolicy: { automated: { prune: true } } }),
        },
        status: { health: { status: app.health ?? 'Healthy' }, sync: { status: app.sync ?? 'Synced' } },
      }),
    setApp: (name, revision, state) => {
      argocd.setManifests(name, revision, state.target);
      argocd.setLiveResources(
        name,
        state.live.map((object) => asAppliedByArgoCd(object)),
      );
    },
    openPr: async (branch, files, open = {}) => {
      const payload = await openChangePr(github, { owner: OWNER, repo: REPO, branch, files, ...open });
      lastRepository = payload.repository;
      return payload;
    },
    push: async (branch, files) => {
      github.takeEvents();
      await github.commitFiles({ owner: OWNER, repo: REPO, branch, files, message: `push to ${branch}` });
      return takeEvent('pull_request', 'synchronize');
    },
    editComment: async (commentId, body, user) => {
      const token = github.tokens[user];
      const before = await api(token, 'GET', `/repos/${OWNER}/${REPO}/issues/comments/${commentId}`);
      const comment = await api(token, 'PATCH', `/repos/${OWNER}/${REPO}/issues/comments/${commentId}`, {
        body,
      });
      const number = Number(String(comment.issue_url).split('/').pop());
      const issue = await api(token, 'GET', `/repos/${OWNER}/${REPO}/issues/${number}`);
      const sender = await api(token, 'GET', '/user');
      return {
        action: 'edited',
        changes: { body: { from: before.body } },
        issue,
        comment,
        repository: lastRepository,
        sender,
      };
    },
    merge: async (number) => {
      github.takeEvents();
      await github.mergePullRequest({ owner: OWNER, repo: REPO, number, user: 'alice' });
      return takeEvent('pull_request', 'closed');
    },
    run: async (eventName, payload, run = {}) => {
      const checkout = run.checkout === false ? undefined : await checkoutRepo(github, OWNER, REPO, 'main');
      if (checkout !== undefined) checkouts.push(checkout);
      return runAction({
        bundle: BUNDLE,
        eventName,
        payload,
        emulator: github,
        repository: `${OWNER}/${REPO}`,
        inputs: {
          'github-token': github.tokens.app,
          'argocd-server': argocd.url,
          'argocd-token': argocd.token,
          'argocd-timeout-ms': '2000',
          'argocd-retries': '1',
          'write-interval-ms': '0',
          ...(checkout === undefined ? {} : { 'checkout-path': checkout }),
          ...run.inputs,
        },
        ...(run.env === undefined ? {} : { env: run.env }),
      });
    },
    botComments: (number) =>
      github
        .listComments(OWNER, REPO, number)
        .filter((comment) => comment.user.endsWith('[bot]'))
        .map(({ id, body }) => ({ id, body })),
    statuses: async (sha, context = 'telefonistka/argocd-diff') => {
      const listed = (await api(
        github.tokens.user,
        'GET',
        `/repos/${OWNER}/${REPO}/commits/${sha}/statuses`,
      )) as unknown as { context: string; state: string; description: string | null }[];
      return listed.filter((status) => status.context === context);
    },
    close: async () => {
      for (const dir of checkouts) rmSync(dir, { recursive: true, force: true });
      await argocd.close();
      await github.close();
    },
  };
}

/** The head SHA of the PR in an event payload. */
export function headShaOf(payload: Payload): string {
  return (payload.pull_request as { head: { sha: string } }).head.sha;
}

/** The PR number of an event payload. */
export function numberOf(payload: Payload): number {
  return (payload.pull_request as { number: number }).number;
}
