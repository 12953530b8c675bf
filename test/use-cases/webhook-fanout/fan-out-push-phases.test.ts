// A failing fan-out says which phase failed: reading the configuration or collecting the pushed files.
import { describe, expect, it } from 'vitest';
import { ExternalError } from '../../../src/core/errors/external-error.js';
import { silentLogger } from '../../../src/ports/logger.js';
import type { RepoSnapshotPort } from '../../../src/ports/repo-snapshot-port.js';
import { fanOutPush } from '../../../src/use-cases/webhook-fanout/fan-out-push.js';
import { createFakeGitHub } from '../../support/fake-github/create-fake-github.js';

const BEFORE = 'a'.repeat(40);
const AFTER = 'b'.repeat(40);
const config = [
  'webhookEndpointRegexs:',
  '  - expression: ^clusters/.*',
  '    replacements:',
  '      - https://argocd.example.com/api/webhook',
].join('\n');

const event = {
  eventName: 'push',
  payload: {
    ref: 'refs/heads/main',
    before: BEFORE,
    after: AFTER,
    commits: [{ id: AFTER }],
    repository: { default_branch: 'main' },
  },
};

const options = {
  dryRun: false,
  concurrency: 2,
  defaultSecret: undefined,
  secretRules: [],
  userAgent: 'test',
};

function run(snapshot: RepoSnapshotPort, fake = createFakeGitHub()) {
  return fanOutPush(event, options, {
    github: fake.github,
    localGit: undefined,
    snapshot,
    sender: {
      send: () => Promise.reject(new Error('nothing may be sent when a phase failed')),
      close: () => undefined,
    },
    logger: silentLogger,
    newDeliveryId: () => 'delivery-1',
    maskSecret: () => undefined,
  });
}

describe('fanOutPush phases', () => {
  it('names the configuration read when telefonistka.yaml cannot be read at the pushed commit', async () => {
    const snapshot: RepoSnapshotPort = {
      source: 'api',
      readTree: () => Promise.reject(new Error('no tree reads expected')),
      readFile: () =>
        Promise.reject(
          new ExternalError('Bad Gateway', { service: 'GitHub', operation: 'read', status: 502 }),
        ),
    };
    await expect(run(snapshot)).rejects.toThrow(
      'webhook-fanout: reading telefonistka.yaml at bbbbbbbbbbbb: GitHub read failed (HTTP 502): Bad Gateway',
    );
  });

  it('names the file collection when the compare API fails', async () => {
    const fake = createFakeGitHub();
    fake.failOn(
      'compareCommits',
      new ExternalError('Server Error', { service: 'GitHub', operation: 'compare', status: 500 }),
    );
    const snapshot: RepoSnapshotPort = {
      source: 'api',
      readTree: () => Promise.reject(new Error('no tree reads expected')),
      readFile: (_ref, path) => Promise.resolve(path === 'telefonistka.yaml' ? config : undefined),
    };
    await expect(run(snapshot, fake)).rejects.toThrow(
      'webhook-fanout: collecting the files bbbbbbbbbbbb changed: GitHub compare failed (HTTP 500): Server Error',
    );
  });
});
