export const id = 947;
export const ids = [947];
export const modules = {

/***/ 61288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ mergedPullRequestFromEvent),
/* harmony export */   s: () => (/* binding */ manualRequest)
/* harmony export */ });
/* harmony import */ var _core_errors_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85700);
/* harmony import */ var _shared_event_payloads_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6669);
/* harmony import */ var _use_cases_promote_manual_pull_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83262);



/**
 * The merged PR to promote: from a `pull_request` closed event, or from a `workflow_dispatch` naming it
 * (`merged-pr`, sent by a previous hop that merged with GITHUB_TOKEN). Undefined when the PR was closed unmerged.
 */
async function mergedPullRequestFromEvent(eventName, payload, github) {
    if (eventName === 'pull_request' || eventName === 'pull_request_target') {
        const pr = payload.pull_request;
        if (pr === undefined || payload.action !== 'closed' || pr.merged !== true || !pr.merge_commit_sha)
            return undefined;
        return fromPayload(pr, pr.merge_commit_sha);
    }
    if (eventName === 'workflow_dispatch') {
        const inputs = (payload.inputs ?? {});
        if (manualRequest(payload) !== undefined)
            return manualPullRequestOf(payload);
        const raw = inputs['merged-pr'];
        const value = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
        if (!/^[1-9][0-9]*$/.test(value)) {
            throw new _core_errors_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('merged-pr', `workflow_dispatch needs the number of a merged PR, got ${JSON.stringify(value)}`);
        }
        const info = await github.getPullRequest(Number(value));
        if (!info.merged || info.mergeCommitSha === undefined) {
            throw new _core_errors_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('merged-pr', `#${value} is not merged; only merged PRs are promoted`);
        }
        return { ...info, mergeCommitSha: info.mergeCommitSha };
    }
    return undefined;
}
function fromPayload(pr, mergeCommitSha) {
    return { ...(0,_shared_event_payloads_js__WEBPACK_IMPORTED_MODULE_1__/* .pullRequestFromPayload */ .r)(pr), mergeCommitSha };
}
/** Component folders and targets of a promotion started by hand, from `workflow_dispatch` inputs. */
function manualRequest(payload) {
    const inputs = (payload.inputs ?? {});
    const folders = listInput(inputs.component ?? inputs.components);
    if (folders.length === 0)
        return undefined;
    const targets = listInput(inputs.targets);
    return { folders, targets: targets.length === 0 ? undefined : targets };
}
function listInput(value) {
    if (typeof value !== 'string')
        return [];
    return value
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
function manualPullRequestOf(payload) {
    const sender = payload.sender;
    return (0,_use_cases_promote_manual_pull_request_js__WEBPACK_IMPORTED_MODULE_2__/* .manualPullRequest */ .r)(sender?.login ?? '');
}


/***/ }),

/***/ 23437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ promoteOptions)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/workflow/check-dispatch-inputs.ts + 1 modules
var check_dispatch_inputs = __webpack_require__(90820);
;// CONCATENATED MODULE: ./src/actions/shared/chain-workflow-problem.ts



/**
 * Why a `workflow_dispatch` of this run's workflow with `inputs` would be refused, read from the checkout before
 * anything is merged; undefined when it would be accepted or when there is no checkout to read it from.
 */
async function chainWorkflowProblem(checkoutDir, workflowFile, inputs) {
    if (checkoutDir === undefined || !/^[\w.-]+\.ya?ml$/.test(workflowFile))
        return undefined;
    const relative = `.github/workflows/${workflowFile}`;
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().join(checkoutDir, relative), 'utf8');
    }
    catch {
        return undefined;
    }
    return (0,check_dispatch_inputs/* checkDispatchInputs */.Q)(text, inputs, { file: relative });
}

// EXTERNAL MODULE: ./src/actions/shared/payload-repository-settings.ts
var payload_repository_settings = __webpack_require__(400);
// EXTERNAL MODULE: ./src/actions/promote/merged-pull-request-from-event.ts
var merged_pull_request_from_event = __webpack_require__(61288);
;// CONCATENATED MODULE: ./src/actions/promote/promote-options.ts



/** The promote use-case's options from the action's inputs and the event. */
async function promoteOptions(inputs, workflow, where) {
    const manual = workflow.eventName === 'workflow_dispatch' ? (0,merged_pull_request_from_event/* manualRequest */.s)(workflow.payload) : undefined;
    return {
        defaultBranch: where.defaultBranch,
        dryRun: inputs.dryRun,
        autoMergeMode: inputs.autoMergeMode,
        mergeMethod: inputs.mergeMethod,
        repositorySettings: (0,payload_repository_settings/* payloadRepositorySettings */.g)(workflow.payload),
        dispatchAfterMerge: await chainDispatch(inputs, workflow, where),
        ...(manual === undefined ? {} : { manual }),
    };
}
/**
 * Merges made with GITHUB_TOKEN start no workflow, so the next hop would never run: dispatch this workflow
 * instead. `auto` dispatches only when the token is the workflow's own GITHUB_TOKEN (`workflow-token` input).
 */
async function chainDispatch(inputs, workflow, where) {
    if (inputs.chain === 'off' || workflow.workflowFile === undefined)
        return undefined;
    if (inputs.chain === 'auto' && inputs.githubToken !== inputs.workflowToken)
        return undefined;
    // Checked before merging: a workflow that does not declare `merged-pr` would break the chain after the merge.
    const problem = await chainWorkflowProblem(where.checkoutDir, workflow.workflowFile, ['merged-pr']);
    const dispatch = { workflow: workflow.workflowFile, ref: where.defaultBranch };
    return problem === undefined ? dispatch : { ...dispatch, problem };
}


/***/ }),

/***/ 11641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ readPromoteInputs)
/* harmony export */ });
/* harmony import */ var _core_merge_choose_merge_method_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13078);
/* harmony import */ var _runtime_debug_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47493);
/* harmony import */ var _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12291);
/* harmony import */ var _shared_read_github_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91123);
/* harmony import */ var _shared_read_webhook_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21889);
/* harmony import */ var _shared_read_write_interval_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96685);






/** Reads and validates the promote action's inputs before anything else runs; secrets are masked first. */
function readPromoteInputs(inputs = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .createInputReader */ .i)()) {
    const read = {
        ...(0,_shared_read_github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readGitHubInputs */ .B)(inputs),
        ...(0,_shared_read_write_interval_js__WEBPACK_IMPORTED_MODULE_4__/* .readWriteInterval */ .T)(inputs),
        ...(0,_shared_read_webhook_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .readWebhookSecrets */ .V)(inputs),
        approverToken: inputs.secret('approver-token'),
        dryRun: inputs.boolean('dry-run', false),
        autoMergeMode: inputs.choice('auto-merge-mode', ['direct', 'native'], 'direct'),
        mergeMethod: inputs.choice('merge-method', ['auto', ..._core_merge_choose_merge_method_js__WEBPACK_IMPORTED_MODULE_5__/* .MERGE_METHODS */ .Y], 'auto'),
        chain: inputs.choice('chain', ['auto', 'dispatch', 'off'], 'auto'),
        workflowToken: inputs.secret('workflow-token'),
    };
    (0,_runtime_debug_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .debugInputs */ .h)('promote', read);
    return read;
}


/***/ }),

/***/ 400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ payloadRepositorySettings)
/* harmony export */ });
/* harmony import */ var _adapters_github_repository_settings_of_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74136);

/**
 * The repository's merge settings from the event payload, at no API call: the top-level `repository`, else the
 * base repository of the pull request (webhook payloads carry them there). Undefined when neither has them.
 */
function payloadRepositorySettings(payload) {
    const pullRequest = payload.pull_request;
    return (0,_adapters_github_repository_settings_of_js__WEBPACK_IMPORTED_MODULE_0__/* .repositorySettingsOf */ .R)(payload.repository) ?? (0,_adapters_github_repository_settings_of_js__WEBPACK_IMPORTED_MODULE_0__/* .repositorySettingsOf */ .R)(pullRequest?.base?.repo);
}


/***/ }),

/***/ 21889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ readWebhookSecrets)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/errors/input-error.ts
var input_error = __webpack_require__(85700);
// EXTERNAL MODULE: ./src/core/regex/compile-regex.ts
var compile_regex = __webpack_require__(95988);
;// CONCATENATED MODULE: ./src/core/webhook/parse-secret-rules.ts



/**
 * Parses the `secrets-by-url` input: a YAML or JSON mapping from an RE2 pattern on the endpoint URL to the
 * HMAC secret for those endpoints, in the order written. Every value is read as a string (failsafe schema,
 * so a numeric secret keeps its leading zeros). Error messages name positions and patterns, never values.
 */
function parseSecretRules(text, input = 'secrets-by-url') {
    if (text === undefined || text.trim() === '')
        return [];
    const document = (0,dist/* parseDocument */.Tp)(text, { schema: 'failsafe' });
    if (document.errors.length > 0) {
        const line = document.errors[0]?.linePos?.[0]?.line;
        throw new input_error/* InputError */.d(input, `is not a YAML or JSON mapping${line === undefined ? '' : ` (syntax error on line ${line})`}`);
    }
    const root = document.contents;
    if (root === null)
        return [];
    if (!(0,dist/* isMap */.jh)(root))
        throw new input_error/* InputError */.d(input, 'must be a mapping from URL pattern to secret, e.g. `"^https://argocd\\.": ...`');
    return root.items.map((pair, index) => {
        const pattern = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (pattern === '')
            throw new input_error/* InputError */.d(input, `entry ${index + 1} has an empty or non-text pattern`);
        const value = pair.value;
        const secret = value === null ? '' : (0,dist/* isScalar */.jn)(value) ? String(value.value) : undefined;
        if (secret === undefined)
            throw new input_error/* InputError */.d(input, `the secret for pattern ${JSON.stringify(pattern)} must be text`);
        return { pattern, regex: compilePattern(pattern, input), secret };
    });
}
function compilePattern(pattern, input) {
    try {
        return (0,compile_regex/* compileRegex */.D)(pattern);
    }
    catch (error) {
        if (error instanceof compile_regex/* RegexSyntaxError */.J)
            throw new input_error/* InputError */.d(input, error.message);
        throw error;
    }
}

// EXTERNAL MODULE: ./src/runtime/mask-secret.ts
var mask_secret = __webpack_require__(44939);
;// CONCATENATED MODULE: ./src/actions/shared/read-webhook-secrets.ts


