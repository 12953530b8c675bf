export const id = 979;
export const ids = [979];
export const modules = {

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

/***/ 10494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ workflowDefaultBranch),
/* harmony export */   d: () => (/* binding */ createWorkflowGitHub)
/* harmony export */ });
/* harmony import */ var _adapters_github_create_octokit_github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76298);
/* harmony import */ var _runtime_secret_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66148);


/**
 * The GitHubPort of the workflow's repository for `token`, with write spacing from the `write-interval-ms`
 * input and the repository node id from the event (saves a GraphQL lookup for compare-and-swap ref updates);
 * every text it writes to GitHub is scrubbed of the step's secrets.
 */
function createWorkflowGitHub(client, workflow, logger) {
    const { token, writeIntervalMs } = client;
    const repository = workflow.payload.repository;
    return (0,_adapters_github_create_octokit_github_js__WEBPACK_IMPORTED_MODULE_0__/* .createOctokitGitHub */ .N)({
        token,
        owner: workflow.owner,
        repo: workflow.repo,
        baseUrl: workflow.apiUrl,
        logger,
        writeIntervalMs,
        scrubText: _runtime_secret_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .scrubSecrets */ .Z,
        ...(repository?.node_id === undefined ? {} : { repositoryNodeId: repository.node_id }),
    });
}
/** The repository's default branch from the event payload, else from the API (one call). */
async function workflowDefaultBranch(workflow, github) {
    const repository = workflow.payload.repository;
    return repository?.default_branch ?? (await github.getRepository()).defaultBranch;
}


/***/ }),

/***/ 40083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ matchesLogin)
/* harmony export */ });
/**
 * Whether a login GitHub reported for an author (REST `user.login`) is the identity `known`. Logins compare
 * without case. `known` may lack the `[bot]` suffix (GraphQL's `viewer` and actor logins omit it for Apps), so
 * `my-app[bot]` matches `my-app`; a login without the suffix never matches a bot's, so a person who registered
 * `my-app` is not taken for the App `my-app[bot]`.
 */
function matchesLogin(author, known) {
    const a = author.trim().toLowerCase();
    const k = known.trim().toLowerCase();
    if (a === '' || k === '')
        return false;
    return a === k || a === `${k}[bot]`;
}


/***/ }),

/***/ 13385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LC: () => (/* binding */ COMPACT_METADATA_PREFIX),
/* harmony export */   ZQ: () => (/* binding */ metadataComment),
/* harmony export */   gH: () => (/* binding */ compactMetadataComment)
/* harmony export */ });
/* unused harmony exports METADATA_MARKER, encodePromotionMetadata */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _compare_strings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16277);


/** The marker the Go bot puts before the metadata; bodies are found by it across hops. */
const METADATA_MARKER = 'Telefonistka data, do not delete';
/**
 * Base64 (standard alphabet, padded) of the metadata JSON, keys in the Go bot's order. History keys are PR
 * numbers, which JSON.stringify writes in ascending numeric order; paths are written sorted.
 */
function encodePromotionMetadata(metadata) {
    return Buffer.from(metadataJson(metadata), 'utf8').toString('base64');
}
/** The HTML comment that carries the metadata at the end of a promotion PR body (the Go bot's form). */
function metadataComment(metadata) {
    return `<!--|${METADATA_MARKER}|${encodePromotionMetadata(metadata)}|-->`;
}
/** Opening of the compact metadata comment (see `compactMetadataComment`). */
const COMPACT_METADATA_PREFIX = '<!-- telefonistka-data:deflate:';
/**
 * The compact form, for promotions too large for the Go form in a 65,536-character body: the same JSON,
 * raw DEFLATE (RFC 1951), base64, as `<!-- telefonistka-data:deflate:<base64> -->`. Paths of one promotion
 * share long prefixes, so 5,000 target folders take about 17,000 characters instead of 310,000. The Go bot
 * does not read it (its regex needs `<!--|`); this action reads both forms.
 */
