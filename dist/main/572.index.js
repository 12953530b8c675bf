export const id = 572;
export const ids = [572];
export const modules = {

/***/ 89572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctorFlow: () => (/* binding */ doctorFlow)
});

// EXTERNAL MODULE: ./src/runtime/debug-inputs.ts
var debug_inputs = __webpack_require__(47493);
// EXTERNAL MODULE: ./src/runtime/inputs.ts
var runtime_inputs = __webpack_require__(12291);
// EXTERNAL MODULE: ./src/actions/shared/read-github-inputs.ts
var read_github_inputs = __webpack_require__(91123);
// EXTERNAL MODULE: ./src/actions/shared/read-write-interval.ts
var read_write_interval = __webpack_require__(96685);
;// CONCATENATED MODULE: ./src/actions/main/read-doctor-inputs.ts




/** Reads and validates the inputs of `mode: doctor` before anything else runs; secrets are masked first. */
function readDoctorInputs(inputs = (0,runtime_inputs/* createInputReader */.i)()) {
    const read = { ...(0,read_github_inputs/* readGitHubInputs */.B)(inputs), ...(0,read_write_interval/* readWriteInterval */.T)(inputs) };
    (0,debug_inputs/* debugInputs */.h)('doctor', read);
    return read;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/doctor/render-doctor-report.ts
const MARKS = { pass: '✓', fail: '✗', warn: '⚠', unknown: '?' };
/** The doctor's checklist as Markdown (job summary) or plain text (CLI): one line per check, fixes indented. */
function renderDoctorReport(checks, options) {
    const lines = options.markdown ? ['## Telefonistka doctor', ''] : [];
    for (const check of checks) {
        const name = options.markdown ? `**${check.name}**` : check.name;
        lines.push(`${options.markdown ? '- ' : ''}${MARKS[check.status]} ${name}: ${check.detail}`);
        if (check.fix === undefined)
            continue;
        const fix = check.fix.split('\n');
        if (options.markdown && fix.length > 1)
            lines.push('', '  ```yaml', ...fix.map((l) => `  ${l}`), '  ```', '');
        else
            lines.push(...fix.map((line, i) => `    ${i === 0 ? 'fix: ' : '     '}${line}`));
    }
    const failed = checks.filter((c) => c.status === 'fail').length;
    lines.push('', failed === 0 ? 'No blocking problem found.' : `${failed} blocking problem(s) found.`, '');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/runtime/action-logger.ts + 1 modules
var action_logger = __webpack_require__(97653);
// EXTERNAL MODULE: ./src/runtime/outputs.ts
var outputs = __webpack_require__(18506);
// EXTERNAL MODULE: ./src/runtime/workflow-context.ts
var workflow_context = __webpack_require__(37337);
// EXTERNAL MODULE: ./src/core/config/parse-repo-config.ts + 11 modules
var parse_repo_config = __webpack_require__(79804);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/workflow/check-dispatch-inputs.ts + 1 modules
var check_dispatch_inputs = __webpack_require__(90820);
;// CONCATENATED MODULE: ./src/core/doctor/inspect-workflow.ts


/** Token scopes the flows need (`actions: write` for the chain's dispatch, `statuses` for the commit status). */
const NEEDED_PERMISSIONS = ['contents', 'pull-requests', 'issues', 'statuses', 'actions'];
/** Checks a Telefonistka workflow file: events, dispatch inputs, `permissions:`, concurrency, checkout depth. */
function inspectWorkflow(text, file, needs = {}) {
    if (text === undefined) {
        return [
            {
                name: 'workflow file',
                status: 'fail',
                detail: `${file} was not found`,
                fix: `Add ${file} (see examples/iac-repo/.github/workflows/telefonistka.yaml), or pass its path.`,
            },
        ];
    }
    const document = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: false });
    const root = document.errors.length === 0 ? document.toJS({ maxAliasCount: 100 }) : undefined;
    if (root === null || typeof root !== 'object') {
        return [
            { name: 'workflow file', status: 'fail', detail: `${file} is not valid YAML`, fix: `Fix ${file}.` },
        ];
    }
    const workflow = root;
    return [
        eventsCheck(workflow, file),
        dispatchCheck(text, file),
        permissionsCheck(workflow, file, needs),
        concurrencyCheck(workflow, file),
        checkoutCheck(workflow, file),
    ];
}
function triggers(workflow) {
    const on = workflow.on;
    if (typeof on === 'string')
        return { [on]: null };
    if (Array.isArray(on))
        return Object.fromEntries(on.map((name) => [String(name), null]));
    return on !== null && typeof on === 'object' ? on : {};
}
function eventsCheck(workflow, file) {
    const on = triggers(workflow);
    const pull = on.pull_request;
    const types = Array.isArray(pull?.types) ? pull.types.map(String) : undefined;
    const missing = [];
    if (!('pull_request' in on))
        missing.push('pull_request');
    else if (types !== undefined && !types.includes('closed'))
        missing.push('pull_request type closed');
    if (missing.length === 0) {
        return {
            name: 'workflow events',
            status: 'pass',
            detail: `${file} runs on ${Object.keys(on).join(', ')}`,
        };
    }
    return {
        name: 'workflow events',
        status: 'fail',
        detail: `${file} lacks ${missing.join(', ')}: merged PRs are never promoted`,
        fix: `In ${file}:\n  on:\n    pull_request:\n      types: [opened, synchronize, reopened, labeled, closed]`,
    };
}
function dispatchCheck(text, file) {
    const problem = (0,check_dispatch_inputs/* checkDispatchInputs */.Q)(text, ['merged-pr'], { file });
    if (problem === undefined) {
        return {
            name: 'workflow_dispatch inputs',
            status: 'pass',
            detail: 'declares merged-pr: the next hop can be dispatched after a GITHUB_TOKEN merge',
        };
    }
    return {
        name: 'workflow_dispatch inputs',
        status: 'fail',
        detail: problem.split('. Add')[0] ?? problem,
        fix: problem,
    };
}
function permissionsCheck(workflow, file, needs) {
    const needed = needs.deployments === true ? [...NEEDED_PERMISSIONS, 'deployments'] : NEEDED_PERMISSIONS;
    const block = workflow.permissions;
    const granted = block === 'write-all'
        ? Object.fromEntries(needed.map((p) => [p, 'write']))
        : block !== null && typeof block === 'object'
            ? block
            : undefined;
    const yaml = `permissions:\n${needed.map((p) => `  ${p}: write`).join('\n')}`;
    if (granted === undefined) {
        return {
            name: 'permissions',
            status: 'warn',
            detail: `${file} declares no permissions: block, so the token gets the repository default (often read-only)`,
            fix: `Add to ${file}:\n${yaml}`,
        };
    }
    const missing = needed.filter((p) => granted[p] !== 'write');
    if (missing.length === 0)
        return { name: 'permissions', status: 'pass', detail: `${needed.join(', ')}: write` };
    const why = missing.includes('deployments')
        ? ' (deployments: telefonistka.yaml maps environments or gates, recorded as GitHub Deployments)'
        : '';
    return {
        name: 'permissions',
        status: 'fail',
        detail: `${file} does not grant write on ${missing.join(', ')}${why}`,
        fix: `Set in ${file}:\n${yaml}`,
    };
}
function concurrencyCheck(workflow, file) {
    const concurrency = workflow.concurrency;
    const group = typeof concurrency === 'string' ? concurrency : concurrency?.group;
    if (typeof group === 'string' && group !== '') {
        return { name: 'concurrency', status: 'pass', detail: `group ${group}` };
    }
    return {
        name: 'concurrency',
        status: 'warn',
        detail: `${file} has no concurrency group: two promotions of one repository can run at once`,
        fix: `Add to ${file}:\n  concurrency:\n    group: telefonistka-\${{ github.event_name == 'pull_request' && ` +
            `github.event.action == 'closed' && 'promote' || github.run_id }}\n    cancel-in-progress: false`,
    };
}
function checkoutCheck(workflow, file) {
    const steps = Object.values((workflow.jobs ?? {})).flatMap((job) => Array.isArray(job?.steps) ? job.steps : []);
    const checkout = steps.find((step) => typeof step?.uses === 'string' && step.uses.startsWith('actions/checkout@'));
    const fix = `In ${file}:\n  - uses: actions/checkout@v4\n    with:\n      ref: \${{ github.event.repository.default_branch }}\n` +
        '      fetch-depth: 0\n      filter: blob:none';
    if (checkout === undefined) {
        return {
            name: 'checkout',
            status: 'warn',
            detail: 'no actions/checkout step: every read goes through the API (more calls, GitHub file caps)',
            fix,
        };
    }
    const rawDepth = checkout.with?.['fetch-depth'];
    const depth = typeof rawDepth === 'number' || typeof rawDepth === 'string' ? String(rawDepth) : '1';
    const filter = checkout.with?.filter;
    if (depth !== '0') {
        return {
            name: 'checkout',
            status: 'warn',
            detail: `actions/checkout with fetch-depth ${depth}: history is fetched on demand`,
            fix,
        };
    }
    if (filter !== 'blob:none') {
        return {
            name: 'checkout',
            status: 'warn',
            detail: 'fetch-depth 0 without filter: blob:none (large repositories clone every blob of every commit)',
            fix,
        };
    }
    return { name: 'checkout', status: 'pass', detail: 'fetch-depth 0, filter blob:none' };
}

