export const id = 706;
export const ids = [706];
export const modules = {

/***/ 9706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPromote: () => (/* binding */ runPromote)
});

// EXTERNAL MODULE: ./src/runtime/action-logger.ts + 1 modules
var action_logger = __webpack_require__(7653);
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

// EXTERNAL MODULE: ./src/use-cases/shared/in-phase.ts
var in_phase = __webpack_require__(1856);
// EXTERNAL MODULE: ./src/use-cases/shared/bot-comment-tag.ts
var bot_comment_tag = __webpack_require__(7381);
// EXTERNAL MODULE: ./src/use-cases/shared/find-own-comments.ts
var find_own_comments = __webpack_require__(2282);
;// CONCATENATED MODULE: ./src/use-cases/shared/upsert-sticky-comment.ts


/**
 * Keeps one comment per `marker` on an issue or PR: updated in place on re-runs instead of piling up.
 * The body gets the bot tag and the hidden marker as its first lines. Only a comment this action's identity
 * wrote is updated: anyone could post the marker first.
 */
async function upsertStickyComment(github, issueNumber, comment) {
    const body = `${bot_comment_tag/* BOT_COMMENT_TAG */.H}\n${comment.marker}\n${comment.body}`;
    const marked = (await github.listComments(issueNumber)).filter((c) => c.body.includes(comment.marker));
    const [existing] = await (0,find_own_comments/* findOwnComments */.g)(github, marked);
    if (existing === undefined) {
        await github.createComment(issueNumber, body);
        return 'created';
    }
    if (existing.body === body)
        return 'unchanged';
    await github.updateComment(existing.id, body);
    return 'updated';
}

;// CONCATENATED MODULE: ./src/core/gates/is-gated-promotion.ts
/** True when a `promotionPrs` entry with gates targets any of the promotion's target folders. */
function isGatedPromotion(config, targetPaths) {
    return config.promotionPaths.some((flow) => flow.promotionPrs.some((pr) => pr.gates !== undefined && pr.targetPaths.some((target) => targetPaths.includes(target))));
}

// EXTERNAL MODULE: ./src/core/gates/gates-context.ts
var gates_context = __webpack_require__(9482);
// EXTERNAL MODULE: ./src/core/errors/external-error.ts
var external_error = __webpack_require__(1787);
// EXTERNAL MODULE: ./src/core/errors/phase-error.ts
var phase_error = __webpack_require__(1355);
;// CONCATENATED MODULE: ./src/core/promotion/render-auto-merge-comment.ts
/** The Go bot's auto-merge note on the triggering PR, without the `<!-- telefonistka_tag -->\n` prefix. */
function renderAutoMergeComment(prNumber) {
    return `\n✅ Auto merge is enabled\n🚀 Merging promotion PR: #${prNumber}\n`;
}

// EXTERNAL MODULE: ./src/use-cases/shared/actions-pr-permission-fix.ts
var actions_pr_permission_fix = __webpack_require__(2403);
// EXTERNAL MODULE: ./src/use-cases/shared/merge-policy.ts + 1 modules
var merge_policy = __webpack_require__(8273);
// EXTERNAL MODULE: ./src/core/promotion/promotion-title.ts
var promotion_title = __webpack_require__(9963);
// EXTERNAL MODULE: ./src/core/promotion/render-promotion-body.ts + 1 modules
var render_promotion_body = __webpack_require__(7525);
;// CONCATENATED MODULE: ./src/core/promotion/narrow-promotion.ts


/**
 * The promotion without the target folders in `drop` (newer work owns them): their syncs leave, and the
 * components, title, body and `promotedPaths` describe what is left. The branch name, which depends on the
 * configured targets only, stays. Returns the promotion itself when nothing is dropped.
 */
function narrowPromotion(promotion, drop) {
    const syncPaths = promotion.syncPaths.filter((sync) => !drop.has(sync.target));
    if (syncPaths.length === promotion.syncPaths.length)
        return promotion;
    const componentOf = (target) => {
        const prefix = promotion.targetPaths.find((path) => target.startsWith(path));
        return prefix === undefined ? target : target.slice(prefix.length);
    };
    const kept = new Set(syncPaths.map((sync) => componentOf(sync.target)));
    const synced = new Set(promotion.syncPaths.map((sync) => componentOf(sync.target)));
    // Components whose every target was skipped by their config stay listed, as planning lists them.
    const components = promotion.components.filter((c) => kept.has(c) || !synced.has(c));
    const metadata = {
        ...promotion.metadata,
        promotedPaths: promotion.metadata.promotedPaths.filter((path) => !drop.has(path)),
    };
    const { title, bodyPrefix } = (0,promotion_title/* promotionTitle */.A)(components, promotion.targetDescription);
    const body = (0,render_promotion_body/* renderPromotionBody */.Gd)({
        components,
        metadata,
        skippedTargets: promotion.skippedTargets,
        bodyPrefix,
        sourceCommit: promotion.sourceCommit,
    });
    return { ...promotion, components, syncPaths, metadata, title, body };
}

// EXTERNAL MODULE: ./src/use-cases/shared/is-promotion-pr-author.ts
var is_promotion_pr_author = __webpack_require__(8050);
// EXTERNAL MODULE: ./src/use-cases/shared/read-trusted-promotion-metadata.ts
var read_trusted_promotion_metadata = __webpack_require__(2825);
;// CONCATENATED MODULE: ./src/use-cases/promote/list-own-promotion-prs.ts


/**
 * The open promotion PRs this action opened. Anyone can open a PR from a `promotions/…` branch (a fork's
 * branch name included): such a PR is never updated, adopted, ranked, merged or closed as superseded here.
 */
async function listOwnPromotionPrs(base, deps, 
/** PRs known to be this action's (just opened by this run): no identity check for them. */
known = new Set()) {
    const open = (await deps.github.listOpenPullRequests({ base })).filter((pr) => pr.headRef.startsWith(read_trusted_promotion_metadata/* PROMOTION_BRANCH_PREFIX */.q));
    const own = [];
    for (const pr of open) {
        if (known.has(pr.number) || (await (0,is_promotion_pr_author/* isPromotionPrAuthor */.P)(pr.author, deps)) === true)
            own.push(pr);
        else
            deps.logger.info(`#${pr.number} (${pr.headRef}) was opened by ${pr.author}, not by this action: left alone.`);
    }
    return own;
}

// EXTERNAL MODULE: ./src/core/promotion/parse-promotion-metadata.ts
var parse_promotion_metadata = __webpack_require__(7906);
// EXTERNAL MODULE: ./src/core/promotion/source-commit-marker.ts
var source_commit_marker = __webpack_require__(6643);
// EXTERNAL MODULE: ./src/core/errors/error-message.ts
var error_message = __webpack_require__(8307);
;// CONCATENATED MODULE: ./src/use-cases/promote/rank-rival-promotions.ts



const relations = new WeakMap();
/**
 * Ranks the open promotion PRs sharing a target with `promotion` by the ancestry of the commits they promote
 * (the hidden source-commit line of their body; for PRs without it, the merge commit of the PR their branch
 * names, one call). Ancestry comes from the local checkout, else from one compare call per commit; answers
 * are cached for the run. When ancestry cannot tell (same commit, history rewritten, source unknown), the PR
 * opened later counts as newer, as before.
 */