function compactMetadataComment(metadata) {
    const packed = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.deflateRawSync)(Buffer.from(metadataJson(metadata), 'utf8'), { level: 9 });
    return `${COMPACT_METADATA_PREFIX}${packed.toString('base64')} -->`;
}
function metadataJson(metadata) {
    const history = {};
    for (const [pr, hop] of Object.entries(metadata.previousPromotionPaths)) {
        history[pr] = { sourcePath: hop.sourcePath, targetPaths: [...hop.targetPaths] };
    }
    return JSON.stringify({
        originalPrAuthor: metadata.originalPrAuthor,
        originalPrNumber: metadata.originalPrNumber,
        promotedPaths: [...metadata.promotedPaths].sort(_compare_strings_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .K),
        previousPromotionPaths: history,
    });
}


/***/ }),

/***/ 30268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ findChangedComponents)
/* harmony export */ });
/* harmony import */ var _compare_strings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16277);
/* harmony import */ var _flow_matcher_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18071);


/** At most this many ignored files are named one by one; the rest are counted. */
const MAX_IGNORED_FILES_LISTED = 50;
/**
 * Step A of planning: each changed file (both paths of a rename) belongs to the first `promotionPaths[]`
 * entry whose sourcePath matches it anchored at the start; its component is the next path segment (plus
 * `componentPathExtraDepth` more). Files directly in a source folder, or too shallow for the depth, belong
 * to no component and do not fall through to later flows (the Go bot turned them into garbage components).
 */
function findChangedComponents(config, files) {
    const matcher = (0,_flow_matcher_js__WEBPACK_IMPORTED_MODULE_0__/* .createFlowMatcher */ .$)(config);
    // Verdicts are shared objects (one per directory or component folder): collect them by identity first,
    // so 100,000 files cost no string building; de-duplicate by source and component afterwards.
    const verdicts = new Set();
    const ignored = new Map();
    const visit = (path) => {
        const verdict = matcher.matchPath(path);
        if (verdict.kind === 'component')
            verdicts.add(verdict);
        else if (verdict.kind === 'shallow')
            ignored.set(path, verdict.flowIndex);
    };
    for (const file of files) {
        visit(file.path);
        if (file.previousPath !== undefined && file.previousPath !== file.path)
            visit(file.previousPath);
    }
    const found = new Map();
    for (const verdict of verdicts) {
        if (verdict.kind !== 'component')
            continue;
        const key = `${verdict.sourcePath}\u0000${verdict.component}`;
        const known = found.get(key);
        if (known === undefined || verdict.flowIndex < known.flowIndex) {
            const { sourcePath, component, flowIndex } = verdict;
            found.set(key, { sourcePath, component, flowIndex });
        }
    }
    const components = [...found.values()].sort((a, b) => (0,_compare_strings_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .K)(a.sourcePath, b.sourcePath) || (0,_compare_strings_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .K)(a.component, b.component));
    return { components, warnings: ignoredFileWarnings(config, ignored) };
}
function ignoredFileWarnings(config, ignored) {
    const paths = [...ignored.keys()].sort(_compare_strings_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .K);
    const warnings = paths.slice(0, MAX_IGNORED_FILES_LISTED).map((path) => {
        const flowIndex = ignored.get(path) ?? 0;
        const flow = config.promotionPaths[flowIndex];
        const depth = flow?.componentPathExtraDepth ?? 0;
        const needs = depth > 0 ? `${depth + 1} folder levels` : 'a component folder';
        return (`${path} is not inside a component of promotionPaths[${flowIndex}] ` +
            `(sourcePath "${flow?.sourcePath ?? ''}" needs ${needs} below it); the file is not promoted`);
    });
    if (paths.length > MAX_IGNORED_FILES_LISTED) {
        warnings.push(`${paths.length - MAX_IGNORED_FILES_LISTED} more changed files are not inside a component`);
    }
    return warnings;
}


/***/ }),

/***/ 18071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ createFlowMatcher)
});

// EXTERNAL MODULE: ./src/core/regex/compile-regex.ts
var compile_regex = __webpack_require__(95988);
;// CONCATENATED MODULE: ./src/core/promotion/fixed-slash-count.ts
/** Escapes that match no `/` (or no character at all). */
const SLASH_FREE_ESCAPES = new Set(['d', 's', 'w', 'b', 'B', 'A', 'z']);
const QUANTIFIER_START = new Set(['*', '+', '?', '{']);
/**
 * The number of `/` every match of an RE2 pattern contains, when the pattern makes that number fixed: `/` only
 * as plain literals, never repeated, no `.` or class that could match `/`, no alternation. `clusters/[^/]*\/`
 * gives 2. Undefined when the pattern is beyond this conservative reading. With a fixed count, a match of the
 * pattern followed by a component ends at a known slash, so verdicts can be cached per component folder.
 */
