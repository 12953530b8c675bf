export const id = 371;
export const ids = [371];
export const modules = {

/***/ 83800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDashboard: () => (/* binding */ runDashboard)
/* harmony export */ });
/* harmony import */ var _adapters_git_create_git_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91079);
/* harmony import */ var _adapters_github_create_graphql_open_pulls_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74076);
/* harmony import */ var _adapters_github_create_octokit_issues_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79621);
/* harmony import */ var _runtime_action_logger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97653);
/* harmony import */ var _runtime_outputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18506);
/* harmony import */ var _runtime_secret_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66148);
/* harmony import */ var _runtime_workflow_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(69206);
/* harmony import */ var _use_cases_dashboard_update_dashboard_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(35618);
/* harmony import */ var _shared_detect_repository_access_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(95108);
/* harmony import */ var _shared_workflow_github_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(10494);










/**
 * Updates the dashboard issue after promote on a merged PR (the matrix at the merge commit) and on the schedule
 * after the sweep (at the default branch's head the run was started for, `GITHUB_SHA`), with the open promotion PRs
 * as they are now. Skipped (with a log line) when `dashboard: off` or no `promotionPaths` are configured.
 */
async function runDashboard(inputs) {
    const logger = (0,_runtime_action_logger_js__WEBPACK_IMPORTED_MODULE_3__/* .createActionLogger */ .D)();
    const workflow = (0,_runtime_workflow_context_js__WEBPACK_IMPORTED_MODULE_6__/* .readWorkflowContext */ .F)();
    const token = inputs.githubToken;
    const commit = dashboardCommit(workflow);
    if (commit === undefined) {
        logger.info(`Dashboard: the ${workflow.eventName} event names no commit to show; nothing to update.`);
        return;
    }
    const github = (0,_shared_workflow_github_js__WEBPACK_IMPORTED_MODULE_9__/* .createWorkflowGitHub */ .d)({ ...inputs, token }, workflow, logger);
    const checkoutDir = inputs.checkoutPath ?? workflow.workspace;
    const { localGit, snapshot } = await (0,_shared_detect_repository_access_js__WEBPACK_IMPORTED_MODULE_8__/* .detectRepositoryAccess */ .U)(checkoutDir, github, logger);
    const adapter = { token, owner: workflow.owner, repo: workflow.repo, baseUrl: workflow.apiUrl, logger };
    let openPullCalls = 0;
    const issues = (0,_adapters_github_create_octokit_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .createOctokitIssues */ .m)({
        ...adapter,
        writeIntervalMs: inputs.writeIntervalMs,
        scrubText: _runtime_secret_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .scrubSecrets */ .Z,
    });
    const result = await (0,_use_cases_dashboard_update_dashboard_js__WEBPACK_IMPORTED_MODULE_7__/* .updateDashboard */ .m)({ commit, today: new Date().toISOString().slice(0, 10) }, {
        snapshot,
        history: localGit !== undefined && checkoutDir !== undefined ? (0,_adapters_git_create_git_history_js__WEBPACK_IMPORTED_MODULE_0__/* .createGitHistory */ .J)(checkoutDir) : undefined,
        openPulls: (0,_adapters_github_create_graphql_open_pulls_js__WEBPACK_IMPORTED_MODULE_1__/* .createGraphqlOpenPulls */ .e)({ ...adapter, onRequest: () => openPullCalls++ }),
        issues,
        logger,
    });
    const apiCalls = github.callCount() + openPullCalls + issues.callCount();
    if (result.status === 'skipped') {
        logger.info(`Dashboard: skipped (${result.reason}).`);
        return;
    }
    const what = result.created ? 'created' : result.unchanged ? 'unchanged' : 'updated';
    await (0,_runtime_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .writeSummary */ .S)(`### Promotion dashboard\n\n[#${result.issue}](${result.url}) ${what}: ${result.components} components × ` +
        `${result.environments} environments, ${result.parts} part(s), ${result.writes} write(s), ` +
        `${apiCalls} API call(s).\n`);
}
/** The commit the matrix shows: a merged PR's merge commit, or a scheduled run's default branch head. */
function dashboardCommit(workflow) {
    if (workflow.eventName === 'schedule')
        return workflow.sha;
    const pr = workflow.payload.pull_request;
    return typeof pr?.merge_commit_sha === 'string' ? pr.merge_commit_sha : undefined;
}


/***/ }),