/** Reads the `secret` and `secrets-by-url` inputs. */
function readWebhookSecrets(inputs) {
    const secret = inputs.secret('secret');
    const secretRules = parseSecretRules(inputs.string('secrets-by-url'));
    for (const rule of secretRules)
        (0,mask_secret/* maskSecret */.$)(rule.secret);
    return { secret, secretRules };
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

/***/ 76988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ inertText)
/* harmony export */ });
/**
 * Prose that may quote untrusted text (an error, a PR title), made inert for markdown: one line; backslashes,
 * backticks, emphasis marks, brackets, angle brackets, pipes and tildes escaped (no link, image, HTML, code span
 * or table cell can start); `@login` broken by a zero-width space so nobody is mentioned. Safe in a table cell.
 */
function inertText(text) {
    return text
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`)
        .replace(/@(?=[A-Za-z0-9])/g, '@&#8203;');
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
/**
 * Mermaid label text: quotes, angle brackets and backticks as entities, so a folder name can neither end the
 * label (and add a statement such as `click`) nor turn it into a Mermaid markdown string.
 */
function mermaidText(text) {
    return text.replace(/[\r\n]+/g, ' ').replace(/["<>#`]/g, (char) => `#${char.codePointAt(0)};`);
}


/***/ }),

/***/ 59482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ GATES_CONTEXT)
/* harmony export */ });
/** The commit status context of the gates verdict on promotion PR heads (make it a required check). */
const GATES_CONTEXT = 'telefonistka/gates';


/***/ }),

/***/ 80315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ describeHold)
/* harmony export */ });
/** How a hold reads in plans, previews, PR bodies and summaries: `held (reason, by login, since time)`. */
function describeHold(hold) {
    const reason = hold.reason.replace(/\s+/g, ' ').trim();
    return `held (${reason}, by ${hold.by}, since ${hold.since})`;
}


/***/ }),

/***/ 13078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ chooseMergeMethod),
/* harmony export */   Y: () => (/* binding */ MERGE_METHODS)
/* harmony export */ });
/** The merge methods of `PUT /pulls/{n}/merge`, in the order `auto` prefers them. */
const MERGE_METHODS = ['merge', 'squash', 'rebase'];
/** The method to merge with, or why none fits: a method the repository does not allow is refused up front. */
function chooseMergeMethod(choice, allowed) {
    if (choice !== 'auto') {
        if (allowed.includes(choice))
            return { method: choice };
        return {
            refused: `merge-method ${choice} is not allowed on this repository (allowed: ${allowed.join(', ') || 'none'}). ` +
                'Set the merge-method input to auto (or to an allowed method), or allow it in Settings → General → Pull Requests.',
        };
    }
    const method = MERGE_METHODS.find((m) => allowed.includes(m));
    if (method === undefined) {
        return {
            refused: 'this repository allows no merge method; allow one in Settings → General → Pull Requests.',
        };
    }
    return { method };
}


/***/ }),

/***/ 37018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ refSlug)
/* harmony export */ });
/* harmony import */ var _split_code_points_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66731);

/**
 * A readable piece of a branch name made from any text (a folder, an environment): every run of characters outside
 * `[A-Za-z0-9._-]` becomes `-`, dot runs one dot, no leading or trailing `-`/`.`, at most `max` code points. What a
 * git ref refuses (`..`, `~`, `^`, `:`, spaces, `@{`) never remains; callers add a hash to keep names unique.
 */
function refSlug(text, max) {
    const readable = text
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/^[-.]+|[-.]+$/g, '');
    const [head] = (0,_split_code_points_js__WEBPACK_IMPORTED_MODULE_0__/* .splitCodePoints */ .h)(readable, max);
    return head.replace(/[-.]+$/, '');
}


/***/ }),

/***/ 52987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ ROLLBACK_BRANCH_PREFIX),
/* harmony export */   s: () => (/* binding */ rollbackBranchName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _promotion_ref_slug_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37018);


/** The branch prefix of every rollback PR this tool opens. */
const ROLLBACK_BRANCH_PREFIX = 'telefonistka/rollback/';
/** Longest readable part of the branch name, in code points. */
const MAX_FOLDER_CODE_POINTS = 150;
/**
 * The branch of the rollback PR of `folder`: `telefonistka/rollback/<folder, every character outside
 * [A-Za-z0-9._-] as "-", at most 150 code points>-<first 12 hex of SHA-1 of the folder>`. One branch per folder, so
 * an open rollback PR is found by its head; the hash keeps folders that read alike apart, and the readable part
 * never holds what a git ref refuses (`..`, `~`, `^`, `:`, spaces, `@{`).
 */
function rollbackBranchName(folder) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(folder, 'utf8').digest('hex').slice(0, 12);
    const head = (0,_promotion_ref_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .refSlug */ .b)(folder, MAX_FOLDER_CODE_POINTS);
    return `${ROLLBACK_BRANCH_PREFIX}${head === '' ? '' : `${head}-`}${hash}`;
}


/***/ }),

/***/ 45683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ buildSyncEntries),
/* harmony export */   m: () => (/* binding */ filesUnder)
/* harmony export */ });
/* harmony import */ var _promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16277);

/**
 * Tree entries that make `target` (in `baseTree`) equal to `source` (in `sourceTree`), without uploading blobs.
 *
 * `POST /git/trees` with a `040000` entry on an existing folder is reported both to replace and to merge the folder
 * (https://docs.github.com/rest/git/trees#create-a-tree). Both readings give the same result when the target has no
 * file that the source lacks, so a single tree entry is sent then; otherwise every differing file is sent by blob
 * SHA and every target-only file deleted, which means the same under either reading.
 */
function buildSyncEntries(sync, sourceTree, baseTree) {
    const target = baseTree.get(sync.target);
    if (sync.deleted) {
        const doomed = filesUnder(baseTree, sync.target).map((entry) => deletion(`${sync.target}/${entry.path}`));
        return { entries: doomed, strategy: doomed.length === 0 ? 'unchanged' : 'delete' };
    }
    const source = sourceTree.get(sync.source);
    if (source === undefined || source.type !== 'tree') {
        throw new Error(`source folder ${sync.source} is not in the merged commit`);
    }
    if (target?.type === 'tree' && target.sha === source.sha)
        return { entries: [], strategy: 'unchanged' };
    const sourceFiles = new Map(filesUnder(sourceTree, sync.source).map((entry) => [entry.path, entry]));
    const targetFiles = target?.type === 'tree' ? filesUnder(baseTree, sync.target) : [];
    const targetOnly = targetFiles.filter((entry) => !sourceFiles.has(entry.path));
    if (targetOnly.length === 0) {
        return {
            entries: [{ path: sync.target, mode: '040000', type: 'tree', sha: source.sha }],
            strategy: 'copy',
        };
    }
    const current = new Map(targetFiles.map((entry) => [entry.path, entry]));
    const entries = [];
    for (const [path, entry] of sourceFiles) {
        const existing = current.get(path);
        if (existing?.sha === entry.sha && existing.mode === entry.mode)
            continue;
        entries.push({
            path: `${sync.target}/${path}`,
            mode: entry.mode,
            type: entry.type,
            sha: entry.sha,
        });
    }
    for (const entry of targetOnly)
        entries.push(deletion(`${sync.target}/${entry.path}`));
    return { entries: entries.sort((a, b) => (0,_promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K)(a.path, b.path)), strategy: 'files' };
}
/** Non-tree entries below `folder`, with paths relative to it, sorted. */
function filesUnder(tree, folder) {
    const prefix = `${folder}/`;
    const found = [];
    for (const [path, entry] of tree) {
        if (entry.type !== 'tree' && path.startsWith(prefix))
            found.push({ ...entry, path: path.slice(prefix.length) });
    }
    return found.sort((a, b) => (0,_promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K)(a.path, b.path));
}
function deletion(path) {
    return { path, mode: '100644', type: 'blob', sha: null };
}


/***/ }),

/***/ 90820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ checkDispatchInputs)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/core/workflow/read-dispatch-trigger.ts

/** Reads the `workflow_dispatch` trigger of a workflow YAML; undefined when the text is not a workflow. */
function readDispatchTrigger(workflowYaml) {
    const document = (0,dist/* parseDocument */.Tp)(workflowYaml, { uniqueKeys: false });
    if (document.errors.length > 0)
        return undefined;
    const root = document.toJS({ maxAliasCount: 100 });
    if (root === null || typeof root !== 'object')
        return undefined;
    // YAML 1.1 readers turn a bare `on` key into `true`; the `yaml` package keeps it a string.
    const on = root.on;
    if (typeof on === 'string')
        return { present: on === 'workflow_dispatch', inputs: [], required: [] };
    if (Array.isArray(on))
        return { present: on.includes('workflow_dispatch'), inputs: [], required: [] };
    if (on === null || typeof on !== 'object' || !('workflow_dispatch' in on)) {
        return { present: false, inputs: [], required: [] };
    }
    const dispatch = on.workflow_dispatch;
    const inputs = dispatch?.inputs;
    if (inputs === null || typeof inputs !== 'object')
        return { present: true, inputs: [], required: [] };
    const entries = Object.entries(inputs);
    return {
        present: true,
        inputs: entries.map(([name]) => name),
        required: entries
            .filter(([, spec]) => spec?.required === true)
            .map(([name]) => name),
    };
}

;// CONCATENATED MODULE: ./src/core/workflow/check-dispatch-inputs.ts

/**
 * Why GitHub would refuse a `workflow_dispatch` with `sent` inputs on this workflow, with the exact YAML to add;
 * undefined when it would accept it.
 */
function checkDispatchInputs(workflowYaml, sent, options) {
    const trigger = readDispatchTrigger(workflowYaml);
    if (trigger === undefined)
        return `${options.file} is not a readable workflow file`;
    const missing = sent.filter((name) => !trigger.inputs.includes(name));
    const unsent = trigger.required.filter((name) => !sent.includes(name));
    if (trigger.present && missing.length === 0 && unsent.length === 0)
        return undefined;
    const problems = [
        ...(trigger.present ? [] : ['it has no workflow_dispatch trigger']),
        ...(trigger.present && missing.length > 0
            ? [`its workflow_dispatch does not declare ${missing.join(', ')}`]
            : []),
        ...(unsent.length > 0
            ? [`it requires input(s) the chain does not send: ${unsent.join(', ')} (make them required: false)`]
            : []),
    ];
    const yaml = dispatchYaml(missing.length > 0 || !trigger.present ? sent : []);
    return (`the next hop cannot be dispatched: GitHub would refuse it because ${options.file} ${problems.join('; ')}. ` +
        `Add this to ${options.file} (merged into its on: block):\n\n${yaml}`);
}
function dispatchYaml(inputs) {
    const lines = ['on:', '  workflow_dispatch:'];
    if (inputs.length > 0)
        lines.push('    inputs:');
    for (const name of inputs) {
        lines.push(`      ${name}:`, `        description: Sent by Telefonistka when the previous hop merged`, '        required: false');
    }
    return lines.map((line) => `    ${line}`).join('\n');
}


