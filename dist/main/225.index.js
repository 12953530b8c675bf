export const id = 225;
export const ids = [225];
export const modules = {

/***/ 83514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ createWorkflowDeployments)
});

// EXTERNAL MODULE: ./src/adapters/github/classify-github-refusal.ts
var classify_github_refusal = __webpack_require__(98309);
// EXTERNAL MODULE: ./src/adapters/github/rest-login.ts
var rest_login = __webpack_require__(73626);
// EXTERNAL MODULE: ./src/core/errors/external-error.ts
var external_error = __webpack_require__(91787);
// EXTERNAL MODULE: ./src/adapters/github/create-counted-octokit.ts + 2 modules
var create_counted_octokit = __webpack_require__(57969);
;// CONCATENATED MODULE: ./src/adapters/github/sweep-query.ts
/** Deployments kept per environment in a sweep read: the newest few decide soak and health. */
const DEPLOYMENTS_PER_ENVIRONMENT = 10;
const PULLS_PER_PAGE = 100;
/**
 * The sweep's query. Environment names and paths travel as variables, never as query text; the deployments and
 * the freeze and holds files are read with the first page only.
 */
function sweepQuery(environments, firstPage) {
    const envVars = !firstPage
        ? ''
        : Array.from({ length: environments }, (_, i) => `, $e${String(i)}: [String!]`).join('');
    const envFields = firstPage
        ? Array.from({ length: environments }, (_, i) => `d${String(i)}: deployments(environments: $e${String(i)}, first: ${String(DEPLOYMENTS_PER_ENVIRONMENT)}, orderBy: {field: CREATED_AT, direction: DESC}) { nodes { databaseId environment commitOid createdAt payload latestStatus { state } statuses(first: 20) { nodes { state createdAt } } } }`).join('\n')
        : '';
    const extra = firstPage
        ? 'defaultBranchRef { name } freeze: object(expression: $freeze) { ... on Blob { text } } holds: object(expression: $holds) { ... on Blob { oid text isTruncated } }'
        : '';
    return `query($owner: String!, $name: String!, $after: String, $context: String!${firstPage ? ', $freeze: String!, $holds: String!' : ''}${envVars}) {
  repository(owner: $owner, name: $name) {
    ${extra}
    pullRequests(states: OPEN, labels: ["promotion"], first: ${String(PULLS_PER_PAGE)}, after: $after, orderBy: {field: CREATED_AT, direction: ASC}) {
      pageInfo { hasNextPage endCursor }
      nodes {
        number id url headRefName headRefOid baseRefName body
        author { __typename login }
        labels(first: 50) { nodes { name } }
        reviews(last: 50) { nodes { state authorCanPushToRepository author { __typename login } } }
        commits(last: 1) { nodes { commit { status { context(name: $context) { state description } } } } }
      }
    }
    ${envFields}
  }
}`;
}

;// CONCATENATED MODULE: ./src/adapters/github/create-octokit-deployments.ts





/** DeploymentsPort (REST) and GateSweepPort (one GraphQL query per 100 PRs) over Octokit, counting requests. */
function createOctokitDeployments(options) {
    const { octokit, repo, callCount } = (0,create_counted_octokit/* createCountedOctokit */.I)(options);
    // The holds file as a whole: GraphQL answers `text: null` for a file GitHub takes for binary and cuts a large
    // one (`isTruncated`); a prefix could drop a hold, so those are read whole (one more call) and parsed as they
    // are, and the parser refuses them (fail closed).
    const holdsText = async (holds) => {
        if (holds === null || (holds.text !== null && !holds.isTruncated))
            return holds?.text ?? undefined;
        const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: holds.oid });
        return Buffer.from(data.content, 'base64').toString('utf8');
    };
    return {
        callCount,
        createDeployment: (deployment) => guard('create deployment', async () => {
            const { data } = await octokit.rest.repos.createDeployment({
                ...repo,
                ref: deployment.sha,
                environment: deployment.environment,
                description: deployment.description,
                payload: deployment.payload,
                auto_merge: false,
                required_contexts: [],
            });
            if (!('id' in data))
                throw new Error(`GitHub did not create the deployment: ${data.message ?? ''}`);
            return data.id;
        }),
        createDeploymentStatus: (id, status) => guard('create deployment status', async () => {
            await octokit.rest.repos.createDeploymentStatus({
                ...repo,
                deployment_id: id,
                state: status.state,
                description: status.description.slice(0, 140),
                ...(status.logUrl === undefined ? {} : { log_url: status.logUrl }),
                ...(status.autoInactive === undefined ? {} : { auto_inactive: status.autoInactive }),
            });
        }),
        findDeployments: (environment, sha) => guard('list deployments', async () => {
            const { data } = await octokit.rest.repos.listDeployments({
                ...repo,
                environment,
                sha,
                per_page: 10,
            });
            return data.map((deployment) => ({ id: deployment.id }));
        }),
        deleteDeployment: (id) => guard('delete deployment', async () => {
            try {
                await octokit.rest.repos.deleteDeployment({ ...repo, deployment_id: id });
                return 'deleted';
            }
            catch (error) {
                if (error.status === 404)
                    return 'gone';
                throw error;
            }
        }),
        readSweep: (query) => guard('read promotion PRs and deployments', async () => {
            const pulls = [];
            let after;
            let first;
            do {
                const page = await octokit.graphql(sweepQuery(query.environments.length, first === undefined), {
                    ...sweepVariables(options, query, first === undefined),
                    after: after ?? null,
                });
                first ??= page;
                pulls.push(...page.repository.pullRequests.nodes.map((node) => toPull(node)));
                after = page.repository.pullRequests.pageInfo.hasNextPage
                    ? page.repository.pullRequests.pageInfo.endCursor
                    : undefined;
            } while (after !== undefined);
            return {
                defaultBranch: first.repository.defaultBranchRef?.name ?? 'main',
                // A freeze file GitHub takes for binary (UTF-16 from Windows PowerShell) answers `text: null`: it exists,
                // so it freezes all the same.
                freezeFileText: first.repository.freeze === null ? undefined : (first.repository.freeze.text ?? ''),
                holdsFileText: await holdsText(first.repository.holds),
                pullRequests: pulls,
                deployments: new Map(query.environments.map((environment, index) => [
                    environment,
                    first?.repository[`d${String(index)}`]?.nodes.map(toDeployment) ?? [],
                ])),
            };
        }),
    };
}
function sweepVariables(options, query, firstPage) {
    const variables = {
        owner: options.owner,
        name: options.repo,
        context: query.statusContext,
    };
    if (!firstPage)
        return variables;
    variables['freeze'] = `HEAD:${query.freezeFile}`;
    // Without a holds file to read, an expression naming no object answers null like a missing file.
    variables['holds'] = `HEAD:${query.holdsFile ?? '.telefonistka/no-holds-file'}`;
    query.environments.forEach((environment, index) => {
        variables[`e${String(index)}`] = [environment];
    });
    return variables;
}
function toPull(node) {
    const status = node.commits.nodes[0]?.commit.status?.context ?? null;
    return {
        number: node.number,
        nodeId: node.id,
        url: node.url,
        headRef: node.headRefName,
        headSha: node.headRefOid,
        baseRef: node.baseRefName,
        author: node.author === null ? 'ghost' : (0,rest_login/* restLogin */.Q)(node.author),
        body: node.body,
        labels: node.labels?.nodes.map((label) => label.name) ?? [],
        reviews: (node.reviews?.nodes ?? []).map((review) => ({
            author: review.author?.login ?? 'ghost',
            state: review.state,
            authorCanPush: review.authorCanPushToRepository,
        })),
        gateStatus: status === null
            ? undefined
            : { state: status.state.toLowerCase(), description: status.description ?? '' },
    };
}
function toDeployment(node) {
    const statuses = node.statuses?.nodes ?? [];
    const successes = statuses
        .filter((status) => status.state === 'SUCCESS')
        .map((status) => Date.parse(status.createdAt));
    return {
        id: node.databaseId ?? 0,
        environment: node.environment ?? '',
        sha: node.commitOid,
        createdAt: Date.parse(node.createdAt),
        state: node.latestStatus === null ? undefined : node.latestStatus.state.toLowerCase(),
        successAt: successes.length === 0 ? undefined : Math.min(...successes),
        payload: node.payload ?? '',
    };
}
async function guard(operation, fn) {
    try {
        return await fn();
    }
    catch (error) {
        if (error instanceof external_error/* ExternalError */.y)
            throw error;
        const status = error.status;
        const message = error instanceof Error ? error.message : String(error);
        const code = typeof status === 'number' ? status : undefined;
        // A 403 "Resource not accessible by integration" (REST) or the same GraphQL error: the token lacks
        // `deployments`; the use-cases say which permission to add.
        const refusal = (0,classify_github_refusal/* classifyGitHubRefusal */.i)(code, message);
        throw new external_error/* ExternalError */.y(message, {
            service: 'GitHub',
            operation,
            status: code,
            cause: error,
            ...(refusal === undefined ? {} : { refusal }),
        });
    }
}

