import { describe, expect, it } from 'vitest';
import { getSchemaValidator } from '../support/github-emulator/schema-validator.js';
import { octokitFor, OWNER, REPO, startSeededEmulator } from './emulator-fixture.js';

const repo = { owner: OWNER, repo: REPO };

describe('GitHub emulator schema validation', () => {
  it('fails the test through close() when a response violates the OpenAPI description', async () => {
    const emulator = await startSeededEmulator();
    emulator.faults.add({
      kind: 'corruptResponse',
      route: 'GET /repos/{owner}/{repo}/git/ref/{ref}',
      mutate: (body) => {
        delete body.object;
      },
    });
    const octokit = octokitFor(emulator, emulator.tokens.actions);
    await octokit.rest.git.getRef({ ...repo, ref: 'heads/main' });
    expect(emulator.schemaViolations).toEqual([
      expect.objectContaining({
        operation: 'GET /repos/{owner}/{repo}/git/ref/{ref}',
        direction: 'response',
        status: 200,
        errors: [expect.stringContaining("must have required property 'object'")],
      }),
    ]);
    expect(() => emulator.assertNoSchemaViolations()).toThrow(/1 schema violation/);
    await expect(emulator.close()).rejects.toThrow(/GET \/repos\/\{owner\}\/\{repo\}\/git\/ref\/\{ref\}/);
  });

  it('refuses a request body that violates the description with 422 and records it', async () => {
    const emulator = await startSeededEmulator();
    const octokit = octokitFor(emulator, emulator.tokens.actions);
    const response = await octokit
      .request('POST /repos/{owner}/{repo}/statuses/{sha}', {
        ...repo,
        sha: 'a'.repeat(40),
        state: 'green' as 'success',
      })
      .catch((error: { status: number }) => error);
    expect(response.status).toBe(422);
    expect(emulator.schemaViolations[0]).toMatchObject({
      direction: 'request',
      operation: 'POST /repos/{owner}/{repo}/statuses/{sha}',
    });
    await emulator.close({ allowViolations: true });
  });

  it('records a request to an operation the emulator does not serve', async () => {
    const emulator = await startSeededEmulator();
    const octokit = octokitFor(emulator, emulator.tokens.actions);
    const response = await octokit.rest.repos
      .listForOrg({ org: 'acme' })
      .catch((error: { status: number }) => error);
    expect(response.status).toBe(404);
    expect(emulator.schemaViolations[0]?.errors[0]).toContain('no served operation');
    await emulator.close({ allowViolations: true });
  });

  it('accepts nullable fields and rejects wrong types in GitHub response schemas', () => {
    const validator = getSchemaValidator();
    const label = {
      id: 1,
      node_id: 'x',
      url: 'http://127.0.0.1/l',
      name: 'l',
      description: null,
      color: 'ededed',
      default: false,
    };
    expect(validator.validateResponse('GET /repos/{owner}/{repo}/labels', 200, [label])).toEqual([]);
    expect(
      validator.validateResponse('GET /repos/{owner}/{repo}/labels', 200, [{ ...label, id: 'one' }]),
    ).not.toEqual([]);
    expect(validator.validateResponse('GET /repos/{owner}/{repo}/labels', 201, [label])).toEqual([
      'status 201 is not documented for GET /repos/{owner}/{repo}/labels',
    ]);
  });
});