async function rankRivalPromotions(promotion, own, open, context) {
    const targets = new Set(promotion.syncPaths.map((sync) => sync.target));
    const ranking = { newer: [], older: [] };
    for (const pr of open) {
        if (pr.headRef === promotion.branch || pr.number === own?.number)
            continue;
        const promoted = (0,parse_promotion_metadata/* parsePromotionMetadata */.q)(pr.body)?.promotedPaths ?? [];
        const sharedTargets = promoted.filter((path) => targets.has(path));
        if (sharedTargets.length === 0)
            continue;
        const relation = await relationOf(pr, context);
        const newer = relation === 'newer' || (relation !== 'older' && own !== undefined && pr.number > own.number);
        (newer ? ranking.newer : ranking.older).push({ pr, sharedTargets });
    }
    return ranking;
}
function relationOf(pr, context) {
    let cache = relations.get(context);
    if (cache === undefined) {
        cache = new Map();
        relations.set(context, cache);
    }
    const key = `${pr.number}:${pr.body.length}:${pr.headSha}`;
    let relation = cache.get(key);
    if (relation === undefined) {
        relation = sourceOf(pr, context).then((source) => source === undefined ? 'unknown' : ancestry(context.sourceCommit, source, context));
        cache.set(key, relation);
    }
    return relation;
}
/** The commit a rival promotes: its body's source-commit line, else the merge commit of its branch's PR. */
async function sourceOf(pr, context) {
    const marked = (0,source_commit_marker/* parseSourceCommit */.e)(pr.body);
    if (marked !== undefined)
        return marked;
    const number = /^promotions\/([1-9][0-9]{0,14})-/.exec(pr.headRef)?.[1];
    if (number === undefined)
        return undefined;
    try {
        const source = await context.github.getPullRequest(Number(number));
        return source.merged ? source.mergeCommitSha : undefined;
    }
    catch (error) {
        context.logger.warning(`#${pr.number}: cannot read its source PR #${number}: ${(0,error_message/* errorMessage */.g)(error)}`);
        return undefined;
    }
}
/** How `theirs` relates to `ours` by ancestry: locally when the checkout has both, else one compare call. */
async function ancestry(ours, theirs, context) {
    if (ours === theirs)
        return 'same';
    const git = context.localGit;
    if (git !== undefined) {
        if (!(await git.hasCommit(theirs)))
            await git.fetch([theirs]);
        const base = (await git.hasCommit(theirs)) ? await git.mergeBase(ours, theirs) : undefined;
        if (base === ours)
            return 'newer';
        if (base === theirs)
            return 'older';
        if (base !== undefined && base !== '')
            return 'unknown';
    }
    try {
        const { status } = await context.github.compareCommits(ours, theirs);
        if (status === 'ahead')
            return 'newer';
        if (status === 'behind')
            return 'older';
        return status === 'identical' ? 'same' : 'unknown';
    }
    catch (error) {
        context.logger.warning(`cannot compare ${ours} with ${theirs}: ${(0,error_message/* errorMessage */.g)(error)}`);
        return 'unknown';
    }
}

;// CONCATENATED MODULE: ./src/use-cases/promote/supersede-older-prs.ts

/**
 * Older open promotion PRs that promote to any of the same target folders would silently revert the newer
 * content if merged after it; comment on them with a link to what supersedes them (`by`: a PR number, or
 * undefined when the default branch already holds the newer content) and, by default, close them. The
 * comment is written once per pair: a re-run finds it (written by the PR's own author, this tool) and skips it.
 */
async function supersedeOlderPrs(older, by, mode, context) {
    if (mode === 'off' || older.length === 0)
        return [];
    for (const { pr, sharedTargets } of older) {
        const marker = `<!-- telefonistka:superseded-by ${by ?? 'default-branch'} -->`;
        const comments = await context.github.listComments(pr.number);
        const commented = comments.some((c) => c.author === pr.author && c.body.includes(marker));
        if (!commented)
            await context.github.createComment(pr.number, supersedeComment(by, sharedTargets, mode, marker));
        if (mode === 'close')
            await context.github.updatePullRequest(pr.number, { state: 'closed' });
        context.logger.info(`#${pr.number} superseded by ${by === undefined ? 'the default branch' : `#${by}`} (${mode})`);
    }
    const numbers = new Set(older.map((rival) => rival.pr.number));
    context.openPromotionPrs = context.openPromotionPrs.filter((pr) => !numbers.has(pr.number));
    return [...numbers];
}
function supersedeComment(by, targets, mode, marker) {
    const paths = targets.map((path) => `\`${path}\``).join(', ');
    const action = mode === 'close' ? 'This PR was closed because' : 'Do not merge this PR:';
    const after = by === undefined ? '' : ` after #${by}`;
    const what = by === undefined
        ? `Superseded: the default branch already holds newer content for ${paths}.`
        : `Superseded by #${by}, which promotes newer content to ${paths}.`;
    return `${bot_comment_tag/* BOT_COMMENT_TAG */.H}\n${marker}\n${what} ${action} merging it${after} would revert that content.`;
}

;// CONCATENATED MODULE: ./src/core/tree/build-sync-entries.ts

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
    return { entries: entries.sort((a, b) => (0,compare_strings/* compareStrings */.K)(a.path, b.path)), strategy: 'files' };
}
/** Non-tree entries below `folder`, with paths relative to it, sorted. */
function filesUnder(tree, folder) {
    const prefix = `${folder}/`;
    const found = [];
    for (const [path, entry] of tree) {
        if (entry.type !== 'tree' && path.startsWith(prefix))
            found.push({ ...entry, path: path.slice(prefix.length) });
    }
    return found.sort((a, b) => (0,compare_strings/* compareStrings */.K)(a.path, b.path));
}
function deletion(path) {
    return { path, mode: '100644', type: 'blob', sha: null };
}

;// CONCATENATED MODULE: ./src/use-cases/shared/label-and-assign.ts