// EXTERNAL MODULE: ./src/runtime/secret-registry.ts
var secret_registry = __webpack_require__(66148);
;// CONCATENATED MODULE: ./src/actions/shared/create-workflow-deployments.ts


/**
 * The Deployments and sweep-read ports of the run's repository, with the run's token and write spacing and
 * secrets scrubbed from what GitHub echoes back; promote (recording a merge) and the sweep build them alike.
 */
function createWorkflowDeployments(inputs, workflow, logger) {
    return createOctokitDeployments({
        token: inputs.githubToken,
        owner: workflow.owner,
        repo: workflow.repo,
        baseUrl: workflow.apiUrl,
        logger,
        writeIntervalMs: inputs.writeIntervalMs,
        scrubText: secret_registry/* scrubSecrets */.Z,
    });
}


/***/ }),

/***/ 93217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ promotionEventsOutput),
  y: () => (/* binding */ sendRunPromotionEvents)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/adapters/http/create-axios-webhook-sender.ts + 2 modules
var create_axios_webhook_sender = __webpack_require__(94988);
// EXTERNAL MODULE: ./src/runtime/mask-secret.ts
var mask_secret = __webpack_require__(44939);
// EXTERNAL MODULE: ./src/runtime/secret-registry.ts
var secret_registry = __webpack_require__(66148);
// EXTERNAL MODULE: ./src/core/concurrency/map-with-concurrency.ts
var map_with_concurrency = __webpack_require__(31748);
// EXTERNAL MODULE: ./src/core/errors/error-message.ts
var error_message = __webpack_require__(98307);
;// CONCATENATED MODULE: ./src/core/events/promotion-event-payload-version.ts
/** The version of the `json` promotion-event payload (docs/promotion-events.md); bumped on incompatible changes. */
const PROMOTION_EVENT_PAYLOAD_VERSION = 1;

;// CONCATENATED MODULE: ./src/core/events/render-promotion-event-json.ts

/** The plain JSON payload of one event: every field present (null when unknown), keys in a fixed order. */
function renderPromotionEventJson(event, context) {
    return {
        version: PROMOTION_EVENT_PAYLOAD_VERSION,
        tool: 'telefonistka',
        event: event.kind,
        failure: event.failure ?? null,
        source: event.source,
        occurredAt: new Date(context.now).toISOString(),
        repository: context.repository,
        run: context.runUrl === undefined ? null : { url: context.runUrl },
        pullRequest: event.pullRequest ?? null,
        environments: event.environments,
        folders: event.folders,
        commit: event.commit ?? null,
        deploymentId: event.deploymentId ?? null,
        reason: event.reason,
    };
}

;// CONCATENATED MODULE: ./src/core/events/escape-slack-text.ts
/**
 * Text for Slack `mrkdwn` and `text` fields: `&`, `<` and `>` become `&amp;`, `&lt;` and `&gt;`, the only
 * escapes Slack decodes (https://api.slack.com/reference/surfaces/formatting#escaping). Without them a folder or
 * PR title could carry `<!channel>` (a mention) or `<https://evil|innocent>` (a disguised link).
 */
