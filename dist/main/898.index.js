export const id = 898;
export const ids = [898];
export const modules = {

/***/ 34898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareArgoCdDiffFlow: () => (/* binding */ prepareArgoCdDiffFlow)
});

// EXTERNAL MODULE: ./src/actions/argocd-diff/read-argocd-diff-inputs.ts
var read_argocd_diff_inputs = __webpack_require__(47353);
// EXTERNAL MODULE: ./src/runtime/action-logger.ts + 1 modules
var action_logger = __webpack_require__(97653);
// EXTERNAL MODULE: ./src/runtime/outputs.ts
var outputs = __webpack_require__(18506);
// EXTERNAL MODULE: ./src/runtime/workflow-context.ts
var workflow_context = __webpack_require__(37337);
// EXTERNAL MODULE: ./src/actions/shared/default-outputs.ts
var default_outputs = __webpack_require__(31403);
// EXTERNAL MODULE: ./src/actions/shared/detect-repository-access.ts + 6 modules
var detect_repository_access = __webpack_require__(95108);
// EXTERNAL MODULE: ./src/actions/shared/with-final-outputs.ts
var with_final_outputs = __webpack_require__(92499);
// EXTERNAL MODULE: ./src/actions/shared/workflow-github.ts
var workflow_github = __webpack_require__(10494);
// EXTERNAL MODULE: ./src/actions/shared/event-payloads.ts
var event_payloads = __webpack_require__(6669);
;// CONCATENATED MODULE: ./src/actions/argocd-diff/argocd-diff-event.ts

const DIFFED_ACTIONS = ['opened', 'synchronize', 'reopened'];
/**
 * Reads the triggering event: an opened, updated or reopened PR is diffed; a closed PR (merged or not) has
 * its apps reverted from "sync from branch"; an edit of a PR comment may tick the sync checkbox.
 */
function readArgoCdDiffEvent(eventName, payload) {
    const action = typeof payload.action === 'string' ? payload.action : '';
    const description = (0,event_payloads/* describeEvent */.g)(eventName, payload);
    if (eventName === 'pull_request' || eventName === 'pull_request_target') {
        const pr = payload.pull_request;
        if (pr === undefined)
            return { kind: 'other', description };
        if (action === 'closed')
            return { kind: 'closed', pr: (0,event_payloads/* pullRequestFromPayload */.r)(pr) };
        if (DIFFED_ACTIONS.includes(action) && pr.state !== 'closed')
            return { kind: 'diff', pr: (0,event_payloads/* pullRequestFromPayload */.r)(pr) };
        return { kind: 'other', description };
    }
    if (eventName === 'issue_comment' && action === 'edited') {
        const { issue, comment, changes, sender } = payload;
        if (issue?.pull_request === undefined || comment === undefined)
            return { kind: 'other', description };
        return {
            kind: 'comment-edit',
            edit: {
                issueNumber: issue.number,
                author: comment.user?.login ?? '',
                authorType: comment.user?.type ?? '',
                sender: sender?.login ?? '',
                bodyBefore: changes?.body?.from,
                bodyAfter: comment.body ?? '',
            },
        };
    }
    return { kind: 'other', description };
}

// EXTERNAL MODULE: ./src/adapters/argocd/create-axios-argocd.ts + 2 modules
var create_axios_argocd = __webpack_require__(16685);
// EXTERNAL MODULE: ./src/runtime/sleep.ts
var sleep = __webpack_require__(73083);
// EXTERNAL MODULE: ./src/core/comments/split-comment.ts + 4 modules
var split_comment = __webpack_require__(27440);
// EXTERNAL MODULE: ./src/use-cases/shared/with-commit-status.ts
var with_commit_status = __webpack_require__(32374);
// EXTERNAL MODULE: ./src/use-cases/shared/in-phase.ts
var in_phase = __webpack_require__(31856);
// EXTERNAL MODULE: ./src/core/concurrency/map-with-concurrency.ts
var map_with_concurrency = __webpack_require__(31748);
// EXTERNAL MODULE: ./src/use-cases/argocd-diff/create-app-finder.ts + 1 modules
var create_app_finder = __webpack_require__(5405);
;// CONCATENATED MODULE: ./src/core/argocd/app-diff-result.ts
/** Link to an app in the Argo CD UI, as the Go bot builds it. */
function argoCdAppUrl(settings, appName) {
    return `${(settings.url ?? '').replace(/\/+$/, '')}/applications/${appName}`;
}
/**
 * Health, sync and auto-sync of an app. Auto-sync is on when `syncPolicy.automated` is present and not
 * `enabled: false` (an app without `syncPolicy` has none; the Go bot crashed there). "Synced from the PR branch"
 * means the source that renders the component targets `prHeadRef` and auto-sync is on.
 */
function summarizeAppStatus(app, settings, options) {
    const automated = app.spec.syncPolicy?.automated;
    const autoSyncEnabled = automated !== undefined && automated.enabled !== false;
    const source = options.sourcePosition === undefined ? app.spec.source : app.spec.sources?.[options.sourcePosition - 1];
    return {
        appName: app.metadata.name,
        appUrl: argoCdAppUrl(settings, app.metadata.name),
        healthStatus: app.status?.health?.status ?? 'Unknown',
        syncStatus: app.status?.sync?.status ?? 'Unknown',
        autoSyncEnabled,
        syncedFromPrBranch: autoSyncEnabled && source?.targetRevision === options.prHeadRef,
    };
}

// EXTERNAL MODULE: ./src/core/promotion/compare-strings.ts
var compare_strings = __webpack_require__(16277);
;// CONCATENATED MODULE: ./src/core/argocd/dyff/yaml-tag.ts
/** The YAML tag of a JSON value (`1` is an int, `1.5` a float). */
function yamlTag(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'seq';
    switch (typeof value) {
        case 'object':
            return 'map';
        case 'string':
            return 'str';
        case 'boolean':
            return 'bool';
        default:
            return Number.isInteger(value) ? 'int' : 'float';
    }
}
/** True for a JSON object (not an array, not null). */
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The text of a scalar as a YAML node holds it (`Node.Value`); containers have none. */
function scalarText(value) {
    if (value === null)
        return 'null';
    if (typeof value === 'object')
        return '';
    return String(value);
}

;// CONCATENATED MODULE: ./src/core/argocd/dyff/compare-documents.ts


/** Identifier fields dyff tries on lists of maps, in order (`manager` comes from its Kubernetes detection). */
const identifierCandidates = ['name', 'key', 'id', 'manager'];
/** dyff's NonStandardIdentifierGuessCountThreshold: a guessed identifier needs more entries than this. */
const guessThreshold = 3;
/**
 * Compares two documents the way dyff's `CompareInputFiles` does with Kubernetes entity detection: maps by
 * key, lists of maps by an identifier field (`name`, `key`, `id`, `manager`, or a unique string field in lists
 * of more than three entries), other lists as multisets, scalars by value. A missing side makes the whole
 * document an addition or a removal.
 */
