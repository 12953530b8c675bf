export const id = 7;
export const ids = [7];
export const modules = {

/***/ 7:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPromote: () => (/* binding */ runPromote)
});

// EXTERNAL MODULE: ./src/runtime/action-logger.ts
var action_logger = __webpack_require__(3021);
// EXTERNAL MODULE: ./src/runtime/inputs.ts
var inputs = __webpack_require__(2291);
// EXTERNAL MODULE: ./src/runtime/outputs.ts
var outputs = __webpack_require__(8506);
// EXTERNAL MODULE: ./src/runtime/sleep.ts
var sleep = __webpack_require__(3083);
// EXTERNAL MODULE: ./src/runtime/workflow-context.ts + 1 modules
var workflow_context = __webpack_require__(9206);
// EXTERNAL MODULE: ./src/core/promotion/compare-strings.ts
var compare_strings = __webpack_require__(6277);
;// CONCATENATED MODULE: ./src/core/promotion/render-dry-run-comment.ts

/**
 * The Go bot's dry-run comment (template `dryRunMsg`), used for `dryRunMode` and the `show-plan` label:
 * promotions by key, sync pairs by target, skipped targets by component in Go slice syntax `[a b]`. The
 * double slash in ` 🚫 <sourcePath>/<component>` is the Go bot's, kept byte for byte. Deletions, which the
 * Go bot showed as copies, are marked.
 */
function renderDryRunComment(plan) {
    const promotions = [...plan.promotions].sort((a, b) => (0,compare_strings/* compareStrings */.K)(a.key, b.key));
    return ('\n## Telefonistka Promotion Dry Run Message:\n\nThis is the plan for opening promotion PRs:\n\n\n' +
        promotions.map(renderPromotion).join('') +
        '\n');
}
function renderPromotion(promotion) {
    let out = `\n\n\n\`\`\`\nPR :${promotion.sourcePath}`;
    const pairs = [...promotion.syncPaths].sort((a, b) => (0,compare_strings/* compareStrings */.K)(a.target, b.target));
    for (const pair of pairs) {
        out += pair.deleted
            ? `\n 🗑️ ${pair.source} ➡️  ${pair.target} (source folder deleted: target is removed)`
            : `\n ✅ ${pair.source} ➡️  ${pair.target}`;
    }
    const skipped = Object.keys(promotion.skippedTargets)
        .filter((component) => (promotion.skippedTargets[component] ?? []).length > 0)
        .sort(compare_strings/* compareStrings */.K);
    if (skipped.length > 0) {
        out += '\nSkipped target paths:';
        for (const component of skipped) {
            const targets = promotion.skippedTargets[component] ?? [];
            out += `\n 🚫 ${promotion.sourcePath}/${component} ➡️  [${targets.join(' ')}]`;
        }
    }
    return `${out}\n\`\`\``;
}

// EXTERNAL MODULE: ./src/use-cases/shared/bot-comment-tag.ts
var bot_comment_tag = __webpack_require__(7381);
;// CONCATENATED MODULE: ./src/use-cases/shared/upsert-sticky-comment.ts

/**
 * Keeps one comment per `marker` on an issue or PR: updated in place on re-runs instead of piling up.
 * The body gets the bot tag and the hidden marker as its first lines.
 */
async function upsertStickyComment(github, issueNumber, comment) {
    const body = `${bot_comment_tag/* BOT_COMMENT_TAG */.H}\n${comment.marker}\n${comment.body}`;
    const existing = (await github.listComments(issueNumber)).find((c) => c.body.includes(comment.marker));
    if (existing === undefined) {
        await github.createComment(issueNumber, body);
        return 'created';
    }
    if (existing.body === body)
        return 'unchanged';
    await github.updateComment(existing.id, body);
    return 'updated';
}

;// CONCATENATED MODULE: ./src/core/promotion/render-auto-merge-comment.ts
/** The Go bot's auto-merge note on the triggering PR, without the `<!-- telefonistka_tag -->\n` prefix. */
function renderAutoMergeComment(prNumber) {
    return `\n✅ Auto merge is enabled\n🚀 Merging promotion PR: #${prNumber}\n`;
}

// EXTERNAL MODULE: ./src/use-cases/shared/merge-with-retry.ts
var merge_with_retry = __webpack_require__(5797);
// EXTERNAL MODULE: ./src/core/promotion/parse-promotion-metadata.ts
var parse_promotion_metadata = __webpack_require__(7906);
;// CONCATENATED MODULE: ./src/use-cases/promote/supersede-older-prs.ts


/**
 * Older open promotion PRs that promote to any of the same target folders would silently revert the newer
 * content if merged after `current`; comment on them with a link and, by default, close them.
 */