/***/ }),

/***/ 44939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ maskSecret)
/* harmony export */ });
/* harmony import */ var _secret_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66148);

/** Masks a value found at run time (a credential in an endpoint URL, a secret inside a structured input). */
function maskSecret(value) {
    (0,_secret_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .c)(value);
}


/***/ }),

/***/ 73083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/** Waits `ms` milliseconds; the one clock-dependent primitive handed to use-cases. */
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ }),

/***/ 61706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ HalfMadePromotionError)
/* harmony export */ });
/* harmony import */ var _core_errors_error_message_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98307);

/**
 * A step after the promotion PR was opened (labels, assignee, mending an adopted PR) failed: the PR exists. The
 * message is the cause's; `pullRequest` lets the caller keep the half-made PR for the next run without asking
 * GitHub which PR it just opened.
 */
class HalfMadePromotionError extends Error {
    pullRequest;
    constructor(pullRequest, cause) {
        super((0,_core_errors_error_message_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(cause), { cause });
        this.name = 'HalfMadePromotionError';
        this.pullRequest = pullRequest;
    }
}


/***/ }),

/***/ 54433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ listOwnPromotionPrs)
/* harmony export */ });
/* harmony import */ var _shared_is_promotion_pr_author_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28050);
/* harmony import */ var _shared_read_trusted_promotion_metadata_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12825);


/**
 * The open promotion PRs this action opened. Anyone can open a PR from a `promotions/…` branch (a fork's
 * branch name included): such a PR is never updated, adopted, ranked, merged or closed as superseded here.
 */
async function listOwnPromotionPrs(base, deps, 
/** PRs known to be this action's (just opened by this run): no identity check for them. */
known = new Set()) {
    const open = (await deps.github.listOpenPullRequests({ base })).filter((pr) => pr.headRef.startsWith(_shared_read_trusted_promotion_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .PROMOTION_BRANCH_PREFIX */ .q));
    const own = [];
    for (const pr of open) {
        if (known.has(pr.number) || (await (0,_shared_is_promotion_pr_author_js__WEBPACK_IMPORTED_MODULE_1__/* .isPromotionPrAuthor */ .P)(pr.author, deps)) === true)
            own.push(pr);
        else
            deps.logger.info(`#${pr.number} (${pr.headRef}) was opened by ${pr.author}, not by this action: left alone.`);
    }
    return own;
}


/***/ }),

/***/ 83262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ manualPullRequest)
/* harmony export */ });
/**
 * The stand-in "merged PR" of a promotion started by hand (a `workflow_dispatch`, a dashboard checkbox): no PR
 * number, the person who asked as author (credited and assigned on the promotion PR).
 */
function manualPullRequest(author) {
    return {
        number: 0,
        nodeId: '',
        headRef: 'manual',
        headSha: '',
        baseSha: '',
        mergeCommitSha: '',
        author,
        labels: [],
        body: '',
    };
}


/***/ }),

/***/ 19043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ promoteMergedPullRequest)
});

;// CONCATENATED MODULE: ./src/core/promotion/render-local-rollback-note.ts
/**
 * Why a merged rollback PR of this tool is not promoted onward, and how to promote it by hand: the component
 * folders it changed, the targets its plan would have synced, the dashboard's *promote* box and the manual dispatch.
 */
function renderLocalRollbackNote(pr, plan) {
    const sources = [...new Set(plan.promotions.flatMap((p) => p.syncPaths.map((s) => s.source)))].sort();
    const targets = [...new Set(plan.promotions.flatMap((p) => p.syncPaths.map((s) => s.target)))].sort();
    const code = (paths) => paths.map((path) => `\`${path}\``).join(', ');
    const onward = targets.length === 0
        ? 'no target would have been promoted to anyway'
        : `its plan would have synced ${code(sources)} into ${code(targets)}`;
    return (`#${pr.number} is a rollback PR of this tool (branch \`${pr.headRef}\`): a rollback is local to the environment ` +
        `it was asked for, so it is not promoted onward (${onward}). To promote the rolled-back content anyway, tick ` +
        '*promote* on the component in the promotion dashboard, or run the promote workflow by hand ' +
        `(\`workflow_dispatch\` with the \`component\` input ${sources.length === 0 ? 'naming the folder' : code(sources)}).`);
}

// EXTERNAL MODULE: ./src/core/holds/describe-hold.ts
var describe_hold = __webpack_require__(80315);
// EXTERNAL MODULE: ./src/core/promotion/compare-strings.ts
var compare_strings = __webpack_require__(16277);
;// CONCATENATED MODULE: ./src/core/promotion/render-dry-run-comment.ts


/**
 * The Go bot's dry-run comment (template `dryRunMsg`), used for `dryRunMode` and the `show-plan` label:
 * promotions by key, sync pairs by target, skipped targets by component in Go slice syntax `[a b]`. The
 * double slash in ` 🚫 <sourcePath>/<component>` is the Go bot's, kept byte for byte. Deletions, which the
 * Go bot showed as copies, are marked.
 */
function renderDryRunComment(plan) {
    const promotions = [...plan.promotions].sort((a, b) => (0,compare_strings/* compareStrings */.K)(a.key, b.key));
    return ('\n## Telefonistka Promotion Dry Run Message:\n\nThis is the plan for opening promotion PRs:\n\n\n' +
        promotions.map(renderPromotion).join('') +
        '\n');
}
function renderPromotion(promotion) {
    let out = `\n\n\n\`\`\`\nPR :${promotion.sourcePath}`;
    const pairs = [...promotion.syncPaths].sort((a, b) => (0,compare_strings/* compareStrings */.K)(a.target, b.target));
    for (const pair of pairs) {
        out += pair.deleted
            ? `\n 🗑️ ${pair.source} ➡️  ${pair.target} (source folder deleted: target is removed)`
            : `\n ✅ ${pair.source} ➡️  ${pair.target}`;
    }
    const skipped = Object.keys(promotion.skippedTargets)
        .filter((component) => (promotion.skippedTargets[component] ?? []).length > 0)
        .sort(compare_strings/* compareStrings */.K);
    if (skipped.length > 0) {
        out += '\nSkipped target paths:';
        for (const component of skipped) {
            const targets = promotion.skippedTargets[component] ?? [];
            out += `\n 🚫 ${promotion.sourcePath}/${component} ➡️  [${targets.join(' ')}]`;
        }
    }
    const held = promotion.heldTargets ?? [];
    if (held.length > 0) {
        out += '\nHeld target paths:';
        // Inside a code block: a backtick in a reason must not close it.
        for (const entry of held)
            out += `\n 🔒 ${entry.target} ${(0,describe_hold/* describeHold */.T)(entry.hold).replace(/`/g, "'")}`;
    }
    return `${out}\n\`\`\``;
}

// EXTERNAL MODULE: ./src/use-cases/shared/in-phase.ts
var in_phase = __webpack_require__(31856);
// EXTERNAL MODULE: ./src/use-cases/shared/bot-comment-tag.ts
var bot_comment_tag = __webpack_require__(27381);
// EXTERNAL MODULE: ./src/use-cases/shared/find-own-comments.ts
var find_own_comments = __webpack_require__(82282);
;// CONCATENATED MODULE: ./src/use-cases/shared/upsert-sticky-comment.ts


/**
 * Keeps one comment per `marker` on an issue or PR: updated in place on re-runs instead of piling up.
 * The body gets the bot tag and the hidden marker as its first lines. Only a comment this action's identity
 * wrote is updated: anyone could post the marker first.
 */
async function upsertStickyComment(github, issueNumber, comment) {
    const body = `${bot_comment_tag/* BOT_COMMENT_TAG */.H}\n${comment.marker}\n${comment.body}`;
    const marked = (await github.listComments(issueNumber)).filter((c) => c.body.includes(comment.marker));
    const [existing] = await (0,find_own_comments/* findOwnComments */.g)(github, marked);
    if (existing === undefined) {
        await github.createComment(issueNumber, body);
        return 'created';
    }
    if (existing.body === body)
        return 'unchanged';
    await github.updateComment(existing.id, body);
    return 'updated';
}

;// CONCATENATED MODULE: ./src/core/gates/is-gated-promotion.ts
/** True when a `promotionPrs` entry with gates targets any of the promotion's target folders. */
function isGatedPromotion(config, targetPaths) {
    return config.promotionPaths.some((flow) => flow.promotionPrs.some((pr) => pr.gates !== undefined && pr.targetPaths.some((target) => targetPaths.includes(target))));
}

// EXTERNAL MODULE: ./src/core/gates/gates-context.ts
var gates_context = __webpack_require__(59482);
// EXTERNAL MODULE: ./src/core/errors/external-error.ts
var external_error = __webpack_require__(91787);
// EXTERNAL MODULE: ./src/core/errors/phase-error.ts
var phase_error = __webpack_require__(71355);
;// CONCATENATED MODULE: ./src/core/promotion/render-auto-merge-comment.ts
/** The Go bot's auto-merge note on the triggering PR, without the `<!-- telefonistka_tag -->\n` prefix. */
function renderAutoMergeComment(prNumber) {
    return `\n✅ Auto merge is enabled\n🚀 Merging promotion PR: #${prNumber}\n`;
}

// EXTERNAL MODULE: ./src/use-cases/shared/actions-pr-permission-fix.ts
var actions_pr_permission_fix = __webpack_require__(62403);
// EXTERNAL MODULE: ./src/use-cases/shared/token-permission-fix.ts
var token_permission_fix = __webpack_require__(14860);
// EXTERNAL MODULE: ./src/use-cases/shared/merge-policy.ts + 1 modules
var merge_policy = __webpack_require__(58273);
// EXTERNAL MODULE: ./src/use-cases/promote/write-newest-promotion.ts + 5 modules
var write_newest_promotion = __webpack_require__(32723);
// EXTERNAL MODULE: ./src/use-cases/promote/half-made-promotion-error.ts
var half_made_promotion_error = __webpack_require__(61706);
// EXTERNAL MODULE: ./src/core/errors/error-message.ts
var error_message = __webpack_require__(98307);
;// CONCATENATED MODULE: ./src/use-cases/promote/complete-promotion.ts













