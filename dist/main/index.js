import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 51513:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _runtime_run_action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(85468);
/* harmony import */ var _read_main_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(22109);
/* harmony import */ var _run_main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(74084);



await (0,_runtime_run_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)(async () => (0,_run_main_js__WEBPACK_IMPORTED_MODULE_2__/* .runMain */ .V)((0,_read_main_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readMainInputs */ .p)()));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 22109:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ readMainInputs)
/* harmony export */ });
/* harmony import */ var _runtime_debug_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(47493);
/* harmony import */ var _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(12291);


/** Reads and validates the root action's routing inputs before anything else runs. */
function readMainInputs(inputs = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .createInputReader */ .i)()) {
    const argoCdServer = inputs.string('argocd-server') !== undefined;
    const read = {
        mode: inputs.choice('mode', ['pr', 'drift-map', 'doctor'], 'pr'),
        argoCdDiffConfigured: argoCdServer || inputs.string('diff-mode') === 'render',
        argoCdServer,
    };
    (0,_runtime_debug_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .debugInputs */ .h)('main', read);
    return read;
}


/***/ }),

/***/ 74084:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  V: () => (/* binding */ runMain)
});

// EXTERNAL MODULE: ./src/runtime/action-logger.ts + 1 modules
var action_logger = __nccwpck_require__(97653);
// EXTERNAL MODULE: ./src/runtime/outputs.ts
var outputs = __nccwpck_require__(18506);
// EXTERNAL MODULE: ./src/runtime/workflow-context.ts
var workflow_context = __nccwpck_require__(37337);
// EXTERNAL MODULE: ./src/actions/shared/default-outputs.ts
var default_outputs = __nccwpck_require__(31403);
;// CONCATENATED MODULE: ./src/actions/main/prepare-flow.ts
// Each flow is loaded only when an event routes to it, by one dynamic import of a module holding its reader and
// runner: the bundler makes each flow one chunk (and shares what flows have in common), so an event parses its
// own flow's code and an ignored event parses none. One import per flow, not one per reader and runner: two
// split points per flow made the bundler copy their common modules into both chunks.
const LOADERS = {
    promote: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(283), __nccwpck_require__.e(260), __nccwpck_require__.e(542), __nccwpck_require__.e(675), __nccwpck_require__.e(979), __nccwpck_require__.e(23), __nccwpck_require__.e(947), __nccwpck_require__.e(225), __nccwpck_require__.e(677)]).then(__nccwpck_require__.bind(__nccwpck_require__, 87677))).preparePromoteFlow,
    dashboard: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(283), __nccwpck_require__.e(260), __nccwpck_require__.e(112), __nccwpck_require__.e(675), __nccwpck_require__.e(979), __nccwpck_require__.e(23), __nccwpck_require__.e(947), __nccwpck_require__.e(30), __nccwpck_require__.e(973)]).then(__nccwpck_require__.bind(__nccwpck_require__, 75973))).prepareDashboardFlow,
    'pr-checks': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(283), __nccwpck_require__.e(260), __nccwpck_require__.e(112), __nccwpck_require__.e(675), __nccwpck_require__.e(979), __nccwpck_require__.e(23), __nccwpck_require__.e(30), __nccwpck_require__.e(137)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2137))).preparePrChecksFlow,
    'argocd-diff': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(283), __nccwpck_require__.e(260), __nccwpck_require__.e(542), __nccwpck_require__.e(675), __nccwpck_require__.e(979), __nccwpck_require__.e(23), __nccwpck_require__.e(282), __nccwpck_require__.e(898)]).then(__nccwpck_require__.bind(__nccwpck_require__, 34898))).prepareArgoCdDiffFlow,
    sweep: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(283), __nccwpck_require__.e(260), __nccwpck_require__.e(542), __nccwpck_require__.e(675), __nccwpck_require__.e(979), __nccwpck_require__.e(225), __nccwpck_require__.e(282), __nccwpck_require__.e(571)]).then(__nccwpck_require__.bind(__nccwpck_require__, 86661))).prepareSweepFlow,
    'webhook-fanout': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(283), __nccwpck_require__.e(260), __nccwpck_require__.e(542), __nccwpck_require__.e(675), __nccwpck_require__.e(482)]).then(__nccwpck_require__.bind(__nccwpck_require__, 99482))).prepareWebhookFanoutFlow,
};
/** Loads a flow and reads its inputs; an invalid input fails here, before any flow of the event has run. */
async function prepareFlow(flow, main) {
    const prepare = await LOADERS[flow]();
    return prepare(main);
}

