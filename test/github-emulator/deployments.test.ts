import type { components } from '@octokit/openapi-types';
import { RequestError } from '@octokit/request-error';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../support/github-emulator/index.js';
import { validateWebhookPayload } from '../support/github-emulator/schema-validator.js';
import { createTestClock, HOUR, MINUTE, type TestClock } from '../support/test-clock.js';
import { octokitFor, OWNER, REPO, startSeededEmulator } from './emulator-fixture.js';

const repo = { owner: OWNER, repo: REPO };
const START = '2026-03-02T08:00:00Z';

async function rejection(promise: Promise<unknown>): Promise<RequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RequestError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('GitHub emulator deployments and environments', () => {
  let emulator: GitHubEmulator;
  let clock: TestClock;
  let octokit: ReturnType<typeof octokitFor>;
  let main: string;

  beforeEach(async () => {
    clock = createTestClock({ start: START });
    emulator = await startSeededEmulator({ clock });
    octokit = octokitFor(emulator, emulator.tokens.actions);
    main = (await emulator.branchSha(OWNER, REPO, 'main'))!;
  });

  afterEach(async () => {
    await emulator.close();
  });

  // 201 answers carry a deployment; 202 (auto-merge) a message: the tests below expect 201.
  const deploy = async (environment: string, extra: Record<string, unknown> = {}) => {
    const response = await octokit.rest.repos.createDeployment({
      ...repo,
      ref: main,
      environment,
      auto_merge: false,
      required_contexts: [],
      payload: { components: ['app'], sourcePr: 7 },
      ...extra,
    });
    return { ...response, data: response.data as components['schemas']['deployment'] & { id: number } };
  };

  it('creates a deployment on the resolved SHA, its environment, and a `deployment` event', async () => {
    emulator.takeEvents();
    const { status, data, headers } = await deploy('staging', { ref: 'main', description: 'promotion #7' });
    expect(status).toBe(201);
    expect(headers.location).toBe(data.url);
    expect(data).toMatchObject({
      sha: main,
      ref: 'main',
      task: 'deploy',
      environment: 'staging',
      original_environment: 'staging',
      payload: { components: ['app'], sourcePr: 7 },
      description: 'promotion #7',
      production_environment: false,
      transient_environment: false,
      created_at: START,
      creator: { login: 'github-actions[bot]' },
    });
    expect(emulator.listEnvironments(OWNER, REPO)).toEqual(['staging']);
    const environment = await octokit.rest.repos.getEnvironment({ ...repo, environment_name: 'staging' });
    expect(environment.data).toMatchObject({ name: 'staging', created_at: START });
    const all = await octokit.rest.repos.getAllEnvironments(repo);
    expect(all.data.total_count).toBe(1);
    const events = emulator.takeEvents();
    expect(events.map((event) => event.name)).toEqual(['deployment']);
    expect(validateWebhookPayload('deployment-created', events[0]!.payload)).toEqual([]);
  });

  it('defaults the environment to production, which is then a production environment', async () => {
    const { data } = await octokit.rest.repos.createDeployment({ ...repo, ref: main, required_contexts: [] });
    expect(data).toMatchObject({ environment: 'production', production_environment: true, payload: {} });
  });

  it('answers 404 for an environment nobody deployed to and 422 for an unknown ref', async () => {
    const missing = await rejection(octokit.rest.repos.getEnvironment({ ...repo, environment_name: 'qa' }));
    expect(missing.status).toBe(404);
    const unknown = await rejection(deploy('qa', { ref: 'no-such-branch' }));
    expect(unknown.status).toBe(422);
    expect(unknown.message).toContain('No ref found for: no-such-branch');
    expect(emulator.listDeployments(OWNER, REPO)).toEqual([]);
  });

  it('refuses with 409 when a required context is not success, and skips the check for []', async () => {
    await octokit.rest.repos.createCommitStatus({ ...repo, sha: main, state: 'pending', context: 'ci' });
    const refused = await rejection(deploy('staging', { required_contexts: undefined }));
    expect(refused.status).toBe(409);
    expect(refused.response?.data).toMatchObject({
      message: `Conflict: Commit status checks failed for ${main}.`,
      errors: [
        {
          contexts: [{ context: 'ci', state: 'pending' }],
          resource: 'Deployment',
          field: 'required_contexts',
          code: 'invalid',
        },
      ],
    });
    const named = await rejection(deploy('staging', { required_contexts: ['security'] }));
    expect(named.status).toBe(409);
    expect(emulator.listDeployments(OWNER, REPO)).toEqual([]);
    expect((await deploy('staging')).status).toBe(201);
    await octokit.rest.repos.createCommitStatus({ ...repo, sha: main, state: 'success', context: 'ci' });
    expect((await deploy('staging', { required_contexts: undefined })).status).toBe(201);
  });

  it('with auto_merge merges the default branch into a branch behind it (202) instead of deploying', async () => {
    await emulator.createBranch({ ...repo, branch: 'topic', from: 'main' });
    await emulator.commitFiles({ ...repo, branch: 'main', files: { 'new.txt': 'n\n' }, message: 'ahead' });
    const merged = await octokit.rest.repos.createDeployment({
      ...repo,
      ref: 'topic',
      required_contexts: [],
    });
    expect(merged.status).toBe(202);
    expect(merged.data).toEqual({ message: 'Auto-merged main into topic on deployment.' });
    expect(await emulator.readFile(OWNER, REPO, 'topic', 'new.txt')).toBe('n\n');
    expect(emulator.listDeployments(OWNER, REPO)).toEqual([]);
    expect(
      (await octokit.rest.repos.createDeployment({ ...repo, ref: 'topic', required_contexts: [] })).status,
    ).toBe(201);
  });

  it('records statuses with the clock, log_url as target_url, and a `deployment_status` event', async () => {
    const { data: deployment } = await deploy('staging');
    emulator.takeEvents();
    clock.advance(5 * MINUTE);
    const { data: status } = await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: deployment.id,
      state: 'in_progress',
      log_url: 'https://example.test/run/1',
      description: 'merged',
    });
    expect(status).toMatchObject({
      state: 'in_progress',
      environment: 'staging',
      log_url: 'https://example.test/run/1',
      target_url: 'https://example.test/run/1',
      created_at: '2026-03-02T08:05:00Z',
      description: 'merged',
    });
    const events = emulator.takeEvents();
    expect(events.map((event) => event.name)).toEqual(['deployment_status']);
    expect(validateWebhookPayload('deployment-status-created', events[0]!.payload)).toEqual([]);
    const listed = await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: deployment.id });
    expect(listed.data.map((entry) => entry.state)).toEqual(['in_progress']);
    const read = await octokit.rest.repos.getDeployment({ ...repo, deployment_id: deployment.id });
    expect(read.data.updated_at).toBe('2026-03-02T08:05:00Z');
    const missing = await rejection(octokit.rest.repos.getDeployment({ ...repo, deployment_id: 999_999 }));
    expect(missing.status).toBe(404);
  });

  it('marks prior successful non-production deployments of the environment inactive on a new success', async () => {
    const first = (await deploy('staging')).data;
    const other = (await deploy('lab')).data;
    const failed = (await deploy('staging')).data;
    const second = (await deploy('staging')).data;
    const status = (id: number, state: 'success' | 'failure') =>
      octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: id, state });
    await status(first.id, 'success');
    await status(other.id, 'success');
    await status(failed.id, 'failure');
    await status(second.id, 'success');
    const latest = Object.fromEntries(
      emulator.listDeployments(OWNER, REPO).map((deployment) => [deployment.id, deployment.latestStatus]),
    );
    expect(latest).toEqual({
      [first.id]: 'inactive',
      [other.id]: 'success',
      [failed.id]: 'failure',
      [second.id]: 'success',
    });
    const states = await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: first.id });
    expect(states.data.map((entry) => entry.state)).toEqual(['inactive', 'success']);
  });

  it('leaves prior deployments alone with auto_inactive: false, and production ones always', async () => {
    const staging = (await deploy('staging')).data;
    const production = (await deploy('production')).data;
    for (const id of [staging.id, production.id]) {
      await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: id, state: 'success' });
    }
    const nextStaging = (await deploy('staging')).data;
    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: nextStaging.id,
      state: 'success',
      auto_inactive: false,
    });
    const nextProduction = (await deploy('production')).data;
    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: nextProduction.id,
      state: 'success',
    });
    expect(emulator.listDeployments(OWNER, REPO).map((deployment) => deployment.state)).toEqual([
      'ACTIVE',
      'ACTIVE',
      'ACTIVE',
      'ACTIVE',
    ]);
  });

  it('lists deployments newest first, filtered by environment, sha and ref', async () => {
    await deploy('staging');
    clock.advance(HOUR);
    await deploy('production', { ref: 'main' });
    const all = await octokit.rest.repos.listDeployments(repo);
    expect(all.data.map((deployment) => deployment.environment)).toEqual(['production', 'staging']);
    const staging = await octokit.rest.repos.listDeployments({ ...repo, environment: 'staging' });
    expect(staging.data.map((deployment) => deployment.environment)).toEqual(['staging']);
    const byRef = await octokit.rest.repos.listDeployments({ ...repo, ref: 'main' });
    expect(byRef.data.map((deployment) => deployment.environment)).toEqual(['production']);
    const bySha = await octokit.rest.repos.listDeployments({ ...repo, sha: main });
    expect(bySha.data).toHaveLength(2);
  });

  it('deletes an inactive deployment, refuses an active one while others exist, and 404s an unknown id', async () => {
    const kept = (await deploy('staging')).data;
    const duplicate = (await deploy('staging')).data;
    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: duplicate.id,
      state: 'in_progress',
    });
    // Not inactive (in_progress, or no status at all) while the repository has another deployment: 422.
    for (const id of [duplicate.id, kept.id]) {
      const refused = await rejection(octokit.rest.repos.deleteDeployment({ ...repo, deployment_id: id }));
      expect(refused.status).toBe(422);
      expect(refused.message).toMatch(/cannot delete an active deployment/);
    }
    expect(emulator.listDeployments(OWNER, REPO).map((deployment) => deployment.id)).toEqual([
      kept.id,
      duplicate.id,
    ]);
    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: duplicate.id,
      state: 'inactive',
    });
    const deleted = await octokit.rest.repos.deleteDeployment({ ...repo, deployment_id: duplicate.id });
    expect(deleted.status).toBe(204);
    expect(emulator.listDeployments(OWNER, REPO).map((deployment) => deployment.id)).toEqual([kept.id]);
    const gone = await rejection(
      octokit.rest.repos.deleteDeployment({ ...repo, deployment_id: duplicate.id }),
    );
    expect(gone.status).toBe(404);
    const listed = await octokit.rest.repos.listDeployments({ ...repo, environment: 'staging' });
    expect(listed.data.map((deployment) => deployment.id)).toEqual([kept.id]);
    // The only deployment left goes whatever its state.
    await octokit.rest.repos.deleteDeployment({ ...repo, deployment_id: kept.id });
    expect(emulator.listDeployments(OWNER, REPO)).toEqual([]);
  });

  it('refuses to delete a deployment for a read-only identity (403)', async () => {
    const only = (await deploy('staging')).data;
    const reader = octokitFor(emulator, emulator.tokens.reader);
    const refused = await rejection(reader.rest.repos.deleteDeployment({ ...repo, deployment_id: only.id }));
    expect(refused.status).toBe(403);
    expect(emulator.listDeployments(OWNER, REPO)).toHaveLength(1);
  });

  it('refuses a read-only identity with 403 and creates nothing', async () => {
    const reader = octokitFor(emulator, emulator.tokens.reader);
    const refused = await rejection(
      reader.rest.repos.createDeployment({
        ...repo,
        ref: main,
        environment: 'staging',
        required_contexts: [],
      }),
    );
    expect(refused.status).toBe(403);
    expect(emulator.listEnvironments(OWNER, REPO)).toEqual([]);
  });

  it('serves deployments, environments and statuses through GraphQL in one query', async () => {
    const staging = (await deploy('staging')).data;
    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: staging.id,
      state: 'in_progress',
    });
    clock.advance(10 * MINUTE);
    await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: staging.id, state: 'success' });
    await deploy('production');
    const result = await octokit.graphql<{
      repository: {
        deployments: {
          nodes: {
            databaseId: number;
            environment: string;
            state: string;
            commitOid: string;
            payload: string;
            latestStatus: { state: string; createdAt: string } | null;
            statuses: { nodes: { state: string }[] };
          }[];
        };
        environments: { nodes: { name: string; latestCompletedDeployment: { databaseId: number } | null }[] };
        environment: { name: string } | null;
      };
    }>(
      `query($owner: String!, $name: String!) {
        repository(owner: $owner, name: $name) {
          deployments(environments: ["staging", "production"], first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {
            nodes {
              databaseId environment state commitOid payload
              latestStatus { state createdAt }
              statuses(first: 10) { nodes { state } }
            }
          }
          environments(first: 10) { nodes { name latestCompletedDeployment { databaseId } } }
          environment(name: "staging") { name }
        }
      }`,
      { owner: OWNER, name: REPO },
    );
    expect(result.repository.deployments.nodes).toEqual([
      expect.objectContaining({ environment: 'production', state: 'PENDING', latestStatus: null }),
      expect.objectContaining({
        databaseId: staging.id,
        environment: 'staging',
        state: 'ACTIVE',
        commitOid: main,
        latestStatus: { state: 'SUCCESS', createdAt: '2026-03-02T08:10:00Z' },
        statuses: { nodes: [{ state: 'SUCCESS' }, { state: 'IN_PROGRESS' }] },
      }),
    ]);
    expect(JSON.parse(result.repository.deployments.nodes[1]!.payload)).toEqual({
      components: ['app'],
      sourcePr: 7,
    });
    expect(result.repository.environments.nodes).toEqual([
      { name: 'production', latestCompletedDeployment: null },
      { name: 'staging', latestCompletedDeployment: { databaseId: staging.id } },
    ]);
    expect(result.repository.environment).toEqual({ name: 'staging' });
  });
});