/** Writes one planned promotion PR, then supersedes, approves and auto-merges it; failures become a result. */
async function completePromotion(promotion, input) {
    const { context } = input;
    const base = {
        key: promotion.key,
        branch: promotion.branch,
        targets: promotion.syncPaths.map((s) => s.target),
        action: 'failed',
        superseded: [],
    };
    const phase = (what) => ({ flow: 'promote', phase: what });
    const targets = describeTargets(base.targets);
    // The PR this run wrote, once known: a refusal after it was opened must keep it (see refusedPullRequest).
    let written;
    try {
        const newest = await (0,in_phase/* inPhase */.x)(phase(`writing the promotion PR for ${targets}`), () => (0,write_newest_promotion/* writeNewestPromotion */.J)(promotion, input.config.supersede, context));
        const write = newest.written;
        if (write === undefined)
            return { ...base, action: 'superseded', supersededBy: newest.supersededBy };
        for (const warning of write.warnings)
            context.logger.warning(warning);
        input.warnings.push(...write.warnings);
        const pr = write.pullRequest;
        written = pr;
        const result = { ...base, action: write.action, supersededBy: newest.supersededBy };
        if (pr === undefined || write.headSha === undefined)
            return result;
        result.number = pr.number;
        result.url = pr.url;
        if (write.action === 'up-to-date')
            return result;
        result.superseded = newest.superseded;
        if (write.action === 'opened')
            result.opened = true;
        const headSha = write.headSha;
        if (write.action === 'opened')
            await (0,in_phase/* inPhase */.x)(phase(`approving #${pr.number}`), () => approve(pr.number, input));
        if (isGatedPromotion(input.config, promotion.targetPaths)) {
            await (0,in_phase/* inPhase */.x)(phase(`holding #${pr.number} for its gates`), () => holdForGates(pr.number, headSha, input));
            result.gated = true;
        }
        else if (promotion.autoMerge) {
            await (0,in_phase/* inPhase */.x)(phase(`merging #${pr.number}`), () => autoMerge(pr, headSha, result, input));
        }
        context.logger.info(`${result.action}: #${pr.number} ${pr.url}`);
        return result;
    }
    catch (error) {
        const { cause, pullRequest } = failureOf(error);
        if (cause instanceof external_error/* ExternalError */.y && isTokenRefusal(cause.refusal)) {
            const open = pullRequest ?? written;
            return refusedPullRequest(promotion, base, {
                context,
                refusal: cause.refusal,
                message: cause.message,
                open,
            });
        }
        const message = (0,error_message/* errorMessage */.g)(error);
        context.logger.error(`${promotion.branch}: ${message}`);
        return { ...base, error: message };
    }
}
/** The error under the phase, and the PR a half-made write left open (the writer knows it; no look-up). */
function failureOf(error) {
    const inner = error instanceof phase_error/* PhaseError */.w ? error.cause : error;
    return inner instanceof half_made_promotion_error/* HalfMadePromotionError */.G
        ? { cause: inner.cause, pullRequest: inner.pullRequest }
        : { cause: inner, pullRequest: undefined };
}
/** The first target folder, and how many more: a phase names them without a line per cluster. */
function describeTargets(targets) {
    const [first] = targets;
    if (first === undefined)
        return 'no target';
    return targets.length === 1 ? first : `${first} and ${targets.length - 1} more`;
}
function isTokenRefusal(refusal) {
    return refusal === 'actions-cannot-create-pr' || refusal === 'token-permission-missing';
}
// What the promote flow needs of a job token (labels, assignees and comments go through the Issues API).
const PROMOTE_PERMISSIONS = ['contents: write', 'pull-requests: write', 'issues: write'];
/**
 * GitHub refused to write the promotion: the workflow token may not create PRs, or the token lacks a permission
 * (403 "Resource not accessible by integration"). A branch this run pushed for it is deleted again, so the
 * repository is left as it was, and the run stops before any other write.
 */
async function refusedPullRequest(promotion, base, refused) {
    const { context, refusal } = refused;
    const repository = `${context.github.owner}/${context.github.repo}`;
    const fix = refusal === 'actions-cannot-create-pr'
        ? (0,actions_pr_permission_fix/* actionsPrPermissionFix */.E)(repository)
        : (0,token_permission_fix/* tokenPermissionFix */.MR)({ repository, message: refused.message, permissions: PROMOTE_PERMISSIONS });
    // Refused after its PR was opened (labels, assignee, approval), or with a PR open from an earlier run: deleting
    // the branch would close the PR; keep it for the next run to complete, as any half-made PR.
    const open = refused.open ?? context.openPromotionPrs.find((pr) => pr.headRef === promotion.branch);
    if (open !== undefined) {
        const message = `${fix} #${open.number} is open; the next run completes it.`;
        context.logger.error(message);
        return { ...base, error: message, refusal };
    }
    const deleted = await deleteIfPushed(promotion.branch, context);
    const message = `${fix} Nothing was written${deleted ? ` (branch ${promotion.branch} was deleted again)` : ''}.`;
    context.logger.error(message);
    return { ...base, error: message, refusal };
}
/** Deletes the branch this run pushed before GitHub refused its PR; false when it never got that far. */
async function deleteIfPushed(branch, context) {
    try {
        await context.github.deleteBranch(branch);
        return true;
    }
    catch (error) {
        if (!(error instanceof external_error/* ExternalError */.y))
            throw error;
        // 422 "Reference does not exist", or a token that could not write the branch in the first place.
        if (error.status === 404 || error.status === 422 || isTokenRefusal(error.refusal))
            return false;
        throw error;
    }
}
async function approve(number, input) {
    if (!input.config.autoApprovePromotionPrs)
        return;
    const { approver, logger } = input.context;
    if (approver === undefined) {
        const message = `#${number}: autoApprovePromotionPrs is on but no approver-token is set; not approved`;
        logger.warning(message);
        input.warnings.push(message);
        return;
    }
    try {
        await approver.approvePullRequest(number);
    }
    catch (error) {
        if (!(error instanceof external_error/* ExternalError */.y) || error.refusal !== 'actions-cannot-create-pr')
            throw error;
        const repository = `${approver.owner}/${approver.repo}`;
        const message = `#${number} not approved: ${(0,actions_pr_permission_fix/* actionsPrPermissionFix */.E)(repository)}`;
        logger.warning(message);
        input.warnings.push(message);
        return;
    }
    logger.info(`#${number} approved`);
}
/**
 * Merges (or enables auto-merge on) the promotion PR under the merge policy and says so on the merged PR only
 * once it is true. A PR the policy leaves open is reported with the reason; the chain's next hop is dispatched
 * only after a merge, and only when the workflow declares the inputs the dispatch sends.
 */
async function autoMerge(pr, sha, result, input) {
    const { context, options } = input;
    const chain = options.dispatchAfterMerge;
    if (chain?.problem !== undefined && options.autoMergeMode === 'direct') {
        leftOpen(result, `#${pr.number} left open: ${chain.problem}`, input);
        return;
    }
    const decision = await (0,merge_policy/* applyMergePolicy */.f)({
        number: pr.number,
        nodeId: pr.nodeId,
        headSha: sha,
        mode: options.autoMergeMode,
        method: options.mergeMethod,
        settings: options.repositorySettings,
    }, context);
    if (decision.result === 'left-open') {
        leftOpen(result, decision.reason, input);
        return;
    }
    result.merge = decision.result;
    // A manual promotion (dispatch, dashboard) has no merged PR to tell.
    if (input.pr.number > 0)
        await context.github.createComment(input.pr.number, `${bot_comment_tag/* BOT_COMMENT_TAG */.H}\n${renderAutoMergeComment(pr.number)}`);
    if (decision.result !== 'merged')
        return;
    result.action = 'merged';
    if (chain !== undefined)
        await dispatchNextHop(pr.number, chain, input);
}
/**
 * A gated promotion PR is never merged here: its `telefonistka/gates` status starts pending and the sweep merges
 * it when the gates pass (docs/gates.md), so `autoMerge` cannot bypass a soak, window or freeze.
 */
async function holdForGates(number, headSha, input) {
    await input.context.github.createCommitStatus(headSha, {
        state: 'pending',
        context: gates_context/* GATES_CONTEXT */.j,
        description: 'gates not evaluated yet: the next sweep decides',
    });
    input.context.logger.info(`#${number} is gated: the sweep merges it when its gates pass`);
}
function leftOpen(result, reason, input) {
    result.merge = 'left-open';
    result.mergeNote = reason;
    input.context.logger.warning(reason);
    input.warnings.push(reason);
}
/** Starts the next hop; a dispatch GitHub refuses is a warning with the fix, the merge already happened. */
async function dispatchNextHop(number, chain, input) {
    const { context } = input;
    try {
        await context.github.dispatchWorkflow(chain.workflow, chain.ref, { 'merged-pr': String(number) });
        context.logger.info(`Dispatched ${chain.workflow} for #${number} so the next hop runs`);
    }
    catch (error) {
        if (!(error instanceof external_error/* ExternalError */.y) || error.refusal === undefined)
            throw error;
        const message = `#${number} is merged but the next hop could not be started: ${error.message}. ` +
            `Start it by hand (workflow_dispatch of ${chain.workflow} with merged-pr: ${number}), and check that ` +
            `${chain.workflow} declares on.workflow_dispatch.inputs.merged-pr.`;
        context.logger.warning(message);
        input.warnings.push(message);
    }
}

// EXTERNAL MODULE: ./src/core/promotion/find-changed-components.ts
var find_changed_components = __webpack_require__(30268);
// EXTERNAL MODULE: ./src/core/promotion/plan-promotions.ts + 2 modules
var plan_promotions = __webpack_require__(44612);
// EXTERNAL MODULE: ./src/use-cases/promote/collect-changed-files.ts
var collect_changed_files = __webpack_require__(41797);
// EXTERNAL MODULE: ./src/use-cases/promote/gather-plan-input.ts + 1 modules
var gather_plan_input = __webpack_require__(13043);
// EXTERNAL MODULE: ./src/use-cases/promote/load-repo-config.ts
var load_repo_config = __webpack_require__(99310);
// EXTERNAL MODULE: ./src/core/rollback/rollback-branch-name.ts
var rollback_branch_name = __webpack_require__(52987);
// EXTERNAL MODULE: ./src/use-cases/shared/is-promotion-pr-author.ts
var is_promotion_pr_author = __webpack_require__(28050);
;// CONCATENATED MODULE: ./src/use-cases/promote/is-own-rollback-pr.ts