;// CONCATENATED MODULE: ./src/actions/main/route-event.ts
const DASHBOARD_START = '<!-- telefonistka_tag -->\n<!-- telefonistka:dashboard -->\n';
/**
 * Which flows handle an event, in order, as the Go bot's `event` command routes them: merged PRs are promoted,
 * then the dashboard issue is updated (and Argo CD apps synced from the PR branch are pointed back at HEAD);
 * opened or updated PRs are checked and
 * diffed; new PR comments carry commands; an edited bot comment carries the sync checkbox; pushes to the default
 * branch are fanned out; edits of the dashboard issue (its body or a part comment) act on its checkboxes; scheduled runs sweep the gates of open promotion PRs and update the dashboard, or map the drift with
 * `mode: drift-map` (PR checks). An empty list means nothing to do.
 */
function routeEvent(event, options = {}) {
    const { eventName, payload } = event;
    const action = typeof payload.action === 'string' ? payload.action : '';
    switch (eventName) {
        case 'workflow_dispatch':
            return ['promote'];
        case 'pull_request':
        case 'pull_request_target':
            return pullRequestFlows(action, payload);
        case 'issue_comment':
            return commentFlows(action, payload);
        case 'issues':
            return action === 'edited' && startsAsDashboard(payload.issue?.body)
                ? ['dashboard']
                : [];
        case 'push':
            return isDefaultBranchPush(payload) ? ['webhook-fanout'] : [];
        case 'schedule':
            // A scheduled run with `mode: drift-map` maps the drift of the whole repository; others sweep the gates,
            // then bring the dashboard issue up to date (it skips itself with `dashboard: off`).
            return options.mode === 'drift-map' ? ['pr-checks'] : ['sweep', 'dashboard'];
        default:
            return [];
    }
}
function pullRequestFlows(action, payload) {
    const pr = payload.pull_request;
    if (action === 'closed')
        return pr?.merged === true ? ['promote', 'dashboard', 'argocd-diff'] : ['argocd-diff'];
    if (['opened', 'synchronize', 'reopened'].includes(action))
        return ['pr-checks', 'argocd-diff'];
    if (action === 'labeled')
        return ['pr-checks'];
    return [];
}
function commentFlows(action, payload) {
    const issue = payload.issue;
    if (issue?.pull_request === undefined) {
        // A part (2..n) of the dashboard issue lives in a comment: its checkboxes act too.
        const comment = payload.comment;
        return action === 'edited' && startsAsDashboard(comment?.body) ? ['dashboard'] : [];
    }
    if (action === 'created')
        return ['pr-checks'];
    if (action === 'edited')
        return ['argocd-diff'];
    return [];
}
/** The dashboard's hidden markers open its body and its part comments (the flow checks author and label). */
function startsAsDashboard(body) {
    return typeof body === 'string' && body.startsWith(DASHBOARD_START);
}
function isDefaultBranchPush(payload) {
    const repository = payload.repository;
    const ref = typeof payload.ref === 'string' ? payload.ref : '';
    return repository?.default_branch !== undefined && ref === `refs/heads/${repository.default_branch}`;
}

;// CONCATENATED MODULE: ./src/actions/main/run-flows.ts
/**
 * Runs the flows of one event in turn; one failing flow does not stop the next. One failure keeps its own
 * error (a ConfigError is then annotated at its line); several are listed, each with its flow.
 */
