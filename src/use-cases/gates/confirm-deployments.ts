import type { ConfirmedDeploymentFact } from '../../core/events/build-sweep-events.js';
import type { ArgoCdApplication } from '../../core/argocd/types.js';
import { ExternalError } from '../../core/errors/external-error.js';
import type { DeploymentsPort } from '../../ports/deployments-port.js';
import type { SweepDeployment } from '../../ports/gate-sweep-port.js';
import type { Logger } from '../../ports/logger.js';
import type { AppFinder } from '../argocd-diff/create-app-finder.js';
import { GATES_PERMISSIONS, tokenPermissionFix } from '../shared/token-permission-fix.js';
import { DEPLOYMENT_PAYLOAD_TOOL } from './record-deployments.js';

/** A deployment whose final status this sweep wrote, with the component folders it records. */
export interface ConfirmedDeployment extends ConfirmedDeploymentFact {
  components: string[];
}

const UNFINISHED = new Set(['queued', 'pending', 'in_progress']);

/**
 * Gives this tool's unfinished deployments their final status: `success` when every Argo CD app of their
 * components is synced to the deployment's commit and Healthy, `failure` when one is at that commit and
 * Degraded (or Missing), `inactive` when a newer deployment of the environment succeeded first. Others wait for
 * the next sweep. The deployments in `byEnvironment` are updated in place so the gates of this sweep see them.
 */
export async function confirmDeployments(
  input: { byEnvironment: ReadonlyMap<string, readonly SweepDeployment[]>; now: number },
  deps: { deployments: DeploymentsPort; apps: AppFinder; logger: Logger },
): Promise<ConfirmedDeployment[]> {
  const confirmed: ConfirmedDeployment[] = [];
  for (const [environment, deployments] of input.byEnvironment) {
    for (const [index, deployment] of deployments.entries()) {
      if (deployment.state === undefined || !UNFINISHED.has(deployment.state)) continue;
      const recorded = recordOf(deployment.payload);
      if (recorded === undefined) continue;
      const { components } = recorded;
      const newerSucceeded = deployments.slice(0, index).some((newer) => newer.successAt !== undefined);
      const verdict = newerSucceeded
        ? { state: 'inactive' as const, description: 'superseded by a newer deployment' }
        : await judge(deployment, components, deps.apps);
      if (verdict === undefined) continue;
      const written = await writeStatus(deployment.id, verdict, deps);
      if (!written) return confirmed;
      deployment.state = verdict.state;
      if (verdict.state === 'success') deployment.successAt = input.now;
      deps.logger.info(
        `${environment}: deployment ${String(deployment.id)} ${verdict.state}: ${verdict.description}`,
      );
      confirmed.push({ environment, id: deployment.id, sha: deployment.sha, ...verdict, ...recorded });
    }
  }
  return confirmed;
}

/**
 * Writes a deployment's final status; false when GitHub refuses the token (no `deployments: write`): said once
 * with the permission to add, and nothing else is confirmed (the gates then wait, as the deployments did not finish).
 */
async function writeStatus(
  id: number,
  verdict: { state: ConfirmedDeployment['state']; description: string },
  deps: { deployments: DeploymentsPort; logger: Logger },
): Promise<boolean> {
  try {
    await deps.deployments.createDeploymentStatus(id, verdict);
    return true;
  } catch (error) {
    if (!(error instanceof ExternalError && error.refusal === 'token-permission-missing')) throw error;
    const fix = tokenPermissionFix({
      message: 'Resource not accessible by integration',
      permissions: GATES_PERMISSIONS,
      refused: 'write deployment statuses',
    });
    deps.logger.warning(`Deployments not confirmed: ${fix}`);
    return false;
  }
}

/** The component folders and PR of a payload this tool wrote; undefined for anyone else's deployment. */
function recordOf(payload: string): Pick<ConfirmedDeployment, 'components' | 'pullRequest'> | undefined {
  try {
    const parsed = JSON.parse(payload) as { tool?: unknown; components?: unknown; pullRequest?: unknown };
    if (parsed.tool !== DEPLOYMENT_PAYLOAD_TOOL || !Array.isArray(parsed.components)) return undefined;
    const components = parsed.components.filter((item): item is string => typeof item === 'string');
    const pr = parsed.pullRequest as { number?: unknown; url?: unknown } | undefined;
    const pullRequest =
      typeof pr?.number === 'number' && typeof pr.url === 'string'
        ? { number: pr.number, url: pr.url }
        : undefined;
    return pullRequest === undefined ? { components } : { components, pullRequest };
  } catch {
    return undefined;
  }
}

async function judge(
  deployment: SweepDeployment,
  components: readonly string[],
  finder: AppFinder,
): Promise<{ state: 'success' | 'failure'; description: string } | undefined> {
  const apps: ArgoCdApplication[] = [];
  for (const component of components) {
    const match = await finder.find(component.replace(/\/$/, ''));
    if (match === undefined) return undefined;
    apps.push(match.app);
  }
  const atCommit = (app: ArgoCdApplication) => revisionsOf(app).includes(deployment.sha);
  const broken = apps.find(
    (app) => atCommit(app) && ['Degraded', 'Missing'].includes(app.status?.health?.status ?? ''),
  );
  if (broken !== undefined)
    return {
      state: 'failure',
      description: `${broken.metadata.name} ${broken.status?.health?.status ?? ''}`,
    };
  const ready = apps.every(
    (app) =>
      atCommit(app) && app.status?.sync?.status === 'Synced' && app.status.health?.status === 'Healthy',
  );
  if (!ready || apps.length === 0) return undefined;
  return {
    state: 'success',
    description: `Argo CD: ${apps.map((app) => app.metadata.name).join(', ')} synced and Healthy`.slice(
      0,
      140,
    ),
  };
}

/** The commits an app is synced to (one per source). */
export function revisionsOf(app: ArgoCdApplication): string[] {
  const sync = app.status?.sync;
  return [sync?.revision, ...(sync?.revisions ?? [])].filter((r): r is string => r !== undefined && r !== '');
}
