export const id = 23;
export const ids = [23];
export const modules = {

/***/ 95108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ detectRepositoryAccess)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/core/drift/parse-ls-tree.ts
/**
 * Parses `git ls-tree -r -t -z <rev>` output (`<mode> SP <type> SP <sha> TAB <path> NUL` per entry)
 * into path -> entry. `-z` keeps unusual paths unquoted. Throws on a malformed record.
 * Scans the output in place (no split per record): a 100,000-entry tree is read at every dashboard and drift map.
 */
function parseLsTree(output) {
    const entries = new Map();
    for (let start = 0; start < output.length;) {
        let end = output.indexOf('\0', start);
        if (end < 0)
            end = output.length;
        if (end > start && !(end === start + 1 && output.charCodeAt(start) === 0x0a)) {
            const entry = parseRecord(output, start, end);
            entries.set(entry.path, entry);
        }
        start = end + 1;
    }
    return entries;
}
/** One record, `output[start, end)`; the header (before the first tab) is `<mode> <type> <sha>[ ...]`. */
function parseRecord(output, start, end) {
    const tab = output.indexOf('\t', start);
    const header = tab < 0 || tab > end ? -1 : tab;
    const space1 = header < 0 ? -1 : output.indexOf(' ', start);
    const space2 = space1 < 0 || space1 > header ? -1 : output.indexOf(' ', space1 + 1);
    const space3 = space2 < 0 || space2 > header ? -1 : output.indexOf(' ', space2 + 1);
    const type = space2 < 0 || space2 > header ? undefined : output.slice(space1 + 1, space2);
    if (!isEntryType(type)) {
        throw new Error(`unexpected git ls-tree record ${JSON.stringify(output.slice(start, Math.min(end, start + 200)))}`);
    }
    return {
        path: output.slice(header + 1, end),
        mode: output.slice(start, space1),
        type,
        sha: output.slice(space2 + 1, space3 < 0 || space3 > header ? header : space3),
    };
}
function isEntryType(type) {
    return type === 'blob' || type === 'tree' || type === 'commit';
}

// EXTERNAL MODULE: ./src/core/errors/external-error.ts
var external_error = __webpack_require__(91787);
;// CONCATENATED MODULE: ./src/adapters/git/ls-tree.ts




const execFileAsync = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * Every tree and blob of a revision from one `git ls-tree -r -t -z` (no API calls), keyed by path without a
 * trailing slash; the shape of GitHub's recursive tree, so the drift map and snapshots read either.
 * Runs git with `execFile` rather than `@actions/exec`: for a 100,000-entry tree (9 MB of output) the
 * latter took ~490 ms against ~50 ms, as it splits and re-joins the output line by line.
 */
async function lsTree(options) {
    // A revision starting with '-' would be read as an option.
    if (options.rev.startsWith('-'))
        throw new Error(`invalid git revision ${JSON.stringify(options.rev)}`);
    const args = ['-C', options.directory, 'ls-tree', '-r', '-t', '-z', '--full-tree', options.rev, '--'];
    try {
        const { stdout } = await execFileAsync('git', args, {
            encoding: 'buffer',
            maxBuffer: 1024 * 1024 * 1024,
            timeout: options.timeoutMs ?? 120_000,
        });
        return parseLsTree(stdout.toString('utf8'));
    }
    catch (error) {
        const stderr = error.stderr?.toString('utf8').trim();
        const message = stderr !== undefined && stderr !== '' ? stderr : String(error);
        throw new external_error/* ExternalError */.y(message, { service: 'git', operation: `ls-tree ${options.rev}`, cause: error });
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(81260);
;// CONCATENATED MODULE: ./src/adapters/git/run-git.ts


/** Runs git in `directory` without echoing to the log; returns stdout, throws ExternalError on failure. */
async function runGit(directory, args) {
    const result = await (0,exec/* getExecOutput */.H)('git', [...args], {
        cwd: directory,
        silent: true,
        ignoreReturnCode: true,
    });
    if (result.exitCode === 0)
        return result.stdout;
    throw new external_error/* ExternalError */.y(result.stderr.trim() || `exit code ${result.exitCode}`, {
        service: 'git',
        operation: args.slice(0, 2).join(' '),
    });
}
/** Like runGit, but a non-zero exit gives undefined: for probes such as "does this object exist". */
async function tryGit(directory, args) {
    const result = await (0,exec/* getExecOutput */.H)('git', [...args], {
        cwd: directory,
        silent: true,
        ignoreReturnCode: true,
    });
    return result.exitCode === 0 ? result.stdout : undefined;
}

;// CONCATENATED MODULE: ./src/adapters/git/create-git-snapshot.ts


/** Reads trees and files from the local checkout: no API calls, no size caps; each tree is read once. */
function createGitSnapshot(directory) {
    const trees = new Map();
    return {
        source: 'local',
        readTree: (commit) => {
            let tree = trees.get(commit);
            if (tree === undefined) {
                tree = lsTree({ directory, rev: commit });
                trees.set(commit, tree);
            }
            return tree;
        },
        readFile: async (commit, path) => tryGit(directory, ['cat-file', 'blob', `${commit}:${path}`]),
    };
}

;// CONCATENATED MODULE: ./src/adapters/git/create-local-git.ts

/** The LocalGitPort over the git binary in a checkout directory. */
function createLocalGit(directory) {
    return {
        directory,
        hasCommit: async (sha) => (await tryGit(directory, ['cat-file', '-e', `${sha}^{commit}`])) !== undefined,
        fetch: async (refspecs) => (await tryGit(directory, ['fetch', '--quiet', '--no-tags', 'origin', ...refspecs])) !== undefined,
        remoteBranchSha: async (branch) => {
            const out = await tryGit(directory, ['ls-remote', 'origin', `refs/heads/${branch}`]);
            const sha = out?.split(/\s+/)[0];
            return sha === undefined || sha === '' ? undefined : sha;
        },
        treeOf: async (commit) => (await tryGit(directory, ['rev-parse', `${commit}^{tree}`]))?.trim(),
        mergeBase: async (a, b) => (await tryGit(directory, ['merge-base', a, b]))?.trim(),
        diff: async (base, head) => parseNameStatus(await runGit(directory, ['diff', '--name-status', '-M', '-z', base, head])),
    };
}
/** Parses `git diff --name-status -z`: renames and copies carry two paths. */
function parseNameStatus(output) {
    const fields = output.split('\0');
    const files = [];
    let i = 0;
    while (i < fields.length) {
        const status = fields[i] ?? '';
        if (status === '')
            break;
        const letter = status[0];
        if (letter === 'R' || letter === 'C') {
            const previousPath = fields[i + 1] ?? '';
            const path = fields[i + 2] ?? '';
            files.push(letter === 'R' ? { path, previousPath, status: 'renamed' } : { path, status: 'copied' });
            i += 3;
        }
        else {
            files.push({ path: fields[i + 1] ?? '', status: STATUS[letter ?? ''] ?? 'modified' });
            i += 2;
        }
    }
    return files;
}
const STATUS = { A: 'added', D: 'removed', M: 'modified', T: 'changed' };

;// CONCATENATED MODULE: ./src/adapters/github/create-api-snapshot.ts

/** Reads trees and files through GitHub: one commit read and one recursive tree read per commit, cached. */
function createApiSnapshot(github) {
    const trees = new Map();
    return {
        source: 'api',
        readTree: (commit) => {
            let tree = trees.get(commit);
            if (tree === undefined) {
                tree = readTree(github, commit);
                trees.set(commit, tree);
            }
            return tree;
        },
        readFile: (commit, path) => github.getFileText(commit, path),
    };
}
async function readTree(github, commit) {
    const { treeSha } = await github.getCommit(commit);
    const { entries, truncated } = await github.getTree(treeSha, { recursive: true });
    if (truncated) {
        throw new external_error/* ExternalError */.y('the repository tree is larger than GitHub returns in one read (100,000 entries / 7 MB); ' +
            'add an actions/checkout step with fetch-depth: 0 before this action so the local checkout is read instead', { service: 'GitHub', operation: `read tree of ${commit}` });
    }
    return new Map(entries.map((entry) => [entry.path, entry]));
}

;// CONCATENATED MODULE: ./src/actions/shared/detect-repository-access.ts




/**
 * The local checkout at `directory` when it is a git work tree (trees from one `git ls-tree`, files from
 * `git cat-file`: no API calls), else the GitHub API. Shared by every action that reads the repository.
 */
async function detectRepositoryAccess(directory, github, logger) {
    const inside = directory === undefined ? undefined : await tryGit(directory, ['rev-parse', '--is-inside-work-tree']);
    if (directory === undefined || inside?.trim() !== 'true') {
        logger.info('No git checkout found: reading the repository through the GitHub API.');
        return { localGit: undefined, snapshot: createApiSnapshot(github) };
    }
    logger.info(`Reading the repository from the local checkout at ${directory}.`);
    return { localGit: createLocalGit(directory), snapshot: createGitSnapshot(directory) };
}


/***/ }),