describe('GitHub emulator reviews and status rollup in GraphQL', () => {
  let emulator: GitHubEmulator;
  let number: number;
  let headSha: string;

  beforeEach(async () => {
    emulator = await startSeededEmulator({ clock: createTestClock({ start: START }) });
    headSha = await emulator.commitFiles({
      ...repo,
      branch: 'promotions/7-x',
      from: 'main',
      files: { 'clusters/prod/eu/c1/app/values.yaml': 'replicas: 3\nimage: app:1.0\n' },
      message: 'promote',
      author: 'telefonistka[bot]',
    });
    number = (
      await emulator.openPullRequest({
        ...repo,
        head: 'promotions/7-x',
        base: 'main',
        title: 'Promote',
        user: 'telefonistka[bot]',
      })
    ).number;
  });

  afterEach(async () => {
    await emulator.close();
  });

  const query = `query($owner: String!, $name: String!, $number: Int!) {
    repository(owner: $owner, name: $name) {
      pullRequest(number: $number) {
        reviewDecision
        reviews(first: 20) { nodes { author { login } state submittedAt authorCanPushToRepository commit { oid } } }
        latestOpinionatedReviews(first: 20, writersOnly: true) { nodes { author { login } state } }
        commits(last: 1) {
          nodes { commit { oid statusCheckRollup { state contexts(first: 10) { nodes {
            __typename ... on StatusContext { context state description createdAt isRequired(pullRequestNumber: $number) }
          } } } } }
        }
      }
    }
  }`;
  interface Answer {
    repository: {
      pullRequest: {
        reviewDecision: string | null;
        reviews: {
          nodes: {
            author: { login: string };
            state: string;
            submittedAt: string;
            authorCanPushToRepository: boolean;
            commit: { oid: string };
          }[];
        };
        latestOpinionatedReviews: { nodes: { author: { login: string }; state: string }[] };
        commits: {
          nodes: {
            commit: {
              oid: string;
              statusCheckRollup: { state: string; contexts: { nodes: Record<string, unknown>[] } } | null;
            };
          }[];
        };
      };
    };
  }

  it('reports reviews by several identities, the latest opinion per writer, and the review decision', async () => {
    emulator.setBranchProtection(OWNER, REPO, 'main', { requiredApprovingReviewCount: 2 });
    const review = (token: string, event: 'APPROVE' | 'REQUEST_CHANGES' | 'COMMENT', body?: string) =>
      octokitFor(emulator, token).rest.pulls.createReview({
        ...repo,
        pull_number: number,
        event,
        ...(body ? { body } : {}),
      });
    await review(emulator.tokens.user, 'REQUEST_CHANGES', 'not yet');
    await review(emulator.tokens.approver, 'APPROVE');
    await review(emulator.tokens.reader, 'APPROVE');
    await review(emulator.tokens.admin, 'COMMENT', 'looks fine');
    const octokit = octokitFor(emulator, emulator.tokens.app);
    const first = await octokit.graphql<Answer>(query, { owner: OWNER, name: REPO, number });
    expect(first.repository.pullRequest.reviewDecision).toBe('CHANGES_REQUESTED');
    expect(first.repository.pullRequest.reviews.nodes).toEqual([
      {
        author: { login: 'alice' },
        state: 'CHANGES_REQUESTED',
        submittedAt: START,
        authorCanPushToRepository: true,
        commit: { oid: headSha },
      },
      {
        author: { login: 'approver' },
        state: 'APPROVED',
        submittedAt: START,
        authorCanPushToRepository: true,
        commit: { oid: headSha },
      },
      {
        author: { login: 'reader' },
        state: 'APPROVED',
        submittedAt: START,
        authorCanPushToRepository: false,
        commit: { oid: headSha },
      },
      {
        author: { login: 'repo-admin' },
        state: 'COMMENTED',
        submittedAt: START,
        authorCanPushToRepository: true,
        commit: { oid: headSha },
      },
    ]);
    expect(first.repository.pullRequest.latestOpinionatedReviews.nodes).toEqual([
      { author: { login: 'alice' }, state: 'CHANGES_REQUESTED' },
      { author: { login: 'approver' }, state: 'APPROVED' },
    ]);
    await review(emulator.tokens.user, 'APPROVE');
    const second = await octokit.graphql<Answer>(query, { owner: OWNER, name: REPO, number });
    expect(second.repository.pullRequest.reviewDecision).toBe('APPROVED');
    const rest = await octokit.rest.pulls.listReviews({ ...repo, pull_number: number });
    expect(rest.data.map((entry) => `${entry.user?.login}:${entry.state}`)).toEqual([
      'alice:CHANGES_REQUESTED',
      'approver:APPROVED',
      'reader:APPROVED',
      'repo-admin:COMMENTED',
      'alice:APPROVED',
    ]);
  });

  it('filters pull requests by label and resolves HEAD to the default branch in object(expression:)', async () => {
    await emulator.commitFiles({
      ...repo,
      branch: 'main',
      files: { '.telefonistka/freeze': 'release week\n' },
      message: 'freeze',
    });
    await emulator.commitFiles({
      ...repo,
      branch: 'other',
      from: 'main',
      files: { 'o.txt': 'o\n' },
      message: 'o',
    });
    await emulator.openPullRequest({ ...repo, head: 'other', base: 'main', title: 'Other' });
    const octokit = octokitFor(emulator, emulator.tokens.app);
    await octokit.rest.issues.addLabels({ ...repo, issue_number: number, labels: ['Promotion'] });
    const answer = await octokit.graphql<{
      repository: {
        freeze: { text: string } | null;
        missing: { text: string } | null;
        pullRequests: { nodes: { number: number }[] };
      };
    }>(
      `query($owner: String!, $name: String!) {
        repository(owner: $owner, name: $name) {
          freeze: object(expression: "HEAD:.telefonistka/freeze") { ... on Blob { text } }
          missing: object(expression: "HEAD:no-such-file") { ... on Blob { text } }
          pullRequests(states: OPEN, labels: ["promotion"], first: 10) { nodes { number } }
        }
      }`,
      { owner: OWNER, name: REPO },
    );
    expect(answer.repository).toEqual({
      freeze: { text: 'release week\n' },
      missing: null,
      pullRequests: { nodes: [{ number }] },
    });
  });

  it('has no review decision when the base branch requires no reviews', async () => {
    const octokit = octokitFor(emulator, emulator.tokens.app);
    const answer = await octokit.graphql<Answer>(query, { owner: OWNER, name: REPO, number });
    expect(answer.repository.pullRequest.reviewDecision).toBeNull();
    expect(answer.repository.pullRequest.commits.nodes[0]!.commit).toEqual({
      oid: headSha,
      statusCheckRollup: null,
    });
  });

  it('rolls up the head commit statuses with the latest state per context', async () => {
    emulator.setRequiredStatusChecks(OWNER, REPO, ['telefonistka/gates']);
    const octokit = octokitFor(emulator, emulator.tokens.app);
    const status = (state: 'pending' | 'success' | 'failure', context: string, description: string) =>
      octokit.rest.repos.createCommitStatus({ ...repo, sha: headSha, state, context, description });
    await status('pending', 'telefonistka/gates', 'staging soaking: 0m of 2h');
    await status('success', 'ci', 'ok');
    const pending = await octokit.graphql<Answer>(query, { owner: OWNER, name: REPO, number });
    expect(pending.repository.pullRequest.commits.nodes[0]!.commit.statusCheckRollup).toEqual({
      state: 'PENDING',
      contexts: {
        nodes: [
          {
            __typename: 'StatusContext',
            context: 'telefonistka/gates',
            state: 'PENDING',
            description: 'staging soaking: 0m of 2h',
            createdAt: START,
            isRequired: true,
          },
          {
            __typename: 'StatusContext',
            context: 'ci',
            state: 'SUCCESS',
            description: 'ok',
            createdAt: START,
            isRequired: false,
          },
        ],
      },
    });
    await status('failure', 'telefonistka/gates', 'staging is Degraded');
    const failed = await octokit.graphql<Answer>(query, { owner: OWNER, name: REPO, number });
    expect(failed.repository.pullRequest.commits.nodes[0]!.commit.statusCheckRollup?.state).toBe('FAILURE');
  });
});

