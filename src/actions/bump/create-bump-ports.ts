import { createOctokit } from '../../adapters/github/create-octokit.js';
import { createOctokitGitHub } from '../../adapters/github/create-octokit-github.js';
import type { GitHubPort } from '../../ports/github-port.js';
import type { Logger } from '../../ports/logger.js';
import { scrubSecrets } from '../../runtime/secret-registry.js';
import type { BumpReaderPort } from '../../ports/bump-reader-port.js';
import { createGraphqlBumpReader } from '../../adapters/github/create-graphql-bump-reader.js';
import type { BumpInputs } from './read-bump-inputs.js';

/** The ports of a bump, bound to the target repository, and the REST and GraphQL calls they spent. */
export interface BumpPorts {
  github: GitHubPort;
  reader: BumpReaderPort;
  apiCalls: () => number;
  graphqlCalls: () => number;
}

/** The GitHub ports of a bump in `target-repo`: REST for writes, GraphQL for the reads of open bump PRs. */
export function createBumpPorts(inputs: BumpInputs, where: { baseUrl: string; logger: Logger }): BumpPorts {
  const { githubToken: token, writeIntervalMs, target } = inputs;
  const { baseUrl, logger } = where;
  const github = createOctokitGitHub({
    token,
    ...target,
    baseUrl,
    logger,
    writeIntervalMs,
    scrubText: scrubSecrets,
  });
  let graphqlCalls = 0;
  const octokit = createOctokit({ token, baseUrl, logger, writeIntervalMs, onRequest: () => graphqlCalls++ });
  const reader = createGraphqlBumpReader({
    graphql: (query, variables) => octokit.graphql(query, variables),
    ...target,
    readFileText: (ref, path) => github.getFileText(ref, path),
  });
  return {
    github,
    reader,
    apiCalls: () => github.callCount() + graphqlCalls,
    graphqlCalls: () => graphqlCalls,
  };
}
