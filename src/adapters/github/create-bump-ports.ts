import type { BumpReaderPort } from '../../ports/bump-reader-port.js';
import type { GitHubPort } from '../../ports/github-port.js';
import { createGraphqlBumpReader } from './create-graphql-bump-reader.js';
import type { RepositoryClientOptions } from './repository-client-options.js';
import { createOctokitGitHub } from './create-octokit-github.js';

/** The ports of a bump, bound to the target repository, and the REST and GraphQL calls they spent. */
export interface BumpPorts {
  github: GitHubPort;
  reader: BumpReaderPort;
  apiCalls: () => number;
  graphqlCalls: () => number;
}

/** Where the bump writes (owner/repo: the target IaC repository) and how; the action and the CLI share it. */
export type BumpPortsOptions = RepositoryClientOptions;

/**
 * The GitHub ports of a bump in the target repository: REST for writes, GraphQL for the reads of the target
 * and its open bump PRs; shared by the bump action and the CLI's bump commands.
 */
export function createBumpPorts(options: BumpPortsOptions): BumpPorts {
  const github = createOctokitGitHub(options);
  let graphqlCalls = 0;
  // The reader only reads: nothing it sends is written to GitHub, so it needs no secret scrubbing.
  const reader = createGraphqlBumpReader({
    ...options,
    scrubText: undefined,
    onRequest: () => graphqlCalls++,
    readFileText: (ref, path) => github.getFileText(ref, path),
  });
  return {
    github,
    reader,
    apiCalls: () => github.callCount() + graphqlCalls,
    graphqlCalls: () => graphqlCalls,
  };
}
