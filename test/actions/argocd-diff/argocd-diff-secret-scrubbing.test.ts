import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  configWith,
  numberOf,
  startArgoCdDiffFixture,
  type ArgoCdDiffFixture,
} from './argocd-diff-fixture.js';

let fixture: ArgoCdDiffFixture;

beforeEach(async () => {
  fixture = await startArgoCdDiffFixture({ config: configWith('commentDiffonPR: true') });
});

afterEach(async () => {
  await fixture.close();
});

describe('argocd-diff action: secrets scrubbing (issue 17, Low)', () => {
  it('keeps the Argo CD token out of the PR comment, summary, outputs and log when an error echoes it', async () => {
    const { argocd } = fixture;
    const token = argocd.token;
    const basic = Buffer.from(`admin:${token}`).toString('base64');
    fixture.addApp('nginx-workspace', 'workspace/nginx');
    const opened = await fixture.openPr('feature/nginx', {
      'workspace/nginx/deployment.yaml': 'image: x:2\n',
    });
    argocd.faults.fail('nginx-workspace', 500, {
      operation: 'ApplicationService_GetManifests',
      message: `proxy rejected request with headers {Authorization: Bearer ${token}} (basic ${basic}, query auth=${encodeURIComponent(token)})`,
    });

    const run = await fixture.run('pull_request', opened);

    expect(run.exitCode).toBe(1);
    const [comment] = fixture.botComments(numberOf(opened));
    expect(comment?.body).toContain('proxy rejected request with headers {Authorization: Bearer ***}');
    const written = [comment?.body ?? '', run.summary, JSON.stringify(run.outputs)].join('\n');
    const logged = `${run.stdout}\n${run.stderr}`
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    for (const form of [token, basic.slice(8, -4)]) {
      expect(written).not.toContain(form);
      expect(logged).not.toContain(form);
    }
  });
});
