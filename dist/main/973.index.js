export const id = 973;
export const ids = [973];
export const modules = {

/***/ 75973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareDashboardFlow: () => (/* binding */ prepareDashboardFlow)
});

// EXTERNAL MODULE: ./src/runtime/debug-inputs.ts
var debug_inputs = __webpack_require__(47493);
// EXTERNAL MODULE: ./src/runtime/inputs.ts
var runtime_inputs = __webpack_require__(12291);
// EXTERNAL MODULE: ./src/actions/shared/read-github-inputs.ts
var read_github_inputs = __webpack_require__(91123);
// EXTERNAL MODULE: ./src/actions/shared/read-write-interval.ts
var read_write_interval = __webpack_require__(96685);
;// CONCATENATED MODULE: ./src/actions/dashboard/read-dashboard-inputs.ts




/** Reads and validates the dashboard flow's inputs (the token and checkout of promote, the write spacing). */
function readDashboardInputs(inputs = (0,runtime_inputs/* createInputReader */.i)()) {
    const read = { ...(0,read_github_inputs/* readGitHubInputs */.B)(inputs), ...(0,read_write_interval/* readWriteInterval */.T)(inputs) };
    (0,debug_inputs/* debugInputs */.h)('dashboard', read);
    return read;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/adapters/git/create-git-history.ts

/**
 * Blob texts and folder history from a local repository: one `git cat-file --batch` for every blob, one
 * `git log -z --name-only` walk (stopped once every folder is dated) for the last changes. No API calls.
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
    const child = (0,external_node_child_process_.spawn)('git', ['-C', directory, 'log', '-z', '--no-renames', '--format=%x01%ct', '--name-only', commit, '--'], {
        stdio: ['ignore', 'pipe', 'ignore'],
    });
    let time = '';
    let rest = '';
    // The folder of the last file of this commit: a commit lists its files sorted, so the next file is
    // often in the same folder, whose folders are dated already.
    let lastFolder = '';
    // With -z every name ends in NUL, unquoted (a name with non-ASCII or special characters is quoted without it);
    // a commit's header is `\x01<time>` NUL, and its first name follows a newline.
    const take = (token) => {
        const line = token.startsWith('\n') ? token.slice(1) : token;
        if (line.startsWith('\u0001')) {
            time = new Date(Number(line.slice(1)) * 1000).toISOString().replace('.000Z', 'Z');
            lastFolder = '';
        }
        else if (line !== '' && time !== '') {
            const last = line.lastIndexOf('/');
            if (last <= 0 || (last === lastFolder.length && line.startsWith(lastFolder)))
                return;
            lastFolder = line.slice(0, last);
            for (let slash = last; slash > 0; slash = line.lastIndexOf('/', slash - 1)) {
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
            const lines = (rest + chunk).split('\0');
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
var rest_login = __webpack_require__(73626);
// EXTERNAL MODULE: ./src/core/errors/external-error.ts
var external_error = __webpack_require__(91787);
// EXTERNAL MODULE: ./src/core/errors/error-message.ts
var error_message = __webpack_require__(98307);
// EXTERNAL MODULE: ./src/adapters/github/create-counted-octokit.ts + 2 modules
var create_counted_octokit = __webpack_require__(57969);
;// CONCATENATED MODULE: ./src/adapters/github/create-graphql-client.ts



/** The one GraphQL set-up of the adapters: a throttled, retrying, counted Octokit bound to one repository. */
function createGraphqlClient(options) {
    const { octokit } = (0,create_counted_octokit/* createCountedOctokit */.I)(options);
    const repository = { owner: options.owner, name: options.repo };
    return async (operation, document, variables = {}) => {
        try {
            return await octokit.graphql(document, { ...repository, ...variables });
        }
        catch (error) {
            throw new external_error/* ExternalError */.y((0,error_message/* errorMessage */.g)(error), {
                service: 'GitHub',
                operation,
                status: statusOf(error),
                cause: error,
            });
        }
    };
}
/** HTTP status, or the status a GraphQL error type stands for. */
function statusOf(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    if ('status' in error && typeof error.status === 'number')
        return error.status;
    const errors = 'errors' in error && Array.isArray(error.errors) ? error.errors : [];
    const type = errors[0]?.type;
    if (type === 'NOT_FOUND')
        return 404;
    if (type === 'FORBIDDEN')
        return 403;
    return undefined;
}

;// CONCATENATED MODULE: ./src/adapters/github/create-graphql-open-pulls.ts


const QUERY = `query($owner: String!, $name: String!, $after: String) {
  viewer { login }
  repository(owner: $owner, name: $name) {
    pinnedIssues(first: 3) { totalCount nodes { issue { number } } }
    pullRequests(states: OPEN, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { number url headRefName body author { __typename login } }
    }
  }
}`;
/** The OpenPullsPort over one GraphQL query: the viewer and the open PRs together, counting each request. */
function createGraphqlOpenPulls(options) {
    const query = createGraphqlClient(options);
    return {
        async listOpenPullsWithViewer() {
            const pulls = [];
            let viewer;
            let pinned;
            let after = null;
            do {
                const page = await query('list open pull requests', QUERY, { after });
                viewer = page.viewer.login;
                pinned ??= pinnedOf(page);
                const connection = page.repository?.pullRequests;
                for (const node of connection?.nodes ?? [])
                    pulls.push(toPull(node));
                after = connection?.pageInfo.hasNextPage === true ? connection.pageInfo.endCursor : null;
            } while (after !== null);
            return { viewer: viewer ?? '', pulls, pinned };
        },
    };
}
function toPull(node) {
    const author = node.author === null || node.author === undefined ? '' : (0,rest_login/* restLogin */.Q)(node.author);
    return { number: node.number, url: node.url, headRef: node.headRefName, body: node.body, author };
}
/** The pinned issues of the page (GitHub pins at most three, so `first: 3` reads them all). */
function pinnedOf(page) {
    const connection = page.repository?.pinnedIssues;
    if (connection === null || connection === undefined)
        return undefined;
    const numbers = (connection.nodes ?? []).flatMap((node) => (node === null ? [] : [node.issue.number]));
    return { numbers, total: connection.totalCount };
}

;// CONCATENATED MODULE: ./src/adapters/github/create-octokit-issues.ts



/** The IssuesPort over Octokit (REST), counting every request it sends. */
function createOctokitIssues(options) {
    const { octokit, repo, callCount } = (0,create_counted_octokit/* createCountedOctokit */.I)(options);
    return {
        callCount,
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
var action_logger = __webpack_require__(97653);
// EXTERNAL MODULE: ./src/runtime/outputs.ts
var outputs = __webpack_require__(18506);
// EXTERNAL MODULE: ./src/runtime/secret-registry.ts
var secret_registry = __webpack_require__(66148);
// EXTERNAL MODULE: ./src/runtime/workflow-context.ts
var workflow_context = __webpack_require__(37337);
;// CONCATENATED MODULE: ./src/use-cases/dashboard/read-dashboard-head.ts
/**
 * The default branch's head now, readable by the snapshot the matrix is built from: with a checkout, `git ls-remote`
 * and, when the checkout lacks it, a fetch of that one commit (git's protocol, no API request); without one, one API
 * read of the branch (the API snapshot reads any commit). Undefined when the branch is gone or the fetch was refused:
 * the caller keeps the commit it has.
 */
async function readDashboardHead(defaultBranch, deps) {
    const git = deps.localGit;
    if (deps.snapshot.source === 'local' && git !== undefined) {
        const head = await git.remoteBranchSha(defaultBranch);
        if (head === undefined)
            return undefined;
        if (await git.hasCommit(head))
            return head;
        return (await git.fetch([head])) && (await git.hasCommit(head)) ? head : undefined;
    }
    return deps.github.getBranchSha(defaultBranch);
}

// EXTERNAL MODULE: ./src/core/comments/split-comment.ts + 4 modules
var split_comment = __webpack_require__(27440);
// EXTERNAL MODULE: ./src/core/comments/markdown-code.ts
var markdown_code = __webpack_require__(95947);
// EXTERNAL MODULE: ./src/core/comments/inert-text.ts
var inert_text = __webpack_require__(76988);
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
        // Handlers quote the holds file, GitHub's errors and folder names: shown as text, never as markdown.
        const message = (0,inert_text/* inertText */.U)(outcome.message);
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
                    label: `release ${name} in ${where} (held by ${(0,markdown_code/* codeSpan */.SS)(cell.hold.by)} since ${cell.hold.since.slice(0, 10)})`,
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
var render_dashboard_graph = __webpack_require__(49522);
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
var load_repo_config = __webpack_require__(99310);
// EXTERNAL MODULE: ./src/core/concurrency/map-with-concurrency.ts
var map_with_concurrency = __webpack_require__(31748);
// EXTERNAL MODULE: ./src/core/drift/create-tree-lookup.ts + 2 modules
var create_tree_lookup = __webpack_require__(5851);
// EXTERNAL MODULE: ./src/core/promotion/literal-prefix.ts
var literal_prefix = __webpack_require__(24667);
// EXTERNAL MODULE: ./src/core/dashboard/order-chain.ts
var order_chain = __webpack_require__(65784);
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
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/bump/bump-edit-error.ts
var bump_edit_error = __webpack_require__(63920);
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
    const lookup = (0,create_tree_lookup/* createTreeLookup */.d)(input.tree);
    // Per version source: blob SHA -> the version it holds (the same file content is read once).
    const versions = input.versionSources.map(() => new Map());
    const versionOf = (folder) => {
        for (const [i, source] of input.versionSources.entries()) {
            const sha = lookup.fileSha(folder, source.file);
            const text = sha === undefined ? undefined : input.blobs.get(sha);
            if (text === undefined || sha === undefined)
                continue;
            const read = versions[i];
            if (!read.has(sha))
                read.set(sha, readVersion(text, source.path));
            const version = read.get(sha);
            if (version !== undefined)
                return version;
        }
        return undefined;
    };
    const rows = listComponents(input.driftMap).map((component) => ({
        component,
        cells: graph.environments.map((environment) => {
            const folder = `${environment}${component}`;
            const treeSha = lookup.treeSha(folder);
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
    return {
        environments: graph.environments,
        edges: summarizeHops(graph.hops, rows, graph.environments),
        rows,
    };
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
function summarizeHops(hops, rows, environments) {
    return hops.map((hop) => {
        // Every row has one cell per environment, in the environments' order.
        const column = environments.indexOf(hop.to);
        const edge = {
            from: hop.from,
            to: hop.to,
            pending: 0,
            openPulls: new Set(),
            held: 0,
            gates: {},
        };
        for (const row of rows) {
            const cell = column < 0 ? undefined : row.cells[column];
            if (cell?.upstream === undefined || !joins(cell.upstream, hop.from, row.component))
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
/** `text === head + tail`, without building the string. */
function joins(text, head, tail) {
    return text.length === head.length + tail.length && text.startsWith(head) && text.endsWith(tail);
}

// EXTERNAL MODULE: ./src/core/drift/find-flow-components.ts
var find_flow_components = __webpack_require__(94486);
// EXTERNAL MODULE: ./src/core/drift/sort-by-code-point.ts
var sort_by_code_point = __webpack_require__(45628);
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
    return (0,sort_by_code_point/* sortByCodePoint */.T)([...folders]);
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
    const lookup = (0,create_tree_lookup/* createTreeLookup */.d)(tree);
    const wanted = new Map();
    for (const folder of 'folders' in input ? input.folders : mappedFolders(input.driftMap)) {
        for (const source of sources) {
            const sha = lookup.fileSha(folder, source.file);
            if (sha !== undefined && !wanted.has(sha))
                wanted.set(sha, `${folder}/${source.file}`);
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
var build_repository_drift_map = __webpack_require__(38116);
// EXTERNAL MODULE: ./src/core/errors/config-error.ts
var config_error = __webpack_require__(30826);
// EXTERNAL MODULE: ./src/use-cases/holds/read-holds.ts
var read_holds = __webpack_require__(70711);
;// CONCATENATED MODULE: ./src/use-cases/holds/read-shown-holds.ts


/**
 * The holds to show (dashboard, CLI): the holds file at `commit` as a list (not read when `commit`'s tree, if
 * given, has none); a broken file shows no holds and says why in a warning (with file:line:col) instead of
 * failing the view — promote and the sweep fail closed.
 */
async function readShownHolds(snapshot, commit, tree) {
    try {
        const read = await (0,read_holds/* readHolds */.R)(snapshot, commit, tree);
        return { holds: [...read.holds.values()], warnings: read.warnings };
    }
    catch (error) {
        if (!(error instanceof config_error/* ConfigError */.x))
            throw error;
        return { holds: [], warnings: [`holds are not shown: ${error.message}`] };
    }
}

;// CONCATENATED MODULE: ./src/use-cases/dashboard/build-repository-dashboard.ts







/**
 * Builds the dashboard at `commit`: the drift map (one tree read), the configured version files (one batch
 * read from a checkout), the folders' last changes (one `git log` walk), then the pure matrix. Open PRs come
 * from the caller (the CLI has none); holds too, else `.telefonistka/holds.yaml` at the commit. The configuration and the tree are read together, and the
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
    const held = request.holds === undefined
        ? await readShownHolds(deps.snapshot, request.commit, tree)
        : { holds: request.holds, warnings: [] };
    deps.logger.info(`Dashboard: ${wanted.length} version files read, ${lastChanges.size} folders dated`);
    const dashboard = buildDashboard({
        flows: config.promotionPaths,
        tree,
        driftMap: drift.map,
        blobs,
        versionSources: config.dashboard.version,
        pulls: request.pulls ?? [],
        holds: held.holds,
        lastChanges,
    });
    return { commit: request.commit, config, dashboard, warnings: [...drift.warnings, ...held.warnings] };
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
var matches_login = __webpack_require__(40083);
// EXTERNAL MODULE: ./src/core/promotion/parse-promotion-metadata.ts
var parse_promotion_metadata = __webpack_require__(7906);
// EXTERNAL MODULE: ./src/use-cases/shared/read-trusted-promotion-metadata.ts
var read_trusted_promotion_metadata = __webpack_require__(12825);
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
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/comments/comment-markers.ts
var comment_markers = __webpack_require__(49681);
// EXTERNAL MODULE: ./src/core/comments/plan-comment-updates.ts
var plan_comment_updates = __webpack_require__(11992);
;// CONCATENATED MODULE: ./src/use-cases/dashboard/write-dashboard-issue.ts






/** The label that finds the dashboard issue in one list call. */
const DASHBOARD_LABEL = 'telefonistka-dashboard';
/** The dashboard issue's title. */
const DASHBOARD_TITLE = 'Promotion dashboard';
const DIGEST_PATTERN = /<!-- telefonistka:dashboard:digest:([0-9a-f]{40}):parts:(\d{1,3}) -->/;
/** Marks a dashboard whose pin GitHub refused: later updates retry it, once per run, until it is pinned. */
const PIN_REFUSED_MARKER = '<!-- telefonistka:dashboard:pin-refused -->';
/** GitHub pins at most three issues per repository. */
const MAX_PINNED_ISSUES = 3;
/**
 * Makes the dashboard issue show `parts`: part 1 is the issue body, later parts its comments (edited in place,
 * created, or deleted when the matrix shrinks). The issue is the oldest open one labelled `telefonistka-dashboard`
 * that starts with the dashboard's hidden markers and that `ownLogin` wrote (a look-alike by anyone else is never
 * adopted); it is created when there is none. Part 1 carries a digest of every part, so an unchanged dashboard
 * costs one list call and no write; `force` compares the text itself (after a user ticked boxes in it).
 * A new issue is pinned; when GitHub refuses, part 1 carries a hidden marker and a later update that finds the issue
 * still unpinned tries again (one attempt per run, none while three issues are pinned, none once it is pinned). A
 * dashboard someone unpinned by hand after it was pinned carries no marker and stays unpinned.
 */
async function writeDashboardIssue(parts, deps) {
    const digest = (0,external_node_crypto_.createHash)('sha1').update(parts.join('\u0000')).digest('hex');
    const first = `${parts[0] ?? ''}\n<!-- telefonistka:dashboard:digest:${digest}:parts:${parts.length} -->`;
    const existing = await findDashboardIssue(deps);
    if (existing === undefined)
        return createDashboardIssue(parts, first, deps);
    const known = DIGEST_PATTERN.exec(existing.body);
    const wasRefused = existing.body.includes(PIN_REFUSED_MARKER);
    const pinnedNow = deps.pinned?.numbers.includes(existing.number);
    const retried = wasRefused && pinnedNow === false ? await retryPin(existing, deps) : undefined;
    const pin = retried?.pin;
    const stillRefused = wasRefused && pinnedNow !== true && pin?.pinned !== true;
    const body = stillRefused ? `${first}\n${PIN_REFUSED_MARKER}` : first;
    const pinWrites = retried?.requested === true ? 1 : 0;
    const result = { issue: existing.number, url: existing.url, created: false, parts: parts.length, pin };
    // `force`: a user edited the parts (ticked boxes): the digest still matches, the text does not.
    if (known?.[1] === digest && deps.force !== true && wasRefused === stillRefused) {
        deps.logger.info(`Dashboard: #${existing.number} is up to date`);
        return { ...result, unchanged: true, writes: pinWrites };
    }
    let writes = pinWrites;
    if (existing.body !== body) {
        await deps.issues.updateIssueBody(existing.number, body);
        writes++;
    }
    const previousParts = known === null ? Number.POSITIVE_INFINITY : Number(known[2]);
    if (parts.length > 1 || previousParts > 1 || deps.force === true)
        writes += await writeContinuations(existing.number, parts.slice(1), deps);
    deps.logger.info(`Dashboard: updated #${existing.number} (${parts.length} parts, ${writes} writes)`);
    return { ...result, unchanged: false, writes };
}
/** Creates the issue and its part comments, then pins it; a refused pin is marked in part 1 for a later retry. */
async function createDashboardIssue(parts, first, deps) {
    const issue = await deps.issues.createIssue({
        title: DASHBOARD_TITLE,
        body: first,
        labels: [DASHBOARD_LABEL],
    });
    for (const part of parts.slice(1))
        await deps.issues.createIssueComment(issue.number, part);
    deps.logger.info(`Dashboard: created #${issue.number} (${parts.length} parts)`);
    const { pin, requested } = await attemptPin(issue, deps);
    if (!pin.pinned)
        await deps.issues.updateIssueBody(issue.number, `${first}\n${PIN_REFUSED_MARKER}`);
    return {
        issue: issue.number,
        url: issue.url,
        created: true,
        unchanged: false,
        parts: parts.length,
        // The parts, the pin request when one was made, and the body again with the marker when it was refused.
        writes: parts.length + (requested ? 1 : 0) + (pin.pinned ? 0 : 1),
        pin,
    };
}
/** The retry of a pin GitHub refused before, on an update that finds the issue still unpinned. */
async function retryPin(issue, deps) {
    deps.logger.info(`Dashboard: #${issue.number} is not pinned (GitHub refused it before): trying again`);
    return attemptPin(issue, deps);
}
/**
 * Pins the issue; a refusal is reported and never fails the update (the matrix is written already). While three
 * issues are pinned (read with the open PRs) GitHub would refuse: no request is made.
 */
async function attemptPin(issue, deps) {
    let pin;
    const pinned = deps.pinned;
    const full = pinned !== undefined && pinned.total >= MAX_PINNED_ISSUES;
    if (full)
        pin = {
            pinned: false,
            reason: `${pinned.total} issues are pinned already (${pinned.numbers.map((n) => `#${n}`).join(', ')})`,
        };
    else {
        try {
            pin = await deps.issues.pinIssue(issue);
        }
        catch (error) {
            pin = { pinned: false, reason: (0,error_message/* errorMessage */.g)(error) };
        }
    }
    if (pin.pinned)
        deps.logger.info(`Dashboard: pinned #${issue.number}`);
    else
        deps.logger.warning(`Dashboard #${issue.number} was not pinned: ${pin.reason}. GitHub pins at most 3 issues per repository and needs a ` +
            'token with write access to issues (permissions: issues: write); pin it from the issue page, or unpin another ' +
            'issue: a later update tries again.');
    return { pin, requested: !full };
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
        pinned: open.pinned,
        logger: deps.logger,
        force: request.actions !== undefined || request.force === true,
    });
    return {
        status: 'written',
        ...written,
        components: built.dashboard.rows.length,
        environments: built.dashboard.environments.length,
    };
}

// EXTERNAL MODULE: ./src/actions/shared/detect-repository-access.ts + 6 modules
var detect_repository_access = __webpack_require__(95108);
// EXTERNAL MODULE: ./src/actions/shared/workflow-github.ts
var workflow_github = __webpack_require__(10494);
;// CONCATENATED MODULE: ./src/actions/dashboard/run-dashboard.ts











/**
 * Updates the dashboard issue after promote on a merged PR and on the schedule after the sweep, with the open
 * promotion PRs as they are now, at the default branch's head as it is now (promote or the sweep may just have
 * merged; `git ls-remote` and a fetch of that one commit with a checkout, else one API read), falling back to the
 * event's commit (the merge commit, `GITHUB_SHA`) when the payload names no default branch. Skipped (with a log line) when `dashboard: off` or no `promotionPaths` are configured.
 */
async function runDashboard(inputs) {
    const logger = (0,action_logger/* createActionLogger */.D)();
    const workflow = (0,workflow_context/* readWorkflowContext */.F)();
    const token = inputs.githubToken;
    const eventCommit = dashboardCommit(workflow);
    if (eventCommit === undefined) {
        logger.info(`Dashboard: the ${workflow.eventName} event names no commit to show; nothing to update.`);
        return;
    }
    const github = (0,workflow_github/* createWorkflowGitHub */.d)({ ...inputs, token }, workflow, logger);
    const checkoutDir = inputs.checkoutPath ?? workflow.workspace;
    const { localGit, snapshot } = await (0,detect_repository_access/* detectRepositoryAccess */.U)(checkoutDir, github, logger);
    // The flow before this one (promote, the sweep) may have merged: show the default branch as it is now. Its name
    // comes from the payload; without it (an older schedule payload) the event's commit is shown, at no extra request.
    const defaultBranch = workflow.payload.repository
        ?.default_branch;
    const head = typeof defaultBranch === 'string'
        ? await readDashboardHead(defaultBranch, { github, snapshot, localGit })
        : undefined;
    const commit = head ?? eventCommit;
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
/** The event's commit: a merged PR's merge commit, or a scheduled run's default branch head; none for others. */
function dashboardCommit(workflow) {
    if (workflow.eventName === 'schedule')
        return workflow.sha;
    const pr = workflow.payload.pull_request;
    return typeof pr?.merge_commit_sha === 'string' ? pr.merge_commit_sha : undefined;
}

;// CONCATENATED MODULE: ./src/adapters/github/create-graphql-folder-history.ts


// One query: the branch head, the folder there, its newest change (git's `log -1 -- <folder>`), that change's
// first parent with the folder as it was, and the PRs GitHub associates with the change.
const create_graphql_folder_history_QUERY = `query($owner: String!, $name: String!, $ref: String!, $path: String!) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) {
      target {
        ... on Commit {
          oid
          tree { oid }
          file(path: $path) { oid type }
          history(first: 1, path: $path) {
            nodes {
              oid url messageHeadline committedDate
              parents(first: 1) { nodes { oid file(path: $path) { oid type } } }
              associatedPullRequests(first: 5) {
                nodes { number url title headRefName merged author { __typename login } }
              }
            }
          }
        }
      }
    }
  }
}`;
/** The FolderHistoryPort over one GraphQL query per folder (counted through `onRequest`). */
function createGraphqlFolderHistory(options) {
    const query = createGraphqlClient(options);
    return {
        async readFolderHistory(branch, folder) {
            const answer = await query(`read the history of ${folder}`, create_graphql_folder_history_QUERY, {
                ref: `refs/heads/${branch}`,
                path: folder,
            });
            return toHistory(answer);
        },
    };
}
function toHistory(answer) {
    const target = answer.repository?.ref?.target;
    if (target?.oid === undefined || target.tree === undefined)
        return undefined;
    const change = target.history?.nodes[0];
    const parent = change?.parents.nodes[0];
    return {
        head: target.oid,
        headTree: target.tree.oid,
        currentTree: treeOid(target.file),
        lastChange: change === undefined
            ? undefined
            : {
                commit: change.oid,
                url: change.url,
                headline: change.messageHeadline,
                date: change.committedDate,
                parent: parent?.oid,
                previousTree: treeOid(parent?.file),
                pulls: change.associatedPullRequests.nodes.map((pull) => ({
                    number: pull.number,
                    url: pull.url,
                    title: pull.title,
                    headRef: pull.headRefName,
                    merged: pull.merged,
                    author: pull.author === null ? '' : (0,rest_login/* restLogin */.Q)(pull.author),
                })),
            },
    };
}
/** A folder is a tree entry; a file or submodule at that path is no folder. */
function treeOid(entry) {
    return entry?.type === 'tree' ? entry.oid : undefined;
}

// EXTERNAL MODULE: ./src/runtime/sleep.ts
var sleep = __webpack_require__(73083);
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
        const restored = await deps.logger.group('Revert the edit', () => revert(request, permission, deps));
        if (!restored)
            return { status: 'ignored', reason: `nothing to revert: the dashboard shows its own render` };
        return { status: 'reverted', sender: edit.sender, permission };
    }
    // A writer's edit without `changes.body.from` (the title changed, not the body) ticked nothing.
    if (edit.previousBody === undefined)
        return { status: 'ignored', reason: 'the body did not change' };
    const ticked = findNewlyTicked(edit.previousBody ?? '', edit.comment?.body ?? edit.issue.body);
    if (ticked.length === 0)
        return { status: 'ignored', reason: 'no box was newly ticked' };
    deps.logger.info(`@${edit.sender} ticked: ${ticked.map(describeDashboardAction).join(', ')}`);
    const built = await buildRepositoryDashboard({ ...request, pulls: listDashboardPulls(open, config.promotionPrAuthors) }, deps);
    const outcomes = [];
    for (const action of ticked)
        outcomes.push(await deps.logger.group(`Act: ${action.kind}`, () => act(action, { dashboard: built.dashboard, actor: edit.sender, deps })));
    const update = await deps.logger.group('Re-render the dashboard', async () => {
        const commit = await renderedCommit(request.commit, outcomes, deps);
        const holds = commit === request.commit ? request.holds : undefined;
        return updateDashboard({ ...request, commit, holds, actions: { outcomes, actor: edit.sender } }, deps);
    });
    return { status: 'acted', actor: edit.sender, outcomes, update };
}
/**
 * The commit the re-rendered matrix shows: the default branch's head when an action did something (it may have
 * merged), else the edited commit (nothing moved because of this run, no extra read).
 */
async function renderedCommit(commit, outcomes, deps) {
    if (deps.readHead === undefined || !outcomes.some((o) => o.outcome === 'done'))
        return commit;
    const head = await deps.readHead();
    if (head !== undefined && head !== commit)
        deps.logger.info(`Dashboard: re-rendered at the new head ${head}`);
    return head ?? commit;
}
/** Why the edit is none of the dashboard's business, judged from the event alone (no API call). */
function notTheDashboard(edit) {
    const start = `${comment_markers/* telefonistkaTag */.Wy}\n${(0,comment_markers/* kindMarker */.Zy)(DASHBOARD_KIND)}\n`;
    if (!edit.issue.body.startsWith(start) || !edit.issue.labels.includes(DASHBOARD_LABEL))
        return `#${edit.issue.number} is not the dashboard issue`;
    if (edit.comment !== undefined && !edit.comment.body.startsWith(start))
        return 'the edited comment is not a part of the dashboard';
    // Whoever wrote the edited object edited it: this tool updating the dashboard (or the author of a look-alike).
    if ((0,matches_login/* matchesLogin */.r)(edit.sender, edit.comment?.author ?? edit.issue.author))
        return `edited by its own author ${edit.sender}`;
    return undefined;
}
/**
 * Restores the dashboard as this tool renders it (not `changes.body.from`, which undoes only the latest of several
 * edits, and is absent when the event does not carry it), then leaves a note. False when nothing was changed.
 */
async function revert(request, permission, deps) {
    const { edit } = request;
    const restored = await updateDashboard({ commit: request.commit, today: request.today, holds: request.holds, force: true }, deps);
    if (restored.status === 'written' && restored.writes === 0)
        return false;
    const who = /^[A-Za-z0-9-]+(\[bot\])?$/.test(edit.sender) ? `@${edit.sender}` : 'Your';
    await deps.issues.createIssueComment(edit.issue.number, `${comment_markers/* telefonistkaTag */.Wy}\n${NOTE_MARKER}\n${who}: only people with write access act through this dashboard ` +
        `(GitHub reports your permission as \`${permission}\`), so your edit was reverted. Ask a maintainer to tick ` +
        'the box, or to promote with the promote workflow.');
    deps.logger.info(`Reverted an edit by ${edit.sender} (permission ${permission})`);
    return true;
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
var promote_options = __webpack_require__(23437);
// EXTERNAL MODULE: ./src/core/promotion/compare-strings.ts
var compare_strings = __webpack_require__(16277);
// EXTERNAL MODULE: ./src/core/promotion/promotion-title.ts
var promotion_title = __webpack_require__(79963);
// EXTERNAL MODULE: ./src/core/promotion/ref-slug.ts
var ref_slug = __webpack_require__(37018);
// EXTERNAL MODULE: ./src/core/promotion/encode-promotion-metadata.ts
var encode_promotion_metadata = __webpack_require__(13385);
// EXTERNAL MODULE: ./src/core/promotion/render-promotion-body.ts + 1 modules
var render_promotion_body = __webpack_require__(77525);
// EXTERNAL MODULE: ./src/core/promotion/source-commit-marker.ts
var source_commit_marker = __webpack_require__(6643);
;// CONCATENATED MODULE: ./src/core/bundle/render-bundle-body.ts




/** Room kept for the description before the metadata switches to its compact form. */
const MIN_DESCRIPTION = 4_000;
/**
 * The bundle PR body: each component with the version (or short tree SHA) it has in the environment and the one
 * it gets, the held components left out (with reason, by whom, since), who asked, then the source-commit line and
 * the promotion metadata comment. Over GitHub's 65,536 characters the table is cut with a note (the PR's files
 * list every folder) and the metadata takes its compact form when the Go form leaves no room.
 */
function renderBundleBody(input) {
    let tail = `\n${(0,source_commit_marker/* sourceCommitMarker */.P)(input.sourceCommit)}\n\n${(0,encode_promotion_metadata/* metadataComment */.ZQ)(input.metadata)}`;
    if (tail.length > render_promotion_body/* MAX_PR_BODY_LENGTH */.qd - MIN_DESCRIPTION)
        tail = `\n${(0,source_commit_marker/* sourceCommitMarker */.P)(input.sourceCommit)}\n\n${(0,encode_promotion_metadata/* compactMetadataComment */.gH)(input.metadata)}`;
    const head = [
        `${input.bodyPrefix ?? ''}Everything pending in ${(0,markdown_code/* codeSpan */.SS)(input.environment)}, synced from its upstream folders ` +
            `at ${(0,markdown_code/* codeSpan */.SS)(input.sourceCommit.slice(0, 7))} in one commit:`,
        '',
        '| component | now | ➡️ | after merge | from |',
        '|---|---|---|---|---|',
    ];
    const foot = [
        '',
        ...heldLines(input.held),
        `Bundle asked for on the dashboard by ${(0,markdown_code/* codeSpan */.SS)(input.actor)}.`,
        '',
    ];
    const room = render_promotion_body/* MAX_PR_BODY_LENGTH */.qd - tail.length - measure(head) - measure(foot) - 200;
    const rows = [];
    let used = 0;
    for (const sync of input.syncs) {
        const row = tableRow(sync);
        if (used + row.length + 1 > room) {
            rows.push(`| … ${input.syncs.length - rows.length} more: the PR's files list every folder | | | | |`);
            break;
        }
        rows.push(row);
        used += row.length + 1;
    }
    return `${[...head, ...rows, ...foot].join('\n')}${tail}`;
}
function tableRow(sync) {
    const now = sync.status === 'missing' ? 'not there' : label(sync.from);
    return `| ${cell(sync.component)} | ${now} | ➡️ | ${label(sync.to)} | ${cell(sync.source)} |`;
}
/** The version when the dashboard reads one, else the short tree SHA. */
function label(side) {
    if (side.version !== undefined)
        return cell(side.version);
    return side.tree === undefined ? '—' : cell(side.tree.slice(0, 7));
}
function heldLines(held) {
    if (held.length === 0)
        return [];
    return [
        `Held, so not in this bundle (release them on the dashboard to promote them):`,
        '',
        ...held.map((hold) => `- ${(0,markdown_code/* codeSpan */.SS)(hold.folder)}: ${(0,markdown_code/* codeSpan */.SS)(oneLine(hold.reason))} by ${(0,markdown_code/* codeSpan */.SS)(hold.by)} since ${(0,markdown_code/* codeSpan */.SS)(hold.since)}`),
        '',
    ];
}
function cell(text) {
    return (0,markdown_code/* codeSpan */.SS)(oneLine(text).replace(/\|/g, '\\|'));
}
function oneLine(text) {
    const line = text.replace(/\s+/gu, ' ').trim();
    const cut = [...line].slice(0, 120).join('');
    return cut.length < line.length ? `${cut}…` : cut;
}
function measure(lines) {
    return lines.reduce((sum, line) => sum + line.length + 1, 0);
}

;// CONCATENATED MODULE: ./src/core/bundle/build-bundle-promotion.ts





/** The label every bundle PR carries besides the promotion labels. */
const BUNDLE_LABEL = 'telefonistka/bundle';
/** The branch prefix of bundle PRs: a promotion branch, so promote trusts and chains the merged bundle. */
const BUNDLE_BRANCH_PREFIX = 'promotions/bundle-';
/**
 * The bundle as a promotion that the promote flow's writer opens: one sync per pending component, the promotion
 * metadata (`promotedPaths` = the synced folders, the ticking login as original author, no earlier hop, so the
 * merged bundle starts a chain of its own), the source-commit line (rivals are ranked by it) and a branch named for
 * the environment and the exact content (`promotions/bundle-<environment>-<12 hex>`): the same content again finds
 * its open PR unchanged, different content opens a new PR that supersedes the older bundle.
 */
function buildBundlePromotion(input) {
    const syncs = [...input.syncs].sort((a, b) => (0,compare_strings/* compareStrings */.K)(a.target, b.target));
    const components = [...new Set(syncs.map((sync) => sync.component))].sort(compare_strings/* compareStrings */.K);
    const metadata = {
        originalPrAuthor: input.actor,
        originalPrNumber: 0,
        promotedPaths: syncs.map((sync) => sync.target),
        previousPromotionPaths: {},
    };
    const { title, bodyPrefix } = (0,promotion_title/* cutTitle */.d)(`🚀 Promotion bundle: ${components.length} component${components.length === 1 ? '' : 's'} ➡️  ${input.environment}`);
    return {
        key: `bundle>${input.environment}`,
        sourcePath: upstreamEnvironment(syncs[0]),
        components,
        targetPaths: [input.environment],
        targetDescription: input.environment,
        syncPaths: syncs.map((sync) => ({ source: sync.source, target: sync.target, deleted: false })),
        skippedTargets: {},
        heldTargets: input.held.map((hold) => ({
            component: hold.folder.startsWith(input.environment)
                ? hold.folder.slice(input.environment.length)
                : hold.folder,
            target: hold.folder,
            hold,
        })),
        autoMerge: false,
        labels: [...new Set([...input.labels, BUNDLE_LABEL])],
        branch: bundleBranchName(input.environment, syncs),
        title,
        body: renderBundleBody({ ...input, syncs, metadata, bodyPrefix }),
        metadata,
        sourceCommit: input.sourceCommit,
    };
}
function upstreamEnvironment(sync) {
    if (sync === undefined)
        return '';
    return sync.source.endsWith(sync.component) ? sync.source.slice(0, -sync.component.length) : sync.source;
}
function bundleBranchName(environment, syncs) {
    const content = syncs
        .map((sync) => `${sync.target}\u0000${sync.source}\u0000${sync.to.tree ?? ''}`)
        .join('\n');
    const hash = (0,external_node_crypto_.createHash)('sha1').update(`${environment}\n${content}`, 'utf8').digest('hex').slice(0, 12);
    const head = (0,ref_slug/* refSlug */.b)(environment, 150);
    return `${BUNDLE_BRANCH_PREFIX}${head === '' ? '' : `${head}-`}${hash}`;
}

;// CONCATENATED MODULE: ./src/core/bundle/plan-bundle.ts
/**
 * Every component of `environment` (a dashboard column) that differs from its upstream (`drifted` or `missing` in
 * the drift map: allow/block lists already made the others `skipped`), in component order; held folders are left
 * out and listed. The environment may be named with or without its trailing slash.
 */
function planBundle(dashboard, environment) {
    const column = dashboard.environments.find((candidate) => candidate === environment || candidate === `${environment}/`);
    if (column === undefined)
        return { kind: 'unknown-environment', environment, environments: [...dashboard.environments] };
    const syncs = [];
    const held = [];
    for (const row of dashboard.rows) {
        const cell = row.cells.find((candidate) => candidate.environment === column);
        if (cell?.upstream === undefined || (cell.status !== 'drifted' && cell.status !== 'missing'))
            continue;
        if (cell.hold !== undefined) {
            held.push(cell.hold);
            continue;
        }
        const upstream = row.cells.find((candidate) => candidate.folder === cell.upstream);
        syncs.push({
            component: row.component,
            source: cell.upstream,
            target: cell.folder,
            status: cell.status,
            from: { version: cell.version, tree: cell.treeSha },
            to: { version: upstream?.version, tree: upstream?.treeSha },
        });
    }
    return { kind: 'bundle', environment: column, syncs, held };
}

// EXTERNAL MODULE: ./src/core/promotion/plan-promotions.ts + 2 modules
var plan_promotions = __webpack_require__(44612);
// EXTERNAL MODULE: ./src/use-cases/promote/list-own-promotion-prs.ts
var list_own_promotion_prs = __webpack_require__(54433);
// EXTERNAL MODULE: ./src/use-cases/promote/write-newest-promotion.ts + 5 modules
var write_newest_promotion = __webpack_require__(32723);
// EXTERNAL MODULE: ./src/use-cases/shared/in-phase.ts
var in_phase = __webpack_require__(31856);
;// CONCATENATED MODULE: ./src/use-cases/dashboard/create-bundle-handler.ts








/**
 * The dashboard's *promote everything pending* checkbox: every component that differs from its upstream in the
 * environment (the dashboard's pending cells; allow/block lists respected, held folders left out and listed) synced
 * in ONE commit of tree SHAs on one promotion PR, written by the promote flow's writer: same labels and metadata,
 * an older bundle or promotion PR into the same folders superseded, the same content again `unchanged`. The PR is
 * left for review (no auto-merge: a person asked for a whole environment at once).
 */
function createBundleHandler(deps) {
    // A failure is caught, logged and reported as `failed` by handleDashboardEdit, like every handler's.
    return (action, context) => bundle(action, context, deps);
}
async function bundle(action, context, deps) {
    const phase = (what) => ({ flow: 'bundle', phase: `${what} ${action.environment}` });
    const head = await (0,in_phase/* inPhase */.x)(phase('reading the default branch for'), () => readHead(deps));
    const holds = await (0,in_phase/* inPhase */.x)(phase('reading the holds for'), () => holdsAt(head, deps));
    const built = await (0,in_phase/* inPhase */.x)(phase('building the dashboard for'), () => buildRepositoryDashboard({ commit: head, today: context.now.toISOString().slice(0, 10), holds }, { snapshot: deps.snapshot, history: deps.history, logger: deps.logger }));
    const plan = planBundle(built.dashboard, action.environment);
    if (plan.kind === 'unknown-environment')
        return {
            action,
            outcome: 'refused',
            message: `${JSON.stringify(action.environment)} is not an environment of the dashboard; ` +
                `pick one of ${plan.environments.join(', ')}`,
        };
    const heldNote = plan.held.length === 0 ? '' : ` (${plan.held.length} held left out)`;
    if (plan.syncs.length === 0)
        return { action, outcome: 'unchanged', message: `nothing is pending in ${plan.environment}${heldNote}` };
    const promotion = buildBundlePromotion({
        environment: plan.environment,
        syncs: plan.syncs,
        held: plan.held,
        actor: context.actor,
        sourceCommit: head,
        labels: [plan_promotions/* PROMOTION_LABEL */.v, ...built.config.promotionPrLabels],
    });
    const promotionContext = await (0,in_phase/* inPhase */.x)(phase('reading the open promotion PRs for'), () => bundleContext(head, built.config.promotionPrAuthors, deps));
    const newest = await (0,in_phase/* inPhase */.x)(phase('writing the bundle PR for'), () => (0,write_newest_promotion/* writeNewestPromotion */.J)(promotion, built.config.supersede, promotionContext));
    return outcomeOf(action, promotion, newest, heldNote);
}
/** The default-branch head: `git ls-remote` from a checkout (no API call), fetched when missing; else the API. */
async function readHead(deps) {
    const git = deps.localGit;
    const head = (await git?.remoteBranchSha(deps.defaultBranch)) ?? (await deps.github.getBranchSha(deps.defaultBranch));
    if (head === undefined)
        throw new Error(`the default branch ${deps.defaultBranch} does not exist`);
    if (git !== undefined && !(await git.hasCommit(head)))
        await git.fetch([head]);
    return head;
}
/** The holds in force at `head`; a broken holds file fails the bundle at its file:line:col (nothing is written). */
async function holdsAt(head, deps) {
    const read = await (0,read_holds/* readHolds */.R)(deps.snapshot, head);
    for (const warning of read.warnings)
        deps.logger.warning(warning);
    return [...read.holds.values()];
}
async function bundleContext(head, promotionPrAuthors, deps) {
    const tree = await deps.snapshot.readTree(head);
    const treeSha = (await deps.localGit?.treeOf(head)) ?? (await deps.github.getCommit(head)).treeSha;
    const openPromotionPrs = await (0,list_own_promotion_prs/* listOwnPromotionPrs */.P)(deps.defaultBranch, {
        promotionPrAuthors,
        github: deps.github,
        logger: deps.logger,
    });
    return {
        github: deps.github,
        approver: undefined,
        snapshot: deps.snapshot,
        localGit: deps.localGit,
        logger: deps.logger,
        sleep: deps.sleep,
        defaultBranch: deps.defaultBranch,
        sourceCommit: head,
        baseHead: head,
        baseTreeSha: treeSha,
        baseTree: tree,
        sourceTree: tree,
        openPromotionPrs,
        promotionPrAuthors,
    };
}
function outcomeOf(action, promotion, newest, heldNote) {
    const pr = newest.pullRequest;
    const pull = pr === undefined ? undefined : { number: pr.number, url: pr.url };
    const count = `${promotion.syncPaths.length} component${promotion.syncPaths.length === 1 ? '' : 's'}`;
    const written = newest.written;
    if (written === undefined || pull === undefined)
        return {
            action,
            outcome: 'unchanged',
            message: `newer promotion PRs (${newest.supersededBy.map((n) => `#${n}`).join(', ')}) already hold this content`,
            pull,
        };
    const superseded = newest.superseded.length === 0 ? '' : `; superseded ${newest.superseded.map((n) => `#${n}`).join(', ')}`;
    if (written.action === 'unchanged' || written.action === 'up-to-date')
        return {
            action,
            outcome: 'unchanged',
            message: `bundle #${pull.number} already holds ${count}${heldNote}`,
            pull,
        };
    return {
        action,
        outcome: 'done',
        message: `bundle #${pull.number} ${written.action === 'opened' ? 'opened' : 'updated'}: ${count} into ${action.environment}${heldNote}${superseded}`,
        pull,
    };
}

// EXTERNAL MODULE: ./src/use-cases/promote/manual-pull-request.ts
var manual_pull_request = __webpack_require__(83262);
// EXTERNAL MODULE: ./src/use-cases/promote/promote-merged-pull-request.ts + 8 modules
var promote_merged_pull_request = __webpack_require__(19043);
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
        return create_promote_action_handler_outcomeOf(action, mine);
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
function create_promote_action_handler_outcomeOf(action, result) {
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

// EXTERNAL MODULE: ./src/core/holds/normalize-hold-folder.ts
var normalize_hold_folder = __webpack_require__(53576);
// EXTERNAL MODULE: ./src/core/holds/parse-holds-file.ts
var parse_holds_file = __webpack_require__(57921);
;// CONCATENATED MODULE: ./src/core/holds/open-holds-document.ts


/** The header written into a new holds file. */
const HEADER = ' Held component folders: promote and the sweep skip them until the entry is removed.';
/**
 * Opens the holds file for an edit: validates it first (ConfigError at file:line:col: a broken file is never
 * rewritten), creates the file's header and an empty `holds:` list when the text is empty, and turns a flow
 * list (`holds: []`) into a block list so entries are written one per line.
 */
function openHoldsDocument(text, file = parse_holds_file/* HOLDS_FILE */.gL) {
    const holds = (0,parse_holds_file/* parseHoldsFile */.od)(text, file).config;
    const document = (0,dist/* parseDocument */.Tp)(text);
    if (text.trim() === '')
        document.commentBefore = HEADER;
    if (!(0,dist/* isMap */.jh)(document.contents))
        document.contents = new dist/* YAMLMap */.CA(document.schema);
    const existing = document.get('holds', true);
    const list = (0,dist/* isSeq */.oP)(existing) ? existing : new dist/* YAMLSeq */.Rw(document.schema);
    if (!(0,dist/* isSeq */.oP)(existing))
        document.set('holds', list);
    list.flow = false;
    const render = () => {
        // An emptied list is written `holds: []` rather than a lone `[]` on the next line.
        list.flow = list.items.length === 0;
        return document.toString({ lineWidth: 0 });
    };
    return { document, list, holds, render };
}
/** The folder an item of the `holds:` list names, as written (undefined for a malformed item). */
function itemFolder(item) {
    if (!(0,dist/* isMap */.jh)(item))
        return undefined;
    const value = item.get('folder', true);
    return (0,dist/* isScalar */.jn)(value) && typeof value.value === 'string' ? value.value : undefined;
}

;// CONCATENATED MODULE: ./src/core/holds/add-hold.ts




/** The longest reason written into the holds file. */
const MAX_REASON = 200;
/**
 * The holds file's text with `hold` appended, every comment and other entry kept; the same text when the folder
 * is already held (the first hold stands). Reason and login are made one line; the folder must be a safe
 * repository path (throws an Error naming it otherwise); a broken file throws ConfigError and is not rewritten.
 */
function addHold(text, hold) {
    const normalized = (0,normalize_hold_folder/* normalizeHoldFolder */.f)(hold.folder);
    if (!normalized.ok)
        throw new Error(`cannot hold ${JSON.stringify(hold.folder)}: the folder ${normalized.reason}`);
    const editable = openHoldsDocument(text);
    if (editable.holds.some((known) => known.folder === normalized.folder))
        return text;
    const since = new dist/* Scalar */.X5(hold.since);
    since.type = dist/* Scalar */.X5.QUOTE_DOUBLE;
    const entry = editable.document.createNode({
        folder: normalized.folder,
        reason: add_hold_oneLine(hold.reason, MAX_REASON) || 'held',
        by: add_hold_oneLine(hold.by, 100) || 'unknown',
        since,
    });
    editable.list.items.push(entry);
    const result = editable.render();
    (0,parse_holds_file/* parseHoldsFile */.od)(result);
    return result;
}
function add_hold_oneLine(text, limit) {
    const line = text.replace(/\s+/gu, ' ').trim();
    return [...line].slice(0, limit).join('');
}

// EXTERNAL MODULE: ./src/core/rollback/rollback-branch-name.ts
var rollback_branch_name = __webpack_require__(52987);
;// CONCATENATED MODULE: ./src/core/rollback/render-rollback-body.ts


/** The hidden marker kind of a rollback PR body. */
const ROLLBACK_KIND = 'rollback';
/** The label of every rollback PR. */
const ROLLBACK_LABEL = 'telefonistka/rollback';
const render_rollback_body_short = (sha) => (sha === undefined ? '—' : sha.slice(0, 7));
/**
 * The body of a rollback PR: what is rolled back (commit, its PR, when), the content restored (tree SHAs and
 * versions before and after), the hold the same commit adds, and who asked. Text from commits and PRs is shown
 * as inline code so it can neither mention anyone nor break the layout.
 */
function renderRollbackBody(input) {
    const { change, restored } = input;
    const restoring = restored.tree === undefined
        ? `The folder did not exist before that change: this PR **deletes** ${(0,markdown_code/* codeSpan */.SS)(input.folder)}.`
        : `This PR sets ${(0,markdown_code/* codeSpan */.SS)(input.folder)} to exactly its tree before that change ` +
            `(tree ${(0,markdown_code/* codeSpan */.SS)(render_rollback_body_short(restored.tree))} at ${(0,markdown_code/* codeSpan */.SS)(render_rollback_body_short(restored.commit))}).`;
    const lines = [
        comment_markers/* telefonistkaTag */.Wy,
        (0,comment_markers/* kindMarker */.Zy)(ROLLBACK_KIND),
        `## ⏪ Rollback of ${(0,markdown_code/* codeSpan */.SS)(input.folder)}`,
        '',
        restoring,
        '',
        '| | commit | folder tree | version |',
        '|---|---|---|---|',
        `| rolled back | [${render_rollback_body_short(change.commit)}](${change.url}) | ${render_rollback_body_cell(render_rollback_body_short(input.currentTree))} | ${render_rollback_body_cell(input.versions.current)} |`,
        `| restored | ${render_rollback_body_cell(render_rollback_body_short(restored.commit))} | ${render_rollback_body_cell(render_rollback_body_short(restored.tree))} | ${render_rollback_body_cell(input.versions.restored)} |`,
        '',
        '### History',
        '',
        `- Last change: [${render_rollback_body_short(change.commit)}](${change.url}) ${(0,markdown_code/* codeSpan */.SS)(render_rollback_body_oneLine(change.headline))} on ${change.date}` +
            (input.pull === undefined
                ? ' (no pull request is associated with it).'
                : `, merged by #${input.pull.number} ${(0,markdown_code/* codeSpan */.SS)(render_rollback_body_oneLine(input.pull.title))}.`),
        `- Rollback asked for on the dashboard by ${(0,markdown_code/* codeSpan */.SS)(input.actor)}.`,
        `- The same commit holds ${(0,markdown_code/* codeSpan */.SS)(input.folder)} in ${(0,markdown_code/* codeSpan */.SS)(input.holdsFile)}: promotions skip it ` +
            'until the hold is released from the dashboard, so the next promotion does not overwrite the rollback silently.',
        ...(input.openPromotions.length === 0
            ? []
            : [
                `- ⚠️ Open promotion PRs into this folder: ${input.openPromotions.map((n) => `#${n}`).join(', ')}. ` +
                    'Merging one would overwrite this rollback: close them.',
            ]),
        '',
    ];
    return lines.join('\n');
}
function render_rollback_body_cell(text) {
    return text === undefined || text === '' ? '—' : (0,markdown_code/* codeSpan */.SS)(text.replace(/\|/g, '\\|'));
}
function render_rollback_body_oneLine(text) {
    const line = text.replace(/\s+/gu, ' ').trim();
    const cut = [...line].slice(0, 120).join('');
    return cut.length < line.length ? `${cut}…` : cut;
}

// EXTERNAL MODULE: ./src/use-cases/shared/is-promotion-pr-author.ts
var is_promotion_pr_author = __webpack_require__(28050);
// EXTERNAL MODULE: ./src/core/tree/build-sync-entries.ts
var build_sync_entries = __webpack_require__(45683);
// EXTERNAL MODULE: ./src/use-cases/shared/label-and-assign.ts
var label_and_assign = __webpack_require__(23601);
;// CONCATENATED MODULE: ./src/use-cases/dashboard/write-rollback-pr.ts



/**
 * One commit on the default branch head that gives the folder exactly the tree it had before its last change
 * (or removes it) and writes the holds file, a new branch at it, the PR, its label and assignee. `branch-taken`
 * when the branch already exists (nothing written). A PR GitHub refuses leaves no branch behind.
 */
async function writeRollbackPr(input, deps) {
    const { github } = deps;
    const tree = await restoreTree(input, deps);
    // No author or committer: GitHub signs the commit for bot identities ("Verified").
    const commit = await github.createCommit({
        message: `Roll back ${input.folder} to its content before ${input.history.lastChange?.commit.slice(0, 7) ?? '?'}`,
        tree,
        parents: [input.history.head],
    });
    if ((await github.createBranch(input.branch, commit)) !== 'written')
        return 'branch-taken';
    let pr;
    try {
        pr = await github.createPullRequest({
            title: `⏪ Rollback: ${input.folder}`,
            body: input.body,
            head: input.branch,
            base: deps.defaultBranch,
        });
    }
    catch (error) {
        await github.deleteBranch(input.branch);
        throw error;
    }
    if (pr === undefined)
        throw new Error(`GitHub says a PR for ${input.branch} exists but none was listed open`);
    const warnings = await (0,label_and_assign/* labelAndAssign */.j)(github, pr.number, {
        labels: input.labels,
        assignee: input.assignee,
        logger: deps.logger,
        sleep: deps.sleep,
    });
    for (const warning of warnings)
        deps.logger.warning(warning);
    return { number: pr.number, url: pr.url };
}
/**
 * The root tree of the rollback commit, in one tree call. The folder's files now and before come from
 * `buildSyncEntries`, the promote writer's rule: one `040000` entry with the old tree SHA when the folder has no file
 * the old tree lacks (replace and merge readings of GitHub agree then), else per-file entries by blob SHA and
 * per-file deletions; a folder the last change created is removed file by file. No blob is uploaded.
 */
async function restoreTree(input, deps) {
    const { history, folder } = input;
    const change = history.lastChange;
    const previous = change?.previousTree;
    const source = previous === undefined ? new Map() : await folderTree(folder, previous, change?.parent, deps);
    const target = history.currentTree === undefined
        ? new Map()
        : await folderTree(folder, history.currentTree, history.head, deps);
    const sync = (0,build_sync_entries/* buildSyncEntries */.M)({ source: folder, target: folder, deleted: previous === undefined }, source, target);
    const entries = [...sync.entries];
    if (input.holds.after !== input.holds.before)
        entries.push({ path: parse_holds_file/* HOLDS_FILE */.gL, mode: '100644', type: 'blob', content: input.holds.after });
    deps.logger.info(`Rollback of ${folder}: ${sync.strategy}, ${entries.length} tree entries`);
    return deps.github.createTree(history.headTree, entries);
}
/**
 * The folder (tree `treeSha` at `commit`) and everything below it, keyed by repository path: from the checkout when
 * it has the commit (no call), else one recursive read of the folder's tree alone.
 */
async function folderTree(folder, treeSha, commit, deps) {
    if (deps.snapshot.source === 'local' &&
        commit !== undefined &&
        (await deps.localGit?.hasCommit(commit)) === true) {
        const whole = await deps.snapshot.readTree(commit);
        if (whole.get(folder)?.sha === treeSha)
            return whole;
    }
    const { entries, truncated } = await deps.github.getTree(treeSha, { recursive: true });
    if (truncated)
        throw new Error(`${folder} has more entries than GitHub returns in one tree read; ` +
            'add an actions/checkout step with fetch-depth: 0 so the checkout is read instead');
    const flat = new Map([
        [folder, { path: folder, mode: '040000', type: 'tree', sha: treeSha }],
    ]);
    for (const entry of entries)
        flat.set(`${folder}/${entry.path}`, { ...entry, path: `${folder}/${entry.path}` });
    return flat;
}

;// CONCATENATED MODULE: ./src/use-cases/dashboard/create-rollback-handler.ts












/**
 * The dashboard's *roll back* checkbox: a PR (labelled `telefonistka/rollback`, assigned to whoever ticked) whose
 * one commit sets the folder to exactly its tree before the last change on the default branch (or deletes it
 * when that change created it) and holds the folder in the holds file. Idempotent: an open rollback PR for the
 * folder, or a last change that is itself a merged rollback, is `unchanged`.
 */
function createRollbackHandler(deps) {
    // A failure is caught, logged and reported as `failed` by handleDashboardEdit, like every handler's.
    return (action, context) => rollBack(action, context, deps);
}
async function rollBack(action, context, deps) {
    const checked = (0,normalize_hold_folder/* normalizeHoldFolder */.f)(action.folder);
    if (!checked.ok)
        return create_rollback_handler_refused(action, `cannot roll back ${JSON.stringify(action.folder)}: the folder ${checked.reason}`);
    const folder = checked.folder;
    const phase = (what) => ({ flow: 'rollback', phase: `${what} ${folder}` });
    const history = await (0,in_phase/* inPhase */.x)(phase('reading the history of'), () => deps.folderHistory.readFolderHistory(deps.defaultBranch, folder));
    if (history === undefined)
        throw new Error(`the default branch ${deps.defaultBranch} does not exist`);
    const change = history.lastChange;
    if (change === undefined)
        return create_rollback_handler_refused(action, `no commit on ${deps.defaultBranch} changed ${folder}: there is nothing to roll back`);
    if (change.previousTree === history.currentTree)
        return create_rollback_handler_refused(action, `${folder} is the same before and after its last change ${change.commit.slice(0, 7)} (a merge?): ` +
            'nothing to roll back; open a PR by hand');
    const config = await (0,in_phase/* inPhase */.x)(phase('reading the configuration for'), () => create_rollback_handler_readHead(history, deps));
    const trusted = { promotionPrAuthors: config.promotionPrAuthors, github: deps.github };
    const done = await earlierRollback(change, trusted);
    if (done !== undefined)
        return {
            action,
            outcome: 'unchanged',
            message: `${folder} was last changed by rollback #${done.number}: already rolled back (revert #${done.number} to undo it)`,
            pull: done,
        };
    const branch = (0,rollback_branch_name/* rollbackBranchName */.s)(folder);
    const { open, promotions } = await (0,in_phase/* inPhase */.x)(phase('reading the open PRs into'), () => openWork(folder, branch, trusted, deps));
    if (open !== undefined)
        return {
            action,
            outcome: 'unchanged',
            message: `rollback #${open.number} of ${folder} is already open`,
            pull: open,
        };
    const body = renderRollbackBody({
        folder,
        actor: context.actor,
        change,
        pull: change.pulls.find((pull) => pull.merged) ?? change.pulls[0],
        currentTree: history.currentTree,
        restored: { commit: change.parent ?? '', tree: change.previousTree },
        versions: await (0,in_phase/* inPhase */.x)(phase('reading the versions of'), () => readVersions(folder, history, config, deps)),
        holdsFile: parse_holds_file/* HOLDS_FILE */.gL,
        openPromotions: promotions,
    });
    const holds = await (0,in_phase/* inPhase */.x)(phase('adding the hold of'), () => holdsWithRollback(folder, change, context, history, deps));
    const pull = await (0,in_phase/* inPhase */.x)(phase('writing the rollback PR for'), () => writeRollbackPr({ folder, branch, body, history, holds, assignee: context.actor, labels: [ROLLBACK_LABEL] }, deps));
    if (pull === 'branch-taken')
        return create_rollback_handler_refused(action, `branch ${branch} exists but no rollback PR of this tool is open for it: delete the branch and tick again`);
    deps.logger.info(`Rollback of ${folder}: #${pull.number} ${pull.url}`);
    return {
        action,
        outcome: 'done',
        message: `#${pull.number} rolls ${folder} back to its content before ${change.commit.slice(0, 7)} and holds it`,
        pull,
    };
}
function create_rollback_handler_refused(action, message) {
    return { action, outcome: 'refused', message };
}
/** The head as the checkout sees it (fetched when it moved since the checkout), and its configuration. */
async function create_rollback_handler_readHead(history, deps) {
    const git = deps.localGit;
    if (git !== undefined && !(await git.hasCommit(history.head)))
        await git.fetch([history.head]);
    return (await (0,load_repo_config/* loadRepoConfig */.r)(deps.snapshot, history.head)).config;
}
/** The merged rollback PR of this tool that made the last change, when it was one. */
async function earlierRollback(change, trusted) {
    for (const pull of change.pulls) {
        if (!pull.merged || !pull.headRef.startsWith(rollback_branch_name/* ROLLBACK_BRANCH_PREFIX */.D))
            continue;
        if ((await (0,is_promotion_pr_author/* isPromotionPrAuthor */.P)(pull.author, trusted)) === true)
            return { number: pull.number, url: pull.url };
    }
    return undefined;
}
/**
 * From one list of the open PRs: the rollback PR this tool opened from `branch` (a PR anyone else opened from it is
 * not adopted), and this tool's open promotion PRs into the folder, which would overwrite the rollback if merged.
 */
async function openWork(folder, branch, trusted, deps) {
    let open;
    const promotions = [];
    for (const pr of await deps.github.listOpenPullRequests({ base: deps.defaultBranch })) {
        const ours = pr.headRef === branch;
        const into = pr.headRef.startsWith(read_trusted_promotion_metadata/* PROMOTION_BRANCH_PREFIX */.q) &&
            ((0,parse_promotion_metadata/* parsePromotionMetadata */.q)(pr.body)?.promotedPaths ?? []).some((path) => path.replace(/\/+$/, '') === folder);
        if (!ours && !into)
            continue;
        if ((await (0,is_promotion_pr_author/* isPromotionPrAuthor */.P)(pr.author, trusted)) !== true) {
            deps.logger.info(`#${pr.number} (${pr.headRef}) was opened by ${pr.author}, not by this action: left alone.`);
            continue;
        }
        if (ours)
            open ??= { number: pr.number, url: pr.url };
        else
            promotions.push(pr.number);
    }
    return { open, promotions: promotions.sort((a, b) => a - b) };
}
/** Whether the snapshot reads a checkout that has `commit` (a shallow checkout lacks the change's parent). */
async function hasLocally(commit, deps) {
    return deps.snapshot.source === 'local' && (await deps.localGit?.hasCommit(commit)) === true;
}
/** The version now and restored: from the checkout when it has the commit, else through GitHub. */
async function readVersions(folder, history, config, deps) {
    const parent = history.lastChange?.parent;
    const read = async (at) => {
        for (const source of config.dashboard.version) {
            const text = await at(`${folder}/${source.file}`);
            const version = text === undefined ? undefined : readVersion(text, source.path);
            if (version !== undefined)
                return version;
        }
        return undefined;
    };
    return {
        current: history.currentTree === undefined
            ? undefined
            : await read((path) => deps.snapshot.readFile(history.head, path)),
        restored: parent === undefined || history.lastChange?.previousTree === undefined
            ? undefined
            : await read(async (path) => (await hasLocally(parent, deps))
                ? deps.snapshot.readFile(parent, path)
                : deps.github.getFileText(parent, path)),
    };
}
/** The holds file at the head with the folder held (the first hold of a folder stands). */
async function holdsWithRollback(folder, change, context, history, deps) {
    const before = (await deps.snapshot.readFile(history.head, parse_holds_file/* HOLDS_FILE */.gL)) ?? '';
    const after = addHold(before, {
        folder,
        reason: `rolled back to before ${change.commit.slice(0, 7)}`,
        by: context.actor,
        since: context.now.toISOString(),
    });
    return { before, after };
}

// EXTERNAL MODULE: ./src/core/holds/describe-hold.ts
var describe_hold = __webpack_require__(80315);
;// CONCATENATED MODULE: ./src/core/holds/hold-branch-name.ts

/** Prefix of every branch a hold or release PR is opened from. */
const HOLD_BRANCH_PREFIX = 'telefonistka-holds/';
/**
 * The branch of the hold (or release) PR of a folder: `telefonistka-holds/<kind>/<folder, unsafe characters
 * as "-", at most 100>-<first 12 hex of SHA-1 of the folder>`. One branch per kind and folder, so an open PR
 * is found by name and two folders never share a branch.
 */
function holdBranchName(kind, folder) {
    const hash = (0,external_node_crypto_.createHash)('sha1').update(folder, 'utf8').digest('hex').slice(0, 12);
    const slug = folder
        .replace(/[^A-Za-z0-9_-]+/g, '-')
        .slice(0, 100)
        .replace(/^-+|-+$/g, '');
    return `${HOLD_BRANCH_PREFIX}${kind}/${slug === '' ? 'folder' : slug}-${hash}`;
}

;// CONCATENATED MODULE: ./src/core/holds/remove-hold.ts


/**
 * The holds file's text without the entries holding `folder` (with or without a trailing slash), every comment
 * and other entry kept; the same text when the folder is not held. A broken file throws ConfigError.
 */
function removeHold(text, folder) {
    const normalized = (0,normalize_hold_folder/* normalizeHoldFolder */.f)(folder);
    if (!normalized.ok)
        return text;
    const editable = openHoldsDocument(text);
    if (!editable.holds.some((known) => known.folder === normalized.folder))
        return text;
    editable.list.items = editable.list.items.filter((item) => {
        const named = itemFolder(item);
        if (named === undefined)
            return true;
        const entry = (0,normalize_hold_folder/* normalizeHoldFolder */.f)(named);
        return !(entry.ok && entry.folder === normalized.folder);
    });
    return editable.render();
}

;// CONCATENATED MODULE: ./src/core/holds/render-hold-pull-request.ts


/** The label of every hold and release PR. */
const HOLD_LABEL = 'telefonistka-hold';
/** Title and body of the PR that adds (`hold`) or removes (`release`) a folder's entry in the holds file. */
function renderHoldPullRequest(kind, hold, options) {
    const folder = (0,markdown_code/* codeSpan */.SS)(hold.folder);
    const file = (0,markdown_code/* codeSpan */.SS)(parse_holds_file/* HOLDS_FILE */.gL);
    if (kind === 'hold') {
        return {
            title: `Hold ${hold.folder}`,
            commitTitle: `Hold ${hold.folder}`,
            body: [
                `Holds ${folder}: promote and the gate sweep skip this folder until the hold is released.`,
                '',
                `- asked by ${asker(hold.by)} ${options.source} at ${hold.since}`,
                `- reason: ${(0,markdown_code/* codeSpan */.SS)(hold.reason.replace(/\s+/g, ' ').trim())}`,
                '',
                `The hold is the folder's entry in ${file} on the default branch; removing it (release) undoes it.`,
            ].join('\n'),
        };
    }
    return {
        title: `Release the hold on ${hold.folder}`,
        commitTitle: `Release the hold on ${hold.folder}`,
        body: [
            `Releases ${folder}: promote and the gate sweep act on this folder again.`,
            '',
            `- asked by ${asker(hold.by)} ${options.source} at ${hold.since}`,
            `- it removes the folder's entry from ${file}`,
        ].join('\n'),
    };
}
/** The asker as a mention when it is a plain GitHub login (the one who ticked the box), else as inline code. */
function asker(login) {
    return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(login) ? `@${login}` : (0,markdown_code/* codeSpan */.SS)(login);
}

// EXTERNAL MODULE: ./src/use-cases/shared/merge-policy.ts + 1 modules
var merge_policy = __webpack_require__(58273);
;// CONCATENATED MODULE: ./src/use-cases/holds/propose-holds-change.ts












/**
 * A hold or release as a PR by this tool's identity changing the holds file in one commit, labelled, merged at
 * once through the merge policy when the repository allows, else left open and said so. Idempotent: a folder
 * already in the wanted state, or an open PR of the same kind for it, is `unchanged`; an open PR of the other
 * kind is closed (superseded). Nothing here throws: failures are a `failed` outcome with the reason.
 */
async function proposeHoldsChange(action, context, deps) {
    const outcome = (result, message, pull) => ({
        action,
        outcome: result,
        message,
        ...(pull === undefined ? {} : { pull: { number: pull.number, url: pull.url } }),
    });
    const normalized = (0,normalize_hold_folder/* normalizeHoldFolder */.f)(action.folder);
    if (!normalized.ok)
        return outcome('refused', `${JSON.stringify(action.folder)} cannot be held: the folder ${normalized.reason}`);
    const folder = normalized.folder;
    try {
        const base = await readBase(deps);
        const pulls = await ownHoldPulls(folder, deps);
        if (pulls.foreign !== undefined) {
            const { number, author, headRef } = pulls.foreign;
            return outcome('refused', `#${number} by ${author || 'a deleted account'} uses the branch ${headRef} that this tool writes holds on; close it and delete the branch, then tick the box again`);
        }
        const same = pulls[action.kind];
        if (same !== undefined)
            return outcome('unchanged', `${describe(action.kind, folder)}: #${same.number} is open already`, same);
        const other = pulls[action.kind === 'hold' ? 'release' : 'hold'];
        if (other !== undefined)
            await supersede(other, deps);
        const held = base.holds.find((hold) => hold.folder === folder);
        if ((action.kind === 'hold') === (held !== undefined)) {
            const state = held === undefined ? 'is not held' : `is ${(0,describe_hold/* describeHold */.T)(held)} already`;
            if (other !== undefined)
                return outcome('done', `${folder} ${state}; #${other.number} closed`, other);
            return outcome('unchanged', `${folder} ${state}`);
        }
        const hold = held ?? {
            folder,
            reason: `held from the dashboard by @${context.actor}`,
            by: context.actor,
            since: '',
        };
        const asked = { ...hold, by: context.actor, since: context.now.toISOString() };
        const text = action.kind === 'hold' ? addHold(base.text, asked) : removeHold(base.text, folder);
        return await openAndMerge(action.kind, asked, text, base, deps, outcome);
    }
    catch (error) {
        if (error instanceof config_error/* ConfigError */.x) {
            return outcome('refused', `${parse_holds_file/* HOLDS_FILE */.gL} on ${deps.defaultBranch} is invalid; fix it first: ${error.message}`);
        }
        deps.logger.error(`${describe(action.kind, folder)}: ${(0,error_message/* errorMessage */.g)(error)}`);
        return outcome('failed', `${describe(action.kind, folder)} failed: ${(0,error_message/* errorMessage */.g)(error)}`);
    }
}
async function readBase(deps) {
    const { github, defaultBranch } = deps;
    const head = await github.getBranchSha(defaultBranch);
    if (head === undefined)
        throw new Error(`the default branch ${defaultBranch} does not exist`);
    const [commit, text] = await Promise.all([github.getCommit(head), github.getFileText(head, parse_holds_file/* HOLDS_FILE */.gL)]);
    const holds = (0,parse_holds_file/* parseHoldsFile */.od)(text ?? '').config;
    return { head, treeSha: commit.treeSha, text: text ?? '', holds };
}
/**
 * Open hold and release PRs of the folder, found by branch name, counted only when this tool opened them. Someone
 * else's PR blocks only when its head is the branch in this repository: a fork's branch of the same name (anyone
 * can open one) is not the branch this tool writes, and must not stop a hold.
 */
async function ownHoldPulls(folder, deps) {
    const branches = { hold: holdBranchName('hold', folder), release: holdBranchName('release', folder) };
    const open = await deps.github.listOpenPullRequests({ base: deps.defaultBranch });
    const candidates = open.filter((pr) => pr.headRef === branches.hold || pr.headRef === branches.release);
    if (candidates.length === 0)
        return {};
    const viewer = await deps.github.getViewerLogin();
    const found = {};
    for (const pr of candidates) {
        if ((0,matches_login/* matchesLogin */.r)(pr.author, viewer))
            found[pr.headRef === branches.hold ? 'hold' : 'release'] = pr;
        else if ((await deps.github.getBranchSha(pr.headRef)) === pr.headSha)
            found.foreign = pr;
    }
    return found;
}
/** A hold PR and a release PR of one folder cancel out: the newer request closes the other PR. */
async function supersede(pr, deps) {
    await deps.github.updatePullRequest(pr.number, { state: 'closed' });
    await deps.github.deleteBranch(pr.headRef);
    deps.logger.info(`#${pr.number} closed: a newer request for the same folder supersedes it`);
}
async function openAndMerge(kind, hold, text, base, deps, outcome) {
    const { github, logger } = deps;
    const rendered = renderHoldPullRequest(kind, hold, { source: deps.source ?? 'on the promotion dashboard' });
    const branch = holdBranchName(kind, hold.folder);
    const tree = await github.createTree(base.treeSha, [
        { path: parse_holds_file/* HOLDS_FILE */.gL, mode: '100644', type: 'blob', content: text },
    ]);
    const commit = await github.createCommit({ message: rendered.title, tree, parents: [base.head] });
    await pointBranch(branch, commit, deps);
    const pr = await github.createPullRequest({
        title: rendered.title,
        body: rendered.body,
        head: branch,
        base: deps.defaultBranch,
    });
    if (pr === undefined)
        throw new Error(`GitHub says a PR for ${branch} exists although none was listed; tick the box again`);
    const warnings = await (0,label_and_assign/* labelAndAssign */.j)(github, pr.number, {
        labels: [HOLD_LABEL],
        assignee: assignable(hold.by),
        logger,
        sleep: deps.sleep,
    });
    for (const warning of warnings)
        logger.warning(warning);
    const decision = await (0,merge_policy/* applyMergePolicy */.f)({
        number: pr.number,
        nodeId: pr.nodeId,
        headSha: commit,
        mode: 'direct',
        method: deps.mergeMethod,
        settings: deps.repositorySettings,
        commitTitle: `${rendered.commitTitle} (#${pr.number})`,
    }, deps);
    const what = describe(kind, hold.folder);
    if (decision.result !== 'merged') {
        const reason = decision.result === 'left-open' ? decision.reason : `#${pr.number} waits for GitHub's auto-merge`;
        return outcome('done', `${what}: #${pr.number} opened; it takes effect once merged (${reason})`, pr);
    }
    await github.deleteBranch(branch);
    return outcome('done', `${what}: #${pr.number} merged`, pr);
}
/** Creates the branch, or moves a stale one left by an earlier closed PR to the new commit. */
async function pointBranch(branch, commit, deps) {
    if ((await deps.github.createBranch(branch, commit)) === 'written')
        return;
    const current = await deps.github.getBranchSha(branch);
    if (current === undefined)
        throw new Error(`branch ${branch} exists and vanished; tick the box again`);
    if ((await deps.github.replaceBranch(branch, { from: current, to: commit })) === 'conflict') {
        throw new Error(`branch ${branch} was moved by someone else meanwhile; tick the box again`);
    }
}
function describe(kind, folder) {
    return kind === 'hold' ? `hold ${folder}` : `release ${folder}`;
}
/** GitHub never accepts a bot as assignee. */
function assignable(login) {
    return login.endsWith('[bot]') ? '' : login;
}

;// CONCATENATED MODULE: ./src/use-cases/holds/create-hold-handler.ts

/** The dashboard's `hold` checkbox: a PR adding the folder to `.telefonistka/holds.yaml`, merged when allowed. */
function createHoldHandler(deps) {
    return (action, context) => proposeHoldsChange(action, context, deps);
}

;// CONCATENATED MODULE: ./src/use-cases/holds/create-release-handler.ts

/** The dashboard's `release` checkbox: a PR removing the folder from `.telefonistka/holds.yaml`, merged when allowed. */
function createReleaseHandler(deps) {
    return (action, context) => proposeHoldsChange(action, context, deps);
}

;// CONCATENATED MODULE: ./src/actions/dashboard/dashboard-action-handlers.ts





/**
 * The handlers of the dashboard's checkboxes, every kind wired to its use-case with the run's ports: promote now
 * (the manual-promotion path), hold and release (a PR changing `.telefonistka/holds.yaml`), roll back, and the
 * bundle PR. A kind missing here would be answered "not available in this version", never dropped.
 */
function dashboardActionHandlers(setup) {
    const { options, deps } = setup;
    const shared = {
        github: deps.github,
        snapshot: deps.snapshot,
        localGit: deps.localGit,
        defaultBranch: options.defaultBranch,
        logger: deps.logger,
        sleep: deps.sleep,
    };
    const holds = {
        github: deps.github,
        logger: deps.logger,
        sleep: deps.sleep,
        defaultBranch: options.defaultBranch,
        mergeMethod: options.mergeMethod,
        repositorySettings: options.repositorySettings,
        ...(setup.source === undefined ? {} : { source: setup.source }),
    };
    return {
        promote: createPromoteActionHandler({ options, deps }),
        hold: createHoldHandler(holds),
        release: createReleaseHandler(holds),
        rollback: createRollbackHandler({ ...shared, folderHistory: setup.folderHistory }),
        bundle: createBundleHandler({ ...shared, history: setup.history }),
    };
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
    let folderHistoryCalls = 0;
    const history = access.localGit !== undefined && checkoutDir !== undefined ? createGitHistory(checkoutDir) : undefined;
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
            history,
            folderHistory: createGraphqlFolderHistory({ ...adapter, onRequest: () => folderHistoryCalls++ }),
            source: `on the promotion dashboard (#${edit.issue.number})`,
        }),
        now: () => new Date(),
        readHead: () => readDashboardHead(defaultBranch, { github, ...access }),
    });
    const apiCalls = github.callCount() +
        (approver?.callCount() ?? 0) +
        openPullCalls +
        folderHistoryCalls +
        issues.callCount();
    await (0,outputs/* writeSummary */.S)(`### Promotion dashboard: edit of #${edit.issue.number}\n\n${run_dashboard_edit_describe(result)}\n\nGitHub API calls spent by this step: **${apiCalls}**\n`);
    const failed = result.status === 'acted' ? result.outcomes.filter((o) => o.outcome === 'failed') : [];
    if (failed.length > 0)
        throw new Error(`${failed.length} dashboard action(s) failed:\n${failed.map((o) => `- ${o.action.kind}: ${o.message}`).join('\n')}`);
}
function run_dashboard_edit_describe(result) {
    if (result.status === 'ignored')
        return `Ignored: ${result.reason}.`;
    if (result.status === 'reverted')
        return `Reverted the edit of @${result.sender}: GitHub reports their permission as \`${result.permission}\`; only writers act.`;
    return renderActionOutcomes(result.outcomes, { actor: result.actor });
}

// EXTERNAL MODULE: ./src/actions/promote/read-promote-inputs.ts
var read_promote_inputs = __webpack_require__(11641);
;// CONCATENATED MODULE: ./src/actions/main/flows/dashboard-flow.ts





/**
 * The dashboard flow: its reader and runner in one chunk, loaded only for an event that routes to it. An edit of
 * the dashboard issue acts on its checkboxes (promote now needs promote's inputs); any other event updates it.
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