/**
 * Whether a merged PR is a rollback PR this tool opened (the dashboard's *roll back*): its head branch starts with
 * `telefonistka/rollback/` and its author is the token's identity or a login of `promotionPrAuthors`. The branch and
 * the author decide, not the `telefonistka/rollback` label: anyone may add the label, and a person may remove it or
 * a token refusal leave it off. Undefined when only the token's login could tell and it is unreadable.
 */
async function isOwnRollbackPr(pr, trusted) {
    if (!pr.headRef.startsWith(rollback_branch_name/* ROLLBACK_BRANCH_PREFIX */.D))
        return false;
    return (0,is_promotion_pr_author/* isPromotionPrAuthor */.P)(pr.author, trusted);
}

// EXTERNAL MODULE: ./src/use-cases/promote/list-own-promotion-prs.ts
var list_own_promotion_prs = __webpack_require__(54433);
// EXTERNAL MODULE: ./src/use-cases/shared/read-trusted-promotion-metadata.ts
var read_trusted_promotion_metadata = __webpack_require__(12825);
;// CONCATENATED MODULE: ./src/use-cases/promote/prepare-promotion.ts








/** Reads the config, the changed components and the trees, plans, and lists the open promotion PRs: the
 * reading phase of a run, before anything is written. `localRollback`: the PR is a rollback PR of this tool. */
async function preparePromotion(pr, options, deps) {
    const baseHead = (await deps.localGit?.remoteBranchSha(options.defaultBranch)) ??
        (await deps.github.getBranchSha(options.defaultBranch));
    if (baseHead === undefined)
        throw new Error(`default branch ${options.defaultBranch} not found`);
    if (deps.localGit !== undefined) {
        const wanted = options.manual === undefined ? [baseHead, pr.mergeCommitSha] : [baseHead];
        const missing = [];
        for (const sha of wanted)
            if (!(await deps.localGit.hasCommit(sha)))
                missing.push(sha);
        if (missing.length > 0)
            await deps.localGit.fetch(missing);
    }
    // A manual promotion promotes what the default branch holds now.
    const sourceCommit = options.manual === undefined ? pr.mergeCommitSha : baseHead;
    const loaded = await (0,load_repo_config/* loadRepoConfig */.r)(deps.snapshot, baseHead);
    const { config } = loaded;
    const [baseTree, sourceTree] = await Promise.all([
        deps.snapshot.readTree(baseHead),
        deps.snapshot.readTree(sourceCommit),
    ]);
    const files = options.manual === undefined
        ? (await (0,collect_changed_files/* collectChangedFiles */.w)(pr, deps)).files
        : manualFiles(options.manual.folders, sourceTree);
    const found = (0,find_changed_components/* findChangedComponents */.O)(config, files);
    deps.logger.info(`Components: ${found.components.map((c) => `${c.sourcePath}${c.component}`).join(', ') || 'none'}`);
    // The merged PR's metadata (original author and PR credited and assigned, chain history) counts only when
    // this action opened it; a person's PR body pasting a metadata comment is plain text.
    const trusted = await (0,read_trusted_promotion_metadata/* readTrustedPromotionMetadata */.M)(pr, {
        promotionPrAuthors: config.promotionPrAuthors,
        github: deps.github,
    });
    if (trusted.ignored !== undefined)
        deps.logger.warning(trusted.ignored);
    // A merged rollback PR of this tool stays in its environment: planned (to say what it would have promoted), never
    // written onward (promoteMergedPullRequest stops), so the open promotion PRs need not be listed.
    const rollback = await isOwnRollbackPr(pr, {
        promotionPrAuthors: config.promotionPrAuthors,
        github: deps.github,
    });
    const gathered = await (0,gather_plan_input/* gatherPlanInput */.f)({
        number: pr.number,
        headRef: pr.headRef,
        author: pr.author,
        labels: pr.labels,
        body: trusted.metadata === undefined ? '' : pr.body,
        sourceCommit,
    }, found.components, {
        snapshot: deps.snapshot,
        sourceCommit,
        sourceTree,
        baseCommit: pr.baseSha,
        targetTree: baseTree,
        holds: { commit: baseHead, tree: baseTree },
    });
    const restricted = restrictTargets(config, options.manual?.targets);
    const plan = (0,plan_promotions/* planPromotions */.A)(restricted.config, gathered.input);
    const needsPrs = rollback !== true &&
        !(options.dryRun || config.dryRunMode) &&
        plan.promotions.some((p) => p.syncPaths.length > 0);
    const openPromotionPrs = needsPrs
        ? await (0,list_own_promotion_prs/* listOwnPromotionPrs */.P)(options.defaultBranch, {
            promotionPrAuthors: config.promotionPrAuthors,
            ...deps,
        })
        : [];
    const baseTreeSha = await rootTreeSha(baseHead, deps);
    const context = {
        ...deps,
        defaultBranch: options.defaultBranch,
        sourceCommit,
        baseHead,
        baseTreeSha,
        baseTree,
        sourceTree,
        openPromotionPrs,
        promotionPrAuthors: config.promotionPrAuthors,
    };
    const warnings = [
        ...(trusted.ignored === undefined ? [] : [trusted.ignored]),
        ...loaded.warnings,
        ...found.warnings,
        ...gathered.warnings,
        ...restricted.warnings,
        ...plan.warnings,
        ...(rollback === undefined
            ? [
                `#${pr.number} comes from a rollback branch but the token cannot read its own login to tell whether this ` +
                    'action opened it; it is promoted like any PR. List the identity that opens promotion PRs in ' +
                    'promotionPrAuthors in telefonistka.yaml',
            ]
            : []),
    ];
    return { plan, config, context, warnings, localRollback: rollback === true };
}
/**
 * A manual promotion names component folders (or a source folder, meaning every component in it); planning
 * sees them as changed files inside each folder, so the config decides flows and targets exactly as on merge.
 */
function manualFiles(folders, tree) {
    return folders.flatMap((folder) => {
        const clean = folder.replace(/\/+$/, '');
        const entry = tree.get(clean);
        if (entry?.type !== 'tree')
            throw new Error(`folder ${clean} does not exist on the default branch`);
        return [...tree.values()]
            .filter((e) => e.type !== 'tree' && e.path.startsWith(`${clean}/`))
            .map((e) => ({ path: e.path }));
    });
}
/**
 * Restricts every flow to the chosen target folders before planning, so branch names, titles and history of a
 * manual promotion describe exactly the targets it promotes to.
 */
function restrictTargets(config, targets) {
    if (targets === undefined || targets.length === 0)
        return { config, warnings: [] };
    const chosen = new Set(targets.map((t) => (t.endsWith('/') ? t : `${t}/`)));
    const known = new Set(config.promotionPaths.flatMap((flow) => flow.promotionPrs.flatMap((pr) => pr.targetPaths)));
    const warnings = [...chosen]
        .filter((t) => !known.has(t))
        .map((t) => `target ${t} is not a target in telefonistka.yaml; ignored`);
    const promotionPaths = config.promotionPaths.map((flow) => ({
        ...flow,
        promotionPrs: flow.promotionPrs
            .map((pr) => ({ ...pr, targetPaths: pr.targetPaths.filter((t) => chosen.has(t)) }))
            .filter((pr) => pr.targetPaths.length > 0),
    }));
    return { config: { ...config, promotionPaths }, warnings };
}
/** The root tree of a commit: from git when local, else one API call. */
async function rootTreeSha(commit, deps) {
    if (deps.snapshot.source === 'local' && deps.localGit !== undefined) {
        const sha = await deps.localGit.treeOf(commit);
        if (sha !== undefined)
            return sha;
    }
    return (await deps.github.getCommit(commit)).treeSha;
}

;// CONCATENATED MODULE: ./src/use-cases/promote/promote-merged-pull-request.ts






const DRY_RUN_MARKER = '<!-- telefonistka:dry-run -->';
/**
 * The merged-PR flow: read the config at the default branch, plan from the PR's changed files, then open,
 * update, approve and merge one PR per planned promotion. One PR failing does not stop the others.
 */
async function promoteMergedPullRequest(pr, options, deps) {
    const { logger } = deps;
    const phase = (what) => ({ flow: 'promote', phase: what });
    const prepared = await logger.group('Plan', () => (0,in_phase/* inPhase */.x)(phase(`planning the promotions of #${pr.number}`), () => preparePromotion(pr, options, deps)));
    const { plan, config, context } = prepared;
    const warnings = [...prepared.warnings];
    for (const warning of warnings)
        logger.warning(warning);
    if (prepared.localRollback) {
        // A rollback is local to the environment it was asked for (docs/dashboard-rollback-and-bundle.md).
        const localRollback = renderLocalRollbackNote(pr, plan);
        logger.info(localRollback);
        const dryRun = options.dryRun || config.dryRunMode;
        const unplanned = { promotions: [], warnings: plan.warnings };
        return { plan: unplanned, config, dryRun, results: [], warnings, failures: [], localRollback };
    }
    const dryRun = options.dryRun || config.dryRunMode;
    // A manual promotion (dispatch, dashboard) has no PR to comment on: its plan is in the summary only.
    if (dryRun && pr.number > 0) {
        await logger.group('Dry run: comment the plan', () => (0,in_phase/* inPhase */.x)(phase(`commenting the dry-run plan on #${pr.number}`), () => upsertStickyComment(deps.github, pr.number, {
            marker: DRY_RUN_MARKER,
            body: renderDryRunComment(plan),
        })));
    }
    if (dryRun)
        return { plan, config, dryRun, results: [], warnings, failures: [] };
    const results = [];
    for (const promotion of plan.promotions) {
        if (promotion.syncPaths.length === 0) {
            const held = promotion.heldTargets?.length ?? 0;
            logger.info(`${promotion.key}: every target was skipped, held (${held}) or missing; no PR.`);
            continue;
        }
        const result = await logger.group(`Promotion ${promotion.branch}`, () => completePromotion(promotion, { pr, config, options, context, warnings }));
        results.push(result);
        // The token may not open PRs, or lacks a permission: every further promotion would be refused too; write
        // nothing more.
        if (result.refusal === 'actions-cannot-create-pr' || result.refusal === 'token-permission-missing')
            break;
    }
    const failures = results.filter((r) => r.action === 'failed').map((r) => `${r.branch}: ${r.error ?? ''}`);
    return { plan, config, dryRun, results, warnings, failures };
}


/***/ }),

/***/ 32723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ writeNewestPromotion)
});