async function supersedeOlderPrs(promotion, current, mode, context) {
    if (mode === 'off')
        return [];
    const targets = new Set(promotion.metadata.promotedPaths);
    const older = context.openPromotionPrs.filter((pr) => pr.number < current.number &&
        pr.headRef !== promotion.branch &&
        ((0,parse_promotion_metadata/* parsePromotionMetadata */.q)(pr.body)?.promotedPaths ?? []).some((path) => targets.has(path)));
    for (const pr of older) {
        const shared = ((0,parse_promotion_metadata/* parsePromotionMetadata */.q)(pr.body)?.promotedPaths ?? []).filter((path) => targets.has(path));
        const action = mode === 'close' ? 'This PR was closed because' : 'Do not merge this PR:';
        await context.github.createComment(pr.number, `${bot_comment_tag/* BOT_COMMENT_TAG */.H}\nSuperseded by #${current.number}, which promotes newer content to ${shared
            .map((path) => `\`${path}\``)
            .join(', ')}. ${action} merging it after #${current.number} would revert that content.`);
        if (mode === 'close')
            await context.github.updatePullRequest(pr.number, { state: 'closed' });
        context.logger.info(`#${pr.number} superseded by #${current.number} (${mode})`);
    }
    context.openPromotionPrs = context.openPromotionPrs.filter((pr) => !older.includes(pr));
    return older.map((pr) => pr.number);
}

;// CONCATENATED MODULE: ./src/core/sync/build-sync-entries.ts
/**
 * Tree entries that make `target` (in `baseTree`) equal to `source` (in `sourceTree`), without uploading blobs.
 *
 * `POST /git/trees` with a `040000` entry on an existing folder is reported both to replace and to merge the folder
 * (https://docs.github.com/rest/git/trees#create-a-tree). Both readings give the same result when the target has no
 * file that the source lacks, so a single tree entry is sent then; otherwise every differing file is sent by blob
 * SHA and every target-only file deleted, which means the same under either reading.
 */