function fixedSlashCount(pattern) {
    if (pattern.includes('|'))
        return undefined;
    const scan = { slashes: 0, groups: [], lastAtomHasSlash: undefined };
    let i = 0;
    while (i < pattern.length) {
        const next = step(pattern, i, scan);
        if (next === undefined)
            return undefined;
        i = next;
    }
    return scan.groups.length === 0 ? scan.slashes : undefined;
}
/** Reads one token at `i`; returns where the next starts, or undefined when the pattern is not understood. */
function step(pattern, i, scan) {
    const char = pattern.charAt(i);
    if (QUANTIFIER_START.has(char))
        return quantifier(pattern, i, scan);
    if (char === '\\')
        return fixed_slash_count_escape(pattern, i, scan);
    if (char === '[')
        return characterClass(pattern, i, scan);
    if (char === '(')
        return openGroup(pattern, i, scan);
    if (char === ')')
        return closeGroup(i, scan);
    if (char === '.')
        return undefined;
    if (char === '^' || char === '$') {
        scan.lastAtomHasSlash = undefined;
        return i + 1;
    }
    atom(scan, char === '/');
    return i + String.fromCodePoint(pattern.codePointAt(i) ?? 0).length;
}
function atom(scan, hasSlash) {
    if (hasSlash) {
        scan.slashes++;
        if (scan.groups.length > 0)
            scan.groups[scan.groups.length - 1] = true;
    }
    scan.lastAtomHasSlash = hasSlash;
}
function quantifier(pattern, i, scan) {
    // A repeated `/` (or group holding one) makes the count vary.
    if (scan.lastAtomHasSlash !== false)
        return undefined;
    let end = i + 1;
    if (pattern.charAt(i) === '{') {
        const close = pattern.indexOf('}', i);
        if (close < 0 || !/^\d+(,\d*)?$/.test(pattern.slice(i + 1, close)))
            return undefined;
        end = close + 1;
    }
    if (pattern.charAt(end) === '?')
        end++;
    scan.lastAtomHasSlash = undefined;
    return end;
}
function fixed_slash_count_escape(pattern, i, scan) {
    const escaped = pattern.charAt(i + 1);
    if (escaped === '' || escaped === 'Q')
        return undefined;
    if (/[A-Za-z0-9]/.test(escaped)) {
        if (!SLASH_FREE_ESCAPES.has(escaped))
            return undefined;
        atom(scan, false);
        return i + 2;
    }
    atom(scan, escaped === '/');
    return i + 2;
}
function characterClass(pattern, i, scan) {
    let j = i + 1;
    const negated = pattern.charAt(j) === '^';
    if (negated)
        j++;
    const start = j;
    if (pattern.charAt(j) === ']')
        j++;
    while (j < pattern.length && pattern.charAt(j) !== ']') {
        if (pattern.charAt(j) === '\\' || pattern.startsWith('[:', j))
            return undefined;
        j++;
    }
    if (j >= pattern.length)
        return undefined;
    const body = pattern.slice(start, j);
    // Negated: safe only when it excludes `/`. Positive: safe when it lists no `/` and no range spanning it.
    if (negated ? !body.includes('/') : body.includes('/') || spansSlash(body))
        return undefined;
    atom(scan, false);
    return j + 1;
}
function spansSlash(body) {
    for (let k = 1; k + 1 < body.length; k++) {
        if (body.charAt(k) !== '-')
            continue;
        const low = body.charCodeAt(k - 1);
        const high = body.charCodeAt(k + 1);
        if (low <= 0x2f && high >= 0x2f)
            return true;
    }
    return false;
}
function openGroup(pattern, i, scan) {
    let j = i + 1;
    if (pattern.charAt(j) === '?') {
        // (?:...), (?i), (?i:...), (?P<name>...), (?<name>...)
        const named = /^\?P?<[A-Za-z0-9_]+>/.exec(pattern.slice(j));
        const flags = /^\?[imsU-]*(:|\))/.exec(pattern.slice(j));
        if (named !== null)
            j += named[0].length;
        else if (flags !== null) {
            j += flags[0].length;
            if (flags[1] === ')') {
                scan.lastAtomHasSlash = undefined;
                return j;
            }
        }
        else
            return undefined;
    }
    scan.groups.push(false);
    scan.lastAtomHasSlash = undefined;
    return j;
}
function closeGroup(i, scan) {
    const hasSlash = scan.groups.pop();
    if (hasSlash === undefined)
        return undefined;
    if (hasSlash && scan.groups.length > 0)
        scan.groups[scan.groups.length - 1] = true;
    scan.lastAtomHasSlash = hasSlash;
    return i + 1;
}

