export const id = 677;
export const ids = [677];
export const modules = {

/***/ 87677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preparePromoteFlow: () => (/* binding */ preparePromoteFlow)
});

// EXTERNAL MODULE: ./src/actions/promote/read-promote-inputs.ts
var read_promote_inputs = __webpack_require__(11641);
// EXTERNAL MODULE: ./src/runtime/action-logger.ts + 1 modules
var action_logger = __webpack_require__(97653);
// EXTERNAL MODULE: ./src/runtime/outputs.ts
var outputs = __webpack_require__(18506);
// EXTERNAL MODULE: ./src/runtime/sleep.ts
var sleep = __webpack_require__(73083);
// EXTERNAL MODULE: ./src/runtime/workflow-context.ts
var workflow_context = __webpack_require__(37337);
// EXTERNAL MODULE: ./src/use-cases/promote/promote-merged-pull-request.ts + 8 modules
var promote_merged_pull_request = __webpack_require__(19043);
// EXTERNAL MODULE: ./src/actions/shared/default-outputs.ts
var default_outputs = __webpack_require__(31403);
// EXTERNAL MODULE: ./src/actions/shared/detect-repository-access.ts + 6 modules
var detect_repository_access = __webpack_require__(95108);
// EXTERNAL MODULE: ./src/actions/shared/with-final-outputs.ts
var with_final_outputs = __webpack_require__(92499);
// EXTERNAL MODULE: ./src/actions/shared/workflow-github.ts
var workflow_github = __webpack_require__(10494);
// EXTERNAL MODULE: ./src/actions/promote/merged-pull-request-from-event.ts
var merged_pull_request_from_event = __webpack_require__(61288);
// EXTERNAL MODULE: ./src/actions/promote/promote-options.ts + 1 modules
var promote_options = __webpack_require__(23437);
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

// EXTERNAL MODULE: ./src/use-cases/gates/record-merge-deployments.ts
var record_merge_deployments = __webpack_require__(77595);
// EXTERNAL MODULE: ./src/actions/shared/create-workflow-deployments.ts + 2 modules
var create_workflow_deployments = __webpack_require__(83514);
;// CONCATENATED MODULE: ./src/actions/promote/record-deployments-of-merge.ts



/**
 * Deployments of the merge (issue 15): recorded after promoting, when the configuration asks for them (a manual
 * dispatch records none). Returns the outcomes, the API calls spent and the merged PR's link.
 */
async function recordDeploymentsOfMerge(pr, result, context) {
    const { workflow, inputs, logger } = context;
    const config = result.config;
    const repository = workflow.payload.repository;
    const base = repository?.html_url ?? `https://github.com/${workflow.owner}/${workflow.repo}`;
    const url = `${base}/pull/${String(pr.number)}`;
    if (config === undefined || result.dryRun)
        return { deployments: [], calls: 0, url };
    if (workflow.eventName === 'workflow_dispatch' && (0,merged_pull_request_from_event/* manualRequest */.s)(workflow.payload) !== undefined)
        return { deployments: [], calls: 0, url };
    const records = (0,create_workflow_deployments/* createWorkflowDeployments */.a)(inputs, workflow, logger);
    const configured = config.deploymentConfirmation ?? 'auto';
    const confirmation = configured === 'merge' || (configured === 'auto' && !context.argoCdConfigured) ? 'merge' : 'argocd';
    const deployments = await logger.group('Record deployments', () => (0,record_merge_deployments/* recordMergeDeployments */.i)({ pullRequest: pr, url, config, confirmation }, { github: context.github, deployments: records, localGit: context.localGit, logger }));
    return { deployments, calls: records.callCount(), url };
}