/***/ 73626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ restLogin)
/* harmony export */ });
/** The REST spelling of a GraphQL actor's login, so the App `my-app` is never confused with a user named `my-app`. */
function restLogin(actor) {
    return actor.__typename === 'Bot' && !actor.login.endsWith('[bot]') ? `${actor.login}[bot]` : actor.login;
}


/***/ }),

/***/ 96593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ parseComponentConfig)
});

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
// EXTERNAL MODULE: ./src/core/config/compile-config-regex.ts
var compile_config_regex = __webpack_require__(71588);
// EXTERNAL MODULE: ./src/core/config/describe-key-path.ts
var describe_key_path = __webpack_require__(4083);
// EXTERNAL MODULE: ./src/core/config/normalize-folder-path.ts
var normalize_folder_path = __webpack_require__(77996);
// EXTERNAL MODULE: ./src/core/config/read-config-value.ts
var read_config_value = __webpack_require__(41703);
;// CONCATENATED MODULE: ./src/core/config/build-acknowledged-drift.ts





const { list, object, string } = read_config_value/* readConfigValue */.k;
/** The prefix that marks an `acknowledgedDrift[].path` as an RE2 regex rather than a literal path. */
const REGEX_PATH_PREFIX = 'regex:';
/**
 * Normalizes a component's `acknowledgedDrift`. A `path` is a literal path relative to the component
 * folder, matched exactly (ending with `/`: that folder and everything below it); `regex:<RE2>` is a
 * regex matched, unanchored like every regex of the configuration, against relative paths.
 */
function buildAcknowledgedDrift(diagnostics, value) {
    const entries = [];
    list(value).forEach((item, index) => {
        const path = ['acknowledgedDrift', index];
        const raw = object(item);
        const pathText = string(raw['path']);
        const reason = string(raw['reason']);
        const expires = string(raw['expires']);
        const regex = pathText === undefined ? undefined : pathRegex(diagnostics, [...path, 'path'], pathText);
        if (expires !== undefined)
            checkDate(diagnostics, [...path, 'expires'], expires);
        if (regex === undefined || pathText === undefined || reason === undefined)
            return;
        entries.push({ path: regex, pathText, reason, expires: expires === '' ? undefined : expires });
    });
    return entries;
}
function pathRegex(diagnostics, path, text) {
    if (text.startsWith(REGEX_PATH_PREFIX)) {
        const pattern = text.slice(REGEX_PATH_PREFIX.length);
        if (pattern !== '')
            return (0,compile_config_regex/* compileConfigRegex */.v)(diagnostics, path, pattern);
        diagnostics.error(path, `\`${(0,describe_key_path/* describeKeyPath */.c)(path)}\` has no regex after \`${REGEX_PATH_PREFIX}\``);
        return undefined;
    }
    if (text === '')
        return undefined;
    const checked = (0,normalize_folder_path/* normalizeFolderPath */.n)(text, 'targetPath');
    if (!checked.ok) {
        diagnostics.error(path, `\`${(0,describe_key_path/* describeKeyPath */.c)(path)}\` ${checked.reason}`);
        return undefined;
    }
    const quoted = build/* RE2JS */.L3.quote(text);
    return (0,compile_config_regex/* compileConfigRegex */.v)(diagnostics, path, text.endsWith('/') ? `^${quoted}` : `^${quoted}$`);
}
/** The schema checks the YYYY-MM-DD shape; this rejects dates that do not exist, like 2025-02-30. */
function checkDate(diagnostics, path, text) {
    const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
    if (match === null)
        return;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day)
        return;
    diagnostics.error(path, `\`${(0,describe_key_path/* describeKeyPath */.c)(path)}\` is not a calendar date: ${JSON.stringify(text)}`);
}

// EXTERNAL MODULE: ./src/core/config/build-regex-list.ts
var build_regex_list = __webpack_require__(61889);
// EXTERNAL MODULE: ./src/core/config/check-schema.ts + 2 modules
var check_schema = __webpack_require__(19098);
// EXTERNAL MODULE: ./src/core/config/create-diagnostics.ts
var create_diagnostics = __webpack_require__(70645);
// EXTERNAL MODULE: ./src/core/config/read-yaml-source.ts
var read_yaml_source = __webpack_require__(92922);
;// CONCATENATED MODULE: ./src/core/config/parse-component-config.ts






const { object: parse_component_config_object, flag } = read_config_value/* readConfigValue */.k;
/**
 * Parses and validates a component's `<component folder>/telefonistka.yaml` (`file` is its path, used in
 * messages). Throws ConfigError listing every problem at its file:line:col; an empty file is valid.
 */
