import type { GateFacts, GateVerdict } from '../../core/gates/gate-types.js';
import type { RepoConfig } from '../../core/config/types.js';
import { GATES_CONTEXT } from '../../core/gates/gates-context.js';
import { environmentOf } from '../../core/gates/environment-of.js';
import { evaluateGates, STATUS_DESCRIPTION_LIMIT } from '../../core/gates/evaluate-gates.js';
import { FREEZE_FILE, parseFreezeFile } from '../../core/gates/parse-freeze-file.js';
import { errorMessage } from '../../core/errors/error-message.js';
import type { Hold } from '../../core/holds/hold.js';
import { holdVerdict } from '../../core/holds/hold-verdict.js';
import { HOLDS_FILE, parseHoldsFile } from '../../core/holds/parse-holds-file.js';
import { planDeployments } from '../../core/gates/plan-deployments.js';
import type { MergeMethodChoice } from '../../core/merge/choose-merge-method.js';
import { shortenStatusDescription } from '../../core/pr-checks/shorten-status-description.js';
import { parseSourceCommit } from '../../core/promotion/source-commit-marker.js';
import type { DeploymentsPort } from '../../ports/deployments-port.js';
import type {
  GateSweepPort,
  SweepDeployment,
  SweepPullRequest,
  SweepSnapshot,
} from '../../ports/gate-sweep-port.js';
import type { GitHubPort, RepositorySettings } from '../../ports/github-port.js';
import type { Logger } from '../../ports/logger.js';
import type { AppFinder } from '../argocd-diff/create-app-finder.js';
import { applyMergePolicy, type MergeDecision } from '../shared/merge-policy.js';
import { readTrustedPromotionMetadata } from '../shared/read-trusted-promotion-metadata.js';
import { confirmDeployments, revisionsOf, type ConfirmedDeployment } from './confirm-deployments.js';
import { findPrGates, type PrGates } from './find-pr-gates.js';
import { recordDeployments, type RecordedDeployment } from './record-deployments.js';

export { GATES_CONTEXT };

/** The label that holds a gated promotion PR. */
export const FREEZE_LABEL = 'freeze';

/** How a sweep runs. */
export interface SweepOptions {
  now: number;
  confirmation: 'argocd' | 'merge';
  mergeMethod: MergeMethodChoice;
  repositorySettings: RepositorySettings | undefined;
  /** Logins of the action's identities (token, approver) whose approvals do not count unless configured. */
  ownLogins: readonly string[];
  /** Dispatch this workflow after a merge so the next hop runs (GITHUB_TOKEN merges start no workflow). */
  dispatchAfterMerge: { workflow: string; ref: string } | undefined;
}

/** The ports a sweep goes through; `apps` is absent when the action has no Argo CD. */
export interface SweepDeps {
  github: GitHubPort;
  sweep: GateSweepPort;
  deployments: DeploymentsPort;
  apps: AppFinder | undefined;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
}

/** What the sweep did for one gated promotion PR. */
export interface SweepPrResult {
  number: number;
  url: string;
  /** The PR's target folders (its trusted promoted paths). */
  targets: string[];
  verdict: GateVerdict;
  /** The status was written (the verdict changed). */
  written: boolean;
  merge?: MergeDecision['result'];
  mergeNote?: string;
  /** The merge commit when the sweep merged the PR. */
  mergeCommitSha?: string;
  deployments?: RecordedDeployment[];
  error?: string;
}

/** The outcome of one sweep. */
export interface SweepResult {
  pullRequests: SweepPrResult[];
  confirmed: ConfirmedDeployment[];
  /** Open promotion PRs without gates (left alone). */
  ungated: number[];
}

/**
 * The sweep: reads every open promotion PR and the environments' deployments in one batched read, gives
 * unfinished deployments their final status from Argo CD, re-evaluates each gated PR, writes
 * `telefonistka/gates` only where the verdict changed, and merges the passing PRs of `autoMerge` flows under the
 * merge policy (recording their deployments and dispatching the next hop). Idempotent: a second sweep with
 * nothing changed writes nothing. One PR failing does not stop the others.
 */