function buildSyncEntries(sync, sourceTree, baseTree) {
    const target = baseTree.get(sync.target);
    if (sync.deleted) {
        const doomed = filesUnder(baseTree, sync.target).map((entry) => deletion(`${sync.target}/${entry.path}`));
        return { entries: doomed, strategy: doomed.length === 0 ? 'unchanged' : 'delete' };
    }
    const source = sourceTree.get(sync.source);
    if (source === undefined || source.type !== 'tree') {
        throw new Error(`source folder ${sync.source} is not in the merged commit`);
    }
    if (target?.type === 'tree' && target.sha === source.sha)
        return { entries: [], strategy: 'unchanged' };
    const sourceFiles = new Map(filesUnder(sourceTree, sync.source).map((entry) => [entry.path, entry]));
    const targetFiles = target?.type === 'tree' ? filesUnder(baseTree, sync.target) : [];
    const targetOnly = targetFiles.filter((entry) => !sourceFiles.has(entry.path));
    if (targetOnly.length === 0) {
        return {
            entries: [{ path: sync.target, mode: '040000', type: 'tree', sha: source.sha }],
            strategy: 'copy',
        };
    }
    const current = new Map(targetFiles.map((entry) => [entry.path, entry]));
    const entries = [];
    for (const [path, entry] of sourceFiles) {
        const existing = current.get(path);
        if (existing?.sha === entry.sha && existing.mode === entry.mode)
            continue;
        entries.push({
            path: `${sync.target}/${path}`,
            mode: entry.mode,
            type: entry.type,
            sha: entry.sha,
        });
    }
    for (const entry of targetOnly)
        entries.push(deletion(`${sync.target}/${entry.path}`));
    return { entries: entries.sort((a, b) => compare(a.path, b.path)), strategy: 'files' };
}
/** Non-tree entries below `folder`, with paths relative to it, sorted. */
function filesUnder(tree, folder) {
    const prefix = `${folder}/`;
    const found = [];
    for (const [path, entry] of tree) {
        if (entry.type !== 'tree' && path.startsWith(prefix))
            found.push({ ...entry, path: path.slice(prefix.length) });
    }
    return found.sort((a, b) => compare(a.path, b.path));
}
function deletion(path) {
    return { path, mode: '100644', type: 'blob', sha: null };
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/core/errors/external-error.ts
var external_error = __webpack_require__(1787);
;// CONCATENATED MODULE: ./src/use-cases/shared/label-and-assign.ts

/**
 * Sets labels and the assignee of a PR in one call. GitHub rejects the whole update for logins that cannot
 * be assigned (bots, users without access): then the missing labels are added alone and a warning is returned
 * instead of failing the run. Right after a PR is created GitHub can answer 422 "Could not resolve to an
 * Issue" or 404 for a moment (eventual consistency); such calls are retried a few times with a growing pause.
 */
async function labelAndAssign(github, number, options) {
    const { assignee, current } = options;
    const labels = union(current?.labels ?? [], options.labels);
    const missing = options.labels.filter((label) => !(current?.labels ?? []).includes(label));
    const wanted = assignee === '' ? [] : [assignee];
    const assignees = union(current?.assignees ?? [], wanted);
    try {
        const kept = await afterPrCreation(options, () => github.setLabelsAndAssignees(number, { labels, assignees }));
        if (wanted.length > 0 && !kept.includes(assignee))
            return [unassignable(number, assignee)];
        return [];
    }
    catch (error) {
        if (wanted.length === 0 || !/assignees/.test(messageOf(error)))
            throw error;
        if (missing.length > 0)
            await afterPrCreation(options, () => github.addLabels(number, missing));
        return [unassignable(number, assignee)];
    }
}
async function afterPrCreation(options, call) {
    for (let attempt = 1;; attempt++) {
        try {
            return await call();
        }
        catch (error) {
            if (attempt >= 4 || !notVisibleYet(error))
                throw error;
            options.logger.info(`GitHub does not see the new PR yet; retrying in ${attempt}s`);
            await options.sleep(attempt * 1000);
        }
    }
}
/** GitHub's answers while a new PR is not yet visible to the issues API. */
function notVisibleYet(error) {
    if (!(error instanceof external_error/* ExternalError */.y))
        return false;
    return error.status === 404 || (error.status === 422 && /resolve|not_found/i.test(error.message));
}
function union(a, b) {
    return [...new Set([...a, ...b])];
}
function unassignable(number, login) {
    return `#${number}: could not assign ${login} (bots and users without access cannot be assignees)`;
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/use-cases/shared/mend-labels-and-assignee.ts

/**
 * Makes an existing PR carry its labels and assignee again when an earlier run left it half-made (a label call
 * that failed past its retries, a PR adopted after a lost create answer). Works from the labels and assignees
 * already read with the PR: no call when nothing is missing. Adds, never removes: labels and assignees that
 * people added stay. Bots can never be assignees, so a bot author is not asked for again on every run.
 */
async function mendLabelsAndAssignee(github, pr, options) {
    const assignees = pr.assignees ?? [];
    const labelsMissing = options.labels.some((label) => !pr.labels.includes(label));
    const assignee = assignable(options.assignee) ? options.assignee : '';
    const assigneeMissing = assignee !== '' && !assignees.some((login) => login.toLowerCase() === assignee.toLowerCase());
    if (!labelsMissing && !assigneeMissing)
        return [];
    options.logger.info(`#${pr.number} lacks ${[labelsMissing ? 'labels' : '', assigneeMissing ? 'its assignee' : '']
        .filter((part) => part !== '')
        .join(' and ')}: mending`);
    return labelAndAssign(github, pr.number, {
        ...options,
        assignee,
        current: { labels: pr.labels, assignees },
    });
}
function assignable(login) {
    return login !== '' && !login.endsWith('[bot]');
}

;// CONCATENATED MODULE: ./src/use-cases/promote/write-promotion-pr.ts



/**
 * Makes the promotion branch and PR match the plan: one commit built from tree SHAs on top of the default
 * branch, the branch created or swapped (compare-and-swap), the PR opened or updated, labels and assignee set.
 * Re-running is safe: when the branch already holds the promoted content nothing is written.
 */
async function writePromotionPr(promotion, context) {
    const entries = promotion.syncPaths.flatMap((sync) => buildSyncEntries(sync, context.sourceTree, context.baseTree).entries);
    const existing = context.openPromotionPrs.find((pr) => pr.headRef === promotion.branch);
    if (entries.length === 0) {
        context.logger.info('The default branch already has this content: nothing to promote.');
        return { action: 'up-to-date', pullRequest: existing, headSha: existing?.headSha, warnings: [] };
    }
    if (existing !== undefined && (await branchHasContent(existing.headSha, promotion, context))) {
        const warnings = await mendPullRequest(existing, promotion, context);
        context.logger.info(`#${existing.number} already has this content: no new commit.`);
        return { action: 'unchanged', pullRequest: existing, headSha: existing.headSha, warnings };
    }
    const commit = await createPromotionCommit(promotion, entries, context);
    await pointBranch(promotion.branch, commit, existing?.headSha, context);
    if (existing !== undefined) {
        const warnings = await mendPullRequest(existing, promotion, context);
        return { action: 'updated', pullRequest: existing, headSha: commit, warnings };
    }
    return openPullRequest(promotion, commit, context);
}
async function createPromotionCommit(promotion, entries, context) {
    const tree = await context.github.createTree(context.baseTreeSha, entries);
    // No author or committer: GitHub then signs the commit for bot identities ("Verified").
    const commit = await context.github.createCommit({
        message: `Syncing from ${promotion.sourcePath}`,
        tree,
        parents: [context.baseHead],
    });
    context.logger.info(`Commit ${commit} (tree ${tree}, ${entries.length} tree entries)`);
    return commit;
}
async function pointBranch(branch, commit, knownSha, context) {
    let current = knownSha;
    if (current === undefined) {
        if ((await context.github.createBranch(branch, commit)) === 'written')
            return;
        current = await context.github.getBranchSha(branch);
        if (current === undefined)
            throw new Error(`branch ${branch} exists and vanished; re-run the job`);
    }
    const result = await context.github.replaceBranch(branch, { from: current, to: commit });
    if (result === 'conflict') {
        throw new Error(`branch ${branch} was moved by someone else while this run updated it; re-run the job`);
    }
}
async function openPullRequest(promotion, commit, context) {
    const { github } = context;
    let pr = await github.createPullRequest({
        title: promotion.title,
        body: promotion.body,
        head: promotion.branch,
        base: context.defaultBranch,
    });
    if (pr === undefined) {
        // A PR for the branch exists: a lost answer to our own create (GitHub made it, we saw a 5xx and the
        // retry got "already exists"), or a concurrent run. Adopt it and make it whole.
        pr = (await github.listOpenPullRequests({ head: promotion.branch }))[0];
        if (pr === undefined)
            throw new Error(`GitHub says a PR for ${promotion.branch} exists but lists none`);
        const warnings = await mendPullRequest(pr, promotion, context);
        return { action: 'updated', pullRequest: pr, headSha: commit, warnings };
    }
    const warnings = await labelAndAssign(github, pr.number, {
        labels: promotion.labels,
        assignee: promotion.metadata.originalPrAuthor,
        logger: context.logger,
        sleep: context.sleep,
    });
    return { action: 'opened', pullRequest: pr, headSha: commit, warnings };
}
/**
 * Converges an existing PR on the plan: title, body, labels and assignee are checked against what was read
 * with the PR and mended when an earlier run left them wrong or missing; nothing is called when all match.
 */
async function mendPullRequest(pr, promotion, context) {
    if (pr.title !== promotion.title || pr.body !== promotion.body) {
        await context.github.updatePullRequest(pr.number, { title: promotion.title, body: promotion.body });
    }
    return mendLabelsAndAssignee(context.github, pr, {
        labels: promotion.labels,
        assignee: promotion.metadata.originalPrAuthor,
        logger: context.logger,
        sleep: context.sleep,
    });
}
async function branchHasContent(headSha, promotion, context) {
    if (context.localGit !== undefined && !(await context.localGit.hasCommit(headSha))) {
        await context.localGit.fetch([headSha]);
    }
    const tree = await context.snapshot.readTree(headSha);
    return promotion.syncPaths.every((sync) => syncApplied(sync, tree, context.sourceTree));
}
function syncApplied(sync, tree, sourceTree) {
    if (sync.deleted)
        return filesUnder(tree, sync.target).length === 0;
    return tree.get(sync.target)?.sha === sourceTree.get(sync.source)?.sha;
}

;// CONCATENATED MODULE: ./src/use-cases/promote/complete-promotion.ts





/** Writes one planned promotion PR, then supersedes, approves and auto-merges it; failures become a result. */
async function completePromotion(promotion, input) {
    const { context } = input;
    const base = {
        key: promotion.key,
        branch: promotion.branch,
        targets: promotion.syncPaths.map((s) => s.target),
        action: 'failed',
        superseded: [],
    };
    try {
        const written = await writePromotionPr(promotion, context);
        for (const warning of written.warnings)
            context.logger.warning(warning);
        input.warnings.push(...written.warnings);
        const pr = written.pullRequest;
        const result = { ...base, action: written.action };
        if (pr === undefined || written.headSha === undefined)
            return result;
        result.number = pr.number;
        result.url = pr.url;
        if (written.action === 'up-to-date')
            return result;
        result.superseded = await supersedeOlderPrs(promotion, pr, input.config.supersede, context);
        if (written.action === 'opened')
            await approve(pr.number, input);
        if (promotion.autoMerge) {
            const merged = await autoMerge(pr.number, pr.nodeId, written.headSha, input);
            if (merged)
                result.action = 'merged';
        }
        context.logger.info(`${result.action}: #${pr.number} ${pr.url}`);
        return result;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        context.logger.error(`${promotion.branch}: ${message}`);
        return { ...base, error: message };
    }
}
async function approve(number, input) {
    if (!input.config.autoApprovePromotionPrs)
        return;
    const { approver, logger } = input.context;
    if (approver === undefined) {
        const message = `#${number}: autoApprovePromotionPrs is on but no approver-token is set; not approved`;
        logger.warning(message);
        input.warnings.push(message);
        return;
    }
    await approver.approvePullRequest(number);
    logger.info(`#${number} approved`);
}
/** Returns true when the PR was merged now (native auto-merge merges later, when checks pass). */
async function autoMerge(number, nodeId, sha, input) {
    const { context, options, pr } = input;
    await context.github.createComment(pr.number, `${bot_comment_tag/* BOT_COMMENT_TAG */.H}\n${renderAutoMergeComment(number)}`);
    if (options.autoMergeMode === 'native') {
        await context.github.enableAutoMerge(nodeId, options.mergeMethod);
        context.logger.info(`#${number}: GitHub auto-merge enabled; it merges when required checks pass`);
        return false;
    }
    await (0,merge_with_retry/* mergeWithRetry */.N)(context.github, number, {
        sha,
        method: options.mergeMethod,
        logger: context.logger,
        sleep: context.sleep,
    });
    const dispatch = options.dispatchAfterMerge;
    if (dispatch !== undefined) {
        await context.github.dispatchWorkflow(dispatch.workflow, dispatch.ref, { 'merged-pr': String(number) });
        context.logger.info(`Dispatched ${dispatch.workflow} for #${number} so the next hop runs`);
    }
    return true;
}

// EXTERNAL MODULE: ./src/core/promotion/find-changed-components.ts
var find_changed_components = __webpack_require__(268);
// EXTERNAL MODULE: ./src/core/promotion/plan-promotions.ts + 7 modules
var plan_promotions = __webpack_require__(5940);
// EXTERNAL MODULE: ./src/use-cases/promote/collect-changed-files.ts
var collect_changed_files = __webpack_require__(1797);
// EXTERNAL MODULE: ./src/use-cases/promote/gather-plan-input.ts + 1 modules
var gather_plan_input = __webpack_require__(3043);
// EXTERNAL MODULE: ./src/use-cases/promote/load-repo-config.ts + 7 modules
var load_repo_config = __webpack_require__(8940);
;// CONCATENATED MODULE: ./src/use-cases/promote/prepare-promotion.ts





/** Reads the config, the changed components and the trees, plans, and lists the open promotion PRs: the
 * reading phase of a run, before anything is written. */
async function preparePromotion(pr, options, deps) {
    const baseHead = (await deps.localGit?.remoteBranchSha(options.defaultBranch)) ??
        (await deps.github.getBranchSha(options.defaultBranch));
    if (baseHead === undefined)
        throw new Error(`default branch ${options.defaultBranch} not found`);
    if (deps.localGit !== undefined) {
        const wanted = options.manual === undefined ? [baseHead, pr.mergeCommitSha] : [baseHead];
        const missing = [];
        for (const sha of wanted)
            if (!(await deps.localGit.hasCommit(sha)))
                missing.push(sha);
        if (missing.length > 0)
            await deps.localGit.fetch(missing);
    }
    // A manual promotion promotes what the default branch holds now.
    const sourceCommit = options.manual === undefined ? pr.mergeCommitSha : baseHead;
    const loaded = await (0,load_repo_config/* loadRepoConfig */.r)(deps.snapshot, baseHead);
    const { config } = loaded;
    const [baseTree, sourceTree] = await Promise.all([
        deps.snapshot.readTree(baseHead),
        deps.snapshot.readTree(sourceCommit),
    ]);
    const files = options.manual === undefined
        ? (await (0,collect_changed_files/* collectChangedFiles */.w)(pr, deps)).files
        : manualFiles(options.manual.folders, sourceTree);
    const found = (0,find_changed_components/* findChangedComponents */.O)(config, files);
    deps.logger.info(`Components: ${found.components.map((c) => `${c.sourcePath}${c.component}`).join(', ') || 'none'}`);
    const gathered = await (0,gather_plan_input/* gatherPlanInput */.f)({ number: pr.number, headRef: pr.headRef, author: pr.author, labels: pr.labels, body: pr.body }, found.components, {
        snapshot: deps.snapshot,
        sourceCommit,
        sourceTree,
        baseCommit: pr.baseSha,
        targetTree: baseTree,
    });
    const restricted = restrictTargets(config, options.manual?.targets);
    const plan = (0,plan_promotions/* planPromotions */.A)(restricted.config, gathered.input);
    const needsPrs = !(options.dryRun || config.dryRunMode) && plan.promotions.some((p) => p.syncPaths.length > 0);
    const openPromotionPrs = needsPrs
        ? (await deps.github.listOpenPullRequests({ base: options.defaultBranch })).filter((p) => p.headRef.startsWith('promotions/'))
        : [];
    const baseTreeSha = await rootTreeSha(baseHead, deps);
    const context = {
        ...deps,
        defaultBranch: options.defaultBranch,
        baseHead,
        baseTreeSha,
        baseTree,
        sourceTree,
        openPromotionPrs,
    };
    const warnings = [
        ...loaded.warnings,
        ...found.warnings,
        ...gathered.warnings,
        ...restricted.warnings,
        ...plan.warnings,
    ];
    return { plan, config, context, warnings };
}
/**
 * A manual promotion names component folders (or a source folder, meaning every component in it); planning
 * sees them as changed files inside each folder, so the config decides flows and targets exactly as on merge.
 */
function manualFiles(folders, tree) {
    return folders.flatMap((folder) => {
        const clean = folder.replace(/\/+$/, '');
        const entry = tree.get(clean);
        if (entry?.type !== 'tree')
            throw new Error(`folder ${clean} does not exist on the default branch`);
        return [...tree.values()]
            .filter((e) => e.type !== 'tree' && e.path.startsWith(`${clean}/`))
            .map((e) => ({ path: e.path }));
    });
}
/**
 * Restricts every flow to the chosen target folders before planning, so branch names, titles and history of a
 * manual promotion describe exactly the targets it promotes to.
 */
function restrictTargets(config, targets) {
    if (targets === undefined || targets.length === 0)
        return { config, warnings: [] };
    const chosen = new Set(targets.map((t) => (t.endsWith('/') ? t : `${t}/`)));
    const known = new Set(config.promotionPaths.flatMap((flow) => flow.promotionPrs.flatMap((pr) => pr.targetPaths)));
    const warnings = [...chosen]
        .filter((t) => !known.has(t))
        .map((t) => `target ${t} is not a target in telefonistka.yaml; ignored`);
    const promotionPaths = config.promotionPaths.map((flow) => ({
        ...flow,
        promotionPrs: flow.promotionPrs
            .map((pr) => ({ ...pr, targetPaths: pr.targetPaths.filter((t) => chosen.has(t)) }))
            .filter((pr) => pr.targetPaths.length > 0),
    }));
    return { config: { ...config, promotionPaths }, warnings };
}
/** The root tree of a commit: from git when local, else one API call. */
async function rootTreeSha(commit, deps) {
    if (deps.snapshot.source === 'local' && deps.localGit !== undefined) {
        const sha = await deps.localGit.treeOf(commit);
        if (sha !== undefined)
            return sha;
    }
    return (await deps.github.getCommit(commit)).treeSha;
}

;// CONCATENATED MODULE: ./src/use-cases/promote/promote-merged-pull-request.ts




const DRY_RUN_MARKER = '<!-- telefonistka:dry-run -->';
/**
 * The merged-PR flow: read the config at the default branch, plan from the PR's changed files, then open,
 * update, approve and merge one PR per planned promotion. One PR failing does not stop the others.
 */
async function promoteMergedPullRequest(pr, options, deps) {
    const { logger } = deps;
    const prepared = await logger.group('Plan', () => preparePromotion(pr, options, deps));
    const { plan, config, context } = prepared;
    const warnings = [...prepared.warnings];
    for (const warning of warnings)
        logger.warning(warning);
    const dryRun = options.dryRun || config.dryRunMode;
    if (dryRun) {
        await logger.group('Dry run: comment the plan', () => upsertStickyComment(deps.github, pr.number, {
            marker: DRY_RUN_MARKER,
            body: renderDryRunComment(plan),
        }));
        return { plan, dryRun, results: [], warnings, failures: [] };
    }
    const results = [];
    for (const promotion of plan.promotions) {
        if (promotion.syncPaths.length === 0) {
            logger.info(`${promotion.key}: every target was skipped or missing; no PR.`);
            continue;
        }
        const result = await logger.group(`Promotion ${promotion.branch}`, () => completePromotion(promotion, { pr, config, options, context, warnings }));
        results.push(result);
    }
    const failures = results.filter((r) => r.action === 'failed').map((r) => `${r.branch}: ${r.error ?? ''}`);
    return { plan, dryRun, results, warnings, failures };
}

// EXTERNAL MODULE: ./src/core/errors/input-error.ts
var input_error = __webpack_require__(5700);
// EXTERNAL MODULE: ./src/actions/shared/event-payloads.ts
var event_payloads = __webpack_require__(6669);
;// CONCATENATED MODULE: ./src/actions/promote/merged-pull-request-from-event.ts


/**
 * The merged PR to promote: from a `pull_request` closed event, or from a `workflow_dispatch` naming it
 * (`merged-pr`, sent by a previous hop that merged with GITHUB_TOKEN). Undefined when the PR was closed unmerged.
 */
async function mergedPullRequestFromEvent(eventName, payload, github) {
    if (eventName === 'pull_request' || eventName === 'pull_request_target') {
        const pr = payload.pull_request;
        if (pr === undefined || payload.action !== 'closed' || pr.merged !== true || !pr.merge_commit_sha)
            return undefined;
        return fromPayload(pr, pr.merge_commit_sha);
    }
    if (eventName === 'workflow_dispatch') {
        const inputs = (payload.inputs ?? {});
        if (manualRequest(payload) !== undefined)
            return manualPullRequest(payload);
        const raw = inputs['merged-pr'];
        const value = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
        if (!/^[1-9][0-9]*$/.test(value)) {
            throw new input_error/* InputError */.d('merged-pr', `workflow_dispatch needs the number of a merged PR, got ${JSON.stringify(value)}`);
        }
        const info = await github.getPullRequest(Number(value));
        if (!info.merged || info.mergeCommitSha === undefined) {
            throw new input_error/* InputError */.d('merged-pr', `#${value} is not merged; only merged PRs are promoted`);
        }
        return { ...info, mergeCommitSha: info.mergeCommitSha };
    }
    return undefined;
}
function fromPayload(pr, mergeCommitSha) {
    return { ...(0,event_payloads/* pullRequestFromPayload */.r)(pr), mergeCommitSha };
}
/** Component folders and targets of a promotion started by hand, from `workflow_dispatch` inputs. */
function manualRequest(payload) {
    const inputs = (payload.inputs ?? {});
    const folders = listInput(inputs.component ?? inputs.components);
    if (folders.length === 0)
        return undefined;
    const targets = listInput(inputs.targets);
    return { folders, targets: targets.length === 0 ? undefined : targets };
}
function listInput(value) {
    if (typeof value !== 'string')
        return [];
    return value
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** A stand-in "merged PR" for a manual promotion: no PR number, the person who dispatched it as author. */
function manualPullRequest(payload) {
    const sender = payload.sender;
    return {
        number: 0,
        nodeId: '',
        headRef: 'manual',
        headSha: '',
        baseSha: '',
        mergeCommitSha: '',
        author: sender?.login ?? '',
        labels: [],
        body: '',
    };
}

// EXTERNAL MODULE: ./src/actions/shared/detect-repository-access.ts + 6 modules
var detect_repository_access = __webpack_require__(5108);
;// CONCATENATED MODULE: ./src/actions/promote/render-promote-summary.ts
/** The job summary of a promotion run: the plan, the PRs and the API calls spent. */
function renderPromoteSummary(result, apiCalls) {
    const lines = ['## Telefonistka promotion', ''];
    if (result.plan.promotions.length === 0)
        lines.push('Nothing to promote: no changed component under a configured `sourcePath`.', '');
    else
        lines.push(...planTable(result), '');
    if (result.results.length > 0)
        lines.push(...prTable(result), '');
    if (result.dryRun)
        lines.push('Dry run: the plan was commented on the merged PR; no PR was opened.', '');
    if (result.warnings.length > 0)
        lines.push('### Warnings', '', ...result.warnings.map((w) => `- ${w}`), '');
    lines.push(`GitHub API calls spent by this step: **${apiCalls}**`, '');
    return lines.join('\n');
}
function planTable(result) {
    const rows = result.plan.promotions.map((p) => {
        const skipped = Object.entries(p.skippedTargets)
            .map(([component, targets]) => `${component}: ${targets.join(', ')}`)
            .join('; ');
        return `| \`${p.sourcePath}\` | ${p.components.join(', ')} | ${p.targetPaths.map((t) => `\`${t}\``).join('<br>')} | ${skipped || '-'} | ${p.autoMerge ? 'yes' : 'no'} |`;
    });
    return ['| source | components | targets | skipped | auto-merge |', '|---|---|---|---|---|', ...rows];
}
function prTable(result) {
    const rows = result.results.map((r) => {
        const pr = r.number === undefined ? '-' : `[#${r.number}](${r.url ?? ''})`;
        const superseded = r.superseded.length === 0 ? '-' : r.superseded.map((n) => `#${n}`).join(', ');
        return `| ${pr} | \`${r.branch}\` | ${r.action}${r.error === undefined ? '' : `: ${r.error}`} | ${superseded} |`;
    });
    return ['| PR | branch | result | superseded |', '|---|---|---|---|', ...rows];
}

// EXTERNAL MODULE: ./src/actions/shared/workflow-github.ts
var workflow_github = __webpack_require__(494);
;// CONCATENATED MODULE: ./src/actions/promote/run-promote.ts










/** The promote action: a merged PR (or a dispatch naming one) becomes promotion PRs. */
async function runPromote() {
    const logger = (0,action_logger/* createActionLogger */.D)();
    const workflow = (0,workflow_context/* readWorkflowContext */.F)();
    const token = (0,inputs/* secretInput */.jY)('github-token') ?? '';
    if (token === '')
        throw new Error('input "github-token" is empty; pass ${{ github.token }} or an App token');
    const github = (0,workflow_github/* createWorkflowGitHub */.d)(token, workflow, logger);
    const approverToken = (0,inputs/* secretInput */.jY)('approver-token');
    const approver = approverToken === undefined ? undefined : (0,workflow_github/* createWorkflowGitHub */.d)(approverToken, workflow, logger);
    const pr = await mergedPullRequestFromEvent(workflow.eventName, workflow.payload, github);
    if (pr === undefined) {
        logger.info(`Nothing to do for ${workflow.eventName}: promotion runs when a PR is merged.`);
        (0,outputs/* setOutputs */.n)({
            plan: { promotions: [], warnings: [] },
            'pull-requests': [],
            'api-calls': github.callCount(),
        });
        return;
    }
    const { localGit, snapshot } = await (0,detect_repository_access/* detectRepositoryAccess */.U)((0,inputs/* stringInput */.Uj)('checkout-path') ?? workflow.workspace, github, logger);
    const defaultBranch = await (0,workflow_github/* workflowDefaultBranch */.P)(workflow, github);
    const result = await promoteMergedPullRequest(pr, {
        defaultBranch,
        dryRun: (0,inputs/* booleanInput */.tE)('dry-run', false),
        autoMergeMode: (0,inputs/* enumInput */.gX)('auto-merge-mode', ['direct', 'native'], 'direct'),
        mergeMethod: (0,inputs/* enumInput */.gX)('merge-method', ['merge', 'squash', 'rebase'], 'merge'),
        dispatchAfterMerge: chainDispatch(token, workflow, defaultBranch),
        ...(workflow.eventName === 'workflow_dispatch' ? manualOption(workflow.payload) : {}),
    }, {
        github,
        approver,
        localGit,
        snapshot,
        logger,
        sleep: sleep/* sleep */.y,
    });
    const apiCalls = github.callCount() + (approver?.callCount() ?? 0);
    (0,outputs/* setOutputs */.n)({
        plan: result.plan,
        'pull-requests': result.results.map((r) => ({
            number: r.number ?? null,
            url: r.url ?? null,
            branch: r.branch,
            targets: r.targets,
            action: r.action,
            superseded: r.superseded,
            ...(r.error === undefined ? {} : { error: r.error }),
        })),
        'api-calls': apiCalls,
    });
    await (0,outputs/* writeSummary */.S)(renderPromoteSummary(result, apiCalls));
    if (result.failures.length > 0) {
        throw new Error(`${result.failures.length} promotion(s) failed:\n${result.failures.map((f) => `- ${f}`).join('\n')}`);
    }
}
function manualOption(payload) {
    const manual = manualRequest(payload);
    return manual === undefined ? {} : { manual };
}
/**
 * Merges made with GITHUB_TOKEN start no workflow, so the next hop would never run: dispatch this workflow
 * instead. `auto` dispatches only when the token is the workflow's own GITHUB_TOKEN (`workflow-token` input).
 */
function chainDispatch(token, workflow, ref) {
    const chain = (0,inputs/* enumInput */.gX)('chain', ['auto', 'dispatch', 'off'], 'auto');
    if (chain === 'off' || workflow.workflowFile === undefined)
        return undefined;
    if (chain === 'auto' && token !== ((0,inputs/* stringInput */.Uj)('workflow-token') ?? ''))
        return undefined;
    return { workflow: workflow.workflowFile, ref };
}


/***/ }),