function compareDocuments(from, to) {
    const live = from === null ? undefined : from;
    const target = to === null ? undefined : to;
    if (live === undefined && target === undefined)
        return [];
    if (live === undefined)
        return [{ path: [], details: [{ kind: 'addition', shape: 'document', value: target }] }];
    if (target === undefined)
        return [{ path: [], details: [{ kind: 'removal', shape: 'document', value: live }] }];
    return compareValues([], live, target);
}
function modification(path, from, to) {
    return [{ path, details: [{ kind: 'modification', from, to }] }];
}
function compareValues(path, from, to) {
    const tag = yamlTag(from);
    if (tag !== yamlTag(to))
        return modification(path, from, to);
    switch (tag) {
        case 'map':
            return compareMaps(path, from, to);
        case 'seq':
            return compareLists(path, from, to);
        case 'null':
            return [];
        default:
            return scalarText(from) === scalarText(to) ? [] : modification(path, from, to);
    }
}
function compareMaps(path, from, to) {
    const nested = [];
    const removed = {};
    const added = {};
    for (const [key, value] of Object.entries(from)) {
        if (Object.hasOwn(to, key))
            nested.push(...compareValues([...path, { name: key }], value, to[key]));
        else
            removed[key] = value;
    }
    for (const [key, value] of Object.entries(to)) {
        if (!Object.hasOwn(from, key))
            added[key] = value;
    }
    const details = [];
    if (Object.keys(removed).length > 0)
        details.push({ kind: 'removal', shape: 'map', value: removed });
    if (Object.keys(added).length > 0)
        details.push({ kind: 'addition', shape: 'map', value: added });
    return details.length > 0 ? [{ path, details }, ...nested] : nested;
}
function compareLists(path, from, to) {
    if (from.length === 0 && to.length === 0)
        return [];
    const identifier = standardIdentifier(from, to) ?? guessedIdentifier(from, to);
    return identifier === undefined ? simpleLists(path, from, to) : namedEntryLists(path, identifier, from, to);
}
function distinctValues(list, field, stringsOnly) {
    const values = new Set();
    for (const entry of list) {
        if (!isJsonObject(entry) || !Object.hasOwn(entry, field))
            continue;
        const value = entry[field];
        if (stringsOnly && typeof value !== 'string')
            continue;
        values.add(scalarText(value));
    }
    // dyff only considers a field that at least one entry has.
    return values.size > 0 ? values : undefined;
}
function standardIdentifier(from, to) {
    return identifierCandidates.find((field) => distinctValues(from, field, false)?.size === from.length &&
        distinctValues(to, field, false)?.size === to.length);
}
function guessedIdentifier(from, to) {
    if (!from.every(isJsonObject) || !to.every(isJsonObject))
        return undefined;
    // dyff walks a Go map here (random order); sorted keys make the choice deterministic.
    const fields = [...new Set(from.flatMap((entry) => Object.keys(entry)))].sort(compare_strings/* compareStrings */.K);
    return fields.find((field) => {
        const a = distinctValues(from, field, true)?.size ?? 0;
        const b = distinctValues(to, field, true)?.size ?? 0;
        return a === from.length && b === to.length && a > guessThreshold;
    });
}
function nameOf(entry, identifier) {
    return isJsonObject(entry) && Object.hasOwn(entry, identifier) ? scalarText(entry[identifier]) : '';
}
function namedEntryLists(path, identifier, from, to) {
    const toByName = new Map(to.map((entry) => [nameOf(entry, identifier), entry]).reverse());
    const fromNamesSet = new Set(from.map((entry) => nameOf(entry, identifier)));
    const nested = [];
    const removals = [];
    const fromNames = [];
    for (const entry of from) {
        const name = nameOf(entry, identifier);
        const match = toByName.get(name);
        if (match === undefined) {
            removals.push(entry);
            continue;
        }
        nested.push(...compareValues([...path, { key: identifier, name }], entry, match));
        fromNames.push(name);
    }
    const additions = to.filter((entry) => !fromNamesSet.has(nameOf(entry, identifier)));
    const toNames = to.map((entry) => nameOf(entry, identifier)).filter((name) => fromNamesSet.has(name));
    const toIndex = new Map(toNames.map((name, i) => [name, i]));
    const reordered = fromNames.some((name, i) => toIndex.get(name) !== i);
    const orderChanges = reordered ? [{ kind: 'orderchange', from: fromNames, to: toNames }] : [];
    return pack(nested, path, orderChanges, additions, removals);
}
function simpleLists(path, from, to) {
    if (from.length === 1 && to.length === 1)
        return compareValues([...path, { index: 0 }], from[0], to[0]);
    const fromHashes = from.map(hashOf);
    const toHashes = to.map(hashOf);
    const fromCount = countBy(fromHashes);
    const toCount = countBy(toHashes);
    const removals = surplus(from, fromHashes, fromCount, toCount);
    const additions = surplus(to, toHashes, toCount, fromCount);
    const fromCommon = from.filter((_, i) => toCount.has(fromHashes[i]));
    const toCommon = to.filter((_, i) => fromCount.has(toHashes[i]));
    const reordered = fromCommon.length === toCommon.length &&
        fromCommon.some((entry, i) => hashOf(entry) !== hashOf(toCommon[i]));
    const orderChanges = reordered
        ? [{ kind: 'orderchange', from: fromCommon, to: toCommon }]
        : [];
    return pack([], path, orderChanges, additions, removals);
}
/** Entries of `list` missing from the other side, repeated when the other side has fewer duplicates (dyff). */
function surplus(list, hashes, own, other) {
    const result = [];
    const resultHashes = new Set();
    list.forEach((entry, i) => {
        const hash = hashes[i];
        const mine = own.get(hash) ?? 0;
        const theirs = other.get(hash);
        if (theirs === undefined) {
            result.push(entry);
            resultHashes.add(hash);
        }
        else if (mine > theirs && !resultHashes.has(hash)) {
            for (let n = 0; n < mine - theirs; n++)
                result.push(entry);
            resultHashes.add(hash);
        }
    });
    return result;
}
function countBy(hashes) {
    const counts = new Map();
    for (const hash of hashes)
        counts.set(hash, (counts.get(hash) ?? 0) + 1);
    return counts;
}
/** dyff hashes scalar *text*, so `1` and `"1"` are the same list entry; map key order does not matter. */
function hashOf(value) {
    return JSON.stringify(basicForm(value));
}
function basicForm(value) {
    if (Array.isArray(value))
        return value.map(basicForm);
    if (isJsonObject(value)) {
        return Object.keys(value)
            .sort(compare_strings/* compareStrings */.K)
            .map((key) => [key, basicForm(value[key])]);
    }
    return scalarText(value);
}
function pack(nested, path, orderChanges, additions, removals) {
    const details = [...orderChanges];
    if (removals.length > 0)
        details.push({ kind: 'removal', shape: 'list', value: removals });
    if (additions.length > 0)
        details.push({ kind: 'addition', shape: 'list', value: additions });
    return details.length > 0 ? [{ path, details }, ...nested] : nested;
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/diff/line.js + 1 modules
var line = __webpack_require__(37073);
;// CONCATENATED MODULE: ./src/core/argocd/dyff/neat-yaml.ts

const indentStep = '  ';
/**
 * YAML as gonvenience/neat prints it for dyff (colours off): two-space indent, lists at the indent of their
 * key, strings quoted only when they are `true`/`false`/`null` or contain one of ` *&:,`, multi-line strings
 * as `|` blocks. Every line ends with a line break; a whole document starts with a `---` line.
 */
function neatYaml(value, options = {}) {
    const out = options.document === true ? ['---\n'] : [];
    writeNode(out, '', false, value);
    return out.join('');
}
function writeNode(out, prefix, skipIndentOnFirstLine, value) {
    if (Array.isArray(value)) {
        // neat prints nothing for an empty list or map outside a map; `[]`/`{}` keeps the line readable.
        if (value.length === 0)
            return void out.push('[]\n');
        value.forEach((entry, i) => {
            if (i > 0 || !skipIndentOnFirstLine)
                out.push(prefix);
            out.push('- ');
            writeNode(out, prefix + indentStep, true, entry);
        });
        return;
    }
    if (isJsonObject(value)) {
        const entries = Object.entries(value);
        if (entries.length === 0)
            return void out.push('{}\n');
        entries.forEach(([key, child], i) => {
            if (i > 0 || !skipIndentOnFirstLine)
                out.push(prefix);
            out.push(`${key}:`);
            writeMapValue(out, prefix, child);
        });
        return;
    }
    writeScalar(out, prefix, value);
}
function writeMapValue(out, prefix, child) {
    if (Array.isArray(child)) {
        if (child.length === 0)
            return void out.push(' []\n');
        out.push('\n');
        writeNode(out, prefix, false, child);
    }
    else if (isJsonObject(child)) {
        if (Object.keys(child).length === 0)
            return void out.push(' {}\n');
        out.push('\n');
        writeNode(out, prefix + indentStep, false, child);
    }
    else {
        out.push(' ');
        writeScalar(out, prefix + indentStep, child);
    }
}
function writeScalar(out, prefix, value) {
    const text = scalarText(value);
    const lines = text.split('\n');
    if (lines.length === 1) {
        out.push(typeof value === 'string' && needsQuotes(text) ? `"${text}"` : text);
    }
    else {
        out.push('|\n', lines.map((line) => prefix + line).join('\n'));
    }
    out.push('\n');
}
/** neat's rule for quoting a string scalar. */
function needsQuotes(text) {
    return text === 'true' || text === 'false' || text === 'null' || /[ *&:,]/.test(text);
}

;// CONCATENATED MODULE: ./src/core/argocd/dyff/plural.ts
const words = [
    'no',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
];
/** gonvenience/text `Plural`: "one list entry", "two list entries", "13 lines". */
function plural(amount, singular, pluralForm = `${singular}s`) {
    const number = words[amount] ?? String(amount);
    return `${number} ${amount === 1 ? singular : pluralForm}`;
}

;// CONCATENATED MODULE: ./src/core/argocd/dyff/restructure-for-display.ts

// gonvenience/ytbx restructure.go: key orders humans expect; the best-matching order is applied to a map.
const knownKeyOrders = [
    ['name', 'director_uuid', 'releases', 'instance_groups', 'networks', 'resource_pools', 'compilation'],
    ['name', 'url', 'version', 'sha1'],
    ['jobs', 'resources', 'resource_types'],
    ['name', 'type', 'source'],
    ['get'],
    ['put'],
    ['task'],
    ['releases', 'instance_groups', 'configuration', 'variables'],
    ['auth', 'templates'],
    ['name'],
    ['key'],
    ['id'],
];
const listIdentifiers = ['name', 'key', 'id'];
/**
 * Reorders map keys for display like ytbx's `RestructureObject` (which dyff applies to added and removed
 * entries): keys of the best-matching known order first (so `name` leads), then the other keys with the
 * shallowest values first. Maps matching no known order keep their order. Returns a copy.
 */
function restructureForDisplay(value) {
    if (Array.isArray(value))
        return value.map(restructureForDisplay);
    if (!isJsonObject(value))
        return value;
    const keys = Object.keys(value);
    const order = bestOrder(keys);
    const ordered = order === undefined
        ? keys
        : [
            ...order.filter((key) => keys.includes(key)),
            ...keys
                .filter((key) => !order.includes(key))
                .map((key, i) => ({ key, i, depth: maxDepth(value[key]) }))
                .sort((a, b) => a.depth - b.depth || a.i - b.i)
                .map(({ key }) => key),
        ];
    const result = {};
    for (const key of ordered)
        result[key] = restructureForDisplay(value[key]);
    return result;
}
function bestOrder(keys) {
    let best;
    let hits = 0;
    for (const candidate of knownKeyOrders) {
        const count = candidate.filter((key) => keys.includes(key)).length;
        if (count > hits) {
            best = candidate;
            hits = count;
        }
    }
    return best;
}
/** Depth of the deepest leaf, counted in path sections as ytbx's tree walk does; 0 without leaves. */
function maxDepth(value) {
    return Math.max(0, leafDepth(value));
}
function leafDepth(value) {
    if (Array.isArray(value)) {
        const identifier = listIdentifiers.find((id) => value.length > 0 && value.every((e) => isJsonObject(e) && id in e));
        const depths = value.flatMap((entry) => identifier === undefined
            ? [1 + leafDepth(entry)]
            : Object.entries(entry)
                .filter(([key]) => key !== identifier)
                .map(([, child]) => 2 + leafDepth(child)));
        return Math.max(Number.NEGATIVE_INFINITY, ...depths);
    }
    if (isJsonObject(value)) {
        return Math.max(Number.NEGATIVE_INFINITY, ...Object.values(value).map((child) => 1 + leafDepth(child)));
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/core/argocd/dyff/render-diff-syntax.ts






/** Unchanged lines shown around a change in a multi-line string (the Go bot's `MultilineContextLines: 4`). */
const multilineContextLines = 4;
/** gonvenience/term's width when not attached to a terminal; order changes switch to two columns at half of it. */
const terminalWidth = 80;
/**
 * Renders dyff's `DiffSyntaxReport` as the Go bot configures it (`@@` path prefix, `!` change-type prefix,
 * no colours, no table style): per path `\n@@ spec.replicas @@\n`, then each change (`! ± value change`,
 * `- old`, `+ new`, `! + one list entry added:` with `+ `-prefixed YAML, ...), and a final line break.
 * Paths are sorted, as current dyff does.
 */
function renderDiffSyntax(diffs) {
    const sorted = [...diffs].sort((a, b) => (0,compare_strings/* compareStrings */.K)(dotPath(a.path), dotPath(b.path)));
    let out = '';
    for (const diff of sorted) {
        out += `\n@@ ${diff.path.length === 0 ? '(root level)' : dotPath(diff.path)} @@\n`;
        out += writeTextBlocks(0, diff.details.map(renderDetail));
    }
    return `${out}\n`;
}
/** A path in dyff's dot style: map keys and list entry names joined by `.`, indexes as numbers. */
function dotPath(path) {
    return path.map((element) => ('index' in element ? String(element.index) : element.name)).join('.');
}
function renderDetail(detail) {
    switch (detail.kind) {
        case 'addition':
            return prefixChangeBlock(prefixChangeType(entriesBlock(detail, 'added', 2)), '+');
        case 'removal':
            return prefixChangeBlock(prefixChangeType(entriesBlock(detail, 'removed', 0)), '-');
        case 'modification':
            return prefixChangeType(modificationText(detail.from, detail.to));
        case 'orderchange':
            return prefixChangeType(orderChangeText(detail.from, detail.to));
    }
}
function entriesBlock(detail, verb, indent) {
    const rune = detail.kind === 'addition' ? '+' : '-';
    const count = detail.shape === 'document'
        ? plural(1, 'document')
        : detail.shape === 'list'
            ? plural(detail.value.length, 'list entry', 'list entries')
            : plural(Object.keys(detail.value).length, 'map entry', 'map entries');
    const yaml = neatYaml(restructureForDisplay(detail.value), { document: detail.shape === 'document' });
    return `${rune} ${count} ${verb}:\n${writeTextBlocks(indent, [yaml])}`;
}
function modificationText(from, to) {
    const fromType = humanType(from);
    const toType = humanType(to);
    if (typeof from === 'string' && typeof to === 'string')
        return stringChangeText(from, to);
    const header = fromType === toType ? '± value change\n' : `± type change from ${fromType} to ${toType}\n`;
    return (header +
        createStringWithPrefix('- ', yamlString(from).replace(/\n+$/, '')) +
        createStringWithPrefix('+ ', yamlString(to).replace(/\n+$/, '')));
}
function humanType(value) {
    if (value === undefined || value === null)
        return '<nil>';
    const tag = yamlTag(value);
    return tag === 'seq' ? 'list' : tag === 'str' ? 'string' : tag;
}
function yamlString(value) {
    return value === undefined || value === null ? '<nil>' : neatYaml(value);
}
function stringChangeText(from, to) {
    if (trimSpacesAndNewlines(from) === trimSpacesAndNewlines(to)) {
        return ('± whitespace only change\n' +
            writeTextBlocks(0, [
                createStringWithPrefix('- ', showWhitespace(from)),
                createStringWithPrefix('+ ', showWhitespace(to)),
            ]));
    }
    if (from.includes('\n') || to.includes('\n'))
        return multilineChangeText(from, to);
    // dyff's "minor change" output is the same text as its default for single-line strings.
    return `± value change\n${createStringWithPrefix('- ', from)}${createStringWithPrefix('+ ', to)}`;
}
function multilineChangeText(from, to) {
    let inserts = 0;
    let deletions = 0;
    let body = '';
    for (const change of (0,line/* diffLines */.Pp)(from, to)) {
        if (change.added) {
            body += continuousPrefix('+ ', change.value);
            inserts++;
        }
        else if (change.removed) {
            body += continuousPrefix('- ', change.value);
            deletions++;
        }
        else if (change.value !== '') {
            body += continuousPrefix('  ', unchangedLines(change.value));
        }
    }
    return `± value change in multiline text (${plural(inserts, 'insert')}, ${plural(deletions, 'deletion')})\n${body}\n`;
}
function unchangedLines(text) {
    const lines = text.split('\n');
    const lower = Math.min(lines.length, multilineContextLines);
    const upper = lines.length - multilineContextLines - (text.endsWith('\n') ? 1 : 0);
    if (upper <= lower)
        return lines.join('\n');
    const skipped = plural(upper - lower, 'line');
    return `${lines.slice(0, lower).join('\n')}\n\n[${skipped} unchanged)]\n\n${lines.slice(upper).join('\n')}`;
}
function orderChangeText(from, to) {
    const asStrings = (list) => list.map((entry) => (isJsonObject(entry) || Array.isArray(entry) ? neatYaml(entry) : scalarText(entry)));
    const a = asStrings(from);
    const b = asStrings(to);
    const singleLine = (list) => list.reduce((n, s) => n + textLength(s), 0) + (list.length - 1) * 2;
    if (Math.max(singleLine(a), singleLine(b)) < terminalWidth / 2) {
        return `⇆ order changed\n- ${a.join(', ')}\n+ ${b.join(', ')}\n`;
    }
    return `⇆ order changed\n${tableStyle(' ', 2, [a.join('\n'), b.join('\n')])}`;
}
/** dyff's `CreateTableStyleString`: text blocks side by side, padded to the widest line of each. */
function tableStyle(separator, indent, columns) {
    const split = columns.map((column) => column.split('\n'));
    const widths = split.map((lines) => Math.max(...lines.map(textLength)));
    const rows = Math.max(...split.map((lines) => lines.length));
    const out = [];
    for (let r = 0; r < rows; r++) {
        const cells = split.map((lines, c) => {
            const line = lines[r] ?? '';
            return ' '.repeat(indent) + line + ' '.repeat(widths[c] - textLength(line));
        });
        out.push(cells.join(separator).trimEnd());
    }
    return out.join('\n');
}
function prefixChangeType(text) {
    const lines = text.split('\n');
    lines[0] = `! ${lines[0]}`.trim();
    return lines.join('\n').trim();
}
function prefixChangeBlock(text, rune) {
    const trimmed = text.trim();
    const firstLine = trimmed.split('\n')[0] ?? '';
    const rest = trimmed.replace(`${firstLine}\n`, '');
    return (writeTextBlocks(0, [firstLine]) + writeTextBlocks(0, [continuousPrefix(`${rune} `, rest)])).trim();
}
/** Each line of each block, indented, with a line break (dyff's list style of `writeTextBlocks`). */
function writeTextBlocks(indent, blocks) {
    const pad = ' '.repeat(indent);
    return blocks
        .map((block) => block
        .split('\n')
        .map((line) => `${pad}${line}\n`)
        .join(''))
        .join('');
}
/** Prefixes every line; the result always ends with a line break. */
function continuousPrefix(prefix, text) {
    const trimmed = text.endsWith('\n') ? text.slice(0, -1) : text;
    return trimmed
        .split('\n')
        .map((line) => `${prefix}${line}\n`)
        .join('');
}
/** Prefixes the first line and aligns the others under it. */
function createStringWithPrefix(prefix, text) {
    const hang = ' '.repeat(textLength(prefix));
    return text
        .split('\n')
        .map((line, i) => `${i === 0 ? prefix : hang}${line}\n`)
        .join('');
}
function showWhitespace(text) {
    return text.replaceAll('\n', '↵\n').replaceAll(' ', '·');
}
function trimSpacesAndNewlines(text) {
    return text.replace(/^[ \n]+|[ \n]+$/g, '');
}
function textLength(text) {
    return [...text].length;
}

;// CONCATENATED MODULE: ./src/core/argocd/jq-path.ts

/**
 * Parses the subset of jq that Argo CD users write in `jqPathExpressions`: `.a.b`, `."quoted"`, `["quoted"]`,
 * `[0]`, `[]`, and pipes into `select(.path == <JSON literal>)`, e.g.
 * `.spec.template.spec.containers[] | select(.name == "istio-proxy")`. Undefined for anything else.
 */
function parseJqPath(expression) {
    const steps = [];
    for (const segment of splitPipes(expression)) {
        const select = /^select\(\s*(\..*?)\s*==\s*(.+?)\s*\)$/.exec(segment);
        if (select !== null) {
            const path = parsePath(select[1]);
            const literal = parseLiteral(select[2]);
            if (path === undefined || literal === undefined || path.some((s) => s.type === 'select'))
                return undefined;
            steps.push({ type: 'select', path, equals: literal.value });
            continue;
        }
        const path = parsePath(segment);
        if (path === undefined)
            return undefined;
        steps.push(...path);
    }
    return steps.length > 0 ? steps : undefined;
}
function splitPipes(expression) {
    const parts = [];
    let current = '';
    let quoted = false;
    for (let i = 0; i < expression.length; i++) {
        const char = expression[i];
        if (char === '\\' && quoted) {
            current += char + (expression[++i] ?? '');
            continue;
        }
        if (char === '"')
            quoted = !quoted;
        if (char === '|' && !quoted) {
            parts.push(current.trim());
            current = '';
        }
        else {
            current += char;
        }
    }
    parts.push(current.trim());
    return parts;
}
const pathToken = /^(?:\.([A-Za-z_][A-Za-z0-9_]*)|\.?"((?:[^"\\]|\\.)*)"|\.?\[\s*"((?:[^"\\]|\\.)*)"\s*\]|\.?\[\s*(\d+)\s*\]|\.?\[\s*\])/;
function parsePath(text) {
    if (!text.startsWith('.'))
        return undefined;
    if (text === '.')
        return [];
    const steps = [];
    let rest = text;
    while (rest.length > 0) {
        const match = pathToken.exec(rest);
        if (match === null)
            return undefined;
        const [token, ident, quoted, bracketed, index] = match;
        if (ident !== undefined)
            steps.push({ type: 'key', key: ident });
        else if (quoted !== undefined || bracketed !== undefined) {
            const key = parseLiteral(`"${quoted ?? bracketed}"`);
            if (key === undefined || typeof key.value !== 'string')
                return undefined;
            steps.push({ type: 'key', key: key.value });
        }
        else if (index !== undefined)
            steps.push({ type: 'index', index: Number(index) });
        else
            steps.push({ type: 'each' });
        rest = rest.slice(token.length);
    }
    return steps;
}
function parseLiteral(text) {
    try {
        return { value: JSON.parse(text) };
    }
    catch {
        return undefined;
    }
}
/** Removes, in place, every value the parsed jq path selects; returns how many were removed. */
function deleteJqPath(root, steps) {
    const found = evaluate([{ parent: undefined, key: undefined, value: root }], steps);
    const targets = found.filter((l) => l.parent !== undefined);
    // Remove array entries from the highest index down so earlier indexes stay valid.
    targets.sort((a, b) => (typeof b.key === 'number' && typeof a.key === 'number' ? b.key - a.key : 0));
    for (const { parent, key } of targets) {
        if (Array.isArray(parent) && typeof key === 'number')
            parent.splice(key, 1);
        else if (isJsonObject(parent ?? null) && typeof key === 'string')
            delete parent[key];
    }
    return targets.length;
}
function evaluate(locations, steps) {
    let current = locations;
    for (const step of steps)
        current = current.flatMap((location) => apply(location, step));
    return current;
}
function apply(location, step) {
    const { value } = location;
    switch (step.type) {
        case 'key':
            return isJsonObject(value) && Object.hasOwn(value, step.key)
                ? [{ parent: value, key: step.key, value: value[step.key] }]
                : [];
        case 'index':
            return Array.isArray(value) && step.index < value.length
                ? [{ parent: value, key: step.index, value: value[step.index] }]
                : [];
        case 'each':
            if (Array.isArray(value))
                return value.map((entry, i) => ({ parent: value, key: i, value: entry }));
            if (isJsonObject(value))
                return Object.entries(value).map(([k, v]) => ({ parent: value, key: k, value: v }));
            return [];
        case 'select': {
            const probe = evaluate([{ parent: undefined, key: undefined, value }], step.path);
            return probe.some((p) => JSON.stringify(p.value) === JSON.stringify(step.equals)) ? [location] : [];
        }
    }
}

;// CONCATENATED MODULE: ./src/core/argocd/json-pointer.ts

/** Splits an RFC 6901 JSON pointer (`/metadata/annotations/a~1b`) into unescaped tokens; undefined when invalid. */
function parseJsonPointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        return undefined;
    return pointer
        .slice(1)
        .split('/')
        .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}
/** Removes the value a JSON pointer addresses, in place; true when something was removed. */
function deleteAtJsonPointer(root, tokens) {
    if (tokens.length === 0)
        return false;
    let parent = root;
    for (const token of tokens.slice(0, -1))
        parent = childOf(parent, token);
    const last = tokens[tokens.length - 1];
    if (Array.isArray(parent)) {
        const index = arrayIndex(last, parent.length);
        if (index === undefined)
            return false;
        parent.splice(index, 1);
        return true;
    }
    if (isJsonObject(parent) && Object.hasOwn(parent, last)) {
        delete parent[last];
        return true;
    }
    return false;
}
function childOf(value, token) {
    if (Array.isArray(value)) {
        const index = arrayIndex(token, value.length);
        return index === undefined ? undefined : value[index];
    }
    return isJsonObject(value) && Object.hasOwn(value, token) ? value[token] : undefined;
}
function arrayIndex(token, length) {
    if (!/^(0|[1-9]\d*)$/.test(token))
        return undefined;
    const index = Number(token);
    return index < length ? index : undefined;
}

;// CONCATENATED MODULE: ./src/core/argocd/ignore-rules.ts


/** The app's `spec.ignoreDifferences` followed by the settings' resource overrides (`<group>/<Kind>` keys). */
function ignoreRulesFor(app, settings = {}) {
    const fromApp = (app.spec.ignoreDifferences ?? []).map((entry) => ({
        group: entry.group ?? '',
        kind: entry.kind,
        name: entry.name,
        namespace: entry.namespace,
        jsonPointers: entry.jsonPointers ?? [],
        jqPathExpressions: entry.jqPathExpressions ?? [],
        managedFieldsManagers: entry.managedFieldsManagers ?? [],
    }));
    const fromSettings = Object.entries(settings.resourceOverrides ?? {}).flatMap(([groupKind, override]) => {
        const ignore = override.ignoreDifferences;
        if (ignore === undefined)
            return [];
        const [group, kind] = splitGroupKind(groupKind);
        return [
            {
                group,
                kind,
                name: undefined,
                namespace: undefined,
                jsonPointers: ignore.jSONPointers ?? [],
                jqPathExpressions: ignore.jqPathExpressions ?? [],
                managedFieldsManagers: ignore.managedFieldsManagers ?? [],
            },
        ];
    });
    return [...fromApp, ...fromSettings];
}
function splitGroupKind(groupKind) {
    if (groupKind === 'all' || groupKind === '*/*')
        return [undefined, undefined];
    const slash = groupKind.lastIndexOf('/');
    return slash < 0 ? ['', groupKind] : [groupKind.slice(0, slash), groupKind.slice(slash + 1)];
}
function globMatches(pattern, value) {
    if (pattern === undefined || pattern === '*')
        return true;
    if (!pattern.includes('*'))
        return pattern === value;
    const parts = pattern.split('*');
    let at = 0;
    for (const [i, part] of parts.entries()) {
        const found = i === 0 ? (value.startsWith(part) ? 0 : -1) : value.indexOf(part, at);
        if (found < 0)
            return false;
        at = found + part.length;
    }
    return parts[parts.length - 1] === '' || value.endsWith(parts[parts.length - 1]);
}
/** True when the rule selects the resource. */
function ruleMatches(rule, key) {
    return (globMatches(rule.group, key.group) &&
        globMatches(rule.kind, key.kind) &&
        (rule.name === undefined || rule.name === '' || rule.name === key.name) &&
        (rule.namespace === undefined || rule.namespace === '' || rule.namespace === key.namespace));
}
/**
 * Removes, in place, the fields the matching rules ignore. Returns the expressions that could not be applied
 * (invalid JSON pointers, jq beyond the supported subset) so the caller can warn about them.
 */
function applyIgnoreRules(object, key, rules) {
    const unsupported = [];
    for (const rule of rules) {
        if (!ruleMatches(rule, key))
            continue;
        for (const pointer of rule.jsonPointers) {
            const tokens = parseJsonPointer(pointer);
            if (tokens === undefined)
                unsupported.push(pointer);
            else
                deleteAtJsonPointer(object, tokens);
        }
        for (const manager of rule.managedFieldsManagers)
            unsupported.push(`managedFieldsManagers: ${manager}`);
        for (const expression of rule.jqPathExpressions) {
            const steps = parseJqPath(expression);
            if (steps === undefined)
                unsupported.push(expression);
            else
                deleteJqPath(object, steps);
        }
    }
    return unsupported;
}

;// CONCATENATED MODULE: ./src/core/argocd/normalize-for-diff.ts


/** Annotation kubectl (and Argo CD's client-side apply) stores the applied object in; may hold Secret values. */
const lastAppliedAnnotation = 'kubectl.kubernetes.io/last-applied-configuration';
/** Annotation Argo CD tracks resources with (tracking method `annotation`). */
const trackingIdAnnotation = 'argocd.argoproj.io/tracking-id';
const droppedMetadata = [
    'managedFields',
    'resourceVersion',
    'uid',
    'generation',
    'creationTimestamp',
    'selfLink',
];
const droppedAnnotations = [
    trackingIdAnnotation,
    'argocd.argoproj.io/installation-id',
    lastAppliedAnnotation,
];
/**
 * A copy of the object as it should be compared for display: no `status`, none of the fields the API server
 * fills in (`managedFields`, `resourceVersion`, `uid`, `generation`, `creationTimestamp`, `selfLink`), no
 * tracking label or annotation, no last-applied annotation, and without the fields the matching
 * `ignoreDifferences` rules name. Empty `labels`/`annotations` maps are removed so `{}` equals absent.
 */
function normalizeForDiff(object, key, options) {
    const copy = structuredClone(object);
    delete copy['status'];
    const metadata = copy['metadata'];
    if (isJsonObject(metadata)) {
        for (const field of droppedMetadata)
            delete metadata[field];
        dropKeys(metadata, 'annotations', droppedAnnotations);
        dropKeys(metadata, 'labels', options.trackingLabelKey === undefined ? [] : [options.trackingLabelKey]);
    }
    const unsupportedExpressions = applyIgnoreRules(copy, key, options.ignoreRules);
    return { object: copy, unsupportedExpressions };
}
function dropKeys(metadata, field, keys) {
    const map = metadata[field];
    if (map === null) {
        delete metadata[field];
        return;
    }
    if (!isJsonObject(map))
        return;
    for (const key of keys)
        delete map[key];
    if (Object.keys(map).length === 0)
        delete metadata[field];
}
/** The tracking label to drop for Argo CD's settings: none when tracking by annotation only. */
function trackingLabelKeyOf(settings) {
    if (settings.trackingMethod === 'annotation')
        return undefined;
    return settings.appLabelKey === undefined || settings.appLabelKey === ''
        ? 'app.kubernetes.io/instance'
        : settings.appLabelKey;
}

;// CONCATENATED MODULE: ./src/core/argocd/resource-key.ts

/** The API group of an `apiVersion` (`apps/v1` -> `apps`, `v1` -> the core group `''`). */
function groupOfApiVersion(apiVersion) {
    if (typeof apiVersion !== 'string')
        return '';
    const slash = apiVersion.lastIndexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}
/** The metadata object of a Kubernetes object, or an empty object. */
function metadataOf(object) {
    const metadata = object['metadata'];
    return typeof metadata === 'object' && metadata !== null && !Array.isArray(metadata) ? metadata : {};
}
function resource_key_text(value) {
    return typeof value === 'string' ? value : '';
}
/** The key of a Kubernetes object: group from `apiVersion`, `kind`, `metadata.namespace`, `metadata.name`. */
function resourceKeyOf(object) {
    const metadata = metadataOf(object);
    return {
        group: groupOfApiVersion(object['apiVersion']),
        kind: resource_key_text(object['kind']),
        namespace: resource_key_text(metadata['namespace']),
        name: resource_key_text(metadata['name']),
    };
}
/** A map key for a resource key. */
function resourceKeyId(key) {
    return JSON.stringify([key.group, key.kind, key.namespace, key.name]);
}
/** Orders keys by namespace, kind, name, then group (the order diff elements are shown in). */
function compareResourceKeys(a, b) {
    return ((0,compare_strings/* compareStrings */.K)(a.namespace, b.namespace) ||
        (0,compare_strings/* compareStrings */.K)(a.kind, b.kind) ||
        (0,compare_strings/* compareStrings */.K)(a.name, b.name) ||
        (0,compare_strings/* compareStrings */.K)(a.group, b.group));
}

;// CONCATENATED MODULE: ./src/core/argocd/predict-live-state.ts



/** Field managers that are Argo CD's own (server-side apply and client-side apply). */
const argoCdManagers = /^argocd-(controller|application-controller)$/;
/**
 * What Argo CD applied to the live object: the `last-applied-configuration` annotation when present (client-side
 * apply), else the fields owned by Argo CD's field manager in `metadata.managedFields` (server-side apply).
 * Read from the raw live object, before normalization drops both.
 */
function appliedFieldsOf(live) {
    const metadata = metadataOf(live);
    const annotations = metadata['annotations'];
    const lastApplied = isJsonObject(annotations) ? annotations[lastAppliedAnnotation] : undefined;
    if (typeof lastApplied === 'string') {
        try {
            return JSON.parse(lastApplied);
        }
        catch {
            // A corrupt annotation is treated as absent.
        }
    }
    const managed = metadata['managedFields'];
    if (!Array.isArray(managed))
        return undefined;
    const trees = managed.flatMap((entry) => isJsonObject(entry) &&
        typeof entry['manager'] === 'string' &&
        argoCdManagers.test(entry['manager']) &&
        isJsonObject(entry['fieldsV1'])
        ? [fieldsToTree(entry['fieldsV1'])]
        : []);
    return trees.length === 0 ? undefined : trees.reduce((a, b) => mergeTrees(a, b));
}
/** Converts a structured-merge-diff field set (`f:`, `k:`, `v:`, `i:` keys) into a presence tree. */
function fieldsToTree(fields) {
    const map = {};
    const list = [];
    for (const [key, child] of Object.entries(fields)) {
        const sub = isJsonObject(child) && Object.keys(child).some((k) => k !== '.') ? fieldsToTree(child) : true;
        if (key.startsWith('f:'))
            map[key.slice(2)] = sub;
        else if (key.startsWith('k:')) {
            const identity = parseJson(key.slice(2));
            list.push(isJsonObject(identity) && isJsonObject(sub) ? { ...sub, ...identity } : (identity ?? true));
        }
        else if (key.startsWith('v:'))
            list.push(parseJson(key.slice(2)) ?? true);
    }
    return list.length > 0 ? list : map;
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function mergeTrees(a, b) {
    if (isJsonObject(a) && isJsonObject(b)) {
        const merged = { ...a };
        for (const [key, value] of Object.entries(b)) {
            merged[key] = Object.hasOwn(merged, key) ? mergeTrees(merged[key], value) : value;
        }
        return merged;
    }
    if (Array.isArray(a) && Array.isArray(b))
        return [...a, ...b];
    return a ?? b;
}
/**
 * Approximates Argo CD's predicted live state (the live object after applying the target): target values win,
 * fields only the cluster sets (defaults, other controllers) are kept, fields Argo CD applied before but the
 * target no longer has are dropped. Lists of maps with unique `name`s merge entry by entry; other lists of the
 * same length merge by position; anything else takes the target's value.
 */
function predictLiveState(live, target, applied) {
    return merge(live, target, applied);
}
function merge(live, target, applied) {
    if (isJsonObject(live) && isJsonObject(target))
        return mergeMaps(live, target, applied);
    if (Array.isArray(live) && Array.isArray(target))
        return mergeLists(live, target, applied);
    return target;
}
function mergeMaps(live, target, applied) {
    const appliedMap = isJsonObject(applied) ? applied : undefined;
    const result = {};
    for (const [key, value] of Object.entries(target)) {
        result[key] = Object.hasOwn(live, key) ? merge(live[key], value, appliedMap?.[key]) : value;
    }
    for (const [key, value] of Object.entries(live)) {
        if (Object.hasOwn(target, key))
            continue;
        // Applied before and gone from the target: the sync removes it. Atomic (`true`) parents own every key.
        const removedBySync = applied === true || (appliedMap !== undefined && Object.hasOwn(appliedMap, key));
        if (!removedBySync)
            result[key] = value;
    }
    return result;
}
function uniqueNames(list) {
    const names = new Map();
    for (const entry of list) {
        if (!isJsonObject(entry) || typeof entry['name'] !== 'string' || names.has(entry['name']))
            return undefined;
        names.set(entry['name'], entry);
    }
    return names;
}
function mergeLists(live, target, applied) {
    const liveNames = uniqueNames(live);
    const targetNames = uniqueNames(target);
    if (liveNames !== undefined && targetNames !== undefined && live.length > 0 && target.length > 0) {
        const appliedEntries = Array.isArray(applied) ? applied : undefined;
        const appliedByName = new Map((appliedEntries ?? []).flatMap((e) => isJsonObject(e) && typeof e['name'] === 'string' ? [[e['name'], e]] : []));
        const merged = target.map((entry) => {
            const name = entry['name'];
            const match = liveNames.get(name);
            return match === undefined ? entry : merge(match, entry, appliedByName.get(name));
        });
        // Entries another controller added (never applied by Argo CD) survive a strategic merge.
        const foreign = live.filter((entry) => {
            const name = entry['name'];
            return !targetNames.has(name) && appliedEntries !== undefined && !appliedByName.has(name);
        });
        return [...merged, ...foreign];
    }
    if (live.length === target.length) {
        const appliedEntries = Array.isArray(applied) ? applied : [];
        return target.map((entry, i) => merge(live[i], entry, appliedEntries[i]));
    }
    return target;
}

;// CONCATENATED MODULE: ./src/core/argocd/redact-values.ts



/** Shown instead of a value that is not displayed. */
const redactedValue = '<redacted>';
/** Shown instead of a value that is not displayed and differs from the live one. */
const redactedChangedValue = '<redacted: changed>';
/** Argo CD masks Secret values as runs of `+` in both its manifests and its live state. */
function isArgoCdMask(value) {
    return value !== undefined && /^\++$/.test(value);
}
function decodeBase64(value) {
    if (typeof value !== 'string')
        return undefined;
    if (isArgoCdMask(value))
        return value;
    return Buffer.from(value, 'base64').toString('utf8');
}
/** The effective values of a Secret: `data` decoded, overridden by `stringData` (as the API server merges them). */
function secretValues(secret) {
    const values = new Map();
    if (secret === undefined)
        return values;
    const data = secret['data'];
    const stringData = secret['stringData'];
    if (isJsonObject(data))
        for (const [k, v] of Object.entries(data))
            values.set(k, decodeBase64(v));
    if (isJsonObject(stringData))
        for (const [k, v] of Object.entries(stringData))
            values.set(k, typeof v === 'string' ? v : undefined);
    return values;
}
/**
 * Replaces a Secret's `data` and `stringData` with `data` whose values are markers, never values (not even
 * base64): keys present on both sides show `<redacted>`, or `<redacted: changed>` on the target side when
 * the values differ. When Argo CD has masked a value (`++++++++`) a change cannot be seen and is not claimed.
 */
function redactSecretPair(pair) {
    const live = secretValues(pair.live);
    const target = secretValues(pair.target);
    const mask = (object, own, other) => {
        if (object === undefined)
            return undefined;
        const { data: _data, stringData: _stringData, ...rest } = object;
        if (own.size === 0)
            return rest;
        const data = {};
        for (const [key, value] of [...own.entries()].sort(([a], [b]) => (0,compare_strings/* compareStrings */.K)(a, b))) {
            const theirs = other?.get(key);
            const changed = other !== undefined &&
                other.has(key) &&
                value !== theirs &&
                !isArgoCdMask(value) &&
                !isArgoCdMask(theirs);
            data[key] = changed ? redactedChangedValue : redactedValue;
        }
        return { ...rest, data };
    };
    return { live: mask(pair.live, live), target: mask(pair.target, target, live) };
}
/** The list identifier dyff would use for these lists (`name`, `key` or `id`, unique on both sides). */
function listIdentifier(a, b) {
    return ['name', 'key', 'id'].find((field) => [a, b].every((list) => {
        const names = list.map((e) => (isJsonObject(e) && typeof e[field] === 'string' ? e[field] : undefined));
        return list.length > 0 && names.every((n) => n !== undefined) && new Set(names).size === list.length;
    }));
}
/**
 * Replaces, on both sides, every value whose dyff path (`spec.template.spec.containers.app.env.TOKEN.value`)
 * the predicate selects with `<redacted>` (`<redacted: changed>` on the target side when it differs).
 */
function redactMatchingPaths(pair, matches) {
    const [live, target] = walk([], pair.live, pair.target, matches);
    return { live: live, target: target };
}
function walk(path, live, target, matches) {
    if (path.length > 0 && matches(dotPath(path))) {
        const changed = JSON.stringify(live) !== JSON.stringify(target);
        return [
            live === undefined ? undefined : redactedValue,
            target === undefined ? undefined : changed && live !== undefined ? redactedChangedValue : redactedValue,
        ];
    }
    if ((isJsonObject(live) || live === undefined) && (isJsonObject(target) || target === undefined)) {
        if (live === undefined && target === undefined)
            return [undefined, undefined];
        const keys = new Set([...Object.keys(live ?? {}), ...Object.keys(target ?? {})]);
        const l = {};
        const t = {};
        for (const key of keys) {
            const [a, b] = walk([...path, { name: key }], live?.[key], target?.[key], matches);
            if (a !== undefined)
                l[key] = a;
            if (b !== undefined)
                t[key] = b;
        }
        return [live === undefined ? undefined : l, target === undefined ? undefined : t];
    }
    if ((Array.isArray(live) || live === undefined) && (Array.isArray(target) || target === undefined)) {
        const id = listIdentifier(live ?? target ?? [], target ?? live ?? []);
        const walkList = (list, other, side) => list?.map((entry, i) => {
            const name = id === undefined ? undefined : entry[id];
            const counterpart = id === undefined ? other?.[i] : other?.find((e) => isJsonObject(e) && e[id] === name);
            const element = id === undefined ? { index: i } : { key: id, name: name };
            const pairResult = side === 0
                ? walk([...path, element], entry, counterpart, matches)
                : walk([...path, element], counterpart, entry, matches);
            return pairResult[side];
        });
        return [walkList(live, target, 0), walkList(target, live, 1)];
    }
    return [live, target];
}

;// CONCATENATED MODULE: ./src/core/argocd/diff-object-pair.ts








/** The Go bot's text for every object of a component with `disableArgoCDDiff: true`. */
const componentRedactedText = '✂️ ✂️  Redacted ✂️ ✂️ \nUnset component-level configuration key `disableArgoCDDiff` to see diff content.';
/** The text for an object whose `<kind>/<name>` matches a `diffRedact` expression. */
const objectRedactedText = '✂️ ✂️  Redacted ✂️ ✂️ \nThis object matches `diffRedact` in telefonistka.yaml.';
/**
 * Compares one object's live state with its target the way the Go bot shows it: both normalized, the target
 * merged into the live object (predicted live state), Secrets reduced to redacted keys, `diffRedact` applied,
 * then dyff's report under a header `apiVersion`/`kind`/`metadata.name` of the target (of the live object
 * when it is removed; the Go bot printed blanks there).
 */
function diffObjectPair(key, live, target, options) {
    const normalizeOptions = { ignoreRules: options.ignoreRules, trackingLabelKey: options.trackingLabelKey };
    const normalLive = live === undefined ? undefined : normalizeForDiff(live, key, normalizeOptions);
    const normalTarget = target === undefined ? undefined : normalizeForDiff(target, key, normalizeOptions);
    const unsupportedExpressions = [
        ...new Set([
            ...(normalLive?.unsupportedExpressions ?? []),
            ...(normalTarget?.unsupportedExpressions ?? []),
        ]),
    ];
    const predicted = options.compareAsRendered !== true && normalLive !== undefined && normalTarget !== undefined
        ? predictLiveState(normalLive.object, normalTarget.object, appliedFieldsOf(live))
        : normalTarget?.object;
    let pair = { live: normalLive?.object, target: predicted };
    if (key.group === '' && key.kind === 'Secret')
        pair = redactSecretPair(pair);
    if (options.diffRedact.length > 0) {
        pair = redactMatchingPaths(pair, (path) => options.diffRedact.some((regex) => regex.test(path)));
    }
    const diffs = compareDocuments(sortKeys(pair.live), sortKeys(pair.target));
    if (diffs.length === 0)
        return { element: undefined, unsupportedExpressions };
    const change = live === undefined ? 'added' : target === undefined ? 'removed' : 'changed';
    const header = objectHeader(pair.target ?? pair.live ?? {});
    const redacted = options.redactAll
        ? 'component'
        : options.diffRedact.some((regex) => regex.test(`${key.kind}/${key.name}`))
            ? 'object'
            : undefined;
    const text = redacted === 'component'
        ? componentRedactedText
        : redacted === 'object'
            ? `${header}${objectRedactedText}`
            : `${header}${renderDiffSyntax(diffs)}`;
    return {
        element: { key, change, diffs: redacted === undefined ? diffs : [], text, redacted },
        unsupportedExpressions,
    };
}
function objectHeader(object) {
    const text = (value) => (typeof value === 'string' ? value : '');
    return `apiVersion: ${text(object['apiVersion'])}\nkind: ${text(object['kind'])}\nmetadata:\n  name: ${text(metadataOf(object)['name'])}\n`;
}
/** Keys sorted at every level, as Go's JSON encoding of the objects gives them to dyff. */
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map((entry) => sortKeys(entry));
    if (!isJsonObject(value))
        return value;
    const sorted = {};
    for (const key of Object.keys(value).sort(compare_strings/* compareStrings */.K))
        sorted[key] = sortKeys(value[key]);
    return sorted;
}

;// CONCATENATED MODULE: ./src/core/argocd/diff-app-resources.ts





/** Kinds that have no namespace (Kubernetes built-ins and common cluster-wide custom kinds). */
const clusterScopedKinds = new Set([
    'APIService',
    'CertificateSigningRequest',
    'ClusterIssuer',
    'ClusterRole',
    'ClusterRoleBinding',
    'ClusterSecretStore',
    'CSIDriver',
    'CSINode',
    'CustomResourceDefinition',
    'IngressClass',
    'MutatingWebhookConfiguration',
    'Namespace',
    'Node',
    'PersistentVolume',
    'PriorityClass',
    'RuntimeClass',
    'StorageClass',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'ValidatingWebhookConfiguration',
    'VolumeAttachment',
]);
/**
 * Diffs an application's target manifests against its live resources, object by object (keyed by group, kind,
 * namespace, name), like `argocd app diff --revision`: hooks and live objects marked `IgnoreExtraneous` are
 * skipped; Secrets are compared by key with values redacted instead of being left out (deliberate fix).
 */
function diffAppResources(input, redaction = {}) {
    const options = {
        ignoreRules: ignoreRulesFor(input.app, input.settings),
        trackingLabelKey: trackingLabelKeyOf(input.settings),
        diffRedact: redaction.diffRedact ?? [],
        redactAll: redaction.redactAll === true,
    };
    const warnings = [];
    const live = liveObjects(input.managedResources);
    const targets = targetObjects(input, warnings);
    const keys = new Map();
    for (const [id, { key }] of [...live, ...targets])
        keys.set(id, key);
    const elements = [];
    let unchanged = 0;
    for (const [id, key] of keys) {
        const liveEntry = live.get(id);
        const target = targets.get(id)?.object;
        if (isSkipped(liveEntry, target))
            continue;
        const result = diffObjectPair(key, liveEntry?.object, target, options);
        warnings.push(...result.unsupportedExpressions.map((e) => `ignoreDifferences expression not supported: ${e}`));
        if (result.element === undefined)
            unchanged++;
        else
            elements.push(result.element);
    }
    elements.sort((a, b) => compareResourceKeys(a.key, b.key));
    return { elements, hasDiff: elements.length > 0, unchanged, warnings: [...new Set(warnings)] };
}
function liveObjects(resources) {
    const live = new Map();
    for (const resource of resources) {
        const object = resource.normalizedLiveState ?? resource.liveState;
        if (object === undefined)
            continue;
        const key = {
            group: resource.group,
            kind: resource.kind,
            namespace: resource.namespace,
            name: resource.name,
        };
        live.set(resourceKeyId(key), { key, object, hook: resource.hook });
    }
    return live;
}
/**
 * Target objects keyed like live ones. A target without a namespace gets the app's destination namespace when
 * its kind is namespaced: known from a live object of the same kind, else from a list of cluster-scoped kinds
 * (Argo CD asks the cluster; it is not reachable here). Duplicates: the last one wins, as in Argo CD.
 */
function targetObjects(input, warnings) {
    const namespaced = new Map();
    for (const resource of input.managedResources) {
        namespaced.set(`${resource.group}/${resource.kind}`, resource.namespace !== '');
    }
    const destination = input.app.spec.destination?.namespace ?? '';
    const targets = new Map();
    for (const original of input.targets) {
        let object = original;
        let key = resourceKeyOf(object);
        const isNamespaced = namespaced.get(`${key.group}/${key.kind}`) ?? !clusterScopedKinds.has(key.kind);
        if (key.namespace === '' && isNamespaced && destination !== '') {
            object = { ...object, metadata: { ...metadataOf(object), namespace: destination } };
            key = { ...key, namespace: destination };
        }
        const id = resourceKeyId(key);
        if (targets.has(id))
            warnings.push(`duplicate target object ${key.namespace}/${key.kind}/${key.name}`);
        targets.set(id, { key, object });
    }
    return targets;
}
function annotationsOf(object) {
    if (object === undefined)
        return {};
    const annotations = metadataOf(object)['annotations'];
    return isJsonObject(annotations) ? annotations : {};
}
function isHook(object) {
    const annotations = annotationsOf(object);
    const helmHook = annotations['helm.sh/hook'];
    return 'argocd.argoproj.io/hook' in annotations || (helmHook !== undefined && helmHook !== 'crd-install');
}
function isSkipped(live, target) {
    if (live?.hook === true || isHook(live?.object) || isHook(target))
        return true;
    const compareOptions = annotationsOf(live?.object)['argocd.argoproj.io/compare-options'];
    return (target === undefined && typeof compareOptions === 'string' && compareOptions.includes('IgnoreExtraneous'));
}

// EXTERNAL MODULE: ./src/core/argocd/component-path-sha1.ts
var component_path_sha1 = __webpack_require__(6423);
// EXTERNAL MODULE: ./src/core/argocd/find-app-set-for-component.ts + 1 modules
var find_app_set_for_component = __webpack_require__(97659);
;// CONCATENATED MODULE: ./src/core/argocd/render-fast-template.ts
/**
 * Renders an ApplicationSet template string in the default (fasttemplate) mode as Argo CD does: every
 * `{{ tag }}` whose trimmed tag is a known parameter is replaced; unknown tags stay as they are.
 */
function renderFastTemplate(text, params) {
    return text.replace(/\{\{([\s\S]*?)\}\}/g, (whole, tag) => params.get(tag.trim()) ?? whole);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/core/argocd/render-go-template.ts
// A small subset of Go's text/template, enough for ApplicationSet templates in `goTemplate: true` mode:
// field chains (`.path.basename`), literals, parentheses, pipelines and a set of Sprig/Argo CD functions.
// Control structures (if/range/with/define) are refused with an error naming them.


/** A template this renderer cannot or may not render; the message says why. */
class TemplateError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TemplateError';
    }
}
const noValue = '<no value>';
const controlWords = new Set([
    'if',
    'else',
    'end',
    'range',
    'with',
    'define',
    'template',
    'block',
    'break',
    'continue',
]);
/**
 * Renders `text` with Go text/template semantics for the supported subset: `{{ .a.b }}`, `{{- ... -}}` trim
 * markers, comments, string and number literals, `( ... )`, `|` pipelines and the functions listed in
 * `functions`. A missing key prints `<no value>` (or fails with `missingKeyError`), as Go does.
 */