// EXTERNAL MODULE: ./src/core/errors/config-error.ts
var config_error = __webpack_require__(30826);
// EXTERNAL MODULE: ./src/core/merge/choose-merge-method.ts
var choose_merge_method = __webpack_require__(13078);
// EXTERNAL MODULE: ./src/use-cases/gates/record-merge-deployments.ts
var record_merge_deployments = __webpack_require__(77595);
// EXTERNAL MODULE: ./src/use-cases/shared/actions-pr-permission-fix.ts
var actions_pr_permission_fix = __webpack_require__(62403);
;// CONCATENATED MODULE: ./src/use-cases/doctor/diagnose-repository.ts






/** The workflow token's login: its PRs are the ones the repository setting refuses. */
const ACTIONS_LOGIN = 'github-actions[bot]';
const SETTINGS_PRS = 'Settings → General → Pull Requests';
const LABELS = ['promotion', 'noop', 'show-plan'];
/**
 * Checks everything a first promotion depends on, in at most six API calls (repository, identity, Actions
 * workflow permissions, default-branch protection and rulesets, labels) plus the workflow file and telefonistka.yaml from
 * the checkout; each finding is ✓/⚠/✗ with the exact fix.
 */
async function diagnoseRepository(github, input) {
    const repository = await github.getRepository();
    const login = await github.getViewerLogin();
    const workflowPermissions = await github.getWorkflowTokenPermissions();
    const protection = await github.getBranchProtection(repository.defaultBranch);
    const rules = await github.getBranchRules(repository.defaultBranch);
    const labels = await github.listLabels();
    const name = `${github.owner}/${github.repo}`;
    return [
        tokenCheck(login, repository),
        actionsPrCheck(login, workflowPermissions, name),
        mergeMethodCheck(repository),
        autoMergeCheck(repository),
        protectionCheck(repository.defaultBranch, combineRequirements(protection, rules)),
        ...inspectWorkflow(input.workflowText, input.workflowFile, {
            deployments: recordsDeployments(input.configText),
        }),
        labelsCheck(labels),
        configCheck(input.configText),
    ];
}
function tokenCheck(login, repository) {
    const writes = ['admin', 'maintain', 'write'].includes(repository.permission);
    return {
        name: 'token',
        status: writes ? 'pass' : 'fail',
        detail: `acts as ${login} with ${repository.permission} access`,
        ...(writes
            ? {}
            : {
                fix: "Give the token contents: write and pull-requests: write (the workflow's permissions: block, or the GitHub App's repository permissions).",
            }),
    };
}
function actionsPrCheck(login, permissions, repository) {
    const name = 'Actions may create pull requests';
    const workflowToken = login === ACTIONS_LOGIN;
    if (permissions === 'forbidden') {
        if (!workflowToken) {
            return { name, status: 'pass', detail: `not needed: ${login} is not the workflow token` };
        }
        return {
            name,
            status: 'unknown',
            detail: 'the workflow token may not read this setting (reading it needs an admin token)',
            fix: `Check it by hand: ${(0,actions_pr_permission_fix/* actionsPrPermissionFix */.E)(repository)}`,
        };
    }
    if (permissions.canApprovePullRequestReviews) {
        return {
            name,
            status: 'pass',
            detail: '"Allow GitHub Actions to create and approve pull requests" is on',
        };
    }
    return {
        name,
        status: workflowToken ? 'fail' : 'warn',
        detail: `"Allow GitHub Actions to create and approve pull requests" is off${workflowToken ? '' : ` (fine for ${login}, not for github.token)`}`,
        fix: (0,actions_pr_permission_fix/* actionsPrPermissionFix */.E)(repository),
    };
}
function mergeMethodCheck(repository) {
    const allowed = repository.settings.mergeMethods;
    const chosen = (0,choose_merge_method/* chooseMergeMethod */.D)('auto', allowed);
    if ('refused' in chosen) {
        return {
            name: 'merge methods',
            status: 'fail',
            detail: 'no merge method is allowed',
            fix: chosen.refused,
        };
    }
    return {
        name: 'merge methods',
        status: 'pass',
        detail: `allowed: ${allowed.join(', ')}; merge-method: auto uses ${chosen.method}`,
    };
}
function autoMergeCheck(repository) {
    if (repository.settings.allowAutoMerge) {
        return {
            name: 'auto-merge',
            status: 'pass',
            detail: '"Allow auto-merge" is on (auto-merge-mode: native works)',
        };
    }
    return {
        name: 'auto-merge',
        status: 'warn',
        detail: '"Allow auto-merge" is off: auto-merge-mode: native leaves promotion PRs open (direct works)',
        fix: `Turn on "Allow auto-merge" in ${SETTINGS_PRS}, or keep auto-merge-mode: direct.`,
    };
}
/** Classic protection and rulesets together: the stricter requirement of each kind counts. */
function combineRequirements(protection, rules) {
    const rulesetRequire = rules.requiredApprovingReviews > 0 || rules.requiredStatusChecks.length > 0;
    if (!rulesetRequire)
        return protection;
    const classic = typeof protection === 'string' ? { requiredApprovingReviews: 0, requiredStatusChecks: [] } : protection;
    return {
        requiredApprovingReviews: Math.max(classic.requiredApprovingReviews, rules.requiredApprovingReviews),
        requiredStatusChecks: [
            ...new Set([...classic.requiredStatusChecks, ...rules.requiredStatusChecks]),
        ].sort(),
    };
}
function protectionCheck(branch, protection) {
    const name = `protection of ${branch}`;
    if (protection === 'forbidden') {
        return {
            name,
            status: 'unknown',
            detail: 'no ruleset requires anything; this token may not read classic branch protection (needs admin)',
            fix: `Check Settings → Branches: required reviews keep auto-merged PRs open; required checks need auto-merge-mode: native.`,
        };
    }
    if (protection === 'unprotected') {
        return { name, status: 'pass', detail: 'no protection rule or ruleset: direct merges work' };
    }
    if (protection.requiredApprovingReviews > 0) {
        return {
            name,
            status: 'warn',
            detail: `requires ${protection.requiredApprovingReviews} approving review(s): auto-merged promotion PRs stay open until approved`,
            fix: 'Set autoApprovePromotionPrs: true with an approver-token of a second identity, or approve promotion PRs by hand.',
        };
    }
    if (protection.requiredStatusChecks.length > 0) {
        return {
            name,
            status: 'warn',
            detail: `requires status checks ${protection.requiredStatusChecks.join(', ')}`,
            fix: 'Use auto-merge-mode: native so GitHub merges promotion PRs when the checks pass.',
        };
    }
    return { name, status: 'pass', detail: 'protected, requiring no review or check' };
}
function labelsCheck(labels) {
    const missing = LABELS.filter((label) => !labels.includes(label));
    if (missing.length === 0)
        return { name: 'labels', status: 'pass', detail: LABELS.join(', ') };
    return {
        name: 'labels',
        status: 'warn',
        detail: `missing ${missing.join(', ')} (GitHub creates them on first use, uncoloured)`,
        fix: missing.map((label) => `gh label create ${label}`).join('\n'),
    };
}
/** Whether telefonistka.yaml asks for GitHub Deployments (an unreadable file is reported by configCheck). */
function recordsDeployments(text) {
    if (text === undefined)
        return false;
    try {
        return (0,record_merge_deployments/* wantsDeployments */.C)((0,parse_repo_config/* parseRepoConfig */.G)(text, 'telefonistka.yaml').config);
    }
    catch {
        return false;
    }
}
function configCheck(text) {
    if (text === undefined) {
        return {
            name: 'telefonistka.yaml',
            status: 'fail',
            detail: 'not found at the repository root: nothing is promoted',
            fix: 'Add telefonistka.yaml (see docs/ and examples/iac-repo/telefonistka.yaml).',
        };
    }
    try {
        const loaded = (0,parse_repo_config/* parseRepoConfig */.G)(text, 'telefonistka.yaml');
        const flows = loaded.config.promotionPaths.length;
        const warnings = loaded.warnings.length === 0 ? '' : `; ${loaded.warnings.join('; ')}`;
        return {
            name: 'telefonistka.yaml',
            status: loaded.warnings.length === 0 ? 'pass' : 'warn',
            detail: `valid, ${flows} promotion flow(s)${warnings}`,
        };
    }
    catch (error) {
        if (!(error instanceof config_error/* ConfigError */.x))
            throw error;
        const problems = error.problems.map(config_error/* formatConfigProblem */.f);
        return { name: 'telefonistka.yaml', status: 'fail', detail: 'invalid', fix: problems.join('\n') };
    }
}

