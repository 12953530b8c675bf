export const id = 521;
export const ids = [521];
export const modules = {

/***/ 41521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readDashboardInputs: () => (/* binding */ readDashboardInputs)
/* harmony export */ });
/* harmony import */ var _runtime_debug_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47493);
/* harmony import */ var _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12291);
/* harmony import */ var _shared_read_github_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91123);
/* harmony import */ var _shared_read_write_interval_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96685);




/** Reads and validates the dashboard flow's inputs (the token and checkout of promote, the write spacing). */
function readDashboardInputs(inputs = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .createInputReader */ .i)()) {
    const read = { ...(0,_shared_read_github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readGitHubInputs */ .B)(inputs), ...(0,_shared_read_write_interval_js__WEBPACK_IMPORTED_MODULE_3__/* .readWriteInterval */ .T)(inputs) };
    (0,_runtime_debug_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .debugInputs */ .h)('dashboard', read);
    return read;
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