// EXTERNAL MODULE: ./src/core/promotion/literal-prefix.ts
var literal_prefix = __webpack_require__(24667);
;// CONCATENATED MODULE: ./src/core/promotion/flow-matcher.ts



const NONE = { kind: 'none' };
/**
 * Compiles each flow's anchored regexes once and caches verdicts per directory, so that planning 100,000
 * changed files runs the RE2 engine once per distinct directory rather than once per file and flow.
 */
function createFlowMatcher(config) {
    const flows = config.promotionPaths.map(compileFlow);
    const cacheable = flows.filter((flow) => flow.cacheable);
    const uncacheable = flows.filter((flow) => !flow.cacheable);
    const byDirectory = new Map();
    const byFolder = new Map();
    const verdictOfDirectory = (directory) => {
        let verdict = byDirectory.get(directory);
        if (verdict === undefined) {
            verdict = firstVerdict(cacheable, directory);
            byDirectory.set(directory, verdict);
        }
        return verdict;
    };
    // Changed files usually come sorted, so the previous file's directory is the likeliest hit.
    let lastDirectory;
    let lastVerdict = NONE;
    const cachedVerdict = (path) => {
        const slash = path.lastIndexOf('/');
        if (lastDirectory !== undefined && slash + 1 === lastDirectory.length && path.startsWith(lastDirectory)) {
            return lastVerdict;
        }
        lastDirectory = path.slice(0, slash + 1);
        lastVerdict = verdictOfDirectory(lastDirectory);
        return lastVerdict;
    };
    return {
        matchPath(path) {
            const verdict = cachedVerdict(path);
            if (uncacheable.length === 0)
                return verdict;
            const limit = verdict.kind === 'none' ? Infinity : verdict.flowIndex;
            const earlier = uncacheable.filter((flow) => flow.index < limit);
            const override = firstVerdict(earlier, path);
            return override.kind === 'none' ? verdict : override;
        },
        matchesFolder(flowIndex, folder) {
            const key = `${flowIndex}\u0000${folder}`;
            let matched = byFolder.get(key);
            if (matched === undefined) {
                const flow = flows[flowIndex];
                matched = flow !== undefined && prefixMatches(flow, folder);
                byFolder.set(key, matched);
            }
            return matched;
        },
    };
}
function compileFlow(config, index) {
    const source = config.sourcePath;
    const depth = Math.max(0, Math.trunc(config.componentPathExtraDepth));
    const { prefix: literal, complete } = (0,literal_prefix/* literalPrefix */.Q)(source);
    const extra = depth > 0 ? `(?:/[^/]+){${depth}}` : '';
    const slashes = fixedSlashCount(source);
    return {
        index,
        depth,
        literal,
        plain: complete,
        cacheable: !source.includes('|') && source.endsWith('/'),
        prefix: (0,compile_regex/* compileRegex */.D)(`^(?:${source})`),
        // Group 1 is the concrete source folder; the component is the last group, after any groups of the user's own.
        component: (0,compile_regex/* compileRegex */.D)(`^(${source})([^/]+${extra})/`),
        boundary: slashes === undefined ? undefined : slashes + depth + 1,
        byComponentFolder: new Map(),
    };
}
function firstVerdict(flows, text) {
    for (const flow of flows) {
        if (!text.startsWith(flow.literal))
            continue;
        const verdict = flow.plain ? plainVerdict(flow, text) : regexVerdict(flow, text);
        if (verdict !== undefined)
            return verdict;
    }
    return NONE;
}
function plainVerdict(flow, text) {
    let end = flow.literal.length - 1;
    for (let segment = 0; segment <= flow.depth; segment++) {
        const next = text.indexOf('/', end + 1);
        if (next < 0 || next === end + 1)
            return { kind: 'shallow', flowIndex: flow.index };
        end = next;
    }
    return {
        kind: 'component',
        flowIndex: flow.index,
        sourcePath: flow.literal,
        component: text.slice(flow.literal.length, end),
    };
}
function regexVerdict(flow, text) {
    const end = flow.boundary === undefined ? -1 : nthSlash(text, flow.boundary);
    if (end < 0)
        return runRegexes(flow, text);
    const folder = text.slice(0, end + 1);
    let verdict = flow.byComponentFolder.get(folder);
    if (verdict === undefined) {
        verdict = runRegexes(flow, folder) ?? null;
        flow.byComponentFolder.set(folder, verdict);
    }
    return verdict ?? undefined;
}
/** Index of the `count`-th `/` of `text` (1-based count), or -1. */
function nthSlash(text, count) {
    let index = -1;
    for (let seen = 0; seen < count; seen++) {
        index = text.indexOf('/', index + 1);
        if (index < 0)
            return -1;
    }
    return index;
}
function runRegexes(flow, text) {
    const match = flow.component.matches(text)[0];
    if (match !== undefined) {
        const sourcePath = match.groups[1] ?? '';
        const component = match.groups[flow.component.groupCount] ?? '';
        return { kind: 'component', flowIndex: flow.index, sourcePath, component };
    }
    return flow.prefix.test(text) ? { kind: 'shallow', flowIndex: flow.index } : undefined;
}
function prefixMatches(flow, text) {
    if (!text.startsWith(flow.literal))
        return false;
    return flow.plain || flow.prefix.test(text);
}


