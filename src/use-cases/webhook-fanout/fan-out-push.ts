import { mapWithConcurrency } from '../../core/concurrency/map-with-concurrency.js';
import type { RepoConfig } from '../../core/config/types.js';
import { buildDeliveryHeaders } from '../../core/webhook/build-delivery-headers.js';
import { buildPushPayload } from '../../core/webhook/build-push-payload.js';
import { maskUrlCredentials, urlSecrets } from '../../core/webhook/mask-url-credentials.js';
import type { SecretRule } from '../../core/webhook/parse-secret-rules.js';
import { readPushEvent } from '../../core/webhook/read-push-event.js';
import { selectEndpoints, type EndpointSelection } from '../../core/webhook/select-endpoints.js';
import { selectSecret } from '../../core/webhook/select-secret.js';
import type { PushEvent } from '../../core/webhook/types.js';
import { validateEndpointUrl, type EndpointUrlCheck } from '../../core/webhook/validate-endpoint-url.js';
import type { GitReadPort } from '../../ports/git-read-port.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import type { Logger } from '../../ports/logger.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';
import type { WebhookSenderPort } from '../../ports/webhook-sender-port.js';
import { loadRepoConfig } from '../promote/load-repo-config.js';
import { collectPushChanges, type PushChanges } from './collect-push-changes.js';
import type { Delivery, FanoutResult } from '../../core/webhook/fanout-result.js';
import { errorMessage } from '../../core/errors/error-message.js';
import type { Phase } from '../../core/errors/phase-error.js';
import { inPhase } from '../shared/in-phase.js';

/** Choices of the run. */
export interface FanoutOptions {
  /** List the endpoints and what would be sent, send nothing. */
  dryRun: boolean;
  /** Deliveries in flight at most. */
  concurrency: number;
  /** Secret for endpoints no `secretRules` pattern matches; unsigned when undefined. */
  defaultSecret: string | undefined;
  secretRules: readonly SecretRule[];
  userAgent: string;
}

/** What the fan-out needs from outside. */
export interface FanoutPorts {
  github: GitReadPort;
  localGit: LocalGitPort | undefined;
  snapshot: RepoSnapshotPort;
  sender: WebhookSenderPort;
  logger: Logger;
  /** A fresh GUID for `X-GitHub-Delivery`. */
  newDeliveryId: () => string;
  /** Hides a value (credentials found in endpoint URLs) from the log. */
  maskSecret: (value: string) => void;
}

/**
 * Forwards a push to the default branch to every endpoint `webhookEndpointRegexs` selects for its changed
 * files: the push payload with the commits' file lists filled in, signed per endpoint, sent concurrently
 * with retries. Every endpoint gets a result; one failing never stops the others.
 */
export async function fanOutPush(
  event: { eventName: string; payload: Record<string, unknown> },
  options: FanoutOptions,
  ports: FanoutPorts,
): Promise<FanoutResult> {
  const { logger } = ports;
  const check = readPushEvent(event.eventName, event.payload);
  if (check.kind === 'skip') {
    logger.info(`Nothing to forward: ${check.reason}. Webhook fan-out handles pushes to the default branch.`);
    return skipped(check.reason);
  }
  const push = check.push;
  const config = await logger.group('Configuration', () =>
    inPhase(fanoutPhase(`reading telefonistka.yaml at ${push.after.slice(0, 12)}`), () =>
      readConfig(push, ports),
    ),
  );
  if (config.webhookEndpointRegexs.length === 0) {
    logger.info('telefonistka.yaml has no webhookEndpointRegexs: nothing to forward.');
    return skipped('no webhookEndpointRegexs in telefonistka.yaml');
  }
  const changes = await logger.group('Changed files', () =>
    inPhase(fanoutPhase(`collecting the files ${push.after.slice(0, 12)} changed`), () =>
      describeChanges(push, ports),
    ),
  );
  const selection = await logger.group('Endpoints', () =>
    Promise.resolve(chooseEndpoints(config, changes.files, ports)),
  );
  const body = new TextEncoder().encode(JSON.stringify(buildPushPayload(event.payload, changes.attribution)));
  const base = {
    skipped: undefined,
    changes: {
      source: changes.source,
      files: changes.files.length,
      attribution: changes.attribution.kind,
      incomplete: changes.incomplete,
    },
    unmatchedFiles: selection.unmatched.length,
    payloadBytes: body.byteLength,
  };
  const deliveries = await logger.group(options.dryRun ? 'Deliveries (dry run)' : 'Deliveries', () =>
    deliver({ selection, body, skipTlsVerify: config.whProxySkipTlsVerifyUpstream }, options, ports),
  );
  const failures = deliveries
    .filter((d) => d.outcome === 'failed' || d.outcome === 'invalid')
    .map((d) => `${d.endpoint}: ${d.error ?? 'failed'}`);
  return { ...base, deliveries, failures };
}

/** A phase of the fan-out, named in its failure (`webhook-fanout: reading telefonistka.yaml at …: …`). */
function fanoutPhase(phase: string): Phase {
  return { flow: 'webhook-fanout', phase };
}

async function readConfig(push: PushEvent, ports: FanoutPorts): Promise<RepoConfig> {
  // The config is read at the pushed commit, which a checkout of another ref may not have yet.
  if (ports.snapshot.source === 'local' && ports.localGit !== undefined) {
    if (!(await ports.localGit.hasCommit(push.after))) await ports.localGit.fetch([push.after]);
  }
  const { config, warnings } = await loadRepoConfig(ports.snapshot, push.after);
  for (const warning of warnings) ports.logger.warning(warning);
  return config;
}