function escapeSlackText(text) {
    return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

;// CONCATENATED MODULE: ./src/core/events/render-promotion-event-slack.ts

const ICONS = {
    opened: ':arrow_right:',
    gated: ':hourglass_flowing_sand:',
    merged: ':twisted_rightwards_arrows:',
    deployed: ':white_check_mark:',
    failed: ':x:',
};
// Slack rejects a section whose text is longer than 3,000 characters; reasons and folder lists are cut well below.
const REASON_LIMIT = 1000;
const FOLDERS_SHOWN = 10;
/**
 * The Slack payload of one event: a one-line summary linking the PR, the reason, and a context line with the
 * repository, folders and run. Every piece of text that is not this tool's own wording is escaped
 * (`&`, `<`, `>`), so no PR title, folder name or error text can mention a channel or disguise a link; links
 * are written only for http(s) URLs without characters that would end them.
 */
function renderPromotionEventSlack(event, context) {
    const headline = `${ICONS[event.kind]} ${sentence(event, render_promotion_event_slack_link)}`;
    const repository = `${context.repository.owner}/${context.repository.name}`;
    const plain = `${sentence(event, (_url, label) => label)} (${escapeSlackText(repository)})`;
    const reason = escapedReason(event.reason);
    const details = [
        render_promotion_event_slack_link(context.repository.url, repository),
        ...(event.folders.length === 0 ? [] : [folderList(event.folders)]),
        ...(event.commit === undefined ? [] : [`commit \`${escapeSlackText(event.commit.slice(0, 7))}\``]),
        ...(context.runUrl === undefined ? [] : [render_promotion_event_slack_link(context.runUrl, 'workflow run')]),
    ];
    return {
        text: plain,
        blocks: [
            {
                type: 'section',
                text: { type: 'mrkdwn', text: reason === '' ? headline : `${headline}\n${reason}` },
            },
            { type: 'context', elements: [{ type: 'mrkdwn', text: details.join(' · ') }] },
        ],
    };
}
/** The event in words, escaped; `pr` renders the PR reference (a link in mrkdwn, the number in plain text). */
function sentence(event, pr) {
    const environments = event.environments.length === 0 ? 'its targets' : event.environments.join(', ');
    const where = escapeSlackText(environments);
    const number = event.pullRequest === undefined ? undefined : `#${String(event.pullRequest.number)}`;
    const ref = event.pullRequest === undefined || number === undefined ? '' : pr(event.pullRequest.url, number);
    switch (event.kind) {
        case 'opened':
            return `Promotion PR ${ref} opened to ${where}`;
        case 'gated':
            return `Promotion PR ${ref} to ${where} is held by its gates`;
        case 'merged':
            return `Promotion PR ${ref} to ${where} merged`;
        case 'deployed':
            return `Deployed to ${where}${ref === '' ? '' : ` from ${ref}`}`;
        case 'failed':
            return `Promotion to ${where} failed (${event.failure ?? 'error'})${ref === '' ? '' : ` in ${ref}`}`;
    }
}
function render_promotion_event_slack_link(url, label) {
    const safe = /^https?:\/\/[^\s<>|]+$/.test(url);
    return safe ? `<${url}|${escapeSlackText(label)}>` : escapeSlackText(label);
}
function folderList(folders) {
    const shown = folders.slice(0, FOLDERS_SHOWN).map((folder) => `\`${escapeSlackText(folder)}\``);
    const more = folders.length - shown.length;
    return more > 0 ? `${shown.join(', ')} and ${String(more)} more` : shown.join(', ');
}
/**
 * The reason on one line, escaped, at most REASON_LIMIT characters once escaped (an escape is up to five
 * characters: a reason of `<` would otherwise pass Slack's 3,000), cut between characters and escapes, never
 * inside a surrogate pair or an `&amp;`.
 */
function escapedReason(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    const escaped = escapeSlackText(flat);
    if (escaped.length <= REASON_LIMIT)
        return escaped;
    let cut = '';
    for (const char of flat) {
        const piece = escapeSlackText(char);
        if (cut.length + piece.length > REASON_LIMIT - 1)
            break;
        cut += piece;
    }
    return `${cut}…`;
}

// EXTERNAL MODULE: ./src/core/webhook/mask-url-credentials.ts
var mask_url_credentials = __webpack_require__(57390);
;// CONCATENATED MODULE: ./src/core/events/show-event-endpoint.ts

/**
 * An endpoint as logs and summaries show it. A Slack incoming-webhook URL is a credential in its path
 * (`/services/T…/B…/…`), so a `slack` endpoint shows only its origin; others hide userinfo and secret-looking
 * query values (`maskUrlCredentials`).
 */
function showEventEndpoint(endpoint) {
    if (endpoint.format !== 'slack')
        return (0,mask_url_credentials/* maskUrlCredentials */.g)(endpoint.url);
    try {
        return `${new URL(endpoint.url).origin}/***`;
    }
    catch {
        return '***';
    }
}
/** The parts of an endpoint URL to mask wherever they appear: credentials, and a Slack URL's path. */
function eventEndpointSecrets(endpoint) {
    const secrets = (0,mask_url_credentials/* urlSecrets */.F)(endpoint.url);
    if (endpoint.format !== 'slack')
        return secrets;
    try {
        const path = new URL(endpoint.url).pathname;
        return path.length > 1 ? [...secrets, path, endpoint.url] : secrets;
    }
    catch {
        return [...secrets, endpoint.url];
    }
}

// EXTERNAL MODULE: ./src/core/webhook/build-delivery-headers.ts + 1 modules
var build_delivery_headers = __webpack_require__(93759);
// EXTERNAL MODULE: ./src/core/webhook/select-secret.ts
var select_secret = __webpack_require__(37446);
// EXTERNAL MODULE: ./src/core/webhook/validate-endpoint-url.ts
var validate_endpoint_url = __webpack_require__(55265);
;// CONCATENATED MODULE: ./src/use-cases/promotion-events/send-promotion-events.ts








/** The `X-GitHub-Event` of promotion-event deliveries; `X-Telefonistka-Event` names the event itself. */
const PROMOTION_EVENT_HEADER = 'telefonistka_promotion';
/**
 * Sends a run's promotion events to the `promotionEvents` endpoints through the webhook engine: each event an
 * endpoint subscribes to as its own delivery, in the order the events happened, the `json` (version 1) or
 * `slack` payload, signed with the endpoint's secret (`X-Hub-Signature-256`), retried by the sender. Every
 * delivery gets a result; a failing endpoint never stops the others nor throws: the promotion is done either way.
 */
async function sendPromotionEvents(events, options, ports) {
    const result = { events: events.length, deliveries: [], failures: [], requests: 0 };
    if (options.endpoints.length === 0 || events.length === 0)
        return result;
    for (const endpoint of options.endpoints)
        for (const secret of eventEndpointSecrets(endpoint))
            ports.maskSecret(secret);
    const settled = await (0,map_with_concurrency/* mapWithConcurrency */.W)(options.endpoints, options.concurrency, (endpoint) => deliverAll(endpoint, events, options, ports));
    settled.forEach((outcome, index) => {
        const endpoint = options.endpoints[index];
        if (endpoint === undefined)
            return;
        const deliveries = outcome.status === 'fulfilled'
            ? outcome.value
            : [unsent(endpoint, undefined, `unexpected failure: ${(0,error_message/* errorMessage */.g)(outcome.reason)}`)];
        result.deliveries.push(...deliveries);
    });
    for (const delivery of result.deliveries) {
        result.requests += delivery.attempts;
        if (delivery.outcome !== 'delivered')
            result.failures.push(`${delivery.endpoint} (${delivery.event}): ${delivery.error ?? 'failed'}`);
    }
    return result;
}
async function deliverAll(endpoint, events, options, ports) {
    const wanted = events.filter((event) => endpoint.events.includes(event.kind));
    if (wanted.length === 0)
        return [];
    const check = (0,validate_endpoint_url/* validateEndpointUrl */.X)(endpoint.url);
    if (!check.ok) {
        const reason = `${showEventEndpoint(endpoint)} is not a valid URL`;
        ports.logger.warning(`Promotion-event endpoint ${reason}: not sent.`);
        return wanted.map((event) => ({ ...unsent(endpoint, event, reason), outcome: 'invalid' }));
    }
    const deliveries = [];
    for (const event of wanted)
        deliveries.push(await deliverOne(endpoint, event, options, ports));
    return deliveries;
}
async function deliverOne(endpoint, event, options, ports) {
    const shown = showEventEndpoint(endpoint);
    const payload = endpoint.format === 'slack'
        ? renderPromotionEventSlack(event, options.context)
        : renderPromotionEventJson(event, options.context);
    const body = new TextEncoder().encode(JSON.stringify(payload));
    const secret = (0,select_secret/* selectSecret */.R)(options.secretRules, options.defaultSecret, endpoint.url);
    const deliveryId = ports.newDeliveryId();
    const headers = {
        ...(0,build_delivery_headers/* buildDeliveryHeaders */.x)({
            event: PROMOTION_EVENT_HEADER,
            deliveryId,
            body,
            secret,
            userAgent: options.userAgent,
        }),
        'X-Telefonistka-Event': event.kind,
    };
    const sent = await ports.sender.send({ url: endpoint.url, headers, body, skipTlsVerify: false });
    const delivery = {
        endpoint: shown,
        format: endpoint.format,
        event: event.kind,
        pullRequest: event.pullRequest?.number ?? null,
        outcome: sent.ok ? 'delivered' : 'failed',
        status: sent.status ?? null,
        attempts: sent.attempts,
        durationMs: sent.durationMs,
        signed: secret !== undefined,
        deliveryId,
        ...(sent.error === undefined ? {} : { error: sent.error.split(endpoint.url).join(shown) }),
    };
    const line = `${event.kind} → ${shown}: ${delivery.outcome}, HTTP ${delivery.status ?? '-'}, ${String(sent.attempts)} attempt(s)`;
    if (sent.ok)
        ports.logger.info(line);
    else
        ports.logger.warning(`${line}: ${delivery.error ?? ''}`);
    return delivery;
}
function unsent(endpoint, event, error) {
    return {
        endpoint: showEventEndpoint(endpoint),
        format: endpoint.format,
        event: event?.kind ?? 'failed',
        pullRequest: event?.pullRequest?.number ?? null,
        outcome: 'failed',
        status: null,
        attempts: 0,
        durationMs: 0,
        signed: false,
        deliveryId: null,
        error,
    };
}

;// CONCATENATED MODULE: ./src/actions/shared/send-run-promotion-events.ts





const USER_AGENT = 'telefonistka-promotion-events';
/** The sender's policy for promotion events: the push fan-out's defaults (10 s per attempt, 3 retries). */
const TIMEOUT_MS = 10_000;
const RETRIES = 3;
const CONCURRENCY = 10;
/**
 * Sends a promote or sweep run's promotion events to the configured endpoints (repository and run from the
 * workflow context, secrets from the inputs). Never throws for a delivery: the caller reports the result.
 */
async function sendRunPromotionEvents(events, run) {
    const endpoints = run.endpoints ?? [];
    if (endpoints.length === 0 || events.length === 0)
        return { events: events.length, deliveries: [], failures: [], requests: 0 };
    const { workflow, logger } = run;
    const sender = (0,create_axios_webhook_sender/* createAxiosWebhookSender */.z)({ timeoutMs: TIMEOUT_MS, retries: RETRIES, logger });
    const options = {
        endpoints,
        defaultSecret: run.secrets.secret,
        secretRules: run.secrets.secretRules,
        userAgent: USER_AGENT,
        concurrency: CONCURRENCY,
        context: {
            repository: {
                owner: workflow.owner,
                name: workflow.repo,
                url: `${workflow.serverUrl}/${workflow.owner}/${workflow.repo}`,
            },
            runUrl: workflow.runUrl,
            now: Date.now(),
        },
    };
    // Reasons quote error texts: no registered secret (token, webhook secret) leaves the runner in a payload.
    const scrubbed = events.map((event) => ({ ...event, reason: (0,secret_registry/* scrubSecrets */.Z)(event.reason) }));
    return logger.group('Promotion events', () => sendPromotionEvents(scrubbed, options, { sender, logger, newDeliveryId: external_node_crypto_.randomUUID, maskSecret: mask_secret/* maskSecret */.$ }).finally(() => sender.close()));
}
/** The `promotion-events` output: one entry per delivery, endpoint credentials masked. */
function promotionEventsOutput(result) {
    return result.deliveries.map((d) => ({
        endpoint: d.endpoint,
        event: d.event,
        pullRequest: d.pullRequest,
        outcome: d.outcome,
        status: d.status,
        attempts: d.attempts,
        ...(d.error === undefined ? {} : { error: d.error }),
    }));
}


/***/ }),

