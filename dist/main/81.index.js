export const id = 81;
export const ids = [81];
export const modules = {

/***/ 4081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preparePromoteFlow: () => (/* binding */ preparePromoteFlow)
});

// EXTERNAL MODULE: ./src/actions/promote/read-promote-inputs.ts
var read_promote_inputs = __webpack_require__(1641);
// EXTERNAL MODULE: ./src/runtime/action-logger.ts + 1 modules
var action_logger = __webpack_require__(7653);
// EXTERNAL MODULE: ./src/runtime/outputs.ts
var outputs = __webpack_require__(8506);
// EXTERNAL MODULE: ./src/runtime/sleep.ts
var sleep = __webpack_require__(3083);
// EXTERNAL MODULE: ./src/runtime/workflow-context.ts
var workflow_context = __webpack_require__(7337);
// EXTERNAL MODULE: ./src/use-cases/promote/promote-merged-pull-request.ts + 16 modules
var promote_merged_pull_request = __webpack_require__(1660);
// EXTERNAL MODULE: ./src/actions/shared/default-outputs.ts
var default_outputs = __webpack_require__(1403);
// EXTERNAL MODULE: ./src/actions/shared/detect-repository-access.ts + 6 modules
var detect_repository_access = __webpack_require__(5108);
// EXTERNAL MODULE: ./src/actions/shared/with-final-outputs.ts
var with_final_outputs = __webpack_require__(2499);
// EXTERNAL MODULE: ./src/actions/shared/workflow-github.ts
var workflow_github = __webpack_require__(494);
// EXTERNAL MODULE: ./src/actions/promote/merged-pull-request-from-event.ts
var merged_pull_request_from_event = __webpack_require__(1288);
// EXTERNAL MODULE: ./src/actions/promote/promote-options.ts + 1 modules
var promote_options = __webpack_require__(3437);
;// CONCATENATED MODULE: ./src/actions/promote/promote-outputs.ts
/** The `plan` and `pull-requests` outputs of a promote run. */
function promoteOutputs(result) {
    return {
        plan: result.plan,
        'pull-requests': result.results.map((r) => ({
            number: r.number ?? null,
            url: r.url ?? null,
            branch: r.branch,
            targets: r.targets,
            action: r.action,
            superseded: r.superseded,
            supersededBy: r.supersededBy ?? [],
            ...(r.merge === undefined ? {} : { merge: r.merge }),
            ...(r.error === undefined ? {} : { error: r.error }),
        })),
    };
}
/** The `deployments` output: the environments this merge was recorded in (issue 15). */
function deploymentsOutput(deployments) {
    return deployments.map((d) => ({ environment: d.environment, outcome: d.outcome, id: d.id ?? null }));
}

// EXTERNAL MODULE: ./src/adapters/github/create-octokit-deployments.ts + 1 modules
var create_octokit_deployments = __webpack_require__(6934);
// EXTERNAL MODULE: ./src/runtime/secret-registry.ts
var secret_registry = __webpack_require__(6148);
// EXTERNAL MODULE: ./src/core/gates/plan-deployments.ts
var plan_deployments = __webpack_require__(8636);
// EXTERNAL MODULE: ./src/core/promotion/source-commit-marker.ts
var source_commit_marker = __webpack_require__(6643);
// EXTERNAL MODULE: ./src/use-cases/promote/collect-changed-files.ts
var collect_changed_files = __webpack_require__(1797);
// EXTERNAL MODULE: ./src/use-cases/shared/read-trusted-promotion-metadata.ts
var read_trusted_promotion_metadata = __webpack_require__(2825);
// EXTERNAL MODULE: ./src/use-cases/gates/record-deployments.ts
var record_deployments = __webpack_require__(78);
;// CONCATENATED MODULE: ./src/use-cases/gates/record-merge-deployments.ts





/** True when the configuration asks for deployment records: `environments` or any gates. */
function wantsDeployments(config) {
    return ((config.environments ?? []).length > 0 ||
        config.promotionPaths.some((flow) => flow.promotionPrs.some((pr) => pr.gates !== undefined)));
}
/**
 * Records the GitHub Deployments of a merged PR (a promotion PR or a direct edit of target folders): one per
 * environment its changed files deploy to. Does nothing when the configuration has no environments nor gates.
 */
