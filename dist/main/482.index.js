export const id = 482;
export const ids = [482];
export const modules = {

/***/ 99482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareWebhookFanoutFlow: () => (/* binding */ prepareWebhookFanoutFlow)
});

// EXTERNAL MODULE: ./src/runtime/debug-inputs.ts
var debug_inputs = __webpack_require__(47493);
// EXTERNAL MODULE: ./src/runtime/inputs.ts
var runtime_inputs = __webpack_require__(12291);
// EXTERNAL MODULE: ./src/actions/shared/read-github-inputs.ts
var read_github_inputs = __webpack_require__(91123);
// EXTERNAL MODULE: ./src/actions/shared/read-webhook-secrets.ts + 1 modules
var read_webhook_secrets = __webpack_require__(21889);
;// CONCATENATED MODULE: ./src/actions/webhook-fanout/read-webhook-fanout-inputs.ts




/** Reads and validates the webhook-fanout action's inputs before anything else runs; secrets are masked first. */
function readWebhookFanoutInputs(inputs = (0,runtime_inputs/* createInputReader */.i)()) {
    const read = {
        ...(0,read_github_inputs/* readGitHubInputs */.B)(inputs),
        ...(0,read_webhook_secrets/* readWebhookSecrets */.V)(inputs),
        concurrency: inputs.integer('concurrency', 20, { min: 1, max: 256 }),
        timeoutMs: inputs.integer('timeout-ms', 10_000, { min: 100, max: 300_000 }),
        retries: inputs.integer('retries', 3, { min: 0, max: 10 }),
        failOnError: inputs.boolean('fail-on-error', true),
        dryRun: inputs.boolean('dry-run', false),
    };
    (0,debug_inputs/* debugInputs */.h)('webhook-fanout', read);
    return read;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/adapters/github/create-octokit-github.ts
var create_octokit_github = __webpack_require__(76298);
// EXTERNAL MODULE: ./src/adapters/http/create-axios-webhook-sender.ts + 2 modules
var create_axios_webhook_sender = __webpack_require__(94988);
;// CONCATENATED MODULE: ./src/core/webhook/read-push-event.ts
/** The all-zero SHA GitHub puts in `before` for a new branch and in `after` for a deleted one. */
const ZERO_SHA = '0000000000000000000000000000000000000000';
/**
 * Reads a workflow event and decides whether it is forwarded: only `push` events to the repository's
 * default branch that did not delete it, as the Go bot forwards them. Anything else is a skip with a reason.
 */
function readPushEvent(eventName, payload) {
    if (eventName !== 'push')
        return skip(`the event is ${eventName}, not push`);
    const repository = record(payload['repository']);
    const defaultBranch = read_push_event_text(repository['default_branch']);
    const ref = read_push_event_text(payload['ref']);
    if (defaultBranch === '')
        return skip('the push payload names no repository.default_branch');
    if (ref !== `refs/heads/${defaultBranch}`)
        return skip(`${ref || 'the ref'} is not the default branch ${defaultBranch}`);
    const after = read_push_event_text(payload['after']);
    if (payload['deleted'] === true || after === '' || after === ZERO_SHA)
        return skip(`${ref} was deleted`);
    const before = read_push_event_text(payload['before']);
    const commits = Array.isArray(payload['commits']) ? payload['commits'] : [];
    const headId = read_push_event_text(record(payload['head_commit'])['id']);
    return {
        kind: 'forward',
        push: {
            ref,
            before,
            after,
            created: payload['created'] === true || before === '' || before === ZERO_SHA,
            deleted: false,
            forced: payload['forced'] === true,
            defaultBranch,
            commitIds: commits.map((commit) => read_push_event_text(record(commit)['id'])).filter((id) => id !== ''),
            headCommitId: headId === '' ? undefined : headId,
        },
    };
}
function skip(reason) {
    return { kind: 'skip', reason };
}
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : {};
}
function read_push_event_text(value) {
    return typeof value === 'string' ? value : '';
}

// EXTERNAL MODULE: ./src/runtime/action-logger.ts + 1 modules
var action_logger = __webpack_require__(97653);
// EXTERNAL MODULE: ./src/runtime/mask-secret.ts
var mask_secret = __webpack_require__(44939);
// EXTERNAL MODULE: ./src/runtime/outputs.ts
var outputs = __webpack_require__(18506);
// EXTERNAL MODULE: ./src/runtime/workflow-context.ts
var workflow_context = __webpack_require__(37337);
// EXTERNAL MODULE: ./src/core/concurrency/map-with-concurrency.ts
var map_with_concurrency = __webpack_require__(31748);
// EXTERNAL MODULE: ./src/core/webhook/build-delivery-headers.ts + 1 modules
var build_delivery_headers = __webpack_require__(93759);
;// CONCATENATED MODULE: ./src/core/webhook/build-push-payload.ts
const NONE = { added: [], modified: [], removed: [] };
/**
 * The body forwarded to every endpoint: the workflow's push payload with `added`/`removed`/`modified`
 * filled in on each commit and on `head_commit` (GitHub leaves them out of the payload Actions receives, and
 * Argo CD picks applications by them). Every other field is passed through unchanged. With `unknown`
 * attribution the lists are present and empty, so Argo CD refreshes every application of the repository.
 */
function buildPushPayload(payload, attribution) {
    const listsOf = (commit) => {
        if (attribution.kind === 'unknown' || typeof commit['id'] !== 'string')
            return NONE;
        return attribution.byCommit.get(commit['id']) ?? NONE;
    };
    const withLists = (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            return value;
        const commit = value;
        const lists = listsOf(commit);
        return { ...commit, added: [...lists.added], removed: [...lists.removed], modified: [...lists.modified] };
    };
    const commits = payload['commits'];
    return {
        ...payload,
        ...(Array.isArray(commits) ? { commits: commits.map(withLists) } : {}),
        ...('head_commit' in payload ? { head_commit: withLists(payload['head_commit']) } : {}),
    };
}

// EXTERNAL MODULE: ./src/core/webhook/mask-url-credentials.ts
var mask_url_credentials = __webpack_require__(57390);
;// CONCATENATED MODULE: ./src/core/regex/expand-go-template.ts
const NAME_CHAR = /[A-Za-z0-9_]/;
/**
 * Splits a Go replacement template (`$1`, `${1}`, `$name`, `${name}`, `$$`) as Go's Regexp.Expand reads it: a name
 * is the longest run of letters, digits and underscores (so `$1a` is the group named "1a"), `$$` is a literal `$`,
 * and a `$` that starts no valid reference is literal. Adjacent literal text is one part.
 */