async function runFlows(flows, context) {
    const failures = [];
    for (const { flow, run } of flows) {
        context.logger.info(`Event ${context.described}: running the ${flow} flow.`);
        try {
            await run();
        }
        catch (error) {
            failures.push({ flow, error });
        }
    }
    if (failures.length === 1)
        throw failures[0]?.error;
    if (failures.length > 1) {
        const lines = failures.map(({ flow, error }) => `- ${flow}: ${error instanceof Error ? error.message : String(error)}`);
        throw new Error(`${failures.length} flows failed:\n${lines.join('\n')}`);
    }
}

;// CONCATENATED MODULE: ./src/actions/main/run-main.ts







/**
 * The root action: one step handles every event the workflow subscribes to. The inputs of every flow of the
 * event are read first; then each flow runs in turn; one failing flow does not stop the next, and the step
 * fails at the end naming every failure.
 */
async function runMain(inputs) {
    if (inputs.mode === 'doctor') {
        (0,outputs/* setOutputs */.n)({ flow: 'doctor' });
        const { doctorFlow } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(283), __nccwpck_require__.e(675), __nccwpck_require__.e(979), __nccwpck_require__.e(572)]).then(__nccwpck_require__.bind(__nccwpck_require__, 89572));
        return doctorFlow();
    }
    const logger = (0,action_logger/* createActionLogger */.D)();
    const workflow = (0,workflow_context/* readWorkflowContext */.F)();
    const action = typeof workflow.payload.action === 'string' ? ` (${workflow.payload.action})` : '';
    const described = `${workflow.eventName}${action}`;
    const flows = routeEvent(workflow, { mode: inputs.mode }).filter((flow) => flow !== 'argocd-diff' || inputs.argoCdDiffConfigured);
    (0,outputs/* setOutputs */.n)({ flow: flows.length === 0 ? 'ignore' : flows.join(',') });
    if (flows.length === 0)
        return logger.info(`Nothing to do for ${described}.`);
    for (const flow of flows)
        (0,outputs/* setOutputs */.n)(default_outputs/* DEFAULT_OUTPUTS */.B[flow]);
    const prepared = [];
    for (const flow of flows)
        prepared.push({ flow, run: await prepareFlow(flow, inputs) });
    await runFlows(prepared, { described, logger });
}


/***/ }),

/***/ 31403:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ DEFAULT_OUTPUTS)
/* harmony export */ });
/**
 * The outputs each action sets before it does anything, so that a step that fails still has every output its
 * action.yml declares (later steps reading `api-calls` or `plan` get a value, not an empty string); the run
 * then overwrites them with what it did.
 */
const DEFAULT_OUTPUTS = {
    promote: {
        plan: { promotions: [], warnings: [] },
        'pull-requests': [],
        deployments: [],
        'promotion-events': [],
        'api-calls': 0,
    },
    dashboard: {},
    'pr-checks': { outcome: 'failed', drift: {}, 'api-calls': 0 },
    'argocd-diff': { 'has-diff': false, results: [], 'api-calls': 0, 'argocd-api-calls': 0 },
    'webhook-fanout': { deliveries: [], 'api-calls': 0 },
    sweep: { gates: [], 'promotion-events': [], 'api-calls': 0 },
    bump: {
        'pull-request-number': '',
        'pull-request-url': '',
        changed: false,
        result: 'failed',
        branch: '',
        merge: 'none',
        'api-calls': 0,
    },
};


/***/ }),

/***/ 30826:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ formatConfigProblem),
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
/** Renders a problem the way compilers do, so editors and CI logs can link to it. */
function formatConfigProblem(problem) {
    return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}
/** The user's configuration is wrong; carries every problem found, each with file:line:col. */
class ConfigError extends Error {
    problems;
    constructor(problems) {
        super(problems.map(formatConfigProblem).join('\n'));
        this.name = 'ConfigError';
        this.problems = problems;
    }
}


/***/ }),

/***/ 85700:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/** An action input or CLI flag is missing or malformed; the message names the input and the fix. */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(`input "${input}": ${message}`);
        this.name = 'InputError';
        this.input = input;
    }
}


/***/ }),

/***/ 57200:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  d: () => (/* binding */ createSecretScrubber)
});