/**
 * Sets labels and the assignee of a PR in one call. GitHub rejects the whole update for logins that cannot
 * be assigned (bots, users without access; refusal `unassignable`): then the missing labels are added alone and
 * a warning is returned instead of failing the run. Right after a PR is created GitHub can answer 422 "Could not
 * resolve to an Issue" or 404 for a moment (refusals `issue-not-visible`, `not-found`); such calls are retried a
 * few times with a growing pause. Other refusals (a token that may not label: `forbidden`) are thrown.
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
        if (wanted.length === 0 || !(error instanceof external_error/* ExternalError */.y) || error.refusal !== 'unassignable')
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
    return error.refusal === 'not-found' || error.refusal === 'issue-not-visible';
}
function union(a, b) {
    return [...new Set([...a, ...b])];
}
function unassignable(number, login) {
    return `#${number}: could not assign ${login} (bots and users without access cannot be assignees)`;
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
    if (promotion.body.length > render_promotion_body/* MAX_PR_BODY_LENGTH */.qd) {
        // Checked before anything is written, so that no branch is left behind.
        throw new Error(`the PR body for ${promotion.syncPaths.length} target folders takes ${promotion.body.length} characters ` +
            "even with compact metadata, over GitHub's 65,536: split the change into smaller pull requests");
    }
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

;// CONCATENATED MODULE: ./src/use-cases/promote/write-newest-promotion.ts





/**
 * Writes a planned promotion so that the newest merge always wins, whatever order or concurrency the runs
 * have: targets whose newer content is already on the default branch or in an open promotion PR from a
 * descendant merge are left out (all of them: nothing is written); older PRs for the same targets are
 * superseded. A run that opened a PR lists the open promotion PRs again (one call), so that of two runs
 * racing, at least the later one sees the other, and the older PR is closed by whichever run sees it.
 */
async function writeNewestPromotion(planned, mode, context) {
    const listed = new Set(context.openPromotionPrs.map((pr) => pr.number));
    const own = context.openPromotionPrs.find((pr) => pr.headRef === planned.branch);
    let step = await withoutNewerWork(planned, own, context);
    if (step.promotion.syncPaths.length === 0 && planned.syncPaths.length > 0) {
        return retire(own, planned, step, mode, context);
    }
    let promotion = step.promotion;
    const newer = new Set(step.newerNumbers);
    let written = await writePromotionPr(promotion, context);
    const pr = written.pullRequest;
    if (pr !== undefined && !listed.has(pr.number)) {
        context.openPromotionPrs = await listAgain(pr, context);
        step = await withoutNewerWork(promotion, pr, context);
        for (const number of step.newerNumbers)
            newer.add(number);
        if (step.promotion.syncPaths.length === 0)
            return retire(pr, promotion, step, mode, context);
        if (step.promotion !== promotion) {
            promotion = step.promotion;
            written = await writePromotionPr(promotion, context);
        }
    }
    const result = {
        written,
        pullRequest: written.pullRequest,
        supersededBy: [...newer].sort((a, b) => a - b),
        superseded: [],
    };
    if (written.pullRequest === undefined || written.action === 'up-to-date')
        return result;
    const superseded = await supersedeOlderPrs(step.ranking.older, written.pullRequest.number, mode, context);
    return { ...result, superseded };
}
async function withoutNewerWork(promotion, own, context) {
    const ranking = await rankRivalPromotions(promotion, own, context.openPromotionPrs, context);
    const drop = new Set(newerOnDefaultBranch(promotion, context));
    for (const target of drop)
        context.logger.info(`${target}: the default branch already holds newer content`);
    for (const rival of ranking.newer) {
        for (const target of rival.sharedTargets) {
            drop.add(target);
            context.logger.info(`${target}: superseded by newer #${rival.pr.number}; left to it`);
        }
    }
    const newerNumbers = [...new Set(ranking.newer.map((rival) => rival.pr.number))].sort((a, b) => a - b);
    return { promotion: narrowPromotion(promotion, drop), ranking, newerNumbers };
}
/**
 * Targets whose source folder changed on the default branch after this run's source commit and whose target
 * already equals it: a newer merge was promoted there already, and this run's content would revert it.
 */
function newerOnDefaultBranch(promotion, context) {
    return promotion.syncPaths
        .filter((sync) => {
        const latest = context.baseTree.get(sync.source)?.sha;
        const ours = context.sourceTree.get(sync.source)?.sha;
        return latest !== ours && context.baseTree.get(sync.target)?.sha === latest;
    })
        .map((sync) => sync.target);
}
/** Newer work owns every target: this promotion writes nothing, and its own open PR (stale) is superseded. */
async function retire(own, promotion, step, mode, context) {
    const by = step.newerNumbers[0];
    context.logger.info(`Nothing to promote: ${by === undefined ? 'the default branch holds' : `#${by} promotes`} newer content`);
    if (own !== undefined) {
        const sharedTargets = promotion.syncPaths.map((sync) => sync.target);
        await supersedeOlderPrs([{ pr: own, sharedTargets }], by, mode, context);
    }
    return { written: undefined, pullRequest: own, supersededBy: step.newerNumbers, superseded: [] };
}
/** The open promotion PRs after this run opened `own`; `own` is kept even when the listing lags. */
async function listAgain(own, context) {
    const open = await listOwnPromotionPrs(context.defaultBranch, context, new Set([own.number]));
    return open.some((pr) => pr.number === own.number) ? open : [...open, own];
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
    const phase = (what) => ({ flow: 'promote', phase: what });
    const targets = describeTargets(base.targets);
    try {
        const newest = await (0,in_phase/* inPhase */.x)(phase(`writing the promotion PR for ${targets}`), () => writeNewestPromotion(promotion, input.config.supersede, context));
        const written = newest.written;
        if (written === undefined)
            return { ...base, action: 'superseded', supersededBy: newest.supersededBy };
        for (const warning of written.warnings)
            context.logger.warning(warning);
        input.warnings.push(...written.warnings);
        const pr = written.pullRequest;
        const result = { ...base, action: written.action, supersededBy: newest.supersededBy };
        if (pr === undefined || written.headSha === undefined)
            return result;
        result.number = pr.number;
        result.url = pr.url;
        if (written.action === 'up-to-date')
            return result;
        result.superseded = newest.superseded;
        const headSha = written.headSha;
        if (written.action === 'opened')
            await (0,in_phase/* inPhase */.x)(phase(`approving #${pr.number}`), () => approve(pr.number, input));
        if (isGatedPromotion(input.config, promotion.targetPaths)) {
            await (0,in_phase/* inPhase */.x)(phase(`holding #${pr.number} for its gates`), () => holdForGates(pr.number, headSha, input));
        }
        else if (promotion.autoMerge) {
            await (0,in_phase/* inPhase */.x)(phase(`merging #${pr.number}`), () => autoMerge(pr, headSha, result, input));
        }
        context.logger.info(`${result.action}: #${pr.number} ${pr.url}`);
        return result;
    }
    catch (error) {
        const cause = error instanceof phase_error/* PhaseError */.w ? error.cause : error;
        if (cause instanceof external_error/* ExternalError */.y && cause.refusal === 'actions-cannot-create-pr') {
            return refusedPullRequest(promotion, base, context);
        }
        const message = (0,error_message/* errorMessage */.g)(error);
        context.logger.error(`${promotion.branch}: ${message}`);
        return { ...base, error: message };
    }
}
/** The first target folder, and how many more: a phase names them without a line per cluster. */
function describeTargets(targets) {
    const [first] = targets;
    if (first === undefined)
        return 'no target';
    return targets.length === 1 ? first : `${first} and ${targets.length - 1} more`;
}
/**
 * GitHub refused to open the PR because the workflow token may not create PRs. The branch this run pushed for
 * it is deleted again, so the repository is left as it was, and the run stops before any other write.
 */
async function refusedPullRequest(promotion, base, context) {
    const repository = `${context.github.owner}/${context.github.repo}`;
    const ownBranch = !context.openPromotionPrs.some((pr) => pr.headRef === promotion.branch);
    if (ownBranch)
        await context.github.deleteBranch(promotion.branch);
    const message = `${(0,actions_pr_permission_fix/* actionsPrPermissionFix */.E)(repository)} Nothing was written${ownBranch ? ` (branch ${promotion.branch} was deleted again)` : ''}.`;
    context.logger.error(message);
    return { ...base, error: message, refusal: 'actions-cannot-create-pr' };
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
    try {
        await approver.approvePullRequest(number);
    }
    catch (error) {
        if (!(error instanceof external_error/* ExternalError */.y) || error.refusal !== 'actions-cannot-create-pr')
            throw error;
        const repository = `${approver.owner}/${approver.repo}`;
        const message = `#${number} not approved: ${(0,actions_pr_permission_fix/* actionsPrPermissionFix */.E)(repository)}`;
        logger.warning(message);
        input.warnings.push(message);
        return;
    }
    logger.info(`#${number} approved`);
}
/**
 * Merges (or enables auto-merge on) the promotion PR under the merge policy and says so on the merged PR only
 * once it is true. A PR the policy leaves open is reported with the reason; the chain's next hop is dispatched
 * only after a merge, and only when the workflow declares the inputs the dispatch sends.
 */
async function autoMerge(pr, sha, result, input) {
    const { context, options } = input;
    const chain = options.dispatchAfterMerge;
    if (chain?.problem !== undefined && options.autoMergeMode === 'direct') {
        leftOpen(result, `#${pr.number} left open: ${chain.problem}`, input);
        return;
    }
    const decision = await (0,merge_policy/* applyMergePolicy */.f)({
        number: pr.number,
        nodeId: pr.nodeId,
        headSha: sha,
        mode: options.autoMergeMode,
        method: options.mergeMethod,
        settings: options.repositorySettings,
    }, context);
    if (decision.result === 'left-open') {
        leftOpen(result, decision.reason, input);
        return;
    }
    result.merge = decision.result;
    await context.github.createComment(input.pr.number, `${bot_comment_tag/* BOT_COMMENT_TAG */.H}\n${renderAutoMergeComment(pr.number)}`);
    if (decision.result !== 'merged')
        return;
    result.action = 'merged';
    if (chain !== undefined)
        await dispatchNextHop(pr.number, chain, input);
}
/**
 * A gated promotion PR is never merged here: its `telefonistka/gates` status starts pending and the sweep merges
 * it when the gates pass (docs/gates.md), so `autoMerge` cannot bypass a soak, window or freeze.
 */
async function holdForGates(number, headSha, input) {
    await input.context.github.createCommitStatus(headSha, {
        state: 'pending',
        context: gates_context/* GATES_CONTEXT */.j,
        description: 'gates not evaluated yet: the next sweep decides',
    });
    input.context.logger.info(`#${number} is gated: the sweep merges it when its gates pass`);
}
function leftOpen(result, reason, input) {
    result.merge = 'left-open';
    result.mergeNote = reason;
    input.context.logger.warning(reason);
    input.warnings.push(reason);
}
/** Starts the next hop; a dispatch GitHub refuses is a warning with the fix, the merge already happened. */
async function dispatchNextHop(number, chain, input) {
    const { context } = input;
    try {
        await context.github.dispatchWorkflow(chain.workflow, chain.ref, { 'merged-pr': String(number) });
        context.logger.info(`Dispatched ${chain.workflow} for #${number} so the next hop runs`);
    }
    catch (error) {
        if (!(error instanceof external_error/* ExternalError */.y) || error.refusal === undefined)
            throw error;
        const message = `#${number} is merged but the next hop could not be started: ${error.message}. ` +
            `Start it by hand (workflow_dispatch of ${chain.workflow} with merged-pr: ${number}), and check that ` +
            `${chain.workflow} declares on.workflow_dispatch.inputs.merged-pr.`;
        context.logger.warning(message);
        input.warnings.push(message);
    }
}

// EXTERNAL MODULE: ./src/core/promotion/find-changed-components.ts
var find_changed_components = __webpack_require__(268);
// EXTERNAL MODULE: ./src/core/promotion/plan-promotions.ts + 2 modules
var plan_promotions = __webpack_require__(4612);
// EXTERNAL MODULE: ./src/use-cases/promote/collect-changed-files.ts
var collect_changed_files = __webpack_require__(1797);
// EXTERNAL MODULE: ./src/use-cases/promote/gather-plan-input.ts + 1 modules
var gather_plan_input = __webpack_require__(3043);
// EXTERNAL MODULE: ./src/use-cases/promote/load-repo-config.ts
var load_repo_config = __webpack_require__(9310);
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
    // The merged PR's metadata (original author and PR credited and assigned, chain history) counts only when
    // this action opened it; a person's PR body pasting a metadata comment is plain text.
    const trusted = await (0,read_trusted_promotion_metadata/* readTrustedPromotionMetadata */.M)(pr, {
        promotionPrAuthors: config.promotionPrAuthors,
        github: deps.github,
    });
    if (trusted.ignored !== undefined)
        deps.logger.warning(trusted.ignored);
    const gathered = await (0,gather_plan_input/* gatherPlanInput */.f)({
        number: pr.number,
        headRef: pr.headRef,
        author: pr.author,
        labels: pr.labels,
        body: trusted.metadata === undefined ? '' : pr.body,
        sourceCommit,
    }, found.components, {
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
        ? await listOwnPromotionPrs(options.defaultBranch, {
            promotionPrAuthors: config.promotionPrAuthors,
            ...deps,
        })
        : [];
    const baseTreeSha = await rootTreeSha(baseHead, deps);
    const context = {
        ...deps,
        defaultBranch: options.defaultBranch,
        sourceCommit,
        baseHead,
        baseTreeSha,
        baseTree,
        sourceTree,
        openPromotionPrs,
        promotionPrAuthors: config.promotionPrAuthors,
    };
    const warnings = [
        ...(trusted.ignored === undefined ? [] : [trusted.ignored]),
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
    const phase = (what) => ({ flow: 'promote', phase: what });
    const prepared = await logger.group('Plan', () => (0,in_phase/* inPhase */.x)(phase(`planning the promotions of #${pr.number}`), () => preparePromotion(pr, options, deps)));
    const { plan, config, context } = prepared;
    const warnings = [...prepared.warnings];
    for (const warning of warnings)
        logger.warning(warning);
    const dryRun = options.dryRun || config.dryRunMode;
    if (dryRun) {
        await logger.group('Dry run: comment the plan', () => (0,in_phase/* inPhase */.x)(phase(`commenting the dry-run plan on #${pr.number}`), () => upsertStickyComment(deps.github, pr.number, {
            marker: DRY_RUN_MARKER,
            body: renderDryRunComment(plan),
        })));
        return { plan, config, dryRun, results: [], warnings, failures: [] };
    }
    const results = [];
    for (const promotion of plan.promotions) {
        if (promotion.syncPaths.length === 0) {
            logger.info(`${promotion.key}: every target was skipped or missing; no PR.`);
            continue;
        }
        const result = await logger.group(`Promotion ${promotion.branch}`, () => completePromotion(promotion, { pr, config, options, context, warnings }));
        results.push(result);
        // The workflow token may not open PRs: every further promotion would be refused too; write nothing more.
        if (result.refusal === 'actions-cannot-create-pr')
            break;
    }
    const failures = results.filter((r) => r.action === 'failed').map((r) => `${r.branch}: ${r.error ?? ''}`);
    return { plan, config, dryRun, results, warnings, failures };
}

// EXTERNAL MODULE: ./src/actions/shared/default-outputs.ts
var default_outputs = __webpack_require__(1403);
// EXTERNAL MODULE: ./src/actions/shared/detect-repository-access.ts + 6 modules
var detect_repository_access = __webpack_require__(5108);
// EXTERNAL MODULE: ./src/actions/shared/with-final-outputs.ts
var with_final_outputs = __webpack_require__(2499);
// EXTERNAL MODULE: ./src/actions/shared/workflow-github.ts
var workflow_github = __webpack_require__(494);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/workflow/check-dispatch-inputs.ts + 1 modules
var check_dispatch_inputs = __webpack_require__(820);
;// CONCATENATED MODULE: ./src/actions/shared/chain-workflow-problem.ts



/**
 * Why a `workflow_dispatch` of this run's workflow with `inputs` would be refused, read from the checkout before
 * anything is merged; undefined when it would be accepted or when there is no checkout to read it from.
 */
async function chainWorkflowProblem(checkoutDir, workflowFile, inputs) {
    if (checkoutDir === undefined || !/^[\w.-]+\.ya?ml$/.test(workflowFile))
        return undefined;
    const relative = `.github/workflows/${workflowFile}`;
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().join(checkoutDir, relative), 'utf8');
    }
    catch {
        return undefined;
    }
    return (0,check_dispatch_inputs/* checkDispatchInputs */.Q)(text, inputs, { file: relative });
}

// EXTERNAL MODULE: ./src/actions/shared/payload-repository-settings.ts
var payload_repository_settings = __webpack_require__(400);
;// CONCATENATED MODULE: ./src/actions/promote/promote-options.ts



/** The promote use-case's options from the action's inputs and the event. */
async function promoteOptions(inputs, workflow, where) {
    const manual = workflow.eventName === 'workflow_dispatch' ? manualRequest(workflow.payload) : undefined;
    return {
        defaultBranch: where.defaultBranch,
        dryRun: inputs.dryRun,
        autoMergeMode: inputs.autoMergeMode,
        mergeMethod: inputs.mergeMethod,
        repositorySettings: (0,payload_repository_settings/* payloadRepositorySettings */.g)(workflow.payload),
        dispatchAfterMerge: await chainDispatch(inputs, workflow, where),
        ...(manual === undefined ? {} : { manual }),
    };
}
/**
 * Merges made with GITHUB_TOKEN start no workflow, so the next hop would never run: dispatch this workflow
 * instead. `auto` dispatches only when the token is the workflow's own GITHUB_TOKEN (`workflow-token` input).
 */
async function chainDispatch(inputs, workflow, where) {
    if (inputs.chain === 'off' || workflow.workflowFile === undefined)
        return undefined;
    if (inputs.chain === 'auto' && inputs.githubToken !== inputs.workflowToken)
        return undefined;
    // Checked before merging: a workflow that does not declare `merged-pr` would break the chain after the merge.
    const problem = await chainWorkflowProblem(where.checkoutDir, workflow.workflowFile, ['merged-pr']);
    const dispatch = { workflow: workflow.workflowFile, ref: where.defaultBranch };
    return problem === undefined ? dispatch : { ...dispatch, problem };
}

;// CONCATENATED MODULE: ./src/actions/promote/promote-outputs.ts
/** The `plan` and `pull-requests` outputs of a promote run. */
function promoteOutputs(result) {
    return {
        plan: result.plan,
        'pull-requests': result.results.map((r) => ({
            number: r.number ?? null,
            url: r.url ?? null,
            branch: r.branch,
            targets: r.targets,
            action: r.action,
            superseded: r.superseded,
            supersededBy: r.supersededBy ?? [],
            ...(r.merge === undefined ? {} : { merge: r.merge }),
            ...(r.error === undefined ? {} : { error: r.error }),
        })),
    };
}
/** The `deployments` output: the environments this merge was recorded in (issue 15). */
function deploymentsOutput(deployments) {
    return deployments.map((d) => ({ environment: d.environment, outcome: d.outcome, id: d.id ?? null }));
}

// EXTERNAL MODULE: ./src/adapters/github/create-octokit-deployments.ts + 1 modules
var create_octokit_deployments = __webpack_require__(6934);
// EXTERNAL MODULE: ./src/runtime/secret-registry.ts
var secret_registry = __webpack_require__(6148);
// EXTERNAL MODULE: ./src/core/gates/plan-deployments.ts
var plan_deployments = __webpack_require__(8636);
// EXTERNAL MODULE: ./src/use-cases/gates/record-deployments.ts
var record_deployments = __webpack_require__(78);
;// CONCATENATED MODULE: ./src/use-cases/gates/record-merge-deployments.ts





/** True when the configuration asks for deployment records: `environments` or any gates. */
function wantsDeployments(config) {
    return ((config.environments ?? []).length > 0 ||
        config.promotionPaths.some((flow) => flow.promotionPrs.some((pr) => pr.gates !== undefined)));
}
/**
 * Records the GitHub Deployments of a merged PR (a promotion PR or a direct edit of target folders): one per
 * environment its changed files deploy to. Does nothing when the configuration has no environments nor gates.
 */
async function recordMergeDeployments(input, deps) {
    const { pullRequest: pr, config } = input;
    if (!wantsDeployments(config) || pr.mergeCommitSha === '')
        return [];
    const { files } = await (0,collect_changed_files/* collectChangedFiles */.w)(pr, deps);
    const planned = (0,plan_deployments/* planDeployments */.S)(config, files);
    if (planned.length === 0)
        return [];
    const trusted = await (0,read_trusted_promotion_metadata/* readTrustedPromotionMetadata */.M)({ number: pr.number, headRef: pr.headRef, author: pr.author, body: pr.body }, { promotionPrAuthors: config.promotionPrAuthors, github: deps.github });
    return (0,record_deployments/* recordDeployments */.G)({
        pullRequest: {
            number: pr.number,
            url: input.url,
            mergeCommitSha: pr.mergeCommitSha,
            metadata: trusted.metadata,
            sourceCommit: trusted.metadata === undefined ? undefined : (0,source_commit_marker/* parseSourceCommit */.e)(pr.body),
        },
        planned,
        confirmation: input.confirmation,
    }, deps);
}

;// CONCATENATED MODULE: ./src/actions/promote/record-deployments-of-merge.ts




/**
 * Deployments of the merge (issue 15): recorded after promoting, when the configuration asks for them (a manual
 * dispatch records none). Returns the outcomes and the API calls spent.
 */
async function recordDeploymentsOfMerge(pr, result, context) {
    const { workflow, inputs, logger } = context;
    const config = result.config;
    if (config === undefined || result.dryRun)
        return { deployments: [], calls: 0 };
    if (workflow.eventName === 'workflow_dispatch' && manualRequest(workflow.payload) !== undefined)
        return { deployments: [], calls: 0 };
    const records = (0,create_octokit_deployments/* createOctokitDeployments */.k)({
        token: inputs.githubToken,
        owner: workflow.owner,
        repo: workflow.repo,
        baseUrl: workflow.apiUrl,
        logger,
        writeIntervalMs: inputs.writeIntervalMs,
        scrubText: secret_registry/* scrubSecrets */.Z,
    });
    const configured = config.deploymentConfirmation ?? 'auto';
    const confirmation = configured === 'merge' || (configured === 'auto' && !context.argoCdConfigured) ? 'merge' : 'argocd';
    const repository = workflow.payload.repository;
    const base = repository?.html_url ?? `https://github.com/${workflow.owner}/${workflow.repo}`;
    const url = `${base}/pull/${String(pr.number)}`;
    const deployments = await logger.group('Record deployments', () => recordMergeDeployments({ pullRequest: pr, url, config, confirmation }, { github: context.github, deployments: records, localGit: context.localGit, logger }));
    return { deployments, calls: records.callCount() };
}

;// CONCATENATED MODULE: ./src/core/promotion/render-promote-summary.ts
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
        const newer = (r.supersededBy ?? []).map((n) => `#${n}`).join(', ');
        const by = newer === '' ? '' : ` (newer work: ${newer})`;
        return `| ${pr} | \`${r.branch}\` | ${r.action}${by}${mergeText(r)}${r.error === undefined ? '' : `: ${r.error}`} | ${superseded} |`;
    });
    return ['| PR | branch | result | superseded |', '|---|---|---|---|', ...rows];
}
function mergeText(result) {
    if (result.merge === 'auto-merge-enabled')
        return ', auto-merge enabled';
    if (result.merge === 'left-open')
        return `, not merged: ${(result.mergeNote ?? '').split('\n')[0] ?? ''}`;
    return '';
}

