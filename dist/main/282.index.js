export const id = 282;
export const ids = [282];
export const modules = {

/***/ 47353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readArgoCdInputs),
/* harmony export */   V: () => (/* binding */ readArgoCdDiffInputs)
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

/***/ 16685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ createAxiosArgoCd)
});

// EXTERNAL MODULE: ./node_modules/axios/lib/axios.js + 65 modules
var axios = __webpack_require__(41542);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: ./src/core/errors/external-error.ts
var external_error = __webpack_require__(91787);
// EXTERNAL MODULE: ./src/core/secrets/create-secret-scrubber.ts + 1 modules
var create_secret_scrubber = __webpack_require__(57200);
;// CONCATENATED MODULE: ./src/adapters/argocd/decode-argocd-responses.ts
/** A response field that is not what Argo CD's description promises. */
class ArgoCdDecodeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ArgoCdDecodeError';
    }
}
function parseObject(text, what) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new ArgoCdDecodeError(`${what} is not JSON: ${error.message}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new ArgoCdDecodeError(`${what} is not a JSON object`);
    }
    return value;
}
/** Argo CD sends resource states as JSON strings, `"null"` (or nothing) for a missing side. */
function parseState(text, what) {
    if (text === undefined || text === '' || text === 'null')
        return undefined;
    return parseObject(text, what);
}
/** Decodes a ManifestResponse: every manifest is a JSON string holding one object. */
function decodeManifests(data) {
    const raw = (data ?? {});
    const manifests = raw.manifests ?? [];
    if (!Array.isArray(manifests))
        throw new ArgoCdDecodeError('manifests is not a list');
    return {
        objects: manifests.map((text, i) => {
            if (typeof text !== 'string')
                throw new ArgoCdDecodeError(`manifest ${i} is not a string`);
            return parseObject(text, `manifest ${i}`);
        }),
        revision: raw.revision,
        namespace: raw.namespace,
        server: raw.server,
        sourceType: raw.sourceType,
    };
}
/** Decodes ManagedResourcesResponse items, parsing their JSON-string states. */
function decodeManagedResources(data) {
    const items = (data ?? {}).items ?? [];
    if (!Array.isArray(items))
        throw new ArgoCdDecodeError('items is not a list');
    return items.map((item) => {
        const id = `${item.namespace ?? ''}/${item.kind ?? ''}/${item.name ?? ''}`;
        return {
            group: item.group ?? '',
            kind: item.kind ?? '',
            namespace: item.namespace ?? '',
            name: item.name ?? '',
            liveState: parseState(item.liveState, `liveState of ${id}`),
            normalizedLiveState: parseState(item.normalizedLiveState, `normalizedLiveState of ${id}`),
            targetState: parseState(item.targetState, `targetState of ${id}`),
            predictedLiveState: parseState(item.predictedLiveState, `predictedLiveState of ${id}`),
            modified: item.modified === true,
            hook: item.hook === true,
        };
    });
}

;// CONCATENATED MODULE: ./src/adapters/argocd/resolve-argocd-base-url.ts
/**
 * The base URL of the Argo CD API from a server address. An address without a scheme (`argocd.example.com:443`,
 * the Go bot's `ARGOCD_SERVER_ADDR`) gets `https://`, or `http://` with `plaintext`; an explicit scheme wins.
 */
function resolveArgoCdBaseUrl(server, options = {}) {
    const trimmed = server.trim().replace(/\/+$/, '');
    if (/^https?:\/\//i.test(trimmed))
        return trimmed;
    return `${options.plaintext === true ? 'http' : 'https'}://${trimmed}`;
}

// EXTERNAL MODULE: ./src/core/errors/error-message.ts
var error_message = __webpack_require__(98307);
;// CONCATENATED MODULE: ./src/adapters/argocd/create-axios-argocd.ts







const SERVICE = 'Argo CD';
const retryableStatuses = new Set([500, 502, 503, 504]);
const unsentErrorCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
const transientErrorCodes = new Set([
    ...unsentErrorCodes,
    'ECONNRESET',
    'ECONNABORTED',
    'ETIMEDOUT',
    'EPIPE',
    'ERR_NETWORK',
    'ERR_BAD_RESPONSE',
]);
const enc = encodeURIComponent;
function queryString(query) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
        if (value === undefined)
            continue;
        for (const item of typeof value === 'string' ? [value] : value)
            params.append(key, item);
    }
    const text = params.toString();
    return text === '' ? '' : `?${text}`;
}
function responseMessage(response) {
    const data = response.data;
    if (typeof data === 'object' && data !== null) {
        if (typeof data.message === 'string' && data.message !== '')
            return data.message;
        if (typeof data.error === 'string' && data.error !== '')
            return data.error;
    }
    if (typeof data === 'string' && data.trim() !== '')
        return data.trim().slice(0, 500);
    return response.statusText || `HTTP ${response.status}`;
}
function retryAfterMs(response) {
    const header = response.headers['retry-after'];
    const seconds = header === undefined ? Number.NaN : Number(header);
    return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}
