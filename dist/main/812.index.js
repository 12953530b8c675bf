export const id = 812;
export const ids = [812];
export const modules = {

/***/ 6776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareDashboardFlow: () => (/* binding */ prepareDashboardFlow)
});

// EXTERNAL MODULE: ./src/runtime/debug-inputs.ts
var debug_inputs = __webpack_require__(7493);
// EXTERNAL MODULE: ./src/runtime/inputs.ts
var runtime_inputs = __webpack_require__(2291);
// EXTERNAL MODULE: ./src/actions/shared/read-github-inputs.ts
var read_github_inputs = __webpack_require__(1123);
// EXTERNAL MODULE: ./src/actions/shared/read-write-interval.ts
var read_write_interval = __webpack_require__(6685);
;// CONCATENATED MODULE: ./src/actions/dashboard/read-dashboard-inputs.ts




/** Reads and validates the dashboard flow's inputs (the token and checkout of promote, the write spacing). */
function readDashboardInputs(inputs = (0,runtime_inputs/* createInputReader */.i)()) {
    const read = { ...(0,read_github_inputs/* readGitHubInputs */.B)(inputs), ...(0,read_write_interval/* readWriteInterval */.T)(inputs) };
    (0,debug_inputs/* debugInputs */.h)('dashboard', read);
    return read;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/adapters/git/create-git-history.ts

/**
 * Blob texts and folder history from a local repository: one `git cat-file --batch` for every blob, one
 * `git log --name-only` walk (stopped once every folder is dated) for the last changes. No API calls.
 */
function createGitHistory(directory) {
    return {
        readBlobs: (requests) => catFileBatch(directory, requests.map((request) => request.sha)),
        lastChanges: (commit, folders) => walkLog(directory, commit, folders),
    };
}
async function catFileBatch(directory, shas) {
    const texts = new Map();
    if (shas.length === 0)
        return texts;
    const child = (0,external_node_child_process_.spawn)('git', ['-C', directory, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    const done = new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', () => resolve());
    });
    child.stdin.end(`${shas.filter((sha) => /^[0-9a-f]{40,64}$/.test(sha)).join('\n')}\n`);
    await done;
    const output = Buffer.concat(chunks);
    let offset = 0;
    while (offset < output.length) {
        const newline = output.indexOf(0x0a, offset);
        if (newline < 0)
            break;
        const [sha, type, size] = output.subarray(offset, newline).toString('utf8').split(' ');
        offset = newline + 1;
        if (type === undefined || size === undefined)
            continue; // "<sha> missing"
        const length = Number(size);
        if (type === 'blob' && sha !== undefined)
            texts.set(sha, output.subarray(offset, offset + length).toString('utf8'));
        offset += length + 1;
    }
    return texts;
}
async function walkLog(directory, commit, folders) {
    const dated = new Map();
    const wanted = new Set(folders);
    if (wanted.size === 0 || commit.startsWith('-'))
        return dated;
    const child = (0,external_node_child_process_.spawn)('git', ['-C', directory, 'log', '--no-renames', '--format=%x01%ct', '--name-only', commit, '--'], {
        stdio: ['ignore', 'pipe', 'ignore'],
    });
    let time = '';
    let rest = '';
    const take = (line) => {
        if (line.startsWith('\u0001'))
            time = new Date(Number(line.slice(1)) * 1000).toISOString().replace('.000Z', 'Z');
        else if (line !== '' && time !== '') {
            for (let slash = line.lastIndexOf('/'); slash > 0; slash = line.lastIndexOf('/', slash - 1)) {
                const folder = line.slice(0, slash);
                if (wanted.has(folder) && !dated.has(folder))
                    dated.set(folder, time);
            }
        }
    };
    await new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', () => resolve());
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            const lines = (rest + chunk).split('\n');
            rest = lines.pop() ?? '';
            for (const line of lines)
                take(line);
            // Every folder dated: the rest of history cannot change the answer.
            if (dated.size === wanted.size)
                child.kill();
        });
    });
    take(rest);
    return dated;
}

// EXTERNAL MODULE: ./src/adapters/github/rest-login.ts
var rest_login = __webpack_require__(3626);
// EXTERNAL MODULE: ./src/core/errors/external-error.ts
var external_error = __webpack_require__(1787);
// EXTERNAL MODULE: ./src/adapters/github/create-octokit.ts + 1 modules
var create_octokit = __webpack_require__(1073);
;// CONCATENATED MODULE: ./src/adapters/github/create-graphql-open-pulls.ts



const QUERY = `query($owner: String!, $name: String!, $after: String) {
  viewer { login }
  repository(owner: $owner, name: $name) {
    pullRequests(states: OPEN, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { number url headRefName body author { __typename login } }
    }
  }
}`;
/** The OpenPullsPort over one GraphQL query: the viewer and the open PRs together, counting each request. */
function createGraphqlOpenPulls(options) {
    const octokit = (0,create_octokit/* createOctokit */.Q)({
        token: options.token,
        baseUrl: options.baseUrl,
        logger: options.logger,
        onRequest: () => options.onRequest?.(),
    });
    return {
        async listOpenPullsWithViewer() {
            const pulls = [];
            let viewer;
            let after = null;
            try {
                do {
                    const page = await octokit.graphql(QUERY, {
                        owner: options.owner,
                        name: options.repo,
                        after,
                    });
                    viewer = page.viewer.login;
                    const connection = page.repository?.pullRequests;
                    for (const node of connection?.nodes ?? [])
                        pulls.push(toPull(node));
                    after = connection?.pageInfo.hasNextPage === true ? connection.pageInfo.endCursor : null;
                } while (after !== null);
            }
            catch (error) {
                throw new external_error/* ExternalError */.y(error instanceof Error ? error.message : String(error), {
                    service: 'GitHub',
                    operation: 'list open pull requests',
                    cause: error,
                });
            }
            return { viewer: viewer ?? '', pulls };
        },
    };
}
function toPull(node) {
    const author = node.author === null || node.author === undefined ? '' : (0,rest_login/* restLogin */.Q)(node.author);
    return { number: node.number, url: node.url, headRef: node.headRefName, body: node.body, author };
}