async function recordMergeDeployments(input, deps) {
    const { pullRequest: pr, config } = input;
    if (!wantsDeployments(config) || pr.mergeCommitSha === '')
        return [];
    const { files } = await (0,collect_changed_files/* collectChangedFiles */.w)(pr, deps);
    const planned = (0,plan_deployments/* planDeployments */.S)(config, files);
    if (planned.length === 0)
        return [];
    const trusted = await (0,read_trusted_promotion_metadata/* readTrustedPromotionMetadata */.M)({ number: pr.number, headRef: pr.headRef, author: pr.author, body: pr.body }, { promotionPrAuthors: config.promotionPrAuthors, github: deps.github });
    return (0,record_deployments/* recordDeployments */.G)({
        pullRequest: {
            number: pr.number,
            url: input.url,
            mergeCommitSha: pr.mergeCommitSha,
            metadata: trusted.metadata,
            sourceCommit: trusted.metadata === undefined ? undefined : (0,source_commit_marker/* parseSourceCommit */.e)(pr.body),
        },
        planned,
        confirmation: input.confirmation,
    }, deps);
}

;// CONCATENATED MODULE: ./src/actions/promote/record-deployments-of-merge.ts




/**
 * Deployments of the merge (issue 15): recorded after promoting, when the configuration asks for them (a manual
 * dispatch records none). Returns the outcomes and the API calls spent.
 */
async function recordDeploymentsOfMerge(pr, result, context) {
    const { workflow, inputs, logger } = context;
    const config = result.config;
    if (config === undefined || result.dryRun)
        return { deployments: [], calls: 0 };
    if (workflow.eventName === 'workflow_dispatch' && (0,merged_pull_request_from_event/* manualRequest */.s)(workflow.payload) !== undefined)
        return { deployments: [], calls: 0 };
    const records = (0,create_octokit_deployments/* createOctokitDeployments */.k)({
        token: inputs.githubToken,
        owner: workflow.owner,
        repo: workflow.repo,
        baseUrl: workflow.apiUrl,
        logger,
        writeIntervalMs: inputs.writeIntervalMs,
        scrubText: secret_registry/* scrubSecrets */.Z,
    });
    const configured = config.deploymentConfirmation ?? 'auto';
    const confirmation = configured === 'merge' || (configured === 'auto' && !context.argoCdConfigured) ? 'merge' : 'argocd';
    const repository = workflow.payload.repository;
    const base = repository?.html_url ?? `https://github.com/${workflow.owner}/${workflow.repo}`;
    const url = `${base}/pull/${String(pr.number)}`;
    const deployments = await logger.group('Record deployments', () => recordMergeDeployments({ pullRequest: pr, url, config, confirmation }, { github: context.github, deployments: records, localGit: context.localGit, logger }));
    return { deployments, calls: records.callCount() };
}

// EXTERNAL MODULE: ./src/core/dashboard/render-dashboard-graph.ts
var render_dashboard_graph = __webpack_require__(9522);
// EXTERNAL MODULE: ./src/core/dashboard/order-chain.ts
var order_chain = __webpack_require__(5784);
;// CONCATENATED MODULE: ./src/core/promotion/promotion-graph.ts

/**
 * The promotion graph of one promote run, in the dashboard's shape (so `renderDashboardGraph` draws it): the
 * environments of the flows it opened PRs for (source folders and target paths, in chain order) and one edge per
 * hop labelled with the PRs it opened, updated or merged there and their gate states. Undefined when the run has no
 * PR to show.
 */