/**
 * The Argo CD port over axios: bearer token, a timeout per request, bounded retries with exponential backoff on
 * 5xx, timeouts and network errors (a create is retried only when the request cannot have arrived), optional
 * TLS verification skip and plain HTTP. Failures become ExternalError naming the operation and app.
 */
function createAxiosArgoCd(options) {
    const client = axios/* default */.A.create({
        baseURL: resolveArgoCdBaseUrl(options.server, { plaintext: options.plaintext }),
        timeout: options.timeoutMs ?? 30_000,
        headers: { Authorization: `Bearer ${options.token}`, Accept: 'application/json' },
        validateStatus: () => true,
        maxRedirects: 0,
        transitional: { clarifyTimeoutError: true, silentJSONParsing: true, forcedJSONParsing: true },
        ...(options.insecure === true ? { httpsAgent: new external_node_https_.Agent({ rejectUnauthorized: false }) } : {}),
    });
    // Argo CD and proxies in front of it may echo the request, Authorization header included, in an error.
    const scrubber = (0,create_secret_scrubber/* createSecretScrubber */.d)([options.token]);
    const scrub = (text) => scrubber.scrub(text);
    const retries = options.retries ?? 3;
    const baseDelay = options.retryDelayMs ?? 500;
    const maxDelay = options.maxRetryDelayMs ?? 8_000;
    const send = async (call) => {
        const path = `${call.path}${queryString(call.query)}`;
        for (let attempt = 0;; attempt++) {
            options.onRequest?.({ method: call.method, path: call.path, attempt });
            let response;
            try {
                response = await client.request({ method: call.method, url: path, data: call.body });
            }
            catch (error) {
                const code = axios/* default */.A.isAxiosError(error) ? (error.code ?? '') : '';
                const retryable = (call.retry === 'transient' ? transientErrorCodes : unsentErrorCodes).has(code);
                if (retryable && attempt < retries) {
                    await backoff(call, attempt, `${code} ${error.message}`);
                    continue;
                }
                const message = (0,error_message/* errorMessage */.g)(error);
                throw new external_error/* ExternalError */.y(scrub(`${message}${attempt > 0 ? ` (after ${attempt + 1} attempts)` : ''}`), {
                    service: SERVICE,
                    operation: call.operation,
                    cause: error,
                });
            }
            if (response.status >= 200 && response.status < 300)
                return response.data;
            const retryable = call.retry === 'transient' ? retryableStatuses.has(response.status) : response.status === 503;
            if (retryable && attempt < retries) {
                await backoff(call, attempt, `HTTP ${response.status}`, retryAfterMs(response));
                continue;
            }
            throw new external_error/* ExternalError */.y(scrub(responseMessage(response)), {
                service: SERVICE,
                operation: call.operation,
                status: response.status,
            });
        }
    };
    const backoff = async (call, attempt, reason, requested) => {
        const delay = Math.min(maxDelay, requested ?? baseDelay * 2 ** attempt);
        options.logger?.debug(`${SERVICE} ${call.operation}: ${scrub(reason)}; retry ${attempt + 1}/${retries} in ${Math.round(delay)} ms`);
        await new Promise((resolve) => setTimeout(resolve, delay));
    };
    const decoded = (call, decode) => send(call).then((data) => {
        try {
            return decode(data);
        }
        catch (error) {
            if (!(error instanceof ArgoCdDecodeError))
                throw error;
            throw new external_error/* ExternalError */.y(scrub(error.message), {
                service: SERVICE,
                operation: call.operation,
                cause: error,
            });
        }
    });
    const items = (data) => data?.items ?? [];
    return {
        getSettings: () => send({
            method: 'GET',
            path: '/api/v1/settings',
            operation: 'get settings',
            retry: 'transient',
        }),
        listApplications: (query = {}) => send({
            method: 'GET',
            path: '/api/v1/applications',
            query: { repo: query.repo, selector: query.selector },
            operation: `list applications${query.repo ? ` of repo ${query.repo}` : ''}${query.selector ? ` with selector ${query.selector}` : ''}`,
            retry: 'transient',
        }).then((data) => items(data)),
        getApplication: (name, getOptions = {}) => send({
            method: 'GET',
            path: `/api/v1/applications/${enc(name)}`,
            query: { refresh: getOptions.refresh },
            operation: `get app "${name}"`,
            retry: 'transient',
        }),
        getManifests: (name, revision, manifestOptions = {}) => {
            const position = manifestOptions.sourcePosition;
            return decoded({
                method: 'GET',
                path: `/api/v1/applications/${enc(name)}/manifests`,
                query: position === undefined
                    ? { revision }
                    : { revisions: [revision], sourcePositions: [String(position)] },
                operation: `get manifests of app "${name}" at revision "${revision}"`,
                retry: 'transient',
            }, decodeManifests);
        },
        getManagedResources: (name) => decoded({
            method: 'GET',
            path: `/api/v1/applications/${enc(name)}/managed-resources`,
            operation: `get managed resources of app "${name}"`,
            retry: 'transient',
        }, decodeManagedResources),
        listApplicationSets: () => send({
            method: 'GET',
            path: '/api/v1/applicationsets',
            operation: 'list applicationsets',
            retry: 'transient',
        }).then((data) => items(data)),
        createApplication: (app, createOptions = {}) => send({
            method: 'POST',
            path: '/api/v1/applications',
            query: {
                validate: String(createOptions.validate ?? false),
                upsert: createOptions.upsert === undefined ? undefined : String(createOptions.upsert),
            },
            body: app,
            operation: `create app "${app.metadata.name}"`,
            retry: 'unsent',
        }),
        deleteApplication: async (name, deleteOptions = {}) => {
            await send({
                method: 'DELETE',
                path: `/api/v1/applications/${enc(name)}`,
                query: { cascade: String(deleteOptions.cascade ?? false) },
                operation: `delete app "${name}"`,
                retry: 'transient',
            });
        },
        patchApplicationTargetRevision: (name, targetRevision, patchOptions = {}) => {
            const position = patchOptions.sourcePosition;
            // A merge patch replaces whole lists, so a multi-source app gets a JSON patch of the one source.
            const body = position === undefined
                ? { name, patchType: 'merge', patch: JSON.stringify({ spec: { source: { targetRevision } } }) }
                : {
                    name,
                    patchType: 'json',
                    patch: JSON.stringify([
                        { op: 'add', path: `/spec/sources/${position - 1}/targetRevision`, value: targetRevision },
                    ]),
                };
            return send({
                method: 'PATCH',
                path: `/api/v1/applications/${enc(name)}`,
                body,
                operation: `set target revision of app "${name}" to "${targetRevision}"`,
                retry: 'transient',
            });
        },
    };
}


