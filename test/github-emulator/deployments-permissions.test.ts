// What a job's GITHUB_TOKEN may do with deployments and environments: the `deployments` scope for deployments and
// their statuses, `actions` for reading environments; reads of a public repository need no scope. Sources in
// test/support/github-emulator/workflow-token.ts and README.md ("Deployments").
import { afterEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../support/github-emulator/index.js';
import { errorOf, octokitFor, OWNER, REPO, startSeededEmulator } from './emulator-fixture.js';

const repo = { owner: OWNER, repo: REPO };
const REFUSED = { status: 403, message: expect.stringContaining('Resource not accessible by integration') };

let emulator: GitHubEmulator;
afterEach(async () => emulator?.close());

/** Creates a deployment of main's head to `environment` with `token`, as the gates record one. */
async function createDeployment(token: string, environment: string) {
  const sha = (await emulator.branchSha(OWNER, REPO, 'main'))!;
  return octokitFor(emulator, token).rest.repos.createDeployment({
    ...repo,
    ref: sha,
    environment,
    auto_merge: false,
    required_contexts: [],
  });
}

describe('GitHub emulator: deployments and a job’s GITHUB_TOKEN', () => {
  it('refuses a deployment to the token of a new repository’s job without permissions, creating nothing', async () => {
    emulator = await startSeededEmulator({ preset: 'new-repository' });
    // .github/workflows/push-only.yml declares no `permissions:`: the restricted default has no deployments.
    const token = await emulator.workflowToken({ ...repo, workflow: '.github/workflows/push-only.yml' });
    expect(emulator.tokenScopes(token)).toMatchObject({ deployments: 'none' });
    expect(await errorOf(createDeployment(token, 'prod'))).toMatchObject(REFUSED);
    expect(emulator.listDeployments(OWNER, REPO)).toEqual([]);
    expect(emulator.listEnvironments(OWNER, REPO)).toEqual([]);
  });

  it('refuses deployments and their statuses to a block without deployments: write, and allows them with it', async () => {
    emulator = await startSeededEmulator({ preset: 'permissive' });
    const without = await emulator.workflowToken({
      ...repo,
      permissions: { contents: 'write', 'pull-requests': 'write', issues: 'write', statuses: 'write' },
    });
    expect(await errorOf(createDeployment(without, 'prod'))).toMatchObject(REFUSED);
    const writer = await emulator.workflowToken({ ...repo, permissions: { deployments: 'write' } });
    const { data, status } = await createDeployment(writer, 'prod');
    expect(status).toBe(201);
    const id = (data as { id: number }).id;
    expect(
      await errorOf(
        octokitFor(emulator, without).rest.repos.createDeploymentStatus({
          ...repo,
          deployment_id: id,
          state: 'success',
        }),
      ),
    ).toMatchObject(REFUSED);
    const reader = await emulator.workflowToken({ ...repo, permissions: { deployments: 'read' } });
    expect(
      await errorOf(
        octokitFor(emulator, reader).rest.repos.createDeploymentStatus({
          ...repo,
          deployment_id: id,
          state: 'success',
        }),
      ),
    ).toMatchObject(REFUSED);
    await octokitFor(emulator, writer).rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: id,
      state: 'in_progress',
    });
    expect(emulator.listDeployments(OWNER, REPO)).toMatchObject([
      { id, environment: 'prod', statuses: [{ state: 'in_progress' }] },
    ]);
    // The permissive default grants deployments: write, as GitHub's table says.
    const permissive = await emulator.workflowToken({ ...repo, permissions: null });
    expect((await createDeployment(permissive, 'staging')).status).toBe(201);
  });

  it('lets any job token read a public repository’s deployments, but a private one’s only with deployments: read', async () => {
    emulator = await startSeededEmulator({ preset: 'permissive' });
    await emulator.createRepo({ owner: OWNER, name: 'secret', files: { 'a.txt': 'a\n' }, private: true });
    const sha = (await emulator.branchSha(OWNER, 'secret', 'main'))!;
    await octokitFor(emulator, emulator.tokens.app).rest.repos.createDeployment({
      owner: OWNER,
      repo: 'secret',
      ref: sha,
      environment: 'prod',
      auto_merge: false,
      required_contexts: [],
    });
    const blind = await emulator.workflowToken({
      owner: OWNER,
      repo: 'secret',
      permissions: { contents: 'read' },
    });
    const seeing = await emulator.workflowToken({
      owner: OWNER,
      repo: 'secret',
      permissions: { deployments: 'read', actions: 'read' },
    });
    const list = (token: string) =>
      octokitFor(emulator, token).rest.repos.listDeployments({ owner: OWNER, repo: 'secret' });
    expect(await errorOf(list(blind))).toMatchObject(REFUSED);
    expect((await list(seeing)).data).toHaveLength(1);
    const environments = (token: string) =>
      octokitFor(emulator, token).rest.repos.getAllEnvironments({ owner: OWNER, repo: 'secret' });
    expect(await errorOf(environments(blind))).toMatchObject(REFUSED);
    expect((await environments(seeing)).data.total_count).toBe(1);
    // GraphQL: the deployments field fails alone; the rest of the answer is there.
    const query =
      'query { repository(owner: "acme", name: "secret") { name deployments(first: 5) { nodes { environment } } } }';
    const refused = await octokitFor(emulator, blind)
      .graphql(query)
      .then(
        () => undefined,
        (error: unknown) => error as { errors: { message: string; path: string[] }[]; data: unknown },
      );
    expect(refused?.errors).toMatchObject([
      { message: 'Resource not accessible by integration', path: ['repository', 'deployments'] },
    ]);
    expect(refused?.data).toEqual({ repository: null });
    const seen = await octokitFor(emulator, seeing).graphql<{
      repository: { deployments: { nodes: { environment: string }[] } };
    }>(query);
    expect(seen.repository.deployments.nodes).toEqual([{ environment: 'prod' }]);
    // A public repository's deployments are readable without the scope.
    const publicReader = await emulator.workflowToken({ ...repo, permissions: { contents: 'read' } });
    expect((await octokitFor(emulator, publicReader).rest.repos.listDeployments(repo)).status).toBe(200);
  });
});