// EXTERNAL MODULE: ./src/actions/shared/workflow-github.ts
var workflow_github = __webpack_require__(10494);
;// CONCATENATED MODULE: ./src/actions/main/run-doctor.ts








/**
 * `mode: doctor` of the root action: checks the repository, this workflow file (from GITHUB_WORKFLOW_REF) and
 * telefonistka.yaml from the checkout, writes the ✓/✗ checklist to the job summary, and fails on a ✗.
 */
async function runDoctor(inputs) {
    const logger = (0,action_logger/* createActionLogger */.D)();
    const workflow = (0,workflow_context/* readWorkflowContext */.F)();
    const github = (0,workflow_github/* createWorkflowGitHub */.d)({ ...inputs, token: inputs.githubToken }, workflow, logger);
    const dir = inputs.checkoutPath ?? workflow.workspace ?? '.';
    const workflowFile = `.github/workflows/${workflow.workflowFile ?? 'telefonistka.yaml'}`;
    const read = (file) => (0,promises_.readFile)(external_node_path_default().join(dir, file), 'utf8').catch(() => undefined);
    const checks = await diagnoseRepository(github, {
        workflowFile,
        workflowText: await read(workflowFile),
        configText: await read('telefonistka.yaml'),
    });
    const report = renderDoctorReport(checks, { markdown: true });
    logger.info(renderDoctorReport(checks, { markdown: false }));
    await (0,outputs/* writeSummary */.S)(`${report}\nGitHub API calls spent by this step: **${github.callCount()}**\n`);
    const failed = checks.filter((check) => check.status === 'fail');
    if (failed.length > 0) {
        throw new Error(`doctor found ${failed.length} blocking problem(s): ${failed.map((c) => c.name).join(', ')}; see the job summary for the fixes`);
    }
}