/***/ 6669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ describeEvent),
/* harmony export */   r: () => (/* binding */ pullRequestFromPayload)
/* harmony export */ });
/** The PR of a webhook payload in the shape the use-cases take. */
function pullRequestFromPayload(pr) {
    return {
        number: pr.number,
        nodeId: pr.node_id,
        headRef: pr.head.ref,
        headSha: pr.head.sha,
        baseSha: pr.base.sha,
        author: pr.user?.login ?? '',
        labels: (pr.labels ?? []).map((label) => label.name),
        body: pr.body ?? '',
    };
}
/** `event (action)` for log lines about events a flow does not handle. */
function describeEvent(eventName, payload) {
    const action = typeof payload.action === 'string' ? payload.action : '';
    return `${eventName}${action === '' ? '' : ` (${action})`}`;
}


/***/ }),

/***/ 95947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   d6: () => (/* binding */ codeFence),
/* harmony export */   vv: () => (/* binding */ linkLabel)
/* harmony export */ });
/**
 * Inline code for any text: the backtick run is longer than any inside, padded when the text touches a backtick.
 * Line breaks become spaces (GitHub shows them so inside code anyway), so a name cannot start a new block: a list
 * item, a checkbox, a table row.
 */
function codeSpan(raw) {
    const text = raw.replace(/\r\n?|\n/g, ' ');
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
    const ticks = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${text}${pad}${ticks}`;
}
/** A fenced code block that no line of `text` can close early (the fence is longer than any backtick run in it). */
function codeFence(text, language = '') {
    const longest = Math.max(0, ...[...text.matchAll(/^ {0,3}(`{3,})/gm)].map((run) => run[1]?.length ?? 0));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    const body = text.endsWith('\n') ? text : `${text}\n`;
    return `${fence}${language}\n${body}${fence}`;
}
/** Escapes text for a markdown link label (brackets, backslashes) and HTML-ish characters. */
function linkLabel(text) {
    return text.replace(/[\\[\]]/g, (char) => `\\${char}`).replace(/</g, '&lt;');
}


/***/ }),

/***/ 87473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ utf8Length)
/* harmony export */ });
/** Length of a string in UTF-8 bytes, without allocating (lone surrogates count as 3 bytes, like U+FFFD). */
function utf8Length(text) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80)
            bytes += 1;
        else if (code < 0x800)
            bytes += 2;
        else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
            bytes += 4;
            i++;
        }
        else
            bytes += 3;
    }
    return bytes;
}
function isLowSurrogate(code) {
    return code >= 0xdc00 && code <= 0xdfff;
}


/***/ }),

/***/ 31748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mapWithConcurrency)
/* harmony export */ });
/**
 * Runs `fn` over `items` with at most `limit` calls in flight and settles every item: one rejection never
 * stops the others. Results keep the order of `items`, whatever order the calls finish in.
 */
async function mapWithConcurrency(items, limit, fn) {
    if (!Number.isInteger(limit) || limit < 1)
        throw new RangeError(`concurrency limit must be a positive integer, got ${limit}`);
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            try {
                results[index] = { status: 'fulfilled', value: await fn(items[index], index) };
            }
            catch (reason) {
                results[index] = { status: 'rejected', reason };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
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
// EXTERNAL MODULE: ./src/core/config/check-schema.ts + 1 modules
var check_schema = __webpack_require__(86734);
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

/***/ 71355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ PhaseError)
/* harmony export */ });
/**
 * A phase of a flow failed. The message names the flow, the phase and the cause (`promote: writing the
 * promotion PR for clusters/prod/…: GitHub POST … failed (HTTP 422): …`); `cause` keeps the original error, so
 * callers can still branch on its kind.
 */