;// CONCATENATED MODULE: ./src/actions/promote/run-promote.ts














/** The promote action: a merged PR (or a dispatch naming one) becomes promotion PRs. */
async function runPromote(inputs, flow = {}) {
    (0,outputs/* setOutputs */.n)(default_outputs/* DEFAULT_OUTPUTS */.B.promote);
    const logger = (0,action_logger/* createActionLogger */.D)();
    const workflow = (0,workflow_context/* readWorkflowContext */.F)();
    const client = (token) => (0,workflow_github/* createWorkflowGitHub */.d)({ ...inputs, token }, workflow, logger);
    const github = client(inputs.githubToken);
    const approver = inputs.approverToken === undefined ? undefined : client(inputs.approverToken);
    let deploymentCalls = 0;
    const apiCalls = () => github.callCount() + (approver?.callCount() ?? 0) + deploymentCalls;
    await (0,with_final_outputs/* withFinalOutputs */.t)(() => ({ 'api-calls': apiCalls() }), async () => {
        const pr = await mergedPullRequestFromEvent(workflow.eventName, workflow.payload, github);
        if (pr === undefined)
            return logger.info(`Nothing to do for ${workflow.eventName}: promotion runs when a PR is merged.`);
        const checkoutDir = inputs.checkoutPath ?? workflow.workspace;
        const access = await (0,detect_repository_access/* detectRepositoryAccess */.U)(checkoutDir, github, logger);
        const defaultBranch = await (0,workflow_github/* workflowDefaultBranch */.P)(workflow, github);
        const options = await promoteOptions(inputs, workflow, { defaultBranch, checkoutDir });
        const result = await promoteMergedPullRequest(pr, options, {
            github,
            approver,
            ...access,
            logger,
            sleep: sleep/* sleep */.y,
        });
        const recorded = await recordDeploymentsOfMerge(pr, result, {
            inputs,
            workflow,
            argoCdConfigured: flow.argoCdConfigured ?? false,
            github,
            localGit: access.localGit,
            logger,
        });
        deploymentCalls = recorded.calls;
        (0,outputs/* setOutputs */.n)({ ...promoteOutputs(result), deployments: deploymentsOutput(recorded.deployments) });
        await (0,outputs/* writeSummary */.S)(renderPromoteSummary(result, apiCalls()));
        if (result.failures.length > 0) {
            const lines = result.failures.map((f) => `- ${f}`).join('\n');
            throw new Error(`${result.failures.length} promotion(s) failed:\n${lines}`);
        }
    });
}