describe('GitHub emulator clock and scheduled events', () => {
  it('stamps pull requests, comments and commits with the injected clock', async () => {
    const clock = createTestClock({ start: START });
    const emulator = await startSeededEmulator({ clock });
    try {
      clock.advance(2 * HOUR);
      await emulator.commitFiles({
        ...repo,
        branch: 'b',
        from: 'main',
        files: { 'x.txt': 'x\n' },
        message: 'x',
      });
      const pull = await emulator.openPullRequest({ ...repo, head: 'b', base: 'main', title: 'B' });
      const { data } = await octokitFor(emulator, emulator.tokens.app).rest.pulls.get({
        ...repo,
        pull_number: pull.number,
      });
      expect(data.created_at).toBe('2026-03-02T10:00:00Z');
      expect(data.head.sha).toBe(pull.headSha);
      const commit = await octokitFor(emulator, emulator.tokens.app).rest.git.getCommit({
        ...repo,
        commit_sha: pull.headSha,
      });
      expect(commit.data.author.date).toBe('2026-03-02T10:00:00Z');
    } finally {
      await emulator.close();
    }
  });

  it('builds the payload of a scheduled run', async () => {
    const emulator = await startSeededEmulator();
    try {
      const event = emulator.scheduleEvent(OWNER, REPO, { cron: '*/15 * * * *' });
      expect(event.name).toBe('schedule');
      expect(event.payload).toMatchObject({
        schedule: '*/15 * * * *',
        workflow: '.github/workflows/telefonistka.yml',
        repository: { full_name: `${OWNER}/${REPO}` },
      });
      expect(emulator.events).toEqual([]);
    } finally {
      await emulator.close();
    }
  });
});