export async function sweepGates(
  config: RepoConfig,
  options: SweepOptions,
  deps: SweepDeps,
): Promise<SweepResult> {
  const snapshot = await deps.logger.group('Read promotion PRs and deployments', () =>
    deps.sweep.readSweep({
      environments: sweptEnvironments(config),
      freezeFile: FREEZE_FILE,
      holdsFile: HOLDS_FILE,
      statusContext: GATES_CONTEXT,
    }),
  );
  const confirmed =
    deps.apps === undefined || options.confirmation !== 'argocd'
      ? []
      : await deps.logger.group('Confirm deployments from Argo CD', () =>
          confirmDeployments(
            { byEnvironment: snapshot.deployments, now: options.now },
            { deployments: deps.deployments, apps: deps.apps as AppFinder, logger: deps.logger },
          ),
        );
  const result: SweepResult = { pullRequests: [], confirmed, ungated: [] };
  const holds = sweepHolds(snapshot.holdsFileText);
  await deps.logger.group('Evaluate gates', async () => {
    for (const pr of snapshot.pullRequests) {
      const gated = await gatesOf(pr, config, deps);
      if (gated === undefined) {
        result.ungated.push(pr.number);
        continue;
      }
      result.pullRequests.push(await sweepOne(pr, gated, { snapshot, config, options, deps, holds }));
    }
  });
  return result;
}

interface SweepContext {
  snapshot: SweepSnapshot;
  config: RepoConfig;
  options: SweepOptions;
  deps: SweepDeps;
  /** The holds on the default branch, or why the file cannot be read (then every gated PR waits). */
  holds: SweepHolds;
}

type SweepHolds = { holds: ReadonlyMap<string, Hold> } | { problem: string };

function sweepHolds(text: string | undefined): SweepHolds {
  if (text === undefined) return { holds: new Map() };
  try {
    return { holds: new Map(parseHoldsFile(text).config.map((hold) => [hold.folder, hold])) };
  } catch (error) {
    return { problem: errorMessage(error).split('\n')[0] ?? '' };
  }
}

/** A held target keeps the PR pending whatever its gates say; a broken holds file keeps every PR pending. */
function withHolds(verdict: GateVerdict, targets: readonly string[], holds: SweepHolds): GateVerdict {
  if ('problem' in holds) {
    const text = `holds file invalid: ${holds.problem}`;
    const description = shortenStatusDescription(text, STATUS_DESCRIPTION_LIMIT);
    return {
      state: 'pending',
      description,
      reasons: [{ gate: 'hold', state: 'pending', text }, ...verdict.reasons],
    };
  }
  const held = targets
    .map((target) => holds.holds.get(target.replace(/\/+$/, '')))
    .filter((hold): hold is Hold => hold !== undefined);
  return holdVerdict(verdict, held);
}

async function gatesOf(
  pr: SweepPullRequest,
  config: RepoConfig,
  deps: SweepDeps,
): Promise<(PrGates & { targets: string[] }) | undefined> {
  const trusted = await readTrustedPromotionMetadata(pr, {
    promotionPrAuthors: config.promotionPrAuthors,
    github: deps.github,
  });
  if (trusted.ignored !== undefined) deps.logger.warning(trusted.ignored);
  if (trusted.metadata === undefined) return undefined;
  const gates = findPrGates(config, trusted.metadata);
  return gates === undefined ? undefined : { ...gates, targets: [...trusted.metadata.promotedPaths] };
}

async function sweepOne(
  pr: SweepPullRequest,
  gated: PrGates & { targets: string[] },
  context: SweepContext,
): Promise<SweepPrResult> {
  const { deps } = context;
  const about = { number: pr.number, url: pr.url, targets: gated.targets };
  try {
    const verdict = withHolds(
      evaluateGates(gated.gates, await factsOf(pr, gated, context)),
      gated.targets,
      context.holds,
    );
    const written = await writeVerdict(pr, verdict, deps);
    const entry: SweepPrResult = { ...about, verdict, written };
    if (verdict.state === 'success' && gated.flow.conditions.autoMerge)
      await mergePassing(pr, entry, context);
    return entry;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    deps.logger.warning(`#${pr.number}: ${message}`);
    return {
      ...about,
      verdict: { state: 'pending', description: '', reasons: [] },
      written: false,
      error: message,
    };
  }
}

async function factsOf(pr: SweepPullRequest, gated: PrGates, context: SweepContext): Promise<GateFacts> {
  const { snapshot, config, options, deps } = context;
  const firstComponent = gated.sourceComponents[0] ?? gated.sourceFolder;
  const sourceEnvironment = environmentOf(`${firstComponent}/`, gated.sourceFolder, config.environments);
  const deployments = snapshot.deployments.get(sourceEnvironment) ?? [];
  const sourceCommit = parseSourceCommit(pr.body);
  const sourceDeployment = deployments.find((deployment) => deployment.sha === sourceCommit);
  const needsApps = gated.gates.healthy === 'argocd' && deps.apps !== undefined;
  return {
    now: options.now,
    sourceEnvironment,
    sourceCommit,
    sourceDeployment,
    latestSourceDeployment: deployments[0],
    sourceApps: needsApps
      ? await appsOf(gated, sourceCommit, deployments, deps.apps as AppFinder)
      : undefined,
    reviews: pr.reviews,
    ownLogins: options.ownLogins,
    freeze: {
      label: pr.labels.includes(FREEZE_LABEL),
      file: snapshot.freezeFileText === undefined ? undefined : parseFreezeFile(snapshot.freezeFileText),
    },
  };
}