/***/ }),

/***/ 24667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ literalPrefix)
/* harmony export */ });
const META = new Set(['^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);
const QUANTIFIERS = new Set(['?', '*', '+', '{']);
/**
 * Reads the literal start of an RE2 pattern (`clusters/staging/[^/]*\/` -> `clusters/staging/`), so a
 * path can be rejected with `startsWith` before the regex engine runs. Conservative: any syntax it does
 * not understand ends the prefix; a character followed by a quantifier is not part of it.
 */
function literalPrefix(pattern) {
    // An alternation anywhere may be at the top level (`a[0-9]|b`): then no prefix is shared.
    if (pattern.includes('|'))
        return { prefix: '', complete: false };
    let prefix = '';
    let i = 0;
    while (i < pattern.length) {
        const char = String.fromCodePoint(pattern.codePointAt(i) ?? 0);
        let literal;
        let width;
        if (char === '\\') {
            const escaped = pattern.charAt(i + 1);
            // Escaped punctuation is that character; `\d`, `\Q`, `\x41`... end the prefix.
            if (escaped === '' || /[A-Za-z0-9]/.test(escaped))
                return { prefix, complete: false };
            literal = escaped;
            width = 2;
        }
        else if (META.has(char)) {
            return { prefix, complete: false };
        }
        else {
            literal = char;
            width = char.length;
        }
        if (QUANTIFIERS.has(pattern.charAt(i + width)))
            return { prefix, complete: false };
        prefix += literal;
        i += width;
    }
    return { prefix, complete: true };
}


/***/ }),

/***/ 7906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parsePromotionMetadata)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _encode_promotion_metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13385);


const BASE64 = /^[A-Za-z0-9+/\-_]*={0,2}$/;
const PR_NUMBER = /^\d{1,15}$/;
/**
 * Reads the metadata comment `<!--|...|<base64 JSON>|-->` of a promotion PR body, written by this action or
 * by the Go bot (its `originalPrNumber` is always 0). Like the Go bot's regex `<!--\|.*\|(.*)\|-->` it takes the
 * first line holding such a comment, but scans in linear time. Without one, the compact form of large
 * promotions (`<!-- telefonistka-data:deflate:<base64> -->`) is read. Keys match case-insensitively (Go's
 * encoding/json), wrongly typed fields are left at their defaults, and anything unreadable gives undefined.
 */