function parseGoTemplate(template) {
    const parts = [];
    const text = (value) => {
        const last = parts.at(-1);
        if (value === '')
            return;
        if (last?.kind === 'text')
            last.text += value;
        else
            parts.push({ kind: 'text', text: value });
    };
    let i = 0;
    while (i < template.length) {
        const dollar = template.indexOf('$', i);
        if (dollar < 0) {
            text(template.slice(i));
            break;
        }
        text(template.slice(i, dollar));
        const reference = readReference(template, dollar + 1);
        if (reference === undefined) {
            text('$');
            i = dollar + 1;
            continue;
        }
        if (reference.name === '$')
            text('$');
        else
            parts.push({ kind: 'group', name: reference.name });
        i = reference.next;
    }
    return parts;
}
/** Expands a Go replacement template for one match, as Go's Regexp.Expand does (see parseGoTemplate). */
function expandGoTemplate(template, regex, match) {
    return parseGoTemplate(template)
        .map((part) => (part.kind === 'text' ? part.text : goGroupText(part.name, regex, match)))
        .join('');
}
/** Go's ReplaceAllString: every match replaced by the expanded template, unmatched text kept. */
function replaceAllGo(regex, input, template) {
    let out = '';
    let last = 0;
    for (const match of regex.matches(input)) {
        out += input.slice(last, match.start) + expandGoTemplate(template, regex, match);
        last = match.end;
    }
    return out + input.slice(last);
}
function readReference(template, at) {
    if (template[at] === '$')
        return { name: '$', next: at + 1 };
    const braced = template[at] === '{';
    let end = braced ? at + 1 : at;
    while (end < template.length && NAME_CHAR.test(template[end] ?? ''))
        end++;
    const name = template.slice(braced ? at + 1 : at, end);
    if (name === '')
        return undefined;
    if (!braced)
        return { name, next: end };
    if (template[end] !== '}')
        return undefined;
    return { name, next: end + 1 };
}
/** The text a group reference expands to: "" for a missing or unmatched group, as in Go. */
function goGroupText(name, regex, match) {
    const index = /^[0-9]+$/.test(name) ? Number(name) : regex.groupNames.get(name);
    if (index === undefined || index > regex.groupCount)
        return '';
    return match.groups[index] ?? '';
}

;// CONCATENATED MODULE: ./src/core/webhook/expand-endpoint.ts

const SCHEME = /^(https?):\/\//i;
const HOST_TEXT = /^[A-Za-z0-9-]*$/;
const PATH_SAFE = /[A-Za-z0-9\-._~/]/;
const COMPONENT_SAFE = /[A-Za-z0-9\-._~]/;
// One character stands for each group reference while the template's own structure is read.
const GROUP = '\u0000';
/**
 * Expands a webhook replacement template for a changed file as Go's ReplaceAllString does, but treats the file's
 * text as data: the template alone decides the URL's scheme and host. The template is read first with its group
 * references as placeholders; a capture landing in the host must be letters, digits and `-` (a path such as
 * `clusters/prod-x@127.0.0.1:8080#/...` cannot move the delivery to another host), one landing in the path, query
 * or fragment is percent-encoded (a `?` or `#` cannot cut the URL short), and one in the scheme or user part is
 * refused. The unmatched rest of the path (an expression that does not cover it) is data where the template ends;
 * text before the match is refused. The result must parse with the template's scheme and host.
 */
function expandEndpoint(regex, file, template) {
    const matches = regex.matches(file);
    const raw = rawExpansion(regex, file, template, matches);
    const refuse = (reason) => ({ ok: false, url: raw, reason });
    const [first] = matches;
    if (first === undefined)
        return refuse(`the expression does not match ${JSON.stringify(file)}`);
    if (first.start > 0)
        return refuse(`the expression matches ${JSON.stringify(file)} only after its start, so the URL would begin with the file path: anchor the expression with ^`);
    const skeleton = readSkeleton(template);
    if (skeleton === undefined)
        return refuse('the replacement is not http or https: it must start with http:// or https:// written in the template itself');
    let url = '';
    let position = 0;
    let host = '';
    const add = (text, part) => {
        url += text;
        if (part === 'host')
            host += text;
    };
    for (const piece of parseGoTemplate(template)) {
        if (piece.kind === 'text') {
            for (const char of piece.text)
                add(char, skeleton.partAt(position++));
            continue;
        }
        const part = skeleton.partAt(position++);
        const placed = placeData(goGroupText(piece.name, regex, first), part);
        if (!placed.ok)
            return refuse(`\`\${${piece.name}}\` of ${JSON.stringify(file)} ${placed.reason}`);
        add(placed.text, part);
    }
    const rest = restAfterFirstMatch(regex, file, template, matches);
    const restPart = skeleton.partAt(position);
    const placedRest = placeData(rest, restPart);
    if (!placedRest.ok)
        return refuse(`the part of ${JSON.stringify(file)} the expression does not cover (${JSON.stringify(rest)}) ${placedRest.reason}`);
    add(placedRest.text, restPart);
    const mismatch = checkParsed(url, skeleton.scheme, host);
    return mismatch === undefined ? { ok: true, url } : refuse(mismatch);
}
function rawExpansion(regex, file, template, matches) {
    let out = '';
    let last = 0;
    for (const match of matches) {
        out += file.slice(last, match.start) + expandGoTemplate(template, regex, match);
        last = match.end;
    }
    return out + file.slice(last);
}
/** What Go appends after the first expansion: the text between matches, later expansions and the unmatched end. */
function restAfterFirstMatch(regex, file, template, matches) {
    let out = '';
    let last = matches[0]?.end ?? 0;
    for (const match of matches.slice(1)) {
        out += file.slice(last, match.start) + expandGoTemplate(template, regex, match);
        last = match.end;
    }
    return out + file.slice(last);
}
/** The template's structure with every group reference as one placeholder character. */
function readSkeleton(template) {
    const text = parseGoTemplate(template)
        .map((piece) => (piece.kind === 'text' ? piece.text.replaceAll(GROUP, ' ') : GROUP))
        .join('');
    const scheme = SCHEME.exec(text);
    if (scheme === null)
        return undefined;
    const authorityStart = scheme[0].length;
    const authorityEnd = firstOf(text, ['/', '?', '#', '\\'], authorityStart);
    const at = text.lastIndexOf('@', authorityEnd - 1);
    const hostStart = at >= authorityStart ? at + 1 : authorityStart;
    const queryStart = firstOf(text, ['?', '#'], authorityEnd);
    const fragmentStart = firstOf(text, ['#'], authorityEnd);
    return {
        scheme: (scheme[1] ?? '').toLowerCase(),
        partAt: (index) => {
            if (index < authorityStart)
                return 'scheme';
            if (index < hostStart)
                return 'userinfo';
            if (index < authorityEnd)
                return 'host';
            if (index >= fragmentStart)
                return 'fragment';
            if (index >= queryStart)
                return 'query';
            return 'path';
        },
    };
}
/** The first index of any of `chars` from `from`; Infinity when none (the part runs to the end and beyond). */
function firstOf(text, chars, from) {
    const found = chars.map((char) => text.indexOf(char, from)).filter((index) => index >= 0);
    return found.length === 0 ? Infinity : Math.min(...found);
}
/** Text from a file path placed into one part of the URL: checked for the host, encoded elsewhere. */
function placeData(value, part) {
    if (value === '')
        return { ok: true, text: '' };
    switch (part) {
        case 'scheme':
        case 'userinfo':
            return { ok: false, reason: `would land in the ${part} of the URL, which only the template may write` };
        case 'host':
            return HOST_TEXT.test(value)
                ? { ok: true, text: value }
                : {
                    ok: false,
                    reason: `is ${JSON.stringify(value)}, which cannot go into the host of the URL: only letters, digits and - are allowed there`,
                };
        case 'path':
            return { ok: true, text: percentEncode(value, PATH_SAFE) };
        default:
            return { ok: true, text: percentEncode(value, COMPONENT_SAFE) };
    }
}
function percentEncode(value, safe) {
    let out = '';
    for (const char of value) {
        if (safe.test(char))
            out += char;
        else
            out += encodeCodePoint(char);
    }
    return out;
}
function encodeCodePoint(char) {
    try {
        return encodeURIComponent(char);
    }
    catch {
        // A lone surrogate has no UTF-8 form: send the replacement character, as TextEncoder would.
        return '%EF%BF%BD';
    }
}
/** The assembled URL must be the scheme and host the template means, as a URL parser reads it. */
function checkParsed(text, scheme, host) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return 'the expanded text is not a URL';
    }
    const expectedHost = host.replace(/:\d*$/, '').toLowerCase();
    if (url.protocol !== `${scheme}:` || url.hostname !== expectedHost)
        return `the expanded URL would go to ${url.protocol}//${url.hostname}, not to the scheme and host the template writes`;
    return undefined;
}