/***/ 94988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ createAxiosWebhookSender)
});

// EXTERNAL MODULE: ./node_modules/axios/lib/axios.js + 65 modules
var axios = __webpack_require__(41542);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/core/webhook/mask-url-credentials.ts
var mask_url_credentials = __webpack_require__(57390);
;// CONCATENATED MODULE: ./src/adapters/http/backoff-delay.ts
/**
 * Delay before retry number `retry` (1-based): `baseMs * 2^(retry-1)`, capped at `maxMs`, with "equal
 * jitter" (half fixed, half random) so that many endpoints failing together do not retry in lockstep.
 * `random` returns [0, 1).
 */
function backoffDelay(retry, policy, random) {
    const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, retry - 1));
    return Math.round(exponential / 2 + random() * (exponential / 2));
}

;// CONCATENATED MODULE: ./src/adapters/http/parse-retry-after.ts
/**
 * Milliseconds a `retry-after` header asks to wait: delta-seconds or an HTTP-date relative to `nowMs`
 * (RFC 9110 §10.2.3). Undefined when absent or unreadable; a date in the past means 0.
 */
function parseRetryAfter(value, nowMs) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    if (!/[a-zA-Z]/.test(text))
        return undefined;
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - nowMs);
}

// EXTERNAL MODULE: ./src/core/errors/error-message.ts
var error_message = __webpack_require__(98307);
;// CONCATENATED MODULE: ./src/adapters/http/create-axios-webhook-sender.ts