;// CONCATENATED MODULE: ./src/adapters/github/create-octokit-issues.ts


/** The IssuesPort over Octokit (REST), counting every request it sends. */
function createOctokitIssues(options) {
    let calls = 0;
    const octokit = (0,create_octokit/* createOctokit */.Q)({
        token: options.token,
        baseUrl: options.baseUrl,
        logger: options.logger,
        writeIntervalMs: options.writeIntervalMs,
        ...(options.scrubText === undefined ? {} : { scrubText: options.scrubText }),
        onRequest: () => {
            calls++;
        },
    });
    const repo = { owner: options.owner, repo: options.repo };
    return {
        callCount: () => calls,
        listOpenIssues: (filter) => guard('list issues', async () => {
            const data = (await octokit.paginate(octokit.rest.issues.listForRepo, {
                ...repo,
                state: 'open',
                labels: filter.label,
                sort: 'created',
                direction: 'asc',
                per_page: 100,
            }));
            // The issues API lists pull requests too.
            return data.filter((issue) => issue.pull_request === undefined).map(toIssue);
        }),
        createIssue: (issue) => guard('create issue', async () => {
            const { data } = await octokit.rest.issues.create({ ...repo, ...issue });
            return toIssue(data);
        }),
        updateIssueBody: (number, body) => guard(`update issue #${number}`, async () => {
            await octokit.rest.issues.update({ ...repo, issue_number: number, body });
        }),
        listIssueComments: (number) => guard(`list comments of #${number}`, async () => {
            const data = (await octokit.paginate(octokit.rest.issues.listComments, {
                ...repo,
                issue_number: number,
                per_page: 100,
            }));
            return data.map(toComment);
        }),
        createIssueComment: (number, body) => guard(`comment on #${number}`, async () => {
            await octokit.rest.issues.createComment({ ...repo, issue_number: number, body });
        }),
        updateIssueComment: (id, body) => guard(`update comment ${id}`, async () => {
            await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body });
        }),
        deleteIssueComment: (id) => guard(`delete comment ${id}`, async () => {
            await octokit.rest.issues.deleteComment({ ...repo, comment_id: id });
        }),
    };
}
function toIssue(issue) {
    return {
        number: issue.number,
        url: issue.html_url,
        body: issue.body ?? '',
        author: issue.user?.login ?? '',
    };
}
function toComment(comment) {
    return { id: comment.id, body: comment.body ?? '', author: comment.user?.login ?? '' };
}
async function guard(operation, fn) {
    try {
        return await fn();
    }
    catch (error) {
        if (error instanceof external_error/* ExternalError */.y)
            throw error;
        const status = error.status;
        throw new external_error/* ExternalError */.y(error instanceof Error ? error.message : String(error), {
            service: 'GitHub',
            operation,
            ...(typeof status === 'number' ? { status } : {}),
            cause: error,
        });
    }
}

// EXTERNAL MODULE: ./src/runtime/action-logger.ts + 1 modules
var action_logger = __webpack_require__(7653);
// EXTERNAL MODULE: ./src/runtime/outputs.ts
var outputs = __webpack_require__(8506);
// EXTERNAL MODULE: ./src/runtime/secret-registry.ts
var secret_registry = __webpack_require__(6148);
// EXTERNAL MODULE: ./src/runtime/workflow-context.ts
var workflow_context = __webpack_require__(7337);
// EXTERNAL MODULE: ./src/core/comments/split-comment.ts + 5 modules
var split_comment = __webpack_require__(2980);
// EXTERNAL MODULE: ./src/core/comments/markdown-code.ts
var markdown_code = __webpack_require__(5947);
;// CONCATENATED MODULE: ./src/core/dashboard/render-dashboard-graph.ts
/**
 * The promotion graph as a Mermaid flowchart (GitHub renders it in issues and job summaries): environments
 * as nodes in chain order, each hop labelled with what is pending on it (components to promote, open
 * promotion PRs with their gate states, holds), or "in sync".
 */