function promotionGraph(result) {
    const seen = new Map();
    const note = (environment) => {
        if (!seen.has(environment))
            seen.set(environment, seen.size);
    };
    const edges = new Map();
    for (const promotion of result.plan.promotions) {
        const pr = result.results.find((candidate) => candidate.key === promotion.key);
        if (pr?.number === undefined)
            continue;
        note(promotion.sourcePath);
        for (const target of promotion.targetPaths) {
            note(target);
            const key = `${promotion.sourcePath}\u0000${target}`;
            let edge = edges.get(key);
            if (edge === undefined) {
                edge = { from: promotion.sourcePath, to: target, pending: 0, openPulls: [], held: 0, gates: {} };
                edges.set(key, edge);
            }
            if (edge.openPulls.includes(pr.number))
                continue;
            edge.openPulls.push(pr.number);
            if (pr.gate !== undefined)
                edge.gates[pr.gate] = (edge.gates[pr.gate] ?? 0) + 1;
        }
    }
    if (edges.size === 0)
        return undefined;
    const hops = [...edges.values()];
    const environments = (0,order_chain/* orderChain */.k)(seen, hops);
    const rank = new Map(environments.map((environment, i) => [environment, i]));
    hops.sort((a, b) => rank.get(a.from) - rank.get(b.from) || rank.get(a.to) - rank.get(b.to));
    for (const hop of hops)
        hop.openPulls.sort((a, b) => a - b);
    return { environments, edges: hops };
}

;// CONCATENATED MODULE: ./src/core/promotion/render-promote-summary.ts


/** The job summary of a promotion run: the plan, the PRs, their promotion graph (Mermaid) and the API calls spent. */
function renderPromoteSummary(result, apiCalls) {
    const lines = ['## Telefonistka promotion', ''];
    if (result.plan.promotions.length === 0)
        lines.push('Nothing to promote: no changed component under a configured `sourcePath`.', '');
    else
        lines.push(...planTable(result), '');
    if (result.results.length > 0)
        lines.push(...prTable(result), '');
    const graph = promotionGraph(result);
    if (graph !== undefined)
        lines.push('### Promotion graph', '', (0,render_dashboard_graph/* renderDashboardGraph */.z)(graph), '');
    if (result.dryRun)
        lines.push('Dry run: the plan was commented on the merged PR; no PR was opened.', '');
    if (result.warnings.length > 0)
        lines.push('### Warnings', '', ...result.warnings.map((w) => `- ${w}`), '');
    lines.push(`GitHub API calls spent by this step: **${apiCalls}**`, '');
    return lines.join('\n');
}
function planTable(result) {
    const rows = result.plan.promotions.map((p) => {
        const skipped = Object.entries(p.skippedTargets)
            .map(([component, targets]) => `${component}: ${targets.join(', ')}`)
            .join('; ');
        return `| \`${p.sourcePath}\` | ${p.components.join(', ')} | ${p.targetPaths.map((t) => `\`${t}\``).join('<br>')} | ${skipped || '-'} | ${p.autoMerge ? 'yes' : 'no'} |`;
    });
    return ['| source | components | targets | skipped | auto-merge |', '|---|---|---|---|---|', ...rows];
}
function prTable(result) {
    const rows = result.results.map((r) => {
        const pr = r.number === undefined ? '-' : `[#${r.number}](${r.url ?? ''})`;
        const superseded = r.superseded.length === 0 ? '-' : r.superseded.map((n) => `#${n}`).join(', ');
        const newer = (r.supersededBy ?? []).map((n) => `#${n}`).join(', ');
        const by = newer === '' ? '' : ` (newer work: ${newer})`;
        return `| ${pr} | \`${r.branch}\` | ${r.action}${by}${mergeText(r)}${r.error === undefined ? '' : `: ${r.error}`} | ${superseded} |`;
    });
    return ['| PR | branch | result | superseded |', '|---|---|---|---|', ...rows];
}
function mergeText(result) {
    if (result.merge === 'auto-merge-enabled')
        return ', auto-merge enabled';
    if (result.merge === 'left-open')
        return `, not merged: ${(result.mergeNote ?? '').split('\n')[0] ?? ''}`;
    return '';
}

;// CONCATENATED MODULE: ./src/actions/promote/run-promote.ts