function parsePromotionMetadata(body) {
    const lines = body.split('\n');
    for (const line of lines) {
        const encoded = commentPayload(line);
        if (encoded === undefined)
            continue;
        const metadata = decodeMetadata(encoded);
        if (metadata !== undefined)
            return metadata;
    }
    // The compact form of large promotions (see compactMetadataComment), read when the Go form is absent.
    for (const line of lines) {
        const metadata = decodeCompact(line.trim());
        if (metadata !== undefined)
            return metadata;
    }
    return undefined;
}
/** Inflated metadata JSON is capped: a forged payload must not expand into gigabytes. */
const MAX_INFLATED_BYTES = 8 * 1024 * 1024;
function decodeCompact(line) {
    if (!line.startsWith(_encode_promotion_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .COMPACT_METADATA_PREFIX */ .LC) || !line.endsWith(' -->'))
        return undefined;
    const encoded = line.slice(_encode_promotion_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .COMPACT_METADATA_PREFIX */ .LC.length, -' -->'.length);
    if (encoded === '' || !BASE64.test(encoded))
        return undefined;
    try {
        const json = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync)(Buffer.from(encoded, 'base64'), { maxOutputLength: MAX_INFLATED_BYTES });
        return metadataOf(JSON.parse(json.toString('utf8')));
    }
    catch {
        return undefined;
    }
}
function commentPayload(line) {
    const start = line.indexOf('<!--|');
    if (start < 0)
        return undefined;
    const end = line.lastIndexOf('|-->');
    if (end < start + 6)
        return undefined;
    const separator = line.lastIndexOf('|', end - 1);
    if (separator < start + 5)
        return undefined;
    return line.slice(separator + 1, end);
}
function decodeMetadata(encoded) {
    const compact = encoded.replace(/\s+/g, '');
    if (compact === '' || !BASE64.test(compact))
        return undefined;
    let value;
    try {
        value = JSON.parse(Buffer.from(compact, 'base64').toString('utf8'));
    }
    catch {
        return undefined;
    }
    return metadataOf(value);
}
function metadataOf(value) {
    if (!isObject(value))
        return undefined;
    const fields = lowerCaseKeys(value);
    const known = ['originalprauthor', 'originalprnumber', 'promotedpaths', 'previouspromotionpaths'];
    if (!known.some((key) => fields.has(key)))
        return undefined;
    const author = fields.get('originalprauthor');
    return {
        originalPrAuthor: typeof author === 'string' ? author : '',
        originalPrNumber: prNumberOf(fields.get('originalprnumber')),
        promotedPaths: stringsOf(fields.get('promotedpaths')),
        previousPromotionPaths: historyOf(fields.get('previouspromotionpaths')),
    };
}
function historyOf(value) {
    const history = {};
    if (!isObject(value))
        return history;
    for (const [key, hop] of Object.entries(value)) {
        if (!PR_NUMBER.test(key.trim()) || !isObject(hop))
            continue;
        const fields = lowerCaseKeys(hop);
        const sourcePath = fields.get('sourcepath');
        history[String(Number(key.trim()))] = {
            sourcePath: typeof sourcePath === 'string' ? sourcePath : '',
            targetPaths: stringsOf(fields.get('targetpaths')),
        };
    }
    return history;
}
function prNumberOf(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0;
}
function stringsOf(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
function lowerCaseKeys(value) {
    const out = new Map();
    // Go's encoding/json prefers an exact key match; the first case-insensitive match is close enough here.
    for (const [key, field] of Object.entries(value)) {
        const lower = key.toLowerCase();
        if (!out.has(lower))
            out.set(lower, field);
    }
    return out;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 6643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ sourceCommitMarker),
/* harmony export */   e: () => (/* binding */ parseSourceCommit)
/* harmony export */ });
/**
 * The hidden line of a promotion PR body that names the commit whose content the PR promotes (the source PR's
 * merge commit, or the default-branch head of a manual promotion). Runs compare these commits by ancestry so
 * that the newest merge wins whatever order the runs have. It is not part of the Go bot's metadata comment,
 * which stays byte-compatible; the Go bot ignores the line.
 */