const WALL_CLOCK = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    startTimer: (ms, onTimeout) => {
        const timer = setTimeout(onTimeout, ms);
        return () => clearTimeout(timer);
    },
};
const RESPONSE_LIMIT_BYTES = 64 * 1024;
// Failures that will not change by trying again: certificates, unknown hosts, malformed URLs.
const PERMANENT_CODES = new Set([
    'ENOTFOUND',
    'ERR_INVALID_URL',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
]);
/**
 * The WebhookSenderPort over axios: POSTs the exact body bytes with the given headers, no redirects followed
 * (a signed delivery is never re-sent to another host), a hard per-attempt timeout, and retries with
 * exponential backoff and jitter on network errors, 429 and 5xx (honouring `retry-after`), never on other
 * statuses; attempts and total time are bounded. Keep-alive agents without a socket cap, so concurrent
 * deliveries to one host are not queued behind each other.
 */
function createAxiosWebhookSender(options) {
    const agentOptions = { keepAlive: true, noDelay: true, maxSockets: options.maxSockets ?? Infinity };
    const httpAgent = new (external_node_http_default()).Agent(agentOptions);
    const httpsAgent = new (external_node_https_default()).Agent(agentOptions);
    const insecureAgent = new (external_node_https_default()).Agent({ ...agentOptions, rejectUnauthorized: false });
    const client = axios/* default */.A.create({
        method: 'POST',
        maxRedirects: 0,
        responseType: 'stream',
        validateStatus: () => true,
    });
    const policy = {
        totalTimeoutMs: options.totalTimeoutMs ?? 120_000,
        backoff: options.backoff ?? { baseMs: 1000, maxMs: 30_000 },
        maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
        random: options.random ?? Math.random,
    };
    const clock = options.clock ?? WALL_CLOCK;
    const attempt = async (request, timeoutMs) => {
        const controller = new AbortController();
        const cancelTimer = clock.startTimer(timeoutMs, () => controller.abort());
        try {
            const response = await client.request({
                url: request.url,
                headers: { Accept: '*/*', ...request.headers },
                data: Buffer.from(request.body.buffer, request.body.byteOffset, request.body.byteLength),
                httpAgent,
                httpsAgent: request.skipTlsVerify ? insecureAgent : httpsAgent,
                signal: controller.signal,
            });
            const retryAfter = response.headers['retry-after'];
            return {
                kind: 'response',
                status: response.status,
                statusText: response.statusText,
                retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined,
                // The status is the answer; the body only explains a failure, so a slow or huge one is cut short.
                body: await readStart(response.data, RESPONSE_LIMIT_BYTES),
            };
        }
        catch (error) {
            if (controller.signal.aborted)
                return { kind: 'error', message: `timed out after ${timeoutMs} ms`, retryable: true };
            return networkFailure(error);
        }
        finally {
            cancelTimer();
        }
    };
    const send = async (request) => {
        const started = clock.now();
        const shown = (0,mask_url_credentials/* maskUrlCredentials */.g)(request.url);
        const maxAttempts = 1 + Math.max(0, options.retries);
        let attempts = 0;
        let last;
        let gaveUp = '';
        while (attempts < maxAttempts) {
            const remaining = policy.totalTimeoutMs - (clock.now() - started);
            if (remaining <= 0) {
                gaveUp = ` (gave up: the ${policy.totalTimeoutMs} ms delivery budget is spent)`;
                break;
            }
            attempts++;
            last = await attempt(request, Math.min(options.timeoutMs, remaining));
            if (last.kind === 'response' && isSuccess(last.status))
                break;
            if (!isRetryable(last) || attempts >= maxAttempts)
                break;
            const wait = waitBeforeRetry(last, attempts);
            if (wait === undefined) {
                gaveUp = ` (gave up: retry-after asks for more than ${policy.maxRetryAfterMs} ms)`;
                break;
            }
            if (clock.now() - started + wait >= policy.totalTimeoutMs) {
                gaveUp = ` (gave up: waiting ${wait} ms would exceed the ${policy.totalTimeoutMs} ms delivery budget)`;
                break;
            }
            options.logger.info(`${shown}: attempt ${attempts}/${maxAttempts} failed (${describe(last)}); retrying in ${wait} ms`);
            await clock.sleep(wait);
        }
        return result(last, { attempts, durationMs: clock.now() - started, gaveUp });
    };
    const waitBeforeRetry = (last, attempts) => {
        const backoff = backoffDelay(attempts, policy.backoff, policy.random);
        if (last.kind !== 'response')
            return backoff;
        const asked = parseRetryAfter(last.retryAfter, clock.now());
        if (asked === undefined)
            return backoff;
        if (asked > policy.maxRetryAfterMs)
            return undefined;
        return Math.max(asked, backoff);
    };
    return {
        send,
        close: () => {
            httpAgent.destroy();
            httpsAgent.destroy();
            insecureAgent.destroy();
        },
    };
}
function isSuccess(status) {
    return status >= 200 && status < 300;
}
function isRetryable(attempt) {
    if (attempt.kind === 'error')
        return attempt.retryable;
    return attempt.status === 429 || attempt.status >= 500;
}
function networkFailure(error) {
    if (axios/* default */.A.isAxiosError(error)) {
        const code = error.code ?? error.cause?.code;
        const message = error.message || code || 'request failed';
        return {
            kind: 'error',
            message: code !== undefined && !message.includes(code) ? `${message} (${code})` : message,
            retryable: code === undefined || !PERMANENT_CODES.has(code),
        };
    }
    return { kind: 'error', message: (0,error_message/* errorMessage */.g)(error), retryable: true };
}
function describe(attempt) {
    if (attempt.kind === 'error')
        return attempt.message;
    const text = attempt.body.replace(/\s+/g, ' ').trim().slice(0, 200);
    const status = `HTTP ${attempt.status}${attempt.statusText === '' ? '' : ` ${attempt.statusText}`}`;
    if (isSuccess(attempt.status))
        return status;
    if (attempt.status >= 300 && attempt.status < 400)
        return `${status}: redirects are not followed`;
    return text === '' ? status : `${status}: ${text}`;
}
function result(last, run) {
    const { durationMs } = run;
    if (last === undefined)
        return { ok: false, status: undefined, attempts: 0, durationMs, error: `not sent${run.gaveUp}` };
    const status = last.kind === 'response' ? last.status : undefined;
    const ok = status !== undefined && isSuccess(status);
    return {
        ok,
        status,
        attempts: run.attempts,
        durationMs,
        error: ok ? undefined : `${describe(last)}${run.gaveUp}`,
    };
}
/**
 * The first `limit` bytes of a response body as text. Reading stops early (and drops the connection) when
 * the body is longer, or when the stream ends in an error, e.g. the attempt's timeout firing mid-body.
 */