;// CONCATENATED MODULE: ./src/actions/main/flows/doctor-flow.ts


/** `mode: doctor`: its reader and runner in one chunk, loaded only when the mode asks for it. */
async function doctorFlow() {
    return runDoctor(readDoctorInputs());
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
 * confirmation is `merge` (GitHub then marks the environment's older deployments inactive). A deployment that
 * already exists for the environment and commit is left alone, so promote and the sweep may both record.
 * One environment failing does not stop the others; a token GitHub refuses (no `deployments: write`) is said once,
 * with the permission to add, and the other environments are skipped without calls. The promotion stands.
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
    const environment = planned.environment;
    const components = planned.components;
    try {
        const existing = await deps.deployments.findDeployments(environment, pr.mergeCommitSha);
        if (existing.length > 0) {
            deps.logger.info(`${environment}: deployment of ${pr.mergeCommitSha.slice(0, 7)} already recorded`);
            return { environment, outcome: 'exists', id: existing[0]?.id ?? 0, components };
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


/***/ }),

/***/ 41797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ collectChangedFiles)
/* harmony export */ });
/**
 * The PR's changed files as GitHub computes them (merge base of base and head, to head), with renames.
 * From the local checkout when it has (or can fetch) both commits: no API calls and no 3,000-file cap.
 * Else from `pulls/{n}/files`; a listing cut at GitHub's cap is an error that says how to fix it.
 */