;// CONCATENATED MODULE: ./src/core/secrets/secret-forms.ts
/** Secret forms shorter than this are not scrubbed from text (they would match ordinary words). */
const MIN_SECRET_FORM_LENGTH = 4;
/**
 * The forms a secret takes in text a service may echo back: as is, percent-encoded (a query parameter, a URL's
 * user part) and base64 (an `Authorization: Basic` header, a data URL), the latter at each of the three byte
 * alignments it can have inside a longer encoded value, keeping only the characters that do not depend on its
 * neighbours (as the runner's own masker does). Forms shorter than MIN_SECRET_FORM_LENGTH are left out.
 */
function secretForms(secret) {
    if (secret === '')
        return [];
    const bytes = new TextEncoder().encode(secret);
    const forms = new Set([secret, encodeURIComponent(secret), formEncode(secret), toBase64(bytes)]);
    for (const shift of [1, 2])
        forms.add(shiftedBase64(bytes, shift));
    return [...forms].filter((form) => form.length >= MIN_SECRET_FORM_LENGTH);
}
function formEncode(secret) {
    return new URLSearchParams({ x: secret }).toString().slice(2);
}
function toBase64(bytes) {
    let binary = '';
    for (const byte of bytes)
        binary += String.fromCharCode(byte);
    return btoa(binary);
}
/** The base64 characters that encode only `bytes` when they start `shift` bytes into a 3-byte group. */
function shiftedBase64(bytes, shift) {
    const padded = new Uint8Array(shift + bytes.length);
    padded.set(bytes, shift);
    const encoded = toBase64(padded).replace(/=+$/, '');
    // Leading characters mix in the padding bytes; trailing ones depend on what follows the secret.
    const start = Math.ceil((shift * 8) / 6);
    const end = Math.floor(((shift + bytes.length) * 8) / 6);
    return encoded.slice(start, end);
}

;// CONCATENATED MODULE: ./src/core/secrets/create-secret-scrubber.ts

/** A scrubber of the secrets added to it, in every form secretForms lists, longest first. */
function createSecretScrubber(secrets = []) {
    const forms = new Set();
    let ordered = [];
    const add = (secret) => {
        const fresh = secretForms(secret).filter((form) => !forms.has(form));
        for (const form of fresh)
            forms.add(form);
        if (fresh.length > 0)
            ordered = [...forms].sort((a, b) => b.length - a.length);
        return fresh;
    };
    for (const secret of secrets)
        add(secret);
    return {
        add,
        scrub: (text) => {
            let out = text;
            for (const form of ordered)
                if (out.includes(form))
                    out = out.split(form).join('***');
            return out;
        },
    };
}


/***/ }),

/***/ 97653:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  D: () => (/* binding */ createActionLogger)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
;// CONCATENATED MODULE: ./src/runtime/quote-log-text.ts


// The runner reads a step's output line by line (CR, LF and CRLF all end a line) and treats a line as a command
// when, after leading whitespace, it starts with `::name` (`::name props::data`) or when it holds the legacy form
// `##[name props]data` anywhere (actions/runner ActionCommandManager: TryParseV2, then TryParse).
const LINE_BREAK = /\r\n|\r|\n/;
const COMMAND_START = /^[\s\u0085\u180e]*::/;
const LEGACY_COMMAND = '##[';
/** Whether the runner could read any line of `text` as a workflow command. */
function looksLikeWorkflowCommand(text) {
    return text.split(LINE_BREAK).some((line) => COMMAND_START.test(line) || line.includes(LEGACY_COMMAND));
}
/**
 * Plain log text the runner prints as it is and never runs: text that could be read as a workflow command (a
 * file or branch name holding a line break and `::warning::`, or `##[add-mask]`, `##[set-output ...]`,
 * `##[stop-commands]` anywhere) is fenced with `::stop-commands::<random token>` and resumed with `::<token>::`
 * (GitHub's documented way to print untrusted output), so it shows verbatim; other text is unchanged.
 */
function quoteLogText(text, newToken = external_node_crypto_.randomUUID) {
    if (!looksLikeWorkflowCommand(text))
        return text;
    let token = `telefonistka-${newToken()}`;
    while (text.includes(token))
        token = `telefonistka-${newToken()}`;
    return `::stop-commands::${token}${external_node_os_.EOL}${text}${external_node_os_.EOL}::${token}::`;
}

