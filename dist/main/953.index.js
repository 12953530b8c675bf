export const id = 953;
export const ids = [953,353];
export const modules = {

/***/ 47353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readArgoCdDiffInputs: () => (/* binding */ readArgoCdDiffInputs),
/* harmony export */   readArgoCdInputs: () => (/* binding */ readArgoCdInputs)
/* harmony export */ });
/* harmony import */ var _runtime_debug_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47493);
/* harmony import */ var _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12291);
/* harmony import */ var _shared_read_github_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91123);
/* harmony import */ var _shared_read_write_interval_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96685);




const REQUIRED_IN_ARGOCD_MODE = 'required with `diff-mode: argocd` (the default); or set `diff-mode: render`';
/** Reads and validates the argocd-diff action's inputs before anything else runs; secrets are masked first. */
function readArgoCdDiffInputs(inputs = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .createInputReader */ .i)()) {
    const diffMode = inputs.choice('diff-mode', ['argocd', 'render'], 'argocd');
    const read = {
        ...(0,_shared_read_github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readGitHubInputs */ .B)(inputs),
        ...(0,_shared_read_write_interval_js__WEBPACK_IMPORTED_MODULE_3__/* .readWriteInterval */ .T)(inputs),
        diffMode,
        argocd: diffMode === 'argocd' ? readArgoCdInputs(inputs) : undefined,
        concurrency: inputs.integer('concurrency', 10, { min: 1, max: 100 }),
        commitStatus: inputs.boolean('commit-status', true),
    };
    (0,_runtime_debug_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .debugInputs */ .h)('argocd-diff', read);
    return read;
}
/** `argocd-server`, `argocd-token` (masked) and the client settings, the two first required. */
function readArgoCdInputs(inputs) {
    const token = inputs.secret('argocd-token');
    return {
        server: inputs.required('argocd-server', REQUIRED_IN_ARGOCD_MODE),
        token: token ?? inputs.required('argocd-token', REQUIRED_IN_ARGOCD_MODE),
        timeoutMs: inputs.integer('argocd-timeout-ms', 30_000, { min: 100, max: 600_000 }),
        retries: inputs.integer('argocd-retries', 3, { min: 0, max: 10 }),
        insecure: inputs.boolean('argocd-insecure', false),
        plaintext: inputs.boolean('argocd-plaintext', false),
    };
}


/***/ }),

/***/ 91123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ readGitHubInputs)
/* harmony export */ });
/* harmony import */ var _core_errors_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85700);

/** `github-token` (required, masked) and `checkout-path`. */
function readGitHubInputs(inputs) {
    const githubToken = inputs.secret('github-token');
    if (githubToken === undefined) {
        throw new _core_errors_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('github-token', 'is empty; pass ${{ github.token }} or an App token');
    }
    return { githubToken, checkoutPath: inputs.string('checkout-path') };
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

/***/ 96685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ readWriteInterval)
/* harmony export */ });
/** `write-interval-ms` of the actions that write to GitHub: GitHub asks for one second between content writes. */
function readWriteInterval(inputs) {
    return { writeIntervalMs: inputs.integer('write-interval-ms', 1000, { min: 0, max: 60_000 }) };
}


/***/ }),

/***/ 86953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readSweepInputs: () => (/* binding */ readSweepInputs)
/* harmony export */ });
/* harmony import */ var _core_merge_choose_merge_method_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13078);
/* harmony import */ var _runtime_debug_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47493);
/* harmony import */ var _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12291);
/* harmony import */ var _argocd_diff_read_argocd_diff_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47353);
/* harmony import */ var _shared_read_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91123);
/* harmony import */ var _shared_read_webhook_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21889);
/* harmony import */ var _shared_read_write_interval_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96685);







/** Reads and validates the sweep's inputs before anything else runs; secrets are masked first. */
function readSweepInputs(inputs = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .createInputReader */ .i)()) {
    const read = {
        ...(0,_shared_read_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readGitHubInputs */ .B)(inputs),
        ...(0,_shared_read_write_interval_js__WEBPACK_IMPORTED_MODULE_5__/* .readWriteInterval */ .T)(inputs),
        ...(0,_shared_read_webhook_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .readWebhookSecrets */ .V)(inputs),
        mergeMethod: inputs.choice('merge-method', ['auto', ..._core_merge_choose_merge_method_js__WEBPACK_IMPORTED_MODULE_6__/* .MERGE_METHODS */ .Y], 'auto'),
        chain: inputs.choice('chain', ['auto', 'dispatch', 'off'], 'auto'),
        argocd: inputs.string('argocd-server') === undefined ? undefined : (0,_argocd_diff_read_argocd_diff_inputs_js__WEBPACK_IMPORTED_MODULE_2__.readArgoCdInputs)(inputs),
    };
    (0,_runtime_debug_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .debugInputs */ .h)('sweep', read);
    return read;
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

/***/ 95988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ compileRegex),
/* harmony export */   J: () => (/* binding */ RegexSyntaxError)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);

/** The expression is not valid RE2; `message` explains why in RE2's words. */
class RegexSyntaxError extends Error {
    constructor(pattern, reason) {
        super(`invalid regular expression ${JSON.stringify(pattern)}: ${reason}`);
        this.name = 'RegexSyntaxError';
    }
}
/** Compiles an RE2 (Go) regular expression; throws RegexSyntaxError when it is not valid RE2. */
function compileRegex(pattern) {
    let compiled;
    try {
        compiled = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(pattern);
    }
    catch (error) {
        const reason = error instanceof re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JSException */ .o_ ? error.message : String(error);
        throw new RegexSyntaxError(pattern, reason);
    }
    const groupCount = compiled.groupCount();
    return {
        source: pattern,
        groupCount,
        groupNames: new Map(Object.entries(compiled.namedGroups())),
        test: (input) => compiled.matcher(input).find(),
        matches: (input) => findAll(compiled, input, groupCount),
    };
}
function findAll(compiled, input, groupCount) {
    const matcher = compiled.matcher(input);
    const found = [];
    let searchFrom = 0;
    let previousEnd = -1;
    // Go's rule: an empty match right after the previous match is not reported.
    while (searchFrom <= input.length && matcher.find(searchFrom)) {
        const start = matcher.start();
        const end = matcher.end();
        if (!(start === end && start === previousEnd)) {
            const groups = [];
            for (let i = 0; i <= groupCount; i++)
                groups.push(matcher.group(i) ?? undefined);
            found.push({ start, end, groups });
        }
        previousEnd = end;
        searchFrom = end > start ? end : end + 1;
    }
    return found;
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


/***/ })

};
