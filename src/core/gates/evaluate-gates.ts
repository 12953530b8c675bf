import { shortenStatusDescription } from '../pr-checks/shorten-status-description.js';
import type { GatesConfig } from '../config/gates-types.js';
import { checkWindows } from './check-windows.js';
import { formatDuration } from './format-duration.js';
import type { GateFacts, GateReason, GateVerdict } from './gate-types.js';

/** GitHub's limit on a commit status description. */
export const STATUS_DESCRIPTION_LIMIT = 140;

/**
 * Evaluates the gates of one promotion PR at `facts.now`: `failure` when a gate can no longer pass as things
 * stand (the source environment failed or is degraded), `pending` naming what it waits for, else `success`.
 * Pure; the description is stable between sweeps while nothing changes, so unchanged verdicts are not rewritten.
 */
export function evaluateGates(gates: GatesConfig, facts: GateFacts): GateVerdict {
  const reasons = [
    ...freezeReasons(gates, facts),
    ...windowReasons(gates, facts),
    ...healthReasons(gates, facts),
    ...soakReasons(gates, facts),
    ...approvalReasons(gates, facts),
  ];
  const failures = reasons.filter((reason) => reason.state === 'failure');
  const shown = failures.length > 0 ? failures : reasons;
  if (shown.length === 0) return { state: 'success', description: successText(gates), reasons: [] };
  const more = shown.length > 1 ? `; +${String(shown.length - 1)} more` : '';
  return {
    state: failures.length > 0 ? 'failure' : 'pending',
    description: limit(`${shown[0]?.text ?? ''}${more}`),
    reasons,
  };
}

function freezeReasons(gates: GatesConfig, facts: GateFacts): GateReason[] {
  const reasons: GateReason[] = [];
  if (facts.freeze.label) reasons.push({ gate: 'freeze', state: 'pending', text: 'frozen: `freeze` label' });
  if (facts.freeze.file !== undefined)
    reasons.push({ gate: 'freeze', state: 'pending', text: `frozen: ${facts.freeze.file}` });
  const period = gates.freeze.find((freeze) => facts.now >= freeze.from && facts.now < freeze.to);
  if (period !== undefined)
    reasons.push({
      gate: 'freeze',
      state: 'pending',
      text: `frozen until ${utcText(period.to)}: ${period.reason}`,
    });
  return reasons;
}

function windowReasons(gates: GatesConfig, facts: GateFacts): GateReason[] {
  const check = checkWindows(gates.windows, facts.now);
  return check.open
    ? []
    : [{ gate: 'window', state: 'pending', text: `outside window: ${check.description}` }];
}

function healthReasons(gates: GatesConfig, facts: GateFacts): GateReason[] {
  const env = facts.sourceEnvironment;
  if (gates.healthy === 'deployment') {
    const latest = facts.latestSourceDeployment;
    if (latest === undefined)
      return [{ gate: 'healthy', state: 'pending', text: `${env} has no deployment yet` }];
    if (latest.state === 'failure' || latest.state === 'error')
      return [
        {
          gate: 'healthy',
          state: 'failure',
          text: `${env} unhealthy: deployment of ${short(latest.sha)} ${latest.state}`,
        },
      ];
    if (latest.state !== 'success' || facts.sourceDeployment?.successAt === undefined)
      return [
        {
          gate: 'healthy',
          state: 'pending',
          text: `${env} not yet deployed at ${short(facts.sourceCommit)}`,
        },
      ];
    return [];
  }
  if (gates.healthy !== 'argocd') return [];
  const apps = facts.sourceApps;
  if (apps === undefined)
    return [{ gate: 'healthy', state: 'pending', text: `${env} health unknown: Argo CD not read` }];
  if (apps.length === 0) return [{ gate: 'healthy', state: 'pending', text: `${env}: no Argo CD app found` }];
  const degraded = apps.find((app) => app.health === 'Degraded' || app.health === 'Missing');
  if (degraded !== undefined)
    return [
      { gate: 'healthy', state: 'failure', text: `${env} unhealthy: ${degraded.name} ${degraded.health}` },
    ];
  const waiting = apps.find((app) => !app.atRevision || app.sync !== 'Synced' || app.health !== 'Healthy');
  if (waiting === undefined) return [];
  const why = waiting.atRevision
    ? `${waiting.sync}/${waiting.health}`
    : `not at ${short(facts.sourceCommit)}`;
  return [{ gate: 'healthy', state: 'pending', text: `${env} not healthy yet: ${waiting.name} ${why}` }];
}

function soakReasons(gates: GatesConfig, facts: GateFacts): GateReason[] {
  if (gates.soakMs === undefined) return [];
  const env = facts.sourceEnvironment;
  const soak = gates.soakText ?? formatDuration(gates.soakMs);
  const deployment = facts.sourceDeployment;
  if (facts.sourceCommit === undefined)
    return [{ gate: 'soak', state: 'failure', text: `soak: the PR names no source commit; promote again` }];
  if (deployment === undefined)
    return [
      {
        gate: 'soak',
        state: 'pending',
        text: `${env} soak ${soak}: waiting for deployment of ${short(facts.sourceCommit)}`,
      },
    ];
  if (deployment.successAt === undefined) {
    if (deployment.state === 'failure' || deployment.state === 'error')
      return [
        {
          gate: 'soak',
          state: 'failure',
          text: `${env} deployment of ${short(deployment.sha)} ${deployment.state}`,
        },
      ];
    return [
      { gate: 'soak', state: 'pending', text: `${env} soak ${soak}: deploying ${short(deployment.sha)}` },
    ];
  }
  const ready = deployment.successAt + gates.soakMs;
  if (facts.now >= ready) return [];
  return [{ gate: 'soak', state: 'pending', text: `${env} soaking ${soak}: ready ${utcText(ready)}` }];
}

function approvalReasons(gates: GatesConfig, facts: GateFacts): GateReason[] {
  if (gates.approvals <= 0) return [];
  const latest = new Map<string, (typeof facts.reviews)[number]>();
  for (const review of facts.reviews) {
    if (review.state === 'COMMENTED' || review.state === 'PENDING') continue;
    latest.set(review.author.toLowerCase(), review);
  }
  const own = new Set(facts.ownLogins.map((login) => login.toLowerCase()));
  const approvals = [...latest.entries()].filter(
    ([login, review]) =>
      review.state === 'APPROVED' && review.authorCanPush && (gates.countOwnApprovals || !own.has(login)),
  ).length;
  if (approvals >= gates.approvals) return [];
  return [
    {
      gate: 'approvals',
      state: 'pending',
      text: `approvals: ${String(approvals)} of ${String(gates.approvals)}`,
    },
  ];
}

function successText(gates: GatesConfig): string {
  const passed = [
    gates.soakMs === undefined ? undefined : `soak ${gates.soakText ?? formatDuration(gates.soakMs)}`,
    gates.healthy === undefined ? undefined : `healthy (${gates.healthy})`,
    gates.windows.length === 0 ? undefined : 'in window',
    'not frozen',
    gates.approvals > 0
      ? `${String(gates.approvals)} approval${gates.approvals === 1 ? '' : 's'}`
      : undefined,
  ].filter((text) => text !== undefined);
  return limit(`gates passed: ${passed.join(', ')}`);
}

function short(sha: string | undefined): string {
  return sha === undefined ? 'the promoted commit' : sha.slice(0, 7);
}

/** `2026-12-05 14:32 UTC`. */
function utcText(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function limit(text: string): string {
  return shortenStatusDescription(text, STATUS_DESCRIPTION_LIMIT);
}