/***/ }),

/***/ 95798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ cleanRepoPath),
/* harmony export */   z: () => (/* binding */ isInsideFolder)
/* harmony export */ });
/**
 * A repository path cleaned like Go's `path.Clean` without the leading `/`: `.` and empty segments dropped,
 * `..` resolved, no trailing `/`. The repository root is the empty string.
 */
function cleanRepoPath(input) {
    const out = [];
    for (const segment of input.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..')
            out.pop();
        else
            out.push(segment);
    }
    return out.join('/');
}
/** True when `path` equals `folder` or lies inside it; the root (`''`) contains everything. */
function isInsideFolder(path, folder) {
    if (folder.startsWith('..'))
        return false;
    return folder === '' || path === folder || path.startsWith(`${folder}/`);
}


/***/ }),

/***/ 6423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UA: () => (/* binding */ componentPathSelector),
/* harmony export */   k1: () => (/* binding */ componentPathSha1Label)
/* harmony export */ });
/* unused harmony export componentPathSha1 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** The label the Go bot and user ApplicationSets put on an Application: SHA-1 of the component path. */
const componentPathSha1Label = 'telefonistka.io/component-path-sha1';
/**
 * Hex SHA-1 of a component path, the value of `telefonistka.io/component-path-sha1`
 * (`workspace/nginx` -> `dbce8166...`). A trailing `/` is dropped first: ApplicationSets hash `{{.path.path}}`,
 * which never ends with one.
 */
