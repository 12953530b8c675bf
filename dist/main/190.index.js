export const id = 190;
export const ids = [190];
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
// EXTERNAL MODULE: ./src/core/drift/read-tree-table.ts
var read_tree_table = __webpack_require__(71105);
// EXTERNAL MODULE: ./src/core/drift/tree-table-map.ts
var tree_table_map = __webpack_require__(70089);
;// CONCATENATED MODULE: ./src/core/drift/parse-ls-tree.ts


/**
 * Parses `git ls-tree -r -t -z <rev>` output (`<mode> SP <type> SP <sha> TAB <path> NUL` per entry)
 * into path -> entry. `-z` keeps unusual paths unquoted. Throws on a malformed record.
 * A complete listing (every folder before its entries, as `-r -t` prints) stays a tree table behind the map:
 * a 100,000-entry tree is read at every dashboard and drift map, and an object per entry was most of its cost.
 * Any other listing becomes a plain `Map` (the last of repeated paths wins).
 */
function parseLsTree(output) {
    const table = (0,read_tree_table/* readTreeTable */.HI)(output);
    if (table.complete)
        return (0,tree_table_map/* treeTableMap */.Z)(table);
    const entries = new Map();
    for (let i = 0; i < table.size; i++) {
        const entry = (0,read_tree_table/* treeTableEntry */.xU)(table, i);
        entries.set(entry.path, entry);
    }
    return entries;
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

/***/ 62724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ findTreeEntry),
/* harmony export */   i: () => (/* binding */ findFileEntry)
/* harmony export */ });
/* harmony import */ var _read_tree_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71105);

/** A folder with more entries below it than this indexes its files by name (once) instead of scanning them. */
const SCAN_LIMIT = 64;
/** Per table: parent entry (-1 for the root) -> its files' names -> entry, for the large folders asked about. */
const fileIndexes = new WeakMap();
/**
 * The entry of `path` in a complete tree table, or -1: folders from the table's folder map, other entries
 * among their parent folder's direct children.
 */
function findTreeEntry(table, path) {
    const folder = table.folders.get(path);
    if (folder !== undefined)
        return folder;
    const slash = path.lastIndexOf('/');
    if (slash < 0)
        return findFileEntry(table, -1, path);
    const parent = table.folders.get(path.slice(0, slash));
    return parent === undefined ? -1 : findFileEntry(table, parent, path.slice(slash + 1));
}
/** The entry of the file (blob or submodule) `name` directly in folder entry `parent` (-1: the root), or -1. */
function findFileEntry(table, parent, name) {
    const first = parent + 1;
    const end = parent < 0 ? table.size : table.subtreeEnd[parent];
    if (end - first > SCAN_LIMIT)
        return fileIndex(table, parent).get(name) ?? -1;
    // A child's name starts right after its parent's path and a slash.
    const nameStart = parent < 0 ? 0 : table.pathEnd[parent] - table.pathStart[parent] + 1;
    for (let i = first; i < end; i = table.subtreeEnd[i]) {
        if (table.kind[i] === _read_tree_table_js__WEBPACK_IMPORTED_MODULE_0__/* .TREE_KIND */ .cn.tree)
            continue;
        const start = table.pathEnd[i] - name.length;
        if (start === table.pathStart[i] + nameStart && table.text.startsWith(name, start))
            return i;
    }
    return -1;
}
function fileIndex(table, parent) {
    let byParent = fileIndexes.get(table);
    if (byParent === undefined) {
        byParent = new Map();
        fileIndexes.set(table, byParent);
    }
    let names = byParent.get(parent);
    if (names === undefined) {
        names = new Map();
        const end = parent < 0 ? table.size : table.subtreeEnd[parent];
        const nameStart = parent < 0 ? 0 : table.pathEnd[parent] - table.pathStart[parent] + 1;
        for (let i = parent + 1; i < end; i = table.subtreeEnd[i]) {
            if (table.kind[i] === _read_tree_table_js__WEBPACK_IMPORTED_MODULE_0__/* .TREE_KIND */ .cn.tree)
                continue;
            const name = table.text.slice(table.pathStart[i] + nameStart, table.pathEnd[i]);
            if (!names.has(name))
                names.set(name, i);
        }
        byParent.set(parent, names);
    }
    return names;
}


/***/ }),

/***/ 71105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HI: () => (/* binding */ readTreeTable),
/* harmony export */   cn: () => (/* binding */ TREE_KIND),
/* harmony export */   xU: () => (/* binding */ treeTableEntry)
/* harmony export */ });
/** Entry kinds of a tree table, in `TreeTable.kind`. */
const TREE_KIND = { blob: 0, tree: 1, commit: 2 };
const KIND_NAMES = ['blob', 'tree', 'commit'];
/**
 * Reads `git ls-tree -r -t -z <rev>` output (`<mode> SP <type> SP <sha> TAB <path> NUL` per entry) into a
 * tree table in one pass. `-z` keeps unusual paths unquoted. Throws on a malformed record.
 */