// EXTERNAL MODULE: ./src/runtime/secret-registry.ts
var secret_registry = __nccwpck_require__(66148);
// EXTERNAL MODULE: ./src/runtime/workflow-commands.ts
var workflow_commands = __nccwpck_require__(28414);
;// CONCATENATED MODULE: ./src/runtime/action-logger.ts



/**
 * The Logger port over the runner's log: groups become collapsible sections. Messages carry repository text
 * (file, branch and component names), so none of it can become a workflow command: `info` lines are fenced by
 * quoteLogText, and `debug`, `warning`, `error` and group names are command data that the workflow commands escape
 * (`%`, CR, LF), so they stay on their own command line. Known secrets are scrubbed besides the runner's mask.
 */
function createActionLogger() {
    const commands = (0,workflow_commands/* createWorkflowCommands */.K)();
    return {
        debug: (message) => commands.debug((0,secret_registry/* scrubSecrets */.Z)(message)),
        info: (message) => commands.info(quoteLogText((0,secret_registry/* scrubSecrets */.Z)(message))),
        warning: (message) => commands.warning((0,secret_registry/* scrubSecrets */.Z)(message)),
        error: (message) => commands.error((0,secret_registry/* scrubSecrets */.Z)(message)),
        group: (name, fn) => commands.group((0,secret_registry/* scrubSecrets */.Z)(name), fn),
    };
}


/***/ }),

/***/ 47493:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ debugInputs)
/* harmony export */ });
/* harmony import */ var _secret_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(66148);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(28414);


const commands = (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .createWorkflowCommands */ .K)();
/**
 * Writes an action's input object to the debug log. Every string is scrubbed of the step's secrets before it is
 * serialised (JSON escaping would otherwise hide a secret holding `"` or `\` from the scrubber), and compiled
 * expressions are left out (their source is logged where it is given as text).
 */
function debugInputs(action, inputs) {
    const text = JSON.stringify(inputs, (key, value) => {
        if (typeof value === 'string')
            return (0,_secret_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubSecrets */ .Z)(value);
        if (key === 'regex' || value instanceof Map || typeof value === 'function')
            return undefined;
        return value;
    });
    commands.debug(`${action} inputs: ${text}`);
}


/***/ }),

/***/ 12291:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ createInputReader)
/* harmony export */ });
/* harmony import */ var _core_errors_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(85700);
/* harmony import */ var _secret_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(66148);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(28414);



const commands = (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .createWorkflowCommands */ .K)();
/** The runner's inputs (`INPUT_<NAME>`), untrimmed. */
function runnerInputs(name) {
    return commands.getInput(name);
}
/** An InputReader over `source` (default: the runner's inputs); the only code that reads action inputs. */
function createInputReader(source = runnerInputs) {
    const raw = (name) => {
        const value = source(name);
        return value === '' ? undefined : value;
    };
    const string = (name) => {
        const value = source(name).trim();
        return value === '' ? undefined : value;
    };
    return {
        string,
        raw,
        required: (name, hint = "set it in the step's `with:` block") => {
            const value = string(name);
            if (value === undefined)
                throw new _core_errors_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `is required; ${hint}`);
            return value;
        },
        secret: (name) => {
            const value = string(name);
            if (value !== undefined)
                (0,_secret_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .c)(value);
            return value;
        },
        boolean: (name, fallback) => {
            const value = string(name);
            if (value === undefined)
                return fallback;
            if (['true', 'True', 'TRUE'].includes(value))
                return true;
            if (['false', 'False', 'FALSE'].includes(value))
                return false;
            throw new _core_errors_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `must be true or false, got ${JSON.stringify(value)}`);
        },
        choice: (name, values, fallback) => {
            const value = string(name);
            if (value === undefined)
                return fallback;
            if (values.includes(value))
                return value;
            throw new _core_errors_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `must be one of ${values.join(', ')}, got ${JSON.stringify(value)}`);
        },
        integer: (name, fallback, bounds) => {
            const value = string(name);
            if (value === undefined)
                return fallback;
            const parsed = Number(value);
            if (!Number.isInteger(parsed) || parsed < bounds.min || parsed > bounds.max) {
                throw new _core_errors_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `must be an integer from ${bounds.min} to ${bounds.max}, got ${JSON.stringify(value)}`);
            }
            return parsed;
        },
    };
}