function componentPathSha1(componentPath) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(componentPath.replace(/\/+$/, ''), 'utf8').digest('hex');
}
/** The label selector that finds the Application of a component (`telefonistka.io/component-path-sha1=<sha1>`). */
function componentPathSelector(componentPath) {
    return `${componentPathSha1Label}=${componentPathSha1(componentPath)}`;
}


/***/ }),

/***/ 97659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ findAppSetForComponent),
  H: () => (/* binding */ normalizeRepoUrl)
});

;// CONCATENATED MODULE: ./src/core/argocd/go-path-match.ts
// A port of Go's `path.Match` (src/path/match.go): the glob semantics of Argo CD's Git directory generator,
// where `*` and `?` never cross a `/`. Written over code points, as Go decodes runes.
/** The pattern is malformed (Go's `path.ErrBadPattern`). */
class BadPatternError extends Error {
    constructor(pattern) {
        super(`syntax error in pattern ${JSON.stringify(pattern)}`);
        this.name = 'BadPatternError';
    }
}
/**
 * Whether `name` matches the shell pattern `pattern` exactly as Go's `path.Match` decides: `*` is any run of
 * non-`/` characters, `?` one non-`/` character, `[...]`/`[^...]` a class with ranges, `\` escapes. Throws
 * BadPatternError for a malformed pattern, like Go's `ErrBadPattern`.
 */
