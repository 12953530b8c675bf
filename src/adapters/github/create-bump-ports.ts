import type { BumpReaderPort } from '../../ports/bump-reader-port.js';
import type { GitHubPort } from '../../ports/github-port.js';
import type { Logger } from '../../ports/logger.js';
import { createGraphqlBumpReader } from './create-graphql-bump-reader.js';
import { createOctokit } from './create-octokit.js';
import { createOctokitGitHub } from './create-octokit-github.js';

/** The ports of a bump, bound to the target repository, and the REST and GraphQL calls they spent. */
export interface BumpPorts {
  github: GitHubPort;
  reader: BumpReaderPort;
  apiCalls: () => number;
  graphqlCalls: () => number;
}

/** Where the bump writes and how (the action and the CLI build the same ports from these). */
export interface BumpPortsOptions {
  token: string;
  /** The target (IaC) repository. */
  owner: string;
  repo: string;
  baseUrl: string;
  logger: Logger;
  writeIntervalMs?: number | undefined;
  /** Hides secrets in what is written to GitHub (the action's registered secrets). */
  scrubText?: ((text: string) => string) | undefined;
}

/**
 * The GitHub ports of a bump in the target repository: REST for writes, GraphQL for the reads of the target
 * and its open bump PRs; shared by the bump action and the CLI's bump commands.
 */
export function createBumpPorts(options: BumpPortsOptions): BumpPorts {
  const { token, owner, repo, baseUrl, logger, writeIntervalMs } = options;
  const github = createOctokitGitHub({
    token,
    owner,
    repo,
    baseUrl,
    logger,
    ...(writeIntervalMs === undefined ? {} : { writeIntervalMs }),
    ...(options.scrubText === undefined ? {} : { scrubText: options.scrubText }),
  });
  let graphqlCalls = 0;
  const octokit = createOctokit({ token, baseUrl, logger, writeIntervalMs, onRequest: () => graphqlCalls++ });
  const reader = createGraphqlBumpReader({
    graphql: (query, variables) => octokit.graphql(query, variables),
    owner,
    repo,
    readFileText: (ref, path) => github.getFileText(ref, path),
  });
  return {
    github,
    reader,
    apiCalls: () => github.callCount() + graphqlCalls,
    graphqlCalls: () => graphqlCalls,
  };
}