// EXTERNAL MODULE: ./src/core/promotion/promotion-title.ts
var promotion_title = __webpack_require__(79963);
// EXTERNAL MODULE: ./src/core/promotion/render-promotion-body.ts + 1 modules
var render_promotion_body = __webpack_require__(77525);
;// CONCATENATED MODULE: ./src/core/promotion/narrow-promotion.ts


/**
 * The promotion without the target folders in `drop` (newer work owns them): their syncs leave, and the
 * components, title, body and `promotedPaths` describe what is left. The branch name, which depends on the
 * configured targets only, stays. Returns the promotion itself when nothing is dropped.
 */
function narrowPromotion(promotion, drop) {
    const syncPaths = promotion.syncPaths.filter((sync) => !drop.has(sync.target));
    if (syncPaths.length === promotion.syncPaths.length)
        return promotion;
    const componentOf = (target) => {
        const prefix = promotion.targetPaths.find((path) => target.startsWith(path));
        return prefix === undefined ? target : target.slice(prefix.length);
    };
    const kept = new Set(syncPaths.map((sync) => componentOf(sync.target)));
    const synced = new Set(promotion.syncPaths.map((sync) => componentOf(sync.target)));
    // Components whose every target was skipped by their config stay listed, as planning lists them.
    const components = promotion.components.filter((c) => kept.has(c) || !synced.has(c));
    const metadata = {
        ...promotion.metadata,
        promotedPaths: promotion.metadata.promotedPaths.filter((path) => !drop.has(path)),
    };
    const { title, bodyPrefix } = (0,promotion_title/* promotionTitle */.A)(components, promotion.targetDescription);
    const body = (0,render_promotion_body/* renderPromotionBody */.Gd)({
        components,
        metadata,
        skippedTargets: promotion.skippedTargets,
        heldTargets: promotion.heldTargets,
        bodyPrefix,
        sourceCommit: promotion.sourceCommit,
    });
    return { ...promotion, components, syncPaths, metadata, title, body };
}

// EXTERNAL MODULE: ./src/use-cases/promote/list-own-promotion-prs.ts
var list_own_promotion_prs = __webpack_require__(54433);
// EXTERNAL MODULE: ./src/core/promotion/parse-promotion-metadata.ts
var parse_promotion_metadata = __webpack_require__(7906);
// EXTERNAL MODULE: ./src/core/promotion/source-commit-marker.ts
var source_commit_marker = __webpack_require__(6643);
// EXTERNAL MODULE: ./src/core/errors/error-message.ts
var error_message = __webpack_require__(98307);
;// CONCATENATED MODULE: ./src/use-cases/promote/rank-rival-promotions.ts



const relations = new WeakMap();
/**
 * Ranks the open promotion PRs sharing a target with `promotion` by the ancestry of the commits they promote
 * (the hidden source-commit line of their body; for PRs without it, the merge commit of the PR their branch
 * names, one call). Ancestry comes from the local checkout, else from one compare call per commit; answers
 * are cached for the run. When ancestry cannot tell (same commit, history rewritten, source unknown), the PR
 * opened later counts as newer, as before.
 */
async function rankRivalPromotions(promotion, own, open, context) {
    const targets = new Set(promotion.syncPaths.map((sync) => sync.target));
    const ranking = { newer: [], older: [] };
    for (const pr of open) {
        if (pr.headRef === promotion.branch || pr.number === own?.number)
            continue;
        const promoted = (0,parse_promotion_metadata/* parsePromotionMetadata */.q)(pr.body)?.promotedPaths ?? [];
        const sharedTargets = promoted.filter((path) => targets.has(path));
        if (sharedTargets.length === 0)
            continue;
        const relation = await relationOf(pr, context);
        const newer = relation === 'newer' || (relation !== 'older' && own !== undefined && pr.number > own.number);
        (newer ? ranking.newer : ranking.older).push({ pr, sharedTargets });
    }
    return ranking;
}
function relationOf(pr, context) {
    let cache = relations.get(context);
    if (cache === undefined) {
        cache = new Map();
        relations.set(context, cache);
    }
    const key = `${pr.number}:${pr.body.length}:${pr.headSha}`;
    let relation = cache.get(key);
    if (relation === undefined) {
        relation = sourceOf(pr, context).then((source) => source === undefined ? 'unknown' : ancestry(context.sourceCommit, source, context));
        cache.set(key, relation);
    }
    return relation;
}
/** The commit a rival promotes: its body's source-commit line, else the merge commit of its branch's PR. */
async function sourceOf(pr, context) {
    const marked = (0,source_commit_marker/* parseSourceCommit */.e)(pr.body);
    if (marked !== undefined)
        return marked;
    const number = /^promotions\/([1-9][0-9]{0,14})-/.exec(pr.headRef)?.[1];
    if (number === undefined)
        return undefined;
    try {
        const source = await context.github.getPullRequest(Number(number));
        return source.merged ? source.mergeCommitSha : undefined;
    }
    catch (error) {
        context.logger.warning(`#${pr.number}: cannot read its source PR #${number}: ${(0,error_message/* errorMessage */.g)(error)}`);
        return undefined;
    }
}
/** How `theirs` relates to `ours` by ancestry: locally when the checkout has both, else one compare call. */
async function ancestry(ours, theirs, context) {
    if (ours === theirs)
        return 'same';
    const git = context.localGit;
    if (git !== undefined) {
        if (!(await git.hasCommit(theirs)))
            await git.fetch([theirs]);
        const base = (await git.hasCommit(theirs)) ? await git.mergeBase(ours, theirs) : undefined;
        if (base === ours)
            return 'newer';
        if (base === theirs)
            return 'older';
        if (base !== undefined && base !== '')
            return 'unknown';
    }
    try {
        const { status } = await context.github.compareCommits(ours, theirs);
        if (status === 'ahead')
            return 'newer';
        if (status === 'behind')
            return 'older';
        return status === 'identical' ? 'same' : 'unknown';
    }
    catch (error) {
        context.logger.warning(`cannot compare ${ours} with ${theirs}: ${(0,error_message/* errorMessage */.g)(error)}`);
        return 'unknown';
    }
}

// EXTERNAL MODULE: ./src/use-cases/shared/bot-comment-tag.ts
var bot_comment_tag = __webpack_require__(27381);
;// CONCATENATED MODULE: ./src/use-cases/promote/supersede-older-prs.ts

/**
 * Older open promotion PRs that promote to any of the same target folders would silently revert the newer
 * content if merged after it; comment on them with a link to what supersedes them (`by`: a PR number, or
 * undefined when the default branch already holds the newer content) and, by default, close them. The
 * comment is written once per pair: a re-run finds it (written by the PR's own author, this tool) and skips it.
 */
