export const id = 353;
export const ids = [353];
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

/***/ 96685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ readWriteInterval)
/* harmony export */ });
/** `write-interval-ms` of the actions that write to GitHub: GitHub asks for one second between content writes. */
function readWriteInterval(inputs) {
    return { writeIntervalMs: inputs.integer('write-interval-ms', 1000, { min: 0, max: 60_000 }) };
}


/***/ })

};