async function collectChangedFiles(pr, ports) {
    const local = ports.localGit === undefined ? undefined : await fromCheckout(pr, ports.localGit);
    if (local !== undefined) {
        ports.logger.info(`Changed files from the local checkout: ${local.length}`);
        return { files: local, source: 'local' };
    }
    const { files, truncated } = await ports.github.listPullRequestFiles(pr.number);
    if (truncated) {
        throw new Error(`#${pr.number} changes more files than GitHub lists (3,000); add "actions/checkout" with "fetch-depth: 0" ` +
            'before this step so the changed files are read from git');
    }
    ports.logger.info(`Changed files from the GitHub API: ${files.length}`);
    return { files: files.map(toChangedFile), source: 'api' };
}
async function fromCheckout(pr, git) {
    const missing = [];
    for (const sha of [pr.baseSha, pr.headSha])
        if (!(await git.hasCommit(sha)))
            missing.push(sha);
    if (missing.length > 0) {
        // The head branch is often deleted after merge; GitHub keeps refs/pull/<n>/head.
        await git.fetch([`+refs/pull/${pr.number}/head:refs/remotes/pull/${pr.number}/head`]);
        const still = [];
        for (const sha of missing)
            if (!(await git.hasCommit(sha)))
                still.push(sha);
        if (still.length > 0 && !(await git.fetch(still)))
            return undefined;
    }
    const base = await git.mergeBase(pr.baseSha, pr.headSha);
    if (base === undefined || base === '')
        return undefined;
    return (await git.diff(base, pr.headSha)).map(toChangedFile);
}
function toChangedFile(file) {
    return file.previousPath === undefined
        ? { path: file.path }
        : { path: file.path, previousPath: file.previousPath };
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