function goPathMatch(pattern, name) {
    let rest = Array.from(pattern);
    let text = Array.from(name);
    pattern: while (rest.length > 0) {
        const scanned = scanChunk(rest);
        const { star, chunk } = scanned;
        rest = scanned.rest;
        if (star && chunk.length === 0)
            return !text.includes('/');
        const here = matchChunk(chunk, text, pattern);
        if (here.ok && (here.rest.length === 0 || rest.length > 0)) {
            text = here.rest;
            continue;
        }
        if (star) {
            for (let i = 0; i < text.length && text[i] !== '/'; i++) {
                const skipped = matchChunk(chunk, text.slice(i + 1), pattern);
                if (skipped.ok) {
                    if (rest.length === 0 && skipped.rest.length > 0)
                        continue;
                    text = skipped.rest;
                    continue pattern;
                }
            }
        }
        // Go checks that the rest of the pattern is well formed before answering false.
        while (rest.length > 0) {
            const next = scanChunk(rest);
            rest = next.rest;
            matchChunk(next.chunk, [], pattern);
        }
        return false;
    }
    return text.length === 0;
}
function scanChunk(pattern) {
    let start = 0;
    while (start < pattern.length && pattern[start] === '*')
        start++;
    let inRange = false;
    let i = start;
    scan: for (; i < pattern.length; i++) {
        switch (pattern[i]) {
            case '\\':
                if (i + 1 < pattern.length)
                    i++;
                break;
            case '[':
                inRange = true;
                break;
            case ']':
                inRange = false;
                break;
            case '*':
                if (!inRange)
                    break scan;
                break;
        }
    }
    return { star: start > 0, chunk: pattern.slice(start, i), rest: pattern.slice(i) };
}
function matchChunk(chunkIn, textIn, pattern) {
    let chunk = chunkIn;
    let text = textIn;
    let failed = false;
    while (chunk.length > 0) {
        if (!failed && text.length === 0)
            failed = true;
        const head = chunk[0];
        if (head === '[') {
            let rune = '';
            if (!failed) {
                rune = text[0] ?? '';
                text = text.slice(1);
            }
            chunk = chunk.slice(1);
            let negated = false;
            if (chunk[0] === '^') {
                negated = true;
                chunk = chunk.slice(1);
            }
            let match = false;
            let ranges = 0;
            for (;;) {
                if (chunk[0] === ']' && ranges > 0) {
                    chunk = chunk.slice(1);
                    break;
                }
                const lo = getEscaped(chunk, pattern);
                chunk = lo.rest;
                let hi = lo.rune;
                if (chunk[0] === '-') {
                    const upper = getEscaped(chunk.slice(1), pattern);
                    chunk = upper.rest;
                    hi = upper.rune;
                }
                if (!failed && codePoint(lo.rune) <= codePoint(rune) && codePoint(rune) <= codePoint(hi))
                    match = true;
                ranges++;
            }
            if (match === negated)
                failed = true;
            continue;
        }
        if (head === '?') {
            if (!failed) {
                if (text[0] === '/')
                    failed = true;
                text = text.slice(1);
            }
            chunk = chunk.slice(1);
            continue;
        }
        if (head === '\\') {
            chunk = chunk.slice(1);
            if (chunk.length === 0)
                throw new BadPatternError(pattern);
        }
        if (!failed) {
            if (chunk[0] !== text[0])
                failed = true;
            text = text.slice(1);
        }
        chunk = chunk.slice(1);
    }
    return failed ? { rest: [], ok: false } : { rest: text, ok: true };
}
function getEscaped(chunkIn, pattern) {
    let chunk = chunkIn;
    if (chunk.length === 0 || chunk[0] === '-' || chunk[0] === ']')
        throw new BadPatternError(pattern);
    if (chunk[0] === '\\') {
        chunk = chunk.slice(1);
        if (chunk.length === 0)
            throw new BadPatternError(pattern);
    }
    const rune = chunk[0] ?? '';
    const rest = chunk.slice(1);
    if (rest.length === 0)
        throw new BadPatternError(pattern);
    return { rune, rest };
}
function codePoint(rune) {
    return rune.codePointAt(0) ?? -1;
}

;// CONCATENATED MODULE: ./src/core/argocd/find-app-set-for-component.ts

/** Repository URLs compare without case, trailing `/` and `.git`, as Argo CD normalizes them. */
function normalizeRepoUrl(url) {
    return url
        .trim()
        .toLowerCase()
        .replace(/\/+$/, '')
        .replace(/\.git$/, '');
}
/**
 * The first ApplicationSet with a generator that would produce an app for `componentPath`: a Git directory
 * generator on the PR repository whose `directories[].path` glob matches (Go `path.Match`: `*` does not cross
 * `/`; a matching `exclude: true` entry rules the directory out), or a Plugin generator whose `path` input
 * parameter matches. Matrix, merge and other generators are not searched (as in the Go bot).
 */
