export const id = 156;
export const ids = [156];
export const modules = {

/***/ 91156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDashboardEdit: () => (/* binding */ runDashboardEdit)
});

// EXTERNAL MODULE: ./src/adapters/git/create-git-history.ts
var create_git_history = __webpack_require__(91079);
// EXTERNAL MODULE: ./src/core/errors/external-error.ts
var external_error = __webpack_require__(91787);
// EXTERNAL MODULE: ./src/core/errors/error-message.ts
var error_message = __webpack_require__(98307);
// EXTERNAL MODULE: ./src/adapters/github/create-octokit.ts + 1 modules
var create_octokit = __webpack_require__(71073);
// EXTERNAL MODULE: ./src/adapters/github/rest-login.ts
var rest_login = __webpack_require__(73626);
;// CONCATENATED MODULE: ./src/adapters/github/create-graphql-folder-history.ts




// One query: the branch head, the folder there, its newest change (git's `log -1 -- <folder>`), that change's
// first parent with the folder as it was, and the PRs GitHub associates with the change.
const QUERY = `query($owner: String!, $name: String!, $ref: String!, $path: String!) {
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
    const octokit = (0,create_octokit/* createOctokit */.Q)({
        token: options.token,
        baseUrl: options.baseUrl,
        logger: options.logger,
        onRequest: () => options.onRequest?.(),
    });
    return {
        async readFolderHistory(branch, folder) {
            let answer;
            try {
                answer = await octokit.graphql(QUERY, {
                    owner: options.owner,
                    name: options.repo,
                    ref: `refs/heads/${branch}`,
                    path: folder,
                });
            }
            catch (error) {
                throw new external_error/* ExternalError */.y((0,error_message/* errorMessage */.g)(error), {
                    service: 'GitHub',
                    operation: `read the history of ${folder}`,
                    cause: error,
                });
            }
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

// EXTERNAL MODULE: ./src/adapters/github/create-graphql-open-pulls.ts
var create_graphql_open_pulls = __webpack_require__(74076);
// EXTERNAL MODULE: ./src/adapters/github/create-octokit-issues.ts
var create_octokit_issues = __webpack_require__(79621);
// EXTERNAL MODULE: ./src/core/dashboard/render-action-outcomes.ts
var render_action_outcomes = __webpack_require__(88039);
// EXTERNAL MODULE: ./src/runtime/action-logger.ts + 1 modules
var action_logger = __webpack_require__(97653);
// EXTERNAL MODULE: ./src/runtime/outputs.ts
var outputs = __webpack_require__(18506);
// EXTERNAL MODULE: ./src/runtime/secret-registry.ts
var secret_registry = __webpack_require__(66148);
// EXTERNAL MODULE: ./src/runtime/sleep.ts
var sleep = __webpack_require__(73083);
// EXTERNAL MODULE: ./src/runtime/workflow-context.ts + 1 modules
var workflow_context = __webpack_require__(69206);
// EXTERNAL MODULE: ./src/core/comments/comment-markers.ts
var comment_markers = __webpack_require__(49681);
// EXTERNAL MODULE: ./src/core/dashboard/dashboard-action-key.ts
var dashboard_action_key = __webpack_require__(51021);
// EXTERNAL MODULE: ./src/core/dashboard/dashboard-document.ts + 2 modules
var dashboard_document = __webpack_require__(87844);
// EXTERNAL MODULE: ./src/core/dashboard/list-dashboard-actions.ts
var list_dashboard_actions = __webpack_require__(46077);
// EXTERNAL MODULE: ./src/core/identity/matches-login.ts
var matches_login = __webpack_require__(40083);
// EXTERNAL MODULE: ./src/use-cases/promote/load-repo-config.ts
var load_repo_config = __webpack_require__(99310);
// EXTERNAL MODULE: ./src/use-cases/dashboard/build-repository-dashboard.ts + 5 modules
var build_repository_dashboard = __webpack_require__(31213);
// EXTERNAL MODULE: ./src/use-cases/dashboard/list-dashboard-pulls.ts
var list_dashboard_pulls = __webpack_require__(98374);
// EXTERNAL MODULE: ./src/use-cases/dashboard/update-dashboard.ts + 1 modules
var update_dashboard = __webpack_require__(35618);
// EXTERNAL MODULE: ./src/use-cases/dashboard/write-dashboard-issue.ts
var write_dashboard_issue = __webpack_require__(91852);
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
    const ticked = (0,dashboard_action_key/* findNewlyTicked */.hp)(edit.previousBody ?? '', edit.comment?.body ?? edit.issue.body);
    if (ticked.length === 0)
        return { status: 'ignored', reason: 'no box was newly ticked' };
    deps.logger.info(`@${edit.sender} ticked: ${ticked.map(render_action_outcomes/* describeDashboardAction */.K).join(', ')}`);
    const built = await (0,build_repository_dashboard/* buildRepositoryDashboard */.Z)({ ...request, pulls: (0,list_dashboard_pulls/* listDashboardPulls */.p)(open, config.promotionPrAuthors) }, deps);
    const outcomes = [];
    for (const action of ticked)
        outcomes.push(await deps.logger.group(`Act: ${action.kind}`, () => act(action, { dashboard: built.dashboard, actor: edit.sender, deps })));
    const update = await deps.logger.group('Re-render the dashboard', () => (0,update_dashboard/* updateDashboard */.m)({ ...request, actions: { outcomes, actor: edit.sender } }, deps));
    return { status: 'acted', actor: edit.sender, outcomes, update };
}
/** Why the edit is none of the dashboard's business, judged from the event alone (no API call). */
function notTheDashboard(edit) {
    const start = `${comment_markers/* telefonistkaTag */.Wy}\n${(0,comment_markers/* kindMarker */.Zy)(dashboard_document/* DASHBOARD_KIND */.G)}\n`;
    if (!edit.issue.body.startsWith(start) || !edit.issue.labels.includes(write_dashboard_issue/* DASHBOARD_LABEL */.up))
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
    if (!(0,list_dashboard_actions/* isDashboardTarget */.Wp)(context.dashboard, action))
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
// EXTERNAL MODULE: ./src/actions/shared/detect-repository-access.ts + 6 modules
var detect_repository_access = __webpack_require__(95108);
// EXTERNAL MODULE: ./src/actions/shared/workflow-github.ts
var workflow_github = __webpack_require__(10494);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/promotion/compare-strings.ts
var compare_strings = __webpack_require__(16277);
// EXTERNAL MODULE: ./src/core/promotion/promotion-title.ts
var promotion_title = __webpack_require__(79963);
// EXTERNAL MODULE: ./src/core/promotion/split-code-points.ts
var split_code_points = __webpack_require__(66731);
;// CONCATENATED MODULE: ./src/core/promotion/ref-slug.ts

/**
 * A readable piece of a branch name made from any text (a folder, an environment): every run of characters outside
 * `[A-Za-z0-9._-]` becomes `-`, dot runs one dot, no leading or trailing `-`/`.`, at most `max` code points. What a
 * git ref refuses (`..`, `~`, `^`, `:`, spaces, `@{`) never remains; callers add a hash to keep names unique.
 */
function refSlug(text, max) {
    const readable = text
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/^[-.]+|[-.]+$/g, '');
    const [head] = (0,split_code_points/* splitCodePoints */.h)(readable, max);
    return head.replace(/[-.]+$/, '');
}

// EXTERNAL MODULE: ./src/core/comments/markdown-code.ts
var markdown_code = __webpack_require__(95947);
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
    const head = refSlug(environment, 150);
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

// EXTERNAL MODULE: ./src/core/holds/parse-holds-file.ts
var parse_holds_file = __webpack_require__(57921);
// EXTERNAL MODULE: ./src/core/promotion/plan-promotions.ts + 2 modules
var plan_promotions = __webpack_require__(44612);
// EXTERNAL MODULE: ./src/use-cases/promote/list-own-promotion-prs.ts
var list_own_promotion_prs = __webpack_require__(54433);
// EXTERNAL MODULE: ./src/use-cases/promote/write-newest-promotion.ts + 6 modules
var write_newest_promotion = __webpack_require__(45627);
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
    return async (action, context) => {
        try {
            return await bundle(action, context, deps);
        }
        catch (error) {
            const message = (0,error_message/* errorMessage */.g)(error);
            deps.logger.error(message);
            return { action, outcome: 'failed', message };
        }
    };
}
async function bundle(action, context, deps) {
    const phase = (what) => ({ flow: 'bundle', phase: `${what} ${action.environment}` });
    const head = await (0,in_phase/* inPhase */.x)(phase('reading the default branch for'), () => readHead(deps));
    const holds = await (0,in_phase/* inPhase */.x)(phase('reading the holds for'), () => readHolds(head, deps));
    const built = await (0,in_phase/* inPhase */.x)(phase('building the dashboard for'), () => (0,build_repository_dashboard/* buildRepositoryDashboard */.Z)({ commit: head, today: context.now.toISOString().slice(0, 10), holds }, { snapshot: deps.snapshot, history: deps.history, logger: deps.logger }));
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
/** The holds file at `head`; a broken file fails the bundle with its file:line:col (nothing is written). */
async function readHolds(head, deps) {
    const text = await deps.snapshot.readFile(head, parse_holds_file/* HOLDS_FILE */.g);
    return text === undefined ? [] : (0,parse_holds_file/* parseHoldsFile */.o)(text).config;
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
// EXTERNAL MODULE: ./src/use-cases/promote/promote-merged-pull-request.ts + 6 modules
var promote_merged_pull_request = __webpack_require__(99945);
;// CONCATENATED MODULE: ./src/use-cases/dashboard/create-promote-action-handler.ts



/**
 * The dashboard's "promote now": the manual-promotion path of promote's `workflow_dispatch` (the upstream
 * folder from the default branch, restricted to the cell's environment), credited to the person who ticked.
 * Idempotent: a cell already in sync, or with a promotion PR open into it, is answered `unchanged`; the
 * promotion branch is named by its targets, so a re-run or a concurrent run updates the same PR.
 */
function createPromoteActionHandler(setup) {
    return async (action, context) => {
        const cell = context.dashboard === undefined ? undefined : (0,list_dashboard_actions/* findDashboardCell */.iP)(context.dashboard, action.folder);
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

// EXTERNAL MODULE: ./src/core/dashboard/read-version.ts + 3 modules
var read_version = __webpack_require__(11671);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/holds/normalize-hold-folder.ts
var normalize_hold_folder = __webpack_require__(53576);
;// CONCATENATED MODULE: ./src/core/holds/open-holds-document.ts


/** The header written into a new holds file. */
const HEADER = ' Held component folders: promote and the sweep skip them until the entry is removed.';
/**
 * Opens the holds file for an edit: validates it first (ConfigError at file:line:col: a broken file is never
 * rewritten), creates the file's header and an empty `holds:` list when the text is empty, and turns a flow
 * list (`holds: []`) into a block list so entries are written one per line.
 */
function openHoldsDocument(text, file = parse_holds_file/* HOLDS_FILE */.g) {
    const holds = (0,parse_holds_file/* parseHoldsFile */.o)(text, file).config;
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
    (0,parse_holds_file/* parseHoldsFile */.o)(result);
    return result;
}
function add_hold_oneLine(text, limit) {
    const line = text.replace(/\s+/gu, ' ').trim();
    return [...line].slice(0, limit).join('');
}

;// CONCATENATED MODULE: ./src/core/rollback/rollback-branch-name.ts


/** The branch prefix of every rollback PR this tool opens. */
const ROLLBACK_BRANCH_PREFIX = 'telefonistka/rollback/';
/** Longest readable part of the branch name, in code points. */
const MAX_FOLDER_CODE_POINTS = 150;
/**
 * The branch of the rollback PR of `folder`: `telefonistka/rollback/<folder, every character outside
 * [A-Za-z0-9._-] as "-", at most 150 code points>-<first 12 hex of SHA-1 of the folder>`. One branch per folder, so
 * an open rollback PR is found by its head; the hash keeps folders that read alike apart, and the readable part
 * never holds what a git ref refuses (`..`, `~`, `^`, `:`, spaces, `@{`).
 */
function rollbackBranchName(folder) {
    const hash = (0,external_node_crypto_.createHash)('sha1').update(folder, 'utf8').digest('hex').slice(0, 12);
    const head = refSlug(folder, MAX_FOLDER_CODE_POINTS);
    return `${ROLLBACK_BRANCH_PREFIX}${head === '' ? '' : `${head}-`}${hash}`;
}

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
 * The root tree of the rollback commit. GitHub is reported both to replace and to merge an existing folder given
 * as one `040000` entry (see build-sync-entries.ts), so an existing folder is first removed, then the old tree set
 * on the result: exact under either reading, no blob uploaded, two tree calls.
 */
async function restoreTree(input, deps) {
    const { history, folder } = input;
    const previous = history.lastChange?.previousTree;
    const first = [];
    if (input.holds.after !== input.holds.before)
        first.push({ path: parse_holds_file/* HOLDS_FILE */.g, mode: '100644', type: 'blob', content: input.holds.after });
    if (history.currentTree !== undefined)
        first.push({ path: folder, mode: '040000', type: 'tree', sha: null });
    const cleared = first.length === 0 ? history.headTree : await deps.github.createTree(history.headTree, first);
    if (previous === undefined)
        return cleared;
    return deps.github.createTree(cleared, [{ path: folder, mode: '040000', type: 'tree', sha: previous }]);
}

;// CONCATENATED MODULE: ./src/use-cases/dashboard/create-rollback-handler.ts











/**
 * The dashboard's *roll back* checkbox: a PR (labelled `telefonistka/rollback`, assigned to whoever ticked) whose
 * one commit sets the folder to exactly its tree before the last change on the default branch (or deletes it
 * when that change created it) and holds the folder in the holds file. Idempotent: an open rollback PR for the
 * folder, or a last change that is itself a merged rollback, is `unchanged`.
 */
function createRollbackHandler(deps) {
    return async (action, context) => {
        try {
            return await rollBack(action, context, deps);
        }
        catch (error) {
            const message = (0,error_message/* errorMessage */.g)(error);
            deps.logger.error(message);
            return { action, outcome: 'failed', message };
        }
    };
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
    const branch = rollbackBranchName(folder);
    const open = await openRollback(branch, trusted, deps);
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
        holdsFile: parse_holds_file/* HOLDS_FILE */.g,
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
        if (!pull.merged || !pull.headRef.startsWith(ROLLBACK_BRANCH_PREFIX))
            continue;
        if ((await (0,is_promotion_pr_author/* isPromotionPrAuthor */.P)(pull.author, trusted)) === true)
            return { number: pull.number, url: pull.url };
    }
    return undefined;
}
/** The open rollback PR this tool opened from `branch`; a PR anyone else opened from it is not adopted. */
async function openRollback(branch, trusted, deps) {
    for (const pr of await deps.github.listOpenPullRequests({ head: branch, base: deps.defaultBranch })) {
        if ((await (0,is_promotion_pr_author/* isPromotionPrAuthor */.P)(pr.author, trusted)) === true)
            return { number: pr.number, url: pr.url };
        deps.logger.info(`#${pr.number} (${pr.headRef}) was opened by ${pr.author}, not by this action: left alone.`);
    }
    return undefined;
}
/** The version now (from the snapshot) and restored (from GitHub: a shallow checkout lacks the parent). */
async function readVersions(folder, history, config, deps) {
    const parent = history.lastChange?.parent;
    const read = async (at) => {
        for (const source of config.dashboard.version) {
            const text = await at(`${folder}/${source.file}`);
            const version = text === undefined ? undefined : (0,read_version/* readVersion */.$)(text, source.path);
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
            : await read((path) => deps.github.getFileText(parent, path)),
    };
}
/** The holds file at the head with the folder held (the first hold of a folder stands). */
async function holdsWithRollback(folder, change, context, history, deps) {
    const before = (await deps.snapshot.readFile(history.head, parse_holds_file/* HOLDS_FILE */.g)) ?? '';
    const after = addHold(before, {
        folder,
        reason: `rolled back to before ${change.commit.slice(0, 7)}`,
        by: context.actor,
        since: context.now.toISOString(),
    });
    return { before, after };
}

// EXTERNAL MODULE: ./src/core/errors/config-error.ts
var config_error = __webpack_require__(30826);
;// CONCATENATED MODULE: ./src/core/holds/describe-hold.ts
/** How a hold reads in plans, previews, PR bodies and summaries: `held (reason, by login, since time)`. */
function describeHold(hold) {
    const reason = hold.reason.replace(/\s+/g, ' ').trim();
    return `held (${reason}, by ${hold.by}, since ${hold.since})`;
}

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
    const file = (0,markdown_code/* codeSpan */.SS)(parse_holds_file/* HOLDS_FILE */.g);
    if (kind === 'hold') {
        return {
            title: `Hold ${hold.folder}`,
            commitTitle: `Hold ${hold.folder}`,
            body: [
                `Holds ${folder}: promote and the gate sweep skip this folder until the hold is released.`,
                '',
                `- asked by @${hold.by} ${options.source} at ${hold.since}`,
                `- reason: ${render_hold_pull_request_oneLine(hold.reason)}`,
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
            `- asked by @${hold.by} ${options.source} at ${hold.since}`,
            `- it removes the folder's entry from ${file}`,
        ].join('\n'),
    };
}
/** A reason is the user's text: one line, no HTML comment or mention can start a new block. */
function render_hold_pull_request_oneLine(text) {
    return text.replace(/\s+/g, ' ').replace(/</g, '&lt;').trim();
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
            const state = held === undefined ? 'is not held' : `is ${describeHold(held)} already`;
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
            return outcome('refused', `${parse_holds_file/* HOLDS_FILE */.g} on ${deps.defaultBranch} is invalid; fix it first: ${error.message}`);
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
    const [commit, text] = await Promise.all([github.getCommit(head), github.getFileText(head, parse_holds_file/* HOLDS_FILE */.g)]);
    const holds = (0,parse_holds_file/* parseHoldsFile */.o)(text ?? '').config;
    return { head, treeSha: commit.treeSha, text: text ?? '', holds };
}
/** Open hold and release PRs of the folder, found by branch name, counted only when this tool opened them. */
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
        else
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
        { path: parse_holds_file/* HOLDS_FILE */.g, mode: '100644', type: 'blob', content: text },
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
    const history = access.localGit !== undefined && checkoutDir !== undefined ? (0,create_git_history/* createGitHistory */.J)(checkoutDir) : undefined;
    const issues = (0,create_octokit_issues/* createOctokitIssues */.m)({
        ...adapter,
        writeIntervalMs: inputs.writeIntervalMs,
        scrubText: secret_registry/* scrubSecrets */.Z,
    });
    const result = await handleDashboardEdit({ edit, commit, today: new Date().toISOString().slice(0, 10) }, {
        snapshot: access.snapshot,
        history: access.localGit !== undefined && checkoutDir !== undefined
            ? (0,create_git_history/* createGitHistory */.J)(checkoutDir)
            : undefined,
        openPulls: (0,create_graphql_open_pulls/* createGraphqlOpenPulls */.e)({ ...adapter, onRequest: () => openPullCalls++ }),
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
    return (0,render_action_outcomes/* renderActionOutcomes */.E)(result.outcomes, { actor: result.actor });
}


/***/ })

};