function readTreeTable(output) {
    const capacity = countRecords(output);
    const table = {
        text: output,
        size: 0,
        recordStart: new Int32Array(capacity),
        shaStart: new Int32Array(capacity),
        shaEnd: new Int32Array(capacity),
        pathStart: new Int32Array(capacity),
        pathEnd: new Int32Array(capacity),
        kind: new Uint8Array(capacity),
        subtreeEnd: new Int32Array(capacity),
        folders: new Map(),
        complete: true,
    };
    const open = [];
    const openPaths = [];
    for (let start = 0; start < output.length;) {
        let end = output.indexOf('\0', start);
        if (end < 0)
            end = output.length;
        if (end > start && !(end === start + 1 && output.charCodeAt(start) === 0x0a)) {
            const i = table.size++;
            readRecord(table, i, start, end);
            placeEntry(table, i, open, openPaths);
        }
        start = end + 1;
    }
    for (const i of open)
        table.subtreeEnd[i] = table.size;
    return table;
}
function countRecords(output) {
    let count = 1;
    for (let at = output.indexOf('\0'); at >= 0; at = output.indexOf('\0', at + 1))
        count++;
    return count;
}
/** One record, `output[start, end)`; the header (before the first tab) is `<mode> <type> <sha>[ ...]`. */
function readRecord(table, i, start, end) {
    const output = table.text;
    const tab = output.indexOf('\t', start);
    const header = tab < 0 || tab > end ? -1 : tab;
    const space1 = header < 0 ? -1 : output.indexOf(' ', start);
    const space2 = space1 < 0 || space1 > header ? -1 : output.indexOf(' ', space1 + 1);
    const space3 = space2 < 0 || space2 > header ? -1 : output.indexOf(' ', space2 + 1);
    const kind = space2 < 0 || space2 > header ? undefined : kindOf(output, space1 + 1, space2);
    if (kind === undefined) {
        throw new Error(`unexpected git ls-tree record ${JSON.stringify(output.slice(start, Math.min(end, start + 200)))}`);
    }
    table.recordStart[i] = start;
    table.kind[i] = kind;
    table.shaStart[i] = space2 + 1;
    table.shaEnd[i] = space3 < 0 || space3 > header ? header : space3;
    table.pathStart[i] = header + 1;
    table.pathEnd[i] = end;
    table.subtreeEnd[i] = i + 1;
}
function kindOf(text, start, end) {
    const length = end - start;
    if (length === 4 && text.startsWith('blob', start))
        return TREE_KIND.blob;
    if (length === 4 && text.startsWith('tree', start))
        return TREE_KIND.tree;
    if (length === 6 && text.startsWith('commit', start))
        return TREE_KIND.commit;
    return undefined;
}
/**
 * Closes the folders entry `i` is not in, checks that its parent folder is the innermost one still open (else
 * the listing is not complete), and opens it when it is a folder.
 */
function placeEntry(table, i, open, openPaths) {
    const { text } = table;
    const start = table.pathStart[i];
    const end = table.pathEnd[i];
    const slash = text.lastIndexOf('/', end - 1);
    const parentLength = slash < start ? -1 : slash - start;
    while (open.length > 0) {
        const top = openPaths[openPaths.length - 1];
        if (top.length === parentLength && text.startsWith(top, start))
            break;
        table.subtreeEnd[open.pop()] = i;
        openPaths.pop();
    }
    if (parentLength >= 0 && open.length === 0)
        table.complete = false;
    if (table.kind[i] !== TREE_KIND.tree)
        return;
    const path = text.slice(start, end);
    if (table.folders.has(path))
        table.complete = false;
    table.folders.set(path, i);
    open.push(i);
    openPaths.push(path);
}
/** Entry `i` of a table as an object (`path` when the caller has it already). */
function treeTableEntry(table, i, path) {
    const { text } = table;
    return {
        path: path ?? text.slice(table.pathStart[i], table.pathEnd[i]),
        mode: text.slice(table.recordStart[i], text.indexOf(' ', table.recordStart[i])),
        type: KIND_NAMES[table.kind[i]],
        sha: text.slice(table.shaStart[i], table.shaEnd[i]),
    };
}


/***/ }),

/***/ 70089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ treeTableOf),
/* harmony export */   Z: () => (/* binding */ treeTableMap)
/* harmony export */ });
/* harmony import */ var _find_tree_entry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62724);
/* harmony import */ var _read_tree_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71105);


/** The table behind each map made here: the drift map and the dashboard ask it directly. */
const tables = new WeakMap();
/**
 * A complete tree table as a read-only map of path -> entry, in git's order: entries are made when asked
 * for, so a 100,000-entry tree costs its text and a few typed arrays until something iterates it.
 */
function treeTableMap(table) {
    const entryAt = (i, path) => (0,_read_tree_table_js__WEBPACK_IMPORTED_MODULE_1__/* .treeTableEntry */ .xU)(table, i, path);
    function* entries() {
        for (let i = 0; i < table.size; i++) {
            const entry = entryAt(i);
            yield [entry.path, entry];
        }
    }
    function* keys() {
        for (let i = 0; i < table.size; i++)
            yield table.text.slice(table.pathStart[i], table.pathEnd[i]);
    }
    function* values() {
        for (let i = 0; i < table.size; i++)
            yield entryAt(i);
    }
    const map = {
        get size() {
            return table.size;
        },
        get(path) {
            const i = (0,_find_tree_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .findTreeEntry */ .C)(table, path);
            return i < 0 ? undefined : entryAt(i, path);
        },
        has: (path) => (0,_find_tree_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .findTreeEntry */ .C)(table, path) >= 0,
        forEach(callback, thisArg) {
            for (const [path, entry] of entries())
                callback.call(thisArg, entry, path, map);
        },
        entries,
        keys,
        values,
        [Symbol.iterator]: entries,
    };
    tables.set(map, table);
    return map;
}
/** The tree table behind a map `treeTableMap` made, else undefined (a plain `Map`, GitHub's tree). */
function treeTableOf(tree) {
    return tables.get(tree);
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


/***/ })

};
