import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAxiosArgoCd } from '../../../src/adapters/argocd/create-axios-argocd.js';
import { ExternalError } from '../../../src/core/errors/external-error.js';
import { silentLogger } from '../../../src/ports/logger.js';
import type { ArgoCdDiffDeps } from '../../../src/use-cases/argocd-diff/argocd-diff-deps.js';
import {
  handleSyncCheckbox,
  type CommentEdit,
} from '../../../src/use-cases/argocd-diff/handle-sync-checkbox.js';
import { syncCheckboxLine } from '../../../src/core/argocd/sync-checkbox.js';
import { startArgoCdEmulator, type ArgoCdEmulator } from '../../support/argocd-emulator/index.js';
import { createFakeGitHub } from '../../support/fake-github/create-fake-github.js';

const repo = 'https://github.com/acme/iac';
const config = `promotionPaths:
  - sourcePath: "workspace/"
    promotionPrs:
      - targetPaths: ["clusters/lab/"]
argocd:
  allowSyncfromBranchPathRegex: "^workspace/"
`;
let emulator: ArgoCdEmulator;

beforeEach(async () => {
  emulator = await startArgoCdEmulator();
  emulator.addApplication({
    metadata: { name: 'nginx', annotations: { 'argocd.argoproj.io/manifest-generate-paths': '.' } },
    spec: {
      project: 'default',
      source: { repoURL: repo, path: 'workspace/nginx', targetRevision: 'HEAD' },
      destination: { server: 'https://kubernetes.default.svc', namespace: 'web' },
    },
  });
});

afterEach(async () => {
  await emulator.close();
});

/**
 * A GitHub that answers what the checkbox flow asks; `viewer` may be unreadable, as for some App tokens;
 * `fail` breaks one method once.
 */
function deps(viewer: string | Error, fail?: { method: string; error: Error }): ArgoCdDiffDeps {
  const fake = createFakeGitHub({
    files: { 'workspace/nginx/a.yaml': 'replicas: 1\n' },
    permissions: { alice: 'write', reader: 'read' },
    ...(viewer instanceof Error ? {} : { viewer }),
  });
  if (viewer instanceof Error) fake.failOn('getViewerLogin', viewer, Infinity);
  if (fail !== undefined) fake.failOn(fail.method, fail.error);
  fake.openPullRequest({
    number: 7,
    head: 'feature/x',
    author: 'alice',
    files: { 'workspace/nginx/a.yaml': 'replicas: 2\n' },
  });
  return {
    github: fake.github,
    argocd: createAxiosArgoCd({ server: emulator.url, token: emulator.token, retries: 0 }),
    snapshot: {
      source: 'api',
      readTree: () => Promise.reject(new Error('not used')),
      readFile: (_commit, path) => Promise.resolve(path === 'telefonistka.yaml' ? config : undefined),
    },
    localGit: undefined,
    logger: silentLogger,
    sleep: () => Promise.resolve(),
  };
}

const body = (box: string) =>
  `<!-- telefonistka_tag -->\n<!-- telefonistka:argocd-diff -->\n<!-- telefonistka:argocd-diff:part:1 -->\nDiff\n\n${box}`;
const unticked = syncCheckboxLine('feature/x');
const ticked = unticked.replace('[ ]', '[x]');
const edit = (fields: Partial<CommentEdit> = {}): CommentEdit => ({
  issueNumber: 7,
  author: 'telefonistka[bot]',
  authorType: 'Bot',
  sender: 'alice',
  bodyBefore: body(unticked),
  bodyAfter: body(ticked),
  ...fields,
});
const revision = () =>
  (emulator.getApplication('nginx') as { spec: { source: { targetRevision: string } } }).spec.source
    .targetRevision;
const options = { defaultBranch: 'main', repoUrl: repo };

describe('handleSyncCheckbox', () => {
  it('points the app at the PR branch when the bot reads its own login as telefonistka', async () => {
    const handled = await handleSyncCheckbox(edit(), options, deps('telefonistka'));
    expect(handled.changes.map((c) => [c.appName, c.action, c.to])).toEqual([['nginx', 'set', 'feature/x']]);
    expect(revision()).toBe('feature/x');
  });

  it("ignores another bot's comment that carries the markers", async () => {
    const handled = await handleSyncCheckbox(
      edit({ author: 'other-app[bot]' }),
      options,
      deps('telefonistka'),
    );
    expect(handled.ignored).toBe('the comment was written by other-app[bot], not by this bot');
    expect(revision()).toBe('HEAD');
  });

  it('accepts a bot comment with the markers when the token cannot read its own login', async () => {
    const handled = await handleSyncCheckbox(
      edit({ author: 'github-actions[bot]' }),
      options,
      deps(new Error('Resource not accessible by integration')),
    );
    expect(handled.ignored).toBeUndefined();
    expect(revision()).toBe('feature/x');
  });

  it('says what it was doing when GitHub fails listing the PR files, and changes no app', async () => {
    const error = new ExternalError('Server Error', {
      service: 'GitHub',
      operation: 'list files of #7',
      status: 500,
    });
    await expect(
      handleSyncCheckbox(edit(), options, deps('telefonistka', { method: 'listPullRequestFiles', error })),
    ).rejects.toThrow(
      'argocd-diff: listing the components of #7: GitHub list files of #7 failed (HTTP 500): Server Error',
    );
    expect(revision()).toBe('HEAD');
  });

  it.each([
    ['a person wrote the comment', edit({ authorType: 'User', author: 'alice' }), 'not by this bot'],
    ['the box was already ticked', edit({ bodyBefore: body(ticked) }), 'was not just ticked'],
    ['only the text around the box changed', edit({ bodyBefore: undefined }), 'was not just ticked'],
    ['the editor can only read', edit({ sender: 'reader' }), 'reader has read access'],
  ])('does nothing when %s', async (_case, change, reason) => {
    const handled = await handleSyncCheckbox(change, options, deps('telefonistka'));
    expect(handled.ignored).toContain(reason);
    expect(revision()).toBe('HEAD');
  });
});