class PhaseError extends Error {
    flow;
    phase;
    constructor(where, cause) {
        super(`${where.flow}: ${where.phase}: ${cause instanceof Error ? cause.message : String(cause)}`, {
            cause,
        });
        this.name = 'PhaseError';
        this.flow = where.flow;
        this.phase = where.phase;
    }
}


/***/ }),

/***/ 53576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ normalizeHoldFolder)
/* harmony export */ });
/* harmony import */ var _config_normalize_folder_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77996);

/**
 * Checks a held folder and drops its trailing slash (the holds file and the dashboard name folders without one).
 * The rules of a configured `targetPath` apply: no leading `/`, no `..` or `.` segments, no empty segments.
 */
function normalizeHoldFolder(text) {
    const normalized = (0,_config_normalize_folder_path_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeFolderPath */ .n)(text, 'targetPath');
    if (!normalized.ok)
        return normalized;
    return { ok: true, folder: normalized.path.slice(0, -1) };
}


/***/ }),

/***/ 57921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gL: () => (/* binding */ HOLDS_FILE),
/* harmony export */   od: () => (/* binding */ parseHoldsFile)
/* harmony export */ });
/* unused harmony export MAX_HOLDS_FILE_BYTES */
/* harmony import */ var _comments_text_size_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87473);
/* harmony import */ var _config_create_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70645);
/* harmony import */ var _errors_config_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30826);
/* harmony import */ var _config_read_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92922);
/* harmony import */ var _config_suggest_key_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42094);
/* harmony import */ var _normalize_hold_folder_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53576);






/** The in-repository holds file, read from the default branch only. */
const HOLDS_FILE = '.telefonistka/holds.yaml';
/**
 * The largest holds file read. The sweep reads it through GraphQL's Blob.text, which GitHub cuts on large files;
 * a cut file whose kept part parses would hold nothing, so a larger file is an error (fail closed), not a prefix.
 */
const MAX_HOLDS_FILE_BYTES = 256 * 1024;
const ENTRY_KEYS = ['folder', 'reason', 'by', 'since'];
/** An ISO 8601 timestamp with a zone, as GitHub and `Date.toISOString()` write them. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/**
 * Parses the holds file: `holds:` is a list of `{folder, reason, by, since}`. Throws ConfigError naming every bad
 * entry at file:line:col (syntax, unknown keys with a suggestion, missing or non-text fields, unsafe folders, bad
 * timestamps), or the whole file when it is larger than MAX_HOLDS_FILE_BYTES; an empty file holds nothing. A folder
 * listed twice is a warning and the first entry counts.
 */
function parseHoldsFile(text, file = HOLDS_FILE) {
    const bytes = (0,_comments_text_size_js__WEBPACK_IMPORTED_MODULE_3__/* .utf8Length */ .w)(text);
    if (bytes > MAX_HOLDS_FILE_BYTES)
        throw new _errors_config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x([
            {
                file,
                line: 1,
                column: 1,
                message: `the holds file is ${String(Math.ceil(bytes / 1024))} KiB, more than the ${String(MAX_HOLDS_FILE_BYTES / 1024)} KiB ` +
                    "this tool reads (GitHub's GraphQL API returns large files cut short, and a cut file could drop a hold): " +
                    'remove released holds and long comments',
            },
        ]);
    if (text.includes('\u0000'))
        throw new _errors_config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x([
            {
                file,
                line: 1,
                column: 1,
                message: 'the holds file is not UTF-8 text (it has NUL bytes: saved as UTF-16?): save it as UTF-8',
            },
        ]);
    const diagnostics = (0,_config_create_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .createDiagnostics */ .t)((0,_config_read_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readYamlSource */ .t)(text, file));
    const root = diagnostics.source.value;
    if (root === null || root === undefined)
        return diagnostics.finish([]);
    if (!isRecord(root)) {
        diagnostics.error([], 'the holds file must be a mapping with a `holds:` list (see docs/dashboard.md)');
        return diagnostics.finish([]);
    }
    for (const key of Object.keys(root)) {
        if (key !== 'holds')
            diagnostics.error([key], unknownKey(key, ['holds'], 'the holds file'), 'key');
    }
    const list = root.holds;
    if (list === null || list === undefined)
        return diagnostics.finish([]);
    if (!Array.isArray(list)) {
        diagnostics.error(['holds'], '`holds` must be a list of entries, each with folder, reason, by and since');
        return diagnostics.finish([]);
    }
    return diagnostics.finish(uniqueHolds(list, diagnostics));
}
function uniqueHolds(list, diagnostics) {
    const holds = [];
    const firstIndex = new Map();
    list.forEach((entry, index) => {
        const hold = readEntry(entry, index, diagnostics);
        if (hold === undefined)
            return;
        const first = firstIndex.get(hold.folder);
        if (first !== undefined) {
            const line = diagnostics.source.locate(['holds', first, 'folder']).line;
            diagnostics.warn(['holds', index, 'folder'], `\`${hold.folder}\` is already held by the entry on line ${line}; only that one counts: remove this one`);
            return;
        }
        firstIndex.set(hold.folder, index);
        holds.push(hold);
    });
    return holds;
}
function readEntry(entry, index, diagnostics) {
    const at = ['holds', index];
    if (!isRecord(entry)) {
        diagnostics.error(at, 'a hold must be a mapping with folder, reason, by and since');
        return undefined;
    }
    for (const key of Object.keys(entry)) {
        if (!ENTRY_KEYS.includes(key)) {
            diagnostics.error([...at, key], unknownKey(key, ENTRY_KEYS, 'a hold'), 'key');
        }
    }
    const fields = Object.fromEntries(ENTRY_KEYS.map((key) => [key, readText(entry, key, at, diagnostics)]));
    const folder = fields.folder === undefined ? undefined : readFolder(fields.folder, at, diagnostics);
    const since = fields.since === undefined ? undefined : readSince(fields.since, at, diagnostics);
    const { reason, by } = fields;
    if (folder === undefined || since === undefined || reason === undefined || by === undefined)
        return undefined;
    return { folder, reason, by, since };
}
function readText(entry, key, at, diagnostics) {
    const value = entry[key];
    if (value === undefined || value === null) {
        diagnostics.error(at, `a hold needs \`${key}\` (${ENTRY_KEYS.join(', ')})`);
        return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') {
        diagnostics.error([...at, key], `\`${key}\` must be non-empty text (quote it)`);
        return undefined;
    }
    return value;
}
function readFolder(text, at, diagnostics) {
    const normalized = (0,_normalize_hold_folder_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeHoldFolder */ .f)(text);
    if (normalized.ok)
        return normalized.folder;
    diagnostics.error([...at, 'folder'], `\`folder\` ${normalized.reason}: write the component folder, e.g. clusters/prod/c1/nginx`);
    return undefined;
}
function readSince(text, at, diagnostics) {
    if (TIMESTAMP.test(text) && !Number.isNaN(Date.parse(text)))
        return text;
    diagnostics.error([...at, 'since'], '`since` must be an ISO 8601 time with a zone, e.g. "2026-12-05T13:00:00Z"');
    return undefined;
}
function unknownKey(key, known, where) {
    const suggestion = (0,_config_suggest_key_js__WEBPACK_IMPORTED_MODULE_5__/* .suggestKey */ .A)(key, known);
    const hint = suggestion === undefined ? `; ${where} has ${known.join(', ')}` : `; did you mean \`${suggestion}\`?`;
    return `unknown key \`${key}\` in ${where}${hint}`;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 44612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ PROMOTION_LABEL),
  A: () => (/* binding */ planPromotions)
});