// EXTERNAL MODULE: ./src/core/promotion/compare-strings.ts
var compare_strings = __webpack_require__(16277);
;// CONCATENATED MODULE: ./src/core/webhook/select-endpoints.ts


/**
 * Chooses webhook endpoints for changed files as the Go bot does: for each file the first expression that
 * matches anywhere in the path (RE2, not anchored unless the expression anchors) contributes every one of its
 * replacements, each expanded with Go's ReplaceAllString (so an expression that does not cover the whole path
 * leaves the rest of the path in the URL); later expressions are not tried for that file. File text in a URL is
 * data (see expandEndpoint): an expansion it would redirect is kept, as Go expands it, in `invalid`. Endpoints
 * are de-duplicated; ones that are not URLs at all are left to validation, which reports them per endpoint.
 */
function selectEndpoints(rules, files) {
    const byFile = new Map();
    const byEndpoint = new Map();
    const unmatched = new Set();
    const invalid = new Map();
    for (const file of new Set(files)) {
        const rule = rules.find((candidate) => candidate.regex.test(file));
        if (rule === undefined) {
            unmatched.add(file);
            continue;
        }
        const endpoints = rule.replacements.map((template) => {
            const expansion = expandEndpoint(rule.regex, file, template);
            if (!expansion.ok && !invalid.has(expansion.url))
                invalid.set(expansion.url, expansion.reason);
            return expansion.url;
        });
        byFile.set(file, endpoints);
        for (const endpoint of endpoints) {
            const selecting = byEndpoint.get(endpoint) ?? new Set();
            selecting.add(file);
            byEndpoint.set(endpoint, selecting);
        }
    }
    const endpoints = [...byEndpoint.keys()].sort(compare_strings/* compareStrings */.K);
    return {
        endpoints,
        byFile,
        byEndpoint: new Map(endpoints.map((e) => [e, [...(byEndpoint.get(e) ?? [])].sort(compare_strings/* compareStrings */.K)])),
        unmatched: [...unmatched].sort(compare_strings/* compareStrings */.K),
        invalid,
    };
}

// EXTERNAL MODULE: ./src/core/webhook/select-secret.ts
var select_secret = __webpack_require__(37446);
// EXTERNAL MODULE: ./src/core/webhook/validate-endpoint-url.ts
var validate_endpoint_url = __webpack_require__(55265);
// EXTERNAL MODULE: ./src/use-cases/promote/load-repo-config.ts
var load_repo_config = __webpack_require__(99310);
;// CONCATENATED MODULE: ./src/core/webhook/classify-changed-files.ts

/**
 * Sorts changed files into GitHub's push-payload lists: a rename is the old path removed and the new one
 * added (as GitHub reports renames in push payloads), a copy is an addition, a type change a modification;
 * each list is sorted and de-duplicated.
 */
function classifyChangedFiles(files) {
    const added = new Set();
    const modified = new Set();
    const removed = new Set();
    for (const file of files) {
        if (file.status === 'added' || file.status === 'copied')
            added.add(file.path);
        else if (file.status === 'removed')
            removed.add(file.path);
        else if (file.status === 'renamed') {
            added.add(file.path);
            if (file.previousPath !== undefined)
                removed.add(file.previousPath);
        }
        else if (file.status !== 'unchanged')
            modified.add(file.path);
    }
    return { added: sortPaths(added), modified: sortPaths(modified), removed: sortPaths(removed) };
}
/** Paths sorted by code point (Go's byte order), so output never depends on the locale. */
function sortPaths(paths) {
    return [...paths].sort(compare_strings/* compareStrings */.K);
}

;// CONCATENATED MODULE: ./src/core/webhook/changed-paths.ts

/** Every path of one or more change sets, once, sorted. */
function changedPaths(...changes) {
    const paths = new Set();
    for (const change of changes) {
        for (const path of [...change.added, ...change.modified, ...change.removed])
            paths.add(path);
    }
    return sortPaths(paths);
}

;// CONCATENATED MODULE: ./src/core/webhook/attribute-changes.ts


/**
 * Decides the file lists of each commit of the forwarded payload. With per-commit changes every commit gets
 * its own lists, as GitHub's webhook has them; any path of the net change that no commit lists (a forced push
 * that dropped commits) is added to the head commit, so the union the receiver computes (Argo CD unions all
 * commits' lists) always covers the net change. Without per-commit changes the whole net change goes on the
 * head commit. A payload without commits cannot carry files: `unknown`.
 */
function attributeChanges(input) {
    const target = input.headCommitId !== undefined && input.commitIds.includes(input.headCommitId)
        ? input.headCommitId
        : input.commitIds.at(-1);
    if (target === undefined)
        return { kind: 'unknown', reason: 'the push payload lists no commits to attach changed files to' };
    const byCommit = new Map();
    for (const id of input.commitIds) {
        byCommit.set(id, input.perCommit?.get(id) ?? { added: [], modified: [], removed: [] });
    }
    const listed = new Set(changedPaths(...byCommit.values()));
    const unlisted = (paths) => paths.filter((path) => !listed.has(path));
    const head = byCommit.get(target) ?? { added: [], modified: [], removed: [] };
    byCommit.set(target, {
        added: sortPaths(new Set([...head.added, ...unlisted(input.net.added)])),
        modified: sortPaths(new Set([...head.modified, ...unlisted(input.net.modified)])),
        removed: sortPaths(new Set([...head.removed, ...unlisted(input.net.removed)])),
    });
    return { kind: 'files', byCommit };
}

;// CONCATENATED MODULE: ./src/core/webhook/diff-tree-listings.ts

/**
 * The files that differ between two recursive tree listings (before -> after): a new path is added, a path
 * whose blob or mode changed is modified, a path gone is removed. Exact and without GitHub's 300-file
 * compare cap; renames show as a removal plus an addition, as in push payloads.
 */
