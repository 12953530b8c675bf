import { describe, expect, it } from 'vitest';
import {
  argoCdAppUrl,
  summarizeAppStatus,
  type AppDiffResult,
} from '../../../src/core/argocd/app-diff-result.js';
import { diffAppResources } from '../../../src/core/argocd/diff-app-resources.js';
import {
  argoCdDiffSection,
  renderAppDiffMarkdown,
} from '../../../src/core/argocd/render-app-diff-markdown.js';
import {
  isSyncCheckboxVisible,
  renderArgoCdDiffComment,
} from '../../../src/core/argocd/render-argocd-diff-comment.js';
import { resourceKeyOf } from '../../../src/core/argocd/resource-key.js';
import type { ArgoCdApplication, KubeObject } from '../../../src/core/argocd/types.js';
import { compileRegex } from '../../../src/core/regex/compile-regex.js';

const golden = (name: string) => `../../golden/argocd/${name}`;

const deployment = (replicas: number, image: string): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'nginx', namespace: 'web' },
  spec: { replicas, template: { spec: { containers: [{ name: 'nginx', image }] } } },
});
const service: KubeObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'nginx', namespace: 'web' },
  spec: { ports: [{ port: 80 }] },
};

const diff = diffAppResources({
  app: { metadata: { name: 'nginx-prod' }, spec: { destination: { namespace: 'web' } } },
  settings: {},
  targets: [deployment(3, 'nginx:1.27'), service],
  managedResources: [
    {
      ...resourceKeyOf(deployment(2, 'nginx:1.26')),
      liveState: deployment(2, 'nginx:1.26'),
      normalizedLiveState: deployment(2, 'nginx:1.26'),
      targetState: undefined,
      predictedLiveState: undefined,
      modified: true,
      hook: false,
    },
  ],
});

const base: AppDiffResult = {
  componentPath: 'clusters/prod/us-east4/c1/nginx',
  appName: 'nginx-prod-c1',
  appUrl: 'https://argocd.example.com/applications/nginx-prod-c1',
  healthStatus: 'Healthy',
  syncStatus: 'Synced',
  autoSyncEnabled: true,
  temporaryApp: false,
  syncedFromPrBranch: false,
  diff,
  error: undefined,
};

const cases: [string, AppDiffResult][] = [
  ['changed', base],
  ['no-diff', { ...base, diff: { elements: [], hasDiff: false, unchanged: 2, warnings: [] } }],
  [
    'unhealthy-out-of-sync-no-auto-sync',
    { ...base, healthStatus: 'Degraded', syncStatus: 'OutOfSync', autoSyncEnabled: false },
  ],
  [
    'temporary-app',
    { ...base, appName: 'temp-nginx-prod-c1', temporaryApp: true, healthStatus: '', syncStatus: '' },
  ],
  ['synced-from-branch', { ...base, diff: undefined, syncedFromPrBranch: true }],
  [
    'error',
    {
      ...base,
      diff: undefined,
      error: 'Argo CD get manifests of app "nginx-prod-c1" failed (HTTP 500): rpc error',
    },
  ],
  ['error-temporary-app', { ...base, diff: undefined, temporaryApp: true, error: 'boom' }],
  [
    'error-no-app',
    {
      ...base,
      appName: undefined,
      appUrl: undefined,
      diff: undefined,
      error: 'no ArgoCD application found for component path clusters/prod/us-east4/c1/nginx',
    },
  ],
];

describe('renderAppDiffMarkdown', () => {
  it.each(cases)('renders the %s case like the Go bot', async (name, result) => {
    await expect(renderAppDiffMarkdown(result)).toMatchFileSnapshot(golden(`app-${name}.md`));
  });

  it('lists only object names in the concise view', async () => {
    const concise = renderAppDiffMarkdown(base, { concise: true });
    expect(concise).toContain('```diff\n\nweb/Deployment/nginx\nweb/Service/nginx\n\n\n```\n\n</details>\n');
    await expect(concise).toMatchFileSnapshot(golden('app-changed-concise.md'));
  });

  it('builds the Go bot item sequence exactly for a healthy app without diff', () => {
    expect(renderAppDiffMarkdown({ ...base, diff: undefined })).toBe(
      '<img src="https://argo-cd.readthedocs.io/en/stable/assets/favicon.png" width="20"/> **[nginx-prod-c1](https://argocd.example.com/applications/nginx-prod-c1)** @ `clusters/prod/us-east4/c1/nginx`\nNo diff 🤷',
    );
  });

  it('builds the Go bot error section exactly', () => {
    expect(renderAppDiffMarkdown({ ...base, error: 'boom' })).toBe(
      '> [!CAUTION]  \n> **Error getting diff from ArgoCD** (`clusters/prod/us-east4/c1/nginx`) \nPlease check the App Conditions of <img src="https://argo-cd.readthedocs.io/en/stable/assets/favicon.png" width="20"/> **[nginx-prod-c1](https://argocd.example.com/applications/nginx-prod-c1)** for more details.\n```\nboom\n```',
    );
  });

  it('uses a longer fence when the diff holds a line that would close the block', () => {
    const withFence: AppDiffResult = {
      ...base,
      diff: {
        ...diff,
        elements: [{ ...diff.elements[0]!, text: 'x\n```\ny' }],
      },
    };
    expect(renderAppDiffMarkdown(withFence)).toContain('````diff\n');
  });

  it('offers full and concise forms as one comment section', () => {
    const section = argoCdDiffSection(base);
    expect(section.title).toBe('nginx-prod-c1 @ clusters/prod/us-east4/c1/nginx');
    expect(section.full).toBe(renderAppDiffMarkdown(base));
    expect(section.concise).toBe(renderAppDiffMarkdown(base, { concise: true }));
  });
});