function readStart(stream, limit) {
    return new Promise((resolve) => {
        const chunks = [];
        let size = 0;
        const finish = () => resolve(Buffer.concat(chunks).subarray(0, limit).toString('utf8'));
        stream.on('data', (chunk) => {
            chunks.push(chunk);
            size += chunk.length;
            if (size > limit) {
                stream.destroy();
                finish();
            }
        });
        stream.on('end', finish);
        stream.on('error', finish);
        stream.on('close', finish);
    });
}


/***/ }),

/***/ 2729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ environmentsOf)
/* harmony export */ });
/* harmony import */ var _gates_environment_of_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72327);
/* harmony import */ var _promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16277);


/** The GitHub environments of target folders (`environments`, else the folder itself), sorted and unique. */
function environmentsOf(folders, mappings) {
    const names = new Set(folders.map((folder) => (0,_gates_environment_of_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentOf */ .p)(folder, folder, mappings)));
    return [...names].sort(_promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .K);
}


/***/ }),

/***/ 41115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ recordedDeploymentEvents)
/* harmony export */ });
/* harmony import */ var _promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16277);

/**
 * The events of a merge's deployment records: `deployed` for one recorded as `success` at merge, `failed` for
 * one that could not be written. `in_progress` waits for the sweep's confirmation; `exists` was another run's.
 */
function recordedDeploymentEvents(deployments, merge) {
    return deployments.flatMap((deployment) => {
        const base = {
            source: merge.source,
            pullRequest: merge.pullRequest,
            environments: [deployment.environment],
            folders: [...(deployment.components ?? [])].sort(_promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K),
            commit: merge.commit,
            deploymentId: deployment.id,
        };
        if (deployment.outcome === 'success')
            return [{ ...base, kind: 'deployed', reason: `merged in #${String(merge.pullRequest.number)}` }];
        if (deployment.outcome === 'failed')
            return [
                {
                    ...base,
                    kind: 'failed',
                    failure: 'write',
                    reason: `the deployment record of ${deployment.environment} could not be written: ${deployment.error ?? 'failed'}`,
                },
            ];
        return [];
    });
}


/***/ }),

/***/ 29522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ renderPromotionEventsSummary)
/* harmony export */ });
/**
 * The job-summary section of a run's promotion events: totals, and one row per delivery (failures first
 * explained). Empty when no endpoint is configured, so runs without `promotionEvents` show nothing.
 */
function renderPromotionEventsSummary(result, endpoints) {
    if (endpoints === 0)
        return '';
    const delivered = result.deliveries.filter((d) => d.outcome === 'delivered').length;
    const failed = result.deliveries.length - delivered;
    const lines = [
        '### Promotion events',
        '',
        `${String(result.events)} event(s), ${String(result.deliveries.length)} delivery(ies) to ${String(endpoints)} endpoint(s): ` +
            `${String(delivered)} delivered, ${String(failed)} failed; ${String(result.requests)} request(s).` +
            (failed > 0 ? ' A failed delivery does not fail the promotion.' : ''),
    ];
    if (result.deliveries.length === 0)
        return `${lines.join('\n')}\n`;
    const rows = result.deliveries.map((d) => `| ${cell(d.endpoint)} | ${d.format} | ${d.event} | ${d.pullRequest === null ? '' : `#${String(d.pullRequest)}`} | ${d.outcome} | ${d.status ?? '–'} | ${String(d.attempts)} | ${cell(d.error ?? '')} |`);
    return [
        ...lines,
        '',
        '| endpoint | format | event | PR | result | status | attempts | error |',
        '|---|---|---|---|---|---|---|---|',
        ...rows,
        '',
    ].join('\n');
}
function cell(text) {
    return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').slice(0, 300);
}


/***/ }),

/***/ 72327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ environmentOf)
/* harmony export */ });
/**
 * The GitHub environment of a component folder (`clusters/prod/eu/c1/nginx/`): the first `environments` entry
 * whose path matches it, else the configured folder holding it without its trailing slash (`clusters/prod/eu/c1`).
 */
function environmentOf(componentPath, folder, mappings) {
    const mapped = mappings?.find((mapping) => mapping.path.test(componentPath));
    return mapped?.name ?? folder.replace(/\/+$/, '');
}


/***/ }),

/***/ 38636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ planDeployments)
/* harmony export */ });
/* harmony import */ var _promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16277);
/* harmony import */ var _promotion_find_changed_components_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30268);
/* harmony import */ var _environment_of_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72327);



/**
 * Which environments a merged change deploys to: every changed file under a promotion target folder or a
 * flow's source folder names a component folder, and each component folder's environment gets one deployment.
 * Files outside those folders (docs, CI) deploy nothing. Sorted by environment; pure.
 */