/***/ 3083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/** Waits `ms` milliseconds; the one clock-dependent primitive handed to use-cases. */
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ }),

/***/ 5797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ mergeWithRetry)
/* harmony export */ });
/* harmony import */ var _core_errors_external_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1787);

/**
 * Merges a PR with the head-SHA guard, retrying with exponential backoff only on GitHub's transient
 * 405 "Base branch was modified. Review and try the merge again." (as the Go bot does); anything else is final.
 */
async function mergeWithRetry(github, number, options) {
    const attempts = options.attempts ?? 6;
    let delay = options.initialDelayMs ?? 500;
    for (let attempt = 1;; attempt++) {
        try {
            return await github.mergePullRequest(number, {
                sha: options.sha,
                ...(options.method === undefined ? {} : { method: options.method }),
                ...(options.commitTitle === undefined ? {} : { commitTitle: options.commitTitle }),
            });
        }
        catch (error) {
            if (attempt >= attempts || !isTryAgain(error))
                throw error;
            options.logger.info(`#${number}: GitHub asked to try the merge again; retrying in ${delay} ms`);
            await options.sleep(delay);
            delay = Math.round(delay * 1.5);
        }
    }
}
function isTryAgain(error) {
    return error instanceof _core_errors_external_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ExternalError */ .y && error.status === 405 && /try the merge again/i.test(error.message);
}


/***/ })

};