/***/ }),

/***/ 18506:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ writeSummary),
/* harmony export */   n: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _secret_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(66148);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(28414);


const commands = (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .createWorkflowCommands */ .K)();
/** Sets all outputs of a step in one place; objects become JSON strings; known secrets are scrubbed. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        commands.setOutput(name, (0,_secret_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubSecrets */ .Z)(typeof value === 'object' ? JSON.stringify(value) : String(value)));
    }
}
/**
 * Writes markdown to the job summary, known secrets scrubbed; GitHub drops summaries over 1 MiB silently, so cap
 * it ourselves.
 */
async function writeSummary(summary) {
    const limit = 1_000_000;
    const markdown = (0,_secret_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubSecrets */ .Z)(summary);
    const text = markdown.length > limit
        ? `${markdown.slice(0, limit)}\n\n_Summary truncated at ${limit} characters (GitHub's 1 MiB limit)._\n`
        : markdown;
    // Loaded here, not at the top: only a flow that did something writes a summary, and @actions/core brings
    // @actions/http-client and undici with it (see workflow-commands.ts).
    const core = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(260), __nccwpck_require__.e(264)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57264));
    await core.summary.addRaw(text, true).write();
}


/***/ }),

/***/ 85468:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _core_errors_config_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(30826);
/* harmony import */ var _secret_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(66148);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(28414);



const commands = (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .createWorkflowCommands */ .K)();
/**
 * The one error wrapper of every action: config errors are annotated at their file and line, every failure
 * fails the step with a message that says what to do, and the stack goes to the debug log only. A promise that
 * rejects with nobody awaiting it, or an exception thrown from a callback, fails the step the same way instead
 * of ending the process with Node's own report and its stack trace.
 */
async function runAction(main) {
    process.on('unhandledRejection', reportFailure);
    process.on('uncaughtException', reportFailure);
    try {
        await main();
    }
    catch (error) {
        reportFailure(error);
    }
}
function reportFailure(error) {
    if (error instanceof _core_errors_config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x) {
        for (const problem of error.problems) {
            commands.error((0,_secret_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .scrubSecrets */ .Z)(problem.message), {
                file: problem.file,
                startLine: problem.line,
                startColumn: problem.column,
            });
        }
        commands.setFailed((0,_secret_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .scrubSecrets */ .Z)(`Invalid configuration:\n${error.message}`));
        return;
    }
    if (error instanceof Error) {
        if (error.stack !== undefined)
            commands.debug((0,_secret_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .scrubSecrets */ .Z)(error.stack));
        commands.setFailed((0,_secret_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .scrubSecrets */ .Z)(error.message));
        return;
    }
    commands.setFailed((0,_secret_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .scrubSecrets */ .Z)(`Unexpected failure: ${String(error)}`));
}


/***/ }),

/***/ 66148:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ scrubSecrets),
/* harmony export */   c: () => (/* binding */ registerSecret)
/* harmony export */ });
/* harmony import */ var _core_secrets_create_secret_scrubber_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(57200);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(28414);


// One registry per step: every secret the step learns (inputs, credentials found in URLs) is added here, so
// every writer (log, outputs, summary, GitHub requests) hides the same values.
const scrubber = (0,_core_secrets_create_secret_scrubber_js__WEBPACK_IMPORTED_MODULE_1__/* .createSecretScrubber */ .d)();
const commands = (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .createWorkflowCommands */ .K)();
/**
 * Registers a secret the step knows: its plain, URL-encoded and base64 forms are masked by the runner
 * (`::add-mask::`) and scrubbed by scrubSecrets from everything the step writes.
 */