// EXTERNAL MODULE: ./src/core/promotion/compare-strings.ts
var compare_strings = __webpack_require__(16277);
;// CONCATENATED MODULE: ./src/core/promotion/build-promotion-metadata.ts

/**
 * Metadata of the next promotion PR: the original author and PR carry across hops; the history gets the
 * merged PR as its newest hop with every target of the promotion. The Go bot always wrote
 * `originalPrNumber: 0`; for such chains the earliest hop of the history is taken as the start.
 */
function buildPromotionMetadata(input) {
    const { pullRequest, previous } = input;
    const history = {};
    for (const [pr, hop] of Object.entries(previous?.previousPromotionPaths ?? {})) {
        history[pr] = { sourcePath: hop.sourcePath, targetPaths: [...hop.targetPaths] };
    }
    history[String(pullRequest.number)] = {
        sourcePath: input.sourcePath,
        targetPaths: [...new Set(input.targetPaths)].sort(compare_strings/* compareStrings */.K),
    };
    return {
        originalPrAuthor: previous?.originalPrAuthor ? previous.originalPrAuthor : pullRequest.author,
        originalPrNumber: chainStart(previous, pullRequest.number),
        promotedPaths: [...new Set(input.promotedPaths)].sort(compare_strings/* compareStrings */.K),
        previousPromotionPaths: history,
    };
}
function chainStart(previous, current) {
    if (previous === undefined)
        return current;
    if (previous.originalPrNumber > 0)
        return previous.originalPrNumber;
    const earliest = Object.keys(previous.previousPromotionPaths)
        .map(Number)
        .filter((pr) => Number.isSafeInteger(pr) && pr > 0)
        .sort((a, b) => a - b)[0];
    return earliest ?? current;
}

// EXTERNAL MODULE: ./src/core/promotion/flow-matcher.ts + 1 modules
var flow_matcher = __webpack_require__(18071);
// EXTERNAL MODULE: ./src/core/promotion/parse-promotion-metadata.ts
var parse_promotion_metadata = __webpack_require__(7906);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/promotion/split-code-points.ts
var split_code_points = __webpack_require__(66731);
;// CONCATENATED MODULE: ./src/core/promotion/promotion-branch-name.ts



/** Longest head-ref part of a promotion branch name, in code points (the Go bot's 200 runes). */
const MAX_REF_CODE_POINTS = 200;
/** Longest promotion branch name, in code points. */
const MAX_BRANCH_CODE_POINTS = 250;
/**
 * The Go bot's promotion branch name: `promotions/<pr>-<head ref, "/" -> "-", at most 200 code points>-
 * <first 12 hex of SHA-1 of the sorted target paths joined by "_">`, never longer than 250 code points.
 */
function promotionBranchName(prNumber, headRef, targetPaths) {
    const sorted = [...targetPaths].sort(compare_strings/* compareStrings */.K);
    const hash = (0,external_node_crypto_.createHash)('sha1').update(sorted.join('_'), 'utf8').digest('hex').slice(0, 12);
    const prefix = `promotions/${prNumber}-`;
    const suffix = `-${hash}`;
    const room = MAX_BRANCH_CODE_POINTS - [...prefix].length - suffix.length;
    const [ref] = (0,split_code_points/* splitCodePoints */.h)(headRef.replaceAll('/', '-'), Math.max(0, Math.min(MAX_REF_CODE_POINTS, room)));
    return `${prefix}${ref}${suffix}`;
}

// EXTERNAL MODULE: ./src/core/promotion/promotion-title.ts
var promotion_title = __webpack_require__(79963);
// EXTERNAL MODULE: ./src/core/promotion/render-promotion-body.ts + 1 modules
var render_promotion_body = __webpack_require__(77525);
;// CONCATENATED MODULE: ./src/core/promotion/plan-promotions.ts







/** The label every promotion PR carries (the Go bot's, used by auto-merge-no-diff and metrics). */
const PROMOTION_LABEL = 'promotion';
/**
 * Steps B and C of the Go bot as a pure function: per component the first flow whose sourcePath matches its
 * source folder (anchored at the start) and whose `prHasLabels` passes; one promotion per (flow, sorted
 * targets) with every component of that flow; allow/block lists of each component config; deletion when the
 * source folder is gone; chain metadata, title, body, labels and branch name. Output is sorted.
 */