/** The promote action: a merged PR (or a dispatch naming one) becomes promotion PRs. */
async function runPromote(inputs, flow = {}) {
    (0,outputs/* setOutputs */.n)(default_outputs/* DEFAULT_OUTPUTS */.B.promote);
    const logger = (0,action_logger/* createActionLogger */.D)();
    const workflow = (0,workflow_context/* readWorkflowContext */.F)();
    const client = (token) => (0,workflow_github/* createWorkflowGitHub */.d)({ ...inputs, token }, workflow, logger);
    const github = client(inputs.githubToken);
    const approver = inputs.approverToken === undefined ? undefined : client(inputs.approverToken);
    let deploymentCalls = 0;
    const apiCalls = () => github.callCount() + (approver?.callCount() ?? 0) + deploymentCalls;
    await (0,with_final_outputs/* withFinalOutputs */.t)(() => ({ 'api-calls': apiCalls() }), async () => {
        const pr = await (0,merged_pull_request_from_event/* mergedPullRequestFromEvent */.j)(workflow.eventName, workflow.payload, github);
        if (pr === undefined)
            return logger.info(`Nothing to do for ${workflow.eventName}: promotion runs when a PR is merged.`);
        const checkoutDir = inputs.checkoutPath ?? workflow.workspace;
        const access = await (0,detect_repository_access/* detectRepositoryAccess */.U)(checkoutDir, github, logger);
        const defaultBranch = await (0,workflow_github/* workflowDefaultBranch */.P)(workflow, github);
        const options = await (0,promote_options/* promoteOptions */.Z)(inputs, workflow, { defaultBranch, checkoutDir });
        const result = await (0,promote_merged_pull_request/* promoteMergedPullRequest */.B)(pr, options, {
            github,
            approver,
            ...access,
            logger,
            sleep: sleep/* sleep */.y,
        });
        const recorded = await recordDeploymentsOfMerge(pr, result, {
            inputs,
            workflow,
            argoCdConfigured: flow.argoCdConfigured ?? false,
            github,
            localGit: access.localGit,
            logger,
        });
        deploymentCalls = recorded.calls;
        (0,outputs/* setOutputs */.n)({ ...promoteOutputs(result), deployments: deploymentsOutput(recorded.deployments) });
        await (0,outputs/* writeSummary */.S)(renderPromoteSummary(result, apiCalls()));
        if (result.failures.length > 0) {
            const lines = result.failures.map((f) => `- ${f}`).join('\n');
            throw new Error(`${result.failures.length} promotion(s) failed:\n${lines}`);
        }
    });
}

;// CONCATENATED MODULE: ./src/actions/main/flows/promote-flow.ts


/** The promote flow: its reader and runner in one chunk, loaded only for an event that routes to it. */
const preparePromoteFlow = (main) => {
    const inputs = (0,read_promote_inputs/* readPromoteInputs */.Q)();
    return () => runPromote(inputs, { argoCdConfigured: main.argoCdServer });
};


/***/ }),

/***/ 2499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ withFinalOutputs)
/* harmony export */ });
/* harmony import */ var _runtime_outputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8506);

/**
 * Runs `work`, then sets the outputs `final` returns (the API calls spent) whether it succeeded or failed, so a
 * failing step still reports what it cost.
 */
async function withFinalOutputs(final, work) {
    try {
        await work();
    }
    finally {
        (0,_runtime_outputs_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutputs */ .n)(final());
    }
}


/***/ }),

/***/ 6934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ createOctokitDeployments)
});

// EXTERNAL MODULE: ./src/adapters/github/rest-login.ts
var rest_login = __webpack_require__(3626);
// EXTERNAL MODULE: ./src/core/errors/external-error.ts
var external_error = __webpack_require__(1787);
// EXTERNAL MODULE: ./src/adapters/github/create-octokit.ts + 1 modules
var create_octokit = __webpack_require__(1073);
;// CONCATENATED MODULE: ./src/adapters/github/sweep-query.ts
/** Deployments kept per environment in a sweep read: the newest few decide soak and health. */
const DEPLOYMENTS_PER_ENVIRONMENT = 10;
const PULLS_PER_PAGE = 100;
/**
 * The sweep's query. Environment names and paths travel as variables, never as query text; the deployments and
 * the freeze file are read with the first page only.
 */