/***/ }),

/***/ 400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ payloadRepositorySettings)
/* harmony export */ });
/* harmony import */ var _adapters_github_repository_settings_of_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4136);

/**
 * The repository's merge settings from the event payload, at no API call: the top-level `repository`, else the
 * base repository of the pull request (webhook payloads carry them there). Undefined when neither has them.
 */
function payloadRepositorySettings(payload) {
    const pullRequest = payload.pull_request;
    return (0,_adapters_github_repository_settings_of_js__WEBPACK_IMPORTED_MODULE_0__/* .repositorySettingsOf */ .R)(payload.repository) ?? (0,_adapters_github_repository_settings_of_js__WEBPACK_IMPORTED_MODULE_0__/* .repositorySettingsOf */ .R)(pullRequest?.base?.repo);
}


/***/ }),

/***/ 6934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ createOctokitDeployments)
});

// EXTERNAL MODULE: ./src/adapters/github/rest-login.ts
var rest_login = __webpack_require__(3626);
// EXTERNAL MODULE: ./src/core/errors/external-error.ts
var external_error = __webpack_require__(1787);
// EXTERNAL MODULE: ./src/adapters/github/create-octokit.ts + 1 modules
var create_octokit = __webpack_require__(1073);
;// CONCATENATED MODULE: ./src/adapters/github/sweep-query.ts
/** Deployments kept per environment in a sweep read: the newest few decide soak and health. */
const DEPLOYMENTS_PER_ENVIRONMENT = 10;
const PULLS_PER_PAGE = 100;
/**
 * The sweep's query. Environment names and paths travel as variables, never as query text; the deployments and
 * the freeze file are read with the first page only.
 */