function findAppSetForComponent(appSets, componentPath, repoUrl) {
    const warnings = [];
    const path = componentPath.replace(/\/+$/, '');
    const matches = (appSet, pattern) => {
        try {
            return goPathMatch(pattern, path);
        }
        catch (error) {
            if (!(error instanceof BadPatternError))
                throw error;
            warnings.push(`ApplicationSet ${appSet.metadata.name}: ${error.message}`);
            return false;
        }
    };
    for (const appSet of appSets) {
        for (const generator of appSet.spec.generators ?? []) {
            const git = objectAt(generator, 'git');
            if (git !== undefined && normalizeRepoUrl(stringAt(git, 'repoURL')) === normalizeRepoUrl(repoUrl)) {
                const directories = arrayAt(git, 'directories');
                const excluded = directories.some((d) => d['exclude'] === true && matches(appSet, stringAt(d, 'path')));
                const hit = directories.find((d) => d['exclude'] !== true && matches(appSet, stringAt(d, 'path')));
                if (hit !== undefined && !excluded)
                    return { match: { appSet, generator: 'git', pattern: stringAt(hit, 'path') }, warnings };
            }
            const plugin = objectAt(generator, 'plugin');
            const parameter = plugin === undefined ? undefined : objectAt(objectAt(plugin, 'input'), 'parameters');
            const pattern = parameter?.['path'];
            if (typeof pattern === 'string' && matches(appSet, pattern))
                return { match: { appSet, generator: 'plugin', pattern }, warnings };
        }
    }
    return { match: undefined, warnings };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function objectAt(object, key) {
    const value = object?.[key];
    return isObject(value) ? value : undefined;
}
function arrayAt(object, key) {
    const value = object[key];
    return Array.isArray(value) ? value.filter(isObject) : [];
}
function stringAt(object, key) {
    const value = object[key];
    return typeof value === 'string' ? value : '';
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

/***/ 36075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ shortenStatusDescription)
/* harmony export */ });
/* unused harmony export MAX_STATUS_DESCRIPTION */
/** GitHub refuses status descriptions longer than 140 characters. */
const MAX_STATUS_DESCRIPTION = 140;
// GitHub also refuses any character outside the Basic Multilingual Plane ("description doesn't accept 4-byte
// Unicode", e.g. an emoji); the joiners and variation selectors that glued an emoji together go with it.
const FOUR_BYTE = /[\u{10000}-\u{10FFFF}]|\u200D|\uFE0E|\uFE0F/gu;
/**
 * A commit status description GitHub accepts: one line, without 4-byte characters (emoji from a freeze file or a
 * hold reason), at most `limit` (140) characters, never ending in half a surrogate pair.
 */
function shortenStatusDescription(text, limit = MAX_STATUS_DESCRIPTION) {
    const line = text.replace(FOUR_BYTE, ' ').replace(/\s+/g, ' ').trim();
    if (line.length <= limit)
        return line;
    return `${line.slice(0, limit - 1).trimEnd()}…`;
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

/***/ 5405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ createAppFinder)
});

// EXTERNAL MODULE: ./src/core/argocd/component-path-sha1.ts
var component_path_sha1 = __webpack_require__(6423);
// EXTERNAL MODULE: ./src/core/argocd/clean-repo-path.ts
var clean_repo_path = __webpack_require__(95798);
;// CONCATENATED MODULE: ./src/core/argocd/find-app-for-component.ts

/** Argo CD's annotation listing the repository paths an application is rendered from. */
const manifestGeneratePathsAnnotation = 'argocd.argoproj.io/manifest-generate-paths';
/**
 * Finds the first application whose `argocd.argoproj.io/manifest-generate-paths` annotation covers the
 * component path. Elements are `;`-separated; a leading `/` means the repository root and other elements are
 * relative to each source's `path` (Argo CD's rules); a plain element is also tried from the root, as the Go
 * bot did. Deliberate fixes: an app without the annotation matches nothing (the Go bot matched it to every
 * component), absolute elements work, and multi-source apps (`spec.sources`) are supported.
 */