function sweepQuery(environments, firstPage) {
    const envVars = !firstPage
        ? ''
        : Array.from({ length: environments }, (_, i) => `, $e${String(i)}: [String!]`).join('');
    const envFields = firstPage
        ? Array.from({ length: environments }, (_, i) => `d${String(i)}: deployments(environments: $e${String(i)}, first: ${String(DEPLOYMENTS_PER_ENVIRONMENT)}, orderBy: {field: CREATED_AT, direction: DESC}) { nodes { databaseId environment commitOid createdAt payload latestStatus { state } statuses(first: 20) { nodes { state createdAt } } } }`).join('\n')
        : '';
    const extra = firstPage
        ? 'defaultBranchRef { name } freeze: object(expression: $freeze) { ... on Blob { text } }'
        : '';
    return `query($owner: String!, $name: String!, $after: String, $context: String!${firstPage ? ', $freeze: String!' : ''}${envVars}) {
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
    let calls = 0;
    const octokit = (0,create_octokit/* createOctokit */.Q)({
        token: options.token,
        baseUrl: options.baseUrl,
        logger: options.logger,
        ...(options.writeIntervalMs === undefined ? {} : { writeIntervalMs: options.writeIntervalMs }),
        ...(options.scrubText === undefined ? {} : { scrubText: options.scrubText }),
        onRequest: () => {
            calls++;
        },
    });
    const repo = { owner: options.owner, repo: options.repo };
    return {
        callCount: () => calls,
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
                freezeFileText: first.repository.freeze?.text ?? undefined,
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
        throw new external_error/* ExternalError */.y(error instanceof Error ? error.message : String(error), {
            service: 'GitHub',
            operation,
            status: typeof status === 'number' ? status : undefined,
            cause: error,
        });
    }
}


/***/ }),

/***/ 2327:
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

/***/ 8636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ planDeployments)
/* harmony export */ });
/* harmony import */ var _promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6277);
/* harmony import */ var _promotion_find_changed_components_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(268);
/* harmony import */ var _environment_of_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2327);



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

/***/ 78:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ DEPLOYMENT_PAYLOAD_TOOL),
/* harmony export */   G: () => (/* binding */ recordDeployments)
/* harmony export */ });
/** The marker of deployments this tool records, in their payload. */
const DEPLOYMENT_PAYLOAD_TOOL = 'telefonistka';
/**
 * Records one GitHub Deployment per environment a merge changed (`ref` = merge commit, a payload naming the
 * components, folders, PR and promotion chain), with status `in_progress`, or `success` at once when the
 * confirmation is `merge` (GitHub then marks the environment's older deployments inactive). A deployment that
 * already exists for the environment and commit is left alone, so promote and the sweep may both record.
 * One environment failing does not stop the others.
 */
async function recordDeployments(input, deps) {
    const results = [];
    for (const planned of input.planned) {
        results.push(await recordOne(planned, input, deps));
    }
    return results;
}
async function recordOne(planned, input, deps) {
    const { pullRequest: pr } = input;
    const environment = planned.environment;
    try {
        const existing = await deps.deployments.findDeployments(environment, pr.mergeCommitSha);
        if (existing.length > 0) {
            deps.logger.info(`${environment}: deployment of ${pr.mergeCommitSha.slice(0, 7)} already recorded`);
            return { environment, outcome: 'exists', id: existing[0]?.id ?? 0 };
        }
        const id = await deps.deployments.createDeployment({
            sha: pr.mergeCommitSha,
            environment,
            description: `#${String(pr.number)}: ${planned.components.join(' ')}`.slice(0, 140),
            payload: payloadOf(planned, pr),
        });
        const atOnce = input.confirmation === 'merge';
        await deps.deployments.createDeploymentStatus(id, {
            state: atOnce ? 'success' : 'in_progress',
            description: atOnce
                ? `merged in #${String(pr.number)}`
                : `merged in #${String(pr.number)}; waiting for Argo CD`,
            logUrl: pr.url,
        });
        deps.logger.info(`${environment}: deployment ${String(id)} of ${pr.mergeCommitSha.slice(0, 7)} recorded`);
        return { environment, outcome: atOnce ? 'success' : 'in_progress', id };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        deps.logger.warning(`${environment}: the deployment could not be recorded: ${message}`);
        return { environment, outcome: 'failed', error: message };
    }
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