/** An app runs the promoted revision when it is synced to the source commit or to a later deployment's commit. */
async function appsOf(
  gated: PrGates,
  sourceCommit: string | undefined,
  deployments: readonly SweepDeployment[],
  finder: AppFinder,
): Promise<GateFacts['sourceApps']> {
  const index = deployments.findIndex((deployment) => deployment.sha === sourceCommit);
  const acceptable = new Set(
    [sourceCommit, ...(index < 0 ? [] : deployments.slice(0, index).map((d) => d.sha))].filter(
      (sha): sha is string => sha !== undefined,
    ),
  );
  const apps: NonNullable<GateFacts['sourceApps']>[number][] = [];
  for (const component of gated.sourceComponents) {
    const match = await finder.find(component);
    if (match === undefined) continue;
    apps.push({
      name: match.app.metadata.name,
      health: match.app.status?.health?.status ?? 'Unknown',
      sync: match.app.status?.sync?.status ?? 'Unknown',
      atRevision: revisionsOf(match.app).some((revision) => acceptable.has(revision)),
    });
  }
  return apps;
}

async function writeVerdict(pr: SweepPullRequest, verdict: GateVerdict, deps: SweepDeps): Promise<boolean> {
  const current = pr.gateStatus;
  if (current !== undefined && current.state === verdict.state && current.description === verdict.description)
    return false;
  await deps.github.createCommitStatus(pr.headSha, {
    state: verdict.state,
    context: GATES_CONTEXT,
    description: verdict.description,
  });
  deps.logger.info(`#${pr.number} ${GATES_CONTEXT}: ${verdict.state} — ${verdict.description}`);
  return true;
}

async function mergePassing(
  pr: SweepPullRequest,
  entry: SweepPrResult,
  context: SweepContext,
): Promise<void> {
  const { options, deps, config } = context;
  const decision = await applyMergePolicy(
    {
      number: pr.number,
      nodeId: pr.nodeId,
      headSha: pr.headSha,
      mode: 'direct',
      method: options.mergeMethod,
      settings: options.repositorySettings,
    },
    { github: deps.github, logger: deps.logger, sleep: deps.sleep },
  );
  entry.merge = decision.result;
  if (decision.result === 'left-open') {
    entry.mergeNote = decision.reason;
    return;
  }
  if (decision.result !== 'merged') return;
  entry.mergeCommitSha = decision.sha;
  const trusted = await readTrustedPromotionMetadata(pr, {
    promotionPrAuthors: config.promotionPrAuthors,
    github: deps.github,
  });
  entry.deployments = await recordDeployments(
    {
      pullRequest: {
        number: pr.number,
        url: pr.url,
        mergeCommitSha: decision.sha,
        metadata: trusted.metadata,
        sourceCommit: parseSourceCommit(pr.body),
      },
      planned: planDeployments(
        config,
        (trusted.metadata?.promotedPaths ?? []).map((path) => ({ path: `${path.replace(/\/$/, '')}/` })),
      ),
      confirmation: options.confirmation,
    },
    deps,
  );
  if (options.dispatchAfterMerge !== undefined) {
    const chain = options.dispatchAfterMerge;
    await deps.github.dispatchWorkflow(chain.workflow, chain.ref, { 'merged-pr': String(pr.number) });
  }
}

/**
 * The environments a sweep reads deployments of, known from the configuration alone (so the read is one
 * request): every `environments` name, and the environment of every target folder and literal source folder.
 */
export function sweptEnvironments(config: RepoConfig): string[] {
  const names = new Set<string>((config.environments ?? []).map((mapping) => mapping.name));
  const folders = config.promotionPaths.flatMap((flow) => [
    ...flow.promotionPrs.flatMap((pr) => pr.targetPaths),
    ...(/^[A-Za-z0-9_./-]+$/.test(flow.sourcePath) ? [flow.sourcePath] : []),
  ]);
  for (const folder of folders) names.add(environmentOf(folder, folder, config.environments));
  return [...names].sort();
}