function sweepQuery(environments, firstPage) {
    const envVars = !firstPage
        ? ''
        : Array.from({ length: environments }, (_, i) => `, $e${String(i)}: [String!]`).join('');
    const envFields = firstPage
        ? Array.from({ length: environments }, (_, i) => `d${String(i)}: deployments(environments: $e${String(i)}, first: ${String(DEPLOYMENTS_PER_ENVIRONMENT)}, orderBy: {field: CREATED_AT, direction: DESC}) { nodes { databaseId environment commitOid createdAt payload latestStatus { state } statuses(first: 20) { nodes { state createdAt } } } }`).join('\n')
        : '';
    const extra = firstPage
        ? 'defaultBranchRef { name } freeze: object(expression: $freeze) { ... on Blob { text } }'
        : '';
    return `query($owner: String!, $name: String!, $after: String, $context: String!${firstPage ? ', $freeze: String!' : ''}${envVars}) {
  repository(owner: $owner, name: $name) {
    ${extra}
    pullRequests(states: OPEN, labels: ["promotion"], first: ${String(PULLS_PER_PAGE)}, after: $after, orderBy: {field: CREATED_AT, direction: ASC}) {
      pageInfo { hasNextPage endCursor }
      nodes {
        number id url headRefName headRefOid baseRefName body
        author { __typename login }
        labels(first: 50) { nodes { name } }
        reviews(last: 50) { nodes { state authorCanPushToRepository author { __typename login } } }
        commits(last: 1) { nodes { commit { status { context(name: $context) { state description } } } } }
      }
    }
    ${envFields}
  }
}`;
}

;// CONCATENATED MODULE: ./src/adapters/github/create-octokit-deployments.ts




/** DeploymentsPort (REST) and GateSweepPort (one GraphQL query per 100 PRs) over Octokit, counting requests. */
function createOctokitDeployments(options) {
    let calls = 0;
    const octokit = (0,create_octokit/* createOctokit */.Q)({
        token: options.token,
        baseUrl: options.baseUrl,
        logger: options.logger,
        ...(options.writeIntervalMs === undefined ? {} : { writeIntervalMs: options.writeIntervalMs }),
        ...(options.scrubText === undefined ? {} : { scrubText: options.scrubText }),
        onRequest: () => {
            calls++;
        },
    });
    const repo = { owner: options.owner, repo: options.repo };
    return {
        callCount: () => calls,
        createDeployment: (deployment) => guard('create deployment', async () => {
            const { data } = await octokit.rest.repos.createDeployment({
                ...repo,
                ref: deployment.sha,
                environment: deployment.environment,
                description: deployment.description,
                payload: deployment.payload,
                auto_merge: false,
                required_contexts: [],
            });
            if (!('id' in data))
                throw new Error(`GitHub did not create the deployment: ${data.message ?? ''}`);
            return data.id;
        }),
        createDeploymentStatus: (id, status) => guard('create deployment status', async () => {
            await octokit.rest.repos.createDeploymentStatus({
                ...repo,
                deployment_id: id,
                state: status.state,
                description: status.description.slice(0, 140),
                ...(status.logUrl === undefined ? {} : { log_url: status.logUrl }),
                ...(status.autoInactive === undefined ? {} : { auto_inactive: status.autoInactive }),
            });
        }),
        findDeployments: (environment, sha) => guard('list deployments', async () => {
            const { data } = await octokit.rest.repos.listDeployments({
                ...repo,
                environment,
                sha,
                per_page: 10,
            });
            return data.map((deployment) => ({ id: deployment.id }));
        }),
        readSweep: (query) => guard('read promotion PRs and deployments', async () => {
            const pulls = [];
            let after;
            let first;
            do {
                const page = await octokit.graphql(sweepQuery(query.environments.length, first === undefined), {
                    ...sweepVariables(options, query, first === undefined),
                    after: after ?? null,
                });
                first ??= page;
                pulls.push(...page.repository.pullRequests.nodes.map((node) => toPull(node)));
                after = page.repository.pullRequests.pageInfo.hasNextPage
                    ? page.repository.pullRequests.pageInfo.endCursor
                    : undefined;
            } while (after !== undefined);
            return {
                defaultBranch: first.repository.defaultBranchRef?.name ?? 'main',
                freezeFileText: first.repository.freeze?.text ?? undefined,
                pullRequests: pulls,
                deployments: new Map(query.environments.map((environment, index) => [
                    environment,
                    first?.repository[`d${String(index)}`]?.nodes.map(toDeployment) ?? [],
                ])),
            };
        }),
    };
}
function sweepVariables(options, query, firstPage) {
    const variables = {
        owner: options.owner,
        name: options.repo,
        context: query.statusContext,
    };
    if (!firstPage)
        return variables;
    variables['freeze'] = `HEAD:${query.freezeFile}`;
    query.environments.forEach((environment, index) => {
        variables[`e${String(index)}`] = [environment];
    });
    return variables;
}
function toPull(node) {
    const status = node.commits.nodes[0]?.commit.status?.context ?? null;
    return {
        number: node.number,
        nodeId: node.id,
        url: node.url,
        headRef: node.headRefName,
        headSha: node.headRefOid,
        baseRef: node.baseRefName,
        author: node.author === null ? 'ghost' : (0,rest_login/* restLogin */.Q)(node.author),
        body: node.body,
        labels: node.labels?.nodes.map((label) => label.name) ?? [],
        reviews: (node.reviews?.nodes ?? []).map((review) => ({
            author: review.author?.login ?? 'ghost',
            state: review.state,
            authorCanPush: review.authorCanPushToRepository,
        })),
        gateStatus: status === null
            ? undefined
            : { state: status.state.toLowerCase(), description: status.description ?? '' },
    };
}
function toDeployment(node) {
    const statuses = node.statuses?.nodes ?? [];
    const successes = statuses
        .filter((status) => status.state === 'SUCCESS')
        .map((status) => Date.parse(status.createdAt));
    return {
        id: node.databaseId ?? 0,
        environment: node.environment ?? '',
        sha: node.commitOid,
        createdAt: Date.parse(node.createdAt),
        state: node.latestStatus === null ? undefined : node.latestStatus.state.toLowerCase(),
        successAt: successes.length === 0 ? undefined : Math.min(...successes),
        payload: node.payload ?? '',
    };
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
            status: typeof status === 'number' ? status : undefined,
            cause: error,
        });
    }
}


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

/***/ 2327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ environmentOf)
/* harmony export */ });
/**
 * The GitHub environment of a component folder (`clusters/prod/eu/c1/nginx/`): the first `environments` entry
 * whose path matches it, else the configured folder holding it without its trailing slash (`clusters/prod/eu/c1`).
 */
function environmentOf(componentPath, folder, mappings) {
    const mapped = mappings?.find((mapping) => mapping.path.test(componentPath));
    return mapped?.name ?? folder.replace(/\/+$/, '');
}


/***/ }),

/***/ 9482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ GATES_CONTEXT)
/* harmony export */ });
/** The commit status context of the gates verdict on promotion PR heads (make it a required check). */
const GATES_CONTEXT = 'telefonistka/gates';


/***/ }),

/***/ 8636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ planDeployments)
/* harmony export */ });
/* harmony import */ var _promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6277);
/* harmony import */ var _promotion_find_changed_components_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(268);
/* harmony import */ var _environment_of_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2327);



/**
 * Which environments a merged change deploys to: every changed file under a promotion target folder or a
 * flow's source folder names a component folder, and each component folder's environment gets one deployment.
 * Files outside those folders (docs, CI) deploy nothing. Sorted by environment; pure.
 */