async function supersedeOlderPrs(older, by, mode, context) {
    if (mode === 'off' || older.length === 0)
        return [];
    for (const { pr, sharedTargets } of older) {
        const marker = `<!-- telefonistka:superseded-by ${by ?? 'default-branch'} -->`;
        const comments = await context.github.listComments(pr.number);
        const commented = comments.some((c) => c.author === pr.author && c.body.includes(marker));
        if (!commented)
            await context.github.createComment(pr.number, supersedeComment(by, sharedTargets, mode, marker));
        if (mode === 'close')
            await context.github.updatePullRequest(pr.number, { state: 'closed' });
        context.logger.info(`#${pr.number} superseded by ${by === undefined ? 'the default branch' : `#${by}`} (${mode})`);
    }
    const numbers = new Set(older.map((rival) => rival.pr.number));
    context.openPromotionPrs = context.openPromotionPrs.filter((pr) => !numbers.has(pr.number));
    return [...numbers];
}
function supersedeComment(by, targets, mode, marker) {
    const paths = targets.map((path) => `\`${path}\``).join(', ');
    const action = mode === 'close' ? 'This PR was closed because' : 'Do not merge this PR:';
    const after = by === undefined ? '' : ` after #${by}`;
    const what = by === undefined
        ? `Superseded: the default branch already holds newer content for ${paths}.`
        : `Superseded by #${by}, which promotes newer content to ${paths}.`;
    return `${bot_comment_tag/* BOT_COMMENT_TAG */.H}\n${marker}\n${what} ${action} merging it${after} would revert that content.`;
}

// EXTERNAL MODULE: ./src/core/tree/build-sync-entries.ts
var build_sync_entries = __webpack_require__(45683);
// EXTERNAL MODULE: ./src/use-cases/shared/label-and-assign.ts
var label_and_assign = __webpack_require__(23601);
;// CONCATENATED MODULE: ./src/use-cases/shared/mend-labels-and-assignee.ts

/**
 * Makes an existing PR carry its labels and assignee again when an earlier run left it half-made (a label call
 * that failed past its retries, a PR adopted after a lost create answer). Works from the labels and assignees
 * already read with the PR: no call when nothing is missing. Adds, never removes: labels and assignees that
 * people added stay. Bots can never be assignees, so a bot author is not asked for again on every run.
 */
async function mendLabelsAndAssignee(github, pr, options) {
    const assignees = pr.assignees ?? [];
    const labelsMissing = options.labels.some((label) => !pr.labels.includes(label));
    const assignee = assignable(options.assignee) ? options.assignee : '';
    const assigneeMissing = assignee !== '' && !assignees.some((login) => login.toLowerCase() === assignee.toLowerCase());
    if (!labelsMissing && !assigneeMissing)
        return [];
    options.logger.info(`#${pr.number} lacks ${[labelsMissing ? 'labels' : '', assigneeMissing ? 'its assignee' : '']
        .filter((part) => part !== '')
        .join(' and ')}: mending`);
    return (0,label_and_assign/* labelAndAssign */.j)(github, pr.number, {
        ...options,
        assignee,
        current: { labels: pr.labels, assignees },
    });
}
function assignable(login) {
    return login !== '' && !login.endsWith('[bot]');
}

// EXTERNAL MODULE: ./src/use-cases/promote/half-made-promotion-error.ts
var half_made_promotion_error = __webpack_require__(61706);
;// CONCATENATED MODULE: ./src/use-cases/promote/write-promotion-pr.ts





/**
 * Makes the promotion branch and PR match the plan: one commit built from tree SHAs on top of the default
 * branch, the branch created or swapped (compare-and-swap), the PR opened or updated, labels and assignee set.
 * Re-running is safe: when the branch already holds the promoted content nothing is written.
 */
async function writePromotionPr(promotion, context) {
    const entries = promotion.syncPaths.flatMap((sync) => (0,build_sync_entries/* buildSyncEntries */.M)(sync, context.sourceTree, context.baseTree).entries);
    const existing = context.openPromotionPrs.find((pr) => pr.headRef === promotion.branch);
    if (promotion.body.length > render_promotion_body/* MAX_PR_BODY_LENGTH */.qd) {
        // Checked before anything is written, so that no branch is left behind.
        throw new Error(`the PR body for ${promotion.syncPaths.length} target folders takes ${promotion.body.length} characters ` +
            "even with compact metadata, over GitHub's 65,536: split the change into smaller pull requests");
    }
    if (entries.length === 0) {
        context.logger.info('The default branch already has this content: nothing to promote.');
        return { action: 'up-to-date', pullRequest: existing, headSha: existing?.headSha, warnings: [] };
    }
    if (existing !== undefined && (await branchHasContent(existing.headSha, promotion, context))) {
        const warnings = await mendPullRequest(existing, promotion, context);
        context.logger.info(`#${existing.number} already has this content: no new commit.`);
        return { action: 'unchanged', pullRequest: existing, headSha: existing.headSha, warnings };
    }
    const commit = await createPromotionCommit(promotion, entries, context);
    await pointBranch(promotion.branch, commit, existing?.headSha, context);
    if (existing !== undefined) {
        const warnings = await mendPullRequest(existing, promotion, context);
        return { action: 'updated', pullRequest: existing, headSha: commit, warnings };
    }
    return openPullRequest(promotion, commit, context);
}
async function createPromotionCommit(promotion, entries, context) {
    const tree = await context.github.createTree(context.baseTreeSha, entries);
    // No author or committer: GitHub then signs the commit for bot identities ("Verified").
    const commit = await context.github.createCommit({
        message: `Syncing from ${promotion.sourcePath}`,
        tree,
        parents: [context.baseHead],
    });
    context.logger.info(`Commit ${commit} (tree ${tree}, ${entries.length} tree entries)`);
    return commit;
}
async function pointBranch(branch, commit, knownSha, context) {
    let current = knownSha;
    if (current === undefined) {
        if ((await context.github.createBranch(branch, commit)) === 'written')
            return;
        current = await context.github.getBranchSha(branch);
        if (current === undefined)
            throw new Error(`branch ${branch} exists and vanished; re-run the job`);
    }
    const result = await context.github.replaceBranch(branch, { from: current, to: commit });
    if (result === 'conflict') {
        throw new Error(`branch ${branch} was moved by someone else while this run updated it; re-run the job`);
    }
}
async function openPullRequest(promotion, commit, context) {
    const { github } = context;
    const pr = await github.createPullRequest({
        title: promotion.title,
        body: promotion.body,
        head: promotion.branch,
        base: context.defaultBranch,
    });
    if (pr === undefined) {
        // A PR for the branch exists: a lost answer to our own create (GitHub made it, we saw a 5xx and the
        // retry got "already exists"), or a concurrent run. Adopt it and make it whole.
        const adopted = (await github.listOpenPullRequests({ head: promotion.branch }))[0];
        if (adopted === undefined)
            throw new Error(`GitHub says a PR for ${promotion.branch} exists but lists none`);
        const warnings = await completingOpened(adopted, () => mendPullRequest(adopted, promotion, context));
        return { action: 'updated', pullRequest: adopted, headSha: commit, warnings };
    }
    const warnings = await completingOpened(pr, () => (0,label_and_assign/* labelAndAssign */.j)(github, pr.number, {
        labels: promotion.labels,
        assignee: promotion.metadata.originalPrAuthor,
        logger: context.logger,
        sleep: context.sleep,
    }));
    return { action: 'opened', pullRequest: pr, headSha: commit, warnings };
}
/** Runs a step on a PR that is already open; a failure carries the PR, so nobody has to look it up again. */
async function completingOpened(pr, step) {
    try {
        return await step();
    }
    catch (error) {
        throw new half_made_promotion_error/* HalfMadePromotionError */.G(pr, error);
    }
}
/**
 * Converges an existing PR on the plan: title, body, labels and assignee are checked against what was read
 * with the PR and mended when an earlier run left them wrong or missing; nothing is called when all match.
 */
async function mendPullRequest(pr, promotion, context) {
    if (pr.title !== promotion.title || pr.body !== promotion.body) {
        await context.github.updatePullRequest(pr.number, { title: promotion.title, body: promotion.body });
    }
    return mendLabelsAndAssignee(context.github, pr, {
        labels: promotion.labels,
        assignee: promotion.metadata.originalPrAuthor,
        logger: context.logger,
        sleep: context.sleep,
    });
}
async function branchHasContent(headSha, promotion, context) {
    if (context.localGit !== undefined && !(await context.localGit.hasCommit(headSha))) {
        await context.localGit.fetch([headSha]);
    }
    const tree = await context.snapshot.readTree(headSha);
    return promotion.syncPaths.every((sync) => syncApplied(sync, tree, context.sourceTree));
}
function syncApplied(sync, tree, sourceTree) {
    if (sync.deleted)
        return (0,build_sync_entries/* filesUnder */.m)(tree, sync.target).length === 0;
    return tree.get(sync.target)?.sha === sourceTree.get(sync.source)?.sha;
}

;// CONCATENATED MODULE: ./src/use-cases/promote/write-newest-promotion.ts





/**
 * Writes a planned promotion so that the newest merge always wins, whatever order or concurrency the runs
 * have: targets whose newer content is already on the default branch or in an open promotion PR from a
 * descendant merge are left out (all of them: nothing is written); older PRs for the same targets are
 * superseded. A run that opened a PR lists the open promotion PRs again (one call), so that of two runs
 * racing, at least the later one sees the other, and the older PR is closed by whichever run sees it.
 */
async function writeNewestPromotion(planned, mode, context) {
    const listed = new Set(context.openPromotionPrs.map((pr) => pr.number));
    const own = context.openPromotionPrs.find((pr) => pr.headRef === planned.branch);
    let step = await withoutNewerWork(planned, own, context);
    if (step.promotion.syncPaths.length === 0 && planned.syncPaths.length > 0) {
        return retire(own, planned, step, mode, context);
    }
    let promotion = step.promotion;
    const newer = new Set(step.newerNumbers);
    let written = await writePromotionPr(promotion, context);
    const pr = written.pullRequest;
    if (pr !== undefined && !listed.has(pr.number)) {
        context.openPromotionPrs = await listAgain(pr, context);
        step = await withoutNewerWork(promotion, pr, context);
        for (const number of step.newerNumbers)
            newer.add(number);
        if (step.promotion.syncPaths.length === 0)
            return retire(pr, promotion, step, mode, context);
        if (step.promotion !== promotion) {
            promotion = step.promotion;
            written = await writePromotionPr(promotion, context);
        }
    }
    const result = {
        written,
        pullRequest: written.pullRequest,
        supersededBy: [...newer].sort((a, b) => a - b),
        superseded: [],
    };
    if (written.pullRequest === undefined || written.action === 'up-to-date')
        return result;
    const superseded = await supersedeOlderPrs(step.ranking.older, written.pullRequest.number, mode, context);
    return { ...result, superseded };
}
async function withoutNewerWork(promotion, own, context) {
    const ranking = await rankRivalPromotions(promotion, own, context.openPromotionPrs, context);
    const drop = new Set(newerOnDefaultBranch(promotion, context));
    for (const target of drop)
        context.logger.info(`${target}: the default branch already holds newer content`);
    for (const rival of ranking.newer) {
        for (const target of rival.sharedTargets) {
            drop.add(target);
            context.logger.info(`${target}: superseded by newer #${rival.pr.number}; left to it`);
        }
    }
    const newerNumbers = [...new Set(ranking.newer.map((rival) => rival.pr.number))].sort((a, b) => a - b);
    return { promotion: narrowPromotion(promotion, drop), ranking, newerNumbers };
}
/**
 * Targets whose source folder changed on the default branch after this run's source commit and whose target
 * already equals it: a newer merge was promoted there already, and this run's content would revert it.
 */
function newerOnDefaultBranch(promotion, context) {
    return promotion.syncPaths
        .filter((sync) => {
        const latest = context.baseTree.get(sync.source)?.sha;
        const ours = context.sourceTree.get(sync.source)?.sha;
        return latest !== ours && context.baseTree.get(sync.target)?.sha === latest;
    })
        .map((sync) => sync.target);
}
/** Newer work owns every target: this promotion writes nothing, and its own open PR (stale) is superseded. */
async function retire(own, promotion, step, mode, context) {
    const by = step.newerNumbers[0];
    context.logger.info(`Nothing to promote: ${by === undefined ? 'the default branch holds' : `#${by} promotes`} newer content`);
    if (own !== undefined) {
        const sharedTargets = promotion.syncPaths.map((sync) => sync.target);
        await supersedeOlderPrs([{ pr: own, sharedTargets }], by, mode, context);
    }
    return { written: undefined, pullRequest: own, supersededBy: step.newerNumbers, superseded: [] };
}
/** The open promotion PRs after this run opened `own`; `own` is kept even when the listing lags. */
async function listAgain(own, context) {
    const open = await (0,list_own_promotion_prs/* listOwnPromotionPrs */.P)(context.defaultBranch, context, new Set([own.number]));
    return open.some((pr) => pr.number === own.number) ? open : [...open, own];
}


/***/ }),

/***/ 62403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ actionsPrPermissionFix)
/* harmony export */ });
/**
 * What to do when GitHub refuses a pull request because the workflow token may not create or approve them
 * (refusal `actions-cannot-create-pr`): the setting, where it is, and the alternative.
 */
function actionsPrPermissionFix(repository) {
    return (`GitHub Actions may not create or approve pull requests in ${repository}. ` +
        'Turn on "Allow GitHub Actions to create and approve pull requests" in the repository\'s ' +
        'Settings → Actions → General → Workflow permissions (in an organisation, allow it first in the ' +
        "organisation's Settings → Actions → General), or pass a GitHub App token as github-token " +
        '(actions/create-github-app-token), whose pull requests also start workflows.');
}


/***/ }),

/***/ 23601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ labelAndAssign)
/* harmony export */ });
/* harmony import */ var _core_errors_external_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91787);

/**
 * Sets labels and the assignee of a PR in one call. GitHub rejects the whole update for logins that cannot
 * be assigned (bots, users without access; refusal `unassignable`): then the missing labels are added alone and
 * a warning is returned instead of failing the run. Right after a PR is created GitHub can answer 422 "Could not
 * resolve to an Issue" or 404 for a moment (refusals `issue-not-visible`, `not-found`); such calls are retried a
 * few times with a growing pause. Other refusals (a token that may not label: `forbidden`) are thrown.
 */