function findAppForComponent(apps, componentPath, options = {}) {
    const component = (0,clean_repo_path/* cleanRepoPath */.$)(componentPath);
    for (const app of apps) {
        const annotation = app.metadata.annotations?.[manifestGeneratePathsAnnotation];
        if (annotation === undefined || annotation.trim() === '')
            continue;
        const sources = sourcesOf(app);
        for (const element of annotation.split(';').map((e) => e.trim())) {
            if (element === '')
                continue;
            const hit = candidatesOf(element, sources).find((c) => (0,clean_repo_path/* isInsideFolder */.z)(component, c.path));
            if (hit !== undefined) {
                const sourcePosition = app.spec.sources?.length
                    ? (hit.source ?? owningSource(sources, component, options.repoUrl))
                    : undefined;
                return { app, sourcePosition, matchedPath: hit.path };
            }
        }
    }
    return undefined;
}
function sourcesOf(app) {
    if (app.spec.sources !== undefined && app.spec.sources.length > 0)
        return app.spec.sources;
    return app.spec.source === undefined ? [] : [app.spec.source];
}
function candidatesOf(element, sources) {
    if (element.startsWith('/'))
        return [{ path: (0,clean_repo_path/* cleanRepoPath */.$)(element), source: undefined }];
    const relative = sources.flatMap((source, i) => source.path === undefined ? [] : [{ path: (0,clean_repo_path/* cleanRepoPath */.$)(`${source.path}/${element}`), source: i + 1 }]);
    // The Go bot read elements that do not start with "." from the repository root; keep that reading too.
    return element.startsWith('.')
        ? relative
        : [...relative, { path: (0,clean_repo_path/* cleanRepoPath */.$)(element), source: undefined }];
}
function owningSource(sources, component, repoUrl) {
    const withPath = sources
        .map((source, i) => ({ source, position: i + 1 }))
        .filter(({ source }) => source.path !== undefined && (repoUrl === undefined || source.repoURL === repoUrl));
    const owner = withPath.find(({ source }) => {
        const folder = (0,clean_repo_path/* cleanRepoPath */.$)(source.path ?? '');
        return (0,clean_repo_path/* isInsideFolder */.z)(component, folder) || (0,clean_repo_path/* isInsideFolder */.z)(folder, component);
    });
    return (owner ?? withPath[0])?.position;
}

// EXTERNAL MODULE: ./src/core/argocd/find-app-set-for-component.ts + 1 modules
var find_app_set_for_component = __webpack_require__(97659);
;// CONCATENATED MODULE: ./src/use-cases/argocd-diff/create-app-finder.ts



/**
 * App discovery as configured: with `useSHALabelForAppDiscovery` one server-side label-selector query per
 * component (`telefonistka.io/component-path-sha1=<sha1 of the path>`, first app wins); otherwise the
 * repository's apps are listed once and matched by their `manifest-generate-paths` annotation. Both filter
 * by the PR repository's URL, which must equal the apps' `repoURL`.
 */
function createAppFinder(argocd, options) {
    let listed;
    return {
        async find(componentPath) {
            if (options.useShaLabel) {
                const apps = await argocd.listApplications({
                    repo: options.repoUrl,
                    selector: (0,component_path_sha1/* componentPathSelector */.UA)(componentPath),
                });
                const app = apps[0];
                return app === undefined
                    ? undefined
                    : { app, sourcePosition: ownSourcePosition(app, options.repoUrl), matchedPath: componentPath };
            }
            listed ??= argocd.listApplications({ repo: options.repoUrl });
            return findAppForComponent(await listed, componentPath, { repoUrl: options.repoUrl });
        },
    };
}
/** For a multi-source app: the first source from the PR repository with a path, else the first from it. */
function ownSourcePosition(app, repoUrl) {
    const sources = app.spec.sources ?? [];
    if (sources.length === 0)
        return undefined;
    const ours = sources
        .map((source, i) => ({ source, position: i + 1 }))
        .filter(({ source }) => (0,find_app_set_for_component/* normalizeRepoUrl */.H)(source.repoURL ?? '') === (0,find_app_set_for_component/* normalizeRepoUrl */.H)(repoUrl));
    return (ours.find(({ source }) => source.path !== undefined) ?? ours[0] ?? { position: 1 }).position;
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


/***/ })

};