function renderGoTemplate(text, data, options = {}) {
    let out = '';
    let rest = text;
    while (rest.length > 0) {
        const open = rest.indexOf('{{');
        if (open < 0) {
            out += rest;
            break;
        }
        let literal = rest.slice(0, open);
        let inner = rest.slice(open + 2);
        if (/^-[ \t\r\n]/.test(inner)) {
            literal = literal.replace(/[ \t\r\n]+$/, '');
            inner = inner.slice(1);
        }
        const close = findClose(inner, text);
        let action = inner.slice(0, close);
        let after = inner.slice(close + 2);
        if (/[ \t\r\n]-$/.test(action)) {
            action = action.slice(0, -1);
            after = after.replace(/^[ \t\r\n]+/, '');
        }
        out += literal + evaluateAction(action.trim(), data, options);
        rest = after;
    }
    return out;
}
/** The index of `}}` closing an action, skipping quoted strings. */
function findClose(inner, text) {
    let quote;
    for (let i = 0; i < inner.length; i++) {
        const c = inner[i];
        if (quote !== undefined) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = undefined;
        }
        else if (c === '"' || c === '`')
            quote = c;
        else if (c === '}' && inner[i + 1] === '}')
            return i;
    }
    throw new TemplateError(`unclosed action in template ${JSON.stringify(text)}`);
}
function evaluateAction(action, data, options) {
    if (action.startsWith('/*')) {
        if (!action.endsWith('*/'))
            throw new TemplateError(`unclosed comment {{${action}}}`);
        return '';
    }
    const tokens = tokenize(action);
    const first = tokens[0];
    if (first === undefined)
        throw new TemplateError('missing value for command {{}}');
    if (first.kind === 'ident' && controlWords.has(first.name)) {
        throw new TemplateError(`{{${first.name}}} is not supported in ApplicationSet templates rendered by Telefonistka`);
    }
    if (tokens.some((t) => t.kind === 'ident' && t.name.startsWith('$'))) {
        throw new TemplateError(`variables are not supported in {{${action}}}`);
    }
    const parser = { tokens, position: 0 };
    const value = parsePipeline(parser, data, options);
    if (parser.position < tokens.length)
        throw new TemplateError(`unexpected tokens in {{${action}}}`);
    return printValue(value);
}
function tokenize(action) {
    const tokens = [];
    let i = 0;
    while (i < action.length) {
        const c = action[i] ?? '';
        if (/\s/.test(c)) {
            i++;
        }
        else if (c === '|') {
            tokens.push({ kind: 'pipe' });
            i++;
        }
        else if (c === '(' || c === ')') {
            tokens.push({ kind: c === '(' ? 'open' : 'close' });
            i++;
        }
        else if (c === '"') {
            let j = i + 1;
            while (j < action.length && action[j] !== '"')
                j += action[j] === '\\' ? 2 : 1;
            if (j >= action.length)
                throw new TemplateError(`unterminated string in {{${action}}}`);
            tokens.push({ kind: 'string', value: JSON.parse(action.slice(i, j + 1)) });
            i = j + 1;
        }
        else if (c === '`') {
            const j = action.indexOf('`', i + 1);
            if (j < 0)
                throw new TemplateError(`unterminated raw string in {{${action}}}`);
            tokens.push({ kind: 'string', value: action.slice(i + 1, j) });
            i = j + 1;
        }
        else {
            const word = /^[^\s|()"`]+/.exec(action.slice(i))?.[0] ?? c;
            tokens.push(wordToken(word, action));
            i += word.length;
        }
    }
    return tokens;
}
function wordToken(word, action) {
    if (word === '.')
        return { kind: 'field', path: [] };
    if (word.startsWith('.')) {
        const path = word.slice(1).split('.');
        if (path.some((p) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(p)))
            throw new TemplateError(`bad field ${word} in {{${action}}}`);
        return { kind: 'field', path };
    }
    if (/^-?\d+$/.test(word))
        return { kind: 'number', value: Number(word) };
    if (/^[A-Za-z_$][A-Za-z0-9_]*$/.test(word))
        return { kind: 'ident', name: word };
    throw new TemplateError(`unexpected ${JSON.stringify(word)} in {{${action}}}`);
}
function parsePipeline(parser, data, options) {
    let piped;
    for (;;) {
        const value = parseCommand(parser, data, options, piped);
        piped = { value };
        if (parser.tokens[parser.position]?.kind !== 'pipe')
            return value;
        parser.position++;
    }
}
function parseCommand(parser, data, options, piped) {
    const head = parser.tokens[parser.position];
    if (head === undefined || head.kind === 'pipe' || head.kind === 'close')
        throw new TemplateError('missing command in pipeline');
    if (head.kind === 'ident' && !['true', 'false'].includes(head.name)) {
        parser.position++;
        const args = [];
        while (isOperandStart(parser.tokens[parser.position]))
            args.push(parseOperand(parser, data, options));
        if (piped !== undefined)
            args.push(piped.value);
        return callFunction(head.name, args);
    }
    const value = parseOperand(parser, data, options);
    if (isOperandStart(parser.tokens[parser.position]) || piped !== undefined)
        throw new TemplateError("can't give arguments to a value that is not a function");
    return value;
}
function isOperandStart(token) {
    return token !== undefined && token.kind !== 'pipe' && token.kind !== 'close';
}
function parseOperand(parser, data, options) {
    const token = parser.tokens[parser.position++];
    switch (token?.kind) {
        case 'field':
            return lookup(data, token.path, options);
        case 'string':
        case 'number':
            return token.value;
        case 'ident':
            if (token.name === 'true' || token.name === 'false')
                return token.name === 'true';
            return callFunction(token.name, []);
        case 'open': {
            const value = parsePipeline(parser, data, options);
            if (parser.tokens[parser.position++]?.kind !== 'close')
                throw new TemplateError('unclosed (');
            return value;
        }
        default:
            throw new TemplateError('unexpected token');
    }
}
function lookup(data, path, options) {
    let value = data;
    for (const [i, key] of path.entries()) {
        if (value === undefined)
            return undefined;
        if (typeof value !== 'object' || Array.isArray(value)) {
            throw new TemplateError(`can't evaluate field ${key} in .${path.slice(0, i).join('.')}`);
        }
        if (!Object.hasOwn(value, key)) {
            if (options.missingKeyError === true)
                throw new TemplateError(`map has no entry for key "${key}"`);
            return undefined;
        }
        value = value[key];
    }
    return value;
}
/** Go's `fmt.Sprint` of a value. */
function printValue(value) {
    if (value === undefined)
        return noValue;
    if (Array.isArray(value))
        return `[${value.map(printValue).join(' ')}]`;
    if (typeof value === 'object')
        return `map[${Object.keys(value)
            .sort(compare_strings/* compareStrings */.K)
            .map((k) => `${k}:${printValue(value[k])}`)
            .join(' ')}]`;
    return String(value);
}
function str(value) {
    return value === undefined ? '' : printValue(value);
}
function list(value, fn) {
    if (!Array.isArray(value))
        throw new TemplateError(`${fn}: expected a list`);
    return value;
}
/** Argo CD's `normalize` (utils.SanitizeName): a DNS-1123 subdomain-safe name. */
function sanitizeName(name) {
    return name
        .toLowerCase()
        .replace(/[^-a-z0-9.]/g, '-')
        .slice(0, 253)
        .replace(/^[-.]+|[-.]+$/g, '');
}
const hash = (algorithm) => (args) => (0,external_node_crypto_.createHash)(algorithm).update(str(args[0]), 'utf8').digest('hex');
/** The supported functions (Sprig names and Argo CD's `normalize`); arguments as Go passes them. */
const functions = {
    index: {
        arity: [1, 9],
        call: ([collection, ...keys]) => keys.reduce((value, key) => {
            if (Array.isArray(value)) {
                if (typeof key !== 'number' || key < 0 || key >= value.length)
                    throw new TemplateError(`index out of range: ${str(key)}`);
                return value[key];
            }
            if (value !== undefined && typeof value === 'object')
                return value[str(key)];
            throw new TemplateError(`can't index item of type ${typeof value}`);
        }, collection),
    },
    len: {
        arity: 1,
        call: ([v]) => Array.isArray(v) ? v.length : typeof v === 'object' ? Object.keys(v).length : str(v).length,
    },
    lower: { arity: 1, call: ([s]) => str(s).toLowerCase() },
    upper: { arity: 1, call: ([s]) => str(s).toUpperCase() },
    trim: { arity: 1, call: ([s]) => str(s).trim() },
    trimPrefix: {
        arity: 2,
        call: ([p, s]) => (str(s).startsWith(str(p)) ? str(s).slice(str(p).length) : str(s)),
    },
    trimSuffix: {
        arity: 2,
        call: ([p, s]) => (str(p) !== '' && str(s).endsWith(str(p)) ? str(s).slice(0, -str(p).length) : str(s)),
    },
    replace: { arity: 3, call: ([from, to, s]) => str(s).split(str(from)).join(str(to)) },
    trunc: {
        arity: 2,
        call: ([n, s]) => {
            const count = Number(n);
            return count >= 0 ? str(s).slice(0, count) : str(s).slice(count);
        },
    },
    quote: { arity: 1, call: ([s]) => JSON.stringify(str(s)) },
    squote: { arity: 1, call: ([s]) => `'${str(s)}'` },
    default: { arity: 2, call: ([d, v]) => (v === undefined || v === '' || v === 0 || v === false ? d : v) },
    join: { arity: 2, call: ([sep, l]) => list(l, 'join').map(str).join(str(sep)) },
    first: { arity: 1, call: ([l]) => list(l, 'first')[0] },
    last: { arity: 1, call: ([l]) => list(l, 'last').at(-1) },
    base: { arity: 1, call: ([s]) => str(s).replace(/\/+$/, '').split('/').pop() ?? '' },
    dir: { arity: 1, call: ([s]) => str(s).replace(/\/[^/]*$/, '') || '.' },
    normalize: { arity: 1, call: ([s]) => sanitizeName(str(s)) },
    sha1sum: { arity: 1, call: hash('sha1') },
    sha256sum: { arity: 1, call: hash('sha256') },
    b64enc: { arity: 1, call: ([s]) => Buffer.from(str(s), 'utf8').toString('base64') },
    printf: { arity: [1, 9], call: ([format, ...args]) => sprintf(str(format), args) },
};
function callFunction(name, args) {
    const fn = Object.hasOwn(functions, name) ? functions[name] : undefined;
    if (fn === undefined) {
        throw new TemplateError(`function "${name}" is not supported by Telefonistka's ApplicationSet template renderer (supported: ${Object.keys(functions).join(', ')})`);
    }
    const min = typeof fn.arity === 'number' ? fn.arity : fn.arity[0];
    const max = typeof fn.arity === 'number' ? fn.arity : fn.arity[1];
    if (args.length < min || args.length > max)
        throw new TemplateError(`wrong number of arguments for ${name}: got ${args.length}`);
    return fn.call(args);
}
function sprintf(format, args) {
    let next = 0;
    return format.replace(/%([%sdvq])/g, (_match, verb) => {
        if (verb === '%')
            return '%';
        const arg = args[next++];
        if (arg === undefined)
            return `%!${verb}(MISSING)`;
        return verb === 'q' ? JSON.stringify(str(arg)) : str(arg);
    });
}

;// CONCATENATED MODULE: ./src/core/argocd/build-temporary-app.ts




/** Prefix of every temporary app's name. */
const TEMPORARY_APP_PREFIX = 'temp-';
/** Label marking an app Telefonistka created only to render a diff (find leftovers with this selector). */
const TEMPORARY_APP_LABEL = 'telefonistka.io/temporary-app';
/** The git directory generator's parameters for one path, nested (go-template) and flat (fasttemplate). */
function gitDirectoryParams(componentPath) {
    const path = componentPath.replace(/\/+$/, '');
    const segments = path.split('/');
    const basename = segments.at(-1) ?? '';
    const fields = {
        path,
        basename,
        basenameNormalized: sanitizeName(basename),
        filename: basename,
        filenameNormalized: sanitizeName(basename),
    };
    const flat = new Map([['path', path]]);
    for (const [key, value] of Object.entries(fields))
        if (key !== 'path')
            flat.set(`path.${key}`, value);
    segments.forEach((segment, i) => flat.set(`path[${i}]`, segment));
    return { nested: { path: { ...fields, segments } }, flat };
}
/**
 * Renders the matched ApplicationSet's template for `componentPath` (go-template when `goTemplate: true`,
 * else fasttemplate; the Go bot forced go-template) and turns it into a throw-away app: name `temp-<name>`,
 * no automated sync, no finalizers (deleting it must never cascade), the PR repository's source(s) at
 * `headRef`, and a label marking it temporary. Throws TemplateError when the template cannot be rendered.
 */
function buildTemporaryApp(match, componentPath, options) {
    const template = match.appSet.spec.template;
    if (template === undefined)
        throw new TemplateError(`ApplicationSet ${match.appSet.metadata.name} has no template`);
    const params = gitDirectoryParams(componentPath);
    const goTemplate = match.appSet.spec.goTemplate === true;
    const missingKeyError = (match.appSet.spec.goTemplateOptions ?? []).includes('missingkey=error');
    const render = (text) => goTemplate
        ? renderGoTemplate(text, params.nested, { missingKeyError })
        : renderFastTemplate(text, params.flat);
    const rendered = renderJson(template, render);
    const metadata = asObject(rendered['metadata']);
    const name = metadata['name'];
    if (typeof name !== 'string' || name.trim() === '')
        throw new TemplateError(`ApplicationSet ${match.appSet.metadata.name}: the rendered template has no name`);
    const spec = structuredClone(asObject(rendered['spec']));
    const syncPolicy = spec['syncPolicy'];
    if (isObject(syncPolicy))
        delete syncPolicy['automated'];
    const sourcePosition = pointAtRevision(spec, options);
    const labels = { ...stringMap(metadata['labels']), [TEMPORARY_APP_LABEL]: 'true' };
    // A copied component label would let discovery by label find the temporary app instead of the real one.
    delete labels[component_path_sha1/* componentPathSha1Label */.k1];
    const app = {
        metadata: {
            name: `${TEMPORARY_APP_PREFIX}${name}`.slice(0, 253),
            ...(typeof metadata['namespace'] === 'string' ? { namespace: metadata['namespace'] } : {}),
            labels,
            ...(isObject(metadata['annotations']) ? { annotations: stringMap(metadata['annotations']) } : {}),
        },
        spec,
    };
    return { app, sourcePosition };
}
/** Sets `targetRevision` on the PR repository's source(s); returns the position that renders the component. */
function pointAtRevision(spec, options) {
    const single = spec['source'];
    if (isObject(single)) {
        single['targetRevision'] = options.headRef;
        return undefined;
    }
    const sources = Array.isArray(spec['sources']) ? spec['sources'].filter(isObject) : [];
    const ours = sources
        .map((source, i) => ({ source, position: i + 1 }))
        .filter(({ source }) => (0,find_app_set_for_component/* normalizeRepoUrl */.H)(typeof source['repoURL'] === 'string' ? source['repoURL'] : '') ===
        (0,find_app_set_for_component/* normalizeRepoUrl */.H)(options.repoUrl));
    for (const { source } of ours)
        source['targetRevision'] = options.headRef;
    return (ours.find(({ source }) => typeof source['path'] === 'string') ?? ours[0])?.position;
}
function renderJson(value, render) {
    if (typeof value === 'string')
        return render(value);
    if (Array.isArray(value))
        return value.map((item) => renderJson(item, render));
    if (isObject(value)) {
        const out = {};
        for (const [key, item] of Object.entries(value))
            out[key] = renderJson(item, render);
        return out;
    }
    return value;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asObject(value) {
    return isObject(value) ? value : {};
}
function stringMap(value) {
    const out = {};
    for (const [key, item] of Object.entries(asObject(value)))
        if (typeof item === 'string')
            out[key] = item;
    return out;
}

// EXTERNAL MODULE: ./src/core/errors/error-message.ts
var error_message = __webpack_require__(98307);
;// CONCATENATED MODULE: ./src/use-cases/argocd-diff/diff-component.ts





/**
 * Diffs one component: its app at the PR head (app with a hard refresh, manifests and live resources
 * fetched in parallel), or a temporary app rendered from the matching ApplicationSet. Never throws: a
 * failure becomes this component's error, so one app cannot hide the others.
 */
async function diffComponent(component, context) {
    let match;
    try {
        match = await context.finder.find(component.path);
    }
    catch (error) {
        return failed(component, emptyResult(component), (0,error_message/* errorMessage */.g)(error));
    }
    if (match !== undefined)
        return diffExistingApp(component, match, context);
    const notFound = `No ArgoCD application found for \`${component.path}\` (repo ${context.repoUrl})`;
    if (!context.createTemporaryApps)
        return noApp(component, notFound);
    return diffTemporaryApp(component, context);
}
async function diffExistingApp(component, match, context) {
    const { argocd } = context;
    const name = match.app.metadata.name;
    const sourcePosition = match.sourcePosition;
    const [app, manifests, resources] = await Promise.allSettled([
        argocd.getApplication(name, { refresh: 'hard' }),
        argocd.getManifests(name, context.headSha, sourcePosition === undefined ? {} : { sourcePosition }),
        argocd.getManagedResources(name),
    ]);
    const current = app.status === 'fulfilled' ? app.value : match.app;
    const status = summarizeAppStatus(current, context.settings, {
        prHeadRef: context.headRef,
        sourcePosition,
    });
    const base = { ...emptyResult(component), ...status };
    if (app.status === 'rejected')
        return failed(component, base, (0,error_message/* errorMessage */.g)(app.reason));
    if (status.syncedFromPrBranch) {
        return { ...done(component, base), outcome: 'synced-from-branch' };
    }
    return compare(component, base, { app: app.value, manifests, resources }, context);
}
async function diffTemporaryApp(component, context) {
    const { argocd, logger } = context;
    let search;
    let temporary;
    try {
        search = (0,find_app_set_for_component/* findAppSetForComponent */.v)(await context.appSets(), component.path, context.repoUrl);
        if (search.match === undefined) {
            return noApp(component, `No ArgoCD application or ApplicationSet found for \`${component.path}\` (repo ${context.repoUrl})`, search.warnings);
        }
        temporary = buildTemporaryApp(search.match, component.path, {
            headRef: context.headRef,
            repoUrl: context.repoUrl,
        });
    }
    catch (error) {
        return failed(component, emptyResult(component), (0,error_message/* errorMessage */.g)(error));
    }
    const name = temporary.app.metadata.name;
    const base = {
        ...emptyResult(component),
        appName: name,
        appUrl: argoCdAppUrl(context.settings, name),
        temporaryApp: true,
    };
    let created;
    try {
        created = await argocd.createApplication(temporary.app, { validate: false, upsert: true });
    }
    catch (error) {
        const message = `could not create temporary app ${name}: ${(0,error_message/* errorMessage */.g)(error)}`;
        return failed(component, emptyResult(component), message, search.warnings);
    }
    logger.info(`${component.path}: created temporary app ${name} from ApplicationSet ${search.match.appSet.metadata.name}`);
    const sourcePosition = temporary.sourcePosition;
    const [manifests, resources] = await Promise.allSettled([
        argocd.getManifests(name, context.headSha, sourcePosition === undefined ? {} : { sourcePosition }),
        argocd.getManagedResources(name),
    ]);
    const diffed = compare(component, base, { app: created, manifests, resources }, context, search.warnings);
    if (diffed.outcome === 'error') {
        logger.warning(`${component.path}: kept temporary app ${name} for investigation; delete it when done`);
        return { ...diffed, keptTemporaryApp: name };
    }
    try {
        await argocd.deleteApplication(name, { cascade: false });
        logger.info(`${component.path}: deleted temporary app ${name}`);
        return diffed;
    }
    catch (error) {
        const warning = `could not delete temporary app ${name}: ${(0,error_message/* errorMessage */.g)(error)}; delete it by hand`;
        logger.warning(`${component.path}: ${warning}`);
        return { ...diffed, warnings: [...diffed.warnings, warning], keptTemporaryApp: name };
    }
}
function compare(component, base, fetched, context, warnings = []) {
    const { manifests, resources } = fetched;
    if (manifests.status === 'rejected')
        return failed(component, base, (0,error_message/* errorMessage */.g)(manifests.reason), warnings);
    if (resources.status === 'rejected')
        return failed(component, base, (0,error_message/* errorMessage */.g)(resources.reason), warnings);
    try {
        const diff = diffAppResources({
            app: fetched.app,
            settings: context.settings,
            targets: manifests.value.objects,
            managedResources: resources.value,
        }, { diffRedact: context.diffRedact, redactAll: component.disableArgoCdDiff });
        const result = { ...base, diff };
        return {
            ...done(component, result),
            outcome: diff.hasDiff ? 'changed' : 'unchanged',
            warnings: [...warnings, ...diff.warnings.map((w) => `${base.appName ?? component.path}: ${w}`)],
        };
    }
    catch (error) {
        return failed(component, base, (0,error_message/* errorMessage */.g)(error), warnings);
    }
}
/** A component whose diff failed before its app was known (Argo CD unreachable, a defect). */
function failedComponentDiff(component, error) {
    return failed(component, emptyResult(component), (0,error_message/* errorMessage */.g)(error));
}
function emptyResult(component) {
    return {
        componentPath: component.path,
        appName: undefined,
        appUrl: undefined,
        healthStatus: '',
        syncStatus: '',
        autoSyncEnabled: false,
        temporaryApp: false,
        syncedFromPrBranch: false,
        diff: undefined,
        error: undefined,
    };
}
function done(component, result) {
    return {
        component,
        outcome: 'unchanged',
        result,
        notFound: undefined,
        warnings: [],
        keptTemporaryApp: undefined,
    };
}
function failed(component, base, error, warnings = []) {
    return {
        component,
        outcome: 'error',
        result: { ...base, diff: undefined, error },
        notFound: undefined,
        warnings,
        keptTemporaryApp: undefined,
    };
}
function noApp(component, reason, warnings = []) {
    return { ...done(component, emptyResult(component)), outcome: 'no-app', notFound: reason, warnings };
}

;// CONCATENATED MODULE: ./src/use-cases/argocd-diff/diff-components.ts



/**
 * Diffs every component against Argo CD, `concurrency` at a time, results in component order. Settings are
 * read once; when that fails every component shows the error. Everything else fails per component.
 */
async function diffComponents(components, config, options, deps) {
    if (components.length === 0)
        return [];
    let settings;
    try {
        settings = await deps.argocd.getSettings();
    }
    catch (error) {
        return components.map((component) => failedComponentDiff(component, error));
    }
    let appSets;
    const context = {
        argocd: deps.argocd,
        settings,
        finder: (0,create_app_finder/* createAppFinder */.E)(deps.argocd, {
            repoUrl: options.repoUrl,
            useShaLabel: config.argocd.useShaLabelForAppDiscovery,
        }),
        appSets: () => (appSets ??= deps.argocd.listApplicationSets()),
        repoUrl: options.repoUrl,
        headRef: options.headRef,
        headSha: options.headSha,
        createTemporaryApps: config.argocd.createTempAppObjectFromNewApps,
        diffRedact: config.diffRedact,
        logger: deps.logger,
    };
    const settled = await (0,map_with_concurrency/* mapWithConcurrency */.W)(components, options.concurrency, (component) => diffComponent(component, context));
    return settled.map((entry, i) => entry.status === 'fulfilled' ? entry.value : failedComponentDiff(components[i], entry.reason));
}

// EXTERNAL MODULE: ./src/core/argocd/clean-repo-path.ts
var clean_repo_path = __webpack_require__(95798);
// EXTERNAL MODULE: ./src/core/config/parse-component-config.ts + 1 modules
var parse_component_config = __webpack_require__(96593);
// EXTERNAL MODULE: ./src/core/promotion/find-changed-components.ts
var find_changed_components = __webpack_require__(30268);
// EXTERNAL MODULE: ./src/use-cases/promote/collect-changed-files.ts
var collect_changed_files = __webpack_require__(41797);
// EXTERNAL MODULE: ./src/use-cases/shared/read-trusted-promotion-metadata.ts
var read_trusted_promotion_metadata = __webpack_require__(12825);
;// CONCATENATED MODULE: ./src/use-cases/argocd-diff/list-pr-components.ts







/**
 * The components whose apps a PR changes: for a promotion PR this action opened, the `promotedPaths` of its
 * metadata and the components of changed files outside them; for any other PR (whatever its body says) the
 * components of the changed files under the configured source paths (as the Go bot). With `readConfigs`,
 * each component's telefonistka.yaml is read at the PR head for `disableArgoCDDiff`; a file that does not
 * parse hides the diff (fail closed) with a warning.
 */
async function listPrComponents(pr, config, deps, options) {
    const warnings = [];
    const trusted = await (0,read_trusted_promotion_metadata/* readTrustedPromotionMetadata */.M)(pr, {
        promotionPrAuthors: config.promotionPrAuthors,
        github: deps.github,
    });
    if (trusted.ignored !== undefined)
        warnings.push(trusted.ignored);
    const promoted = (trusted.metadata?.promotedPaths ?? []).map(clean_repo_path/* cleanRepoPath */.$).filter((path) => path !== '');
    const changed = await (0,collect_changed_files/* collectChangedFiles */.w)({ ...pr, nodeId: '', mergeCommitSha: pr.headSha }, deps);
    const uncovered = promoted.length === 0 ? changed.files : changed.files.filter((file) => !insideAny(file, promoted));
    const found = (0,find_changed_components/* findChangedComponents */.O)(config, uncovered);
    warnings.push(...found.warnings);
    const paths = [...promoted, ...found.components.map((c) => (0,clean_repo_path/* cleanRepoPath */.$)(`${c.sourcePath}${c.component}`))];
    const source = promoted.length > 0 ? 'metadata' : 'files';
    const uncoveredFiles = source === 'metadata' ? uncovered.map((file) => file.path).sort(compare_strings/* compareStrings */.K) : [];
    if (uncoveredFiles.length > 0) {
        warnings.push(`#${pr.number} changes ${uncoveredFiles.length} file(s) outside its promoted paths ` +
            `(${uncoveredFiles.slice(0, 5).join(', ')}${uncoveredFiles.length > 5 ? ', ...' : ''}); ` +
            'their components are diffed too and the PR is never merged as a no-diff promotion');
    }
    const unique = [...new Set(paths)].sort(compare_strings/* compareStrings */.K);
    const components = [];
    for (const path of unique) {
        components.push({
            path,
            disableArgoCdDiff: options.readConfigs
                ? await readDisableFlag(pr.headSha, path, deps, warnings)
                : false,
        });
    }
    return { components, source, uncoveredFiles, warnings };
}
/** A file (and the old path of a rename) lies inside one of the promoted folders. */
function insideAny(file, folders) {
    const inside = (path) => folders.some((folder) => path.startsWith(`${folder}/`));
    return inside(file.path) && (file.previousPath === undefined || inside(file.previousPath));
}
async function readDisableFlag(commit, path, deps, warnings) {
    const file = `${path}/telefonistka.yaml`;
    const text = await deps.snapshot.readFile(commit, file);
    if (text === undefined)
        return false;
    try {
        const loaded = (0,parse_component_config/* parseComponentConfig */.b)(text, file);
        warnings.push(...loaded.warnings);
        return loaded.config.disableArgoCdDiff;
    }
    catch (error) {
        warnings.push(`${file} could not be read (${(0,error_message/* errorMessage */.g)(error)}); its diff is hidden`);
        return true;
    }
}

// EXTERNAL MODULE: ./src/core/errors/external-error.ts
var external_error = __webpack_require__(91787);
// EXTERNAL MODULE: ./src/core/promotion/plan-promotions.ts + 2 modules
var plan_promotions = __webpack_require__(44612);
// EXTERNAL MODULE: ./src/use-cases/shared/merge-policy.ts + 1 modules
var merge_policy = __webpack_require__(58273);
;// CONCATENATED MODULE: ./src/use-cases/argocd-diff/no-diff-follow-ups.ts




/** The Go bot's label for PRs that change nothing in the clusters. */
const NOOP_LABEL = 'noop';
/** `noop` when nothing changes; taken off again when a later push brings a diff (or an error). */
async function updateNoopLabel(pr, noop, deps) {
    const labelled = pr.labels.includes(NOOP_LABEL);
    if (noop && !labelled) {
        await deps.github.addLabels(pr.number, [NOOP_LABEL]);
        deps.logger.info(`Added the ${NOOP_LABEL} label: no app changes.`);
        return { added: [NOOP_LABEL], removed: [] };
    }
    if (!noop && labelled) {
        try {
            await deps.github.removeLabel(pr.number, NOOP_LABEL);
        }
        catch (error) {
            // Someone removed it since the event was sent.
            if (!(error instanceof external_error/* ExternalError */.y && error.status === 404))
                throw error;
        }
        deps.logger.info(`Removed the ${NOOP_LABEL} label: this PR changes apps now.`);
        return { added: [], removed: [NOOP_LABEL] };
    }
    return { added: [], removed: [] };
}
/**
 * Merges a no-diff promotion PR (`autoMergeNoDiffPRs`): only a promotion PR this action opened (trusted
 * metadata) whose diff covered every file it changes. The PR is read again first: the `promotion` label is
 * often added after the `opened` event was sent, and a PR whose head moved is left to the next run. The merge
 * is guarded by the diffed head SHA.
 */
async function autoMerge(pr, listed, deps, settings) {
    const skip = (reason) => {
        deps.logger.info(`Not merging #${pr.number}: ${reason}.`);
        return { merged: false, reason, failed: false };
    };
    if (listed.source !== 'metadata')
        return skip('it is not a promotion PR opened by this action');
    if (listed.uncoveredFiles.length > 0)
        return skip('it changes files outside its promoted paths');
    const current = await deps.github.getPullRequest(pr.number);
    if (!current.labels.includes(plan_promotions/* PROMOTION_LABEL */.v))
        return skip(`it has no ${plan_promotions/* PROMOTION_LABEL */.v} label`);
    if (current.state !== 'open')
        return skip('it is not open');
    if (current.headSha !== pr.headSha)
        return skip('its head moved since this diff; the next run decides');
    try {
        const decision = await (0,merge_policy/* applyMergePolicy */.f)({
            number: pr.number,
            nodeId: current.nodeId,
            headSha: pr.headSha,
            mode: 'direct',
            method: 'auto',
            settings,
        }, deps);
        // A refusal (review required, method not allowed…) leaves the PR open with the reason; it is no failure.
        if (decision.result === 'left-open')
            return { merged: false, reason: decision.reason, failed: false };
        deps.logger.info(`Merged #${pr.number}: a promotion PR without changes to any app.`);
        return { merged: true, reason: undefined, failed: false };
    }
    catch (error) {
        const reason = `could not merge #${pr.number}: ${(0,error_message/* errorMessage */.g)(error)}`;
        deps.logger.error(reason);
        return { merged: false, reason, failed: true };
    }
}

// EXTERNAL MODULE: ./src/use-cases/promote/load-repo-config.ts
var load_repo_config = __webpack_require__(99310);
;// CONCATENATED MODULE: ./src/use-cases/argocd-diff/read-default-branch-config.ts

/**
 * Resolves the default branch head (`git ls-remote` with a checkout, else one API call), makes sure the
 * checkout has it and the given commits, and reads `telefonistka.yaml` there: the repository configuration
 * always comes from the default branch, never from the PR.
 */
async function readDefaultBranchConfig(defaultBranch, commits, deps) {
    const defaultHead = (await deps.localGit?.remoteBranchSha(defaultBranch)) ?? (await deps.github.getBranchSha(defaultBranch));
    if (defaultHead === undefined)
        throw new Error(`the default branch ${defaultBranch} does not exist`);
    if (deps.localGit !== undefined) {
        const missing = [];
        for (const sha of [defaultHead, ...commits])
            if (!(await deps.localGit.hasCommit(sha)))
                missing.push(sha);
        if (missing.length > 0)
            await deps.localGit.fetch(missing);
    }
    const loaded = await (0,load_repo_config/* loadRepoConfig */.r)(deps.snapshot, defaultHead);
    for (const warning of loaded.warnings)
        deps.logger.warning(warning);
    return { defaultHead, loaded };
}

;// CONCATENATED MODULE: ./src/core/argocd/render-argocd-diff-comment.ts

/** The checkbox id the Go bot uses; ticking it sets the apps' target revision to the PR branch. */
const syncCheckboxId = 'telefonistka-argocd-branch-sync';
/**
 * The whole Argo CD diff comment as the Go bot builds it: split header (naming this part's own component; the
 * Go bot always named the first), the title line, each component's markdown, and the optional checkbox.
 */
function renderArgoCdDiffComment(results, options = {}) {
    const items = [];
    if (options.part !== undefined) {
        items.push(`Component ${options.part.index}/${options.part.total}: ${results[0]?.componentPath ?? ''} (Split for comment size)\n`);
    }
    items.push(options.concise === true
        ? "Diff of ArgoCD applications (concise view, full diff didn't fit GH comment):\n"
        : 'Diff of ArgoCD applications:\n');
    for (const result of results)
        items.push(renderAppDiffMarkdown(result, { concise: options.concise === true }));
    if (options.syncCheckboxBranch !== undefined) {
        items.push(`- [ ] <!-- ${syncCheckboxId} --> Set ArgoCD apps Target Revision to \`${options.syncCheckboxBranch}\``);
    }
    return items.join('\n');
}
/**
 * Whether the comment offers the "sync from branch" checkbox (§3.9 of the Go bot): some component matching
 * `allowSyncfromBranchPathRegex` has an existing app (not temporary, not already following the branch) and no
 * error. With no regex configured there is no checkbox (the Go bot showed one that did nothing).
 */
function isSyncCheckboxVisible(results, allowSyncFromBranchPathRegex) {
    if (allowSyncFromBranchPathRegex === undefined)
        return false;
    return results.some((r) => r.error === undefined &&
        !r.temporaryApp &&
        !r.syncedFromPrBranch &&
        allowSyncFromBranchPathRegex.test(r.componentPath));
}

// EXTERNAL MODULE: ./src/core/comments/markdown-code.ts
var markdown_code = __webpack_require__(95947);
;// CONCATENATED MODULE: ./src/core/argocd/render-app-diff-markdown.ts

const argoSmallLogo = '<img src="https://argo-cd.readthedocs.io/en/stable/assets/favicon.png" width="20"/>';
const render_app_diff_markdown_alert = (kind, text) => `> [!${kind}]  \n> ${text}`;
/**
 * The markdown of one component in the Argo CD diff comment, byte for byte as the Go bot builds it (items joined
 * by line breaks): the app link and path, warnings (health not Healthy, sync not Synced, no auto-sync; a note
 * for temporary apps), then a `diff` block in `<details>` with one entry per changed object, or "No diff 🤷".
 * A failed component shows "Error getting diff from ArgoCD" and the error. Fences grow when content holds
 * backticks, and the app line is left out when no app was found (the Go bot printed an empty link).
 */
function render_app_diff_markdown_renderAppDiffMarkdown(result, options = {}) {
    return (result.error === undefined ? successItems(result, options.concise === true) : errorItems(result)).join('\n');
}
function appLink(result) {
    return `**[${result.appName ?? ''}](${result.appUrl ?? ''})**`;
}
function errorItems(result) {
    const items = [render_app_diff_markdown_alert('CAUTION', `**Error getting diff from ArgoCD** (\`${result.componentPath}\`) `)];
    if (result.appName !== undefined) {
        items.push(`Please check the App Conditions of ${argoSmallLogo} ${appLink(result)} for more details.`);
    }
    if (result.temporaryApp) {
        items.push(render_app_diff_markdown_alert('WARNING', 'For investigation we kept the temporary application, please make sure to clean it up later!'));
    }
    items.push((0,markdown_code/* codeFence */.d6)(result.error ?? ''));
    return items;
}
function successItems(result, concise) {
    const items = [`${argoSmallLogo} ${appLink(result)} @ \`${result.componentPath}\``];
    if (result.temporaryApp) {
        items.push(render_app_diff_markdown_alert('NOTE', 'Telefonistka has temporarily created an ArgoCD app object to render manifest previews.  \n> Please be aware:  \n> * The app will only appear in the ArgoCD UI for a few seconds.'));
    }
    else {
        if (result.healthStatus !== 'Healthy') {
            items.push(render_app_diff_markdown_alert('CAUTION', `The ArgoCD app health status is currently ${result.healthStatus}`));
        }
        if (result.syncStatus !== 'Synced') {
            items.push(render_app_diff_markdown_alert('WARNING', `The ArgoCD app sync status is currently ${result.syncStatus}`));
        }
        if (!result.autoSyncEnabled) {
            items.push(render_app_diff_markdown_alert('NOTE', "This ArgoCD app is doesn't have `auto-sync` enabled, merging this PR will **not** apply changes to cluster without additional actions."));
        }
    }
    const elements = result.diff?.elements ?? [];
    if (elements.length > 0) {
        const entries = elements
            .filter((element) => element.text !== '')
            .map((element) => {
            const id = `${element.key.namespace}/${element.key.kind}/${element.key.name}`;
            return concise ? id : `${id}:\n${element.text}`;
        });
        const fence = diffFence(entries.join('\n'));
        items.push(`\n<details><summary>ArgoCD Diff(Click to expand):</summary>\n\n${fence}diff\n`, ...entries);
        items.push(`\n\n${fence}\n\n</details>\n`);
    }
    else if (result.syncedFromPrBranch) {
        items.push(render_app_diff_markdown_alert('NOTE', 'The app already has this branch set as the source target revision, and autosync is enabled. Diff calculation was skipped.'));
    }
    else {
        items.push('No diff 🤷');
    }
    return items;
}
/** Three backticks, or more when a line of the content could close a three-backtick fence. */
function diffFence(content) {
    const longest = Math.max(0, ...[...content.matchAll(/^ {0,3}(`{3,})/gm)].map((m) => m[1]?.length ?? 0));
    return '`'.repeat(Math.max(3, longest + 1));
}
/** The comment section of one component for the shared comment splitter: full and concise markdown. */
function argoCdDiffSection(result) {
    return {
        title: result.appName === undefined ? result.componentPath : `${result.appName} @ ${result.componentPath}`,
        full: render_app_diff_markdown_renderAppDiffMarkdown(result),
        concise: render_app_diff_markdown_renderAppDiffMarkdown(result, { concise: true }),
    };
}

;// CONCATENATED MODULE: ./src/core/argocd/sync-checkbox.ts

const checkboxLine = new RegExp(`^\\s*-\\s*\\[(.)\\]\\s*<!-- ${syncCheckboxId} -->.*$`, 'm');
/** The checkbox line the Go bot renders: ticking it points the PR's apps at `branch`. */
function syncCheckboxLine(branch) {
    return `- [ ] <!-- ${syncCheckboxId} --> Set ArgoCD apps Target Revision to \`${branch}\``;
}
/** Reads the checkbox as the Go bot does: only a lowercase `x` counts as ticked. */
function readSyncCheckbox(body) {
    const found = checkboxLine.exec(body);
    if (found === null)
        return undefined;
    return found[1] === 'x' ? 'checked' : 'unchecked';
}

;// CONCATENATED MODULE: ./src/core/argocd/render-argocd-diff-document.ts



/** The sticky comment kind of the Argo CD diff (its parts carry `<!-- telefonistka:argocd-diff:part:N -->`). */
const ARGOCD_DIFF_COMMENT_KIND = 'argocd-diff';
/**
 * The Argo CD diff comment before splitting: the Go bot's title line, one section per component (full and
 * concise markdown, so the splitter can fall back per app), a note for components without an app, and the
 * "sync from branch" checkbox last.
 */
function renderArgoCdDiffDocument(diffs, options) {
    const results = diffs.filter((d) => d.outcome !== 'no-app').map((d) => d.result);
    const checkbox = isSyncCheckboxVisible(results, options.allowSyncFromBranchPathRegex);
    return {
        kind: ARGOCD_DIFF_COMMENT_KIND,
        header: 'Diff of ArgoCD applications:',
        sections: diffs.map(sectionOf),
        footer: checkbox ? syncCheckboxLine(options.headRef) : undefined,
        hint: options.hint,
    };
}
function sectionOf(diff) {
    if (diff.outcome !== 'no-app')
        return argoCdDiffSection(diff.result);
    return {
        title: diff.component.path,
        full: `> [!NOTE]  \n> ${diff.notFound ?? `No ArgoCD application found for \`${diff.component.path}\``}: nothing to diff.`,
    };
}

// EXTERNAL MODULE: ./src/use-cases/shared/write-comment-parts.ts
var write_comment_parts = __webpack_require__(20909);
;// CONCATENATED MODULE: ./src/use-cases/argocd-diff/diff-pull-request.ts









/** The commit status this flow sets; its own context, so the pr-checks status does not overwrite it. */
const ARGOCD_DIFF_STATUS_CONTEXT = 'telefonistka/argocd-diff';
/**
 * The Argo CD diff of an open PR: read the configuration on the default branch, find the PR's components,
 * diff each app against the PR head, keep one sticky comment (split into parts, updated in place), label
 * `noop` when nothing changes, and merge a no-diff promotion PR when configured. The commit status is
 * pending meanwhile, then success, or error naming the apps that failed (the comment is posted first).
 */
async function diffPullRequest(pr, options, deps) {
    return (0,with_commit_status/* withCommitStatus */.O)(deps.github, {
        flow: 'argocd-diff',
        sha: pr.headSha,
        context: ARGOCD_DIFF_STATUS_CONTEXT,
        targetUrl: options.runUrl,
        pending: 'Diffing the Argo CD apps of this PR',
        outcome: (run) => ({
            state: run.failures.length > 0 ? 'error' : 'success',
            description: describe(run),
        }),
        enabled: options.commitStatus,
        logger: deps.logger,
    }, () => runDiff(pr, options, deps));
}
async function runDiff(pr, options, deps) {
    const { logger } = deps;
    const { loaded } = await logger.group('Configuration', () => (0,in_phase/* inPhase */.x)(phase(`reading the configuration on ${options.defaultBranch}`), () => readDefaultBranchConfig(options.defaultBranch, [pr.headSha, pr.baseSha], deps)));
    const config = loaded.config;
    if (!config.argocd.commentDiffOnPr) {
        const reason = 'argocd.commentDiffonPR is not enabled in telefonistka.yaml';
        logger.info(`Nothing to do: ${reason}.`);
        return { ...emptyRun(), skipped: reason, warnings: [...loaded.warnings] };
    }
    const listed = await logger.group('Components', async () => {
        const found = await (0,in_phase/* inPhase */.x)(phase(`listing the components of #${pr.number}`), () => listPrComponents(pr, config, deps, { readConfigs: true }));
        for (const warning of found.warnings)
            logger.warning(warning);
        logger.info(`Components (from ${found.source === 'metadata' ? 'the promotion metadata' : 'the changed files'}): ` +
            (found.components.map((c) => c.path).join(', ') || 'none'));
        return found;
    });
    const diffs = await logger.group('Argo CD diff', async () => {
        const done = await (0,in_phase/* inPhase */.x)(phase(`diffing the Argo CD apps of #${pr.number}`), () => diffComponents(listed.components, config, {
            repoUrl: options.repoUrl,
            headRef: pr.headRef,
            headSha: pr.headSha,
            concurrency: options.concurrency,
        }, deps));
        for (const diff of done)
            logDiff(diff, deps);
        return done;
    });
    const { comment, document } = await logger.group('Comment', () => (0,in_phase/* inPhase */.x)(phase(`writing the comment on #${pr.number}`), () => updateComment(pr, { config, diffs, runUrl: options.runUrl }, deps)));
    const noop = diffs.length > 0 && diffs.every((d) => d.outcome === 'unchanged' || d.outcome === 'synced-from-branch');
    const labels = await logger.group('Labels', () => (0,in_phase/* inPhase */.x)(phase(`labelling #${pr.number}`), () => updateNoopLabel(pr, noop, deps)));
    const run = {
        skipped: undefined,
        componentSource: listed.source,
        diffs,
        hasDiff: diffs.some((d) => d.outcome === 'changed'),
        failures: diffs
            .filter((d) => d.outcome === 'error')
            .map((d) => `${d.result.appName ?? d.component.path}: ${d.result.error ?? ''}`),
        noop,
        labels,
        autoMerge: undefined,
        comment,
        document,
        warnings: [...loaded.warnings, ...listed.warnings, ...diffs.flatMap((d) => d.warnings)],
    };
    if (noop && config.argocd.autoMergeNoDiffPrs) {
        run.autoMerge = await logger.group('Auto-merge', () => (0,in_phase/* inPhase */.x)(phase(`merging #${pr.number}`), () => autoMerge(pr, listed, deps, options.repositorySettings)));
    }
    return run;
}
/** A phase of the argocd-diff flow, named in its failure (`argocd-diff: listing the components of #7: …`). */
function phase(what) {
    return { flow: 'argocd-diff', phase: what };
}
function logDiff(diff, deps) {
    const app = diff.result.appName ?? '(no app)';
    const changed = diff.result.diff?.elements.length ?? 0;
    const text = {
        changed: `${changed} object(s) change`,
        unchanged: 'no diff',
        'synced-from-branch': 'already synced from the PR branch; diff skipped',
        'no-app': diff.notFound ?? 'no app',
        error: `error: ${diff.result.error ?? ''}`,
    };
    const line = `${diff.component.path} -> ${app}: ${text[diff.outcome]}`;
    if (diff.outcome === 'error')
        deps.logger.warning(line);
    else
        deps.logger.info(line);
}
async function updateComment(pr, input, deps) {
    const existing = await deps.github.listComments(pr.number);
    const document = input.diffs.length === 0
        ? undefined
        : renderArgoCdDiffDocument(input.diffs, {
            headRef: pr.headRef,
            allowSyncFromBranchPathRegex: input.config.argocd.allowSyncFromBranchPathRegex,
            hint: input.runUrl === undefined
                ? undefined
                : `The job summary of [the workflow run](${input.runUrl}) shows the full diff.`,
        });
    const parts = document === undefined ? [] : (0,split_comment/* splitComment */.U)(document);
    const comment = await (0,write_comment_parts/* writeCommentParts */.H)(deps.github, { number: pr.number, kind: ARGOCD_DIFF_COMMENT_KIND, existing }, parts);
    deps.logger.info(`Comment: ${comment.parts} part(s); ${comment.created} created, ${comment.updated} updated, ` +
        `${comment.deleted} deleted, ${comment.unchanged} unchanged`);
    return { comment, document };
}
function describe(run) {
    if (run.skipped !== undefined)
        return `Skipped: ${run.skipped}`;
    const failed = run.diffs.filter((d) => d.outcome === 'error');
    if (failed.length > 0) {
        return `Argo CD diff failed for ${failed.map((d) => d.result.appName ?? d.component.path).join(', ')}`;
    }
    const apps = run.diffs.filter((d) => d.outcome !== 'no-app').length;
    const changed = run.diffs.filter((d) => d.outcome === 'changed').length;
    if (run.diffs.length === 0)
        return 'No components with Argo CD apps in this PR';
    if (apps === 0)
        return 'No Argo CD app found for the components of this PR';
    const plural = apps === 1 ? 'app' : 'apps';
    return changed === 0 ? `No changes in ${apps} ${plural}` : `${changed} of ${apps} ${plural} change`;
}
function emptyRun() {
    return {
        skipped: undefined,
        componentSource: undefined,
        diffs: [],
        hasDiff: false,
        failures: [],
        noop: false,
        labels: { added: [], removed: [] },
        autoMerge: undefined,
        comment: { parts: 0, created: 0, updated: 0, deleted: 0, unchanged: 0 },
        document: undefined,
        warnings: [],
    };
}

;// CONCATENATED MODULE: ./src/use-cases/argocd-diff/set-apps-target-revision.ts


/**
 * Points the apps of the matching components at `to` (`spec.source.targetRevision`, or the PR repository's
 * source of a multi-source app), skipping apps already there. Each app is handled once, whatever number of
 * components share it; failures are reported per app and never stop the others.
 */
async function setAppsTargetRevision(request, argocd, logger) {
    const finder = (0,create_app_finder/* createAppFinder */.E)(argocd, { repoUrl: request.repoUrl, useShaLabel: request.useShaLabel });
    const seen = new Set();
    const changes = [];
    for (const componentPath of request.componentPaths) {
        if (!request.pathRegex.test(componentPath))
            continue;
        const change = (fields) => {
            const entry = {
                componentPath,
                appName: undefined,
                from: undefined,
                to: request.to,
                reason: undefined,
                ...fields,
            };
            changes.push(entry);
            return entry;
        };
        let match;
        try {
            match = await finder.find(componentPath);
        }
        catch (error) {
            logger.warning(`${componentPath}: ${(0,error_message/* errorMessage */.g)(error)}`);
            change({ action: 'failed', reason: (0,error_message/* errorMessage */.g)(error) });
            continue;
        }
        if (match === undefined) {
            change({ action: 'no-app', reason: 'no Argo CD application found' });
            continue;
        }
        const appName = match.app.metadata.name;
        if (seen.has(appName))
            continue;
        seen.add(appName);
        const position = match.sourcePosition;
        const source = position === undefined ? match.app.spec.source : match.app.spec.sources?.[position - 1];
        const from = source?.targetRevision ?? 'HEAD';
        if (from === request.to) {
            change({ appName, from, action: 'unchanged' });
            continue;
        }
        if (request.onlyFrom !== undefined && from !== request.onlyFrom) {
            change({ appName, from, action: 'skipped', reason: `it targets ${from}, not ${request.onlyFrom}` });
            continue;
        }
        try {
            await argocd.patchApplicationTargetRevision(appName, request.to, position === undefined ? {} : { sourcePosition: position });
            logger.info(`${appName} (${componentPath}): target revision ${from} -> ${request.to}`);
            change({ appName, from, action: 'set' });
        }
        catch (error) {
            logger.warning(`${appName} (${componentPath}): ${(0,error_message/* errorMessage */.g)(error)}`);
            change({ appName, from, action: 'failed', reason: (0,error_message/* errorMessage */.g)(error) });
        }
    }
    return changes;
}

;// CONCATENATED MODULE: ./src/use-cases/promote/revert-sync-from-branch.ts

/** The Go bot's default target revision, which apps return to when their PR is merged or closed. */
const DEFAULT_TARGET_REVISION = 'HEAD';
/**
 * After a PR with "sync from branch" is merged or closed, points the apps of its components matching
 * `allowSyncfromBranchPathRegex` back at `HEAD`. Unlike the Go bot, which reset every matching app to HEAD,
 * only apps still targeting the PR branch are touched. Failures are logged and returned, never thrown.
 */
async function revertSyncFromBranch(components, argocd, logger) {
    const regex = components.config.allowSyncFromBranchPathRegex;
    if (regex === undefined || components.paths.length === 0)
        return [];
    return setAppsTargetRevision({
        componentPaths: components.paths,
        pathRegex: regex,
        repoUrl: components.repoUrl,
        useShaLabel: components.config.useShaLabelForAppDiscovery,
        to: DEFAULT_TARGET_REVISION,
        onlyFrom: components.branch,
    }, argocd, logger);
}

;// CONCATENATED MODULE: ./src/use-cases/argocd-diff/handle-closed-pull-request.ts




/**
 * A merged or closed PR: apps that were synced from its branch go back to `HEAD` (only those still targeting
 * the branch), so no cluster keeps following a branch that is gone or merged.
 */
async function handleClosedPullRequest(pr, options, deps) {
    const { loaded } = await (0,in_phase/* inPhase */.x)(handle_closed_pull_request_phase(`reading the configuration on ${options.defaultBranch}`), () => readDefaultBranchConfig(options.defaultBranch, [pr.headSha, pr.baseSha], deps));
    const config = loaded.config;
    if (config.argocd.allowSyncFromBranchPathRegex === undefined) {
        const reason = 'argocd.allowSyncfromBranchPathRegex is not set in telefonistka.yaml';
        deps.logger.info(`Nothing to do: ${reason}.`);
        return { ignored: reason, changes: [] };
    }
    const listed = await (0,in_phase/* inPhase */.x)(handle_closed_pull_request_phase(`listing the components of closed #${pr.number}`), () => listPrComponents(pr, config, deps, { readConfigs: false }));
    const changes = await (0,in_phase/* inPhase */.x)(handle_closed_pull_request_phase(`pointing the Argo CD apps synced from ${pr.headRef} back to HEAD`), () => deps.logger.group('Revert sync from branch', () => revertSyncFromBranch({
        paths: listed.components.map((c) => c.path),
        branch: pr.headRef,
        repoUrl: options.repoUrl,
        config: config.argocd,
    }, deps.argocd, deps.logger)));
    return { ignored: undefined, changes };
}
/** A phase of the closed-PR handler, named in its failure (`argocd-diff: listing the components of closed #7: …`). */
function handle_closed_pull_request_phase(what) {
    return { flow: 'argocd-diff', phase: what };
}

// EXTERNAL MODULE: ./src/use-cases/shared/bot-comment-tag.ts
var bot_comment_tag = __webpack_require__(27381);
// EXTERNAL MODULE: ./src/use-cases/shared/is-own-login.ts
var is_own_login = __webpack_require__(29484);
// EXTERNAL MODULE: ./src/core/comments/comment-markers.ts
var comment_markers = __webpack_require__(49681);
;// CONCATENATED MODULE: ./src/use-cases/argocd-diff/handle-sync-checkbox.ts









const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);
/**
 * "Sync from branch": when someone with write access ticks the checkbox in the bot's Argo CD diff comment
 * (an edit from `[ ]` to `[x]`), the apps of the PR's components matching `allowSyncfromBranchPathRegex` are
 * pointed at the PR branch. Edits by others, of other comments, unticking, and closed PRs change nothing.
 */
async function handleSyncCheckbox(edit, options, deps) {
    const ignore = (reason) => {
        deps.logger.info(`Nothing to do: ${reason}.`);
        return { ignored: reason, changes: [] };
    };
    if (!edit.bodyAfter.startsWith(`${bot_comment_tag/* BOT_COMMENT_TAG */.H}\n${(0,comment_markers/* kindMarker */.Zy)(ARGOCD_DIFF_COMMENT_KIND)}\n`))
        return ignore('the edited comment is not an Argo CD diff comment');
    if (readSyncCheckbox(edit.bodyAfter) !== 'checked')
        return ignore('the sync checkbox is not ticked');
    if (edit.bodyBefore === undefined || readSyncCheckbox(edit.bodyBefore) !== 'unchecked')
        return ignore('the sync checkbox was not just ticked');
    // Only the token's own comment; when it cannot read its login, a bot's (no person can write as an App).
    const who = await (0,in_phase/* inPhase */.x)(handle_sync_checkbox_phase(`checking who ticked the sync checkbox on #${edit.issueNumber}`), async () => {
        if (edit.authorType !== 'Bot' || (await (0,is_own_login/* isOwnLogin */.s)(deps.github, edit.author)) === false)
            return `the comment was written by ${edit.author}, not by this bot`;
        const permission = await deps.github.getPermission(edit.sender);
        return WRITE_ROLES.has(permission)
            ? undefined
            : `${edit.sender} has ${permission} access; syncing from a branch needs write access`;
    });
    if (who !== undefined)
        return ignore(who);
    const info = await (0,in_phase/* inPhase */.x)(handle_sync_checkbox_phase(`reading #${edit.issueNumber}`), () => deps.github.getPullRequest(edit.issueNumber));
    if (info.state !== 'open')
        return ignore(`#${info.number} is not open`);
    const pr = { ...info };
    const { loaded } = await (0,in_phase/* inPhase */.x)(handle_sync_checkbox_phase(`reading the configuration on ${options.defaultBranch}`), () => readDefaultBranchConfig(options.defaultBranch, [pr.headSha, pr.baseSha], deps));
    const regex = loaded.config.argocd.allowSyncFromBranchPathRegex;
    if (regex === undefined)
        return ignore('argocd.allowSyncfromBranchPathRegex is not set in telefonistka.yaml');
    const listed = await (0,in_phase/* inPhase */.x)(handle_sync_checkbox_phase(`listing the components of #${pr.number}`), () => listPrComponents(pr, loaded.config, deps, { readConfigs: false }));
    const changes = await (0,in_phase/* inPhase */.x)(handle_sync_checkbox_phase(`pointing the Argo CD apps of #${pr.number} at ${pr.headRef}`), () => deps.logger.group('Sync from branch', () => setAppsTargetRevision({
        componentPaths: listed.components.map((c) => c.path),
        pathRegex: regex,
        repoUrl: options.repoUrl,
        useShaLabel: loaded.config.argocd.useShaLabelForAppDiscovery,
        to: pr.headRef,
    }, deps.argocd, deps.logger)));
    if (changes.length === 0)
        return ignore(`no component of #${pr.number} matches ${regex.source}`);
    return { ignored: undefined, changes };
}
/** A phase of the sync-from-branch handler, named in its failure (`argocd-diff: reading #7: …`). */
function handle_sync_checkbox_phase(what) {
    return { flow: 'argocd-diff', phase: what };
}

;// CONCATENATED MODULE: ./src/core/argocd/argocd-diff-results.ts
/** The changed objects of a diff for the `results` output, both modes. */
function changedObjectsJson(elements) {
    return elements.map((element) => ({
        ...element.key,
        change: element.change,
        redacted: element.redacted !== undefined,
    }));
}
/** The `results` output of a diff run. */
function argoCdDiffResults(diffs) {
    return diffs.map((diff) => {
        const { result } = diff;
        const known = diff.outcome !== 'no-app' && !result.temporaryApp && result.healthStatus !== '';
        return {
            component: diff.component.path,
            app: result.appName ?? null,
            url: result.appUrl ?? null,
            outcome: diff.outcome,
            health: known ? result.healthStatus : null,
            sync: known ? result.syncStatus : null,
            autoSync: known ? result.autoSyncEnabled : null,
            temporaryApp: result.temporaryApp,
            objects: changedObjectsJson(result.diff?.elements ?? []),
            error: result.error ?? null,
            keptTemporaryApp: diff.keptTemporaryApp ?? null,
        };
    });
}

;// CONCATENATED MODULE: ./src/core/argocd/render-argocd-diff-summary.ts
const outcomeText = {
    changed: '📝 changes',
    unchanged: '✅ no diff',
    'synced-from-branch': '🔁 synced from the PR branch',
    'no-app': '➖ no app',
    error: '❌ error',
};
/** The job summary of a diff run: one row per component, follow-ups, warnings, the whole comment, API calls. */
function renderArgoCdDiffSummary(run, calls) {
    const lines = ['## Telefonistka Argo CD diff', ''];
    if (run.skipped !== undefined)
        lines.push(`Nothing diffed: ${run.skipped}.`, '');
    else if (run.diffs.length === 0)
        lines.push('This PR changes no component: nothing to diff.', '');
    else {
        lines.push('| component | app | result | objects | health | sync |', '| --- | --- | --- | --- | --- | --- |');
        for (const diff of run.diffs)
            lines.push(row(diff));
        lines.push('');
        const c = run.comment;
        lines.push(`Sticky comment: ${c.parts} part(s); ${c.created} created, ${c.updated} updated, ${c.deleted} deleted, ${c.unchanged} unchanged.`);
        if (run.labels.added.length > 0)
            lines.push(`Label added: \`${run.labels.added.join('`, `')}\`.`);
        if (run.labels.removed.length > 0)
            lines.push(`Label removed: \`${run.labels.removed.join('`, `')}\`.`);
        if (run.autoMerge !== undefined)
            lines.push(run.autoMerge.merged ? 'Merged: no app changes.' : `Not merged: ${run.autoMerge.reason ?? ''}.`);
        lines.push('');
        if (run.warnings.length > 0)
            lines.push('### Warnings', '', ...run.warnings.map((w) => `- ${w}`), '');
        if (run.document !== undefined)
            lines.push('### Full diff', '', wholeDocument(run.document), '');
    }
    lines.push(apiCallsLine(calls), '');
    return lines.join('\n');
}
/** The job summary of a revision change (checkbox ticked, PR closed). */
function renderRevisionSummary(title, handling, calls) {
    const lines = [`## Telefonistka Argo CD: ${title}`, ''];
    if (handling.ignored !== undefined)
        lines.push(`Nothing to do: ${handling.ignored}.`, '');
    if (handling.changes.length > 0) {
        lines.push('| component | app | target revision | result |', '| --- | --- | --- | --- |');
        for (const change of handling.changes) {
            const revision = change.from === undefined ? `\`${change.to}\`` : `\`${change.from}\` → \`${change.to}\``;
            const result = change.reason === undefined ? change.action : `${change.action}: ${change.reason}`;
            lines.push(`| \`${change.componentPath}\` | ${change.appName ?? '-'} | ${revision} | ${cell(result)} |`);
        }
        lines.push('');
    }
    lines.push(apiCallsLine(calls), '');
    return lines.join('\n');
}
function row(diff) {
    const r = diff.result;
    const app = r.appName === undefined ? '-' : r.appUrl === undefined ? r.appName : `[${r.appName}](${r.appUrl})`;
    const result = diff.outcome === 'error'
        ? `${outcomeText.error}: ${cell(r.error ?? '')}`
        : `${outcomeText[diff.outcome]}${r.temporaryApp ? ' (temporary app)' : ''}`;
    const objects = String(r.diff?.elements.length ?? '-');
    const known = diff.outcome !== 'no-app' && !r.temporaryApp && r.healthStatus !== '';
    return `| \`${diff.component.path}\` | ${app} | ${result} | ${objects} | ${known ? r.healthStatus : '-'} | ${known ? r.syncStatus : '-'} |`;
}
function cell(text) {
    const flat = text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
    return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat;
}
function wholeDocument(document) {
    return [document.header, ...document.sections.map((section) => section.full), document.footer ?? '']
        .filter((block) => block !== '')
        .join('\n\n');
}
function apiCallsLine(calls) {
    return `API calls spent by this step: GitHub **${calls.github}**, Argo CD **${calls.argocd}**`;
}

;// CONCATENATED MODULE: ./src/actions/argocd-diff/run-argocd-event.ts








/**
 * `diff-mode: argocd`: diffs an opened or updated PR, syncs the apps from the PR branch when the comment's
 * checkbox is ticked, and points them back at HEAD when the PR closes.
 */
async function runArgoCdEvent(run, event) {
    const { calls } = run;
    const argocd = (0,create_axios_argocd/* createAxiosArgoCd */.r)({ ...run.argocd, logger: run.logger, onRequest: () => calls.argocd++ });
    const deps = { github: run.github, argocd, logger: run.logger, sleep: sleep/* sleep */.y, ...run.access };
    const context = { defaultBranch: run.defaultBranch, repoUrl: run.repoUrl };
    const spent = () => ({ github: calls.github(), argocd: calls.argocd });
    if (event.kind === 'comment-edit') {
        const handling = await handleSyncCheckbox(event.edit, context, deps);
        return finishRevisionChange('sync from branch', handling, spent());
    }
    if (event.kind === 'closed') {
        const handling = await handleClosedPullRequest(event.pr, context, deps);
        return finishRevisionChange('revert sync from branch', handling, spent());
    }
    const diff = await diffPullRequest(event.pr, {
        ...context,
        concurrency: run.inputs.concurrency,
        commitStatus: run.inputs.commitStatus,
        runUrl: run.runUrl,
        repositorySettings: run.repositorySettings,
    }, deps);
    (0,outputs/* setOutputs */.n)({ 'has-diff': diff.hasDiff, results: argoCdDiffResults(diff.diffs) });
    await (0,outputs/* writeSummary */.S)(renderArgoCdDiffSummary(diff, spent()));
    const failures = [...diff.failures];
    if (diff.autoMerge?.failed === true)
        failures.push(diff.autoMerge.reason ?? 'auto-merge failed');
    if (failures.length > 0) {
        throw new Error(`The Argo CD diff failed for ${failures.length} item(s) (the PR comment shows the others):\n` +
            failures.map((failure) => `- ${failure}`).join('\n'));
    }
}
async function finishRevisionChange(title, handling, calls) {
    await (0,outputs/* writeSummary */.S)(renderRevisionSummary(title, handling, calls));
    const failed = handling.changes.filter((change) => change.action === 'failed');
    if (failed.length > 0) {
        throw new Error(`Could not change the target revision of ${failed.length} app(s):\n` +
            failed.map((c) => `- ${c.appName ?? c.componentPath}: ${c.reason ?? ''}`).join('\n'));
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/core/render/render-tree-key.ts

/** A string equal for equal trees (replacements in any order), for caching materialised trees and renders. */
function renderTreeKey(tree) {
    const replacements = [...tree.replacements]
        .sort((a, b) => (0,compare_strings/* compareStrings */.K)(a.path, b.path))
        .map((r) => [r.path, r.from?.revision ?? null, r.from?.path ?? null]);
    return JSON.stringify([tree.revision, replacements]);
}

;// CONCATENATED MODULE: ./src/adapters/render/create-git-render-workspace.ts







const execFileAsync = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * Materialises trees from the local git object store with a private index file: `read-tree` of the revision,
 * replaced folders removed from the index and read in from their source revision (`read-tree --prefix`), then
 * `checkout-index` into a fresh directory. Nothing in the checkout, its index or its refs changes and no object
 * is written. Symbolic links are checked out as plain files holding the link text, so content a PR controls
 * cannot make a tool read files outside the tree; LFS smudging is off.
 */
function createGitRenderWorkspace(options) {
    const trees = new Map();
    let root;
    const workspaceRoot = () => (root ??= (0,promises_.mkdtemp)(external_node_path_default().join(options.tempDir ?? external_node_os_default().tmpdir(), 'telefonistka-render-')));
    return {
        materialize: (tree) => {
            const key = renderTreeKey(tree);
            let dir = trees.get(key);
            if (dir === undefined) {
                const index = trees.size + 1;
                dir = workspaceRoot().then((parent) => materialize(options.directory, parent, index, tree, options.env));
                trees.set(key, dir);
            }
            return dir;
        },
        dispose: async () => {
            await Promise.allSettled(trees.values());
            if (root !== undefined)
                await (0,promises_.rm)(await root, { recursive: true, force: true });
            trees.clear();
            root = undefined;
        },
    };
}
async function materialize(repo, parent, index, tree, env) {
    const dir = external_node_path_default().join(parent, `tree-${index}`);
    await (0,promises_.mkdir)(dir);
    const git = gitWithIndex(repo, external_node_path_default().join(parent, `tree-${index}.index`), env);
    await git(['read-tree', tree.revision]);
    for (const replacement of tree.replacements) {
        const target = trimSlashes(replacement.path);
        await git(['rm', '--cached', '-r', '-f', '-q', '--ignore-unmatch', '--', target]);
        if (replacement.from === undefined)
            continue;
        const source = `${replacement.from.revision}:${trimSlashes(replacement.from.path)}`;
        await git(['read-tree', `--prefix=${target}/`, source]);
    }
    await git([
        '-c',
        'core.symlinks=false',
        '-c',
        'filter.lfs.smudge=',
        '-c',
        'filter.lfs.process=',
        '-c',
        'filter.lfs.required=false',
        `--work-tree=${dir}`,
        'checkout-index',
        '-a',
        '-f',
    ]);
    return dir;
}
function trimSlashes(value) {
    return value.replace(/^\/+|\/+$/g, '');
}
function gitWithIndex(repo, indexFile, parentEnv) {
    const env = { ...parentEnv, GIT_INDEX_FILE: indexFile, GIT_LITERAL_PATHSPECS: '1' };
    return async (args) => {
        try {
            await execFileAsync('git', args, { cwd: repo, env, maxBuffer: 16 * 1024 * 1024 });
        }
        catch (error) {
            const stderr = error.stderr?.trim();
            throw new external_error/* ExternalError */.y(stderr || error.message, {
                service: 'git',
                operation: args.find((arg) => !arg.startsWith('-') && !arg.includes('=')) ?? 'git',
                cause: error,
            });
        }
    };
}

;// CONCATENATED MODULE: ./src/core/render/detect-render-tool.ts
/** File names that make a folder a kustomization, as kustomize accepts them. */
const kustomizationFileNames = [
    'kustomization.yaml',
    'kustomization.yml',
    'Kustomization',
];
/**
 * The tool a folder calls for, by the names of the files directly in it, with Argo CD's precedence: a
 * kustomization file makes it kustomize (even next to a `Chart.yaml`), else `Chart.yaml` makes it helm, else
 * its YAML and JSON files are used as they are.
 */
function detectRenderTool(fileNames) {
    const names = new Set(fileNames);
    if (kustomizationFileNames.some((name) => names.has(name)))
        return 'kustomize';
    if (names.has('Chart.yaml'))
        return 'helm';
    return 'plain';
}

;// CONCATENATED MODULE: ./src/core/render/helm-values-files.ts

const extraValuesFile = /^values[-.].+\.ya?ml$/;
/**
 * The values files `helm template` gets with `-f`, in order (later files win): every file directly in the chart
 * folder named `values-<anything>.yaml` or `values.<anything>.yaml` (`.yml` too), sorted by name in code-point
 * order. `values.yaml` itself is not passed: helm always loads it as the chart's defaults.
 */
function helmValuesFiles(fileNames) {
    return fileNames
        .filter((name) => extraValuesFile.test(name) && name !== 'values.yaml' && name !== 'values.yml')
        .sort(compare_strings/* compareStrings */.K);
}

;// CONCATENATED MODULE: ./src/core/render/plain-manifest-files.ts

/** The component configuration file, which lives in component folders but is no manifest. */
const componentConfigFileName = 'telefonistka.yaml';
/**
 * The files of a plain folder that hold manifests, in the order they are concatenated: `.yaml`, `.yml` and
 * `.json` files directly in it (not in subfolders, like an Argo CD directory source without `recurse`), sorted
 * by name, without the component's `telefonistka.yaml`.
 */
function plainManifestFiles(fileNames) {
    return fileNames
        .filter((name) => /\.(ya?ml|json)$/.test(name) && name !== componentConfigFileName)
        .sort(compare_strings/* compareStrings */.K);
}

;// CONCATENATED MODULE: ./src/core/render/render-error.ts

/** A folder could not be rendered: names the tool, the folder and the tool's own message. */
class RenderError extends external_error/* ExternalError */.y {
    /** The tool the folder called for; undefined when the folder could not even be inspected. */
    tool;
    constructor(message, options) {
        super(message, { service: options.command, operation: options.path, cause: options.cause });
        this.name = 'RenderError';
        this.tool = options.tool;
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/core/render/kustomize-references.ts

/** Fields of a kustomization whose entries may be other kustomizations, local or remote. */
const referenceFields = ['resources', 'bases', 'components', 'generators', 'transformers', 'validators'];
const urlScheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//;
const gitShorthand = /^(git::|git@|gh:|github\.com[/:])/;
const hostAndPath = /^[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)+(:\d+)?\//;
/**
 * The entries of a kustomization file that name other files or folders (`resources`, `bases`, `components`,
 * `generators`, `transformers`, `validators`). Unreadable YAML gives none: kustomize reports it itself.
 */
function kustomizeReferences(text) {
    let value;
    try {
        value = (0,dist/* parseDocument */.Tp)(text).toJS({ maxAliasCount: 100 });
    }
    catch {
        return [];
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return [];
    const fields = value;
    return referenceFields.flatMap((field) => {
        const entries = fields[field];
        return Array.isArray(entries) ? entries.filter((e) => typeof e === 'string') : [];
    });
}
/**
 * Whether kustomize would fetch this entry over the network (or from outside the repository): a URL with a
 * scheme (`https://`, `ssh://`, `file://`), a git shorthand (`git@host:`, `git::`, `github.com/`), or
 * `host.name/path`. Only asked for entries that do not exist as local paths.
 */
function isRemoteKustomizeReference(entry) {
    const trimmed = entry.trim();
    return urlScheme.test(trimmed) || gitShorthand.test(trimmed) || hostAndPath.test(trimmed);
}

;// CONCATENATED MODULE: ./src/adapters/render/find-kustomize-remote.ts




/** Kustomization files read at most per component; a deeper graph is left to kustomize. */
const maxFiles = 500;
/**
 * The first remote base, resource or component (`https://`, `github.com/...`, `git@...`) reachable from the
 * kustomization in `folder` through local folder references, or undefined. Rendering runs without network, so
 * such a reference must fail with a clear message instead of a timeout. Entries that exist as local paths are
 * local, whatever they look like.
 */
async function findKustomizeRemote(root, folder) {
    const visited = new Set();
    const queue = [external_node_path_default().resolve(folder)];
    while (queue.length > 0 && visited.size < maxFiles) {
        const dir = queue.shift();
        if (visited.has(dir))
            continue;
        visited.add(dir);
        const file = await kustomizationFile(dir);
        if (file === undefined)
            continue;
        for (const reference of kustomizeReferences(await (0,promises_.readFile)(file, 'utf8'))) {
            const target = external_node_path_default().resolve(dir, reference);
            const info = await (0,promises_.stat)(target).catch(() => undefined);
            if (info?.isDirectory() === true)
                queue.push(target);
            else if (info === undefined && isRemoteKustomizeReference(reference)) {
                return { reference, file: external_node_path_default().relative(root, file) };
            }
        }
    }
    return undefined;
}
async function kustomizationFile(dir) {
    for (const name of kustomizationFileNames) {
        const candidate = external_node_path_default().join(dir, name);
        const info = await (0,promises_.stat)(candidate).catch(() => undefined);
        if (info?.isFile() === true)
            return candidate;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/adapters/render/find-outside-reference.ts





/** Kustomization files, and entries of a chart folder, looked at at most per component. */
const maxVisits = 5_000;
/**
 * The first reference of a component that would make kustomize or helm read outside the tree at `root`, or
 * undefined. Kustomize: every local path of every kustomization reachable from the folder (resources, bases,
 * components, generators, transformers, validators, crds, configurations, patches, generator files and env files,
 * replacements, openapi), resolved with symbolic links followed. Helm: the values files, and every symbolic link
 * in the chart folder (helm follows them). Checked before the tool runs, so nothing outside is ever read.
 */
async function findOutsideReference(options) {
    const inside = await insideCheck(options.root);
    if (!(await inside.contains(options.folder))) {
        const folder = inside.relative(external_node_path_default().resolve(options.folder));
        return { reference: folder, file: folder };
    }
    if (options.tool === 'helm')
        return findInChart(inside, options.folder, options.valuesFiles ?? []);
    return findInKustomization(inside, options.folder);
}
async function insideCheck(root) {
    const roots = [...new Set([external_node_path_default().resolve(root), await (0,promises_.realpath)(root)])];
    const within = (target) => roots.some((base) => target === base || target.startsWith(`${base}${(external_node_path_default()).sep}`));
    return {
        root: external_node_path_default().resolve(root),
        contains: async (target) => {
            const resolved = external_node_path_default().resolve(target);
            if (!within(resolved))
                return false;
            const real = await (0,promises_.realpath)(resolved).catch(() => undefined);
            return real === undefined || within(real);
        },
        relative: (file) => external_node_path_default().relative(external_node_path_default().resolve(root), file),
    };
}
async function findInKustomization(inside, folder) {
    const visited = new Set();
    const queue = [external_node_path_default().resolve(folder)];
    while (queue.length > 0 && visited.size < maxVisits) {
        const dir = queue.shift();
        if (visited.has(dir))
            continue;
        visited.add(dir);
        const file = await find_outside_reference_kustomizationFile(dir);
        if (file === undefined)
            continue;
        if (!(await inside.contains(file)))
            return { reference: inside.relative(file), file: inside.relative(file) };
        for (const reference of kustomizationPaths(await (0,promises_.readFile)(file, 'utf8'))) {
            const target = external_node_path_default().resolve(dir, reference);
            const info = await (0,promises_.stat)(target).catch(() => undefined);
            if (info === undefined && isRemoteKustomizeReference(reference))
                continue;
            if (!(await inside.contains(target)))
                return { reference, file: inside.relative(file) };
            if (info?.isDirectory() === true)
                queue.push(target);
        }
    }
    return undefined;
}
async function findInChart(inside, folder, valuesFiles) {
    const chartFile = inside.relative(external_node_path_default().join(folder, 'Chart.yaml'));
    for (const file of valuesFiles) {
        if (!(await inside.contains(external_node_path_default().resolve(folder, file))))
            return { reference: file, file: chartFile };
    }
    const pending = [folder];
    let visits = 0;
    while (pending.length > 0 && visits < maxVisits) {
        const dir = pending.pop();
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
        for (const entry of entries) {
            visits++;
            const entryPath = external_node_path_default().join(dir, entry.name);
            if (entry.isDirectory())
                pending.push(entryPath);
            else if (entry.isSymbolicLink() && !(await inside.contains(entryPath)))
                return { reference: inside.relative(entryPath), file: chartFile };
        }
    }
    return undefined;
}
async function find_outside_reference_kustomizationFile(dir) {
    for (const name of kustomizationFileNames) {
        const candidate = external_node_path_default().join(dir, name);
        const info = await (0,promises_.lstat)(candidate).catch(() => undefined);
        if (info?.isFile() === true || info?.isSymbolicLink() === true)
            return candidate;
    }
    return undefined;
}
const LIST_FIELDS = [
    'resources',
    'bases',
    'components',
    'generators',
    'transformers',
    'validators',
    'crds',
    'configurations',
    'patchesStrategicMerge',
];
/** Every local path a kustomization names; inline YAML entries (with a line break) are not paths. */
function kustomizationPaths(text) {
    let value;
    try {
        value = (0,dist/* parseDocument */.Tp)(text).toJS({ maxAliasCount: 100 });
    }
    catch {
        return [];
    }
    const doc = record(value);
    const paths = [];
    for (const field of LIST_FIELDS)
        paths.push(...strings(doc[field]));
    for (const field of ['patches', 'patchesJson6902', 'replacements']) {
        for (const item of find_outside_reference_list(doc[field]))
            paths.push(...strings([record(item)['path']]));
    }
    for (const field of ['configMapGenerator', 'secretGenerator']) {
        for (const item of find_outside_reference_list(doc[field])) {
            const generator = record(item);
            const files = strings(generator['files']).map((entry) => entry.slice(entry.indexOf('=') + 1));
            paths.push(...files, ...strings(generator['envs']), ...strings([generator['env']]));
        }
    }
    paths.push(...strings([record(doc['openapi'])['path']]));
    const helmGlobals = record(doc['helmGlobals']);
    paths.push(...strings([helmGlobals['chartHome'], helmGlobals['configHome']]));
    for (const item of find_outside_reference_list(doc['helmCharts'])) {
        const chart = record(item);
        paths.push(...strings([chart['valuesFile']]), ...strings(chart['additionalValuesFiles']));
    }
    return paths.filter((entry) => entry.trim() !== '' && !entry.includes('\n'));
}
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : {};
}
function find_outside_reference_list(value) {
    return Array.isArray(value) ? value : [];
}
function strings(value) {
    return find_outside_reference_list(value).filter((entry) => typeof entry === 'string');
}

;// CONCATENATED MODULE: ./src/adapters/render/run-tool.ts

const maxStderrBytes = 64 * 1024;
/**
 * Runs a program in its own process group, collecting stdout (up to a cap) and the first 64 KiB of stderr,
 * and kills the whole group when the time or output limit is hit (helm and kustomize may start children).
 * Rejects only when the program cannot be started (not found, not executable).
 */
function runTool(run) {
    const started = performance.now();
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(run.file, [...run.args], {
            cwd: run.cwd,
            env: run.env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const stdout = [];
        const stderr = [];
        let stdoutBytes = 0;
        let stderrBytes = 0;
        let timedOut = false;
        let outputTooLarge = false;
        const kill = () => {
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
        };
        const timer = setTimeout(() => {
            timedOut = true;
            kill();
        }, run.timeoutMs);
        child.stdout.on('data', (chunk) => {
            stdoutBytes += chunk.length;
            if (stdoutBytes > run.maxOutputBytes) {
                if (!outputTooLarge)
                    kill();
                outputTooLarge = true;
                return;
            }
            stdout.push(chunk);
        });
        child.stderr.on('data', (chunk) => {
            if (stderrBytes < maxStderrBytes)
                stderr.push(chunk.subarray(0, maxStderrBytes - stderrBytes));
            stderrBytes += chunk.length;
        });
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('close', (exitCode) => {
            clearTimeout(timer);
            resolve({
                exitCode,
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8'),
                timedOut,
                outputTooLarge,
                elapsedMs: performance.now() - started,
            });
        });
    });
}

;// CONCATENATED MODULE: ./src/adapters/render/create-tool-renderer.ts










/** Any network access of a tool goes to this closed loopback port (discard) and fails at once. */
const noProxy = 'http://127.0.0.1:9';
/**
 * The renderer over the real tools. Per folder: kustomization -> `kubectl kustomize` (or `kustomize build`),
 * `Chart.yaml` -> `helm template <folder name> <folder> -f <values files>`, else the folder's YAML/JSON files
 * concatenated. No network: remote kustomize references are refused up front, helm only uses vendored charts
 * (`charts/`; dependencies are never updated) and gets empty temporary homes, every tool gets a proxy that
 * refuses connections, git transports are disabled, and the environment carries no credentials.
 */
function createToolRenderer(options = {}) {
    const settings = {
        kubectl: options.kubectl ?? 'kubectl',
        helm: options.helm ?? 'helm',
        kustomize: options.kustomize,
        timeoutMs: options.timeoutMs ?? 60_000,
        maxOutputBytes: options.maxOutputBytes ?? 64 * 1024 * 1024,
        helmValueFiles: options.helmValueFiles,
        tempDir: options.tempDir ?? external_node_os_default().tmpdir(),
        searchPath: options.searchPath ?? '/usr/bin:/bin',
    };
    return {
        render: async (root, componentPath) => {
            const folder = resolveInside(root, componentPath);
            const entries = await (0,promises_.readdir)(folder, { withFileTypes: true }).catch((error) => {
                if (error.code === 'ENOENT')
                    return undefined;
                throw error;
            });
            if (entries === undefined)
                return { tool: 'absent', output: '', toolMs: 0 };
            const files = entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
            const tool = detectRenderTool(files);
            const context = { root, folder, componentPath, files, settings };
            if (tool === 'plain')
                return { tool, output: await concatenate(folder, files), toolMs: 0 };
            return tool === 'kustomize' ? renderKustomize(context) : renderHelm(context);
        },
    };
}
function resolveInside(root, componentPath) {
    const folder = external_node_path_default().resolve(root, componentPath);
    if (folder !== external_node_path_default().resolve(root) && !folder.startsWith(`${external_node_path_default().resolve(root)}${(external_node_path_default()).sep}`)) {
        throw new RenderError('the folder is outside the repository', {
            tool: undefined,
            command: 'render',
            path: componentPath,
        });
    }
    return folder;
}
async function concatenate(folder, files) {
    const texts = [];
    for (const name of plainManifestFiles(files)) {
        const file = external_node_path_default().join(folder, name);
        if ((await (0,promises_.lstat)(file)).isSymbolicLink())
            continue;
        const text = await (0,promises_.readFile)(file, 'utf8');
        texts.push(text.endsWith('\n') ? text : `${text}\n`);
    }
    return texts.join('---\n');
}
async function renderKustomize(context) {
    const { settings, componentPath } = context;
    await refuseOutsideReferences(context, 'kustomize', []);
    const remote = await findKustomizeRemote(context.root, context.folder);
    if (remote !== undefined) {
        throw new RenderError(`remote reference ${JSON.stringify(remote.reference)} in ${remote.file} is not allowed: rendering runs without network access; vendor it into the repository`, { tool: 'kustomize', command: 'kustomize', path: componentPath });
    }
    const [file, args, service] = settings.kustomize === undefined
        ? [settings.kubectl, ['kustomize', context.folder], 'kubectl kustomize']
        : [settings.kustomize, ['build', context.folder], 'kustomize build'];
    return runRender(context, { tool: 'kustomize', file, args, service });
}
async function renderHelm(context) {
    const values = context.settings.helmValueFiles ?? helmValuesFiles(context.files);
    await refuseOutsideReferences(context, 'helm', values);
    const release = releaseName(external_node_path_default().basename(context.folder));
    const args = [
        'template',
        release,
        context.folder,
        ...values.flatMap((file) => ['-f', external_node_path_default().resolve(context.folder, file)]),
    ];
    return runRender(context, { tool: 'helm', file: context.settings.helm, args, service: 'helm template' });
}
/** Nothing outside the repository is read: a reference leaving it fails the component before the tool runs. */
async function refuseOutsideReferences(context, tool, valuesFiles) {
    const outside = await findOutsideReference({
        root: context.root,
        folder: context.folder,
        tool,
        valuesFiles,
    });
    if (outside === undefined)
        return;
    throw new RenderError(`${JSON.stringify(outside.reference)} in ${outside.file} is outside the repository: rendering reads only the repository's own files; move what it needs into the repository`, { tool, command: tool, path: context.componentPath });
}
/** A valid helm release name from a folder name: lowercase DNS label characters, at most 53. */
function releaseName(folderName) {
    const name = folderName
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 53);
    return name === '' ? 'release' : name;
}
async function runRender(context, command) {
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join(context.settings.tempDir, 'telefonistka-tool-'));
    try {
        let result;
        try {
            result = await runTool({
                file: command.file,
                args: command.args,
                cwd: context.root,
                env: isolatedEnv(scratch, context.settings.searchPath),
                timeoutMs: context.settings.timeoutMs,
                maxOutputBytes: context.settings.maxOutputBytes,
            });
        }
        catch (error) {
            const message = `cannot run ${external_node_path_default().basename(command.file)}: ${error.message}`;
            throw new RenderError(await hideLocalPaths(message, context, scratch), {
                tool: command.tool,
                command: command.service,
                path: context.componentPath,
                cause: error,
            });
        }
        const failure = describeFailure(result, context.settings);
        if (failure !== undefined) {
            throw new RenderError(await hideLocalPaths(failure, context, scratch), {
                tool: command.tool,
                command: command.service,
                path: context.componentPath,
            });
        }
        return { tool: command.tool, output: result.stdout, toolMs: result.elapsedMs };
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
/**
 * Tool messages name files by absolute path: the tree's own become relative to it, scratch and temp directories
 * become `<temp>`, so no runner path reaches a PR comment.
 */
async function hideLocalPaths(text, context, scratch) {
    const real = async (dir) => [dir, await (0,promises_.realpath)(dir).catch(() => dir)];
    const roots = await real(external_node_path_default().resolve(context.root));
    const temps = [...(await real(scratch)), ...(await real(external_node_path_default().resolve(context.settings.tempDir)))];
    let out = text;
    for (const root of [...new Set(roots)].sort((a, b) => b.length - a.length))
        out = out.split(`${root}${(external_node_path_default()).sep}`).join('').split(root).join('.');
    for (const temp of [...new Set(temps)].sort((a, b) => b.length - a.length))
        out = out.split(temp).join('<temp>');
    return out;
}
function describeFailure(result, settings) {
    if (result.timedOut)
        return `timed out after ${settings.timeoutMs / 1000} s (process killed)`;
    if (result.outputTooLarge)
        return `output exceeds ${settings.maxOutputBytes} bytes (process killed)`;
    if (result.exitCode === 0)
        return undefined;
    return result.stderr.trim() || `exit code ${String(result.exitCode)}`;
}
/** A minimal environment: PATH, empty homes and caches, no kubeconfig, no network, no git transports. */
function isolatedEnv(scratch, searchPath) {
    return {
        PATH: searchPath,
        HOME: scratch,
        TMPDIR: scratch,
        HELM_CACHE_HOME: external_node_path_default().join(scratch, 'helm-cache'),
        HELM_CONFIG_HOME: external_node_path_default().join(scratch, 'helm-config'),
        HELM_DATA_HOME: external_node_path_default().join(scratch, 'helm-data'),
        KUBECONFIG: external_node_path_default().join(scratch, 'no-kubeconfig'),
        HTTP_PROXY: noProxy,
        HTTPS_PROXY: noProxy,
        http_proxy: noProxy,
        https_proxy: noProxy,
        NO_PROXY: '',
        no_proxy: '',
        GIT_ALLOW_PROTOCOL: 'none',
        GIT_TERMINAL_PROMPT: '0',
        GIT_CONFIG_NOSYSTEM: '1',
    };
}

;// CONCATENATED MODULE: ./src/adapters/render/read-tool-versions.ts


const read_tool_versions_execFileAsync = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * The versions of the tools the renderer would use, for the comment footer and the job summary, e.g.
 * `kubectl v1.34.5 (kustomize v5.7.1), helm v4.1.4`. A tool that cannot be asked shows `version unknown`.
 */
async function readToolVersions(options = {}) {
    const ask = async (file, args) => read_tool_versions_execFileAsync(file, args, { timeout: 10_000 }).then(({ stdout }) => stdout, () => undefined);
    const kustomize = options.kustomize === undefined
        ? kubectlVersion(await ask(options.kubectl ?? 'kubectl', ['version', '--client', '-o', 'json']))
        : `kustomize ${firstVersion(await ask(options.kustomize, ['version']))}`;
    const helm = `helm ${firstVersion(await ask(options.helm ?? 'helm', ['version', '--short']))}`;
    return `${kustomize}, ${helm}`;
}
function kubectlVersion(json) {
    try {
        const parsed = JSON.parse(json ?? '');
        const kubectl = parsed.clientVersion?.gitVersion ?? 'version unknown';
        return parsed.kustomizeVersion === undefined
            ? `kubectl ${kubectl}`
            : `kubectl ${kubectl} (kustomize ${parsed.kustomizeVersion})`;
    }
    catch {
        return 'kubectl version unknown';
    }
}
function firstVersion(text) {
    return /v?\d+\.\d+\.\d+[^\s+"]*/.exec(text ?? '')?.[0] ?? 'version unknown';
}

// EXTERNAL MODULE: ./src/core/errors/input-error.ts
var input_error = __webpack_require__(85700);
;// CONCATENATED MODULE: ./src/core/render/render-manifest-diff-markdown.ts

const render_manifest_diff_markdown_alert = (kind, lines) => [`> [!${kind}]`, ...lines.map((line) => `> ${line}`)].join('\n');
const changeMark = { added: '+', removed: '-', changed: '!' };
/**
 * The markdown of one rendered folder: a heading naming the folder (for a downstream target, the source it is
 * promoted from) and the tools, a count of added/removed/changed objects, then the dyff report of every changed
 * object in a `diff` block inside `<details>` (concise: one line per object). A side that failed to render
 * shows its error instead, next to the other items of the comment.
 */
function renderManifestDiffMarkdown(item, options = {}) {
    const blocks = [heading(item)];
    if (item.job.removesTarget) {
        blocks.push(render_manifest_diff_markdown_alert('WARNING', ['The promotion removes this folder: its source folder was deleted.']));
    }
    for (const [name, side] of sideNames(item)) {
        if (side.error === undefined)
            continue;
        const tool = side.tool === undefined ? '' : ` with ${side.tool}`;
        blocks.push(render_manifest_diff_markdown_alert('CAUTION', [`**Rendering failed** ${name}${tool}:`]), (0,markdown_code/* codeFence */.d6)(side.error));
    }
    const diff = item.diff;
    if (diff !== undefined) {
        if (diff.warnings.length > 0)
            blocks.push(render_manifest_diff_markdown_alert('WARNING', diff.warnings));
        if (diff.elements.length === 0) {
            blocks.push(`No change in the rendered manifests 🤷 (${render_manifest_diff_markdown_plural(diff.unchanged, 'object')})`);
        }
        else {
            blocks.push(summaryLine(item));
            blocks.push(options.concise === true ? conciseList(diff.elements) : details(diff.elements));
        }
    }
    return blocks.join('\n\n');
}
/** The comment section of one rendered folder for the shared comment splitter: full and concise markdown. */
function manifestDiffSection(item) {
    const title = item.job.kind === 'downstream'
        ? `${item.job.path} (after promotion from ${item.job.sourcePath ?? ''})`
        : item.job.path;
    return {
        title,
        full: renderManifestDiffMarkdown(item),
        concise: renderManifestDiffMarkdown(item, { concise: true }),
    };
}
function sideNames(item) {
    return item.job.kind === 'downstream'
        ? [
            ['as it is now', item.base],
            ['after the promotion', item.head],
        ]
        : [
            ['at base', item.base],
            ['at head', item.head],
        ];
}
function heading(item) {
    const tools = toolLabel(item.base, item.head);
    const suffix = tools === '' ? '' : ` · ${tools}`;
    if (item.job.kind === 'downstream') {
        return `#### ↳ ${(0,markdown_code/* codeSpan */.SS)(item.job.path)} after promotion from ${(0,markdown_code/* codeSpan */.SS)(item.job.sourcePath ?? '')}${suffix}`;
    }
    return `#### ${(0,markdown_code/* codeSpan */.SS)(item.job.path)}${suffix}`;
}
function toolLabel(base, head) {
    if (base.tool === 'absent' && head.tool === 'absent')
        return 'folder absent on both sides';
    if (base.tool === 'absent')
        return head.tool === undefined ? 'new folder' : `new folder, ${head.tool}`;
    if (head.tool === 'absent')
        return base.tool === undefined ? 'folder removed' : `${base.tool}, folder removed`;
    if (base.tool === head.tool || head.tool === undefined)
        return base.tool ?? '';
    if (base.tool === undefined)
        return head.tool;
    return `${base.tool} → ${head.tool}`;
}
function summaryLine(item) {
    const diff = item.diff;
    const parts = [
        diff.changed > 0 ? `${diff.changed} changed` : '',
        diff.added > 0 ? `${diff.added} added` : '',
        diff.removed > 0 ? `${diff.removed} removed` : '',
    ].filter((part) => part !== '');
    const unchanged = diff.unchanged > 0 ? `, ${diff.unchanged} unchanged` : '';
    const redacted = item.redacted ? ' (content hidden: `disableArgoCDDiff` is set)' : '';
    return `**${parts.join(', ')}**${unchanged}${redacted}`;
}
function objectId(element) {
    const { namespace, kind, name } = element.key;
    return namespace === '' ? `${kind}/${name}` : `${namespace}/${kind}/${name}`;
}
function details(elements) {
    const entries = elements.map((element) => `${objectId(element)}:\n${element.text}`).join('\n');
    return [
        '<details><summary>Rendered diff (click to expand)</summary>',
        '',
        (0,markdown_code/* codeFence */.d6)(entries, 'diff'),
        '',
        '</details>',
    ].join('\n');
}
function conciseList(elements) {
    return (0,markdown_code/* codeFence */.d6)(elements.map((e) => `${changeMark[e.change]} ${objectId(e)}`).join('\n'), 'diff');
}
function render_manifest_diff_markdown_plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/core/render/manifest-diff-document.ts


/** The sticky comment kind of the rendered diff (its part markers), distinct from the Argo CD diff's. */
const manifestDiffCommentKind = 'rendered-diff';
const maxWarnings = 20;
/**
 * The rendered-diff comment before splitting: a header saying what was compared, one section per folder
 * (changed folders, each followed by its downstream targets), and a footer with the tools and the count of
 * failed folders. Ready for `splitComment`.
 */
function manifestDiffDocument(input) {
    return {
        kind: manifestDiffCommentKind,
        header: header(input),
        continuationHeader: '## 🔍 Rendered manifest diff (continued)',
        sections: input.items.map(manifestDiffSection),
        footer: footer(input),
        hint: input.hint,
    };
}
function header(input) {
    const revisions = `base ${(0,markdown_code/* codeSpan */.SS)(input.base.slice(0, 7))} → head ${(0,markdown_code/* codeSpan */.SS)(input.head.slice(0, 7))}`;
    const what = input.promotionPr
        ? 'Each folder this promotion PR changes, rendered at base and at head.'
        : 'Each component this PR changes, rendered at base and at head; under ↳, each target the promotion of that component would change, rendered as it is now and with the promoted content in place.';
    const lines = [
        '## 🔍 Rendered manifest diff',
        '',
        `Rendered from the repository without cluster access (${revisions}). ${what}`,
    ];
    if (input.items.length === 0) {
        lines.push('', 'Nothing to render: this PR changes no component under a configured `sourcePath`.');
    }
    if (input.warnings.length > 0)
        lines.push('', warningsBlock(input.warnings));
    return lines.join('\n');
}
function warningsBlock(warnings) {
    const shown = warnings.slice(0, maxWarnings).map((warning) => `- ${warning}`);
    if (warnings.length > maxWarnings)
        shown.push(`- … and ${warnings.length - maxWarnings} more`);
    const noun = warnings.length === 1 ? 'warning' : 'warnings';
    return [`<details><summary>${warnings.length} ${noun}</summary>`, '', ...shown, '', '</details>'].join('\n');
}
function footer(input) {
    const failed = input.items.filter((item) => item.base.error !== undefined || item.head.error !== undefined);
    const facts = [
        `${input.items.length} ${input.items.length === 1 ? 'folder' : 'folders'} rendered`,
        ...(failed.length > 0 ? [`${failed.length} failed`] : []),
        ...(input.tools === undefined ? [] : [`with ${input.tools}`]),
    ];
    return `<sub>${facts.join(' · ')}</sub>`;
}

;// CONCATENATED MODULE: ./src/core/render/diff-rendered-objects.ts


/**
 * Compares two renderings of a folder object by object, keyed like the Argo CD diff (group, kind, namespace,
 * name), with its object diff, dyff rendering and redaction (Secrets as changed keys only, `diffRedact`,
 * `disableArgoCDDiff`). Both sides are rendered manifests, so nothing is merged or defaulted; only what the
 * display normalization drops (status, server-set metadata) is ignored. A duplicate object in one rendering
 * is a warning and the last one counts, as when Argo CD applies it.
 */
function diffRenderedObjects(base, head, redaction) {
    const warnings = [];
    const baseObjects = indexObjects(base, 'base', warnings);
    const headObjects = indexObjects(head, 'head', warnings);
    const keys = new Map();
    for (const [id, { key }] of [...baseObjects, ...headObjects])
        keys.set(id, key);
    const options = {
        ignoreRules: [],
        trackingLabelKey: undefined,
        diffRedact: redaction.diffRedact,
        redactAll: redaction.redactAll,
        compareAsRendered: true,
    };
    const elements = [];
    let unchanged = 0;
    for (const [id, key] of keys) {
        const { element } = diffObjectPair(key, baseObjects.get(id)?.object, headObjects.get(id)?.object, options);
        if (element === undefined)
            unchanged++;
        else
            elements.push(element);
    }
    elements.sort((a, b) => compareResourceKeys(a.key, b.key));
    const count = (change) => elements.filter((e) => e.change === change).length;
    return {
        elements,
        added: count('added'),
        removed: count('removed'),
        changed: count('changed'),
        unchanged,
        warnings,
    };
}
function indexObjects(objects, side, warnings) {
    const indexed = new Map();
    for (const object of objects) {
        const key = resourceKeyOf(object);
        const id = resourceKeyId(key);
        if (indexed.has(id)) {
            warnings.push(`${side} renders ${key.namespace}/${key.kind}/${key.name} more than once; the last one counts`);
        }
        indexed.set(id, { key, object });
    }
    return indexed;
}

// EXTERNAL MODULE: ./src/core/errors/config-error.ts
var config_error = __webpack_require__(30826);
;// CONCATENATED MODULE: ./src/core/render/plan-render-jobs.ts

/**
 * The downstream-impact plan. Each changed folder is rendered at base and head. Each promotion target is
 * rendered as it is now (base) and as it will be after the promotion: in the head tree with the source
 * folder's content put at the target path, so relative references (`../base`) resolve as they will there;
 * a promotion of a deleted source removes the target. All targets share one "after" tree unless their paths
 * nest, which needs separate trees. Order: changed folders sorted, each followed by its targets.
 */
function planRenderJobs(input) {
    const baseTree = { revision: input.base, replacements: [] };
    const headTree = { revision: input.head, replacements: [] };
    const changed = [...new Set(input.changedPaths.map(plan_render_jobs_trimSlashes))].sort(compare_strings/* compareStrings */.K);
    const pairs = uniqueTargets(input.syncPaths);
    const afterTrees = new Map();
    for (const group of groupWithoutNesting(pairs)) {
        const tree = {
            revision: input.head,
            replacements: group.map((p) => replacement(p, input.head)),
        };
        for (const pair of group)
            afterTrees.set(pair.target, tree);
    }
    const downstream = pairs.map((pair) => ({
        kind: 'downstream',
        path: pair.target,
        sourcePath: pair.source,
        removesTarget: pair.deleted,
        base: { tree: baseTree, path: pair.target },
        head: { tree: afterTrees.get(pair.target) ?? headTree, path: pair.target },
    }));
    const jobs = [];
    for (const path of changed) {
        jobs.push({
            kind: 'changed',
            path,
            sourcePath: undefined,
            removesTarget: false,
            base: { tree: baseTree, path },
            head: { tree: headTree, path },
        });
        jobs.push(...downstream.filter((job) => job.sourcePath === path));
    }
    jobs.push(...downstream.filter((job) => !changed.includes(job.sourcePath ?? '')));
    return jobs;
}
function plan_render_jobs_trimSlashes(path) {
    return path.replace(/^\/+|\/+$/g, '');
}
/** Sync pairs with normalized paths, sorted by target; a target planned twice keeps its first pair. */
function uniqueTargets(syncPaths) {
    const byTarget = new Map();
    for (const pair of syncPaths) {
        const normal = {
            source: plan_render_jobs_trimSlashes(pair.source),
            target: plan_render_jobs_trimSlashes(pair.target),
            deleted: pair.deleted,
        };
        if (!byTarget.has(normal.target))
            byTarget.set(normal.target, normal);
    }
    return [...byTarget.values()].sort((a, b) => (0,compare_strings/* compareStrings */.K)(a.target, b.target));
}
function nests(a, b) {
    return a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}
/** Greedy grouping: a pair joins the first group none of whose targets contains or is inside its target. */
function groupWithoutNesting(pairs) {
    const groups = [];
    for (const pair of pairs) {
        const group = groups.find((members) => members.every((m) => !nests(m.target, pair.target)));
        if (group === undefined)
            groups.push([pair]);
        else
            group.push(pair);
    }
    return groups;
}
function replacement(pair, head) {
    return { path: pair.target, from: pair.deleted ? undefined : { revision: head, path: pair.source } };
}

// EXTERNAL MODULE: ./src/use-cases/promote/gather-plan-input.ts + 1 modules
var gather_plan_input = __webpack_require__(13043);
;// CONCATENATED MODULE: ./src/use-cases/render-diff/collect-render-jobs.ts





/**
 * The folders to compare. A promotion PR this action opened (trusted metadata with `promotedPaths`): each
 * promoted path, base vs head, plus the components of files it changes outside them. Any other PR: each
 * component it changes under a configured `sourcePath` (files of `merge-base..head`, as GitHub lists a PR's
 * files), base vs head, plus every target the promotion plan would sync it to, now vs after the promotion.
 */
async function collectRenderJobs(input, ports) {
    const { base, head } = input;
    const since = (await ports.git.mergeBase(base, head)) ?? base;
    const files = await ports.git.diff(since, head);
    const promoted = (input.promotionMetadata?.promotedPaths ?? [])
        .map((path) => path.replace(/\/+$/, ''))
        .filter((path) => path !== '');
    if (promoted.length > 0) {
        const inside = (path) => promoted.some((folder) => path.startsWith(`${folder}/`));
        const outside = files.filter((f) => !inside(f.path) || (f.previousPath !== undefined && !inside(f.previousPath)));
        const found = (0,find_changed_components/* findChangedComponents */.O)(input.config, outside);
        const changedPaths = [...promoted, ...found.components.map((c) => `${c.sourcePath}${c.component}`)];
        const jobs = planRenderJobs({ base, head, changedPaths, syncPaths: [] });
        return { jobs, promotionPr: true, warnings: found.warnings };
    }
    const found = (0,find_changed_components/* findChangedComponents */.O)(input.config, files);
    const planned = await planDownstream(input, found.components, ports).catch((error) => {
        if (!(error instanceof config_error/* ConfigError */.x))
            throw error;
        return {
            syncPaths: [],
            warnings: [
                `${error.message} (promotion targets cannot be planned; only the changed components are shown)`,
            ],
        };
    });
    const jobs = planRenderJobs({
        base,
        head,
        changedPaths: found.components.map((c) => `${c.sourcePath}${c.component}`),
        syncPaths: planned.syncPaths,
    });
    const warnings = [...found.warnings, ...planned.warnings];
    return { jobs, promotionPr: false, warnings: [...new Set(warnings)] };
}
/** The sync pairs of the promotions merging the PR would open (the promote flow's own planning). */
async function planDownstream(input, components, ports) {
    const [sourceTree, targetTree] = await Promise.all([
        ports.snapshot.readTree(input.head),
        ports.snapshot.readTree(input.base),
    ]);
    // Planning reads metadata from the body; only a trusted promotion PR's counts, and those have no downstream.
    const gathered = await (0,gather_plan_input/* gatherPlanInput */.f)({ ...input.pullRequest, body: '' }, components, {
        snapshot: ports.snapshot,
        sourceCommit: input.head,
        sourceTree,
        baseCommit: input.base,
        targetTree,
    });
    const plan = (0,plan_promotions/* planPromotions */.A)(input.config, gathered.input);
    return {
        syncPaths: plan.promotions.flatMap((promotion) => promotion.syncPaths),
        warnings: [...gathered.warnings, ...plan.warnings],
    };
}

;// CONCATENATED MODULE: ./src/use-cases/render-diff/read-component-redaction.ts


/**
 * `disableArgoCDDiff` of a job: set when the component config of either side sets it (for the after-promotion
 * side, the source folder's config, which the promotion copies). A config that cannot be read hides the
 * content too (fail closed) and says so.
 */
async function readComponentRedaction(job, snapshot) {
    const warnings = [];
    let redactAll = false;
    for (const location of [configLocation(job.base), configLocation(job.head)]) {
        if (location === undefined)
            continue;
        const text = await snapshot.readFile(location.revision, location.file);
        if (text === undefined)
            continue;
        try {
            redactAll ||= (0,parse_component_config/* parseComponentConfig */.b)(text, location.file).config.disableArgoCdDiff;
        }
        catch (error) {
            redactAll = true;
            warnings.push(`${error.message} (the rendered diff of ${job.path} is hidden)`);
        }
    }
    return { redactAll, warnings };
}
/** Where a side's component config is read: the replacing folder's when the tree replaces the side's folder. */
function configLocation(side) {
    const replacement = side.tree.replacements.find((r) => r.path === side.path);
    if (replacement === undefined) {
        return { revision: side.tree.revision, file: `${side.path}/${componentConfigFileName}` };
    }
    if (replacement.from === undefined)
        return undefined;
    return { revision: replacement.from.revision, file: `${replacement.from.path}/${componentConfigFileName}` };
}

;// CONCATENATED MODULE: ./src/core/render/parse-rendered-manifests.ts


/** Rendered output that is not a stream of Kubernetes objects; the message names the document. */
class ManifestParseError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ManifestParseError';
    }
}
/**
 * The Kubernetes objects in a rendered multi-document YAML stream (what `kustomize build`, `helm template` or
 * concatenated manifest files print): empty documents are skipped, `kind: List` documents give their items
 * (as `kubectl apply` and Argo CD do), merge keys (`<<`) are resolved. A document that is not YAML, not a
 * mapping, or lacks `apiVersion`/`kind` throws ManifestParseError naming it, like Argo CD refuses such a
 * folder.
 */
function parseRenderedManifests(text) {
    const documents = (0,dist/* parseAllDocuments */.hR)(text, { merge: true, uniqueKeys: false });
    if (!Array.isArray(documents))
        return [];
    const objects = [];
    documents.forEach((document, index) => {
        const where = describeDocument(index, text.slice(document.range[0], document.range[2]));
        const error = document.errors[0];
        if (error !== undefined)
            throw new ManifestParseError(`${where}: ${error.message}`);
        const value = document.toJS({ maxAliasCount: 100 });
        if (value === null || value === undefined)
            return;
        objects.push(...kubeObjectsOf(value, where));
    });
    return objects;
}
function kubeObjectsOf(value, where) {
    if (!isJsonObject(value))
        throw new ManifestParseError(`${where}: not a mapping`);
    if (value['kind'] === 'List' && Array.isArray(value['items'])) {
        return value['items'].flatMap((item, i) => kubeObjectsOf(item, `${where}, item ${i + 1}`));
    }
    if (typeof value['apiVersion'] !== 'string' || typeof value['kind'] !== 'string') {
        throw new ManifestParseError(`${where}: not a Kubernetes object (no apiVersion or kind)`);
    }
    return [value];
}
/** `document 3` and, for helm output, the template it came from (`# Source: chart/templates/x.yaml`). */
function describeDocument(index, text) {
    const source = /^# Source: (.+)$/m.exec(text)?.[1];
    return source === undefined ? `document ${index + 1}` : `document ${index + 1} (${source.trim()})`;
}

;// CONCATENATED MODULE: ./src/use-cases/render-diff/render-sides.ts





/** The cache key of a side: its tree and folder. */
function sideKey(side) {
    return `${renderTreeKey(side.tree)}\u0000${side.path}`;
}
/**
 * Renders each distinct (tree, folder) of the jobs once, at most `concurrency` at a time: materialise the tree
 * (once per tree), run the tool, parse its output. A failure (tree, tool or output) is that side's error;
 * the other sides go on.
 */
async function renderSides(jobs, ports, concurrency) {
    const sides = new Map();
    for (const job of jobs)
        for (const side of [job.base, job.head])
            sides.set(sideKey(side), side);
    const entries = [...sides.entries()];
    const settled = await (0,map_with_concurrency/* mapWithConcurrency */.W)(entries, concurrency, ([, side]) => renderSide(side, ports));
    const outcomes = new Map();
    let toolMs = 0;
    settled.forEach((result, i) => {
        const outcome = result.status === 'fulfilled' ? result.value : failure(result.reason, undefined);
        toolMs += outcome.toolMs;
        outcomes.set(entries[i][0], outcome);
    });
    return { outcomes, toolMs };
}
async function renderSide(side, ports) {
    let tool;
    try {
        const dir = await ports.workspace.materialize(side.tree);
        const rendered = await ports.renderer.render(dir, side.path);
        tool = rendered.tool;
        const objects = parseOutput(rendered.output, rendered.tool);
        ports.logger.debug(`${side.path} @ ${side.tree.revision.slice(0, 7)}${side.tree.replacements.length > 0 ? ' (after promotion)' : ''}: ${rendered.tool}, ${objects.length} objects, ${Math.round(rendered.toolMs)} ms`);
        return { tool, objects, error: undefined, toolMs: rendered.toolMs };
    }
    catch (error) {
        return failure(error, tool);
    }
}
function parseOutput(output, tool) {
    try {
        return parseRenderedManifests(output);
    }
    catch (error) {
        if (!(error instanceof ManifestParseError))
            throw error;
        const what = tool === 'plain' ? 'the folder' : `the ${tool} output`;
        throw new Error(`${what} is not a stream of Kubernetes objects: ${error.message}`, { cause: error });
    }
}
function failure(error, tool) {
    const message = (0,error_message/* errorMessage */.g)(error);
    const known = error instanceof RenderError ? error.tool : tool;
    return { tool: known, objects: [], error: message, toolMs: 0 };
}

;// CONCATENATED MODULE: ./src/use-cases/render-diff/render-diff.ts






/**
 * The rendered-manifest diff of a PR without cluster access: plan which folders to compare (changed
 * components and their downstream promotion targets, or a promotion PR's promoted folders), render every
 * distinct side once with the folder's tool, diff object by object with the Argo CD diff's object diff and
 * redaction, and build the comment. One folder's failure never hides the others.
 */
async function renderDiff(input, ports) {
    const { logger } = ports;
    const loaded = input.config ?? (await (0,load_repo_config/* loadRepoConfig */.r)(ports.snapshot, input.configRef ?? input.base));
    const collected = await logger.group('Plan the rendered diff', async () => {
        const found = await collectRenderJobs({
            base: input.base,
            head: input.head,
            pullRequest: input.pullRequest,
            promotionMetadata: input.promotionMetadata,
            config: loaded.config,
        }, ports);
        logger.info(`${found.jobs.length} folders to compare${found.promotionPr ? ' (promotion PR)' : ''}`);
        return found;
    });
    const rendered = await logger.group('Render manifests', () => renderSides(collected.jobs, ports, input.concurrency ?? 2));
    const { items, warnings } = await logger.group('Diff rendered objects', () => diffJobs(collected.jobs, rendered.outcomes, {
        snapshot: ports.snapshot,
        diffRedact: loaded.config.diffRedact,
    }));
    const allWarnings = [...new Set([...loaded.warnings, ...collected.warnings, ...warnings])];
    const failedPaths = items
        .filter((item) => item.base.error !== undefined || item.head.error !== undefined)
        .map((item) => item.job.path);
    for (const path of failedPaths)
        logger.warning(`Rendering failed for ${path}`);
    return {
        items,
        promotionPr: collected.promotionPr,
        document: manifestDiffDocument({
            items,
            base: input.base,
            head: input.head,
            promotionPr: collected.promotionPr,
            warnings: allWarnings,
            tools: input.tools,
            hint: input.hint,
        }),
        hasDiff: items.some((item) => (item.diff?.elements.length ?? 0) > 0),
        failedPaths,
        warnings: allWarnings,
        toolMs: rendered.toolMs,
        renders: rendered.outcomes.size,
    };
}
async function diffJobs(jobs, outcomes, context) {
    const items = [];
    const warnings = [];
    for (const job of jobs) {
        const base = outcomes.get(sideKey(job.base));
        const head = outcomes.get(sideKey(job.head));
        const redaction = await readComponentRedaction(job, context.snapshot);
        warnings.push(...redaction.warnings);
        const failed = base.error !== undefined || head.error !== undefined;
        items.push({
            job,
            base: summary(base),
            head: summary(head),
            diff: failed
                ? undefined
                : diffRenderedObjects(base.objects, head.objects, {
                    diffRedact: context.diffRedact,
                    redactAll: redaction.redactAll,
                }),
            redacted: redaction.redactAll,
        });
    }
    return { items, warnings };
}
function summary(outcome) {
    return { tool: outcome.tool, objectCount: outcome.objects.length, error: outcome.error };
}

;// CONCATENATED MODULE: ./src/use-cases/argocd-diff/diff-rendered-pull-request.ts








/** The commit status of the rendered diff (`diff-mode: render`). */
const RENDERED_DIFF_STATUS_CONTEXT = 'telefonistka/rendered-diff';
/** The flow name in phase errors: the rendered mode of argocd-diff. */
const RENDERED_FLOW = 'argocd-diff (render)';
/**
 * `diff-mode: render`: the PR's rendered-manifest diff without cluster access (the render-diff use-case), as one
 * sticky comment split into parts, with the `telefonistka/rendered-diff` status (error naming the folders that
 * failed to render, after the comment is posted).
 */
async function diffRenderedPullRequest(pr, options, deps) {
    return (0,with_commit_status/* withCommitStatus */.O)(deps.github, {
        flow: RENDERED_FLOW,
        sha: pr.headSha,
        context: RENDERED_DIFF_STATUS_CONTEXT,
        targetUrl: options.runUrl,
        pending: 'Rendering the manifests this PR changes',
        outcome: diff_rendered_pull_request_describe,
        enabled: options.commitStatus,
        logger: deps.logger,
    }, () => render(pr, options, deps));
}
function diff_rendered_pull_request_describe(run) {
    if (run.failedPaths.length > 0) {
        return { state: 'error', description: `Rendering failed for ${run.failedPaths.join(', ')}` };
    }
    const changed = run.items.filter((item) => (item.diff?.elements.length ?? 0) > 0).length;
    return { state: 'success', description: `${changed} of ${run.items.length} folders change` };
}
async function render(pr, options, deps) {
    const phase = (what) => ({ flow: RENDERED_FLOW, phase: what });
    const { loaded } = await deps.logger.group('Configuration', () => (0,in_phase/* inPhase */.x)(phase(`reading the configuration on ${options.defaultBranch}`), () => readDefaultBranchConfig(options.defaultBranch, [pr.headSha, pr.baseSha], deps)));
    const trusted = await (0,in_phase/* inPhase */.x)(phase(`reading the promotion metadata of #${pr.number}`), () => (0,read_trusted_promotion_metadata/* readTrustedPromotionMetadata */.M)(pr, {
        promotionPrAuthors: loaded.config.promotionPrAuthors,
        github: deps.github,
    }));
    if (trusted.ignored !== undefined)
        deps.logger.warning(trusted.ignored);
    const result = await (0,in_phase/* inPhase */.x)(phase(`rendering the manifests of #${pr.number}`), () => renderDiff({
        promotionMetadata: trusted.metadata,
        base: pr.baseSha,
        head: pr.headSha,
        pullRequest: {
            number: pr.number,
            headRef: pr.headRef,
            author: pr.author,
            labels: pr.labels,
            body: pr.body,
        },
        config: loaded,
        concurrency: options.concurrency,
        ...(options.tools === undefined ? {} : { tools: options.tools }),
        ...(options.runUrl === undefined
            ? {}
            : { hint: `The job summary of [the workflow run](${options.runUrl}) shows the full diff.` }),
    }, {
        git: deps.localGit,
        snapshot: deps.snapshot,
        workspace: deps.workspace,
        renderer: deps.renderer,
        logger: deps.logger,
    }));
    const comment = await deps.logger.group('Comment', () => (0,in_phase/* inPhase */.x)(phase(`writing the comment on #${pr.number}`), async () => {
        const existing = await deps.github.listComments(pr.number);
        const parts = result.items.length === 0 ? [] : (0,split_comment/* splitComment */.U)(result.document);
        return (0,write_comment_parts/* writeCommentParts */.H)(deps.github, { number: pr.number, kind: manifestDiffCommentKind, existing }, parts);
    }));
    return {
        items: result.items,
        hasDiff: result.hasDiff,
        failedPaths: result.failedPaths,
        comment,
        document: result.document,
        warnings: [...(trusted.ignored === undefined ? [] : [trusted.ignored]), ...result.warnings],
    };
}

;// CONCATENATED MODULE: ./src/core/render/render-rendered-diff-summary.ts

/** The `results` output of a rendered diff. */
function renderedDiffResults(items) {
    return items.map((item) => {
        const error = item.base.error ?? item.head.error;
        const elements = item.diff?.elements ?? [];
        return {
            component: item.job.path,
            kind: item.job.kind,
            outcome: error !== undefined ? 'error' : elements.length > 0 ? 'changed' : 'unchanged',
            objects: changedObjectsJson(elements),
            error: error ?? null,
        };
    });
}
/** The job summary of `diff-mode: render`: one row per folder, warnings, the whole comment, API calls. */
function renderRenderedDiffSummary(run, apiCalls) {
    const lines = ['## Telefonistka rendered diff', ''];
    if (run.items.length === 0)
        lines.push('This PR changes no component: nothing to render.', '');
    else {
        lines.push('| folder | kind | result | objects |', '| --- | --- | --- | --- |');
        for (const result of renderedDiffResults(run.items)) {
            const outcome = result.error === null ? result.outcome : `error: ${result.error.replace(/\s+/g, ' ').slice(0, 300)}`;
            lines.push(`| \`${result.component}\` | ${result.kind} | ${outcome.replace(/\|/g, '\\|')} | ${result.objects.length} |`);
        }
        lines.push('');
        const c = run.comment;
        lines.push(`Sticky comment: ${c.parts} part(s); ${c.created} created, ${c.updated} updated, ${c.deleted} deleted, ${c.unchanged} unchanged.`, '');
        if (run.warnings.length > 0)
            lines.push('### Warnings', '', ...run.warnings.map((w) => `- ${w}`), '');
        const document = run.document;
        const whole = [document.header, ...document.sections.map((s) => s.full), document.footer ?? '']
            .filter((block) => block !== '')
            .join('\n\n');
        lines.push('### Full diff', '', whole, '');
    }
    lines.push(`GitHub API calls spent by this step: **${apiCalls}**`, '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/actions/argocd-diff/run-rendered-diff.ts







/**
 * `diff-mode: render`: renders the manifests the PR changes with kubectl/kustomize and helm from PATH (no cluster,
 * no Argo CD) and comments their diff. Needs a checkout with the PR's commits (fetch-depth: 0).
 */
async function runRenderedDiff(inputs, pr, run) {
    const { github, access, logger, tempDir, env } = run;
    if (access.localGit === undefined) {
        throw new input_error/* InputError */.d('diff-mode', '`render` renders from a git checkout: add actions/checkout with fetch-depth: 0 before this step');
    }
    const temp = tempDir === undefined ? {} : { tempDir };
    const workspace = createGitRenderWorkspace({ directory: access.localGit.directory, env, ...temp });
    const { localGit, snapshot } = access;
    const ports = {
        github,
        localGit,
        snapshot,
        workspace,
        renderer: createToolRenderer({ searchPath: env['PATH'], ...temp }),
        logger,
    };
    try {
        const tools = await readToolVersions();
        const { concurrency, commitStatus } = inputs;
        const options = {
            defaultBranch: run.defaultBranch,
            concurrency,
            commitStatus,
            runUrl: run.runUrl,
            tools,
        };
        const diff = await diffRenderedPullRequest(pr, options, ports);
        (0,outputs/* setOutputs */.n)({ 'has-diff': diff.hasDiff, results: renderedDiffResults(diff.items) });
        await (0,outputs/* writeSummary */.S)(renderRenderedDiffSummary(diff, github.callCount()));
        const failed = diff.failedPaths;
        if (failed.length > 0) {
            const list = failed.map((path) => `- ${path}`).join('\n');
            throw new Error(`Rendering failed for ${failed.length} folder(s) (the PR comment shows the others):\n${list}`);
        }
    }
    finally {
        await workspace.dispose();
    }
}

;// CONCATENATED MODULE: ./src/actions/argocd-diff/payload-repository-info.ts
/** The repository's default branch and web address from the event payload; undefined when it lacks them. */
function payloadRepositoryInfo(payload) {
    const repository = payload.repository;
    const defaultBranch = repository?.default_branch;
    const htmlUrl = repository?.html_url;
    if (typeof defaultBranch !== 'string' || typeof htmlUrl !== 'string')
        return undefined;
    return { defaultBranch, htmlUrl };
}

// EXTERNAL MODULE: ./src/actions/shared/payload-repository-settings.ts
var payload_repository_settings = __webpack_require__(400);
;// CONCATENATED MODULE: ./src/actions/argocd-diff/run-argocd-diff.ts












/**
 * The argocd-diff action. `diff-mode: argocd`: an opened, updated or reopened PR gets its Argo CD diff comment,
 * `noop` label and `telefonistka/argocd-diff` status; ticking the comment's checkbox syncs the apps from the
 * PR branch; closing or merging the PR points them back at HEAD. `diff-mode: render`: the rendered-manifest diff
 * of the PR, without Argo CD.
 */
async function runArgoCdDiff(inputs) {
    (0,outputs/* setOutputs */.n)(default_outputs/* DEFAULT_OUTPUTS */.B['argocd-diff']);
    const logger = (0,action_logger/* createActionLogger */.D)();
    const workflow = (0,workflow_context/* readWorkflowContext */.F)();
    const github = (0,workflow_github/* createWorkflowGitHub */.d)({ ...inputs, token: inputs.githubToken }, workflow, logger);
    const event = readArgoCdDiffEvent(workflow.eventName, workflow.payload);
    const calls = { github: () => github.callCount(), argocd: 0 };
    await (0,with_final_outputs/* withFinalOutputs */.t)(() => ({ 'api-calls': calls.github(), 'argocd-api-calls': calls.argocd }), async () => {
        if (event.kind === 'other' || (inputs.argocd === undefined && event.kind !== 'diff')) {
            const description = event.kind === 'other' ? event.description : `${workflow.eventName} (${event.kind})`;
            return logger.info(`Nothing to do for ${description} with diff-mode ${inputs.diffMode}.`);
        }
        const access = await (0,detect_repository_access/* detectRepositoryAccess */.U)(inputs.checkoutPath ?? workflow.workspace, github, logger);
        const info = payloadRepositoryInfo(workflow.payload) ?? (await github.getRepository());
        const runUrl = workflow.runUrl;
        const run = {
            github,
            access,
            logger,
            defaultBranch: info.defaultBranch,
            runUrl,
            tempDir: workflow.runnerTemp,
            env: workflow.env,
        };
        if (inputs.argocd !== undefined) {
            const repositorySettings = (0,payload_repository_settings/* payloadRepositorySettings */.g)(workflow.payload);
            const argocd = inputs.argocd;
            return runArgoCdEvent({ ...run, inputs, argocd, repoUrl: info.htmlUrl, repositorySettings, calls }, event);
        }
        if (event.kind === 'diff')
            await runRenderedDiff(inputs, event.pr, run);
    });
}

;// CONCATENATED MODULE: ./src/actions/main/flows/argocd-diff-flow.ts


/** The argocd-diff flow: its reader and runner in one chunk, loaded only for an event that routes to it. */
const prepareArgoCdDiffFlow = () => {
    const inputs = (0,read_argocd_diff_inputs/* readArgoCdDiffInputs */.V)();
    return () => runArgoCdDiff(inputs);
};


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

/***/ 49681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ partMarker),
/* harmony export */   Wy: () => (/* binding */ telefonistkaTag),
/* harmony export */   Zy: () => (/* binding */ kindMarker),
/* harmony export */   lB: () => (/* binding */ parsePartIndex)
/* harmony export */ });
/** The Go bot's marker on every comment it writes; kept first so both bots recognise the comments. */
const telefonistkaTag = '<!-- telefonistka_tag -->';
const kindPattern = /^[a-z0-9][a-z0-9-]*$/;
/** Hidden marker naming the sticky comment a part belongs to, e.g. `<!-- telefonistka:drift -->`. */
function kindMarker(kind) {
    assertKind(kind);
    return `<!-- telefonistka:${kind} -->`;
}
/** Hidden marker of part `index` (1-based) of a sticky comment, e.g. `<!-- telefonistka:drift:part:2 -->`. */
function partMarker(kind, index) {
    assertKind(kind);
    return `<!-- telefonistka:${kind}:part:${index} -->`;
}
/** The part index (1-based) a comment body carries for `kind`, or undefined when it is not such a part. */
function parsePartIndex(body, kind) {
    assertKind(kind);
    const found = new RegExp(`<!-- telefonistka:${kind}:part:([1-9][0-9]{0,5}) -->`).exec(body);
    return found?.[1] === undefined ? undefined : Number(found[1]);
}
function assertKind(kind) {
    if (!kindPattern.test(kind))
        throw new Error(`invalid comment kind ${JSON.stringify(kind)}`);
}


/***/ }),

/***/ 11992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ planCommentUpdates)
/* harmony export */ });
/* harmony import */ var _comment_markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49681);

/**
 * Plans the API calls that turn the existing parts of a sticky comment into `parts`: part i replaces the
 * comment marked as part i (the first in `existing`, which GitHub lists oldest first, when a race left several), missing parts are created in order,
 * parts beyond the new count and duplicates are deleted. Comments without the kind's part marker are
 * never touched.
 */
function planCommentUpdates(existing, parts, kind) {
    const byIndex = new Map();
    for (const comment of existing) {
        const index = (0,_comment_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePartIndex */ .lB)(comment.body, kind);
        if (index !== undefined)
            byIndex.set(index, [...(byIndex.get(index) ?? []), comment]);
    }
    const plan = { update: [], create: [], delete: [], unchanged: [] };
    parts.forEach((body, i) => {
        const [keep, ...duplicates] = byIndex.get(i + 1) ?? [];
        plan.delete.push(...duplicates.map((comment) => comment.id));
        if (keep === undefined)
            plan.create.push(body);
        else if (keep.body === body)
            plan.unchanged.push(keep.id);
        else
            plan.update.push({ id: keep.id, body });
    });
    const leftovers = [...byIndex.entries()]
        .filter(([index]) => index > parts.length)
        .sort(([a], [b]) => a - b);
    for (const [, comments] of leftovers)
        plan.delete.push(...comments.map((comment) => comment.id));
    return plan;
}


/***/ }),

