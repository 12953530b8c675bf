import type { Re2Regex } from '../../core/regex/compile-regex.js';
import type { ArgoCdPort } from '../../ports/argocd-port.js';
import type { Logger } from '../../ports/logger.js';
import { createAppFinder } from './create-app-finder.js';
import type { RevisionChange } from '../../core/argocd/revision-change.js';
import { errorMessage } from '../../core/errors/error-message.js';

/** Which apps to point where. */
export interface TargetRevisionRequest {
  componentPaths: readonly string[];
  /** `argocd.allowSyncfromBranchPathRegex`: only components matching it are touched. */
  pathRegex: Re2Regex;
  repoUrl: string;
  useShaLabel: boolean;
  to: string;
  /** Only apps currently at this revision are changed (the revert after merge leaves others alone). */
  onlyFrom?: string | undefined;
}

/**
 * Points the apps of the matching components at `to` (`spec.source.targetRevision`, or the PR repository's
 * source of a multi-source app), skipping apps already there. Each app is handled once, whatever number of
 * components share it; failures are reported per app and never stop the others.
 */
export async function setAppsTargetRevision(
  request: TargetRevisionRequest,
  argocd: ArgoCdPort,
  logger: Logger,
): Promise<RevisionChange[]> {
  const finder = createAppFinder(argocd, { repoUrl: request.repoUrl, useShaLabel: request.useShaLabel });
  const seen = new Set<string>();
  const changes: RevisionChange[] = [];
  for (const componentPath of request.componentPaths) {
    if (!request.pathRegex.test(componentPath)) continue;
    const change = (fields: Partial<RevisionChange> & Pick<RevisionChange, 'action'>): RevisionChange => {
      const entry = {
        componentPath,
        appName: undefined,
        from: undefined,
        to: request.to,
        reason: undefined,
        ...fields,
      };
      changes.push(entry);
      return entry;
    };
    let match;
    try {
      match = await finder.find(componentPath);
    } catch (error) {
      logger.warning(`${componentPath}: ${errorMessage(error)}`);
      change({ action: 'failed', reason: errorMessage(error) });
      continue;
    }
    if (match === undefined) {
      change({ action: 'no-app', reason: 'no Argo CD application found' });
      continue;
    }
    const appName = match.app.metadata.name;
    if (seen.has(appName)) continue;
    seen.add(appName);
    const position = match.sourcePosition;
    const source = position === undefined ? match.app.spec.source : match.app.spec.sources?.[position - 1];
    const from = source?.targetRevision ?? 'HEAD';
    if (from === request.to) {
      change({ appName, from, action: 'unchanged' });
      continue;
    }
    if (request.onlyFrom !== undefined && from !== request.onlyFrom) {
      change({ appName, from, action: 'skipped', reason: `it targets ${from}, not ${request.onlyFrom}` });
      continue;
    }
    try {
      await argocd.patchApplicationTargetRevision(
        appName,
        request.to,
        position === undefined ? {} : { sourcePosition: position },
      );
      logger.info(`${appName} (${componentPath}): target revision ${from} -> ${request.to}`);
      change({ appName, from, action: 'set' });
    } catch (error) {
      logger.warning(`${appName} (${componentPath}): ${errorMessage(error)}`);
      change({ appName, from, action: 'failed', reason: errorMessage(error) });
    }
  }
  return changes;
}