function diffTreeListings(before, after) {
    const added = [];
    const modified = [];
    const removed = [];
    for (const [path, entry] of after) {
        if (entry.type === 'tree')
            continue;
        const previous = before.get(path);
        if (previous === undefined || previous.type === 'tree')
            added.push(path);
        else if (previous.sha !== entry.sha || previous.mode !== entry.mode)
            modified.push(path);
    }
    for (const [path, entry] of before) {
        if (entry.type === 'tree')
            continue;
        const next = after.get(path);
        if (next === undefined || next.type === 'tree')
            removed.push(path);
    }
    return {
        added: added.sort(compare_strings/* compareStrings */.K),
        modified: modified.sort(compare_strings/* compareStrings */.K),
        removed: removed.sort(compare_strings/* compareStrings */.K),
    };
}

// EXTERNAL MODULE: ./src/core/errors/error-message.ts
var error_message = __webpack_require__(98307);
;// CONCATENATED MODULE: ./src/use-cases/webhook-fanout/collect-push-changes.ts






/** Git's empty tree: diffing a new branch against it lists every file. */
const EMPTY_TREE_SHA = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
/** Commits diffed one by one at most; longer pushes put the net change on the head commit. */
const MAX_PER_COMMIT_DIFFS = 100;
/**
 * The files a push changed. From the local checkout when it has (or can fetch) `before` and `after`: the
 * net `before..after` diff, which is right for forced pushes too, and each commit's own diff for the payload.
 * Else from GitHub: the compare API, or the two recursive trees for forced pushes and when compare hits its
 * 300-file cap (then the payload's lists are sent empty, which makes Argo CD refresh every app of the repo).
 * A new branch lists every file of `after` and sends empty lists.
 */
async function collectPushChanges(push, ports) {
    if (ports.localGit !== undefined) {
        const local = await fromCheckout(push, ports.localGit, ports.logger);
        if (local !== undefined)
            return local;
    }
    return fromApi(push, ports.github, ports.logger);
}
async function fromCheckout(push, git, logger) {
    const needed = push.created ? [push.after] : [push.before, push.after];
    if (!(await ensureCommits(git, needed))) {
        logger.info(`The checkout lacks ${needed.join(' or ')} and could not fetch it: asking GitHub instead.`);
        return undefined;
    }
    let net;
    try {
        net = classifyChangedFiles(await git.diff(push.created ? EMPTY_TREE_SHA : push.before, push.after));
    }
    catch (error) {
        logger.info(`git diff failed (${(0,error_message/* errorMessage */.g)(error)}): asking GitHub instead.`);
        return undefined;
    }
    if (push.created)
        return newBranch('local', changedPaths(net));
    const perCommit = await perCommitChanges(push.commitIds, git, logger);
    const attribution = attributeChanges({ ...push, net, perCommit });
    return { source: 'local', files: filesOf(net, attribution), attribution, incomplete: false };
}
async function ensureCommits(git, shas) {
    const missing = [];
    for (const sha of shas)
        if (!(await git.hasCommit(sha)))
            missing.push(sha);
    if (missing.length === 0)
        return true;
    await git.fetch(missing);
    for (const sha of missing)
        if (!(await git.hasCommit(sha)))
            return false;
    return true;
}
/** Each commit against its first parent, as GitHub's webhook lists them; undefined when any cannot be read. */
async function perCommitChanges(commitIds, git, logger) {
    if (commitIds.length === 0)
        return undefined;
    if (commitIds.length > MAX_PER_COMMIT_DIFFS) {
        logger.info(`${commitIds.length} commits: listing the net change on the head commit.`);
        return undefined;
    }
    const diffs = await (0,map_with_concurrency/* mapWithConcurrency */.W)(commitIds, 8, async (id) => classifyChangedFiles(await git.diff(`${id}^`, id)));
    const byCommit = new Map();
    for (const [index, diff] of diffs.entries()) {
        if (diff.status === 'rejected') {
            // A shallow checkout lacks parents: the net change on the head commit is still right for Argo CD.
            logger.info(`Commit ${commitIds[index]} cannot be diffed alone: listing the net change on the head commit.`);
            return undefined;
        }
        byCommit.set(commitIds[index] ?? '', diff.value);
    }
    return byCommit;
}
async function fromApi(push, github, logger) {
    if (push.created) {
        const after = await treeListing(github, push.after);
        if (after === undefined) {
            logger.warning('New branch and its tree is too large for one GitHub read: no endpoint can be selected. ' +
                'Add actions/checkout before this step.');
            return { ...newBranch('api-trees', []), incomplete: true };
        }
        return newBranch('api-trees', changedPaths(diffTreeListings(new Map(), after)));
    }
    if (push.forced) {
        // compare is base...head (from the merge base): it misses what a forced push took away.
        const net = await diffTrees(github, push);
        if (net !== undefined) {
            const attribution = attributeChanges({ ...push, net, perCommit: undefined });
            return { source: 'api-trees', files: filesOf(net, attribution), attribution, incomplete: false };
        }
    }
    const compared = await github.compareCommits(push.before, push.after);
    const net = classifyChangedFiles(compared.files);
    if (!compared.truncated) {
        const attribution = attributeChanges({ ...push, net, perCommit: undefined });
        return { source: 'api-compare', files: filesOf(net, attribution), attribution, incomplete: false };
    }
    logger.warning(`GitHub's compare API lists at most 300 files and this push changes more: the forwarded payload carries ` +
        'empty file lists, so Argo CD refreshes every application of this repository. ' +
        'Add actions/checkout (fetch-depth: 2 or more) before this step to send exact lists.');
    const full = await diffTrees(github, push);
    const attribution = {
        kind: 'unknown',
        reason: 'the compare API truncated the changed files at 300',
    };
    if (full === undefined) {
        logger.warning('The full change set could not be read either: endpoints are selected from 300 files only.');
        return { source: 'api-compare', files: changedPaths(net), attribution, incomplete: true };
    }
    return { source: 'api-trees', files: changedPaths(full), attribution, incomplete: false };
}
async function diffTrees(github, push) {
    const before = await treeListing(github, push.before);
    const after = before === undefined ? undefined : await treeListing(github, push.after);
    return before === undefined || after === undefined ? undefined : diffTreeListings(before, after);
}
async function treeListing(github, commit) {
    const { treeSha } = await github.getCommit(commit);
    const { entries, truncated } = await github.getTree(treeSha, { recursive: true });
    return truncated ? undefined : new Map(entries.map((entry) => [entry.path, entry]));
}
function newBranch(source, files) {
    return {
        source,
        files,
        attribution: { kind: 'unknown', reason: 'a new branch: every file is new' },
        incomplete: false,
    };
}
function filesOf(net, attribution) {
    return changedPaths(net, ...(attribution.kind === 'files' ? attribution.byCommit.values() : []));
}

// EXTERNAL MODULE: ./src/use-cases/shared/in-phase.ts
var in_phase = __webpack_require__(31856);
;// CONCATENATED MODULE: ./src/use-cases/webhook-fanout/fan-out-push.ts












/**
 * Forwards a push to the default branch to every endpoint `webhookEndpointRegexs` selects for its changed
 * files: the push payload with the commits' file lists filled in, signed per endpoint, sent concurrently
 * with retries. Every endpoint gets a result; one failing never stops the others.
 */