/***/ 27440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ splitComment)
});

;// CONCATENATED MODULE: ./src/core/comments/comment-limits.ts
/**
 * GitHub's limits for an issue or PR comment body: 65,536 characters and, measured, 262,144 UTF-8 bytes
 * (see ../shared/reference/github-platform.md §5); ten parts at most so a PR never drowns in comments.
 */
const defaultCommentLimits = { maxChars: 65_536, maxBytes: 262_144, maxParts: 10 };

// EXTERNAL MODULE: ./src/core/comments/comment-markers.ts
var comment_markers = __webpack_require__(49681);
;// CONCATENATED MODULE: ./src/core/comments/markdown-blocks.ts
const fenceOpen = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const detailsTag = /<(\/?)details(?:\s[^>]*)?>/gi;
/** Creates a tracker with nothing open. */
function createMarkdownBlockTracker() {
    const stack = [];
    return {
        push(line) {
            const top = stack[stack.length - 1];
            if (top?.kind === 'fence') {
                if (closesFence(line, top.marker))
                    stack.pop();
                return;
            }
            const fence = fenceOpen.exec(line);
            const marker = fence?.[1];
            if (marker !== undefined && !(marker.startsWith('`') && (fence?.[2] ?? '').includes('`'))) {
                stack.push({ kind: 'fence', marker, openLine: line });
                return;
            }
            const tags = [...line.matchAll(detailsTag)];
            tags.forEach((tag, i) => {
                if (tag[1] === '/') {
                    if (stack[stack.length - 1]?.kind === 'details')
                        stack.pop();
                    return;
                }
                // Reopen with the tag and what follows it up to the next tag (usually its <summary>).
                const openLine = line.slice(tag.index, tags[i + 1]?.index ?? line.length);
                stack.push({ kind: 'details', openLine });
            });
        },
        open: () => stack,
    };
}
function closesFence(line, marker) {
    const trimmed = line.replace(/^ {0,3}/, '').trimEnd();
    const char = marker.charAt(0);
    return trimmed.length >= marker.length && [...trimmed].every((c) => c === char);
}
/** Markdown that closes the given open blocks, innermost first. */
function closeBlocks(blocks) {
    return [...blocks]
        .reverse()
        .map((block) => (block.kind === 'fence' ? block.marker : '</details>'))
        .join('\n\n');
}
/** Markdown that reopens the given blocks, outermost first, ending with a line break. */
function reopenBlocks(blocks) {
    return blocks
        .map((block) => (block.kind === 'fence' ? `${block.openLine}\n` : `${block.openLine}\n\n`))
        .join('');
}