// EXTERNAL MODULE: ./src/core/comments/inert-text.ts
var inert_text = __webpack_require__(76988);
// EXTERNAL MODULE: ./src/core/comments/markdown-code.ts
var markdown_code = __webpack_require__(95947);
// EXTERNAL MODULE: ./src/core/dashboard/render-dashboard-graph.ts
var render_dashboard_graph = __webpack_require__(49522);
// EXTERNAL MODULE: ./src/core/promotion/render-held-targets.ts + 1 modules
var render_held_targets = __webpack_require__(99615);
// EXTERNAL MODULE: ./src/core/dashboard/order-chain.ts
var order_chain = __webpack_require__(65784);
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
            // A gated PR's status was set pending by this run; the sweep decides it.
            if (pr.gated === true)
                edge.gates.pending = (edge.gates.pending ?? 0) + 1;
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
    if (result.localRollback !== undefined)
        lines.push('### Not promoted onward', '', result.localRollback, '');
    else if (result.plan.promotions.length === 0)
        lines.push('Nothing to promote: no changed component under a configured `sourcePath`.', '');
    else
        lines.push(...planTable(result), '');
    const held = result.plan.promotions.flatMap((p) => p.heldTargets ?? []);
    if (held.length > 0)
        lines.push('### Held targets', '', ...(0,render_held_targets/* renderHeldTargets */.y)(held), '');
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
            .map(([component, targets]) => `${code(component)}: ${targets.map(code).join(', ')}`)
            .join('; ');
        return `| ${code(p.sourcePath)} | ${p.components.map(code).join(', ')} | ${p.targetPaths.map(code).join('<br>')} | ${skipped || '-'} | ${p.autoMerge ? 'yes' : 'no'} |`;
    });
    return ['| source | components | targets | skipped | auto-merge |', '|---|---|---|---|---|', ...rows];
}
function prTable(result) {
    const rows = result.results.map((r) => {
        const pr = r.number === undefined ? '-' : `[#${r.number}](${r.url ?? ''})`;
        const superseded = r.superseded.length === 0 ? '-' : r.superseded.map((n) => `#${n}`).join(', ');
        const newer = (r.supersededBy ?? []).map((n) => `#${n}`).join(', ');
        const by = newer === '' ? '' : ` (newer work: ${newer})`;
        return `| ${pr} | ${code(r.branch)} | ${r.action}${by}${mergeText(r)}${r.error === undefined ? '' : `: ${(0,inert_text/* inertText */.U)(r.error)}`} | ${superseded} |`;
    });
    return ['| PR | branch | result | superseded |', '|---|---|---|---|', ...rows];
}
function mergeText(result) {
    if (result.merge === 'auto-merge-enabled')
        return ', auto-merge enabled';
    if (result.merge === 'left-open')
        return `, not merged: ${(0,inert_text/* inertText */.U)((result.mergeNote ?? '').split('\n')[0] ?? '')}`;
    return '';
}
/** A name (folder, branch) as inline code in a table cell: one line, its pipes escaped. */
function code(text) {
    return (0,markdown_code/* codeSpan */.SS)(text).replace(/\|/g, '\\|');
}

// EXTERNAL MODULE: ./src/core/promotion/compare-strings.ts
var compare_strings = __webpack_require__(16277);
// EXTERNAL MODULE: ./src/core/events/environments-of.ts
var environments_of = __webpack_require__(2729);
// EXTERNAL MODULE: ./src/core/events/recorded-deployment-events.ts
var recorded_deployment_events = __webpack_require__(41115);
;// CONCATENATED MODULE: ./src/core/events/build-promote-events.ts



/**
 * The promotion events of a promote run, in the order they happened: per promotion PR `opened`, `gated` (held
 * for its gates), `merged` (auto-merged) or `failed` (the PR could not be written); then per environment of the
 * merge `deployed` (recorded as `success` at merge) or `failed` (the record could not be written). A deployment
 * another run already recorded (`exists`) is that run's event. Pure.
 */