async function fanOutPush(event, options, ports) {
    const { logger } = ports;
    const check = readPushEvent(event.eventName, event.payload);
    if (check.kind === 'skip') {
        logger.info(`Nothing to forward: ${check.reason}. Webhook fan-out handles pushes to the default branch.`);
        return skipped(check.reason);
    }
    const push = check.push;
    const config = await logger.group('Configuration', () => (0,in_phase/* inPhase */.x)(fanoutPhase(`reading telefonistka.yaml at ${push.after.slice(0, 12)}`), () => readConfig(push, ports)));
    if (config.webhookEndpointRegexs.length === 0) {
        logger.info('telefonistka.yaml has no webhookEndpointRegexs: nothing to forward.');
        return skipped('no webhookEndpointRegexs in telefonistka.yaml');
    }
    const changes = await logger.group('Changed files', () => (0,in_phase/* inPhase */.x)(fanoutPhase(`collecting the files ${push.after.slice(0, 12)} changed`), () => describeChanges(push, ports)));
    const selection = await logger.group('Endpoints', () => Promise.resolve(chooseEndpoints(config, changes.files, ports)));
    const body = new TextEncoder().encode(JSON.stringify(buildPushPayload(event.payload, changes.attribution)));
    const base = {
        skipped: undefined,
        changes: {
            source: changes.source,
            files: changes.files.length,
            attribution: changes.attribution.kind,
            incomplete: changes.incomplete,
        },
        unmatchedFiles: selection.unmatched.length,
        payloadBytes: body.byteLength,
    };
    const deliveries = await logger.group(options.dryRun ? 'Deliveries (dry run)' : 'Deliveries', () => deliver({ selection, body, skipTlsVerify: config.whProxySkipTlsVerifyUpstream }, options, ports));
    const failures = deliveries
        .filter((d) => d.outcome === 'failed' || d.outcome === 'invalid')
        .map((d) => `${d.endpoint}: ${d.error ?? 'failed'}`);
    return { ...base, deliveries, failures };
}
/** A phase of the fan-out, named in its failure (`webhook-fanout: reading telefonistka.yaml at …: …`). */
function fanoutPhase(phase) {
    return { flow: 'webhook-fanout', phase };
}
async function readConfig(push, ports) {
    // The config is read at the pushed commit, which a checkout of another ref may not have yet.
    if (ports.snapshot.source === 'local' && ports.localGit !== undefined) {
        if (!(await ports.localGit.hasCommit(push.after)))
            await ports.localGit.fetch([push.after]);
    }
    const { config, warnings } = await (0,load_repo_config/* loadRepoConfig */.r)(ports.snapshot, push.after);
    for (const warning of warnings)
        ports.logger.warning(warning);
    return config;
}
async function describeChanges(push, ports) {
    const changes = await collectPushChanges(push, ports);
    const { logger } = ports;
    logger.info(`${changes.files.length} changed file(s) from ${changes.source}.`);
    for (const file of changes.files)
        logger.debug(`changed: ${file}`);
    if (changes.attribution.kind === 'unknown') {
        logger.info(`The forwarded payload lists no files (${changes.attribution.reason}): ` +
            'Argo CD refreshes every application of this repository.');
    }
    return changes;
}
function chooseEndpoints(config, files, ports) {
    const selection = selectEndpoints(config.webhookEndpointRegexs, files);
    for (const endpoint of selection.endpoints)
        for (const secret of (0,mask_url_credentials/* urlSecrets */.F)(endpoint))
            ports.maskSecret(secret);
    const { logger } = ports;
    logger.info(`${selection.endpoints.length} endpoint(s) for ${files.length - selection.unmatched.length} matched ` +
        `file(s); ${selection.unmatched.length} file(s) matched no expression.`);
    for (const endpoint of selection.endpoints) {
        const count = selection.byEndpoint.get(endpoint)?.length ?? 0;
        logger.info(`  ${(0,mask_url_credentials/* maskUrlCredentials */.g)(endpoint)} (${count} file(s))`);
    }
    for (const file of selection.unmatched)
        logger.debug(`unmatched: ${file}`);
    if (config.whProxySkipTlsVerifyUpstream && selection.endpoints.length > 0) {
        logger.warning('whProxtSkipTLSVerifyUpstream is true: TLS certificates of the endpoints are NOT verified, so anyone ' +
            'on the network path can read and answer these deliveries.');
    }
    return selection;
}
async function deliver(outgoing, options, ports) {
    const { selection } = outgoing;
    const settled = await (0,map_with_concurrency/* mapWithConcurrency */.W)(selection.endpoints, options.concurrency, (url) => deliverOne(url, outgoing, options, ports));
    return settled.map((result, index) => {
        if (result.status === 'fulfilled')
            return result.value;
        const url = selection.endpoints[index] ?? '';
        return failed(url, selection, `unexpected failure: ${(0,error_message/* errorMessage */.g)(result.reason)}`);
    });
}
async function deliverOne(url, outgoing, options, ports) {
    const endpoint = (0,mask_url_credentials/* maskUrlCredentials */.g)(url);
    const files = outgoing.selection.byEndpoint.get(url)?.length ?? 0;
    const refused = outgoing.selection.invalid.get(url);
    const check = refused === undefined
        ? (0,validate_endpoint_url/* validateEndpointUrl */.X)(url)
        : { ok: false, reason: `${JSON.stringify(endpoint)} is refused: ${refused}` };
    if (!check.ok) {
        ports.logger.warning(`Endpoint ${check.reason}: not sent.`);
        return { ...failed(url, outgoing.selection, check.reason), outcome: 'invalid' };
    }
    const secret = (0,select_secret/* selectSecret */.R)(options.secretRules, options.defaultSecret, url);
    const base = { endpoint, files, signed: secret !== undefined };
    if (options.dryRun) {
        ports.logger.info(`would send to ${endpoint}${secret === undefined ? ' (unsigned)' : ''}`);
        return { ...base, outcome: 'dry-run', status: null, attempts: 0, durationMs: 0, deliveryId: null };
    }
    const deliveryId = ports.newDeliveryId();
    const headers = (0,build_delivery_headers/* buildDeliveryHeaders */.x)({
        event: 'push',
        deliveryId,
        body: outgoing.body,
        secret,
        userAgent: options.userAgent,
    });
    const sent = await ports.sender.send({
        url,
        headers,
        body: outgoing.body,
        skipTlsVerify: outgoing.skipTlsVerify,
    });
    const delivery = {
        ...base,
        outcome: sent.ok ? 'delivered' : 'failed',
        status: sent.status ?? null,
        attempts: sent.attempts,
        durationMs: sent.durationMs,
        deliveryId,
        ...(sent.error === undefined ? {} : { error: hideUrl(sent.error, url, endpoint) }),
    };
    const line = `${endpoint}: ${delivery.outcome}, HTTP ${delivery.status ?? '-'}, ${sent.attempts} attempt(s), ${sent.durationMs} ms`;
    if (sent.ok)
        ports.logger.info(line);
    else
        ports.logger.warning(`${line}: ${delivery.error ?? ''}`);
    return delivery;
}
function failed(url, selection, error) {
    return {
        endpoint: (0,mask_url_credentials/* maskUrlCredentials */.g)(url),
        outcome: 'failed',
        status: null,
        attempts: 0,
        durationMs: 0,
        signed: false,
        files: selection.byEndpoint.get(url)?.length ?? 0,
        deliveryId: null,
        error,
    };
}
function skipped(reason) {
    return {
        skipped: reason,
        changes: undefined,
        unmatchedFiles: 0,
        payloadBytes: 0,
        deliveries: [],
        failures: [],
    };
}
function hideUrl(text, url, masked) {
    return text.split(url).join(masked);
}

