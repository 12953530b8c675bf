import { afterEach, describe, expect, it } from 'vitest';
import { markdownBalance } from '../../core/comments/markdown-balance.js';
import { LAB, numberOf, startPrChecksFixture, type PrChecksFixture } from './pr-checks-fixture.js';

let fixture: PrChecksFixture;
afterEach(async () => fixture.close());

const DEPLOYMENT = 'workspace/nginx/deployment.yaml';

/** A file of `lines` lines of about 50 characters, different for every `seed`. */
function bigFile(seed: string, lines: number): string {
  return Array.from({ length: lines }, (_, i) => `line ${i}: ${seed} ${'x'.repeat(30)} ${i * 7}\n`).join('');
}

describe('pr-checks action, the sticky comment', () => {
  it('is updated in place on every push and says so when the drift is gone', async () => {
    fixture = await startPrChecksFixture();
    const original = await fixture.emulator.readFile('acme', 'iac', 'main', DEPLOYMENT);
    await fixture.commitMain({ [`${LAB}/nginx/deployment.yaml`]: 'image: nginx:hotfix\n' });
    const opened = await fixture.openPr('feature/nginx', { 'workspace/nginx/kustomization.yaml': 'v1\n' });
    const created = await fixture.run('pull_request', opened);
    expect(created.exitCode).toBe(0);
    // pending status, list comments, create comment, success status: everything else is read from git
    expect(created.outputs['api-calls']).toBe('4');
    const [first] = fixture.botComments(numberOf(opened));
    expect(first!.body).toContain('Found drift');

    const pushed = await fixture.push('feature/nginx', { 'workspace/nginx/kustomization.yaml': 'v2\n' });
    const second = await fixture.run('pull_request', pushed);
    expect(second.exitCode, second.stdout).toBe(0);
    expect(fixture.botComments(numberOf(opened)).map((c) => c.id)).toEqual([first!.id]);
    expect(second.summary).toContain('1 part(s); 0 created, 0 updated, 0 deleted, 1 unchanged');
    // pending status, list comments, read the token's login (its own comment is the one to update), success
    expect(second.outputs['api-calls']).toBe('4');

    await fixture.commitMain({ [`${LAB}/nginx/deployment.yaml`]: original! });
    const fixed = await fixture.push('feature/nginx', { 'workspace/nginx/kustomization.yaml': 'v3\n' });
    const third = await fixture.run('pull_request', fixed);
    expect(third.exitCode, third.stdout).toBe(0);
    const comments = fixture.botComments(numberOf(opened));
    expect(comments.map((c) => c.id)).toEqual([first!.id]);
    expect(comments[0]!.body).toContain('# ✅ No drift between environments');
    expect(comments[0]!.body).toContain('drift reported earlier on this PR is gone');
    expect(comments[0]!.body).not.toContain('Found drift');
  });

  it('splits a 300,000-character report into valid parts and updates them in place', async () => {
    const components = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'];
    const files: Record<string, string> = {};
    for (const c of components) {
      files[`workspace/${c}/values.yaml`] = bigFile(`source ${c}`, 520);
      files[`${LAB}/${c}/values.yaml`] = bigFile(`target ${c}`, 520);
    }
    fixture = await startPrChecksFixture({ files });
    const changes = Object.fromEntries(components.map((c) => [`workspace/${c}/README.md`, `${c}\n`]));
    const opened = await fixture.openPr('feature/many', changes);
    const run = await fixture.run('pull_request', opened);
    expect(run.exitCode, run.stdout).toBe(0);
    const parts = fixture.botComments(numberOf(opened));
    const total = parts.reduce((sum, part) => sum + part.body.length, 0);
    expect(total).toBeGreaterThan(300_000);
    expect(parts.length).toBeGreaterThanOrEqual(5);
    parts.forEach((part, i) => {
      expect(part.body.length).toBeLessThanOrEqual(65_536);
      expect(part.body).toContain(`<!-- telefonistka:pr-checks:part:${i + 1} -->`);
      expect(part.body).toContain(`**Part ${i + 1}/${parts.length}**`);
      expect(markdownBalance(part.body)).toEqual({ fencesClosed: true, detailsBalanced: true });
    });
    for (const c of components)
      expect(parts.some((p) => p.body.includes(`+++ ${LAB}/${c}/values.yaml`))).toBe(true);
    expect(parts.at(-1)!.body).toContain('## 🚀 Promotion preview');

    // Fix most of the drift on main: fewer parts, the first ones edited in place, the rest deleted.
    await fixture.commitMain(
      Object.fromEntries(
        components.slice(2).map((c) => [`${LAB}/${c}/values.yaml`, files[`workspace/${c}/values.yaml`]!]),
      ),
    );
    const pushed = await fixture.push('feature/many', { 'workspace/c1/README.md': 'again\n' });
    const again = await fixture.run('pull_request', pushed);
    expect(again.exitCode, again.stdout).toBe(0);
    const after = fixture.botComments(numberOf(opened));
    expect(after.length).toBeLessThan(parts.length);
    expect(after.map((p) => p.id)).toEqual(parts.slice(0, after.length).map((p) => p.id));
    expect(after.map((p) => p.body).join('')).not.toContain(`+++ ${LAB}/c3/values.yaml`);
    expect(after.map((p) => p.body).join('')).toContain(`+++ ${LAB}/c2/values.yaml`);
    after.forEach((part, i) => {
      expect(part.body).toContain(`<!-- telefonistka:pr-checks:part:${i + 1} -->`);
      expect(markdownBalance(part.body)).toEqual({ fencesClosed: true, detailsBalanced: true });
    });
  });
});