function planDeployments(config, files) {
    const byEnvironment = new Map();
    const add = (folder, component) => {
        const environment = (0,_environment_of_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentOf */ .p)(component, folder, config.environments);
        const entry = byEnvironment.get(environment) ?? { folders: new Set(), components: new Set() };
        entry.folders.add(folder);
        entry.components.add(component);
        byEnvironment.set(environment, entry);
    };
    const targets = targetFolders(config);
    const rest = [];
    for (const file of files) {
        for (const path of [file.path, file.previousPath].filter((p) => p !== undefined)) {
            const target = targets.find((candidate) => path.startsWith(candidate.folder));
            const component = target === undefined ? undefined : componentPath(path, target.folder, target.depth);
            if (target !== undefined && component !== undefined)
                add(target.folder, component);
            else
                rest.push({ path });
        }
    }
    for (const found of (0,_promotion_find_changed_components_js__WEBPACK_IMPORTED_MODULE_0__/* .findChangedComponents */ .O)(config, rest).components) {
        add(found.sourcePath, `${found.sourcePath}${found.component}/`);
    }
    return [...byEnvironment.entries()]
        .sort(([a], [b]) => (0,_promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .compareStrings */ .K)(a, b))
        .map(([environment, entry]) => ({
        environment,
        folders: [...entry.folders].sort(_promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .compareStrings */ .K),
        components: [...entry.components].sort(_promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .compareStrings */ .K),
    }));
}
/** Every promotion target folder with its flow's component depth, longest first (the most specific wins). */
function targetFolders(config) {
    const folders = new Map();
    for (const flow of config.promotionPaths) {
        for (const pr of flow.promotionPrs) {
            for (const folder of pr.targetPaths) {
                if (!folders.has(folder))
                    folders.set(folder, flow.componentPathExtraDepth);
            }
        }
    }
    return [...folders.entries()]
        .map(([folder, depth]) => ({ folder, depth }))
        .sort((a, b) => b.folder.length - a.folder.length || (0,_promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .compareStrings */ .K)(a.folder, b.folder));
}
/** `<folder><component>/` for a file at least one level below the component; undefined for shallower files. */
function componentPath(path, folder, depth) {
    const segments = path.slice(folder.length).split('/');
    if (segments.length < depth + 2)
        return undefined;
    return `${folder}${segments.slice(0, depth + 1).join('/')}/`;
}


/***/ }),

/***/ 3078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ chooseMergeMethod),
/* harmony export */   Y: () => (/* binding */ MERGE_METHODS)
/* harmony export */ });
/** The merge methods of `PUT /pulls/{n}/merge`, in the order `auto` prefers them. */
const MERGE_METHODS = ['merge', 'squash', 'rebase'];
/** The method to merge with, or why none fits: a method the repository does not allow is refused up front. */
function chooseMergeMethod(choice, allowed) {
    if (choice !== 'auto') {
        if (allowed.includes(choice))
            return { method: choice };
        return {
            refused: `merge-method ${choice} is not allowed on this repository (allowed: ${allowed.join(', ') || 'none'}). ` +
                'Set the merge-method input to auto (or to an allowed method), or allow it in Settings → General → Pull Requests.',
        };
    }
    const method = MERGE_METHODS.find((m) => allowed.includes(m));
    if (method === undefined) {
        return {
            refused: 'this repository allows no merge method; allow one in Settings → General → Pull Requests.',
        };
    }
    return { method };
}


/***/ }),

/***/ 820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ checkDispatchInputs)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/workflow/read-dispatch-trigger.ts

/** Reads the `workflow_dispatch` trigger of a workflow YAML; undefined when the text is not a workflow. */
function readDispatchTrigger(workflowYaml) {
    const document = (0,dist/* parseDocument */.Tp)(workflowYaml, { uniqueKeys: false });
    if (document.errors.length > 0)
        return undefined;
    const root = document.toJS({ maxAliasCount: 100 });
    if (root === null || typeof root !== 'object')
        return undefined;
    // YAML 1.1 readers turn a bare `on` key into `true`; the `yaml` package keeps it a string.
    const on = root.on;
    if (typeof on === 'string')
        return { present: on === 'workflow_dispatch', inputs: [], required: [] };
    if (Array.isArray(on))
        return { present: on.includes('workflow_dispatch'), inputs: [], required: [] };
    if (on === null || typeof on !== 'object' || !('workflow_dispatch' in on)) {
        return { present: false, inputs: [], required: [] };
    }
    const dispatch = on.workflow_dispatch;
    const inputs = dispatch?.inputs;
    if (inputs === null || typeof inputs !== 'object')
        return { present: true, inputs: [], required: [] };
    const entries = Object.entries(inputs);
    return {
        present: true,
        inputs: entries.map(([name]) => name),
        required: entries
            .filter(([, spec]) => spec?.required === true)
            .map(([name]) => name),
    };
}

;// CONCATENATED MODULE: ./src/core/workflow/check-dispatch-inputs.ts

/**
 * Why GitHub would refuse a `workflow_dispatch` with `sent` inputs on this workflow, with the exact YAML to add;
 * undefined when it would accept it.
 */
function checkDispatchInputs(workflowYaml, sent, options) {
    const trigger = readDispatchTrigger(workflowYaml);
    if (trigger === undefined)
        return `${options.file} is not a readable workflow file`;
    const missing = sent.filter((name) => !trigger.inputs.includes(name));
    const unsent = trigger.required.filter((name) => !sent.includes(name));
    if (trigger.present && missing.length === 0 && unsent.length === 0)
        return undefined;
    const problems = [
        ...(trigger.present ? [] : ['it has no workflow_dispatch trigger']),
        ...(trigger.present && missing.length > 0
            ? [`its workflow_dispatch does not declare ${missing.join(', ')}`]
            : []),
        ...(unsent.length > 0
            ? [`it requires input(s) the chain does not send: ${unsent.join(', ')} (make them required: false)`]
            : []),
    ];
    const yaml = dispatchYaml(missing.length > 0 || !trigger.present ? sent : []);
    return (`the next hop cannot be dispatched: GitHub would refuse it because ${options.file} ${problems.join('; ')}. ` +
        `Add this to ${options.file} (merged into its on: block):\n\n${yaml}`);
}
function dispatchYaml(inputs) {
    const lines = ['on:', '  workflow_dispatch:'];
    if (inputs.length > 0)
        lines.push('    inputs:');
    for (const name of inputs) {
        lines.push(`      ${name}:`, `        description: Sent by Telefonistka when the previous hop merged`, '        required: false');
    }
    return lines.map((line) => `    ${line}`).join('\n');
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

/***/ 78:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ DEPLOYMENT_PAYLOAD_TOOL),
/* harmony export */   G: () => (/* binding */ recordDeployments)
/* harmony export */ });
/** The marker of deployments this tool records, in their payload. */
const DEPLOYMENT_PAYLOAD_TOOL = 'telefonistka';
/**
 * Records one GitHub Deployment per environment a merge changed (`ref` = merge commit, a payload naming the
 * components, folders, PR and promotion chain), with status `in_progress`, or `success` at once when the
 * confirmation is `merge` (GitHub then marks the environment's older deployments inactive). A deployment that
 * already exists for the environment and commit is left alone, so promote and the sweep may both record.
 * One environment failing does not stop the others.
 */
async function recordDeployments(input, deps) {
    const results = [];
    for (const planned of input.planned) {
        results.push(await recordOne(planned, input, deps));
    }
    return results;
}
async function recordOne(planned, input, deps) {
    const { pullRequest: pr } = input;
    const environment = planned.environment;
    try {
        const existing = await deps.deployments.findDeployments(environment, pr.mergeCommitSha);
        if (existing.length > 0) {
            deps.logger.info(`${environment}: deployment of ${pr.mergeCommitSha.slice(0, 7)} already recorded`);
            return { environment, outcome: 'exists', id: existing[0]?.id ?? 0 };
        }
        const id = await deps.deployments.createDeployment({
            sha: pr.mergeCommitSha,
            environment,
            description: `#${String(pr.number)}: ${planned.components.join(' ')}`.slice(0, 140),
            payload: payloadOf(planned, pr),
        });
        const atOnce = input.confirmation === 'merge';
        await deps.deployments.createDeploymentStatus(id, {
            state: atOnce ? 'success' : 'in_progress',
            description: atOnce
                ? `merged in #${String(pr.number)}`
                : `merged in #${String(pr.number)}; waiting for Argo CD`,
            logUrl: pr.url,
        });
        deps.logger.info(`${environment}: deployment ${String(id)} of ${pr.mergeCommitSha.slice(0, 7)} recorded`);
        return { environment, outcome: atOnce ? 'success' : 'in_progress', id };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        deps.logger.warning(`${environment}: the deployment could not be recorded: ${message}`);
        return { environment, outcome: 'failed', error: message };
    }
}
function payloadOf(planned, pr) {
    return {
        tool: DEPLOYMENT_PAYLOAD_TOOL,
        components: planned.components,
        folders: planned.folders,
        pullRequest: { number: pr.number, url: pr.url },
        ...(pr.sourceCommit === undefined ? {} : { sourceCommit: pr.sourceCommit }),
        ...(pr.metadata === undefined
            ? {}
            : {
                promotion: {
                    originalPrNumber: pr.metadata.originalPrNumber,
                    originalPrAuthor: pr.metadata.originalPrAuthor,
                    hops: pr.metadata.previousPromotionPaths,
                },
            }),
    };
}