function buildPromoteEvents(result, merge) {
    if (result.dryRun)
        return [];
    const mappings = result.config?.environments;
    const events = [];
    for (const entry of result.results) {
        const pullRequest = entry.number === undefined ? undefined : { number: entry.number, url: entry.url ?? '' };
        const base = {
            source: 'promote',
            pullRequest,
            environments: (0,environments_of/* environmentsOf */.M)(entry.targets, mappings),
            folders: [...entry.targets].sort(compare_strings/* compareStrings */.K),
            commit: undefined,
            deploymentId: undefined,
        };
        if (entry.action === 'failed') {
            events.push({ ...base, kind: 'failed', failure: 'write', reason: entry.error ?? 'failed' });
            continue;
        }
        if (entry.opened === true || entry.action === 'opened')
            events.push({ ...base, kind: 'opened', reason: 'promotion PR opened' });
        if (entry.gated === true)
            events.push({ ...base, kind: 'gated', reason: 'held until its gates pass (the sweep decides)' });
        if (entry.action === 'merged')
            events.push({ ...base, kind: 'merged', reason: 'auto-merged' });
    }
    events.push(...(0,recorded_deployment_events/* recordedDeploymentEvents */.L)(merge.deployments, {
        source: 'promote',
        pullRequest: merge.pullRequest,
        commit: merge.commit,
    }));
    return events;
}

// EXTERNAL MODULE: ./src/core/events/render-promotion-events-summary.ts
var render_promotion_events_summary = __webpack_require__(29522);
// EXTERNAL MODULE: ./src/actions/shared/send-run-promotion-events.ts + 6 modules
var send_run_promotion_events = __webpack_require__(93217);
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
        const events = buildPromoteEvents(result, {
            pullRequest: { number: pr.number, url: recorded.url },
            commit: pr.mergeCommitSha,
            deployments: recorded.deployments,
        });
        const endpoints = result.config?.promotionEvents ?? [];
        const sent = await (0,send_run_promotion_events/* sendRunPromotionEvents */.y)(events, { endpoints, secrets: inputs, workflow, logger });
        (0,outputs/* setOutputs */.n)({
            ...promoteOutputs(result),
            deployments: deploymentsOutput(recorded.deployments),
            'promotion-events': (0,send_run_promotion_events/* promotionEventsOutput */.k)(sent),
        });
        await (0,outputs/* writeSummary */.S)(renderPromoteSummary(result, apiCalls()) + (0,render_promotion_events_summary/* renderPromotionEventsSummary */.r)(sent, endpoints.length));
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

/***/ 92499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ withFinalOutputs)
/* harmony export */ });
/* harmony import */ var _runtime_outputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18506);

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

/***/ 77595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ wantsDeployments),
/* harmony export */   i: () => (/* binding */ recordMergeDeployments)
/* harmony export */ });
/* harmony import */ var _core_gates_plan_deployments_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38636);
/* harmony import */ var _core_promotion_source_commit_marker_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6643);
/* harmony import */ var _promote_collect_changed_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41797);
/* harmony import */ var _shared_read_trusted_promotion_metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12825);
/* harmony import */ var _record_deployments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80078);





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
    const { files } = await (0,_promote_collect_changed_files_js__WEBPACK_IMPORTED_MODULE_3__/* .collectChangedFiles */ .w)(pr, deps);
    const planned = (0,_core_gates_plan_deployments_js__WEBPACK_IMPORTED_MODULE_0__/* .planDeployments */ .S)(config, files);
    if (planned.length === 0)
        return [];
    const trusted = await (0,_shared_read_trusted_promotion_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .readTrustedPromotionMetadata */ .M)({ number: pr.number, headRef: pr.headRef, author: pr.author, body: pr.body }, { promotionPrAuthors: config.promotionPrAuthors, github: deps.github });
    return (0,_record_deployments_js__WEBPACK_IMPORTED_MODULE_2__/* .recordDeployments */ .G)({
        pullRequest: {
            number: pr.number,
            url: input.url,
            mergeCommitSha: pr.mergeCommitSha,
            metadata: trusted.metadata,
            sourceCommit: trusted.metadata === undefined ? undefined : (0,_core_promotion_source_commit_marker_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSourceCommit */ .e)(pr.body),
        },
        planned,
        confirmation: input.confirmation,
    }, deps);
}


/***/ })

};