describe('renderArgoCdDiffComment', () => {
  it('renders a whole comment with the sync checkbox', async () => {
    const second = {
      ...base,
      componentPath: 'clusters/prod/us-west1/c2/nginx',
      appName: 'nginx-prod-c2',
      error: 'timeout',
    };
    await expect(
      renderArgoCdDiffComment([base, second], { syncCheckboxBranch: 'feature/bump-nginx' }),
    ).toMatchFileSnapshot(golden('comment-two-apps-checkbox.md'));
  });

  it('names the part own component in a split header (the Go bot always named the first)', () => {
    const part = renderArgoCdDiffComment([{ ...base, componentPath: 'clusters/b' }], {
      part: { index: 2, total: 3 },
      concise: true,
    });
    expect(
      part.startsWith(
        "Component 2/3: clusters/b (Split for comment size)\n\nDiff of ArgoCD applications (concise view, full diff didn't fit GH comment):\n\n",
      ),
    ).toBe(true);
  });
});

describe('isSyncCheckboxVisible', () => {
  const regex = compileRegex('^clusters/prod/');
  it.each<[string, Partial<AppDiffResult>, boolean]>([
    ['an existing app on a matching path', {}, true],
    ['a temporary app', { temporaryApp: true }, false],
    ['an app already synced from the branch', { syncedFromPrBranch: true }, false],
    ['an app that failed', { error: 'x' }, false],
    ['a path the regex does not match', { componentPath: 'clusters/lab/x' }, false],
  ])('is %s -> %s', (_name, change, expected) => {
    expect(isSyncCheckboxVisible([{ ...base, ...change }], regex)).toBe(expected);
  });

  it('is hidden without a configured regex', () => {
    expect(isSyncCheckboxVisible([base], undefined)).toBe(false);
  });
});

describe('summarizeAppStatus', () => {
  const app = (spec: ArgoCdApplication['spec'], status?: ArgoCdApplication['status']): ArgoCdApplication => ({
    metadata: { name: 'a' },
    spec,
    ...(status === undefined ? {} : { status }),
  });

  it.each<[string, ArgoCdApplication, boolean, boolean]>([
    ['an app without syncPolicy', app({ source: { targetRevision: 'HEAD' } }), false, false],
    [
      'automated sync',
      app({ source: { targetRevision: 'HEAD' }, syncPolicy: { automated: {} } }),
      true,
      false,
    ],
    ['automated sync switched off', app({ syncPolicy: { automated: { enabled: false } } }), false, false],
    [
      'automated sync on the PR branch',
      app({ source: { targetRevision: 'feat' }, syncPolicy: { automated: {} } }),
      true,
      true,
    ],
    ['the PR branch without auto-sync', app({ source: { targetRevision: 'feat' } }), false, false],
  ])('reads %s', (_name, application, autoSync, synced) => {
    const summary = summarizeAppStatus(application, { url: 'https://cd/' }, { prHeadRef: 'feat' });
    expect([summary.autoSyncEnabled, summary.syncedFromPrBranch]).toEqual([autoSync, synced]);
    expect(summary.appUrl).toBe('https://cd/applications/a');
    expect([summary.healthStatus, summary.syncStatus]).toEqual(['Unknown', 'Unknown']);
  });

  it('checks the source that renders the component of a multi-source app', () => {
    const multi = app(
      {
        sources: [
          { chart: 'x', targetRevision: '1.0.0' },
          { path: 'p', targetRevision: 'feat' },
        ],
        syncPolicy: { automated: {} },
      },
      { health: { status: 'Healthy' }, sync: { status: 'Synced' } },
    );
    expect(summarizeAppStatus(multi, {}, { prHeadRef: 'feat', sourcePosition: 2 }).syncedFromPrBranch).toBe(
      true,
    );
    expect(summarizeAppStatus(multi, {}, { prHeadRef: 'feat', sourcePosition: 1 }).syncedFromPrBranch).toBe(
      false,
    );
    expect(argoCdAppUrl({}, 'x')).toBe('/applications/x');
  });
});