// EXTERNAL MODULE: ./src/core/comments/text-size.ts
var text_size = __webpack_require__(87473);
;// CONCATENATED MODULE: ./src/core/comments/text-measure.ts

/** Measures a text in characters and UTF-8 bytes. */
function measure(text) {
    return { chars: text.length, bytes: (0,text_size/* utf8Length */.w)(text) };
}
/** Sum of two sizes (sizes of concatenated texts add up). */
function addSizes(a, b) {
    return { chars: a.chars + b.chars, bytes: a.bytes + b.bytes };
}
/** Difference of two sizes, e.g. the room left in a budget. */
function subtractSizes(a, b) {
    return { chars: a.chars - b.chars, bytes: a.bytes - b.bytes };
}
/** True when `size` is within `budget` in both units. */
function fitsIn(size, budget) {
    return size.chars <= budget.chars && size.bytes <= budget.bytes;
}
/** Length (in UTF-16 code units) of the longest prefix of `text` within `budget`, never splitting a surrogate pair. */
function prefixWithin(text, budget) {
    let bytes = 0;
    let i = 0;
    while (i < text.length && i < budget.chars) {
        const code = text.charCodeAt(i);
        const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
        const width = pair ? 2 : 1;
        const size = (0,text_size/* utf8Length */.w)(text.slice(i, i + width));
        if (bytes + size > budget.bytes || i + width > budget.chars)
            break;
        bytes += size;
        i += width;
    }
    return i;
}