function planPromotions(config, input) {
    const context = {
        config,
        input,
        matcher: (0,flow_matcher/* createFlowMatcher */.$)(config),
        prLabels: new Set(input.pullRequest.labels),
        flowBySource: new Map(),
        prepared: new Map(),
        drafts: new Map(),
        warnings: new Set(),
    };
    for (const component of input.components)
        addComponent(context, component);
    const promotions = [...context.drafts.values()]
        .sort((a, b) => (0,compare_strings/* compareStrings */.K)(a.prepared.key, b.prepared.key))
        .map((draft) => finishPromotion(context, draft));
    disambiguateBranches(promotions, context.warnings);
    return { promotions, warnings: [...context.warnings].sort(compare_strings/* compareStrings */.K) };
}
function addComponent(context, changed) {
    const flowIndex = selectFlow(context, changed.sourcePath);
    const flow = context.config.promotionPaths[flowIndex];
    if (flow === undefined) {
        context.warnings.add(`${changed.sourcePath}${changed.component}: no promotionPaths entry matches its source folder ` +
            `with a label condition this PR meets; it is not promoted`);
        return;
    }
    const folder = `${changed.sourcePath}${changed.component}`;
    const componentConfig = context.input.componentConfigs.get(folder);
    for (const promotionPr of flow.promotionPrs) {
        const prepared = preparePr(context, flow, promotionPr);
        const draft = draftFor(context, prepared, flow, promotionPr);
        addToDraft(context, draft, changed, componentConfig);
    }
}
function selectFlow(context, sourcePath) {
    let flowIndex = context.flowBySource.get(sourcePath);
    if (flowIndex === undefined) {
        flowIndex = context.config.promotionPaths.findIndex((flow, index) => context.matcher.matchesFolder(index, sourcePath) && labelsPass(flow, context.prLabels));
        context.flowBySource.set(sourcePath, flowIndex);
    }
    return flowIndex;
}
/** Go bot semantics: no condition passes; an explicit empty list never passes; otherwise any one exact label. */
function labelsPass(flow, prLabels) {
    const required = flow.conditions.prHasLabels;
    return required === undefined || required.some((label) => prLabels.has(label));
}
function preparePr(context, flow, promotionPr) {
    let prepared = context.prepared.get(promotionPr);
    if (prepared === undefined) {
        const targetPaths = [...new Set(promotionPr.targetPaths)].sort(compare_strings/* compareStrings */.K);
        prepared = {
            key: `${flow.sourcePath}>${targetPaths.join('|')}`,
            targetPaths,
            targetDescription: promotionPr.targetDescription || targetPaths.join(' '),
            labels: promotionPr.labels,
        };
        context.prepared.set(promotionPr, prepared);
    }
    return prepared;
}
function draftFor(context, prepared, flow, promotionPr) {
    let draft = context.drafts.get(prepared.key);
    if (draft === undefined) {
        draft = {
            prepared,
            labels: [PROMOTION_LABEL, ...context.config.promotionPrLabels],
            labelledBy: new Set(),
            autoMerge: flow.conditions.autoMerge,
            sources: new Map(),
            skipped: new Map(),
            held: new Map(),
            pairs: new Map(),
        };
        context.drafts.set(prepared.key, draft);
    }
    // Two promotionPrs entries of one flow with the same targets are one PR (the Go bot's plan key): merge labels.
    if (!draft.labelledBy.has(promotionPr)) {
        draft.labelledBy.add(promotionPr);
        draft.labels.push(...promotionPr.labels);
    }
    return draft;
}
function addToDraft(context, draft, changed, componentConfig) {
    const { sourcePath, component } = changed;
    addToSetMap(draft.sources, component, sourcePath);
    const source = `${sourcePath}${component}`;
    // A source folder exists or not on the source revision only: the target revision may still hold it.
    const deleted = !context.input.sourceFolders.has(source);
    for (const targetPath of draft.prepared.targetPaths) {
        if (isTargetSkipped(componentConfig, targetPath)) {
            addToSetMap(draft.skipped, component, targetPath);
            continue;
        }
        const target = `${targetPath}${component}`;
        // A held folder is left alone, whether the source changed or was deleted; the other targets go ahead.
        const hold = context.input.holds?.get(target);
        if (hold !== undefined) {
            draft.held.set(target, { component, target, hold });
            continue;
        }
        if (deleted && !context.input.targetFolders.has(target)) {
            context.warnings.add(`${source} was deleted and ${target} does not exist: nothing to sync`);
            continue;
        }
        addPair(draft, { source, target, deleted });
    }
}
/** Block beats allow; a non-empty allow list admits only matching targets (RE2, unanchored, on the target folder). */
function isTargetSkipped(componentConfig, targetPath) {
    if (componentConfig === undefined)
        return false;
    if (componentConfig.promotionTargetBlockList.some((regex) => regex.test(targetPath)))
        return true;
    const allow = componentConfig.promotionTargetAllowList;
    return allow.length > 0 && !allow.some((regex) => regex.test(targetPath));
}
function addPair(draft, pair) {
    const candidates = draft.pairs.get(pair.target);
    if (candidates === undefined)
        draft.pairs.set(pair.target, [pair]);
    else if (!candidates.some((known) => known.source === pair.source))
        candidates.push(pair);
}
/**
 * Two sources of one regex flow (e.g. `dev/us-east-4/app` and `dev/us-east-5/app`) can promote the same
 * component to the same target. The Go bot let a random one win; here an existing source beats a deleted
 * one, then the first source in sorted order wins, and the user is warned.
 */