// EXTERNAL MODULE: ./src/actions/shared/default-outputs.ts
var default_outputs = __webpack_require__(31403);
// EXTERNAL MODULE: ./src/actions/shared/detect-repository-access.ts + 6 modules
var detect_repository_access = __webpack_require__(95108);
// EXTERNAL MODULE: ./src/actions/shared/with-final-outputs.ts
var with_final_outputs = __webpack_require__(92499);
;// CONCATENATED MODULE: ./src/core/webhook/render-fanout-summary.ts
const SOURCES = {
    local: 'the local checkout',
    'api-compare': "GitHub's compare API",
    'api-trees': "GitHub's tree API",
};
/** The job summary of a fan-out run: what changed, and one table row per endpoint. */
function renderFanoutSummary(result, options) {
    const title = `## Webhook fan-out${options.dryRun ? ' (dry run)' : ''}\n\n`;
    if (result.skipped !== undefined || result.changes === undefined) {
        return `${title}Nothing forwarded: ${result.skipped ?? 'no push'}.\n\nGitHub API calls: ${options.apiCalls}\n`;
    }
    const { changes } = result;
    const lines = [
        `${changes.files} changed file(s) from ${SOURCES[changes.source]}; ${result.unmatchedFiles} matched no expression.`,
    ];
    if (changes.attribution === 'unknown')
        lines.push('The payload carries empty file lists: Argo CD refreshes every application of the repository.');
    if (changes.incomplete)
        lines.push('**The change set is incomplete: some endpoints may have been missed.**');
    const delivered = result.deliveries.filter((d) => d.outcome === 'delivered').length;
    lines.push(`${result.deliveries.length} endpoint(s), ${delivered} delivered, ${result.failures.length} failed; payload ${result.payloadBytes} bytes; GitHub API calls: ${options.apiCalls}.`);
    if (result.deliveries.length === 0)
        return `${title}${lines.join('\n\n')}\n`;
    const rows = result.deliveries.map((d) => `| ${cell(d.endpoint)} | ${d.outcome} | ${d.status ?? '–'} | ${d.attempts} | ${d.durationMs} ms | ${d.files} | ${d.signed ? 'yes' : 'no'} | ${cell(d.error ?? '')} |`);
    const table = [
        '| endpoint | result | status | attempts | duration | files | signed | error |',
        '|---|---|---|---|---|---|---|---|',
        ...rows,
    ].join('\n');
    return `${title}${lines.join('\n\n')}\n\n${table}\n`;
}
function cell(text) {
    return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').slice(0, 300);
}

;// CONCATENATED MODULE: ./src/actions/webhook-fanout/finish-fanout.ts


/**
 * Sets the outputs and the job summary of a fan-out, and fails the step when a delivery failed (a warning
 * instead with `fail-on-error: false`).
 */
async function finishFanout(inputs, end) {
    const { apiCalls, logger } = end;
    if ('skipped' in end) {
        logger.info(`Nothing to forward: ${end.skipped}. Webhook fan-out handles pushes to the default branch.`);
    }
    const result = 'result' in end ? end.result : skippedResult(end.skipped);
    (0,outputs/* setOutputs */.n)({ deliveries: result.deliveries, 'api-calls': apiCalls });
    await (0,outputs/* writeSummary */.S)(renderFanoutSummary(result, { apiCalls, dryRun: inputs.dryRun }));
    if (result.failures.length === 0)
        return;
    const count = result.failures.length;
    const message = `${count} webhook deliver${count === 1 ? 'y' : 'ies'} failed:\n${result.failures.map((f) => `- ${f}`).join('\n')}`;
    if (inputs.failOnError)
        throw new Error(message);
    logger.warning(`${message}\n(fail-on-error is false: the step succeeds)`);
}
function skippedResult(reason) {
    return {
        skipped: reason,
        changes: undefined,
        unmatchedFiles: 0,
        payloadBytes: 0,
        deliveries: [],
        failures: [],
    };
}

;// CONCATENATED MODULE: ./src/actions/webhook-fanout/run-webhook-fanout.ts













const USER_AGENT = 'telefonistka-webhook-fanout';
/** The webhook-fanout action: a push to the default branch is forwarded to the endpoints its files select. */
async function runWebhookFanout(inputs) {
    (0,outputs/* setOutputs */.n)(default_outputs/* DEFAULT_OUTPUTS */.B['webhook-fanout']);
    const logger = (0,action_logger/* createActionLogger */.D)();
    const workflow = (0,workflow_context/* readWorkflowContext */.F)();
    const check = readPushEvent(workflow.eventName, workflow.payload);
    if (check.kind === 'skip')
        return finishFanout(inputs, { skipped: check.reason, apiCalls: 0, logger });
    const { owner, repo, apiUrl: baseUrl } = workflow;
    const github = (0,create_octokit_github/* createOctokitGitHub */.N)({ token: inputs.githubToken, owner, repo, baseUrl, logger });
    await (0,with_final_outputs/* withFinalOutputs */.t)(() => ({ 'api-calls': github.callCount() }), async () => {
        const access = await (0,detect_repository_access/* detectRepositoryAccess */.U)(inputs.checkoutPath ?? workflow.workspace, github, logger);
        const sender = (0,create_axios_webhook_sender/* createAxiosWebhookSender */.z)({
            timeoutMs: inputs.timeoutMs,
            retries: inputs.retries,
            logger,
        });
        const { dryRun, concurrency, secretRules } = inputs;
        const options = {
            dryRun,
            concurrency,
            secretRules,
            defaultSecret: inputs.secret,
            userAgent: USER_AGENT,
        };
        const ports = { github, ...access, sender, logger, newDeliveryId: external_node_crypto_.randomUUID, maskSecret: mask_secret/* maskSecret */.$ };
        const event = { eventName: workflow.eventName, payload: workflow.payload };
        const result = await fanOutPush(event, options, ports).finally(() => sender.close());
        return finishFanout(inputs, { result, apiCalls: github.callCount(), logger });
    });
}

;// CONCATENATED MODULE: ./src/actions/main/flows/webhook-fanout-flow.ts


/** The webhook-fanout flow: its reader and runner in one chunk, loaded only for an event that routes to it. */
const prepareWebhookFanoutFlow = () => {
    const inputs = readWebhookFanoutInputs();
    return () => runWebhookFanout(inputs);
};


/***/ }),

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

/***/ 92499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ withFinalOutputs)
/* harmony export */ });
/* harmony import */ var _runtime_outputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18506);

/**
 * Runs `work`, then sets the outputs `final` returns (the API calls spent) whether it succeeded or failed, so a
 * failing step still reports what it cost.
 */