;// CONCATENATED MODULE: ./src/core/comments/cut-markdown.ts


const continuedNote = '_(continued in the next part)_';
/** Smallest room a chunk may have; below it a line is too long to place and is broken up. */
const minimumLineRoom = 200;
/**
 * Cuts markdown at line boundaries into chunks that each fit their room. Every chunk is valid on its own:
 * code fences and `<details>` blocks open at a cut are closed at the end of the chunk and reopened at the
 * start of the next one. A single line longer than a chunk is broken into pieces (last resort). The first
 * chunk is empty when not even one line fits its room.
 */
function cutMarkdown(text, options) {
    const lines = splitLongLines(text.split('\n'), options.minimumRoom);
    const openAfter = trackBlocks(lines);
    const chunks = [];
    let next = 0;
    while (next < lines.length) {
        const openBefore = next === 0 ? [] : (openAfter[next - 1] ?? []);
        const lead = chunks.length === 0 ? '' : continuedLead(options.title, openBefore);
        const room = options.room(chunks.length);
        const end = lastLineThatFits({ lines, openAfter, from: next, used: measure(lead), room });
        if (end === next && chunks.length === 0) {
            chunks.push(''); // nothing fits the first room: the section starts in the next chunk
            continue;
        }
        const taken = Math.max(end, next + 1);
        chunks.push(lead + lines.slice(next, taken).join('\n') + tail(taken < lines.length, openAfter[taken - 1] ?? []));
        next = taken;
    }
    return chunks;
}
/** Index after the last line that fits together with the closing tail. */
function lastLineThatFits(query) {
    let used = query.used;
    let end = query.from;
    for (let i = query.from; i < query.lines.length; i++) {
        const line = measure(`${query.lines[i] ?? ''}\n`);
        const closing = measure(tail(i + 1 < query.lines.length, query.openAfter[i] ?? []));
        if (!fitsIn(addSizes(addSizes(used, line), closing), query.room))
            break;
        used = addSizes(used, line);
        end = i + 1;
    }
    return end;
}
function tail(continues, open) {
    if (!continues)
        return '';
    const closers = closeBlocks(open);
    return `${closers === '' ? '' : `\n${closers}`}\n\n${continuedNote}`;
}
function continuedLead(title, open) {
    const short = title.length > 120 ? `${title.slice(0, 117)}...` : title;
    return `**${short}** (continued)\n\n${reopenBlocks(open)}`;
}
function trackBlocks(lines) {
    const tracker = createMarkdownBlockTracker();
    return lines.map((line) => {
        tracker.push(line);
        return [...tracker.open()];
    });
}
/** Breaks lines that could never fit a chunk into pieces that do, keeping room for the lead and tail. */
function splitLongLines(lines, room) {
    const overhead = measure(`${continuedNote}\n\n\n\n`);
    const budget = subtractSizes(room, addSizes(overhead, { chars: 1_000, bytes: 3_000 }));
    const limit = {
        chars: Math.max(budget.chars, minimumLineRoom),
        bytes: Math.max(budget.bytes, minimumLineRoom * 4),
    };
    const result = [];
    for (const line of lines) {
        let rest = line;
        while (!fitsIn(measure(rest), limit)) {
            const cut = Math.max(prefixWithin(rest, limit), 1);
            result.push(rest.slice(0, cut));
            rest = rest.slice(cut);
        }
        result.push(rest);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/core/comments/split-comment.ts




const separator = measure('\n\n');
const titleListMaxChars = 300;
/** Room kept in the last allowed part for the truncation note (its hint is added on top). */
const noteReserve = { chars: 800, bytes: 2_400 };
/**
 * Splits a comment into numbered parts that each fit GitHub's limits and each are valid markdown on their
 * own: a section is never cut inside a code fence or a `<details>` block without closing it there and
 * reopening it in the next part. A section too big for one part is shown in its concise form; when even
 * that does not fit it is cut at line boundaries and continued in the next parts. Content beyond
 * `maxParts` is dropped with a note saying what is missing and where to see it.
 */
function splitComment(doc, limits = {}) {
    const resolved = { ...defaultCommentLimits, ...limits };
    const single = composePart(doc.kind, 1, 1, joinBlocks([doc.header, ...doc.sections.map((s) => s.full), doc.footer]));
    if (fitsIn(measure(single), sizeOf(resolved)))
        return [single];
    const parts = packParts(doc, resolved);
    const texts = parts.map((part, i) => composePart(doc.kind, i + 1, parts.length, joinBlocks(part.blocks)));
    for (const text of texts) {
        if (!fitsIn(measure(text), sizeOf(resolved)))
            throw new Error('splitComment produced an oversized part');
    }
    return texts;
}
function packParts(doc, limits) {
    const docHint = doc.hint ?? '';
    const footer = doc.footer ?? '';
    const continuation = doc.continuationHeader ?? '';
    const base = subtractSizes(sizeOf(limits), measure(composePart(doc.kind, limits.maxParts, limits.maxParts, '')));
    const lastReserve = addSizes(addSizes(noteReserve, measure(docHint)), addSizes(measure(footer), separator));
    const capacity = (index) => index === limits.maxParts ? subtractSizes(base, lastReserve) : base;
    const parts = [{ blocks: [], used: { chars: 0, bytes: 0 } }];
    const dropped = [];
    let partial;
    const current = () => parts[parts.length - 1];
    const roomIn = (index) => {
        const part = parts[index - 1];
        const used = part === undefined ? measure(continuation) : part.used;
        const gap = part === undefined && continuation === '' ? { chars: 0, bytes: 0 } : separator;
        return subtractSizes(subtractSizes(capacity(index), used), gap);
    };
    const openPart = () => {
        if (parts.length >= limits.maxParts)
            return false;
        parts.push({ blocks: [], used: { chars: 0, bytes: 0 } });
        if (continuation !== '')
            addBlock(current(), continuation);
        return true;
    };
    const sections = [{ title: 'header', full: doc.header }, ...doc.sections];
    const emptyRoom = subtractSizes(subtractSizes(base, measure(continuation)), separator);
    for (const section of sections) {
        if (section.full === '')
            continue;
        if (dropped.length > 0 || partial !== undefined) {
            dropped.push(section.title);
            continue;
        }
        const { text, whole } = chooseForm(section, emptyRoom, docHint);
        if (!whole) {
            const minimumRoom = subtractSizes(emptyRoom, lastReserve);
            partial = placeCut({ title: section.title, text }, { roomIn, openPart, current, parts, base: emptyRoom, minimumRoom });
        }
        else {
            const fits = fitsIn(measure(text), roomIn(parts.length)) ||
                (openPart() && fitsIn(measure(text), roomIn(parts.length)));
            if (fits)
                addBlock(current(), text);
            else
                dropped.push(section.title);
        }
    }
    if (dropped.length > 0 || partial !== undefined) {
        addBlock(current(), truncationNote({ dropped, partial, hint: docHint }));
    }
    if (footer !== '') {
        const reserved = parts.length === limits.maxParts;
        if (!reserved && !fitsIn(measure(footer), roomIn(parts.length)))
            openPart();
        addBlock(current(), footer);
    }
    return parts;
}
/** Places a section that fits no part, chunk by chunk; returns its title when its end was dropped. */
function placeCut(section, context) {
    const text = section.text;
    const startHere = usefulRoom(context.roomIn(context.parts.length), context.base);
    const firstPart = startHere ? context.parts.length : context.parts.length + 1;
    const chunks = cutMarkdown(text, {
        title: section.title,
        room: (k) => context.roomIn(firstPart + k),
        minimumRoom: context.minimumRoom,
    });
    for (const [k, chunk] of chunks.entries()) {
        const needsNewPart = k > 0 || !startHere;
        if (needsNewPart && !context.openPart())
            return section.title;
        if (chunk !== '')
            addBlock(context.current(), chunk);
    }
    return undefined;
}
/**
 * The full form when it fits an empty part, else the concise form with a note saying so; `whole` is false
 * when even that does not fit and the text must be cut across parts.
 */
function chooseForm(section, room, docHint) {
    if (fitsIn(measure(section.full), room))
        return { text: section.full, whole: true };
    if (section.concise === undefined)
        return { text: section.full, whole: false };
    const hint = section.hint ?? docHint;
    const note = `> ℹ️ **${section.title}** is shown in concise form: its full text does not fit in a GitHub comment.${hint === '' ? '' : ` ${hint}`}`;
    const concise = `${section.concise}\n\n${note}`;
    return { text: concise, whole: fitsIn(measure(concise), room) };
}
function usefulRoom(room, base) {
    return room.chars >= base.chars / 4 && room.bytes >= base.bytes / 4;
}
function truncationNote(options) {
    const what = [];
    if (options.partial !== undefined)
        what.push(`the rest of **${shorten(options.partial)}**`);
    if (options.dropped.length > 0) {
        const names = listTitles(options.dropped);
        const noun = options.dropped.length === 1 ? 'section' : 'sections';
        what.push(`${options.dropped.length} more ${noun} (${names})`);
    }
    const hint = options.hint === '' ? '' : ` ${options.hint}`;
    return `> ✂️ **Truncated**: ${what.join(' and ')} not shown, to keep this comment within GitHub's size limits.${hint}`;
}
function listTitles(titles) {
    const shown = [];
    let length = 0;
    for (const title of titles) {
        const name = shorten(title);
        if (length + name.length > titleListMaxChars)
            break;
        shown.push(name);
        length += name.length + 2;
    }
    const rest = titles.length - shown.length;
    return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
function shorten(title) {
    const flat = title.replace(/\s+/g, ' ');
    return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}
function addBlock(part, text) {
    const gap = part.blocks.length > 0 ? separator : { chars: 0, bytes: 0 };
    part.blocks.push(text);
    part.used = addSizes(addSizes(part.used, gap), measure(text));
}
function joinBlocks(blocks) {
    return blocks.filter((block) => block !== undefined && block !== '').join('\n\n');
}
function composePart(kind, index, total, content) {
    const counter = total > 1 ? `\n**Part ${index}/${total}**\n` : '';
    return `${comment_markers/* telefonistkaTag */.Wy}\n${(0,comment_markers/* kindMarker */.Zy)(kind)}\n${(0,comment_markers/* partMarker */.Ai)(kind, index)}${counter}\n${content}`;
}
function sizeOf(limits) {
    return { chars: limits.maxChars, bytes: limits.maxBytes };
}


/***/ }),

/***/ 32374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ withCommitStatus)
/* harmony export */ });
/* harmony import */ var _core_errors_error_message_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98307);
/* harmony import */ var _core_pr_checks_shorten_status_description_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36075);
/* harmony import */ var _in_phase_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31856);



