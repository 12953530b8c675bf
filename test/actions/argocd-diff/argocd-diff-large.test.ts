import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  configWith,
  headShaOf,
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

const apps = [
  ['nginx-workspace', 'workspace/nginx'],
  ['podinfo-workspace', 'workspace/podinfo'],
  ['nginx-lab', 'clusters/lab/europe-west4/c1/nginx'],
] as const;

function configMaps(count: number, value: string) {
  return Array.from({ length: count }, (_, i) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: `settings-${String(i).padStart(3, '0')}`, namespace: 'web' },
    data: { payload: `${value}-${i}`.padEnd(400, value.slice(0, 1)) },
  }));
}

/** Each app changes `counts[i]` ConfigMaps of about 900 characters of diff each. */
function setDiffs(sha: string, counts: readonly number[]) {
  apps.forEach(([name], i) => {
    const count = counts[i] ?? 0;
    fixture.setApp(name, sha, { target: configMaps(count, 'new'), live: configMaps(count, 'old') });
  });
}

describe('argocd-diff action: diffs larger than one GitHub comment', () => {
  it('splits a diff over 65,536 characters into valid parts, and on the next push edits them in place, deletes the leftover and shows an app too large for one part in concise form', async () => {
    for (const [name, path] of apps) fixture.addApp(name, path);
    const opened = await fixture.openPr('feature/many-settings', {
      'workspace/nginx/settings.yaml': 'a\n',
      'workspace/podinfo/settings.yaml': 'a\n',
      'clusters/lab/europe-west4/c1/nginx/settings.yaml': 'a\n',
    });
    const number = numberOf(opened);
    setDiffs(headShaOf(opened), [40, 40, 40]);

    const first = await fixture.run('pull_request', opened);

    expect(first.exitCode).toBe(0);
    const parts = fixture.botComments(number);
    const total = parts.reduce((sum, part) => sum + part.body.length, 0);
    expect(total).toBeGreaterThan(65_536);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    parts.forEach((part, i) => {
      expect(part.body.length).toBeLessThanOrEqual(65_536);
      expect(part.body).toContain(`<!-- telefonistka:argocd-diff:part:${i + 1} -->`);
      expect(part.body).toContain(`**Part ${i + 1}/${parts.length}**`);
      // Every part is valid markdown on its own: fences and <details> are balanced.
      expect((part.body.match(/^```/gm) ?? []).length % 2).toBe(0);
      expect((part.body.match(/<details>/g) ?? []).length).toBe(
        (part.body.match(/<\/details>/g) ?? []).length,
      );
    });
    expect(parts.map((p) => p.body).join('\n')).not.toContain('concise form');

    const pushed = await fixture.push('feature/many-settings', { 'workspace/nginx/settings.yaml': 'b\n' });
    setDiffs(headShaOf(pushed), [40, 40, 120]);
    const second = await fixture.run('pull_request', pushed);

    expect(second.exitCode).toBe(0);
    const after = fixture.botComments(number);
    expect(after.length).toBeLessThan(parts.length);
    expect(after.map((p) => p.id)).toEqual(parts.slice(0, after.length).map((p) => p.id));
    const all = after.map((p) => p.body).join('\n');
    expect(all).toContain('**nginx-lab @ clusters/lab/europe-west4/c1/nginx** is shown in concise form');
    expect(all).toContain('web/ConfigMap/settings-119\n');
    expect(all).not.toContain('web/ConfigMap/settings-119:');
    expect(all).toContain('+ new-0');
    expect(all).toContain('shows the full diff');
    expect(second.summary).toContain('web/ConfigMap/settings-119:');
    for (const part of after) expect(part.body.length).toBeLessThanOrEqual(65_536);
    expect(second.summary).toMatch(
      new RegExp(
        `Sticky comment: ${after.length} part\\(s\\); 0 created, ${after.length} updated, ${parts.length - after.length} deleted`,
      ),
    );
  });
});