async function withFinalOutputs(final, work) {
    try {
        await work();
    }
    finally {
        (0,_runtime_outputs_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutputs */ .n)(final());
    }
}


/***/ }),

/***/ 94988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ createAxiosWebhookSender)
});

// EXTERNAL MODULE: ./node_modules/axios/lib/axios.js + 65 modules
var axios = __webpack_require__(41542);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/core/webhook/mask-url-credentials.ts
var mask_url_credentials = __webpack_require__(57390);
;// CONCATENATED MODULE: ./src/adapters/http/backoff-delay.ts
/**
 * Delay before retry number `retry` (1-based): `baseMs * 2^(retry-1)`, capped at `maxMs`, with "equal
 * jitter" (half fixed, half random) so that many endpoints failing together do not retry in lockstep.
 * `random` returns [0, 1).
 */
function backoffDelay(retry, policy, random) {
    const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, retry - 1));
    return Math.round(exponential / 2 + random() * (exponential / 2));
}

;// CONCATENATED MODULE: ./src/adapters/http/parse-retry-after.ts
/**
 * Milliseconds a `retry-after` header asks to wait: delta-seconds or an HTTP-date relative to `nowMs`
 * (RFC 9110 §10.2.3). Undefined when absent or unreadable; a date in the past means 0.
 */
function parseRetryAfter(value, nowMs) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    if (!/[a-zA-Z]/.test(text))
        return undefined;
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - nowMs);
}

// EXTERNAL MODULE: ./src/core/errors/error-message.ts
var error_message = __webpack_require__(98307);
;// CONCATENATED MODULE: ./src/adapters/http/create-axios-webhook-sender.ts







const WALL_CLOCK = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    startTimer: (ms, onTimeout) => {
        const timer = setTimeout(onTimeout, ms);
        return () => clearTimeout(timer);
    },
};
const RESPONSE_LIMIT_BYTES = 64 * 1024;
// Failures that will not change by trying again: certificates, unknown hosts, malformed URLs.
const PERMANENT_CODES = new Set([
    'ENOTFOUND',
    'ERR_INVALID_URL',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
]);
/**
 * The WebhookSenderPort over axios: POSTs the exact body bytes with the given headers, no redirects followed
 * (a signed delivery is never re-sent to another host), a hard per-attempt timeout, and retries with
 * exponential backoff and jitter on network errors, 429 and 5xx (honouring `retry-after`), never on other
 * statuses; attempts and total time are bounded. Keep-alive agents without a socket cap, so concurrent
 * deliveries to one host are not queued behind each other.
 */
function createAxiosWebhookSender(options) {
    const agentOptions = { keepAlive: true, noDelay: true, maxSockets: options.maxSockets ?? Infinity };
    const httpAgent = new (external_node_http_default()).Agent(agentOptions);
    const httpsAgent = new (external_node_https_default()).Agent(agentOptions);
    const insecureAgent = new (external_node_https_default()).Agent({ ...agentOptions, rejectUnauthorized: false });
    const client = axios/* default */.A.create({
        method: 'POST',
        maxRedirects: 0,
        responseType: 'stream',
        validateStatus: () => true,
    });
    const policy = {
        totalTimeoutMs: options.totalTimeoutMs ?? 120_000,
        backoff: options.backoff ?? { baseMs: 1000, maxMs: 30_000 },
        maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
        random: options.random ?? Math.random,
    };
    const clock = options.clock ?? WALL_CLOCK;
    const attempt = async (request, timeoutMs) => {
        const controller = new AbortController();
        const cancelTimer = clock.startTimer(timeoutMs, () => controller.abort());
        try {
            const response = await client.request({
                url: request.url,
                headers: { Accept: '*/*', ...request.headers },
                data: Buffer.from(request.body.buffer, request.body.byteOffset, request.body.byteLength),
                httpAgent,
                httpsAgent: request.skipTlsVerify ? insecureAgent : httpsAgent,
                signal: controller.signal,
            });
            const retryAfter = response.headers['retry-after'];
            return {
                kind: 'response',
                status: response.status,
                statusText: response.statusText,
                retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined,
                // The status is the answer; the body only explains a failure, so a slow or huge one is cut short.
                body: await readStart(response.data, RESPONSE_LIMIT_BYTES),
            };
        }
        catch (error) {
            if (controller.signal.aborted)
                return { kind: 'error', message: `timed out after ${timeoutMs} ms`, retryable: true };
            return networkFailure(error);
        }
        finally {
            cancelTimer();
        }
    };
    const send = async (request) => {
        const started = clock.now();
        const shown = (0,mask_url_credentials/* maskUrlCredentials */.g)(request.url);
        const maxAttempts = 1 + Math.max(0, options.retries);
        let attempts = 0;
        let last;
        let gaveUp = '';
        while (attempts < maxAttempts) {
            const remaining = policy.totalTimeoutMs - (clock.now() - started);
            if (remaining <= 0) {
                gaveUp = ` (gave up: the ${policy.totalTimeoutMs} ms delivery budget is spent)`;
                break;
            }
            attempts++;
            last = await attempt(request, Math.min(options.timeoutMs, remaining));
            if (last.kind === 'response' && isSuccess(last.status))
                break;
            if (!isRetryable(last) || attempts >= maxAttempts)
                break;
            const wait = waitBeforeRetry(last, attempts);
            if (wait === undefined) {
                gaveUp = ` (gave up: retry-after asks for more than ${policy.maxRetryAfterMs} ms)`;
                break;
            }
            if (clock.now() - started + wait >= policy.totalTimeoutMs) {
                gaveUp = ` (gave up: waiting ${wait} ms would exceed the ${policy.totalTimeoutMs} ms delivery budget)`;
                break;
            }
            options.logger.info(`${shown}: attempt ${attempts}/${maxAttempts} failed (${describe(last)}); retrying in ${wait} ms`);
            await clock.sleep(wait);
        }
        return result(last, { attempts, durationMs: clock.now() - started, gaveUp });
    };
    const waitBeforeRetry = (last, attempts) => {
        const backoff = backoffDelay(attempts, policy.backoff, policy.random);
        if (last.kind !== 'response')
            return backoff;
        const asked = parseRetryAfter(last.retryAfter, clock.now());
        if (asked === undefined)
            return backoff;
        if (asked > policy.maxRetryAfterMs)
            return undefined;
        return Math.max(asked, backoff);
    };
    return {
        send,
        close: () => {
            httpAgent.destroy();
            httpsAgent.destroy();
            insecureAgent.destroy();
        },
    };
}
function isSuccess(status) {
    return status >= 200 && status < 300;
}
function isRetryable(attempt) {
    if (attempt.kind === 'error')
        return attempt.retryable;
    return attempt.status === 429 || attempt.status >= 500;
}
function networkFailure(error) {
    if (axios/* default */.A.isAxiosError(error)) {
        const code = error.code ?? error.cause?.code;
        const message = error.message || code || 'request failed';
        return {
            kind: 'error',
            message: code !== undefined && !message.includes(code) ? `${message} (${code})` : message,
            retryable: code === undefined || !PERMANENT_CODES.has(code),
        };
    }
    return { kind: 'error', message: (0,error_message/* errorMessage */.g)(error), retryable: true };
}
function describe(attempt) {
    if (attempt.kind === 'error')
        return attempt.message;
    const text = attempt.body.replace(/\s+/g, ' ').trim().slice(0, 200);
    const status = `HTTP ${attempt.status}${attempt.statusText === '' ? '' : ` ${attempt.statusText}`}`;
    if (isSuccess(attempt.status))
        return status;
    if (attempt.status >= 300 && attempt.status < 400)
        return `${status}: redirects are not followed`;
    return text === '' ? status : `${status}: ${text}`;
}
function result(last, run) {
    const { durationMs } = run;
    if (last === undefined)
        return { ok: false, status: undefined, attempts: 0, durationMs, error: `not sent${run.gaveUp}` };
    const status = last.kind === 'response' ? last.status : undefined;
    const ok = status !== undefined && isSuccess(status);
    return {
        ok,
        status,
        attempts: run.attempts,
        durationMs,
        error: ok ? undefined : `${describe(last)}${run.gaveUp}`,
    };
}
/**
 * The first `limit` bytes of a response body as text. Reading stops early (and drops the connection) when
 * the body is longer, or when the stream ends in an error, e.g. the attempt's timeout firing mid-body.
 */