function resolvePairs(context, draft) {
    const chosen = [];
    for (const candidates of draft.pairs.values()) {
        const ranked = [...candidates].sort((a, b) => Number(a.deleted) - Number(b.deleted) || (0,compare_strings/* compareStrings */.K)(a.source, b.source));
        const winner = ranked[0];
        if (winner === undefined)
            continue;
        chosen.push(winner);
        if (ranked.length === 1)
            continue;
        const sources = ranked.map((pair) => pair.source).sort(compare_strings/* compareStrings */.K);
        context.warnings.add(`${winner.target} would be synced from ${sources.join(' and ')} ` +
            `(promotion ${draft.prepared.key}); using ${winner.source}`);
    }
    return chosen.sort((a, b) => (0,compare_strings/* compareStrings */.K)(a.target, b.target));
}
function finishPromotion(context, draft) {
    const { pullRequest } = context.input;
    const components = [...draft.sources.keys()].sort(compare_strings/* compareStrings */.K);
    const firstSources = [...(draft.sources.get(components[0] ?? '') ?? [])].sort(compare_strings/* compareStrings */.K);
    const sourcePath = firstSources[0] ?? '';
    const skippedTargets = {};
    for (const component of [...draft.skipped.keys()].sort(compare_strings/* compareStrings */.K)) {
        skippedTargets[component] = [...(draft.skipped.get(component) ?? [])].sort(compare_strings/* compareStrings */.K);
    }
    const syncPaths = resolvePairs(context, draft);
    const heldTargets = [...draft.held.values()].sort((a, b) => (0,compare_strings/* compareStrings */.K)(a.target, b.target));
    const { targetPaths, targetDescription } = draft.prepared;
    const metadata = buildPromotionMetadata({
        pullRequest,
        previous: (0,parse_promotion_metadata/* parsePromotionMetadata */.q)(pullRequest.body),
        sourcePath,
        targetPaths,
        promotedPaths: syncPaths.map((pair) => pair.target),
    });
    const { title, bodyPrefix } = (0,promotion_title/* promotionTitle */.A)(components, targetDescription);
    return {
        key: draft.prepared.key,
        sourcePath,
        components,
        targetPaths: [...targetPaths],
        targetDescription,
        syncPaths,
        skippedTargets,
        heldTargets,
        autoMerge: draft.autoMerge,
        labels: [...new Set(draft.labels)],
        branch: promotionBranchName(pullRequest.number, pullRequest.headRef, targetPaths),
        title,
        body: (0,render_promotion_body/* renderPromotionBody */.Gd)({
            components,
            metadata,
            skippedTargets,
            heldTargets,
            bodyPrefix,
            sourceCommit: pullRequest.sourceCommit,
        }),
        metadata,
        ...(pullRequest.sourceCommit === undefined ? {} : { sourceCommit: pullRequest.sourceCommit }),
    };
}
/**
 * The branch name depends only on the PR and the targets, so two flows promoting to the same targets in one
 * PR collide (the Go bot failed on the second). Later promotions, in key order, get `-2`, `-3`...
 */
function disambiguateBranches(promotions, warnings) {
    const seen = new Map();
    for (const promotion of promotions) {
        const count = (seen.get(promotion.branch) ?? 0) + 1;
        seen.set(promotion.branch, count);
        if (count === 1)
            continue;
        const branch = `${promotion.branch}-${count}`;
        warnings.add(`promotions ${promotion.key} and an earlier one share the branch ${promotion.branch}; using ${branch}`);
        promotion.branch = branch;
    }
}
function addToSetMap(map, key, value) {
    const set = map.get(key);
    if (set === undefined)
        map.set(key, new Set([value]));
    else
        set.add(value);
}


/***/ }),

/***/ 79963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ promotionTitle),
/* harmony export */   d: () => (/* binding */ cutTitle)
/* harmony export */ });
/* harmony import */ var _split_code_points_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66731);

/** GitHub rejects longer titles; the Go bot cuts at 250 runes, counted here as code points. */
const MAX_TITLE_CODE_POINTS = 250;
/**
 * `🚀 Promotion: <components joined by ","> ➡️  <target description>` (one space after the colon, two after
 * the arrow). Over 250 code points the title is cut and `...` appended; the rest opens the body as `...<rest>\n`.
 */
function promotionTitle(components, targetDescription) {
    return cutTitle(`🚀 Promotion: ${components.join(',')} ➡️  ${targetDescription}`);
}
/** The Go bot's title cut: the first 250 code points plus `...`; the rest goes to the body. */
function cutTitle(title) {
    const [head, rest] = (0,_split_code_points_js__WEBPACK_IMPORTED_MODULE_0__/* .splitCodePoints */ .h)(title, MAX_TITLE_CODE_POINTS);
    if (rest === '')
        return { title, bodyPrefix: '' };
    return { title: `${head}...`, bodyPrefix: `...${rest}\n` };
}


/***/ }),

/***/ 99615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ renderHeldTargets)
});

// EXTERNAL MODULE: ./src/core/comments/markdown-code.ts
var markdown_code = __webpack_require__(95947);
;// CONCATENATED MODULE: ./src/core/holds/describe-hold-markdown.ts

/**
 * How a hold reads in markdown (PR bodies, previews, job summaries): `held (`reason`, by `login`, since time)`.
 * Reason and login are the holds file's text, shown as inline code so that no link, image, HTML, mention or issue
 * reference in them does anything.
 */
function describeHoldMarkdown(hold) {
    const reason = hold.reason.replace(/\s+/g, ' ').trim();
    return `held (${(0,markdown_code/* codeSpan */.SS)(reason)}, by ${(0,markdown_code/* codeSpan */.SS)(hold.by.trim())}, since ${hold.since})`;
}

;// CONCATENATED MODULE: ./src/core/promotion/render-held-targets.ts


/**
 * One markdown list line per held target: `- 🔒 \`folder\` held (\`reason\`, by \`login\`, since time)`; the
 * holds file's text is inline code (see describeHoldMarkdown).
 */
function renderHeldTargets(held) {
    return held.map((entry) => `- 🔒 ${(0,markdown_code/* codeSpan */.SS)(entry.target)} ${describeHoldMarkdown(entry.hold)}`);
}


/***/ }),

/***/ 77525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qd: () => (/* binding */ MAX_PR_BODY_LENGTH),
  Gd: () => (/* binding */ renderPromotionBody)
});

// UNUSED EXPORTS: renderPromotionHistory

// EXTERNAL MODULE: ./src/core/promotion/compare-strings.ts
var compare_strings = __webpack_require__(16277);
// EXTERNAL MODULE: ./src/core/promotion/encode-promotion-metadata.ts
var encode_promotion_metadata = __webpack_require__(13385);
// EXTERNAL MODULE: ./src/core/promotion/source-commit-marker.ts
var source_commit_marker = __webpack_require__(6643);
;// CONCATENATED MODULE: ./src/core/promotion/promotion-skip-set.ts

/**
 * The targets left out of a promotion body's history: when every component of the promotion has skipped
 * targets, those of the component with the fewest (ties: first in sorted order); otherwise none, because
 * some component goes to every target. The body then errs towards showing too many targets, not too few.
 */