function sourceCommitMarker(sha) {
    return `<!-- telefonistka:source-commit ${sha} -->`;
}
const MARKER = /^<!-- telefonistka:source-commit ([0-9a-f]{40}|[0-9a-f]{64}) -->$/m;
/** The source commit named in a promotion PR body, or undefined when the body has no (well-formed) marker. */
function parseSourceCommit(body) {
    return MARKER.exec(body)?.[1];
}


/***/ }),

/***/ 29484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ isOwnLogin)
/* harmony export */ });
/* harmony import */ var _core_identity_matches_login_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40083);

/**
 * Whether `login` is the identity of the token behind `github` (GraphQL `viewer`, one call per run);
 * undefined when the token cannot read its own login, so each caller decides how to fail closed.
 */
async function isOwnLogin(github, login) {
    let viewer;
    try {
        viewer = await github.getViewerLogin();
    }
    catch {
        return undefined;
    }
    return (0,_core_identity_matches_login_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesLogin */ .r)(login, viewer);
}


/***/ }),

/***/ 28050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ isPromotionPrAuthor)
/* harmony export */ });
/* harmony import */ var _core_identity_matches_login_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40083);
/* harmony import */ var _is_own_login_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29484);


/**
 * Whether `login` opens promotion PRs: a login of `promotionPrAuthors` (no call), else the token's own identity
 * (GraphQL `viewer`, one call per run); undefined when only the token's login could tell and it is unreadable.
 */
async function isPromotionPrAuthor(login, trusted) {
    if (trusted.promotionPrAuthors.some((known) => (0,_core_identity_matches_login_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesLogin */ .r)(login, known)))
        return true;
    return (0,_is_own_login_js__WEBPACK_IMPORTED_MODULE_1__/* .isOwnLogin */ .s)(trusted.github, login);
}


/***/ }),

/***/ 12825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ readTrustedPromotionMetadata),
/* harmony export */   q: () => (/* binding */ PROMOTION_BRANCH_PREFIX)
/* harmony export */ });
/* harmony import */ var _core_promotion_parse_promotion_metadata_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7906);
/* harmony import */ var _is_promotion_pr_author_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28050);


/** The branch prefix of every promotion PR this tool (and the Go bot) opens. */
const PROMOTION_BRANCH_PREFIX = 'promotions/';
/**
 * Reads a PR body's promotion metadata only when the PR is a promotion PR this tool opened: its head branch
 * starts with `promotions/` and its author is the token's own identity or a login of `promotionPrAuthors`.
 * Anyone can paste a metadata comment into a PR body; elsewhere it is ignored and the changed files decide.
 * The token's login is read (one GraphQL call per run) only when the body carries metadata on such a branch.
 */
async function readTrustedPromotionMetadata(pr, trusted) {
    const metadata = (0,_core_promotion_parse_promotion_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePromotionMetadata */ .q)(pr.body);
    if (metadata === undefined)
        return { metadata: undefined, ignored: undefined };
    const ignore = (why) => ({
        metadata: undefined,
        ignored: `the promotion metadata in the body of #${pr.number} is ignored: ${why}; its changed files decide`,
    });
    if (!pr.headRef.startsWith(PROMOTION_BRANCH_PREFIX))
        return ignore(`its branch ${JSON.stringify(pr.headRef)} is not a ${PROMOTION_BRANCH_PREFIX} branch`);
    const own = await (0,_is_promotion_pr_author_js__WEBPACK_IMPORTED_MODULE_1__/* .isPromotionPrAuthor */ .P)(pr.author, trusted);
    if (own === true)
        return { metadata, ignored: undefined };
    if (own === undefined)
        return ignore(`the token cannot read its own login, so ${pr.author || 'its author'} cannot be checked; ` +
            'list the identity that opens promotion PRs in promotionPrAuthors in telefonistka.yaml');
    return ignore(`it was opened by ${pr.author || 'an unknown author'}, not by this action's identity or a login of ` +
        'promotionPrAuthors in telefonistka.yaml');
}


/***/ })

};
