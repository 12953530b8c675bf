// GraphQL objects of delivery: deployments and their statuses, environments, pull request reviews and the
// commit status rollup, so that a sweep can read many pull requests and environments in one query:
// Repository { deployments(environments, orderBy) environments environment(name) },
// PullRequest { reviews(states, author) latestReviews latestOpinionatedReviews reviewDecision commits
// statusCheckRollup }, Commit { status statusCheckRollup deployments committedDate }.
import { deploymentState, latestDeploymentStatus } from './deployments.js';
import { actorObject, connection } from './graphql-connection.js';
import { approvalCount, protectionOf, requiredChecksFor } from './merge-requirements.js';
import type { RepoEngine } from './repo-engine.js';
import { repoHtmlUrl } from './representations.js';
import type {
  DeploymentRecord,
  DeploymentStatusRecord,
  EmulatorState,
  EnvironmentRecord,
  PullRecord,
  RepoRecord,
  ReviewRecord,
  StatusRecord,
} from './state.js';

type Json = Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Args = Record<string, any>;

/** Builds the delivery objects over one emulator's state; `commitObject` is graphql.ts's Commit. */
export function createDeliveryObjects(
  state: EmulatorState,
  engine: RepoEngine,
  commitObject: (repo: RepoRecord, oid: string) => Json,
) {
  const deploymentStatusObject = (
    repo: RepoRecord,
    deployment: DeploymentRecord,
    status: DeploymentStatusRecord,
  ): Json => ({
    __typename: 'DeploymentStatus',
    id: status.nodeId,
    state: status.state.toUpperCase(),
    createdAt: status.createdAt,
    updatedAt: status.createdAt,
    creator: actorObject(state, status.creator),
    description: status.description,
    environment: status.environment,
    environmentUrl: status.environmentUrl || null,
    logUrl: status.logUrl || null,
    deployment: () => deploymentObject(repo, deployment),
  });

  const deploymentObject = (repo: RepoRecord, deployment: DeploymentRecord): Json => {
    const latest = latestDeploymentStatus(deployment);
    return {
      __typename: 'Deployment',
      id: deployment.nodeId,
      databaseId: deployment.id,
      commitOid: deployment.sha,
      commit: () => commitObject(repo, deployment.sha),
      createdAt: deployment.createdAt,
      updatedAt: deployment.updatedAt,
      creator: actorObject(state, deployment.creator),
      description: deployment.description,
      environment: deployment.environment,
      latestEnvironment: latest?.environment ?? deployment.environment,
      originalEnvironment: deployment.originalEnvironment,
      // GraphQL's `payload` is a String: the JSON text of an object payload.
      payload:
        typeof deployment.payload === 'string' ? deployment.payload : JSON.stringify(deployment.payload),
      task: deployment.task,
      state: deploymentState(deployment),
      latestStatus: latest ? deploymentStatusObject(repo, deployment, latest) : null,
      statuses: (args: Args) =>
        connection([...deployment.statuses].reverse(), args, 'statuses', (status) =>
          deploymentStatusObject(repo, deployment, status),
        ),
      ref: async () => {
        const sha = await repo.git.resolveRef(`refs/heads/${deployment.ref}`);
        return sha
          ? {
              __typename: 'Ref',
              id: `REF_refs/heads/${deployment.ref}`,
              name: deployment.ref,
              prefix: 'refs/heads/',
            }
          : null;
      },
    };
  };

  /** Repository.deployments / Commit.deployments: `environments` filter, CREATED_AT order (ASC by default). */
  const deploymentsConnection = (repo: RepoRecord, args: Args, sha?: string) => {
    const environments = (args.environments as string[] | undefined | null)?.map((name) =>
      name.toLowerCase(),
    );
    const direction = (args.orderBy as { direction?: string } | undefined)?.direction ?? 'ASC';
    const deployments = repo.deployments
      .filter((deployment) => sha === undefined || deployment.sha === sha)
      .filter((deployment) => !environments || environments.includes(deployment.environment.toLowerCase()));
    if (direction === 'DESC') deployments.reverse();
    return connection(deployments, args, 'deployments', (deployment) => deploymentObject(repo, deployment));
  };

  const environmentObject = (repo: RepoRecord, environment: EnvironmentRecord): Json => ({
    __typename: 'Environment',
    id: environment.nodeId,
    databaseId: environment.id,
    name: environment.name,
    isPinned: false,
    pinnedPosition: null,
    latestCompletedDeployment: () => {
      const completed = repo.deployments.filter(
        (deployment) =>
          deployment.environment.toLowerCase() === environment.name.toLowerCase() &&
          ['success', 'failure', 'error', 'inactive'].includes(
            latestDeploymentStatus(deployment)?.state ?? '',
          ),
      );
      const last = completed.at(-1);
      return last ? deploymentObject(repo, last) : null;
    },
    protectionRules: (args: Args) => connection([], args, 'protectionRules', (rule) => rule),
  });

  const environmentsConnection = (repo: RepoRecord, args: Args) => {
    const listed = (args.names as string[] | undefined | null) ?? [];
    const names = listed.length > 0 ? listed.map((name) => name.toLowerCase()) : undefined;
    const environments = [...repo.environments.values()]
      .filter((environment) => !names || names.includes(environment.name.toLowerCase()))
      .sort((a, b) => a.name.localeCompare(b.name));
    return connection(environments, args, 'environments', (environment) =>
      environmentObject(repo, environment),
    );
  };

  const reviewObject = (repo: RepoRecord, pull: PullRecord, review: ReviewRecord): Json => {
    const identity = state.identities.byLogin(review.user);
    return {
      __typename: 'PullRequestReview',
      id: review.nodeId,
      databaseId: review.id,
      author: actorObject(state, review.user),
      authorAssociation:
        review.user.toLowerCase() === repo.owner.toLowerCase()
          ? 'OWNER'
          : review.user.endsWith('[bot]')
            ? 'NONE'
            : 'COLLABORATOR',
      authorCanPushToRepository: identity?.permission === 'write' || identity?.permission === 'admin',
      state: review.state,
      body: review.body,
      createdAt: review.submittedAt,
      submittedAt: review.state === 'PENDING' ? null : review.submittedAt,
      url: `${repoHtmlUrl(state, repo)}/pull/${pull.number}#pullrequestreview-${review.id}`,
      commit: () => commitObject(repo, review.commitId),
    };
  };

  const reviewsOf = (repo: RepoRecord, pull: PullRecord) => repo.reviews.get(pull.number) ?? [];

  /** The latest review per user; `opinionated` keeps only approvals and change requests. */
  const latestPerUser = (
    repo: RepoRecord,
    pull: PullRecord,
    options: { opinionated: boolean; writersOnly: boolean },
  ) => {
    const latest = new Map<string, ReviewRecord>();
    for (const review of reviewsOf(repo, pull)) {
      if (review.state === 'PENDING') continue;
      if (options.opinionated && review.state === 'COMMENTED') continue;
      if (options.writersOnly) {
        const permission = state.identities.byLogin(review.user)?.permission;
        if (permission !== 'write' && permission !== 'admin') continue;
      }
      latest.set(review.user.toLowerCase(), review);
    }
    return [...latest.values()];
  };

  /** `reviewDecision`: null unless the base branch requires approving reviews (as on GitHub). */
  const reviewDecision = (repo: RepoRecord, pull: PullRecord): string | null => {
    const required = protectionOf(repo, pull.base)?.requiredApprovingReviewCount ?? 0;
    if (required === 0) return null;
    const latest = latestPerUser(repo, pull, { opinionated: true, writersOnly: true });
    if (latest.some((review) => review.state === 'CHANGES_REQUESTED')) return 'CHANGES_REQUESTED';
    return approvalCount(repo, pull, state.identities) >= required ? 'APPROVED' : 'REVIEW_REQUIRED';
  };

  const statusContextObject = (repo: RepoRecord, sha: string, status: StatusRecord): Json => ({
    __typename: 'StatusContext',
    id: status.nodeId,
    context: status.context,
    state: status.state.toUpperCase(),
    description: status.description,
    targetUrl: status.targetUrl,
    createdAt: status.createdAt,
    creator: actorObject(state, status.creator),
    avatarUrl: null,
    commit: () => commitObject(repo, sha),
    isRequired: (args: Args) => {
      const pull =
        args.pullRequestNumber !== undefined
          ? repo.pulls.get(args.pullRequestNumber as number)
          : [...repo.pulls.values()].find((candidate) => candidate.nodeId === args.pullRequestId);
      return pull ? requiredChecksFor(repo, pull.base).includes(status.context) : false;
    },
  });

  /** Commit.status and Commit.statusCheckRollup (status contexts only: check runs are not emulated). */
  const commitStatusFields = (repo: RepoRecord, sha: string): Json => {
    const rollup = () => {
      const latest = engine.latestStatuses(repo, sha);
      if (latest.length === 0) return null;
      const contexts = (args: Args) =>
        connection(latest, args, 'contexts', (status) => statusContextObject(repo, sha, status));
      return {
        id: `SCR_${sha}`,
        state: engine.combinedState(repo, sha).toUpperCase(),
        commit: () => commitObject(repo, sha),
        contexts,
        combinedContexts: contexts,
        context: (args: Args) => {
          const found = latest.find((status) => status.context === args.name);
          return found ? statusContextObject(repo, sha, found) : null;
        },
      };
    };
    return {
      status: () => {
        const value = rollup();
        if (!value) return null;
        return {
          ...value,
          __typename: 'Status',
          id: `ST_${sha}`,
          contexts: engine.latestStatuses(repo, sha).map((status) => statusContextObject(repo, sha, status)),
        };
      },
      statusCheckRollup: () => {
        const value = rollup();
        return value ? { ...value, __typename: 'StatusCheckRollup' } : null;
      },
      deployments: (args: Args) => deploymentsConnection(repo, args, sha),
      committedDate: async () => (await repo.git.readCommit(sha)).committer.date,
    };
  };

  /** The PullRequest fields of delivery. */
  const pullFields = (repo: RepoRecord, pull: PullRecord): Json => ({
    reviews: (args: Args) => {
      const states = args.states as string[] | undefined | null;
      const author = args.author as string | undefined | null;
      const reviews = reviewsOf(repo, pull)
        .filter((review) => !states || states.includes(review.state))
        .filter((review) => !author || review.user.toLowerCase() === author.toLowerCase());
      return connection(reviews, args, 'reviews', (review) => reviewObject(repo, pull, review));
    },
    latestReviews: (args: Args) =>
      connection(
        latestPerUser(repo, pull, { opinionated: false, writersOnly: false }),
        args,
        'latestReviews',
        (review) => reviewObject(repo, pull, review),
      ),
    latestOpinionatedReviews: (args: Args) =>
      connection(
        latestPerUser(repo, pull, { opinionated: true, writersOnly: args.writersOnly === true }),
        args,
        'latestOpinionatedReviews',
        (review) => reviewObject(repo, pull, review),
      ),
    reviewDecision: () => reviewDecision(repo, pull),
    commits: async (args: Args) => {
      await engine.refreshPull(repo, pull);
      const shas = await repo.git.revList([pull.headSha, `^${pull.baseSha}`]);
      return connection(shas, args, 'commits', (sha) => ({
        __typename: 'PullRequestCommit',
        id: `PRC_${pull.number}_${sha}`,
        commit: commitObject(repo, sha),
      }));
    },
    statusCheckRollup: async () => {
      await engine.refreshPull(repo, pull);
      return (commitStatusFields(repo, pull.headSha).statusCheckRollup as () => unknown)();
    },
  });

  return { deploymentsConnection, environmentsConnection, environmentObject, commitStatusFields, pullFields };
}