function renderDashboardGraph(dashboard) {
    const ids = new Map(dashboard.environments.map((environment, i) => [environment, `env${i}`]));
    const lines = ['```mermaid', 'flowchart LR'];
    for (const environment of dashboard.environments)
        lines.push(`  ${ids.get(environment)}["${mermaidText(environment)}"]`);
    for (const edge of dashboard.edges) {
        const from = ids.get(edge.from);
        const to = ids.get(edge.to);
        if (from === undefined || to === undefined)
            continue;
        lines.push(`  ${from} -->|"${mermaidText(describeEdge(edge))}"| ${to}`);
    }
    lines.push('```');
    return lines.join('\n');
}
/** What is pending on one hop, in a few words. */
function describeEdge(edge) {
    const parts = [];
    if (edge.pending > 0)
        parts.push(`${edge.pending} pending`);
    if (edge.openPulls.length > 0) {
        const shown = edge.openPulls.slice(0, 5).map((n) => `#${n}`);
        const more = edge.openPulls.length > shown.length ? ` +${edge.openPulls.length - shown.length}` : '';
        parts.push(`PR ${shown.join(' ')}${more}`);
    }
    const gates = Object.entries(edge.gates).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (gates.length > 0)
        parts.push(`gate ${gates.map(([state, n]) => `${state} ${n}`).join(', ')}`);
    if (edge.held > 0)
        parts.push(`${edge.held} held`);
    return parts.length === 0 ? 'in sync' : parts.join(' · ');
}
/** Mermaid label text: quotes and angle brackets as entities, so a folder name cannot end the label. */
function mermaidText(text) {
    return text.replace(/[\r\n]+/g, ' ').replace(/["<>#]/g, (char) => `#${char.codePointAt(0)};`);
}

;// CONCATENATED MODULE: ./src/core/dashboard/dashboard-document.ts


/** The sticky kind of the dashboard issue: its hidden markers are `<!-- telefonistka:dashboard … -->`. */
const DASHBOARD_KIND = 'dashboard';
/** Rows per table section: a section is kept whole in one part, so each part shows complete tables. */
const ROWS_PER_SECTION = 100;
const STATUS_ICONS = {
    'in-sync': '✅',
    drifted: '🔶',
    missing: '➕',
    acknowledged: '☑️',
    skipped: '⏭️',
    source: '',
    absent: '',
};
const LEGEND = '✅ in sync with upstream · 🔶 differs from upstream (pending) · ➕ not there yet · ☑️ acknowledged drift · ' +
    '⏭️ never promoted there · 🔒 held · PR: open promotion PR (gate state) · dates: last change there';
/**
 * The dashboard as a comment document: a header with the promotion graph (Mermaid) and the legend, then the
 * matrix (components x environments in chain order) as tables of up to 100 rows, so a split never cuts a table.
 */
function dashboardDocument(dashboard, options = {}) {
    const at = [
        options.commitSha === undefined ? undefined : `commit ${(0,markdown_code/* codeSpan */.SS)(options.commitSha.slice(0, 12))}`,
        options.renderedAt === undefined ? undefined : `updated ${options.renderedAt}`,
    ].filter((text) => text !== undefined);
    const header = [
        '## Promotion dashboard',
        `${dashboard.rows.length} components in ${dashboard.environments.length} environments${at.length > 0 ? ` (${at.join(', ')})` : ''}.`,
        renderDashboardGraph(dashboard),
        `<sub>${LEGEND}</sub>`,
    ].join('\n\n');
    const sections = [];
    for (let start = 0; start < dashboard.rows.length; start += ROWS_PER_SECTION) {
        const rows = dashboard.rows.slice(start, start + ROWS_PER_SECTION);
        sections.push({
            title: `components ${start + 1}–${start + rows.length}`,
            full: renderTable(dashboard.environments, rows),
        });
    }
    if (sections.length === 0)
        sections.push({ title: 'components', full: '_No components found under the promotion paths._' });
    return {
        kind: DASHBOARD_KIND,
        header,
        continuationHeader: '## Promotion dashboard (continued)',
        sections,
        hint: 'Run `telefonistka dashboard --repo .` for the whole matrix.',
    };
}
function renderTable(environments, rows) {
    const head = `| component | ${environments.map((environment) => (0,markdown_code/* codeSpan */.SS)(environment).replace(/\|/g, '\\|')).join(' | ')} |`;
    const rule = `|---|${environments.map(() => '---').join('|')}|`;
    const lines = rows.map((row) => `| ${(0,markdown_code/* codeSpan */.SS)(row.component).replace(/\|/g, '\\|')} | ${row.cells.map(renderCell).join(' | ')} |`);
    return [head, rule, ...lines].join('\n');
}
function renderCell(cell) {
    if (cell.treeSha === undefined && cell.status === 'absent')
        return '';
    const parts = [];
    const shown = cell.version ?? cell.treeSha?.slice(0, 7);
    if (shown !== undefined)
        parts.push((0,markdown_code/* codeSpan */.SS)(shown).replace(/\|/g, '\\|'));
    const icon = STATUS_ICONS[cell.status];
    if (icon !== '')
        parts.push(icon);
    if (cell.pull !== undefined)
        parts.push(`[#${cell.pull.number}](${cell.pull.url})${cell.pull.gate === undefined ? '' : ` (${(0,markdown_code/* linkLabel */.vv)(cell.pull.gate)})`}`);
    if (cell.hold !== undefined)
        parts.push('🔒');
    if (cell.lastChange !== undefined)
        parts.push(`<sub>${cell.lastChange.slice(0, 10)}</sub>`);
    return parts.join(' ');
}

;// CONCATENATED MODULE: ./src/core/dashboard/render-dashboard-parts.ts


/** Parts at most: 2,000 components x 10 environments need about a dozen. */
const DASHBOARD_MAX_PARTS = 40;
/**
 * The dashboard issue's parts, each within GitHub's body limit and each starting with the hidden markers
 * (`<!-- telefonistka:dashboard -->`, part n): part 1 is the issue body, later parts are its comments.
 */
function renderDashboardParts(dashboard, options = {}) {
    return (0,split_comment/* splitComment */.U)(dashboardDocument(dashboard, options), {
        maxParts: DASHBOARD_MAX_PARTS,
        ...options.limits,
    });
}

// EXTERNAL MODULE: ./src/use-cases/promote/load-repo-config.ts
var load_repo_config = __webpack_require__(9310);
// EXTERNAL MODULE: ./src/core/concurrency/map-with-concurrency.ts
var map_with_concurrency = __webpack_require__(1748);
// EXTERNAL MODULE: ./src/core/promotion/literal-prefix.ts
var literal_prefix = __webpack_require__(4667);
;// CONCATENATED MODULE: ./src/core/dashboard/order-environments.ts

/**
 * Orders environments along the promotion chain: every concrete source folder of the drift map (and every
 * literal sourcePath) and every target path is a node, every source -> target pair a hop. Topological
 * order (an environment comes after everything that promotes into it); ties, and nodes of a cycle, keep
 * the order in which the configuration first names them.
 */
function orderEnvironments(map) {
    const seen = new Map();
    const note = (folder) => {
        if (!seen.has(folder))
            seen.set(folder, seen.size);
    };
    const hops = [];
    const hopKeys = new Set();
    for (const table of map.tables) {
        const sources = new Set(table.rows.map((row) => row.source.slice(0, row.source.length - row.component.length)));
        const literal = (0,literal_prefix/* literalPrefix */.Q)(table.sourcePath);
        if (literal.complete)
            sources.add(table.sourcePath);
        for (const source of [...sources].sort()) {
            note(source);
            for (const target of table.targetPaths) {
                note(target);
                const key = `${source}\u0000${target}`;
                if (source === target || hopKeys.has(key))
                    continue;
                hopKeys.add(key);
                hops.push({ from: source, to: target });
            }
        }
    }
    const environments = topologicalOrder(seen, hops);
    const rank = new Map(environments.map((environment, i) => [environment, i]));
    hops.sort((a, b) => rank.get(a.from) - rank.get(b.from) || rank.get(a.to) - rank.get(b.to));
    return { environments, hops };
}
function topologicalOrder(seen, hops) {
    const incoming = new Map([...seen.keys()].map((node) => [node, 0]));
    for (const hop of hops)
        incoming.set(hop.to, (incoming.get(hop.to) ?? 0) + 1);
    const byFirstSeen = (a, b) => seen.get(a) - seen.get(b);
    const order = [];
    const done = new Set();
    while (order.length < seen.size) {
        const ready = [...seen.keys()]
            .filter((node) => !done.has(node) && incoming.get(node) === 0)
            .sort(byFirstSeen);
        // A cycle leaves no node ready: take the earliest named one so the order stays total and stable.
        const next = ready[0] ?? [...seen.keys()].filter((node) => !done.has(node)).sort(byFirstSeen)[0];
        done.add(next);
        order.push(next);
        for (const hop of hops)
            if (hop.from === next)
                incoming.set(hop.to, incoming.get(hop.to) - 1);
    }
    return order;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/bump/bump-edit-error.ts
var bump_edit_error = __webpack_require__(3920);
;// CONCATENATED MODULE: ./src/core/bump/locate-yaml-path.ts


/**
 * Evaluates a path on one document: every node it selects, plus the places where the keys it names are
 * missing (so the caller can create them). `[]` on a missing or empty node selects nothing; stepping into a
 * scalar, through an alias or past the end of a list throws a BumpEditError that names the place.
 */
function locateYamlPath(doc, steps) {
    let current = [{ kind: 'node', node: doc.contents, holder: { kind: 'root' }, trail: '' }];
    for (const step of steps)
        current = current.flatMap((location) => applyStep(doc, location, step));
    return current;
}
function applyStep(doc, location, step) {
    switch (step.kind) {
        case 'key':
            return [selectKey(location, step.key)];
        case 'index':
            return [selectIndex(location, step.index)];
        case 'each':
            return selectEach(location);
        case 'select':
            if (location.kind === 'missing')
                return [];
            return evaluateCondition(doc, location.node, step.condition) ? [location] : [];
    }
}
function selectKey(location, key) {
    const trail = `${location.trail}${keyTrail(key)}`;
    if (location.kind === 'missing')
        return { ...location, keys: [...location.keys, key], trail };
    const { node } = location;
    if ((0,dist/* isMap */.jh)(node)) {
        const pair = node.items.find((item) => keyText(item.key) === key);
        if (pair === undefined)
            return { kind: 'missing', base: location, keys: [key], trail };
        return {
            kind: 'node',
            node: pair.value ?? null,
            holder: { kind: 'pair', pair, map: node },
            trail,
        };
    }
    if (isEmpty(node))
        return { kind: 'missing', base: location, keys: [key], trail };
    throw new bump_edit_error/* BumpEditError */.v(`${place(location)} is ${describeNode(node)}, not a map: cannot select key ${JSON.stringify(key)}`);
}
function selectIndex(location, index) {
    if (location.kind === 'missing') {
        throw new bump_edit_error/* BumpEditError */.v(`${place(location)} does not exist: cannot select item [${index}] (a bump creates missing map keys, not list items)`);
    }
    const { node } = location;
    if (!(0,dist/* isSeq */.oP)(node)) {
        throw new bump_edit_error/* BumpEditError */.v(`${place(location)} is ${describeNode(node)}, not a list: cannot select item [${index}]`);
    }
    const position = index < 0 ? node.items.length + index : index;
    if (position < 0 || position >= node.items.length) {
        throw new bump_edit_error/* BumpEditError */.v(`${place(location)} has ${node.items.length} item(s): index [${index}] is out of range (a bump does not add list items)`);
    }
    return {
        kind: 'node',
        node: node.items[position] ?? null,
        holder: { kind: 'item', seq: node, index: position },
        trail: `${location.trail}[${position}]`,
    };
}
function selectEach(location) {
    if (location.kind === 'missing')
        return [];
    const { node } = location;
    if ((0,dist/* isSeq */.oP)(node)) {
        return node.items.map((item, index) => ({
            kind: 'node',
            node: item ?? null,
            holder: { kind: 'item', seq: node, index },
            trail: `${location.trail}[${index}]`,
        }));
    }
    if ((0,dist/* isMap */.jh)(node)) {
        return node.items.map((pair) => ({
            kind: 'node',
            node: pair.value ?? null,
            holder: { kind: 'pair', pair, map: node },
            trail: `${location.trail}${keyTrail(keyText(pair.key) ?? '?')}`,
        }));
    }
    if (isEmpty(node))
        return [];
    throw new bump_edit_error/* BumpEditError */.v(`${place(location)} is ${describeNode(node)}: "[]" needs a list or a map`);
}
function evaluateCondition(doc, node, condition) {
    if (condition.kind !== 'compare') {
        const left = evaluateCondition(doc, node, condition.left);
        if (condition.kind === 'and' ? !left : left)
            return left;
        return evaluateCondition(doc, node, condition.right);
    }
    const equal = literalEquals(readValue(doc, node, condition.path), condition.value);
    return condition.operator === '==' ? equal : !equal;
}
const COLLECTION = Symbol('collection');
function readValue(doc, start, path) {
    let node = start;
    for (const step of path) {
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc);
        if (step.kind === 'key' && (0,dist/* isMap */.jh)(node))
            node = node.items.find((item) => keyText(item.key) === step.key)?.value;
        else if (step.kind === 'index' && (0,dist/* isSeq */.oP)(node)) {
            node = node.items[step.index < 0 ? node.items.length + step.index : step.index];
        }
        else
            return null;
    }
    if ((0,dist/* isAlias */.Vj)(node))
        node = node.resolve(doc);
    if (node === undefined || node === null)
        return null;
    if ((0,dist/* isScalar */.jn)(node))
        return node.value;
    return COLLECTION;
}
/** Compares like yq: same value, or the same text (`5432 == "5432"`); collections equal nothing. */
function literalEquals(value, literal) {
    if (value === COLLECTION)
        return false;
    if (value === null || literal === null)
        return value === literal;
    if (value === literal)
        return true;
    return isPrimitive(value) && String(value) === String(literal);
}
/** The text of a scalar key; undefined for complex keys. */
function keyText(key) {
    if (!(0,dist/* isScalar */.jn)(key))
        return undefined;
    if (key.value === null)
        return '';
    return isPrimitive(key.value) ? String(key.value) : undefined;
}
function isPrimitive(value) {
    return ['string', 'number', 'boolean', 'bigint'].includes(typeof value);
}
function isEmpty(node) {
    return node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null);
}
function keyTrail(key) {
    return /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key) ? `.${key}` : `.${JSON.stringify(key)}`;
}
function place(location) {
    return location.trail === '' ? 'the document' : location.trail;
}
/** A short description of a node for messages: `a map`, `the string "x"`, `an alias (*tag)`. */
function describeNode(node) {
    if (node === null)
        return 'empty';
    if ((0,dist/* isMap */.jh)(node))
        return 'a map';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if ((0,dist/* isAlias */.Vj)(node))
        return `an alias (*${node.source})`;
    if ((0,dist/* isScalar */.jn)(node)) {
        if (node.value === null)
            return 'empty (null)';
        if (typeof node.value === 'string')
            return `the string ${JSON.stringify(node.value)}`;
        return isPrimitive(node.value) ? `the ${typeof node.value} ${String(node.value)}` : 'a scalar';
    }
    return 'an unsupported node';
}