async function labelAndAssign(github, number, options) {
    const { assignee, current } = options;
    const labels = union(current?.labels ?? [], options.labels);
    const missing = options.labels.filter((label) => !(current?.labels ?? []).includes(label));
    const wanted = assignee === '' ? [] : [assignee];
    const assignees = union(current?.assignees ?? [], wanted);
    try {
        const kept = await afterPrCreation(options, () => github.setLabelsAndAssignees(number, { labels, assignees }));
        if (wanted.length > 0 && !kept.includes(assignee))
            return [unassignable(number, assignee)];
        return [];
    }
    catch (error) {
        if (wanted.length === 0 || !(error instanceof _core_errors_external_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ExternalError */ .y) || error.refusal !== 'unassignable')
            throw error;
        if (missing.length > 0)
            await afterPrCreation(options, () => github.addLabels(number, missing));
        return [unassignable(number, assignee)];
    }
}
async function afterPrCreation(options, call) {
    for (let attempt = 1;; attempt++) {
        try {
            return await call();
        }
        catch (error) {
            if (attempt >= 4 || !notVisibleYet(error))
                throw error;
            options.logger.info(`GitHub does not see the new PR yet; retrying in ${attempt}s`);
            await options.sleep(attempt * 1000);
        }
    }
}
/** GitHub's answers while a new PR is not yet visible to the issues API. */
function notVisibleYet(error) {
    if (!(error instanceof _core_errors_external_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ExternalError */ .y))
        return false;
    return error.refusal === 'not-found' || error.refusal === 'issue-not-visible';
}
function union(a, b) {
    return [...new Set([...a, ...b])];
}
function unassignable(number, login) {
    return `#${number}: could not assign ${login} (bots and users without access cannot be assignees)`;
}


/***/ }),

/***/ 58273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ applyMergePolicy)
});

// EXTERNAL MODULE: ./src/core/merge/choose-merge-method.ts
var choose_merge_method = __webpack_require__(13078);
;// CONCATENATED MODULE: ./src/use-cases/shared/merge-with-retry.ts
/**
 * Merges a PR with the head-SHA guard, retrying with exponential backoff only on GitHub's transient
 * "Base branch was modified" refusal (as the Go bot does). After any failed merge call the PR is read again:
 * a merge whose answer was lost (the client saw a 502, the retry "not mergeable") is a merge, so the chain
 * goes on. A refusal is returned; a failure that left the PR unmerged is thrown.
 */
async function mergeWithRetry(github, number, options) {
    const attempts = options.attempts ?? 6;
    let delay = options.initialDelayMs ?? 500;
    for (let attempt = 1;; attempt++) {
        let outcome;
        try {
            outcome = await github.mergePullRequest(number, {
                sha: options.sha,
                ...(options.method === undefined ? {} : { method: options.method }),
                ...(options.commitTitle === undefined ? {} : { commitTitle: options.commitTitle }),
            });
        }
        catch (error) {
            const merged = await mergedAfterAll(github, number, options.logger);
            if (merged !== undefined)
                return merged;
            throw error;
        }
        if (outcome.merged)
            return outcome;
        if (outcome.refusal === 'base-modified' && attempt < attempts) {
            options.logger.info(`#${number}: GitHub asked to try the merge again; retrying in ${delay} ms`);
            await options.sleep(delay);
            delay = Math.round(delay * 1.5);
            continue;
        }
        return (await mergedAfterAll(github, number, options.logger)) ?? outcome;
    }
}
/** Reads the PR after a failed merge call: the merge may have happened with its answer lost. */
async function mergedAfterAll(github, number, logger) {
    let pr;
    try {
        pr = await github.getPullRequest(number);
    }
    catch {
        return undefined; // the merge call's own failure is the one to report
    }
    if (!pr.merged)
        return undefined;
    logger.info(`#${number} is merged (${pr.mergeCommitSha ?? 'unknown SHA'}): the merge answer was lost`);
    return { merged: true, sha: pr.mergeCommitSha ?? '' };
}

;// CONCATENATED MODULE: ./src/use-cases/shared/merge-policy.ts


/**
 * The one merge policy of promote, bump and argocd-diff's no-diff merge. It picks a method the repository
 * allows (`auto`), refuses a disallowed method or auto-merge up front when the settings are known, merges
 * directly when GitHub says there is nothing to wait for ("clean status"), and leaves the PR open with the
 * reason for everything GitHub refuses. Failures other than refusals throw.
 */
async function applyMergePolicy(request, deps) {
    const settings = await settingsFor(request, deps);
    // An explicit method with unknown settings is GitHub's to refuse; `auto` always has settings here.
    const allowed = settings?.mergeMethods ?? (request.method === 'auto' ? [] : [request.method]);
    const chosen = (0,choose_merge_method/* chooseMergeMethod */.D)(request.method, allowed);
    if ('refused' in chosen)
        return leaveOpen(request, 'merge-method-not-allowed', chosen.refused, deps);
    const { method } = chosen;
    if (request.mode === 'native') {
        if (settings?.allowAutoMerge === false)
            return leaveOpen(request, 'auto-merge-not-allowed', '', deps);
        const enabled = await deps.github.enableAutoMerge(request.nodeId, method);
        if (enabled.enabled) {
            deps.logger.info(`#${request.number}: GitHub auto-merge enabled (${method}); it merges when checks pass`);
            return { result: 'auto-merge-enabled', method };
        }
        if (enabled.refusal !== 'clean-status' && enabled.refusal !== 'protected-branch-rules-not-configured') {
            return leaveOpen(request, enabled.refusal, enabled.message, deps);
        }
        deps.logger.info(`#${request.number} has nothing to wait for (${enabled.refusal}): merging directly`);
    }
    const merged = await mergeWithRetry(deps.github, request.number, {
        sha: request.headSha,
        method,
        logger: deps.logger,
        sleep: deps.sleep,
        ...(request.commitTitle === undefined ? {} : { commitTitle: request.commitTitle }),
    });
    if (!merged.merged)
        return leaveOpen(request, merged.refusal, merged.message, deps);
    deps.logger.info(`#${request.number} merged (${method})`);
    return { result: 'merged', method, sha: merged.sha };
}
/** Settings are read only when `auto` must choose and the run has not read them yet. */
async function settingsFor(request, deps) {
    if (request.settings !== undefined || request.method !== 'auto')
        return request.settings;
    return (await deps.github.getRepository()).settings;
}
function leaveOpen(request, refusal, message, deps) {
    const reason = `#${request.number} left open: ${explainRefusal(refusal, message)}`;
    deps.logger.warning(reason);
    return { result: 'left-open', refusal, reason };
}
const SETTINGS = 'Settings → General → Pull Requests';
/** What GitHub refused, in words, with what to change. */
function explainRefusal(refusal, message) {
    const github = message === '' ? '' : ` (GitHub: "${message}")`;
    switch (refusal) {
        case 'merge-method-not-allowed':
            return message.startsWith('merge-method')
                ? message
                : `the merge method is not allowed on this repository${github}. Set the merge-method input to auto, or allow the method in ${SETTINGS}.`;
        case 'auto-merge-not-allowed':
            return `auto-merge is not allowed on this repository${github}. Turn on "Allow auto-merge" in ${SETTINGS}, or set auto-merge-mode: direct.`;
        case 'unstable-status':
            return `a status check failed, so GitHub will not merge it automatically${github}. Fix the check and merge it by hand.`;
        case 'review-required':
            return `branch protection requires an approving review${github}. Approve and merge it, or let a second identity approve it (autoApprovePromotionPrs with approver-token).`;
        case 'checks-required':
            return `required status checks have not passed yet${github}. Use auto-merge-mode: native so GitHub merges it when they pass.`;
        case 'head-modified':
            return `its head moved after it was checked${github}; the next run decides.`;
        case 'not-mergeable':
            return `GitHub says it cannot be merged (a conflict, or it was closed)${github}. Resolve it and merge it by hand.`;
        case 'base-modified':
            return `the base branch kept moving while merging${github}. Re-run the job or merge it by hand.`;
        case 'forbidden':
        case 'token-permission-missing':
            return `the token may not merge it${github}. Give the token contents: write and pull-requests: write.`;
        default:
            return `GitHub refused the merge${github}.`;
    }
}


/***/ }),

/***/ 14860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MR: () => (/* binding */ tokenPermissionFix),
/* harmony export */   WS: () => (/* binding */ GATES_PERMISSIONS)
/* harmony export */ });
/* unused harmony export TOKEN_PERMISSIONS_DOC */
/** GitHub's page on the `permissions:` block and the workflow token's default permissions. */
const TOKEN_PERMISSIONS_DOC = 'https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token';
/**
 * What recording GitHub Deployments and the gates need of a job token beside promote's own: `deployments: write`
 * creates deployments and their statuses (and reads them in a private repository), `statuses: write` the
 * `telefonistka/gates` status, `actions: write` the next hop's dispatch.
 * https://docs.github.com/en/rest/deployments/deployments
 */
const GATES_PERMISSIONS = [
    'contents: write',
    'pull-requests: write',
    'issues: write',
    'statuses: write',
    'actions: write',
    'deployments: write',
];
/**
 * What to do when GitHub answers 403 "Resource not accessible by integration" (refusal `token-permission-missing`):
 * the token lacks a permission. Names the `permissions:` block to add (a repository's default may be read-only, and
 * a run for a pull request from a fork always gets a read-only token), the App-token alternative, and the docs.
 */
function tokenPermissionFix(options) {
    const block = ['permissions:', ...options.permissions.map((line) => `  ${line}`)].join('\n');
    const what = options.refused ?? `write to ${options.repository ?? 'this repository'}`;
    const refused = `The token in github-token may not ${what} (GitHub: "${options.message}").`;
    if (options.otherRepository === true) {
        return (`${refused} The workflow's GITHUB_TOKEN can write only to the repository of its workflow: pass a GitHub App ` +
            `token (actions/create-github-app-token with owner and repositories set to ${options.repository ?? ''}) or a ` +
            `fine-grained token with Contents, Pull requests and Issues read & write on ${options.repository ?? ''}. ` +
            `See ${TOKEN_PERMISSIONS_DOC}.`);
    }
    return (`${refused} Give the job these permissions in the workflow:\n\n${block}\n\n` +
        "(without a permissions: block the job gets the repository's default, which Settings → Actions → General → " +
        'Workflow permissions may set to read-only; a run for a pull request from a fork always gets a read-only ' +
        'token), or pass a GitHub App token with the same permissions as github-token ' +
        `(actions/create-github-app-token). See ${TOKEN_PERMISSIONS_DOC}.`);
}


/***/ })

};