function planDeployments(config, files) {
    const byEnvironment = new Map();
    const add = (folder, component) => {
        const environment = (0,_environment_of_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentOf */ .p)(component, folder, config.environments);
        const entry = byEnvironment.get(environment) ?? { folders: new Set(), components: new Set() };
        entry.folders.add(folder);
        entry.components.add(component);
        byEnvironment.set(environment, entry);
    };
    const targets = targetFolders(config);
    const rest = [];
    for (const file of files) {
        for (const path of [file.path, file.previousPath].filter((p) => p !== undefined)) {
            const target = targets.find((candidate) => path.startsWith(candidate.folder));
            const component = target === undefined ? undefined : componentPath(path, target.folder, target.depth);
            if (target !== undefined && component !== undefined)
                add(target.folder, component);
            else
                rest.push({ path });
        }
    }
    for (const found of (0,_promotion_find_changed_components_js__WEBPACK_IMPORTED_MODULE_0__/* .findChangedComponents */ .O)(config, rest).components) {
        add(found.sourcePath, `${found.sourcePath}${found.component}/`);
    }
    return [...byEnvironment.entries()]
        .sort(([a], [b]) => (0,_promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .compareStrings */ .K)(a, b))
        .map(([environment, entry]) => ({
        environment,
        folders: [...entry.folders].sort(_promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .compareStrings */ .K),
        components: [...entry.components].sort(_promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .compareStrings */ .K),
    }));
}
/** Every promotion target folder with its flow's component depth, longest first (the most specific wins). */
function targetFolders(config) {
    const folders = new Map();
    for (const flow of config.promotionPaths) {
        for (const pr of flow.promotionPrs) {
            for (const folder of pr.targetPaths) {
                if (!folders.has(folder))
                    folders.set(folder, flow.componentPathExtraDepth);
            }
        }
    }
    return [...folders.entries()]
        .map(([folder, depth]) => ({ folder, depth }))
        .sort((a, b) => b.folder.length - a.folder.length || (0,_promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .compareStrings */ .K)(a.folder, b.folder));
}
/** `<folder><component>/` for a file at least one level below the component; undefined for shallower files. */
function componentPath(path, folder, depth) {
    const segments = path.slice(folder.length).split('/');
    if (segments.length < depth + 2)
        return undefined;
    return `${folder}${segments.slice(0, depth + 1).join('/')}/`;
}


/***/ }),

/***/ 93759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ buildDeliveryHeaders)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/core/webhook/sign-payload.ts

/**
 * GitHub's `X-Hub-Signature-256` value for a body: `sha256=` + hex HMAC-SHA256 keyed with the secret, over
 * the exact bytes sent (https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries).
 */
function signSha256(body, secret) {
    return `sha256=${(0,external_node_crypto_.createHmac)('sha256', secret).update(body).digest('hex')}`;
}
/** GitHub's legacy `X-Hub-Signature` value (`sha1=` + hex HMAC-SHA1), still checked by older receivers. */
function signSha1(body, secret) {
    return `sha1=${(0,external_node_crypto_.createHmac)('sha1', secret).update(body).digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/core/webhook/build-delivery-headers.ts

/**
 * The headers GitHub sends with a webhook delivery: JSON content type (Argo CD rejects form-encoded bodies),
 * event name, delivery GUID and, when the endpoint has a secret, `X-Hub-Signature-256` (plus the legacy
 * SHA-1 `X-Hub-Signature`) computed over the body bytes.
 */
function buildDeliveryHeaders(options) {
    const headers = {
        'Content-Type': 'application/json',
        'User-Agent': options.userAgent,
        'X-GitHub-Event': options.event,
        'X-GitHub-Delivery': options.deliveryId,
    };
    if (options.secret !== undefined && options.secret !== '') {
        headers['X-Hub-Signature'] = signSha1(options.body, options.secret);
        headers['X-Hub-Signature-256'] = signSha256(options.body, options.secret);
    }
    return headers;
}


/***/ }),

/***/ 57390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ urlSecrets),
/* harmony export */   g: () => (/* binding */ maskUrlCredentials)
/* harmony export */ });
const USERINFO = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)([^/?#]*)@/;
const SENSITIVE_QUERY = /([?&])([^=&#]*(?:token|secret|key|passw(?:or)?d|pwd|sig|signature|auth|credential)[^=&#]*)=([^&#]*)/gi;
/**
 * Hides credentials in a URL for logs and summaries: `https://user:pass@host` -> `https://user:***@host`,
 * a lone user part (often a token) -> `https://***@host`, and values of query parameters whose names look
 * secret (`token`, `key`, `sig`, ...) -> `***`. Works on text that is not a valid URL too.
 */
function maskUrlCredentials(text) {
    const masked = text.replace(USERINFO, (_all, scheme, userinfo) => {
        const colon = userinfo.indexOf(':');
        return colon < 0 ? `${scheme}***@` : `${scheme}${userinfo.slice(0, colon)}:***@`;
    });
    return masked.replace(SENSITIVE_QUERY, (_all, separator, name) => `${separator}${name}=***`);
}
/**
 * The secret parts of a URL (password, `user:password`, a lone user part, sensitive query values), raw and
 * percent-decoded, so the runner can mask them wherever they appear.
 */
function urlSecrets(text) {
    const found = new Set();
    const userinfo = USERINFO.exec(text)?.[2];
    if (userinfo !== undefined && userinfo !== '') {
        const colon = userinfo.indexOf(':');
        addWithDecoded(found, colon < 0 ? userinfo : userinfo.slice(colon + 1));
        // `user:password` as a whole: what an `Authorization: Basic` header encodes, and a server may echo back.
        if (colon >= 0 && colon < userinfo.length - 1)
            addWithDecoded(found, userinfo);
    }
    for (const match of text.matchAll(SENSITIVE_QUERY))
        addWithDecoded(found, match[3] ?? '');
    return [...found];
}
function addWithDecoded(found, value) {
    if (value === '')
        return;
    found.add(value);
    try {
        const decoded = decodeURIComponent(value);
        if (decoded !== '')
            found.add(decoded);
    }
    catch {
        // Not valid percent-encoding: the raw value is all there is to mask.
    }
}


/***/ }),

/***/ 37446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ selectSecret)
/* harmony export */ });
/**
 * The HMAC secret for an endpoint: the first rule whose pattern matches the URL (an empty secret there means
 * "unsigned"), else the default secret; undefined when the delivery is not signed.
 */
function selectSecret(rules, fallback, url) {
    const rule = rules.find((candidate) => candidate.regex.test(url));
    const secret = rule === undefined ? fallback : rule.secret;
    return secret === undefined || secret === '' ? undefined : secret;
}


/***/ }),

/***/ 55265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ validateEndpointUrl)
/* harmony export */ });
/* harmony import */ var _mask_url_credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57390);

/**
 * Checks that an expanded endpoint is an absolute http(s) URL with a host and no whitespace. A bad endpoint
 * (a replacement with a typo, a path glued to the URL by an unanchored expression) fails on its own; the
 * reason never repeats credentials the URL carries.
 */
function validateEndpointUrl(text) {
    const shown = (0,_mask_url_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .maskUrlCredentials */ .g)(text);
    if (hasSpaceOrControl(text))
        return { ok: false, reason: `${JSON.stringify(shown)} contains whitespace or control characters` };
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return { ok: false, reason: `${JSON.stringify(shown)} is not an absolute URL` };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return { ok: false, reason: `${JSON.stringify(shown)} is not http or https (${url.protocol})` };
    if (url.hostname === '')
        return { ok: false, reason: `${JSON.stringify(shown)} has no host` };
    return { ok: true, url: text };
}
function hasSpaceOrControl(text) {
    for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        if (code <= 0x20 || code === 0x7f || /\s/.test(char))
            return true;
    }
    return false;
}