function parseComponentConfig(text, file) {
    const source = (0,read_yaml_source/* readYamlSource */.t)(text, file);
    const diagnostics = (0,create_diagnostics/* createDiagnostics */.t)(source);
    (0,check_schema/* checkSchema */._)(diagnostics, 'component');
    const root = parse_component_config_object(source.value);
    return diagnostics.finish({
        promotionTargetAllowList: (0,build_regex_list/* buildRegexList */.s)(diagnostics, ['promotionTargetAllowList'], root['promotionTargetAllowList']),
        promotionTargetBlockList: (0,build_regex_list/* buildRegexList */.s)(diagnostics, ['promotionTargetBlockList'], root['promotionTargetBlockList']),
        disableArgoCdDiff: flag(root['disableArgoCDDiff']),
        acknowledgedDrift: buildAcknowledgedDrift(diagnostics, root['acknowledgedDrift']),
    });
}


/***/ }),

/***/ 65784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ orderChain)
/* harmony export */ });
/**
 * Orders the nodes of a promotion chain: an environment comes after everything that promotes into it
 * (topological order); ties, and nodes of a cycle, keep the order in which they were first named (`seen`: node ->
 * first-seen index).
 */
function orderChain(seen, hops) {
    const incoming = new Map([...seen.keys()].map((node) => [node, 0]));
    for (const hop of hops)
        incoming.set(hop.to, (incoming.get(hop.to) ?? 0) + 1);
    const byFirstSeen = (a, b) => seen.get(a) - seen.get(b);
    const order = [];
    const done = new Set();
    while (order.length < seen.size) {
        const ready = [...seen.keys()]
            .filter((node) => !done.has(node) && incoming.get(node) === 0)
            .sort(byFirstSeen);
        // A cycle leaves no node ready: take the earliest named one so the order stays total and stable.
        const next = ready[0] ?? [...seen.keys()].filter((node) => !done.has(node)).sort(byFirstSeen)[0];
        done.add(next);
        order.push(next);
        for (const hop of hops)
            if (hop.from === next)
                incoming.set(hop.to, incoming.get(hop.to) - 1);
    }
    return order;
}


/***/ }),

/***/ 49522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ renderDashboardGraph)
/* harmony export */ });
/* unused harmony export describeEdge */
/**
 * The promotion graph as a Mermaid flowchart (GitHub renders it in issues and job summaries): environments
 * as nodes in chain order, each hop labelled with what is pending on it (components to promote, open
 * promotion PRs with their gate states, holds), or "in sync".
 */
function renderDashboardGraph(dashboard) {
    const ids = new Map(dashboard.environments.map((environment, i) => [environment, `env${i}`]));
    const lines = ['```mermaid', 'flowchart LR'];
    for (const environment of dashboard.environments)
        lines.push(`  ${ids.get(environment)}["${mermaidText(environment)}"]`);
    for (const edge of dashboard.edges) {
        const from = ids.get(edge.from);
        const to = ids.get(edge.to);
        if (from === undefined || to === undefined)
            continue;
        lines.push(`  ${from} -->|"${mermaidText(describeEdge(edge))}"| ${to}`);
    }
    lines.push('```');
    return lines.join('\n');
}
/** What is pending on one hop, in a few words. */
function describeEdge(edge) {
    const parts = [];
    if (edge.pending > 0)
        parts.push(`${edge.pending} pending`);
    if (edge.openPulls.length > 0) {
        const shown = edge.openPulls.slice(0, 5).map((n) => `#${n}`);
        const more = edge.openPulls.length > shown.length ? ` +${edge.openPulls.length - shown.length}` : '';
        parts.push(`PR ${shown.join(' ')}${more}`);
    }
    const gates = Object.entries(edge.gates).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (gates.length > 0)
        parts.push(`gate ${gates.map(([state, n]) => `${state} ${n}`).join(', ')}`);
    if (edge.held > 0)
        parts.push(`${edge.held} held`);
    return parts.length === 0 ? 'in sync' : parts.join(' · ');
}
/** Mermaid label text: quotes and angle brackets as entities, so a folder name cannot end the label. */
function mermaidText(text) {
    return text.replace(/[\r\n]+/g, ' ').replace(/["<>#]/g, (char) => `#${char.codePointAt(0)};`);
}


/***/ })

};