function promotionSkipSet(components, skippedTargets) {
    let fewest;
    for (const component of [...components].sort(compare_strings/* compareStrings */.K)) {
        const skipped = Object.hasOwn(skippedTargets, component) ? skippedTargets[component] : undefined;
        if (skipped === undefined || skipped.length === 0)
            return new Set();
        if (fewest === undefined || skipped.length < fewest.length)
            fewest = skipped;
    }
    return new Set(fewest ?? []);
}

// EXTERNAL MODULE: ./src/core/promotion/render-held-targets.ts + 1 modules
var render_held_targets = __webpack_require__(99615);
;// CONCATENATED MODULE: ./src/core/promotion/render-promotion-body.ts





/**
 * GitHub refuses longer PR bodies ("Body is too long (maximum is 65536 characters)"). Counted here in UTF-16
 * code units, never fewer than GitHub's characters.
 */
const MAX_PR_BODY_LENGTH = 65_536;
/** Room kept for the description before the metadata switches to its compact form. */
const MIN_DESCRIPTION = 4_000;
const TRUNCATION_NOTE = "\n\n…\n\n_This description was cut to fit GitHub's 65,536-character limit; the PR's changed files list " +
    'every promoted folder._\n';
const INDENT = '&nbsp;&nbsp;&nbsp;&nbsp;';
/**
 * The Go bot's promotion PR body: `Promotion path(<components>):\n\n`, one block per hop of the chain in PR
 * number order (`↘️  #<pr>  \`<source>\` ➡️  ` then each target not in the skip set, one indent deeper), and the
 * metadata comment `\n<!--|Telefonistka data, do not delete|<base64 JSON>|-->`, the source-commit line before it.
 * A body over GitHub's 65,536 characters (about 1,150 components) gets its description cut with a note, and
 * the metadata in its compact form when the Go form would leave no room for a description.
 */
function renderPromotionBody(input) {
    const skip = promotionSkipSet(input.components, input.skippedTargets);
    const human = (input.bodyPrefix ?? '') +
        `Promotion path(${input.components.join(',')}):\n\n` +
        renderPromotionHistory(input.metadata.previousPromotionPaths, skip) +
        heldSection(input.heldTargets ?? []);
    const marker = input.sourceCommit === undefined ? '' : `${(0,source_commit_marker/* sourceCommitMarker */.P)(input.sourceCommit)}\n`;
    const full = `${human}${marker}\n${(0,encode_promotion_metadata/* metadataComment */.ZQ)(input.metadata)}`;
    if (full.length <= MAX_PR_BODY_LENGTH)
        return full;
    // Too long for GitHub: the Go form of the metadata stays while it leaves room for a readable description,
    // else the compact form is written; the description is cut with a note either way.
    let tail = `\n${marker}\n${(0,encode_promotion_metadata/* metadataComment */.ZQ)(input.metadata)}`;
    if (tail.length > MAX_PR_BODY_LENGTH - MIN_DESCRIPTION) {
        tail = `\n${marker}\n${(0,encode_promotion_metadata/* compactMetadataComment */.gH)(input.metadata)}`;
    }
    return `${cutText(human, MAX_PR_BODY_LENGTH - tail.length - TRUNCATION_NOTE.length)}${TRUNCATION_NOTE}${tail}`;
}
/** Held targets after the promotion path; nothing when none is held, so bodies without holds stay as they were. */
function heldSection(held) {
    return held.length === 0 ? '' : `\nHeld, not promoted:\n\n${(0,render_held_targets/* renderHeldTargets */.y)(held).join('\n')}\n`;
}
/** The first `room` code units of `text`, ending at a line break when one is near, never inside a pair. */
function cutText(text, room) {
    if (room <= 0)
        return '';
    let cut = text.slice(0, room);
    const code = cut.charCodeAt(cut.length - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        cut = cut.slice(0, -1);
    const lineEnd = cut.lastIndexOf('\n');
    return lineEnd > cut.length / 2 ? cut.slice(0, lineEnd) : cut;
}
/** The flow lines of the body: hops ordered by PR number, skipped targets left out (a hop may keep no target). */
function renderPromotionHistory(history, skip = new Set()) {
    const prNumbers = Object.keys(history).sort((a, b) => Number(a) - Number(b));
    let out = '';
    prNumbers.forEach((prNumber, depth) => {
        const hop = history[prNumber];
        if (hop === undefined)
            return;
        out += `${INDENT.repeat(depth)}↘️  #${prNumber}  \`${hop.sourcePath}\` ➡️  \n`;
        const targets = [...new Set(hop.targetPaths)].filter((target) => !skip.has(target)).sort(compare_strings/* compareStrings */.K);
        for (const target of targets)
            out += `${INDENT.repeat(depth + 1)}\`${target}\`  \n`;
    });
    return out;
}


/***/ }),

/***/ 66731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ splitCodePoints)
/* harmony export */ });
/**
 * Splits `text` after its first `count` Unicode code points (Go's runes): `"🚀".length` is 2 in
 * JavaScript but one code point here, so limits match the Go bot's and no surrogate pair is cut.
 */
function splitCodePoints(text, count) {
    let units = 0;
    let seen = 0;
    while (units < text.length && seen < count) {
        const code = text.charCodeAt(units);
        const pair = code >= 0xd800 && code <= 0xdbff && units + 1 < text.length;
        const next = pair ? text.charCodeAt(units + 1) : 0;
        units += pair && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
        seen++;
    }
    return [text.slice(0, units), text.slice(units)];
}


/***/ }),

/***/ 70711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readHolds)
/* harmony export */ });
/* harmony import */ var _core_holds_parse_holds_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57921);

/**
 * The holds file at `commit` (the default branch's head: a PR's own edit of the file never counts), by folder.
 * When that commit's tree is already read and has no holds file, nothing is read. A broken file throws
 * ConfigError at its line: promotion stops rather than overwrite a folder someone meant to hold.
 */
