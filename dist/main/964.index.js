export const id = 964;
export const ids = [964];
export const modules = {

/***/ 5964:
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

// EXTERNAL MODULE: ./src/core/errors/error-message.ts
var error_message = __webpack_require__(8307);
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
        pinIssue: async (issue) => {
            if (issue.nodeId === undefined || issue.nodeId === '')
                return { pinned: false, reason: `#${issue.number} has no node ID to pin` };
            try {
                // No REST endpoint pins an issue; GraphQL's pinIssue does (https://docs.github.com/en/graphql/reference/mutations#pinissue).
                const data = await octokit.graphql('mutation($issueId: ID!) { pinIssue(input: { issueId: $issueId }) { issue { isPinned } } }', {
                    issueId: issue.nodeId,
                });
                return data.pinIssue?.issue?.isPinned === true
                    ? { pinned: true }
                    : { pinned: false, reason: 'GitHub did not report the issue as pinned' };
            }
            catch (error) {
                // A GraphQL refusal carries GitHub's own words in `errors`; anything else (HTTP, network) its message.
                const errors = error.errors;
                const said = errors
                    ?.map((item) => (typeof item.message === 'string' ? item.message : ''))
                    .filter((text) => text !== '');
                const reason = said !== undefined && said.length > 0 ? said.join('; ') : (0,error_message/* errorMessage */.g)(error);
                return { pinned: false, reason: reason.replace(/\s+/g, ' ').trim() };
            }
        },
    };
}
function toIssue(issue) {
    return {
        number: issue.number,
        url: issue.html_url,
        body: issue.body ?? '',
        author: issue.user?.login ?? '',
        ...(issue.node_id === undefined ? {} : { nodeId: issue.node_id }),
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
;// CONCATENATED MODULE: ./src/core/dashboard/render-action-outcomes.ts

const ICONS = {
    done: '✅',
    unchanged: '➖',
    refused: '⛔',
    failed: '❌',
};
/** The action as one short phrase: `promote \`env/prod/app\``. */
function describeDashboardAction(action) {
    return `${action.kind} ${(0,markdown_code/* codeSpan */.SS)(action.kind === 'bundle' ? action.environment : action.folder)}`;
}
/**
 * The outcomes of the ticked boxes as a markdown list (the dashboard shows it above the matrix, the job summary
 * repeats it): one line per action with its icon, what it did and its PR.
 */
function renderActionOutcomes(outcomes, context) {
    const lines = outcomes.map((outcome) => {
        const pull = outcome.pull === undefined ? '' : ` ([#${outcome.pull.number}](${outcome.pull.url}))`;
        const message = outcome.message.replace(/\s*\n\s*/g, ' ');
        return `- ${ICONS[outcome.outcome]} ${describeDashboardAction(outcome.action)}: ${message}${pull}`;
    });
    return [`**Last actions** (ticked by @${context.actor}):`, '', ...lines].join('\n');
}

;// CONCATENATED MODULE: ./src/core/dashboard/dashboard-action-key.ts
const KINDS = ['promote', 'hold', 'release', 'rollback', 'bundle'];
// `<!-- telefonistka:action <kind> <target> -->` right after a task-list checkbox; the target is percent-encoded
// (slashes kept) so that no folder name can close the comment or split the key.
const BOX_PATTERN = /^ {0,3}[-*+][ \t]+\[([ xX])\][ \t]*<!-- telefonistka:action (promote|hold|release|rollback|bundle) ([^\s<>]{1,1024}) -->/gm;
/** The hidden key a dashboard checkbox carries: parsing reads only this, never the visible text. */
function dashboardActionKey(action) {
    const target = action.kind === 'bundle' ? action.environment : action.folder;
    return `<!-- telefonistka:action ${action.kind} ${encodeURIComponent(target).replace(/%2F/g, '/')} -->`;
}
/**
 * The dashboard checkboxes of a body (the issue's or a part comment's), by hidden key; a key that does not
 * decode, or a kind this version does not know, is not a checkbox.
 */
function parseDashboardCheckboxes(body) {
    const boxes = [];
    for (const match of body.matchAll(BOX_PATTERN)) {
        const [, mark, kind, encoded] = match;
        const action = actionOf(kind, encoded);
        if (action !== undefined)
            boxes.push({ action, ticked: mark !== ' ' });
    }
    return boxes;
}
/**
 * The actions whose box is ticked in `after` but was not ticked in `before` (the edit's `changes.body.from`),
 * each once, in the order of `after`.
 */
function findNewlyTicked(before, after) {
    const tickedBefore = new Set(parseDashboardCheckboxes(before)
        .filter((box) => box.ticked)
        .map((box) => dashboardActionKey(box.action)));
    const found = new Map();
    for (const box of parseDashboardCheckboxes(after)) {
        const key = dashboardActionKey(box.action);
        if (box.ticked && !tickedBefore.has(key) && !found.has(key))
            found.set(key, box.action);
    }
    return [...found.values()];
}
function actionOf(kind, encoded) {
    if (encoded === undefined || !KINDS.includes(kind))
        return undefined;
    let target;
    try {
        target = decodeURIComponent(encoded);
    }
    catch {
        return undefined;
    }
    if (target === '' || [...target].some((char) => char.charCodeAt(0) < 0x20))
        return undefined;
    if (kind === 'bundle')
        return { kind, environment: target };
    return { kind: kind, folder: target };
}

;// CONCATENATED MODULE: ./src/core/dashboard/list-dashboard-actions.ts

const pending = (cell) => cell.status === 'drifted' || cell.status === 'missing';
/**
 * What the matrix lets a writer do: per environment something promotes into with pending components, one bundle
 * PR; per pending cell (not held) "promote now" when no promotion PR is open into it, and "hold"; per held cell
 * "release"; per in-sync target cell (its content came from its upstream: a promotion) "roll back".
 */
function listDashboardActions(dashboard) {
    const offered = { bundle: [], promote: [], hold: [], release: [], rollback: [] };
    const pendingInto = new Map();
    for (const row of dashboard.rows) {
        const name = (0,markdown_code/* codeSpan */.SS)(row.component);
        for (const cell of row.cells) {
            if (cell.upstream === undefined && cell.hold === undefined)
                continue;
            const folder = cell.folder;
            const where = (0,markdown_code/* codeSpan */.SS)(cell.environment);
            if (cell.hold !== undefined) {
                offered.release.push({
                    action: { kind: 'release', folder },
                    label: `release ${name} in ${where} (held by @${cell.hold.by} since ${cell.hold.since.slice(0, 10)})`,
                });
                continue;
            }
            if (cell.upstream === undefined)
                continue;
            if (pending(cell)) {
                pendingInto.set(cell.environment, (pendingInto.get(cell.environment) ?? 0) + 1);
                const from = (0,markdown_code/* codeSpan */.SS)(cell.upstream.slice(0, cell.upstream.length - row.component.length));
                if (cell.pull === undefined)
                    offered.promote.push({
                        action: { kind: 'promote', folder },
                        label: `promote ${name} ${from} → ${where} now`,
                    });
                offered.hold.push({ action: { kind: 'hold', folder }, label: `hold ${name} in ${where}` });
            }
            else if (cell.status === 'in-sync' && cell.treeSha !== undefined) {
                offered.rollback.push({
                    action: { kind: 'rollback', folder },
                    label: `roll back ${name} in ${where} to its content before the last change`,
                });
            }
        }
    }
    for (const environment of dashboard.environments) {
        const count = pendingInto.get(environment);
        if (count === undefined)
            continue;
        offered.bundle.push({
            action: { kind: 'bundle', environment },
            label: `promote all ${count} pending into ${(0,markdown_code/* codeSpan */.SS)(environment)} (one PR)`,
        });
    }
    return offered;
}
/**
 * The cell a folder action names, or (for a bundle) whether the environment is a column: a ticked key naming
 * anything else is never acted on, whatever a body says.
 */
function isDashboardTarget(dashboard, action) {
    if (action.kind === 'bundle')
        return dashboard.environments.includes(action.environment);
    return findDashboardCell(dashboard, action.folder) !== undefined;
}
/** The matrix cell of a component folder (`<environment><component>`), if the matrix has it. */
function findDashboardCell(dashboard, folder) {
    for (const row of dashboard.rows)
        for (const cell of row.cells)
            if (cell.folder === folder)
                return cell;
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/dashboard/render-dashboard-actions.ts


/** Checkboxes at most in the issue: beyond them an overflow line points to the CLI and workflow_dispatch. */
const MAX_ACTION_BOXES = 200;
/** Checkboxes per section: a section is kept whole in one part, like the matrix's tables. */
const ACTION_BOXES_PER_SECTION = 50;
const TITLES = {
    bundle: 'Promote everything pending into an environment',
    release: 'Release a hold',
    promote: 'Promote now',
    hold: 'Hold',
    rollback: 'Roll back',
};
// Bundles and releases first: few, and the ones a busy dashboard most needs; roll back (one per in-sync cell) last.
const ORDER = ['bundle', 'release', 'promote', 'hold', 'rollback'];
/**
 * The "Actions" part of the dashboard issue: task-list checkboxes (GitHub renders them only in list items, not in
 * tables), each with its hidden key, grouped by kind, at most 200 in sections of 50; an overflow line says how
 * many were left out and where to act on them.
 */
function renderDashboardActions(dashboard) {
    const offered = listDashboardActions(dashboard);
    const sections = [];
    let budget = MAX_ACTION_BOXES;
    let left = 0;
    for (const kind of ORDER) {
        const all = offered[kind];
        const shown = all.slice(0, budget);
        left += all.length - shown.length;
        budget -= shown.length;
        for (let start = 0; start < shown.length; start += ACTION_BOXES_PER_SECTION) {
            const chunk = shown.slice(start, start + ACTION_BOXES_PER_SECTION);
            const range = shown.length > ACTION_BOXES_PER_SECTION ? ` (${start + 1}–${start + chunk.length})` : '';
            sections.push({
                title: `actions: ${kind}${range}`,
                full: renderBoxes(`${TITLES[kind]}${range}`, chunk),
            });
        }
    }
    const intro = '### Actions\n\nTick a box to act (writers only; the dashboard is then re-rendered with the outcome).';
    if (sections.length === 0)
        return [{ title: 'actions', full: `${intro}\n\n_Nothing to act on._` }];
    const first = sections[0];
    sections[0] = { ...first, full: `${intro}\n\n${first.full}` };
    if (left > 0) {
        const last = sections[sections.length - 1];
        sections[sections.length - 1] = {
            ...last,
            full: `${last.full}\n\n_${left} more action(s) not listed (the issue shows at most ${MAX_ACTION_BOXES} boxes): ` +
                'promote by hand with the promote workflow’s `workflow_dispatch` (`component`, `targets`), and see ' +
                'every cell with `telefonistka dashboard --repo .`._',
        };
    }
    return sections;
}
function renderBoxes(title, boxes) {
    const lines = boxes.map((box) => `- [ ] ${dashboardActionKey(box.action)} ${box.label}`);
    return [`#### ${title}`, '', ...lines].join('\n');
}

// EXTERNAL MODULE: ./src/core/dashboard/render-dashboard-graph.ts
var render_dashboard_graph = __webpack_require__(9522);
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
        (0,render_dashboard_graph/* renderDashboardGraph */.z)(dashboard),
        `<sub>${LEGEND}</sub>`,
        ...(options.actions?.outcomes === undefined || options.actions.outcomes.length === 0
            ? []
            : [renderActionOutcomes(options.actions.outcomes, { actor: options.actions.actor ?? 'someone' })]),
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
    if (options.actions !== undefined)
        sections.push(...renderDashboardActions(dashboard));
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
// EXTERNAL MODULE: ./src/core/dashboard/order-chain.ts
var order_chain = __webpack_require__(5784);
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
    const environments = (0,order_chain/* orderChain */.k)(seen, hops);
    const rank = new Map(environments.map((environment, i) => [environment, i]));
    hops.sort((a, b) => rank.get(a.from) - rank.get(b.from) || rank.get(a.to) - rank.get(b.to));
    return { environments, hops };
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

;// CONCATENATED MODULE: ./src/core/dashboard/read-simple-yaml-value.ts
/** A line `key:` or `key: value` of a block mapping: a plain key, then a plain or simply quoted scalar. */
const MAPPING_LINE = /^( *)([A-Za-z_][A-Za-z0-9_.-]*):(?: +(?:([A-Za-z0-9][A-Za-z0-9._/+@-]*)|"([A-Za-z0-9._/+@:-]*)"|'([A-Za-z0-9._/+@:-]*)'))? *(?: #.*)?$/;
/** A blank or comment-only line. */
const NOTHING_LINE = /^ *(?:#.*)?$/;
/**
 * Plain scalars the YAML 1.2 core schema may resolve to something other than a string (null, booleans,
 * integers in base 8/10/16, floats): left to the real parser. A superset of the schema's own tests.
 */
const MAYBE_NOT_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$|^0[ox]|^[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/;
/** Keys a YAML 1.1 reader (or a later schema) could take for something else: left to the real parser. */
const ODD_KEY = /^(?:y|n|yes|no|on|off|true|false|null)$/i;
/** Longer lines are left to the real parser (implicit keys have a length limit). */
const MAX_LINE = 1_000;
/** A plain scalar the core schema may type (a number, a boolean, null): its text is the parser's to say. */
const TYPED = Symbol('typed scalar');
/**
 * The scalar at a key-only path of a YAML file whose every line is a blank, a comment, or `key:` / `key: value`
 * of a block mapping with a plain key and a plain or simply quoted value; this is what most values files look
 * like, read without the full YAML parser. `{ value }` is exactly what the parser would give: the text, or
 * undefined where the path selects no string. Undefined when the file is anything else (sequences, flow
 * collections, anchors, multi-line scalars, duplicate keys, tabs, CRs...) or the path ends at a scalar the
 * schema may type (`1.10`, `true`, `~`): then the caller asks the parser.
 */
function readSimpleYamlValue(text, keys) {
    const root = parseSimpleMapping(text);
    if (root === undefined)
        return undefined;
    let node = root;
    for (const key of keys) {
        // A key under a scalar or an empty value: the parser's path finds nothing there either.
        if (!(node instanceof Map))
            return { value: undefined };
        node = node.get(key);
    }
    if (node === TYPED)
        return undefined;
    return { value: typeof node === 'string' ? node : undefined };
}
function parseSimpleMapping(text) {
    const root = new Map();
    const stack = [{ indent: 0, map: root }];
    // The last `key:` without a value: more-indented lines after it are its mapping.
    let open;
    for (const line of text.split('\n')) {
        if (line.length > MAX_LINE)
            return undefined;
        if (NOTHING_LINE.test(line))
            continue;
        const match = MAPPING_LINE.exec(line);
        if (match === null)
            return undefined;
        const indent = match[1].length;
        const key = match[2];
        if (ODD_KEY.test(key))
            return undefined;
        if (open !== undefined && indent > open.indent) {
            const child = new Map();
            open.map.set(open.key, child);
            stack.push({ indent, map: child });
        }
        open = undefined;
        while (stack.length > 1 && stack[stack.length - 1].indent > indent)
            stack.pop();
        const frame = stack[stack.length - 1];
        if (frame.indent !== indent || frame.map.has(key))
            return undefined;
        const plain = match[3];
        const quoted = match[4] ?? match[5];
        if (plain !== undefined) {
            frame.map.set(key, MAYBE_NOT_STRING.test(plain) ? TYPED : plain);
        }
        else if (quoted !== undefined)
            frame.map.set(key, quoted);
        else {
            frame.map.set(key, null);
            open = { key, map: frame.map, indent };
        }
    }
    return root;
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
    // Most version files are plain block mappings read by a key-only path: read those without the parser
    // (the whole dashboard's cost was the parser's, once per version file).
    const keys = keyOnly(path);
    const simple = keys === undefined ? undefined : readSimpleYamlValue(text, keys);
    if (simple !== undefined)
        return simple.value === undefined ? undefined : shown(simple.value);
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
            const text = shown(String(value));
            if (text !== undefined)
                return text;
        }
    }
    return undefined;
}
/** The path's keys when it names keys only (`.image.tag`), else undefined. */
function keyOnly(path) {
    const keys = [];
    for (const step of path.steps) {
        if (step.kind !== 'key')
            return undefined;
        keys.push(step.key);
    }
    return keys;
}
/** The value as a cell shows it: one line, at most MAX_VERSION_CHARS; undefined when blank. */
function shown(value) {
    const text = value.replace(/\s+/g, ' ').trim();
    if (text === '')
        return undefined;
    return text.length > MAX_VERSION_CHARS ? `${text.slice(0, MAX_VERSION_CHARS - 1)}…` : text;
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

// EXTERNAL MODULE: ./src/core/drift/create-tree-lookup.ts
var create_tree_lookup = __webpack_require__(3479);
// EXTERNAL MODULE: ./src/core/drift/find-flow-components.ts
var find_flow_components = __webpack_require__(4486);
// EXTERNAL MODULE: ./src/core/promotion/compare-strings.ts
var compare_strings = __webpack_require__(6277);
;// CONCATENATED MODULE: ./src/core/dashboard/list-dashboard-folders.ts



/**
 * Every folder the dashboard shows (each flow's components and their target folders), sorted: the folders the
 * drift map names, known from the tree alone, so the reads they need (version files, last changes) can start
 * before the drift map is built. Flows sharing a sourcePath take the first one's componentPathExtraDepth, as the
 * drift map's tables do.
 */
function listDashboardFolders(tree, flows) {
    const lookup = (0,create_tree_lookup/* createTreeLookup */.d)(tree);
    const depths = new Map();
    for (const flow of flows)
        if (!depths.has(flow.sourcePath))
            depths.set(flow.sourcePath, flow.componentPathExtraDepth);
    const folders = new Set();
    for (const flow of flows) {
        const depth = depths.get(flow.sourcePath);
        for (const component of (0,find_flow_components/* findFlowComponents */.q)(lookup, {
            sourcePath: flow.sourcePath,
            componentPathExtraDepth: depth,
        })) {
            folders.add(component.folder);
            for (const pr of flow.promotionPrs)
                for (const target of pr.targetPaths)
                    folders.add(`${target}${component.component}`);
        }
    }
    return [...folders].sort(compare_strings/* compareStrings */.K);
}

;// CONCATENATED MODULE: ./src/core/dashboard/list-version-blobs.ts
/**
 * Phase 1 of the dashboard: the blobs holding versions (each configured version file of every component
 * folder the drift map names, or of `folders` when given: `listDashboardFolders`), each once, sorted by SHA.
 * Empty when no version path is configured.
 */
function listVersionBlobs(input) {
    const { tree, versionSources: sources } = input;
    if (sources.length === 0)
        return [];
    const wanted = new Map();
    for (const folder of 'folders' in input ? input.folders : mappedFolders(input.driftMap)) {
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
var build_repository_drift_map = __webpack_require__(8116);
;// CONCATENATED MODULE: ./src/use-cases/dashboard/build-repository-dashboard.ts






/**
 * Builds the dashboard at `commit`: the drift map (one tree read), the configured version files (one batch
 * read from a checkout), the folders' last changes (one `git log` walk), then the pure matrix. Open PRs and
 * holds come from the caller (the CLI has none). The configuration and the tree are read together, and the
 * version files and the history walk start before the drift map is computed: git works while the map is built.
 */
async function buildRepositoryDashboard(request, deps) {
    const [loaded, tree] = await Promise.all([
        request.loaded ?? (0,load_repo_config/* loadRepoConfig */.r)(deps.snapshot, request.commit),
        deps.snapshot.readTree(request.commit),
    ]);
    const { config } = loaded;
    const folders = listDashboardFolders(tree, config.promotionPaths);
    const wanted = listVersionBlobs({ tree, folders, versionSources: config.dashboard.version });
    const reads = Promise.all([
        readBlobs(request.commit, wanted, deps),
        deps.history?.lastChanges(request.commit, folders) ?? Promise.resolve(new Map()),
    ]);
    // Settled below; a failure here must not surface as an unhandled rejection while the drift map is built.
    reads.catch(() => undefined);
    const drift = await (0,build_repository_drift_map/* buildRepositoryDriftMap */.Q)({ ...request, loaded }, deps);
    const [blobs, lastChanges] = await reads;
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
 * costs one list call and no write; `force` compares the text itself (after a user ticked boxes in it).
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
        const pin = await pinDashboardIssue(issue, deps);
        return {
            issue: issue.number,
            url: issue.url,
            created: true,
            unchanged: false,
            parts: parts.length,
            writes: parts.length + (pin.pinned ? 1 : 0),
            pin,
        };
    }
    const known = DIGEST_PATTERN.exec(existing.body);
    const result = { issue: existing.number, url: existing.url, created: false, parts: parts.length };
    // `force`: a user edited the parts (ticked boxes): the digest still matches, the text does not.
    if (known?.[1] === digest && deps.force !== true) {
        deps.logger.info(`Dashboard: #${existing.number} is up to date`);
        return { ...result, unchanged: true, writes: 0 };
    }
    let writes = 0;
    if (existing.body !== first) {
        await deps.issues.updateIssueBody(existing.number, first);
        writes++;
    }
    const previousParts = known === null ? Number.POSITIVE_INFINITY : Number(known[2]);
    if (parts.length > 1 || previousParts > 1 || deps.force === true)
        writes += await writeContinuations(existing.number, parts.slice(1), deps);
    deps.logger.info(`Dashboard: updated #${existing.number} (${parts.length} parts, ${writes} writes)`);
    return { ...result, unchanged: false, writes };
}
/** Pins the new issue; a refusal is reported and never fails the update (the matrix is written already). */
async function pinDashboardIssue(issue, deps) {
    let pin;
    try {
        pin = await deps.issues.pinIssue(issue);
    }
    catch (error) {
        pin = { pinned: false, reason: (0,error_message/* errorMessage */.g)(error) };
    }
    if (pin.pinned)
        deps.logger.info(`Dashboard: pinned #${issue.number}`);
    else
        deps.logger.warning(`Dashboard #${issue.number} was not pinned: ${pin.reason}. GitHub pins at most 3 issues per repository and needs a ` +
            'token with write access to issues (permissions: issues: write); pin it from the issue page, or unpin another issue.');
    return pin;
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
    const loaded = await (0,load_repo_config/* loadRepoConfig */.r)(deps.snapshot, request.commit);
    const { config } = loaded;
    if (!config.dashboard.enabled)
        return { status: 'skipped', reason: 'dashboard: off in telefonistka.yaml' };
    if (config.promotionPaths.length === 0)
        return { status: 'skipped', reason: 'no promotionPaths configured' };
    const open = await deps.openPulls.listOpenPullsWithViewer();
    const pulls = listDashboardPulls(open, config.promotionPrAuthors);
    const built = await buildRepositoryDashboard({ ...request, pulls, loaded }, deps);
    for (const warning of built.warnings)
        deps.logger.warning(warning);
    const parts = renderDashboardParts(built.dashboard, { actions: request.actions ?? {} });
    const written = await writeDashboardIssue(parts, {
        issues: deps.issues,
        ownLogin: open.viewer,
        logger: deps.logger,
        force: request.actions !== undefined,
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
 * Updates the dashboard issue after promote on a merged PR (the matrix at the merge commit) and on the schedule
 * after the sweep (at the default branch's head the run was started for, `GITHUB_SHA`), with the open promotion PRs
 * as they are now. Skipped (with a log line) when `dashboard: off` or no `promotionPaths` are configured.
 */
async function runDashboard(inputs) {
    const logger = (0,action_logger/* createActionLogger */.D)();
    const workflow = (0,workflow_context/* readWorkflowContext */.F)();
    const token = inputs.githubToken;
    const commit = dashboardCommit(workflow);
    if (commit === undefined) {
        logger.info(`Dashboard: the ${workflow.eventName} event names no commit to show; nothing to update.`);
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
/** The commit the matrix shows: a merged PR's merge commit, or a scheduled run's default branch head. */
function dashboardCommit(workflow) {
    if (workflow.eventName === 'schedule')
        return workflow.sha;
    const pr = workflow.payload.pull_request;
    return typeof pr?.merge_commit_sha === 'string' ? pr.merge_commit_sha : undefined;
}

// EXTERNAL MODULE: ./src/runtime/sleep.ts
var sleep = __webpack_require__(3083);
;// CONCATENATED MODULE: ./src/use-cases/dashboard/handle-dashboard-edit.ts












/** Marks the note left on a reverted edit; not a dashboard part (parts start with the dashboard marker). */
const NOTE_MARKER = (0,comment_markers/* kindMarker */.Zy)('dashboard-note');
/**
 * Acts on the boxes a writer ticked in the dashboard issue: the edit must be to the dashboard (its markers, its
 * label, opened by this tool's identity; a part comment written by it), not by this identity itself (every
 * update of the dashboard is an edit too). A sender without write access has the edit reverted with a note;
 * a writer's newly ticked boxes are checked against the matrix and dispatched to their handlers, then the
 * dashboard is re-rendered (boxes unticked, outcomes shown above the matrix).
 */
async function handleDashboardEdit(request, deps) {
    const { edit } = request;
    const skipped = notTheDashboard(edit);
    if (skipped !== undefined)
        return { status: 'ignored', reason: skipped };
    const { config } = await (0,load_repo_config/* loadRepoConfig */.r)(deps.snapshot, request.commit);
    if (!config.dashboard.enabled)
        return { status: 'ignored', reason: 'dashboard: off in telefonistka.yaml' };
    const open = await deps.openPulls.listOpenPullsWithViewer();
    const ownAuthor = edit.comment?.author ?? edit.issue.author;
    if (!(0,matches_login/* matchesLogin */.r)(edit.issue.author, open.viewer) || !(0,matches_login/* matchesLogin */.r)(ownAuthor, open.viewer))
        return { status: 'ignored', reason: `#${edit.issue.number} was not written by ${open.viewer}` };
    const permission = await deps.permissions.getPermission(edit.sender);
    if (permission !== 'admin' && permission !== 'write') {
        await deps.logger.group('Revert the edit', () => revert(edit, permission, deps));
        return { status: 'reverted', sender: edit.sender, permission };
    }
    const ticked = findNewlyTicked(edit.previousBody ?? '', edit.comment?.body ?? edit.issue.body);
    if (ticked.length === 0)
        return { status: 'ignored', reason: 'no box was newly ticked' };
    deps.logger.info(`@${edit.sender} ticked: ${ticked.map(describeDashboardAction).join(', ')}`);
    const built = await buildRepositoryDashboard({ ...request, pulls: listDashboardPulls(open, config.promotionPrAuthors) }, deps);
    const outcomes = [];
    for (const action of ticked)
        outcomes.push(await deps.logger.group(`Act: ${action.kind}`, () => act(action, { dashboard: built.dashboard, actor: edit.sender, deps })));
    const update = await deps.logger.group('Re-render the dashboard', () => updateDashboard({ ...request, actions: { outcomes, actor: edit.sender } }, deps));
    return { status: 'acted', actor: edit.sender, outcomes, update };
}
/** Why the edit is none of the dashboard's business, judged from the event alone (no API call). */
function notTheDashboard(edit) {
    const start = `${comment_markers/* telefonistkaTag */.Wy}\n${(0,comment_markers/* kindMarker */.Zy)(DASHBOARD_KIND)}\n`;
    if (!edit.issue.body.startsWith(start) || !edit.issue.labels.includes(DASHBOARD_LABEL))
        return `#${edit.issue.number} is not the dashboard issue`;
    if (edit.comment !== undefined && !edit.comment.body.startsWith(start))
        return 'the edited comment is not a part of the dashboard';
    if (edit.previousBody === undefined)
        return 'the body did not change';
    // Whoever wrote the edited object edited it: this tool updating the dashboard (or the author of a look-alike).
    if ((0,matches_login/* matchesLogin */.r)(edit.sender, edit.comment?.author ?? edit.issue.author))
        return `edited by its own author ${edit.sender}`;
    return undefined;
}
async function revert(edit, permission, deps) {
    const before = edit.previousBody ?? '';
    if (edit.comment === undefined)
        await deps.issues.updateIssueBody(edit.issue.number, before);
    else
        await deps.issues.updateIssueComment(edit.comment.id, before);
    const who = /^[A-Za-z0-9-]+(\[bot\])?$/.test(edit.sender) ? `@${edit.sender}` : 'Your';
    await deps.issues.createIssueComment(edit.issue.number, `${comment_markers/* telefonistkaTag */.Wy}\n${NOTE_MARKER}\n${who}: only people with write access act through this dashboard ` +
        `(GitHub reports your permission as \`${permission}\`), so your edit was reverted. Ask a maintainer to tick ` +
        'the box, or to promote with the promote workflow.');
    deps.logger.info(`Reverted an edit by ${edit.sender} (permission ${permission})`);
}
async function act(action, context) {
    if (!isDashboardTarget(context.dashboard, action))
        return {
            action,
            outcome: 'refused',
            message: 'the dashboard has no such cell or environment (the box does not match the matrix); nothing done',
        };
    const run = bindHandler(context.deps.handlers, action);
    if (run === undefined)
        return { action, outcome: 'refused', message: `${action.kind} is not available in this version` };
    try {
        return await run({ actor: context.actor, now: context.deps.now(), dashboard: context.dashboard });
    }
    catch (error) {
        const message = (0,error_message/* errorMessage */.g)(error);
        context.deps.logger.error(`${action.kind} failed: ${message}`);
        return { action, outcome: 'failed', message };
    }
}
/** The handler of the action's kind, bound to it (undefined when this version has none). */
function bindHandler(handlers, action) {
    switch (action.kind) {
        case 'promote':
            return bound(handlers.promote, action);
        case 'hold':
            return bound(handlers.hold, action);
        case 'release':
            return bound(handlers.release, action);
        case 'rollback':
            return bound(handlers.rollback, action);
        case 'bundle':
            return bound(handlers.bundle, action);
    }
}
function bound(handler, action) {
    return handler === undefined ? undefined : (context) => handler(action, context);
}

// EXTERNAL MODULE: ./src/actions/promote/promote-options.ts + 1 modules
var promote_options = __webpack_require__(3437);
// EXTERNAL MODULE: ./src/use-cases/promote/manual-pull-request.ts
var manual_pull_request = __webpack_require__(3262);
// EXTERNAL MODULE: ./src/use-cases/promote/promote-merged-pull-request.ts + 16 modules
var promote_merged_pull_request = __webpack_require__(1660);
;// CONCATENATED MODULE: ./src/use-cases/dashboard/create-promote-action-handler.ts



/**
 * The dashboard's "promote now": the manual-promotion path of promote's `workflow_dispatch` (the upstream
 * folder from the default branch, restricted to the cell's environment), credited to the person who ticked.
 * Idempotent: a cell already in sync, or with a promotion PR open into it, is answered `unchanged`; the
 * promotion branch is named by its targets, so a re-run or a concurrent run updates the same PR.
 */
function createPromoteActionHandler(setup) {
    return async (action, context) => {
        const cell = context.dashboard === undefined ? undefined : findDashboardCell(context.dashboard, action.folder);
        const early = judgeCell(action, cell);
        if (early !== undefined || cell?.upstream === undefined)
            return early ?? refused(action, 'not a promotion target');
        if (setup.options.dryRun)
            return refused(action, 'dry-run is on: nothing is promoted');
        const environment = cell.environment;
        const result = await (0,promote_merged_pull_request/* promoteMergedPullRequest */.B)((0,manual_pull_request/* manualPullRequest */.r)(context.actor), { ...setup.options, manual: { folders: [cell.upstream], targets: [environment] } }, setup.deps);
        if (result.dryRun)
            return refused(action, 'dryRunMode is on in telefonistka.yaml: nothing is promoted');
        const mine = result.results.find((r) => r.targets.some((target) => target.replace(/\/+$/, '') === action.folder));
        if (mine === undefined) {
            const why = result.warnings.find((warning) => warning.includes(environment)) ?? result.warnings[0];
            return refused(action, `telefonistka.yaml plans no promotion into it${why === undefined ? '' : ` (${why})`}`);
        }
        return outcomeOf(action, mine);
    };
}
function judgeCell(action, cell) {
    if (cell === undefined)
        return refused(action, 'the dashboard has no such cell');
    if (cell.upstream === undefined)
        return refused(action, 'nothing promotes into this folder');
    if (cell.hold !== undefined)
        return refused(action, `held by @${cell.hold.by} (${cell.hold.reason}): release it first`);
    if (cell.pull !== undefined)
        return {
            action,
            outcome: 'unchanged',
            message: `already pending in #${cell.pull.number}`,
            pull: cell.pull,
        };
    if (cell.status === 'in-sync' || cell.status === 'acknowledged')
        return { action, outcome: 'unchanged', message: 'already in sync with its upstream' };
    if (cell.status === 'skipped')
        return refused(action, 'telefonistka.yaml never promotes it there (promotionTargetAllowList/BlockList)');
    return undefined;
}
function outcomeOf(action, result) {
    const pull = result.number === undefined || result.url === undefined
        ? undefined
        : { number: result.number, url: result.url };
    switch (result.action) {
        case 'opened':
        case 'updated':
        case 'merged':
            return {
                action,
                outcome: 'done',
                message: `${result.action} a promotion PR${mergeNote(result)}`,
                pull,
            };
        case 'unchanged':
        case 'up-to-date':
            return { action, outcome: 'unchanged', message: 'already promoted: nothing new to write', pull };
        case 'superseded':
            return {
                action,
                outcome: 'unchanged',
                message: `newer work owns it${result.supersededBy?.length ? ` (#${result.supersededBy.join(', #')})` : ''}`,
            };
        case 'failed':
            return { action, outcome: 'failed', message: result.error ?? 'the promotion failed', pull };
    }
}
function mergeNote(result) {
    if (result.merge === 'auto-merge-enabled')
        return ' (auto-merge enabled)';
    if (result.merge === 'left-open' && result.mergeNote !== undefined)
        return ` (left open: ${result.mergeNote})`;
    return '';
}
function refused(action, message) {
    return { action, outcome: 'refused', message };
}

;// CONCATENATED MODULE: ./src/actions/dashboard/dashboard-action-handlers.ts

/**
 * The handlers of the dashboard's checkboxes in this version: a kind missing here is answered "not available
 * in this version" on the dashboard, never dropped.
 */
function dashboardActionHandlers(setup) {
    return { promote: createPromoteActionHandler(setup) };
}

;// CONCATENATED MODULE: ./src/actions/dashboard/dashboard-edit-from-event.ts
const dashboard_edit_from_event_text = (value) => (typeof value === 'string' ? value : '');
const loginOf = (value) => dashboard_edit_from_event_text(value?.login);
/**
 * The dashboard edit an `issues` or `issue_comment` `edited` event carries (the issue, the edited comment, the
 * body before the edit from `changes.body.from`, the sender); undefined for other events and for pull requests.
 */
function dashboardEditFromEvent(eventName, payload) {
    if (payload.action !== 'edited')
        return undefined;
    if (eventName !== 'issues' && eventName !== 'issue_comment')
        return undefined;
    const issue = payload.issue;
    if (issue === undefined || issue === null || issue.pull_request !== undefined)
        return undefined;
    const number = Number(issue.number);
    if (!Number.isSafeInteger(number) || number <= 0)
        return undefined;
    const changes = payload.changes;
    const from = changes?.body?.from;
    const labels = Array.isArray(issue.labels)
        ? issue.labels.map((label) => (typeof label === 'string' ? label : dashboard_edit_from_event_text(label?.name)))
        : [];
    const edit = {
        issue: { number, author: loginOf(issue.user), body: dashboard_edit_from_event_text(issue.body), labels },
        previousBody: typeof from === 'string' ? from : undefined,
        sender: loginOf(payload.sender),
    };
    if (eventName === 'issues')
        return edit;
    const comment = payload.comment;
    const id = Number(comment?.id);
    if (comment === undefined || !Number.isSafeInteger(id))
        return undefined;
    return { ...edit, comment: { id, author: loginOf(comment.user), body: dashboard_edit_from_event_text(comment.body) } };
}

;// CONCATENATED MODULE: ./src/actions/dashboard/run-dashboard-edit.ts















/**
 * Handles an edit of the dashboard issue (`issues` / `issue_comment` `edited`): acts on the boxes a writer ticked
 * (promote through promote's own inputs: merge mode, chain, approver) at the default branch's head, reverts a
 * non-writer's edit, and writes the outcomes to the job summary.
 */
async function runDashboardEdit(inputs) {
    const logger = (0,action_logger/* createActionLogger */.D)();
    const workflow = (0,workflow_context/* readWorkflowContext */.F)();
    const edit = dashboardEditFromEvent(workflow.eventName, workflow.payload);
    if (edit === undefined)
        return logger.info('Dashboard: the event is not an edit of an issue; nothing to do.');
    const client = (token) => (0,workflow_github/* createWorkflowGitHub */.d)({ ...inputs, token }, workflow, logger);
    const github = client(inputs.githubToken);
    const approver = inputs.approverToken === undefined ? undefined : client(inputs.approverToken);
    const checkoutDir = inputs.checkoutPath ?? workflow.workspace;
    const access = await (0,detect_repository_access/* detectRepositoryAccess */.U)(checkoutDir, github, logger);
    const defaultBranch = await (0,workflow_github/* workflowDefaultBranch */.P)(workflow, github);
    const commit = workflow.sha ?? (await github.getBranchSha(defaultBranch));
    if (commit === undefined)
        throw new Error(`the default branch ${defaultBranch} was not found`);
    const options = await (0,promote_options/* promoteOptions */.Z)(inputs, workflow, { defaultBranch, checkoutDir });
    const adapter = {
        token: inputs.githubToken,
        owner: workflow.owner,
        repo: workflow.repo,
        baseUrl: workflow.apiUrl,
        logger,
    };
    let openPullCalls = 0;
    const issues = createOctokitIssues({
        ...adapter,
        writeIntervalMs: inputs.writeIntervalMs,
        scrubText: secret_registry/* scrubSecrets */.Z,
    });
    const result = await handleDashboardEdit({ edit, commit, today: new Date().toISOString().slice(0, 10) }, {
        snapshot: access.snapshot,
        history: access.localGit !== undefined && checkoutDir !== undefined
            ? createGitHistory(checkoutDir)
            : undefined,
        openPulls: createGraphqlOpenPulls({ ...adapter, onRequest: () => openPullCalls++ }),
        issues,
        logger,
        permissions: github,
        handlers: dashboardActionHandlers({
            options,
            deps: { github, approver, ...access, logger, sleep: sleep/* sleep */.y },
        }),
        now: () => new Date(),
    });
    const apiCalls = github.callCount() + (approver?.callCount() ?? 0) + openPullCalls + issues.callCount();
    await (0,outputs/* writeSummary */.S)(`### Promotion dashboard: edit of #${edit.issue.number}\n\n${describe(result)}\n\nGitHub API calls spent by this step: **${apiCalls}**\n`);
    const failed = result.status === 'acted' ? result.outcomes.filter((o) => o.outcome === 'failed') : [];
    if (failed.length > 0)
        throw new Error(`${failed.length} dashboard action(s) failed:\n${failed.map((o) => `- ${o.action.kind}: ${o.message}`).join('\n')}`);
}
function describe(result) {
    if (result.status === 'ignored')
        return `Ignored: ${result.reason}.`;
    if (result.status === 'reverted')
        return `Reverted the edit of @${result.sender}: GitHub reports their permission as \`${result.permission}\`; only writers act.`;
    return renderActionOutcomes(result.outcomes, { actor: result.actor });
}

// EXTERNAL MODULE: ./src/actions/promote/read-promote-inputs.ts
var read_promote_inputs = __webpack_require__(1641);
;// CONCATENATED MODULE: ./src/actions/main/flows/dashboard-flow.ts





/**
 * The dashboard flow: its reader and runner in one chunk, loaded only for an event that routes to it. An edit of
 * the dashboard issue acts on its checkboxes (promote needs promote's inputs); any other event updates it.
 */
const prepareDashboardFlow = () => {
    if (['issues', 'issue_comment'].includes((0,workflow_context/* readWorkflowContext */.F)().eventName)) {
        const inputs = (0,read_promote_inputs/* readPromoteInputs */.Q)();
        return () => runDashboardEdit(inputs);
    }
    const inputs = readDashboardInputs();
    return () => runDashboard(inputs);
};


/***/ })

};