function readStart(stream, limit) {
    return new Promise((resolve) => {
        const chunks = [];
        let size = 0;
        const finish = () => resolve(Buffer.concat(chunks).subarray(0, limit).toString('utf8'));
        stream.on('data', (chunk) => {
            chunks.push(chunk);
            size += chunk.length;
            if (size > limit) {
                stream.destroy();
                finish();
            }
        });
        stream.on('end', finish);
        stream.on('error', finish);
        stream.on('close', finish);
    });
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

/***/ 93759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ buildDeliveryHeaders)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/core/webhook/sign-payload.ts

/**
 * GitHub's `X-Hub-Signature-256` value for a body: `sha256=` + hex HMAC-SHA256 keyed with the secret, over
 * the exact bytes sent (https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries).
 */
function signSha256(body, secret) {
    return `sha256=${(0,external_node_crypto_.createHmac)('sha256', secret).update(body).digest('hex')}`;
}
/** GitHub's legacy `X-Hub-Signature` value (`sha1=` + hex HMAC-SHA1), still checked by older receivers. */
function signSha1(body, secret) {
    return `sha1=${(0,external_node_crypto_.createHmac)('sha1', secret).update(body).digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/core/webhook/build-delivery-headers.ts

/**
 * The headers GitHub sends with a webhook delivery: JSON content type (Argo CD rejects form-encoded bodies),
 * event name, delivery GUID and, when the endpoint has a secret, `X-Hub-Signature-256` (plus the legacy
 * SHA-1 `X-Hub-Signature`) computed over the body bytes.
 */
function buildDeliveryHeaders(options) {
    const headers = {
        'Content-Type': 'application/json',
        'User-Agent': options.userAgent,
        'X-GitHub-Event': options.event,
        'X-GitHub-Delivery': options.deliveryId,
    };
    if (options.secret !== undefined && options.secret !== '') {
        headers['X-Hub-Signature'] = signSha1(options.body, options.secret);
        headers['X-Hub-Signature-256'] = signSha256(options.body, options.secret);
    }
    return headers;
}


/***/ }),

/***/ 57390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ urlSecrets),
/* harmony export */   g: () => (/* binding */ maskUrlCredentials)
/* harmony export */ });
const USERINFO = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)([^/?#]*)@/;
const SENSITIVE_QUERY = /([?&])([^=&#]*(?:token|secret|key|passw(?:or)?d|pwd|sig|signature|auth|credential)[^=&#]*)=([^&#]*)/gi;
/**
 * Hides credentials in a URL for logs and summaries: `https://user:pass@host` -> `https://user:***@host`,
 * a lone user part (often a token) -> `https://***@host`, and values of query parameters whose names look
 * secret (`token`, `key`, `sig`, ...) -> `***`. Works on text that is not a valid URL too.
 */
function maskUrlCredentials(text) {
    const masked = text.replace(USERINFO, (_all, scheme, userinfo) => {
        const colon = userinfo.indexOf(':');
        return colon < 0 ? `${scheme}***@` : `${scheme}${userinfo.slice(0, colon)}:***@`;
    });
    return masked.replace(SENSITIVE_QUERY, (_all, separator, name) => `${separator}${name}=***`);
}
/**
 * The secret parts of a URL (password, `user:password`, a lone user part, sensitive query values), raw and
 * percent-decoded, so the runner can mask them wherever they appear.
 */
function urlSecrets(text) {
    const found = new Set();
    const userinfo = USERINFO.exec(text)?.[2];
    if (userinfo !== undefined && userinfo !== '') {
        const colon = userinfo.indexOf(':');
        addWithDecoded(found, colon < 0 ? userinfo : userinfo.slice(colon + 1));
        // `user:password` as a whole: what an `Authorization: Basic` header encodes, and a server may echo back.
        if (colon >= 0 && colon < userinfo.length - 1)
            addWithDecoded(found, userinfo);
    }
    for (const match of text.matchAll(SENSITIVE_QUERY))
        addWithDecoded(found, match[3] ?? '');
    return [...found];
}
function addWithDecoded(found, value) {
    if (value === '')
        return;
    found.add(value);
    try {
        const decoded = decodeURIComponent(value);
        if (decoded !== '')
            found.add(decoded);
    }
    catch {
        // Not valid percent-encoding: the raw value is all there is to mask.
    }
}


/***/ }),

/***/ 37446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ selectSecret)
/* harmony export */ });
/**
 * The HMAC secret for an endpoint: the first rule whose pattern matches the URL (an empty secret there means
 * "unsigned"), else the default secret; undefined when the delivery is not signed.
 */
function selectSecret(rules, fallback, url) {
    const rule = rules.find((candidate) => candidate.regex.test(url));
    const secret = rule === undefined ? fallback : rule.secret;
    return secret === undefined || secret === '' ? undefined : secret;
}


/***/ }),

/***/ 55265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ validateEndpointUrl)
/* harmony export */ });
/* harmony import */ var _mask_url_credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57390);

/**
 * Checks that an expanded endpoint is an absolute http(s) URL with a host and no whitespace. A bad endpoint
 * (a replacement with a typo, a path glued to the URL by an unanchored expression) fails on its own; the
 * reason never repeats credentials the URL carries.
 */
function validateEndpointUrl(text) {
    const shown = (0,_mask_url_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .maskUrlCredentials */ .g)(text);
    if (hasSpaceOrControl(text))
        return { ok: false, reason: `${JSON.stringify(shown)} contains whitespace or control characters` };
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return { ok: false, reason: `${JSON.stringify(shown)} is not an absolute URL` };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return { ok: false, reason: `${JSON.stringify(shown)} is not http or https (${url.protocol})` };
    if (url.hostname === '')
        return { ok: false, reason: `${JSON.stringify(shown)} has no host` };
    return { ok: true, url: text };
}
function hasSpaceOrControl(text) {
    for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        if (code <= 0x20 || code === 0x7f || /\s/.test(char))
            return true;
    }
    return false;
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