/***/ }),

/***/ 80078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ DEPLOYMENT_PAYLOAD_TOOL),
/* harmony export */   G: () => (/* binding */ recordDeployments)
/* harmony export */ });
/* harmony import */ var _core_errors_external_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91787);
/* harmony import */ var _shared_token_permission_fix_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14860);


/** The marker of deployments this tool records, in their payload. */
const DEPLOYMENT_PAYLOAD_TOOL = 'telefonistka';
/**
 * Records one GitHub Deployment per environment a merge changed (`ref` = merge commit, a payload naming the
 * components, folders, PR and promotion chain), with status `in_progress`, or `success` at once when the
 * confirmation is `merge` (GitHub then marks the environment's older deployments inactive). One environment failing
 * does not stop the others; a token GitHub refuses (no `deployments: write`) is said once, with the permission to
 * add, and the other environments are skipped without calls. The promotion stands.
 *
 * Promote, the sweep and a re-run may all record one merge, at the same time: "look, then create" cannot stop two
 * writers that both looked first, so recording converges after the fact. A deployment already recorded is left
 * alone (`exists`); after creating one the run lists the environment's deployments of the commit again, and the
 * oldest is the record: every younger one is made `inactive` and deleted (GitHub deletes only inactive deployments),
 * and statuses are written on the record only. 4 requests per environment when nobody races.
 */
async function recordDeployments(input, deps) {
    const results = [];
    let refused;
    for (const planned of input.planned) {
        // The token may not create deployments: every other environment would be refused alike (no more calls).
        const result = refused === undefined
            ? await recordOne(planned, input, deps)
            : {
                environment: planned.environment,
                outcome: 'failed',
                error: refused,
                components: planned.components,
                refusal: 'token-permission-missing',
            };
        if (result.refusal === 'token-permission-missing')
            refused ??= result.error;
        results.push(result);
    }
    return results;
}
async function recordOne(planned, input, deps) {
    const { pullRequest: pr } = input;
    const { environment, components } = planned;
    const short = pr.mergeCommitSha.slice(0, 7);
    try {
        const existing = await deps.deployments.findDeployments(environment, pr.mergeCommitSha);
        if (existing.length > 0) {
            const record = await converge(existing, { environment, deps });
            deps.logger.info(`${environment}: deployment ${String(record)} of ${short} already recorded`);
            return { environment, outcome: 'exists', id: record, components };
        }
        const id = await deps.deployments.createDeployment({
            sha: pr.mergeCommitSha,
            environment,
            description: `#${String(pr.number)}: ${planned.components.join(' ')}`.slice(0, 140),
            payload: payloadOf(planned, pr),
        });
        const listed = await deps.deployments.findDeployments(environment, pr.mergeCommitSha);
        const record = await converge([...listed, { id }], { environment, deps });
        if (record !== id) {
            deps.logger.info(`${environment}: ${short} was recorded by another run too; deployment ${String(record)} stays`);
            return { environment, outcome: 'exists', id: record, components };
        }
        const atOnce = input.confirmation === 'merge';
        await deps.deployments.createDeploymentStatus(id, {
            state: atOnce ? 'success' : 'in_progress',
            description: atOnce
                ? `merged in #${String(pr.number)}`
                : `merged in #${String(pr.number)}; waiting for Argo CD`,
            logUrl: pr.url,
        });
        deps.logger.info(`${environment}: deployment ${String(id)} of ${short} recorded`);
        return { environment, outcome: atOnce ? 'success' : 'in_progress', id, components };
    }
    catch (error) {
        if (error instanceof _core_errors_external_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ExternalError */ .y && error.refusal === 'token-permission-missing') {
            const fix = (0,_shared_token_permission_fix_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenPermissionFix */ .MR)({
                message: 'Resource not accessible by integration',
                permissions: _shared_token_permission_fix_js__WEBPACK_IMPORTED_MODULE_1__/* .GATES_PERMISSIONS */ .WS,
                refused: 'create deployments',
            });
            const message = `No deployment recorded for ${input.planned.map((p) => p.environment).join(', ')}: ${fix}`;
            deps.logger.warning(message);
            return { environment, outcome: 'failed', error: message, components, refusal: error.refusal };
        }
        const message = error instanceof Error ? error.message : String(error);
        deps.logger.warning(`${environment}: the deployment could not be recorded: ${message}`);
        return { environment, outcome: 'failed', error: message, components };
    }
}
/**
 * The record among deployments of one environment and commit: the oldest (lowest id). Every younger one is a
 * duplicate of a racing writer (or of this run): made `inactive`, then deleted. Another run may be removing the same
 * duplicate: one already gone is fine. Returns the record's id.
 */
async function converge(deployments, context) {
    const ids = [...new Set(deployments.map((deployment) => deployment.id))].sort((a, b) => a - b);
    const [record, ...duplicates] = ids;
    for (const duplicate of duplicates) {
        if (!(await retire(duplicate, record, context.deps.deployments)))
            continue;
        context.deps.logger.info(`${context.environment}: deployment ${String(duplicate)} duplicated ${String(record)}; deleted`);
    }
    return record;
}
/** Makes a duplicate inactive and deletes it; false when another run removed it first. */
async function retire(duplicate, record, deployments) {
    try {
        await deployments.createDeploymentStatus(duplicate, {
            state: 'inactive',
            description: `duplicate of deployment ${String(record)} (the merge was recorded twice)`,
            autoInactive: false,
        });
    }
    catch (error) {
        if (error instanceof _core_errors_external_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ExternalError */ .y && error.status === 404)
            return false;
        throw error;
    }
    return (await deployments.deleteDeployment(duplicate)) === 'deleted';
}
function payloadOf(planned, pr) {
    return {
        tool: DEPLOYMENT_PAYLOAD_TOOL,
        components: planned.components,
        folders: planned.folders,
        pullRequest: { number: pr.number, url: pr.url },
        ...(pr.sourceCommit === undefined ? {} : { sourceCommit: pr.sourceCommit }),
        ...(pr.metadata === undefined
            ? {}
            : {
                promotion: {
                    originalPrNumber: pr.metadata.originalPrNumber,
                    originalPrAuthor: pr.metadata.originalPrAuthor,
                    hops: pr.metadata.previousPromotionPaths,
                },
            }),
    };
}


/***/ })

};