/**
 * Runs `work` between a `pending` status and its outcome on the PR head; descriptions are one line of at most
 * 140 characters; a status GitHub refuses fails the run naming the phase (`pr-checks: writing the telefonistka
 * status on …: …`). The status never stays pending: when the work (or describing its result, or setting the
 * final status) fails, the status becomes `error` with the failure's message, and the original failure is
 * rethrown; a status that cannot be set then is only logged.
 */
async function withCommitStatus(github, options, work) {
    if (!options.enabled)
        return work();
    const phase = {
        flow: options.flow,
        phase: `writing the ${options.context} status on ${options.sha.slice(0, 12)}`,
    };
    const set = (state, description) => (0,_in_phase_js__WEBPACK_IMPORTED_MODULE_0__/* .inPhase */ .x)(phase, () => github.createCommitStatus(options.sha, {
        state,
        context: options.context,
        description: (0,_core_pr_checks_shorten_status_description_js__WEBPACK_IMPORTED_MODULE_1__/* .shortenStatusDescription */ .k)(description),
        ...(options.targetUrl === undefined ? {} : { targetUrl: options.targetUrl }),
    }));
    await set('pending', options.pending);
    try {
        const result = await work();
        const outcome = options.outcome(result);
        await set(outcome.state, outcome.description);
        return result;
    }
    catch (error) {
        await set('error', (0,_core_errors_error_message_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error)).catch((statusError) => options.logger.error(`could not set the error status: ${(0,_core_errors_error_message_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(statusError)}`));
        throw error;
    }
}