async function describeChanges(push: PushEvent, ports: FanoutPorts): Promise<PushChanges> {
  const changes = await collectPushChanges(push, ports);
  const { logger } = ports;
  logger.info(`${changes.files.length} changed file(s) from ${changes.source}.`);
  for (const file of changes.files) logger.debug(`changed: ${file}`);
  if (changes.attribution.kind === 'unknown') {
    logger.info(
      `The forwarded payload lists no files (${changes.attribution.reason}): ` +
        'Argo CD refreshes every application of this repository.',
    );
  }
  return changes;
}

function chooseEndpoints(
  config: RepoConfig,
  files: readonly string[],
  ports: FanoutPorts,
): EndpointSelection {
  const selection = selectEndpoints(config.webhookEndpointRegexs, files);
  for (const endpoint of selection.endpoints)
    for (const secret of urlSecrets(endpoint)) ports.maskSecret(secret);
  const { logger } = ports;
  logger.info(
    `${selection.endpoints.length} endpoint(s) for ${files.length - selection.unmatched.length} matched ` +
      `file(s); ${selection.unmatched.length} file(s) matched no expression.`,
  );
  for (const endpoint of selection.endpoints) {
    const count = selection.byEndpoint.get(endpoint)?.length ?? 0;
    logger.info(`  ${maskUrlCredentials(endpoint)} (${count} file(s))`);
  }
  for (const file of selection.unmatched) logger.debug(`unmatched: ${file}`);
  if (config.whProxySkipTlsVerifyUpstream && selection.endpoints.length > 0) {
    logger.warning(
      'whProxtSkipTLSVerifyUpstream is true: TLS certificates of the endpoints are NOT verified, so anyone ' +
        'on the network path can read and answer these deliveries.',
    );
  }
  return selection;
}

interface Outgoing {
  selection: EndpointSelection;
  body: Uint8Array;
  skipTlsVerify: boolean;
}

async function deliver(outgoing: Outgoing, options: FanoutOptions, ports: FanoutPorts): Promise<Delivery[]> {
  const { selection } = outgoing;
  const settled = await mapWithConcurrency(selection.endpoints, options.concurrency, (url) =>
    deliverOne(url, outgoing, options, ports),
  );
  return settled.map((result, index) => {
    if (result.status === 'fulfilled') return result.value;
    const url = selection.endpoints[index] ?? '';
    return failed(url, selection, `unexpected failure: ${errorMessage(result.reason)}`);
  });
}

async function deliverOne(
  url: string,
  outgoing: Outgoing,
  options: FanoutOptions,
  ports: FanoutPorts,
): Promise<Delivery> {
  const endpoint = maskUrlCredentials(url);
  const files = outgoing.selection.byEndpoint.get(url)?.length ?? 0;
  const refused = outgoing.selection.invalid.get(url);
  const check: EndpointUrlCheck =
    refused === undefined
      ? validateEndpointUrl(url)
      : { ok: false, reason: `${JSON.stringify(endpoint)} is refused: ${refused}` };
  if (!check.ok) {
    ports.logger.warning(`Endpoint ${check.reason}: not sent.`);
    return { ...failed(url, outgoing.selection, check.reason), outcome: 'invalid' };
  }
  const secret = selectSecret(options.secretRules, options.defaultSecret, url);
  const base = { endpoint, files, signed: secret !== undefined };
  if (options.dryRun) {
    ports.logger.info(`would send to ${endpoint}${secret === undefined ? ' (unsigned)' : ''}`);
    return { ...base, outcome: 'dry-run', status: null, attempts: 0, durationMs: 0, deliveryId: null };
  }
  const deliveryId = ports.newDeliveryId();
  const headers = buildDeliveryHeaders({
    event: 'push',
    deliveryId,
    body: outgoing.body,
    secret,
    userAgent: options.userAgent,
  });
  const sent = await ports.sender.send({
    url,
    headers,
    body: outgoing.body,
    skipTlsVerify: outgoing.skipTlsVerify,
  });
  const delivery: Delivery = {
    ...base,
    outcome: sent.ok ? 'delivered' : 'failed',
    status: sent.status ?? null,
    attempts: sent.attempts,
    durationMs: sent.durationMs,
    deliveryId,
    ...(sent.error === undefined ? {} : { error: hideUrl(sent.error, url, endpoint) }),
  };
  const line = `${endpoint}: ${delivery.outcome}, HTTP ${delivery.status ?? '-'}, ${sent.attempts} attempt(s), ${sent.durationMs} ms`;
  if (sent.ok) ports.logger.info(line);
  else ports.logger.warning(`${line}: ${delivery.error ?? ''}`);
  return delivery;
}

function failed(url: string, selection: EndpointSelection, error: string): Delivery {
  return {
    endpoint: maskUrlCredentials(url),
    outcome: 'failed',
    status: null,
    attempts: 0,
    durationMs: 0,
    signed: false,
    files: selection.byEndpoint.get(url)?.length ?? 0,
    deliveryId: null,
    error,
  };
}

function skipped(reason: string): FanoutResult {
  return {
    skipped: reason,
    changes: undefined,
    unmatchedFiles: 0,
    payloadBytes: 0,
    deliveries: [],
    failures: [],
  };
}

function hideUrl(text: string, url: string, masked: string): string {
  return text.split(url).join(masked);
}