;// CONCATENATED MODULE: ./src/core/bump/parse-yaml-documents.ts


/** Parse options of every file a bump edits: duplicate keys are errors, messages carry line and column. */
const YAML_PARSE_OPTIONS = { uniqueKeys: true, prettyErrors: true };
/**
 * Every document of a YAML file (an empty or comment-only file is one empty document); throws a
 * BumpEditError starting with `context` at the first syntax error.
 */
function parseYamlDocuments(text, context) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text, YAML_PARSE_OPTIONS);
    const list = docs.length === 0 ? [(0,dist/* parseDocument */.Tp)(text, YAML_PARSE_OPTIONS)] : docs;
    for (const doc of list) {
        const error = doc.errors[0];
        if (error !== undefined)
            throw new bump_edit_error/* BumpEditError */.v(`${context}: ${error.message}`);
    }
    return list;
}

;// CONCATENATED MODULE: ./src/core/dashboard/read-version.ts



/** Longest version shown; longer values are cut with an ellipsis so one odd value cannot blow up the table. */
const MAX_VERSION_CHARS = 40;
/**
 * The version a YAML file holds at `path` (the bump path language): the first scalar the path selects in any
 * document, as text. Undefined when the file does not parse, the path selects nothing or no scalar; a
 * dashboard never fails on one odd file.
 */
