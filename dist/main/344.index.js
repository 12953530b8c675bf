export const id = 344;
export const ids = [344];
export const modules = {

/***/ 50344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDashboardEdit: () => (/* binding */ runDashboardEdit)
});

// EXTERNAL MODULE: ./src/adapters/git/create-git-history.ts
var create_git_history = __webpack_require__(91079);
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
// EXTERNAL MODULE: ./src/core/dashboard/dashboard-document.ts + 1 modules
var dashboard_document = __webpack_require__(85749);
// EXTERNAL MODULE: ./src/core/dashboard/list-dashboard-actions.ts
var list_dashboard_actions = __webpack_require__(46077);
// EXTERNAL MODULE: ./src/core/errors/error-message.ts
var error_message = __webpack_require__(98307);
// EXTERNAL MODULE: ./src/core/identity/matches-login.ts
var matches_login = __webpack_require__(40083);
// EXTERNAL MODULE: ./src/use-cases/promote/load-repo-config.ts
var load_repo_config = __webpack_require__(99310);
// EXTERNAL MODULE: ./src/use-cases/dashboard/build-repository-dashboard.ts + 8 modules
var build_repository_dashboard = __webpack_require__(76238);
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
// EXTERNAL MODULE: ./src/use-cases/promote/manual-pull-request.ts
var manual_pull_request = __webpack_require__(83262);
// EXTERNAL MODULE: ./src/use-cases/promote/promote-merged-pull-request.ts + 17 modules
var promote_merged_pull_request = __webpack_require__(10774);
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
    return (0,render_action_outcomes/* renderActionOutcomes */.E)(result.outcomes, { actor: result.actor });
}


/***/ })

};