/***/ }),

/***/ 2403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ actionsPrPermissionFix)
/* harmony export */ });
/**
 * What to do when GitHub refuses a pull request because the workflow token may not create or approve them
 * (refusal `actions-cannot-create-pr`): the setting, where it is, and the alternative.
 */
function actionsPrPermissionFix(repository) {
    return (`GitHub Actions may not create or approve pull requests in ${repository}. ` +
        'Turn on "Allow GitHub Actions to create and approve pull requests" in the repository\'s ' +
        'Settings → Actions → General → Workflow permissions (in an organisation, allow it first in the ' +
        "organisation's Settings → Actions → General), or pass a GitHub App token as github-token " +
        '(actions/create-github-app-token), whose pull requests also start workflows.');
}


/***/ }),

/***/ 8273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ applyMergePolicy)
});

// EXTERNAL MODULE: ./src/core/merge/choose-merge-method.ts
var choose_merge_method = __webpack_require__(3078);
;// CONCATENATED MODULE: ./src/use-cases/shared/merge-with-retry.ts
/**
 * Merges a PR with the head-SHA guard, retrying with exponential backoff only on GitHub's transient
 * "Base branch was modified" refusal (as the Go bot does). After any failed merge call the PR is read again:
 * a merge whose answer was lost (the client saw a 502, the retry "not mergeable") is a merge, so the chain
 * goes on. A refusal is returned; a failure that left the PR unmerged is thrown.
 */
async function mergeWithRetry(github, number, options) {
    const attempts = options.attempts ?? 6;
    let delay = options.initialDelayMs ?? 500;
    for (let attempt = 1;; attempt++) {
        let outcome;
        try {
            outcome = await github.mergePullRequest(number, {
                sha: options.sha,
                ...(options.method === undefined ? {} : { method: options.method }),
                ...(options.commitTitle === undefined ? {} : { commitTitle: options.commitTitle }),
            });
        }
        catch (error) {
            const merged = await mergedAfterAll(github, number, options.logger);
            if (merged !== undefined)
                return merged;
            throw error;
        }
        if (outcome.merged)
            return outcome;
        if (outcome.refusal === 'base-modified' && attempt < attempts) {
            options.logger.info(`#${number}: GitHub asked to try the merge again; retrying in ${delay} ms`);
            await options.sleep(delay);
            delay = Math.round(delay * 1.5);
            continue;
        }
        return (await mergedAfterAll(github, number, options.logger)) ?? outcome;
    }
}
/** Reads the PR after a failed merge call: the merge may have happened with its answer lost. */
async function mergedAfterAll(github, number, logger) {
    let pr;
    try {
        pr = await github.getPullRequest(number);
    }
    catch {
        return undefined; // the merge call's own failure is the one to report
    }
    if (!pr.merged)
        return undefined;
    logger.info(`#${number} is merged (${pr.mergeCommitSha ?? 'unknown SHA'}): the merge answer was lost`);
    return { merged: true, sha: pr.mergeCommitSha ?? '' };
}

;// CONCATENATED MODULE: ./src/use-cases/shared/merge-policy.ts


/**
 * The one merge policy of promote, bump and argocd-diff's no-diff merge. It picks a method the repository
 * allows (`auto`), refuses a disallowed method or auto-merge up front when the settings are known, merges
 * directly when GitHub says there is nothing to wait for ("clean status"), and leaves the PR open with the
 * reason for everything GitHub refuses. Failures other than refusals throw.
 */
async function applyMergePolicy(request, deps) {
    const settings = await settingsFor(request, deps);
    // An explicit method with unknown settings is GitHub's to refuse; `auto` always has settings here.
    const allowed = settings?.mergeMethods ?? (request.method === 'auto' ? [] : [request.method]);
    const chosen = (0,choose_merge_method/* chooseMergeMethod */.D)(request.method, allowed);
    if ('refused' in chosen)
        return leaveOpen(request, 'merge-method-not-allowed', chosen.refused, deps);
    const { method } = chosen;
    if (request.mode === 'native') {
        if (settings?.allowAutoMerge === false)
            return leaveOpen(request, 'auto-merge-not-allowed', '', deps);
        const enabled = await deps.github.enableAutoMerge(request.nodeId, method);
        if (enabled.enabled) {
            deps.logger.info(`#${request.number}: GitHub auto-merge enabled (${method}); it merges when checks pass`);
            return { result: 'auto-merge-enabled', method };
        }
        if (enabled.refusal !== 'clean-status' && enabled.refusal !== 'protected-branch-rules-not-configured') {
            return leaveOpen(request, enabled.refusal, enabled.message, deps);
        }
        deps.logger.info(`#${request.number} has nothing to wait for (${enabled.refusal}): merging directly`);
    }
    const merged = await mergeWithRetry(deps.github, request.number, {
        sha: request.headSha,
        method,
        logger: deps.logger,
        sleep: deps.sleep,
        ...(request.commitTitle === undefined ? {} : { commitTitle: request.commitTitle }),
    });
    if (!merged.merged)
        return leaveOpen(request, merged.refusal, merged.message, deps);
    deps.logger.info(`#${request.number} merged (${method})`);
    return { result: 'merged', method, sha: merged.sha };
}
/** Settings are read only when `auto` must choose and the run has not read them yet. */
async function settingsFor(request, deps) {
    if (request.settings !== undefined || request.method !== 'auto')
        return request.settings;
    return (await deps.github.getRepository()).settings;
}
function leaveOpen(request, refusal, message, deps) {
    const reason = `#${request.number} left open: ${explainRefusal(refusal, message)}`;
    deps.logger.warning(reason);
    return { result: 'left-open', refusal, reason };
}
const SETTINGS = 'Settings → General → Pull Requests';
/** What GitHub refused, in words, with what to change. */
function explainRefusal(refusal, message) {
    const github = message === '' ? '' : ` (GitHub: "${message}")`;
    switch (refusal) {
        case 'merge-method-not-allowed':
            return message.startsWith('merge-method')
                ? message
                : `the merge method is not allowed on this repository${github}. Set the merge-method input to auto, or allow the method in ${SETTINGS}.`;
        case 'auto-merge-not-allowed':
            return `auto-merge is not allowed on this repository${github}. Turn on "Allow auto-merge" in ${SETTINGS}, or set auto-merge-mode: direct.`;
        case 'unstable-status':
            return `a status check failed, so GitHub will not merge it automatically${github}. Fix the check and merge it by hand.`;
        case 'review-required':
            return `branch protection requires an approving review${github}. Approve and merge it, or let a second identity approve it (autoApprovePromotionPrs with approver-token).`;
        case 'checks-required':
            return `required status checks have not passed yet${github}. Use auto-merge-mode: native so GitHub merges it when they pass.`;
        case 'head-modified':
            return `its head moved after it was checked${github}; the next run decides.`;
        case 'not-mergeable':
            return `GitHub says it cannot be merged (a conflict, or it was closed)${github}. Resolve it and merge it by hand.`;
        case 'base-modified':
            return `the base branch kept moving while merging${github}. Re-run the job or merge it by hand.`;
        case 'forbidden':
            return `the token may not merge it${github}. Give the token contents: write and pull-requests: write.`;
        default:
            return `GitHub refused the merge${github}.`;
    }
}


/***/ })

};