function registerSecret(value) {
    if (value === '')
        return;
    commands.setSecret(value);
    for (const form of scrubber.add(value))
        if (form !== value)
            commands.setSecret(form);
}
/** `text` with every registered secret, in any of its forms, replaced by `***`. */
function scrubSecrets(text) {
    return scrubber.scrub(text);
}


/***/ }),

/***/ 28414:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ createWorkflowCommands)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);



/**
 * The runner's workflow commands written directly, as @actions/core writes them (byte for byte:
 * test/runtime/workflow-commands.test.ts compares both), so that the step's entry point does not load
 * @actions/core, whose OIDC client pulls in @actions/http-client and undici (~1 MB) on every event. See
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
function createWorkflowCommands(options = {}) {
    const write = options.write ?? ((text) => process.stdout.write(text));
    const env = options.env ?? (() => process.env);
    const issue = (command, message, properties = {}) => {
        write(`::${command}${renderProperties(properties)}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
    };
    const error = (message, properties) => issue('error', message, properties);
    return {
        getInput: (name) => env()[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '',
        setOutput: (name, value) => {
            const file = env().GITHUB_OUTPUT ?? '';
            if (file === '') {
                write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
                write(`::set-output name=${escapeProperty(name)}::${escapeData(value)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
                return;
            }
            appendOutput(file, name, value);
        },
        setSecret: (secret) => issue('add-mask', secret),
        debug: (message) => issue('debug', message),
        info: (message) => write(`${message}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`),
        warning: (message, properties) => issue('warning', message, properties),
        error,
        setFailed: (message) => {
            process.exitCode = 1;
            error(message);
        },
        group: async (name, fn) => {
            issue('group', name);
            try {
                return await fn();
            }
            finally {
                issue('endgroup', '');
            }
        },
    };
}
// A heredoc block with a random delimiter: a value (untrusted text included) cannot end the block early and
// forge another output.
function appendOutput(file, name, value) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected output ${name}: it contains the delimiter "${delimiter}"`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, { encoding: 'utf8' });
}
function renderProperties(properties) {
    const named = [
        ['title', properties.title],
        ['file', properties.file],
        ['line', properties.startLine],
        ['endLine', properties.endLine],
        ['col', properties.startColumn],
        ['endColumn', properties.endColumn],
    ];
    const set = named.filter(([, value]) => value !== undefined && value !== '' && value !== 0);
    if (set.length === 0)
        return '';
    return ` ${set.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')}`;
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}


/***/ }),

/***/ 37337:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readWorkflowContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Reads the event and repository of the current run from the runner's variables, as `@actions/github`'s
 * `context` does, without loading Octokit: an event that routes to nothing parses no API client at all.
 */
function readWorkflowContext(env = process.env) {
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const workflowRef = env.GITHUB_WORKFLOW_REF ?? '';
    const match = /\/\.github\/workflows\/([^@]+)@/.exec(workflowRef);
    const { owner, repo } = repository(env.GITHUB_REPOSITORY, payload);
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runId = nonEmpty(env.GITHUB_RUN_ID);
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        owner,
        repo,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        serverUrl,
        workflowFile: match?.[1],
        workspace: env.GITHUB_WORKSPACE,
        runUrl: runId === undefined ? undefined : `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
        sha: nonEmpty(env.GITHUB_SHA),
        actor: nonEmpty(env.GITHUB_ACTOR),
        runnerTemp: nonEmpty(env.RUNNER_TEMP),
        env,
    };
}
function nonEmpty(value) {
    return value === undefined || value === '' ? undefined : value;
}
function readPayload(file) {
    if (file === undefined || file === '' || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return {};
    const parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
}
function repository(slug, payload) {
    const [owner, repo] = (slug ?? '').split('/');
    if (owner && repo)
        return { owner, repo };
    const fromEvent = payload.repository;
    if (typeof fromEvent?.name === 'string' && typeof fromEvent.owner?.login === 'string') {
        return { owner: fromEvent.owner.login, repo: fromEvent.name };
    }
    throw new Error('GITHUB_REPOSITORY is not set and the event names no repository: run this action in a GitHub Actions job');
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(51513);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