async function readHolds(snapshot, commit, tree) {
    if (tree !== undefined && tree.get(_core_holds_parse_holds_file_js__WEBPACK_IMPORTED_MODULE_0__/* .HOLDS_FILE */ .gL) === undefined)
        return { holds: new Map(), warnings: [] };
    const text = await snapshot.readFile(commit, _core_holds_parse_holds_file_js__WEBPACK_IMPORTED_MODULE_0__/* .HOLDS_FILE */ .gL);
    if (text === undefined)
        return { holds: new Map(), warnings: [] };
    const loaded = (0,_core_holds_parse_holds_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseHoldsFile */ .od)(text);
    return { holds: new Map(loaded.config.map((hold) => [hold.folder, hold])), warnings: [...loaded.warnings] };
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

/***/ 13043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ gatherPlanInput)
});

;// CONCATENATED MODULE: ./src/core/config/empty-component-config.ts
/** The configuration of a component folder without `telefonistka.yaml`: no target lists, diff shown. */
function emptyComponentConfig() {
    return {
        promotionTargetAllowList: [],
        promotionTargetBlockList: [],
        disableArgoCdDiff: false,
        acknowledgedDrift: [],
    };
}

// EXTERNAL MODULE: ./src/core/config/parse-component-config.ts + 1 modules
var parse_component_config = __webpack_require__(96593);
// EXTERNAL MODULE: ./src/use-cases/holds/read-holds.ts
var read_holds = __webpack_require__(70711);
;// CONCATENATED MODULE: ./src/use-cases/promote/gather-plan-input.ts



/**
 * Everything planning needs, read before the pure planner runs: the component configs (read at the merged
 * commit, or at the PR base for a deleted component) and the folders that exist, apart: sources in the
 * merged commit, targets on the current default branch.
 */
async function gatherPlanInput(pullRequest, components, sources) {
    const componentConfigs = new Map();
    const warnings = [];
    for (const changed of components) {
        const folder = `${changed.sourcePath}${changed.component}`;
        if (componentConfigs.has(folder))
            continue;
        const exists = sources.sourceTree.get(folder)?.type === 'tree';
        const file = `${folder}/telefonistka.yaml`;
        // The source tree is already read: no file read (one git process or API call each) for a missing config.
        const text = exists && sources.sourceTree.get(file) === undefined
            ? undefined
            : await sources.snapshot.readFile(exists ? sources.sourceCommit : sources.baseCommit, file);
        if (text === undefined) {
            componentConfigs.set(folder, emptyComponentConfig());
            continue;
        }
        const loaded = (0,parse_component_config/* parseComponentConfig */.b)(text, file);
        warnings.push(...loaded.warnings);
        componentConfigs.set(folder, loaded.config);
    }
    const held = sources.holds === undefined
        ? undefined
        : await (0,read_holds/* readHolds */.R)(sources.snapshot, sources.holds.commit, sources.holds.tree);
    if (held !== undefined)
        warnings.push(...held.warnings);
    return {
        input: {
            pullRequest,
            components,
            componentConfigs,
            sourceFolders: folders(sources.sourceTree),
            targetFolders: folders(sources.targetTree),
            ...(held === undefined ? {} : { holds: held.holds }),
        },
        warnings,
    };
}
function folders(tree) {
    const found = new Set();
    for (const [path, entry] of tree)
        if (entry.type === 'tree')
            found.add(path);
    return found;
}


/***/ }),

/***/ 99310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ loadRepoConfig)
/* harmony export */ });
/* unused harmony export REPO_CONFIG_FILE */
/* harmony import */ var _core_config_empty_repo_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91211);
/* harmony import */ var _core_config_parse_repo_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79804);


/** Name of the repository configuration file at the repository root. */
const REPO_CONFIG_FILE = 'telefonistka.yaml';
/** Reads and validates `telefonistka.yaml` at a commit; a missing file means "no promotions", not an error. */
async function loadRepoConfig(snapshot, commit) {
    const text = await snapshot.readFile(commit, REPO_CONFIG_FILE);
    if (text === undefined) {
        return {
            config: (0,_core_config_empty_repo_config_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyRepoConfig */ .w)(),
            warnings: [`${REPO_CONFIG_FILE} not found at ${commit}: nothing to promote`],
        };
    }
    return (0,_core_config_parse_repo_config_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRepoConfig */ .G)(text, REPO_CONFIG_FILE);
}


/***/ }),

/***/ 27381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ BOT_COMMENT_TAG)
/* harmony export */ });
/** First line of every comment the bot writes; the Go bot finds and minimises its comments by it. */
const BOT_COMMENT_TAG = '<!-- telefonistka_tag -->';


/***/ }),

/***/ 82282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ findOwnComments)
/* harmony export */ });
/* harmony import */ var _core_identity_matches_login_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40083);

/**
 * The comments among `candidates` that this action's identity wrote. Anyone can paste the hidden markers of a
 * sticky comment; only the token's own comments are edited, deleted or believed. The token's login is read
 * (one call per run) only when there is a candidate. When the token cannot read its login, comments by Apps
 * (`[bot]`) still count: people without an App installed on the repository cannot write as one.
 */
async function findOwnComments(github, candidates) {
    if (candidates.length === 0)
        return [];
    let viewer;
    try {
        viewer = await github.getViewerLogin();
    }
    catch {
        viewer = undefined;
    }
    return candidates.filter((comment) => viewer === undefined
        ? comment.author.toLowerCase().endsWith('[bot]')
        : (0,_core_identity_matches_login_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesLogin */ .r)(comment.author, viewer));
}


/***/ }),

/***/ 31856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ inPhase)
/* harmony export */ });
/* harmony import */ var _core_errors_config_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30826);
/* harmony import */ var _core_errors_input_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85700);
/* harmony import */ var _core_errors_phase_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71355);



/**
 * Runs one phase of a flow. An error escaping it becomes a PhaseError naming the flow and the phase, unless it
 * already says where it comes from: a ConfigError (file:line:col, annotated by the action), an InputError (the
 * input), or a PhaseError of an inner phase.
 */
async function inPhase(where, work) {
    try {
        return await work();
    }
    catch (error) {
        if (error instanceof _core_errors_config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x || error instanceof _core_errors_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d || error instanceof _core_errors_phase_error_js__WEBPACK_IMPORTED_MODULE_2__/* .PhaseError */ .w)
            throw error;
        throw new _core_errors_phase_error_js__WEBPACK_IMPORTED_MODULE_2__/* .PhaseError */ .w(where, error);
    }
}


/***/ })

};