function readVersion(text, path) {
    let docs;
    try {
        docs = parseYamlDocuments(text, 'version file');
    }
    catch {
        return undefined;
    }
    for (const doc of docs) {
        let locations;
        try {
            locations = locateYamlPath(doc, path.steps);
        }
        catch {
            continue;
        }
        for (const location of locations) {
            if (location.kind !== 'node' || !(0,dist/* isScalar */.jn)(location.node))
                continue;
            const value = location.node.value;
            if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
                continue;
            const shown = String(value).replace(/\s+/g, ' ').trim();
            if (shown === '')
                continue;
            return shown.length > MAX_VERSION_CHARS ? `${shown.slice(0, MAX_VERSION_CHARS - 1)}…` : shown;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/dashboard/build-dashboard.ts


/**
 * Builds the promotion dashboard: environments in chain order, one row per component (sorted), each cell
 * with its version (or none), its status against its upstream from the drift map, the open promotion PR
 * into it, its hold and its last change. Pure: every read happened before.
 */
function buildDashboard(input) {
    const graph = orderEnvironments(input.driftMap);
    const upstreams = indexUpstreams(input.driftMap);
    const pulls = indexPulls(input.pulls);
    const holds = new Map(input.holds.map((hold) => [hold.folder, hold]));
    const versions = new Map();
    const versionOf = (folder) => {
        for (const source of input.versionSources) {
            const entry = input.tree.get(`${folder}/${source.file}`);
            const text = entry?.type === 'blob' ? input.blobs.get(entry.sha) : undefined;
            if (text === undefined || entry === undefined)
                continue;
            const key = `${entry.sha}\u0000${source.path.source}`;
            if (!versions.has(key))
                versions.set(key, readVersion(text, source.path));
            const version = versions.get(key);
            if (version !== undefined)
                return version;
        }
        return undefined;
    };
    const rows = listComponents(input.driftMap).map((component) => ({
        component,
        cells: graph.environments.map((environment) => {
            const folder = `${environment}${component}`;
            const entry = input.tree.get(folder);
            const treeSha = entry?.type === 'tree' ? entry.sha : undefined;
            const upstream = upstreams.get(folder);
            return {
                environment,
                folder,
                treeSha,
                version: treeSha === undefined ? undefined : versionOf(folder),
                status: upstream?.status ?? (treeSha === undefined ? 'absent' : 'source'),
                upstream: upstream?.source,
                pull: pulls.get(folder),
                hold: holds.get(folder),
                lastChange: treeSha === undefined ? undefined : input.lastChanges.get(folder),
            };
        }),
    }));
    return { environments: graph.environments, edges: summarizeHops(graph.hops, rows), rows };
}
/** Target folder -> its upstream source folder and status; the first flow that names a target wins. */
function indexUpstreams(map) {
    const upstreams = new Map();
    for (const table of map.tables)
        for (const row of table.rows)
            for (const cell of row.cells)
                if (!upstreams.has(cell.target))
                    upstreams.set(cell.target, { source: row.source, status: cell.status });
    return upstreams;
}
function indexPulls(pulls) {
    const byFolder = new Map();
    // The newest PR (highest number) wins where several name the same folder.
    for (const pull of [...pulls].sort((a, b) => b.number - a.number))
        for (const target of pull.targets) {
            const folder = target.replace(/\/+$/, '');
            if (!byFolder.has(folder))
                byFolder.set(folder, {
                    number: pull.number,
                    url: pull.url,
                    ...(pull.gate === undefined ? {} : { gate: pull.gate }),
                });
        }
    return byFolder;
}
/** Component names (relative to their environment) of every flow's source components, sorted. */
function listComponents(map) {
    const names = new Set();
    for (const table of map.tables)
        for (const row of table.rows)
            names.add(row.component);
    return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
function summarizeHops(hops, rows) {
    return hops.map((hop) => {
        const edge = {
            from: hop.from,
            to: hop.to,
            pending: 0,
            openPulls: new Set(),
            held: 0,
            gates: {},
        };
        for (const row of rows) {
            const cell = row.cells.find((candidate) => candidate.environment === hop.to);
            if (cell?.upstream !== `${hop.from}${row.component}`)
                continue;
            if (cell.status === 'drifted' || cell.status === 'missing')
                edge.pending++;
            if (cell.hold !== undefined)
                edge.held++;
            if (cell.pull !== undefined && !edge.openPulls.has(cell.pull.number)) {
                edge.openPulls.add(cell.pull.number);
                if (cell.pull.gate !== undefined)
                    edge.gates[cell.pull.gate] = (edge.gates[cell.pull.gate] ?? 0) + 1;
            }
        }
        return { ...edge, openPulls: [...edge.openPulls].sort((a, b) => a - b) };
    });
}

;// CONCATENATED MODULE: ./src/core/dashboard/list-version-blobs.ts
/**
 * Phase 1 of the dashboard: the blobs holding versions (each configured version file of every component
 * folder the drift map names), each once, sorted by SHA. Empty when no version path is configured.
 */
function listVersionBlobs(input) {
    const { tree, versionSources: sources } = input;
    if (sources.length === 0)
        return [];
    const wanted = new Map();
    for (const folder of mappedFolders(input.driftMap)) {
        for (const source of sources) {
            const path = `${folder}/${source.file}`;
            const entry = tree.get(path);
            if (entry?.type === 'blob' && !wanted.has(entry.sha))
                wanted.set(entry.sha, path);
        }
    }
    return [...wanted.entries()]
        .map(([sha, path]) => ({ sha, path }))
        .sort((a, b) => (a.sha < b.sha ? -1 : a.sha > b.sha ? 1 : 0));
}
/** Every component folder the drift map names: sources and targets. */
function mappedFolders(map) {
    const folders = new Set();
    for (const table of map.tables)
        for (const row of table.rows) {
            folders.add(row.source);
            for (const cell of row.cells)
                folders.add(cell.target);
        }
    return folders;
}

// EXTERNAL MODULE: ./src/use-cases/pr-checks/build-repository-drift-map.ts + 2 modules
var build_repository_drift_map = __webpack_require__(9669);
;// CONCATENATED MODULE: ./src/use-cases/dashboard/build-repository-dashboard.ts





/**
 * Builds the dashboard at `commit`: the drift map (one tree read), the configured version files (one batch
 * read from a checkout), the folders' last changes (one `git log` walk), then the pure matrix. Open PRs and
 * holds come from the caller (the CLI has none).
 */
async function buildRepositoryDashboard(request, deps) {
    const drift = await (0,build_repository_drift_map/* buildRepositoryDriftMap */.Q)(request, deps);
    const { config } = await (0,load_repo_config/* loadRepoConfig */.r)(deps.snapshot, request.commit);
    const tree = await deps.snapshot.readTree(request.commit);
    const wanted = listVersionBlobs({ tree, driftMap: drift.map, versionSources: config.dashboard.version });
    const blobs = await readBlobs(request.commit, wanted, deps);
    const folders = new Set();
    for (const table of drift.map.tables)
        for (const row of table.rows) {
            folders.add(row.source);
            for (const cell of row.cells)
                folders.add(cell.target);
        }
    const lastChanges = (await deps.history?.lastChanges(request.commit, [...folders].sort())) ?? new Map();
    deps.logger.info(`Dashboard: ${wanted.length} version files read, ${lastChanges.size} folders dated`);
    const dashboard = buildDashboard({
        flows: config.promotionPaths,
        tree,
        driftMap: drift.map,
        blobs,
        versionSources: config.dashboard.version,
        pulls: request.pulls ?? [],
        holds: request.holds ?? [],
        lastChanges,
    });
    return { commit: request.commit, config, dashboard, warnings: drift.warnings };
}
async function readBlobs(commit, wanted, deps) {
    if (deps.history !== undefined)
        return deps.history.readBlobs(wanted);
    const texts = new Map();
    const read = await (0,map_with_concurrency/* mapWithConcurrency */.W)(wanted, 8, (request) => deps.snapshot.readFile(commit, request.path));
    read.forEach((result, i) => {
        if (result.status === 'fulfilled' && result.value !== undefined)
            texts.set(wanted[i].sha, result.value);
    });
    return texts;
}

// EXTERNAL MODULE: ./src/core/identity/matches-login.ts
var matches_login = __webpack_require__(83);
// EXTERNAL MODULE: ./src/core/promotion/parse-promotion-metadata.ts
var parse_promotion_metadata = __webpack_require__(7906);
// EXTERNAL MODULE: ./src/use-cases/shared/read-trusted-promotion-metadata.ts
var read_trusted_promotion_metadata = __webpack_require__(2825);
;// CONCATENATED MODULE: ./src/use-cases/dashboard/list-dashboard-pulls.ts



/**
 * The open promotion PRs this tool opened, with the folders each promotes: a `promotions/` branch, an author that
 * is the token's identity or a login of `promotionPrAuthors`, and metadata in the body. A PR anyone else opened
 * from such a branch never shows on the dashboard.
 */
function listDashboardPulls(open, promotionPrAuthors) {
    const trusted = (author) => (0,matches_login/* matchesLogin */.r)(author, open.viewer) || promotionPrAuthors.some((known) => (0,matches_login/* matchesLogin */.r)(author, known));
    return open.pulls.flatMap((pr) => {
        if (!pr.headRef.startsWith(read_trusted_promotion_metadata/* PROMOTION_BRANCH_PREFIX */.q) || !trusted(pr.author))
            return [];
        const metadata = (0,parse_promotion_metadata/* parsePromotionMetadata */.q)(pr.body);
        return metadata === undefined
            ? []
            : [{ number: pr.number, url: pr.url, targets: metadata.promotedPaths }];
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/comments/comment-markers.ts
var comment_markers = __webpack_require__(9681);
// EXTERNAL MODULE: ./src/core/comments/plan-comment-updates.ts
var plan_comment_updates = __webpack_require__(1992);
;// CONCATENATED MODULE: ./src/use-cases/dashboard/write-dashboard-issue.ts





/** The label that finds the dashboard issue in one list call. */
const DASHBOARD_LABEL = 'telefonistka-dashboard';
/** The dashboard issue's title. */
const DASHBOARD_TITLE = 'Promotion dashboard';
const DIGEST_PATTERN = /<!-- telefonistka:dashboard:digest:([0-9a-f]{40}):parts:(\d{1,3}) -->/;
/**
 * Makes the dashboard issue show `parts`: part 1 is the issue body, later parts its comments (edited in place,
 * created, or deleted when the matrix shrinks). The issue is the oldest open one labelled `telefonistka-dashboard`
 * that starts with the dashboard's hidden markers and that `ownLogin` wrote (a look-alike by anyone else is never
 * adopted); it is created when there is none. Part 1 carries a digest of every part, so an unchanged dashboard
 * costs one list call and no write.
 */
async function writeDashboardIssue(parts, deps) {
    const digest = (0,external_node_crypto_.createHash)('sha1').update(parts.join('\u0000')).digest('hex');
    const first = `${parts[0] ?? ''}\n<!-- telefonistka:dashboard:digest:${digest}:parts:${parts.length} -->`;
    const existing = await findDashboardIssue(deps);
    if (existing === undefined) {
        const issue = await deps.issues.createIssue({
            title: DASHBOARD_TITLE,
            body: first,
            labels: [DASHBOARD_LABEL],
        });
        for (const part of parts.slice(1))
            await deps.issues.createIssueComment(issue.number, part);
        deps.logger.info(`Dashboard: created #${issue.number} (${parts.length} parts)`);
        return {
            issue: issue.number,
            url: issue.url,
            created: true,
            unchanged: false,
            parts: parts.length,
            writes: parts.length,
        };
    }
    const known = DIGEST_PATTERN.exec(existing.body);
    const result = { issue: existing.number, url: existing.url, created: false, parts: parts.length };
    if (known?.[1] === digest) {
        deps.logger.info(`Dashboard: #${existing.number} is up to date`);
        return { ...result, unchanged: true, writes: 0 };
    }
    let writes = 0;
    if (existing.body !== first) {
        await deps.issues.updateIssueBody(existing.number, first);
        writes++;
    }
    const previousParts = known === null ? Number.POSITIVE_INFINITY : Number(known[2]);
    if (parts.length > 1 || previousParts > 1)
        writes += await writeContinuations(existing.number, parts.slice(1), deps);
    deps.logger.info(`Dashboard: updated #${existing.number} (${parts.length} parts, ${writes} writes)`);
    return { ...result, unchanged: false, writes };
}
async function findDashboardIssue(deps) {
    const start = `${comment_markers/* telefonistkaTag */.Wy}\n${(0,comment_markers/* kindMarker */.Zy)(DASHBOARD_KIND)}\n`;
    const candidates = (await deps.issues.listOpenIssues({ label: DASHBOARD_LABEL })).filter((issue) => issue.body.startsWith(start));
    for (const issue of candidates) {
        if ((0,matches_login/* matchesLogin */.r)(issue.author, deps.ownLogin))
            return issue;
        deps.logger.info(`#${issue.number} looks like the dashboard but was opened by ${issue.author || 'someone else'}: left alone.`);
    }
    return undefined;
}
/** Parts 2..n as the issue's comments, by part marker; only this identity's comments are touched. */
async function writeContinuations(number, parts, deps) {
    const start = `${comment_markers/* telefonistkaTag */.Wy}\n${(0,comment_markers/* kindMarker */.Zy)(DASHBOARD_KIND)}\n`;
    const own = (await deps.issues.listIssueComments(number)).filter((comment) => comment.body.startsWith(start) && (0,matches_login/* matchesLogin */.r)(comment.author, deps.ownLogin));
    // Comments hold parts 2..n: shift the numbering so the planner sees them as 1..n-1 of the same kind.
    const plan = (0,plan_comment_updates/* planCommentUpdates */.l)(own, ['', ...parts], DASHBOARD_KIND);
    const updates = plan.update.filter((update) => update.body !== '');
    for (const update of updates)
        await deps.issues.updateIssueComment(update.id, update.body);
    for (const body of plan.create.filter((text) => text !== ''))
        await deps.issues.createIssueComment(number, body);
    for (const id of plan.delete)
        await deps.issues.deleteIssueComment(id);
    return updates.length + plan.create.filter((text) => text !== '').length + plan.delete.length;
}

;// CONCATENATED MODULE: ./src/use-cases/dashboard/update-dashboard.ts





/**
 * Keeps the dashboard issue current for the default branch at `commit`: reads the configuration, the open
 * promotion PRs with the token's identity (one call), builds the matrix from the checkout and writes the
 * issue only where its text changed (one list call when nothing did).
 */
async function updateDashboard(request, deps) {
    const { config } = await (0,load_repo_config/* loadRepoConfig */.r)(deps.snapshot, request.commit);
    if (!config.dashboard.enabled)
        return { status: 'skipped', reason: 'dashboard: off in telefonistka.yaml' };
    if (config.promotionPaths.length === 0)
        return { status: 'skipped', reason: 'no promotionPaths configured' };
    const open = await deps.openPulls.listOpenPullsWithViewer();
    const pulls = listDashboardPulls(open, config.promotionPrAuthors);
    const built = await buildRepositoryDashboard({ ...request, pulls }, deps);
    for (const warning of built.warnings)
        deps.logger.warning(warning);
    const parts = renderDashboardParts(built.dashboard);
    const written = await writeDashboardIssue(parts, {
        issues: deps.issues,
        ownLogin: open.viewer,
        logger: deps.logger,
    });
    return {
        status: 'written',
        ...written,
        components: built.dashboard.rows.length,
        environments: built.dashboard.environments.length,
    };
}

// EXTERNAL MODULE: ./src/actions/shared/detect-repository-access.ts + 6 modules
var detect_repository_access = __webpack_require__(5108);
// EXTERNAL MODULE: ./src/actions/shared/workflow-github.ts
var workflow_github = __webpack_require__(494);
;// CONCATENATED MODULE: ./src/actions/dashboard/run-dashboard.ts










/**
 * Updates the dashboard issue after promote on a merged PR: the matrix at the merge commit, the open promotion PRs
 * as they are now. Skipped (with a log line) when `dashboard: off` or no `promotionPaths` are configured.
 */
async function runDashboard(inputs) {
    const logger = (0,action_logger/* createActionLogger */.D)();
    const workflow = (0,workflow_context/* readWorkflowContext */.F)();
    const token = inputs.githubToken;
    const pr = workflow.payload.pull_request;
    const commit = typeof pr?.merge_commit_sha === 'string' ? pr.merge_commit_sha : undefined;
    if (commit === undefined) {
        logger.info('Dashboard: the event carries no merge commit; nothing to update.');
        return;
    }
    const github = (0,workflow_github/* createWorkflowGitHub */.d)({ ...inputs, token }, workflow, logger);
    const checkoutDir = inputs.checkoutPath ?? workflow.workspace;
    const { localGit, snapshot } = await (0,detect_repository_access/* detectRepositoryAccess */.U)(checkoutDir, github, logger);
    const adapter = { token, owner: workflow.owner, repo: workflow.repo, baseUrl: workflow.apiUrl, logger };
    let openPullCalls = 0;
    const issues = createOctokitIssues({
        ...adapter,
        writeIntervalMs: inputs.writeIntervalMs,
        scrubText: secret_registry/* scrubSecrets */.Z,
    });
    const result = await updateDashboard({ commit, today: new Date().toISOString().slice(0, 10) }, {
        snapshot,
        history: localGit !== undefined && checkoutDir !== undefined ? createGitHistory(checkoutDir) : undefined,
        openPulls: createGraphqlOpenPulls({ ...adapter, onRequest: () => openPullCalls++ }),
        issues,
        logger,
    });
    const apiCalls = github.callCount() + openPullCalls + issues.callCount();
    if (result.status === 'skipped') {
        logger.info(`Dashboard: skipped (${result.reason}).`);
        return;
    }
    const what = result.created ? 'created' : result.unchanged ? 'unchanged' : 'updated';
    await (0,outputs/* writeSummary */.S)(`### Promotion dashboard\n\n[#${result.issue}](${result.url}) ${what}: ${result.components} components × ` +
        `${result.environments} environments, ${result.parts} part(s), ${result.writes} write(s), ` +
        `${apiCalls} API call(s).\n`);
}

;// CONCATENATED MODULE: ./src/actions/main/flows/dashboard-flow.ts


/** The dashboard flow: its reader and runner in one chunk, loaded only for an event that routes to it. */
const prepareDashboardFlow = () => {
    const inputs = readDashboardInputs();
    return () => runDashboard(inputs);
};


/***/ }),

/***/ 3626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ restLogin)
/* harmony export */ });
/** The REST spelling of a GraphQL actor's login, so the App `my-app` is never confused with a user named `my-app`. */
function restLogin(actor) {
    return actor.__typename === 'Bot' && !actor.login.endsWith('[bot]') ? `${actor.login}[bot]` : actor.login;
}


/***/ }),

/***/ 6593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ parseComponentConfig)
});

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
// EXTERNAL MODULE: ./src/core/config/compile-config-regex.ts
var compile_config_regex = __webpack_require__(1588);
// EXTERNAL MODULE: ./src/core/config/describe-key-path.ts
var describe_key_path = __webpack_require__(4083);
// EXTERNAL MODULE: ./src/core/config/normalize-folder-path.ts
var normalize_folder_path = __webpack_require__(7996);
// EXTERNAL MODULE: ./src/core/config/read-config-value.ts
var read_config_value = __webpack_require__(1703);
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
var build_regex_list = __webpack_require__(1889);
// EXTERNAL MODULE: ./src/core/config/check-schema.ts + 2 modules
var check_schema = __webpack_require__(9098);
// EXTERNAL MODULE: ./src/core/config/create-diagnostics.ts
var create_diagnostics = __webpack_require__(645);
// EXTERNAL MODULE: ./src/core/config/read-yaml-source.ts
var read_yaml_source = __webpack_require__(2922);
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


/***/ })

};
