export const id = 293;
export const ids = [293];
export const modules = {

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

/***/ 69293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readWebhookFanoutInputs: () => (/* binding */ readWebhookFanoutInputs)
/* harmony export */ });
/* harmony import */ var _runtime_debug_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47493);
/* harmony import */ var _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12291);
/* harmony import */ var _shared_read_github_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91123);
/* harmony import */ var _shared_read_webhook_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21889);




/** Reads and validates the webhook-fanout action's inputs before anything else runs; secrets are masked first. */
function readWebhookFanoutInputs(inputs = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .createInputReader */ .i)()) {
    const read = {
        ...(0,_shared_read_github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readGitHubInputs */ .B)(inputs),
        ...(0,_shared_read_webhook_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .readWebhookSecrets */ .V)(inputs),
        concurrency: inputs.integer('concurrency', 20, { min: 1, max: 256 }),
        timeoutMs: inputs.integer('timeout-ms', 10_000, { min: 100, max: 300_000 }),
        retries: inputs.integer('retries', 3, { min: 0, max: 10 }),
        failOnError: inputs.boolean('fail-on-error', true),
        dryRun: inputs.boolean('dry-run', false),
    };
    (0,_runtime_debug_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .debugInputs */ .h)('webhook-fanout', read);
    return read;
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
