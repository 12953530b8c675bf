import { createOctokit } from '../../adapters/github/create-octokit.js';
import { createOctokitGitHub } from '../../adapters/github/create-octokit-github.js';
import { InputError } from '../../core/errors/input-error.js';
import { MERGE_METHODS, type MergeMethodChoice } from '../../core/merge/choose-merge-method.js';
import { createActionLogger } from '../../runtime/action-logger.js';
import {
  booleanInput,
  enumInput,
  integerInput,
  requiredInput,
  secretInput,
  stringInput,
} from '../../runtime/inputs.js';
import { scrubSecrets } from '../../runtime/secret-registry.js';
import { setOutputs, writeSummary } from '../../runtime/outputs.js';
import { sleep } from '../../runtime/sleep.js';
import { readWorkflowContext } from '../../runtime/workflow-context.js';
import type { BumpRequest } from '../../use-cases/bump/bump-types.js';
import { bumpVersion } from '../../use-cases/bump/bump-version.js';
import { createGraphqlBumpReader } from '../../adapters/github/create-graphql-bump-reader.js';
import { readBumpEdits } from './read-bump-edits.js';
import { renderBumpSummary } from '../../core/bump/render-bump-summary.js';

const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** The bump action: a code repository's pipeline opens (or updates) a version-bump PR in the IaC repository. */
export async function runBump(): Promise<void> {
  const logger = createActionLogger();
  const workflow = readWorkflowContext();
  const token = secretInput('github-token') ?? '';
  if (token === '')
    throw new InputError('github-token', 'is empty; pass a token with write access to target-repo');
  const targetRepo = requiredInput('target-repo');
  if (!REPO.test(targetRepo))
    throw new InputError('target-repo', `must be owner/name, got ${JSON.stringify(targetRepo)}`);
  const [owner = '', repo = ''] = targetRepo.split('/');
  const request = await readRequest(targetRepo, workflow);
  const writeIntervalMs = integerInput('write-interval-ms', 1000, { min: 0, max: 60_000 });
  const github = createOctokitGitHub({
    token,
    owner,
    repo,
    baseUrl: workflow.apiUrl,
    logger,
    writeIntervalMs,
    scrubText: scrubSecrets,
  });
  let graphqlCalls = 0;
  const octokit = createOctokit({
    token,
    baseUrl: workflow.apiUrl,
    logger,
    writeIntervalMs,
    onRequest: () => {
      graphqlCalls++;
    },
  });
  const reader = createGraphqlBumpReader({
    graphql: (query, variables) => octokit.graphql(query, variables),
    owner,
    repo,
    readFileText: (ref, path) => github.getFileText(ref, path),
  });
  const result = await bumpVersion(request, { github, reader, logger, sleep });
  const apiCalls = github.callCount() + graphqlCalls;
  setOutputs({
    'pull-request-number': result.pullRequest?.number ?? '',
    'pull-request-url': result.pullRequest?.url ?? '',
    changed: result.changed,
    result: result.result,
    branch: result.branch ?? '',
    merge: result.merge,
    'api-calls': apiCalls,
  });
  await writeSummary(renderBumpSummary(result, { targetRepo, apiCalls, graphqlCalls }));
  if (result.mergeError !== undefined) {
    throw new Error(
      `#${result.pullRequest?.number ?? '?'} is open but auto-merge failed: ${result.mergeError}`,
    );
  }
}

async function readRequest(
  targetRepo: string,
  workflow: ReturnType<typeof readWorkflowContext>,
): Promise<BumpRequest> {
  const triggeringRepo = stringInput('triggering-repo') ?? `${workflow.owner}/${workflow.repo}`;
  if (!REPO.test(triggeringRepo)) {
    throw new InputError('triggering-repo', `must be owner/name, got ${JSON.stringify(triggeringRepo)}`);
  }
  const sha = stringInput('triggering-sha') ?? process.env.GITHUB_SHA ?? '';
  if (!/^[A-Za-z0-9._-]+$/.test(sha)) {
    throw new InputError(
      'triggering-sha',
      `must be the commit SHA of the triggering repository, got ${JSON.stringify(sha)}`,
    );
  }
  const autoMerge = booleanInput('auto-merge', false);
  return {
    targetRepo,
    edits: await readBumpEdits(workflow.workspace),
    triggeringRepo,
    sha,
    actor: stringInput('triggering-actor') ?? process.env.GITHUB_ACTOR ?? '',
    labels: (stringInput('labels') ?? '')
      .split(/[,\n]/)
      .map((label) => label.trim())
      .filter((label) => label !== ''),
    coalesce: booleanInput('coalesce', true),
    autoMerge: autoMerge ? enumInput('auto-merge-mode', ['direct', 'native'] as const, 'direct') : 'off',
    mergeMethod: enumInput<MergeMethodChoice>('merge-method', ['auto', ...MERGE_METHODS], 'auto'),
    serverUrl: workflow.serverUrl,
    dryRun: booleanInput('dry-run', false),
    allowWorkflowFiles: booleanInput('allow-workflow-files', false),
  };
}