/***/ }),

/***/ 20909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ writeCommentParts),
/* harmony export */   N: () => (/* binding */ findCommentParts)
/* harmony export */ });
/* harmony import */ var _core_comments_comment_markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49681);
/* harmony import */ var _core_comments_plan_comment_updates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11992);
/* harmony import */ var _bot_comment_tag_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27381);
/* harmony import */ var _find_own_comments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82282);




/**
 * The existing parts of a sticky comment: comments that start with the bot tag and the kind's marker and
 * that this action's identity wrote (a reader's comment carrying the markers is never adopted).
 */
async function findCommentParts(github, comments, kind) {
    const start = `${_bot_comment_tag_js__WEBPACK_IMPORTED_MODULE_0__/* .BOT_COMMENT_TAG */ .H}\n${(0,_core_comments_comment_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .kindMarker */ .Zy)(kind)}\n`;
    return (0,_find_own_comments_js__WEBPACK_IMPORTED_MODULE_2__/* .findOwnComments */ .g)(github, comments.filter((comment) => comment.body.startsWith(start)));
}
/**
 * Makes the PR show exactly `parts` (from `splitComment`): existing parts are edited in place, missing ones
 * created in order, leftovers and duplicates deleted; parts already showing the wanted text cost nothing.
 * No parts removes the sticky comment.
 */
async function writeCommentParts(github, target, parts) {
    const existing = await findCommentParts(github, target.existing, target.kind);
    const plan = (0,_core_comments_plan_comment_updates_js__WEBPACK_IMPORTED_MODULE_3__/* .planCommentUpdates */ .l)(existing, parts, target.kind);
    for (const update of plan.update)
        await github.updateComment(update.id, update.body);
    for (const body of plan.create)
        await github.createComment(target.number, body);
    for (const id of plan.delete)
        await github.deleteComment(id);
    return {
        parts: parts.length,
        created: plan.create.length,
        updated: plan.update.length,
        deleted: plan.delete.length,
        unchanged: plan.unchanged.length,
    };
}


/***/ }),

/***/ 37073:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pp: () => (/* binding */ diffLines)
});

// UNUSED EXPORTS: diffTrimmedLines, lineDiff, tokenize

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/base.js
class Diff {
    diff(oldStr, newStr, 
    // Type below is not accurate/complete - see above for full possibilities - but it compiles
    options = {}) {
        let callback;
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        else if ('callback' in options) {
            callback = options.callback;
        }
        // Allow subclasses to massage the input prior to running
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
    }
    diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
            value = this.postProcess(value, options);
            if (callback) {
                setTimeout(function () { callback(value); }, 0);
                return undefined;
            }
            else {
                return value;
            }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: undefined }];
        // Seed editLength = 0, i.e. the content starts with the same values
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            // Identity per the equality and tokenizer
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        // Once we hit the right edge of the edit graph on some diagonal k, we can
        // definitely reach the end of the edit graph in no more than k edits, so
        // there's no point in considering any moves to diagonal k+1 any more (from
        // which we're guaranteed to need at least k+1 more edits).
        // Similarly, once we've reached the bottom of the edit graph, there's no
        // point considering moves to lower diagonals.
        // We record this fact by setting minDiagonalToConsider and
        // maxDiagonalToConsider to some finite value once we've hit the edge of
        // the edit graph.
        // This optimization is not faithful to the original algorithm presented in
        // Myers's paper, which instead pointlessly extends D-paths off the end of
        // the edit graph - see page 7 of Myers's paper which notes this point
        // explicitly and illustrates it with a diagram. This has major performance
        // implications for some common scenarios. For instance, to compute a diff
        // where the new text simply appends d characters on the end of the
        // original text of length n, the true Myers algorithm will take O(n+d^2)
        // time while this optimization needs only O(n+d) time.
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        // Main worker method. checks all permutations of a given edit length for acceptance.
        const execEditLength = () => {
            for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
                let basePath;
                const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
                if (removePath) {
                    // No one else is going to attempt to use this value, clear it
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath - 1] = undefined;
                }
                let canAdd = false;
                if (addPath) {
                    // what newPos will be after we do an insertion:
                    const addPathNewPos = addPath.oldPos - diagonalPath;
                    canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
                }
                const canRemove = removePath && removePath.oldPos + 1 < oldLen;
                if (!canAdd && !canRemove) {
                    // If this path is a terminal then prune
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath] = undefined;
                    continue;
                }
                // Select the diagonal that we want to branch from. We select the prior
                // path whose position in the old string is the farthest from the origin
                // and does not pass the bounds of the diff graph
                if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) {
                    basePath = this.addToPath(addPath, true, false, 0, options);
                }
                else {
                    basePath = this.addToPath(removePath, false, true, 1, options);
                }
                newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
                if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                    // If we have hit the end of both strings, then we are done
                    return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
                }
                else {
                    bestPath[diagonalPath] = basePath;
                    if (basePath.oldPos + 1 >= oldLen) {
                        maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                    }
                    if (newPos + 1 >= newLen) {
                        minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                    }
                }
            }
            editLength++;
        };
        // Performs the length of edit iteration. Is a bit fugly as this has to support the
        // sync and async mode which is never fun. Loops over execEditLength until a value
        // is produced, or until the edit length exceeds options.maxEditLength (if given),
        // in which case it will return undefined.
        if (callback) {
            (function exec() {
                setTimeout(function () {
                    if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                        return callback(undefined);
                    }
                    if (!execEditLength()) {
                        exec();
                    }
                }, 0);
            }());
        }
        else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
                const ret = execEditLength();
                if (ret) {
                    return ret;
                }
            }
        }
    }
    addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: last.count + 1, added: added, removed: removed, previousComponent: last.previousComponent }
            };
        }
        else {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: 1, added: added, removed: removed, previousComponent: last }
            };
        }
    }
    extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
                basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
        }
        if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
    }
    equals(left, right, options) {
        if (options.comparator) {
            return options.comparator(left, right);
        }
        else {
            return left === right
                || (!!options.ignoreCase && left.toLowerCase() === right.toLowerCase());
        }
    }
    removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
            if (array[i]) {
                ret.push(array[i]);
            }
        }
        return ret;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    castInput(value, options) {
        return value;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    tokenize(value, options) {
        return Array.from(value);
    }
    join(chars) {
        // Assumes ValueT is string, which is the case for most subclasses.
        // When it's false, e.g. in diffArrays, this method needs to be overridden (e.g. with a no-op)
        // Yes, the casts are verbose and ugly, because this pattern - of having the base class SORT OF
        // assume tokens and values are strings, but not completely - is weird and janky.
        return chars.join('');
    }
    postProcess(changeObjects, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    options) {
        return changeObjects;
    }
    get useLongestToken() {
        return false;
    }
    buildValues(lastComponent, newTokens, oldTokens) {
        // First we convert our linked list of components in reverse order to an
        // array in the right order:
        const components = [];
        let nextComponent;
        while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
            const component = components[componentPos];
            if (!component.removed) {
                if (!component.added && this.useLongestToken) {
                    let value = newTokens.slice(newPos, newPos + component.count);
                    value = value.map(function (value, i) {
                        const oldValue = oldTokens[oldPos + i];
                        return oldValue.length > value.length ? oldValue : value;
                    });
                    component.value = this.join(value);
                }
                else {
                    component.value = this.join(newTokens.slice(newPos, newPos + component.count));
                }
                newPos += component.count;
                // Common case
                if (!component.added) {
                    oldPos += component.count;
                }
            }
            else {
                component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
                oldPos += component.count;
            }
        }
        return components;
    }
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/line.js


class LineDiff extends Diff {
    constructor() {
        super(...arguments);
        this.tokenize = tokenize;
    }
    equals(left, right, options) {
        // If we're ignoring whitespace, we need to normalise lines by stripping
        // whitespace before checking equality. (This has an annoying interaction
        // with newlineIsToken that requires special handling: if newlines get their
        // own token, then we DON'T want to trim the *newline* tokens down to empty
        // strings, since this would cause us to treat whitespace-only line content
        // as equal to a separator between lines, which would be weird and
        // inconsistent with the documented behavior of the options.)
        if (options.ignoreWhitespace) {
            if (!options.newlineIsToken || !left.includes('\n')) {
                left = left.trim();
            }
            if (!options.newlineIsToken || !right.includes('\n')) {
                right = right.trim();
            }
        }
        else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
            if (left.endsWith('\n')) {
                left = left.slice(0, -1);
            }
            if (right.endsWith('\n')) {
                right = right.slice(0, -1);
            }
        }
        return super.equals(left, right, options);
    }
}
const lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
    return lineDiff.diff(oldStr, newStr, options);
}
function diffTrimmedLines(oldStr, newStr, options) {
    options = generateOptions(options, { ignoreWhitespace: true });
    return lineDiff.diff(oldStr, newStr, options);
}
// Exported standalone so it can be used from jsonDiff too.
function tokenize(value, options) {
    if (options.stripTrailingCr) {
        // remove one \r before \n to match GNU diff's --strip-trailing-cr behavior
        value = value.replace(/\r\n/g, '\n');
    }
    const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
    // Ignore the final empty token that occurs if the string ends with a new line
    if (!linesAndNewlines[linesAndNewlines.length - 1]) {
        linesAndNewlines.pop();
    }
    // Merge the content and line separators into single tokens
    for (let i = 0; i < linesAndNewlines.length; i++) {
        const line = linesAndNewlines[i];
        if (i % 2 && !options.newlineIsToken) {
            retLines[retLines.length - 1] += line;
        }
        else {
            retLines.push(line);
        }
    }
    return retLines;
}


/***/ })

};
