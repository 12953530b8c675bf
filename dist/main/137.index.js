export const id = 137;
export const ids = [137];
export const modules = {

/***/ 2137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preparePrChecksFlow: () => (/* binding */ preparePrChecksFlow)
});

// EXTERNAL MODULE: ./src/runtime/debug-inputs.ts
var debug_inputs = __webpack_require__(47493);
// EXTERNAL MODULE: ./src/runtime/inputs.ts
var runtime_inputs = __webpack_require__(12291);
// EXTERNAL MODULE: ./src/actions/shared/read-github-inputs.ts
var read_github_inputs = __webpack_require__(91123);
// EXTERNAL MODULE: ./src/actions/shared/read-write-interval.ts
var read_write_interval = __webpack_require__(96685);
;// CONCATENATED MODULE: ./src/actions/pr-checks/read-pr-checks-inputs.ts




/** Reads and validates the pr-checks action's inputs before anything else runs; secrets are masked first. */
function readPrChecksInputs(inputs = (0,runtime_inputs/* createInputReader */.i)()) {
    const read = {
        ...(0,read_github_inputs/* readGitHubInputs */.B)(inputs),
        ...(0,read_write_interval/* readWriteInterval */.T)(inputs),
        mode: inputs.choice('mode', ['pr', 'drift-map'], 'pr'),
        commitStatus: inputs.boolean('commit-status', true),
        maxFileReads: inputs.integer('max-file-reads', 100, { min: 0, max: 100_000 }),
        ref: inputs.string('ref'),
        failOnDrift: inputs.boolean('fail-on-drift', false),
    };
    (0,debug_inputs/* debugInputs */.h)('pr-checks', read);
    return read;
}

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
// EXTERNAL MODULE: ./src/core/comments/split-comment.ts + 4 modules
var split_comment = __webpack_require__(27440);
// EXTERNAL MODULE: ./src/core/comments/markdown-code.ts
var markdown_code = __webpack_require__(95947);
;// CONCATENATED MODULE: ./src/core/drift/blame-link.ts
/** `<serverUrl>/<owner>/<repo>/blame/<sha>/<path>`, each path segment URL-encoded. */
function blameLink(location, path) {
    return `${repoUrl(location)}/blame/${location.commitSha}/${encodePath(path)}`;
}
/** `<serverUrl>/<owner>/<repo>/tree/<sha>/<path>` for a folder. */
function treeLink(location, path) {
    return `${repoUrl(location)}/tree/${location.commitSha}/${encodePath(path)}`;
}
/** `<serverUrl>/<owner>/<repo>/commit/<sha>`. */
function commitLink(location) {
    return `${repoUrl(location)}/commit/${location.commitSha}`;
}
function repoUrl(location) {
    const server = location.serverUrl.replace(/\/+$/, '');
    return `${server}/${encodeURIComponent(location.owner)}/${encodeURIComponent(location.repo)}`;
}
function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}

// EXTERNAL MODULE: ./src/core/promotion/compare-strings.ts
var compare_strings = __webpack_require__(16277);
;// CONCATENATED MODULE: ./src/core/drift/render-drift-comment.ts



/** The sticky comment kind of the drift warning: marker `<!-- telefonistka:drift -->`. */
const driftCommentKind = 'drift';
const title = '# ⚠️  Found drift between environments ⚠️ ';
/** True when any report has a difference that warns. */
function hasDrift(reports) {
    return reports.some((report) => !report.inSync);
}
/**
 * The drift comment as a document for `splitComment`: the Go bot's `driftMsg` introduction, then one
 * section per drifted pair (sorted by source, target) with its diff and blame links pinned to the compared
 * commit, then the intended (acknowledged) differences. When nothing warns any more it renders the
 * "no drift" form, so the sticky comment is updated rather than left stale.
 */
function renderDriftComment(reports, context) {
    const sorted = [...reports].sort(comparePairs);
    const intended = renderIntended(sorted);
    if (!hasDrift(sorted))
        return renderNoDrift(sorted, context, intended);
    return {
        kind: driftCommentKind,
        header: renderIntro(context.defaultBranch),
        continuationHeader: `${title} (continued)`,
        sections: [
            ...sorted.filter((report) => !report.inSync).map((report) => renderPair(report, context)),
            ...intended,
        ],
        hint: context.hint,
    };
}
function renderIntro(defaultBranch) {
    return [
        title,
        '',
        '## Intro',
        `Drift detection runs on the files in the ${defaultBranch} branch irrespective of the changes of the PR.`,
        '',
        'This could happen in two scenarios:',
        '1. A promotion that affects these components is still in progress or was cancelled before completion.',
        'This means that your automated promotion PR will **include these changes** in addition to your changes!',
        'The "Blame Links" below each diff can be a good place to start looking for the culprit.',
        '',
        '',
        '2. Someone made a change directly to one of the directories representing promotion targets.',
        'These change will be **overridden** by the automated promotion PRs unless changes are made to their respective branches.',
        '',
        '',
        '## Diffs',
    ].join('\n');
}
function renderNoDrift(reports, context, intended) {
    const commit = `[${(0,markdown_code/* codeSpan */.SS)(context.commitSha.slice(0, 7))}](${commitLink(context)})`;
    const header = [
        '# ✅ No drift between environments',
        '',
        `The compared folders on the ${(0,markdown_code/* codeSpan */.SS)(context.defaultBranch)} branch match (at ${commit}); drift reported earlier on this PR is gone.`,
    ].join('\n');
    const pairs = reports.map((report) => `- ${pairTitle(report)}`);
    const compared = pairs.length === 0
        ? []
        : [{ title: 'Compared folders', full: ['Compared folders:', '', ...pairs].join('\n') }];
    return { kind: driftCommentKind, header, sections: [...compared, ...intended], hint: context.hint };
}
function renderPair(report, context) {
    const summary = renderSummary(report, context.defaultBranch);
    const diff = (0,markdown_code/* codeFence */.d6)(renderDiffText(report), 'diff');
    const details = ['<details><summary>Diff (Click to expand)</summary>', '', diff, '', '</details>'].join('\n');
    const blame = renderBlameLinks(report, context);
    const files = warned(report).map((entry) => `- ${(0,markdown_code/* codeSpan */.SS)(entry.path)}: ${kindText(entry, report)}`);
    return {
        title: `${report.pair.source} ↔️ ${report.pair.target}`,
        full: [pairTitle(report), '', summary, '', details, '', blame].join('\n'),
        concise: [pairTitle(report), '', summary, '', ...files].join('\n'),
    };
}
/** The Go bot's title for a pair: `` `<source>` ↔️  `<target>` ``. */
function pairTitle(report) {
    return `${(0,markdown_code/* codeSpan */.SS)(report.pair.source)} ↔️  ${(0,markdown_code/* codeSpan */.SS)(report.pair.target)}`;
}
function renderSummary(report, defaultBranch) {
    const counts = [
        count(report.onlyInSource.length, `only in ${(0,markdown_code/* codeSpan */.SS)(report.pair.source)}`),
        count(report.onlyInTarget.length, `only in ${(0,markdown_code/* codeSpan */.SS)(report.pair.target)}`),
        count(report.changed.length, 'changed'),
    ].filter((part) => part !== '');
    const total = warned(report).length;
    const lines = [`**${total} ${total === 1 ? 'file differs' : 'files differ'}**: ${counts.join(', ')}.`];
    if (report.missingFolder === 'target' || report.missingFolder === 'source') {
        lines.push(`> [!NOTE]\n> The ${report.missingFolder} folder does not exist on ${(0,markdown_code/* codeSpan */.SS)(defaultBranch)}.`);
    }
    for (const entry of warned(report).filter((item) => item.acknowledgement?.expired === true)) {
        const ack = entry.acknowledgement;
        lines.push(`> [!WARNING]\n> The acknowledgement of ${(0,markdown_code/* codeSpan */.SS)(entry.path)} (${(0,markdown_code/* codeSpan */.SS)(ack.pathText)}: ${oneLine(ack.reason)}) expired on ${ack.expires ?? '?'}, so it counts as drift again.`);
    }
    if (warned(report).some((entry) => entry.linesIgnored)) {
        lines.push('Lines matching `driftDetectionIgnoreLineRegex` are left out of the comparison and the diffs.');
    }
    if (report.ignoredFiles.length > 0) {
        lines.push(`${count(report.ignoredFiles.length, 'ignored')} by \`driftDetectionIgnoreFiles\`.`);
    }
    return lines.join('\n\n');
}
function count(n, what) {
    if (n === 0)
        return '';
    return `${n} ${n === 1 ? 'file' : 'files'} ${what}`;
}
function renderDiffText(report) {
    const { source, target } = report.pair;
    const lines = [];
    for (const entry of report.onlyInSource)
        lines.push(`--- ${source}/${entry.path} (missing from target dir ${target})\n`);
    for (const entry of report.onlyInTarget)
        lines.push(`+++ ${target}/${entry.path} (missing from source dir ${source})\n`);
    for (const entry of report.changed)
        lines.push(entry.diff ?? unavailableDiff(entry, report));
    return lines.join('');
}
function unavailableDiff(entry, report) {
    const reason = {
        binary: 'Binary files differ',
        'content-missing': 'Contents not available',
        'too-large': 'Files differ; the diff is too large to show',
        'not-requested': 'Files differ',
    }[entry.diffUnavailable ?? 'not-requested'];
    return `--- ${report.pair.source}/${entry.path}\n+++ ${report.pair.target}/${entry.path}\n${reason}\n`;
}
function renderBlameLinks(report, context) {
    const links = warned(report).map((entry) => {
        const sides = [];
        if (entry.kind !== 'only-in-target')
            sides.push(render_drift_comment_link('source', `${report.pair.source}/${entry.path}`, context));
        if (entry.kind !== 'only-in-source')
            sides.push(render_drift_comment_link('target', `${report.pair.target}/${entry.path}`, context));
        return `- ${(0,markdown_code/* codeSpan */.SS)(entry.path)}: ${sides.join(' · ')}`;
    });
    return [`**Blame Links** (at ${(0,markdown_code/* codeSpan */.SS)(context.commitSha.slice(0, 7))}):`, '', ...links].join('\n');
}
function render_drift_comment_link(label, path, context) {
    return `[${(0,markdown_code/* linkLabel */.vv)(label)}](${blameLink(context, path)})`;
}
function renderIntended(reports) {
    const withIntended = reports.filter((report) => report.intended.length > 0);
    if (withIntended.length === 0)
        return [];
    const blocks = withIntended.map((report) => [
        pairTitle(report),
        '',
        ...report.intended.map((entry) => {
            const ack = entry.acknowledgement;
            const until = ack.expires === undefined ? '' : ` _(until ${ack.expires})_`;
            return `- ${(0,markdown_code/* codeSpan */.SS)(entry.path)} (${kindText(entry, report)}): ${oneLine(ack.reason)}${until}`;
        }),
    ].join('\n'));
    const total = withIntended.reduce((sum, report) => sum + report.intended.length, 0);
    const intro = "These differences are acknowledged in the component's `acknowledgedDrift` and do not count as drift:";
    return [
        {
            title: 'Intended differences',
            full: ['## Intended differences', '', intro, '', blocks.join('\n\n')].join('\n'),
            concise: [
                '## Intended differences',
                '',
                `${total} acknowledged differences in ${withIntended.length} folder pairs.`,
            ].join('\n'),
        },
    ];
}
function kindText(entry, report) {
    if (entry.kind === 'only-in-source')
        return `only in ${(0,markdown_code/* codeSpan */.SS)(report.pair.source)}`;
    if (entry.kind === 'only-in-target')
        return `only in ${(0,markdown_code/* codeSpan */.SS)(report.pair.target)}`;
    return 'changed';
}
function warned(report) {
    return [...report.onlyInSource, ...report.onlyInTarget, ...report.changed];
}
function comparePairs(a, b) {
    const left = `${a.pair.source}\u0000${a.pair.target}`;
    const right = `${b.pair.source}\u0000${b.pair.target}`;
    return (0,compare_strings/* compareStrings */.K)(left, right);
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}

// EXTERNAL MODULE: ./src/core/promotion/find-changed-components.ts
var find_changed_components = __webpack_require__(30268);
// EXTERNAL MODULE: ./src/core/promotion/plan-promotions.ts + 2 modules
var plan_promotions = __webpack_require__(44612);
// EXTERNAL MODULE: ./src/use-cases/shared/read-trusted-promotion-metadata.ts
var read_trusted_promotion_metadata = __webpack_require__(12825);
// EXTERNAL MODULE: ./src/use-cases/promote/collect-changed-files.ts
var collect_changed_files = __webpack_require__(41797);
// EXTERNAL MODULE: ./src/use-cases/promote/gather-plan-input.ts + 1 modules
var gather_plan_input = __webpack_require__(13043);
// EXTERNAL MODULE: ./src/core/concurrency/map-with-concurrency.ts
var map_with_concurrency = __webpack_require__(31748);
// EXTERNAL MODULE: ./src/core/drift/compute-drift.ts + 3 modules
var compute_drift = __webpack_require__(35074);
// EXTERNAL MODULE: ./src/core/drift/create-tree-lookup.ts
var create_tree_lookup = __webpack_require__(73479);
// EXTERNAL MODULE: ./src/core/drift/list-drift-candidates.ts
var list_drift_candidates = __webpack_require__(70804);
;// CONCATENATED MODULE: ./src/use-cases/pr-checks/detect-drift.ts




/**
 * Drift of every pair, in the two phases of the core: equal tree SHAs decide without listing files;
 * otherwise files are compared by blob SHA and only the blobs that differ are read (each once, a few at a
 * time), then diffed without ignored lines and with acknowledgements applied.
 */
async function detectDrift(input, deps) {
    const lookup = (0,create_tree_lookup/* createTreeLookup */.d)(input.tree);
    const candidates = input.pairs.map((pair) => ({
        pair,
        trees: { source: lookup.folder(pair.source), target: lookup.folder(pair.target) },
        rules: { ...input.rules, acknowledged: input.acknowledgedFor(pair.source) },
    }));
    const requests = uniqueRequests(candidates.flatMap((candidate) => (0,list_drift_candidates/* listDriftCandidates */.S)(candidate)));
    const wanted = requests.slice(0, input.maxContentReads);
    if (wanted.length < requests.length) {
        deps.logger.warning(`${requests.length} differing files; reading only the first ${wanted.length} (the others are listed without a diff)`);
    }
    const contents = await readContents(wanted, input.commit, deps);
    const reports = candidates.map((candidate) => (0,compute_drift/* computeDrift */.f)({ ...candidate, contents, today: input.today }));
    return { reports, contentReads: wanted.length, contentsSkipped: requests.length - wanted.length };
}
function uniqueRequests(requests) {
    const bySha = new Map();
    for (const request of requests)
        if (!bySha.has(request.sha))
            bySha.set(request.sha, request);
    return [...bySha.values()];
}
async function readContents(requests, commit, deps) {
    const contents = new Map();
    const results = await (0,map_with_concurrency/* mapWithConcurrency */.W)(requests, 4, (request) => deps.snapshot.readFile(commit, request.path));
    results.forEach((result, i) => {
        const request = requests[i];
        if (result.status === 'fulfilled' && result.value !== undefined)
            contents.set(request.sha, result.value);
        else if (result.status === 'rejected') {
            deps.logger.warning(`could not read ${request.path}: ${String(result.reason)}`);
        }
    });
    return contents;
}

;// CONCATENATED MODULE: ./src/core/drift/list-drift-pairs.ts

/**
 * The (source, target) folder pairs a plan syncs, each once, sorted by source then target: the pairs whose
 * drift the PR is warned about. Deletions are included: what the target holds today is still worth seeing.
 */
function listDriftPairs(plan) {
    const pairs = new Map();
    for (const promotion of plan.promotions) {
        for (const sync of promotion.syncPaths) {
            const key = `${sync.source}\u0000${sync.target}`;
            if (!pairs.has(key))
                pairs.set(key, { source: sync.source, target: sync.target });
        }
    }
    return [...pairs.entries()].sort(([a], [b]) => (0,compare_strings/* compareStrings */.K)(a, b)).map(([, pair]) => pair);
}

// EXTERNAL MODULE: ./src/use-cases/promote/load-repo-config.ts
var load_repo_config = __webpack_require__(99310);
;// CONCATENATED MODULE: ./src/use-cases/pr-checks/read-pr-configuration.ts

/**
 * Resolves the default branch head (`git ls-remote` with a checkout, else one API call), makes sure the
 * checkout has it and the PR's commits, and reads `telefonistka.yaml` there: the repository configuration
 * always comes from the default branch, never from the PR.
 */
async function readPrConfiguration(pr, defaultBranch, deps) {
    const defaultHead = (await deps.localGit?.remoteBranchSha(defaultBranch)) ?? (await deps.github.getBranchSha(defaultBranch));
    if (defaultHead === undefined)
        throw new Error(`the default branch ${defaultBranch} does not exist`);
    if (deps.localGit !== undefined) {
        const missing = [];
        for (const sha of [defaultHead, pr.headSha, pr.baseSha])
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

;// CONCATENATED MODULE: ./src/core/drift/render-pr-checks-comment.ts



/** The sticky comment kind of the PR checks: markers `<!-- telefonistka:pr-checks -->` and its parts. */
const PR_CHECKS_COMMENT_KIND = 'pr-checks';
/** Hidden line in the first part once drift was reported, so the comment later says the drift is gone. */
const DRIFT_REPORTED_MARKER = '<!-- telefonistka:drift-reported -->';
/**
 * The PR's one sticky comment: the drift warning (the Go bot's `driftMsg` text, one section per drifted
 * pair, intended differences), or once drift was reported and is gone, the "no drift" form; the promotion
 * preview at the end. Undefined when there is nothing to say (no drift now or before, no preview): no
 * comment, as with the Go bot.
 */
function renderPrChecksComment(input) {
    const drifted = hasDrift(input.reports);
    if (!drifted && !input.driftReportedBefore && input.preview === undefined)
        return undefined;
    const drift = renderDriftComment(input.reports, input.context);
    const footer = input.preview;
    if (drifted || input.driftReportedBefore) {
        return {
            ...drift,
            kind: PR_CHECKS_COMMENT_KIND,
            header: `${DRIFT_REPORTED_MARKER}\n${drift.header}`,
            footer,
        };
    }
    return {
        kind: PR_CHECKS_COMMENT_KIND,
        header: noDriftLine(input),
        sections: drift.sections,
        footer,
        hint: input.context.hint,
    };
}
function noDriftLine(input) {
    const { context } = input;
    const commit = `[${(0,markdown_code/* codeSpan */.SS)(context.commitSha.slice(0, 7))}](${commitLink(context)})`;
    const pairs = input.reports.length;
    if (pairs === 0)
        return `✅ **No drift**: this PR promotes no folder, so there is nothing to compare.`;
    const what = pairs === 1 ? 'the compared folder pair matches' : `the ${pairs} compared folder pairs match`;
    return `✅ **No drift**: ${what} on the ${(0,markdown_code/* codeSpan */.SS)(context.defaultBranch)} branch (at ${commit}).`;
}

// EXTERNAL MODULE: ./src/core/promotion/render-held-targets.ts + 1 modules
var render_held_targets = __webpack_require__(99615);
;// CONCATENATED MODULE: ./src/core/promotion/render-promotion-preview.ts


/** The label that asks for the preview when `promotionPreview: label` (the Go bot's `show-plan`). */
const SHOW_PLAN_LABEL = 'show-plan';
/** Beyond this the full preview gives way to one line per promotion, then to a count. */
const MAX_PREVIEW_CHARS = 20_000;
const MAX_WARNINGS = 20;
/**
 * The promotion preview: the PRs merging this PR would open (first hop), each with its sync pairs,
 * deletions, skipped targets and why, auto-merge, labels and branch; then the planner's warnings. Kept
 * under 20,000 characters (concise form, then a count) so it always fits the sticky comment.
 */
function renderPromotionPreview(input) {
    const heading = '## 🚀 Promotion preview';
    const why = input.reason === 'label'
        ? `_Shown because this PR has the ${(0,markdown_code/* codeSpan */.SS)(SHOW_PLAN_LABEL)} label._`
        : `_Shown on every PR (${(0,markdown_code/* codeSpan */.SS)('promotionPreview: always')}); set ${(0,markdown_code/* codeSpan */.SS)('promotionPreview: label')} to show it only on PRs labelled ${(0,markdown_code/* codeSpan */.SS)(SHOW_PLAN_LABEL)}._`;
    const promotions = input.plan.promotions;
    if (promotions.length === 0) {
        const nothing = 'Nothing to promote: this PR changes no component under a configured `sourcePath` (or no flow applies to it).';
        return [heading, '', nothing, ...warnings(input.plan), '', why].join('\n');
    }
    const intro = `When this PR is merged, Telefonistka opens ${render_promotion_preview_count(promotions.length, 'promotion PR')} (the first hop; each promotion PR plans the next one when it is merged):`;
    const full = [
        heading,
        '',
        intro,
        '',
        promotions.map((p) => renderPromotion(p, input)).join('\n\n'),
        ...warnings(input.plan),
        '',
        why,
    ].join('\n');
    if (full.length <= MAX_PREVIEW_CHARS)
        return full;
    return [heading, '', intro, '', ...fitLines(promotions.map(conciseLine)), '', why].join('\n');
}
function renderPromotion(promotion, input) {
    const lines = [`### ${promotion.title}`, ''];
    if (promotion.syncPaths.length === 0)
        lines.push('No PR: every target of this promotion is skipped.', '');
    else {
        lines.push('| source | target |', '| --- | --- |');
        for (const sync of promotion.syncPaths) {
            const target = sync.deleted
                ? `🗑️ ${(0,markdown_code/* codeSpan */.SS)(sync.target)} is removed (the source folder is deleted)`
                : (0,markdown_code/* codeSpan */.SS)(sync.target);
            lines.push(`| ${(0,markdown_code/* codeSpan */.SS)(sync.source)} | ${target} |`);
        }
        lines.push('');
    }
    const skipped = Object.entries(promotion.skippedTargets).filter(([, targets]) => targets.length > 0);
    if (skipped.length > 0) {
        lines.push('Skipped targets:', '');
        for (const [component, targets] of skipped) {
            for (const target of targets) {
                lines.push(`- ${(0,markdown_code/* codeSpan */.SS)(component)} ➡️ ${(0,markdown_code/* codeSpan */.SS)(target)}: ${skipReason(promotion, component, target, input)}`);
            }
        }
        lines.push('');
    }
    const held = (0,render_held_targets/* renderHeldTargets */.y)(promotion.heldTargets ?? []);
    if (held.length > 0)
        lines.push('Held targets (not promoted):', '', ...held, '');
    lines.push([
        `Auto-merge: **${promotion.autoMerge ? 'yes' : 'no'}**`,
        `Labels: ${promotion.labels.map(markdown_code/* codeSpan */.SS).join(', ') || 'none'}`,
        `Branch: ${(0,markdown_code/* codeSpan */.SS)(promotion.branch)}`,
    ].join(' · '));
    return lines.join('\n');
}
/** Which list of which component config skips the target (block beats allow, as in planning). */
function skipReason(promotion, component, target, input) {
    const preferred = `${promotion.sourcePath}${component}`;
    const folders = [
        preferred,
        ...[...input.componentConfigs.keys()].filter((k) => k.endsWith(`/${component}`)),
    ];
    for (const folder of folders) {
        const config = input.componentConfigs.get(folder);
        if (config === undefined)
            continue;
        const file = (0,markdown_code/* codeSpan */.SS)(`${folder}/telefonistka.yaml`);
        if (config.promotionTargetBlockList.some((regex) => regex.test(target)))
            return `matched by ${(0,markdown_code/* codeSpan */.SS)('promotionTargetBlockList')} in ${file}`;
        const allow = config.promotionTargetAllowList;
        if (allow.length > 0 && !allow.some((regex) => regex.test(target)))
            return `not matched by ${(0,markdown_code/* codeSpan */.SS)('promotionTargetAllowList')} in ${file}`;
    }
    return "the component's allow/block list";
}
function conciseLine(promotion) {
    const skipped = Object.values(promotion.skippedTargets).reduce((sum, targets) => sum + targets.length, 0);
    const parts = [render_promotion_preview_count(promotion.syncPaths.length, 'folder'), `${skipped} skipped`];
    const held = promotion.heldTargets?.length ?? 0;
    if (held > 0)
        parts.push(`${held} held`);
    if (promotion.autoMerge)
        parts.push('auto-merge');
    return `- **${promotion.title}**: ${parts.join(', ')}`;
}
/** Lines up to the size budget, then a count of the rest. */
function fitLines(lines) {
    const shown = [];
    let used = 0;
    for (const line of lines) {
        if (used + line.length + 1 > MAX_PREVIEW_CHARS - 1_000)
            break;
        shown.push(line);
        used += line.length + 1;
    }
    const rest = lines.length - shown.length;
    if (rest > 0)
        shown.push(`- … and ${render_promotion_preview_count(rest, 'more promotion')} (see the job summary of the check run)`);
    return shown;
}
function warnings(plan) {
    if (plan.warnings.length === 0)
        return [];
    const listed = plan.warnings.slice(0, MAX_WARNINGS).map((w) => `> - ${w.replace(/\s+/g, ' ')}`);
    const more = plan.warnings.length - listed.length;
    if (more > 0)
        listed.push(`> - … and ${more} more`);
    return ['', '> [!NOTE]', '> Planning found:', ...listed];
}
function render_promotion_preview_count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./src/use-cases/shared/with-commit-status.ts
var with_commit_status = __webpack_require__(32374);
// EXTERNAL MODULE: ./src/use-cases/shared/in-phase.ts
var in_phase = __webpack_require__(31856);
// EXTERNAL MODULE: ./src/use-cases/shared/write-comment-parts.ts
var write_comment_parts = __webpack_require__(20909);
;// CONCATENATED MODULE: ./src/use-cases/pr-checks/check-pull-request.ts















/** The Go bot's commit status context; branch protection rules may require it. */
const PR_CHECKS_STATUS_CONTEXT = 'telefonistka';
/** Differing files read from a local checkout at most, whatever `maxContentReads` says. */
const LOCAL_CONTENT_READS = 5_000;
/**
 * The checks of an open PR, as one commit status: plan the PR as if merged (component configs from its
 * head, repository config from the default branch), compare every promoted folder pair on the default
 * branch, and keep one sticky comment with the drift warning and the promotion preview up to date.
 */
async function checkPullRequest(pr, options, deps) {
    let configuration;
    const configure = () => (configuration ??= deps.logger.group('Configuration', () => (0,in_phase/* inPhase */.x)(prChecksPhase(`reading the configuration on ${options.defaultBranch}`), () => readPrConfiguration(pr, options.defaultBranch, deps))));
    if (options.addedLabel !== undefined) {
        const config = await configure().then((read) => read.loaded.config, () => undefined);
        if (config !== undefined && !labelMatters(config, options.addedLabel)) {
            const reason = `the label ${options.addedLabel} changes neither the plan nor the preview`;
            deps.logger.info(`Nothing to check: ${reason}.`);
            return skippedResult(reason, (await configure()).defaultHead);
        }
    }
    return (0,with_commit_status/* withCommitStatus */.O)(deps.github, {
        flow: 'pr-checks',
        sha: pr.headSha,
        context: PR_CHECKS_STATUS_CONTEXT,
        targetUrl: options.runUrl,
        pending: 'Checking drift and the promotion plan',
        outcome: (result) => ({ state: 'success', description: describeResult(result) }),
        enabled: options.commitStatus,
        logger: deps.logger,
    }, () => runChecks(pr, options, deps, configure));
}
async function runChecks(pr, options, deps, configure) {
    const { defaultHead, loaded } = await configure();
    const config = loaded.config;
    const planned = await deps.logger.group('Plan', () => (0,in_phase/* inPhase */.x)(prChecksPhase(`planning the promotions of #${pr.number}`), () => planPullRequest(pr, defaultHead, config, deps)));
    const drift = prChecksPhase(`detecting drift on ${options.defaultBranch}`);
    const detection = await deps.logger.group('Drift', () => (0,in_phase/* inPhase */.x)(drift, async () => {
        const found = await detectDrift({
            pairs: listDriftPairs(planned.plan),
            tree: planned.defaultTree,
            commit: defaultHead,
            rules: {
                ignoreFiles: config.driftDetectionIgnoreFiles,
                ignoreLines: config.driftDetectionIgnoreLineRegex,
            },
            acknowledgedFor: (source) => planned.input.componentConfigs.get(source)?.acknowledgedDrift ?? [],
            today: options.today,
            // Local reads cost no API call: the cap only guards the API budget (and the run time).
            maxContentReads: deps.snapshot.source === 'local'
                ? Math.max(options.maxContentReads, LOCAL_CONTENT_READS)
                : options.maxContentReads,
        }, deps);
        for (const report of found.reports) {
            deps.logger.info(`${report.pair.source} <-> ${report.pair.target}: ${report.inSync ? 'in sync' : 'drifted'}`);
        }
        return found;
    }));
    const preview = previewReason(config, pr.labels, planned.plan);
    const written = await deps.logger.group('Comment', () => (0,in_phase/* inPhase */.x)(prChecksPhase(`writing the comment on #${pr.number}`), () => updateComment({ pr, options, deps, defaultHead, reports: detection.reports, preview, planned })));
    return {
        skipped: undefined,
        defaultHead,
        plan: planned.plan,
        reports: detection.reports,
        drifted: hasDrift(detection.reports),
        preview,
        comment: written.result,
        document: written.document,
        warnings: [...loaded.warnings, ...planned.warnings],
        contentReads: detection.contentReads,
    };
}
/** A phase of the pr-checks flow, named in its failure (`pr-checks: detecting drift on main: …`). */
function prChecksPhase(phase) {
    return { flow: 'pr-checks', phase };
}
/** The plan merging the PR would produce now, with the trees it was computed from. */
async function planPullRequest(pr, defaultHead, config, deps) {
    const changed = await (0,collect_changed_files/* collectChangedFiles */.w)({ ...pr, mergeCommitSha: pr.headSha }, deps);
    const found = (0,find_changed_components/* findChangedComponents */.O)(config, changed.files);
    deps.logger.info(`Components: ${found.components.map((c) => `${c.sourcePath}${c.component}`).join(', ') || 'none'}`);
    const [headTree, defaultTree] = await Promise.all([
        deps.snapshot.readTree(pr.headSha),
        deps.snapshot.readTree(defaultHead),
    ]);
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
        // Planning credits the metadata's original author; only a promotion PR this action opened has one.
        body: trusted.metadata === undefined ? '' : pr.body,
    }, found.components, {
        snapshot: deps.snapshot,
        sourceCommit: pr.headSha,
        sourceTree: headTree,
        baseCommit: defaultHead,
        targetTree: defaultTree,
        // Holds come from the default branch only: a PR editing the holds file does not release its own targets.
        holds: { commit: defaultHead, tree: defaultTree },
    });
    const plan = (0,plan_promotions/* planPromotions */.A)(config, gathered.input);
    for (const warning of [...gathered.warnings, ...plan.warnings])
        deps.logger.warning(warning);
    return {
        plan,
        input: gathered.input,
        defaultTree,
        warnings: [
            ...(trusted.ignored === undefined ? [] : [trusted.ignored]),
            ...found.warnings,
            ...gathered.warnings,
            ...plan.warnings,
        ],
    };
}
async function updateComment(update) {
    const { pr, options, deps } = update;
    const existing = await deps.github.listComments(pr.number);
    const parts = await (0,write_comment_parts/* findCommentParts */.N)(deps.github, existing, PR_CHECKS_COMMENT_KIND);
    const context = {
        serverUrl: options.serverUrl,
        owner: deps.github.owner,
        repo: deps.github.repo,
        commitSha: update.defaultHead,
        defaultBranch: options.defaultBranch,
        hint: options.runUrl === undefined
            ? undefined
            : `The job summary of [the check run](${options.runUrl}) shows everything.`,
    };
    const document = renderPrChecksComment({
        reports: update.reports,
        context,
        preview: update.preview === undefined
            ? undefined
            : renderPromotionPreview({
                plan: update.planned.plan,
                componentConfigs: update.planned.input.componentConfigs,
                reason: update.preview,
            }),
        driftReportedBefore: parts.some((part) => part.body.includes(DRIFT_REPORTED_MARKER)),
    });
    const texts = document === undefined ? [] : (0,split_comment/* splitComment */.U)(document);
    const result = await (0,write_comment_parts/* writeCommentParts */.H)(deps.github, { number: pr.number, kind: PR_CHECKS_COMMENT_KIND, existing }, texts);
    deps.logger.info(`Comment: ${texts.length} part(s); ${result.created} created, ${result.updated} updated, ${result.deleted} deleted, ${result.unchanged} unchanged`);
    return { result: { ...result, parts: texts.length }, document };
}
/** The preview is shown with the `show-plan` label, or on every PR that promotes something with `always`. */
function previewReason(config, labels, plan) {
    if (labels.includes(SHOW_PLAN_LABEL))
        return 'label';
    if (config.promotionPreview === 'always' && plan.promotions.length > 0)
        return 'always';
    return undefined;
}
/** A label matters when it asks for the preview or is a `prHasLabels` condition of some flow. */
function labelMatters(config, label) {
    if (label === SHOW_PLAN_LABEL)
        return true;
    return config.promotionPaths.some((flow) => flow.conditions.prHasLabels?.includes(label) === true);
}
function describeResult(result) {
    const pairs = result.reports.length;
    const drifted = result.reports.filter((report) => !report.inSync).length;
    if (pairs === 0)
        return 'Nothing to promote, nothing to compare';
    if (drifted === 0)
        return `No drift in ${pairs} promoted folder pair${pairs === 1 ? '' : 's'}`;
    return `Drift in ${drifted} of ${pairs} folder pair${pairs === 1 ? '' : 's'}: see the PR comment`;
}
function skippedResult(reason, defaultHead) {
    return {
        skipped: reason,
        defaultHead,
        plan: { promotions: [], warnings: [] },
        reports: [],
        drifted: false,
        preview: undefined,
        comment: { created: 0, updated: 0, deleted: 0, unchanged: 0, parts: 0 },
        document: undefined,
        warnings: [],
        contentReads: 0,
    };
}

;// CONCATENATED MODULE: ./src/core/drift/drift-reports-json.ts

/** Drift reports as the `drift` output (no diffs: those are in the comment and the job summary). */
function driftReportsJson(reports, commit) {
    return {
        version: 1,
        commit,
        drifted: hasDrift(reports),
        pairs: reports.map((report) => ({
            source: report.pair.source,
            target: report.pair.target,
            inSync: report.inSync,
            missingFolder: report.missingFolder ?? null,
            onlyInSource: report.onlyInSource.map((entry) => entry.path),
            onlyInTarget: report.onlyInTarget.map((entry) => entry.path),
            changed: report.changed.map((entry) => entry.path),
            intended: report.intended.map((entry) => ({
                path: entry.path,
                reason: entry.acknowledgement?.reason ?? '',
                expires: entry.acknowledgement?.expires ?? null,
            })),
            ignoredFiles: report.ignoredFiles,
            equalBesideIgnoredLines: report.equalBesideIgnoredLines,
        })),
    };
}

// EXTERNAL MODULE: ./src/use-cases/shared/bot-comment-tag.ts
var bot_comment_tag = __webpack_require__(27381);
// EXTERNAL MODULE: ./src/use-cases/shared/is-own-login.ts
var is_own_login = __webpack_require__(29484);
;// CONCATENATED MODULE: ./src/core/comments/command-lines.ts
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/**
 * The lines of a comment that can carry a command: not quoted (`> …`, what a reply to someone else's
 * comment starts with), not inside a fenced code block, with inline code spans removed. A writer quoting a
 * reader's `/command` neither runs it nor lends it the writer's access.
 */
function commandLines(body) {
    const lines = [];
    let fence;
    for (const line of body.split(/\r?\n/)) {
        const opener = FENCE.exec(line)?.[1];
        if (fence !== undefined) {
            if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length)
                fence = undefined;
            continue;
        }
        if (opener !== undefined) {
            fence = opener;
            continue;
        }
        if (/^\s*>/.test(line))
            continue;
        lines.push(withoutInlineCode(line));
    }
    return lines;
}
/** Drops code spans (a run of backticks up to the next run of the same length), scanning without backtracking. */
function withoutInlineCode(line) {
    let out = '';
    let i = 0;
    while (i < line.length) {
        if (line[i] !== '`') {
            const next = line.indexOf('`', i);
            const end = next === -1 ? line.length : next;
            out += line.slice(i, end);
            i = end;
            continue;
        }
        const run = runLength(line, i);
        const close = closingRun(line, i + run, run);
        if (close === undefined)
            out += line.slice(i, i + run);
        i = close === undefined ? i + run : close + run;
    }
    return out;
}
function runLength(line, at) {
    let end = at;
    while (line[end] === '`')
        end++;
    return end - at;
}
function closingRun(line, from, length) {
    let at = line.indexOf('`', from);
    while (at !== -1) {
        const run = runLength(line, at);
        if (run === length)
            return at;
        at = line.indexOf('`', at + run);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/comments/parse-chat-commands.ts

/** The re-run command of the Go bot. */
const RETRIGGER_COMMAND = '/retrigger';
/**
 * The commands in a comment, as the Go bot reads them: `/retrigger` only when it is the whole comment;
 * a `toggleCommitStatus` command wherever `/<command>` occurs in it, but only on lines that can carry a
 * command (not quoted, not in a code block or inline code: see `commandLines`).
 */
function parseChatCommands(body, toggleCommitStatus) {
    const text = commandLines(body).join('\n');
    return {
        retrigger: body.trim() === RETRIGGER_COMMAND,
        toggles: Object.entries(toggleCommitStatus)
            .filter(([command]) => command !== '' && text.includes(`/${command}`))
            .map(([command, context]) => ({ command, context })),
    };
}
/**
 * Who may run commands: write access or more, judged by the base permission GitHub reports (`permission`:
 * admin|write|read|none; maintain reads as write, triage as read, a custom role as its base role).
 */
function canRunCommands(permission) {
    return ['admin', 'maintain', 'write'].includes(permission);
}

;// CONCATENATED MODULE: ./src/use-cases/pr-checks/handle-pr-comment.ts






/**
 * The comment flow: ignores the bot's own comments and comments without a command; commands of people
 * without write access (checked through the API) get a polite reply and do nothing; `/retrigger` re-runs
 * the checks on the PR's current head; `toggleCommitStatus` commands flip their status as the Go bot does.
 */
async function handlePrComment(comment, options, deps) {
    const ignore = (reason) => {
        deps.logger.info(`Nothing to do: ${reason}.`);
        return { ignored: reason, refused: false, check: undefined, toggled: [] };
    };
    if (comment.action !== 'created')
        return ignore(`the comment was ${comment.action}; only new comments run commands`);
    if (comment.body.includes(bot_comment_tag/* BOT_COMMENT_TAG */.H))
        return ignore('the comment is a Telefonistka comment');
    if (!comment.body.includes('/'))
        return ignore('the comment holds no command');
    const commands = await (0,in_phase/* inPhase */.x)(phase(`reading the commands of a comment on #${comment.issueNumber}`), () => readCommands(comment.body, options.defaultBranch, deps));
    if (!commands.retrigger && commands.toggles.length === 0)
        return ignore('the comment holds no command');
    const permission = await (0,in_phase/* inPhase */.x)(phase(`checking the permission of ${comment.author}`), async () => (await (0,is_own_login/* isOwnLogin */.s)(deps.github, comment.author)) === true
        ? undefined
        : deps.github.getPermission(comment.author));
    if (permission === undefined)
        return ignore("the comment is the bot's own");
    if (!canRunCommands(permission)) {
        await (0,in_phase/* inPhase */.x)(phase(`replying to ${comment.author} on #${comment.issueNumber}`), () => replyRefusal(deps.github, comment, commands));
        deps.logger.info(`${comment.author} has ${permission} access: command refused.`);
        return { ignored: undefined, refused: true, check: undefined, toggled: [] };
    }
    const info = await (0,in_phase/* inPhase */.x)(phase(`reading #${comment.issueNumber}`), () => deps.github.getPullRequest(comment.issueNumber));
    if (info.state !== 'open')
        return ignore(`#${info.number} is closed`);
    const pr = { ...info };
    const contexts = commands.toggles.map((toggle) => toggle.context).join(', ');
    const toggled = await (0,in_phase/* inPhase */.x)(phase(`toggling ${contexts} on ${pr.headSha}`), () => toggleStatuses(deps.github, pr.headSha, commands.toggles));
    const check = commands.retrigger
        ? await checkPullRequest(pr, { ...options, commitStatus: true }, deps)
        : undefined;
    return { ignored: undefined, refused: false, check, toggled };
}
/** A phase of the comment handler, named in its failure (`pr-checks: checking the permission of alice: …`). */
function phase(what) {
    return { flow: 'pr-checks', phase: what };
}
/** `/retrigger` needs no configuration; toggle commands are defined in the default branch's config. */
async function readCommands(body, defaultBranch, deps) {
    const bare = parseChatCommands(body, {});
    if (bare.retrigger)
        return bare;
    const { config } = await (0,load_repo_config/* loadRepoConfig */.r)(deps.snapshot, await configRef(defaultBranch, deps));
    return parseChatCommands(body, config.toggleCommitStatus);
}
/** The commit to read the configuration at: the branch name through the API (one call), else its local commit. */
async function configRef(defaultBranch, deps) {
    if (deps.localGit === undefined)
        return defaultBranch;
    const head = await deps.localGit.remoteBranchSha(defaultBranch);
    if (head === undefined)
        throw new Error(`the default branch ${defaultBranch} does not exist`);
    if (!(await deps.localGit.hasCommit(head)))
        await deps.localGit.fetch([head]);
    return head;
}
/** Non-success becomes success, success becomes failure; the latest status of the context decides. */
async function toggleStatuses(github, sha, toggles) {
    if (toggles.length === 0)
        return [];
    const statuses = await github.listCommitStatuses(sha);
    const results = [];
    for (const toggle of toggles) {
        const latest = statuses.find((status) => status.context === toggle.context);
        const to = latest?.state === 'success' ? 'failure' : 'success';
        await github.createCommitStatus(sha, {
            state: to,
            context: toggle.context,
            description: latest?.description || `Set with /${toggle.command}`,
            // The Go bot keeps the status' link when it flips it.
            ...(latest?.targetUrl === undefined ? {} : { targetUrl: latest.targetUrl }),
        });
        results.push({ ...toggle, from: latest?.state, to });
    }
    return results;
}
async function replyRefusal(github, comment, commands) {
    const names = [
        ...(commands.retrigger ? [RETRIGGER_COMMAND] : []),
        ...commands.toggles.map((toggle) => `/${toggle.command}`),
    ].map((name) => `\`${name}\``);
    const body = [
        bot_comment_tag/* BOT_COMMENT_TAG */.H,
        `@${comment.author} thanks for asking! Only people with write access to ${github.owner}/${github.repo} can run ${names.join(' and ')}, so nothing was done. A maintainer can run it for you.`,
    ].join('\n');
    await github.createComment(comment.issueNumber, body);
}

// EXTERNAL MODULE: ./src/actions/shared/event-payloads.ts
var event_payloads = __webpack_require__(6669);
;// CONCATENATED MODULE: ./src/actions/pr-checks/pr-checks-event.ts

const CHECKED_ACTIONS = ['opened', 'synchronize', 'reopened', 'labeled'];
/**
 * Reads the triggering event: an opened, updated, reopened or labelled PR is checked; a comment on a PR
 * may hold a command; everything else (closed PRs, issue comments, other events) is not for this action.
 */
function readPrChecksEvent(eventName, payload) {
    const action = typeof payload.action === 'string' ? payload.action : '';
    const description = (0,event_payloads/* describeEvent */.g)(eventName, payload);
    if (eventName === 'pull_request' || eventName === 'pull_request_target') {
        const pr = payload.pull_request;
        if (pr === undefined || !CHECKED_ACTIONS.includes(action) || pr.state === 'closed')
            return { kind: 'other', description };
        const label = payload.label?.name;
        return {
            kind: 'pull-request',
            action,
            pr: (0,event_payloads/* pullRequestFromPayload */.r)(pr),
            addedLabel: action === 'labeled' ? label : undefined,
        };
    }
    if (eventName === 'issue_comment') {
        const { issue, comment } = payload;
        if (issue?.pull_request === undefined || comment === undefined)
            return { kind: 'other', description };
        return {
            kind: 'comment',
            comment: {
                action,
                issueNumber: issue.number,
                body: comment.body ?? '',
                author: comment.user?.login ?? '',
            },
        };
    }
    return { kind: 'other', description };
}

;// CONCATENATED MODULE: ./src/core/pr-checks/render-pr-checks-summary.ts
/** The job summary of a PR check: drift per folder pair, the whole report (never cut), API calls. */
function renderPrCheckSummary(result, apiCalls) {
    const lines = ['## Telefonistka PR checks', ''];
    if (result.skipped !== undefined)
        lines.push(`Nothing checked: ${result.skipped}.`, '');
    else {
        lines.push(...pairTable(result.reports), '');
        const c = result.comment;
        lines.push(`Sticky comment: ${c.parts} part(s); ${c.created} created, ${c.updated} updated, ${c.deleted} deleted, ${c.unchanged} unchanged.`, '');
        if (result.warnings.length > 0)
            lines.push('### Warnings', '', ...result.warnings.map((w) => `- ${w}`), '');
        if (result.document !== undefined)
            lines.push('### Report', '', wholeDocument(result.document), '');
    }
    lines.push(`GitHub API calls spent by this step: **${apiCalls}**`, '');
    return lines.join('\n');
}
/** The job summary of a comment event. */
function renderCommentSummary(handling, apiCalls) {
    if (handling.check !== undefined)
        return renderPrCheckSummary(handling.check, apiCalls);
    const lines = ['## Telefonistka PR comment', ''];
    if (handling.ignored !== undefined)
        lines.push(`Nothing to do: ${handling.ignored}.`);
    if (handling.refused)
        lines.push('The commenter lacks write access: the command was refused with a reply.');
    for (const toggle of handling.toggled)
        lines.push(`- \`/${toggle.command}\`: status \`${toggle.context}\` ${toggle.from ?? 'unset'} → ${toggle.to}`);
    lines.push('', `GitHub API calls spent by this step: **${apiCalls}**`, '');
    return lines.join('\n');
}
function pairTable(reports) {
    if (reports.length === 0)
        return ['This PR promotes no folder: nothing to compare.'];
    const rows = reports.map((report) => {
        const warned = report.onlyInSource.length + report.onlyInTarget.length + report.changed.length;
        const state = report.inSync ? '✅ in sync' : `⚠️ drifted (${warned} file${warned === 1 ? '' : 's'})`;
        const intended = report.intended.length === 0 ? '-' : String(report.intended.length);
        return `| \`${report.pair.source}\` | \`${report.pair.target}\` | ${state} | ${intended} |`;
    });
    return ['| source | target | drift | intended |', '| --- | --- | --- | --- |', ...rows];
}
function wholeDocument(document) {
    return [document.header, ...document.sections.map((section) => section.full), document.footer ?? '']
        .filter((block) => block !== '')
        .join('\n\n');
}

;// CONCATENATED MODULE: ./src/actions/pr-checks/check-pr-event.ts






/** `mode: pr`: checks the PR of a pull_request event, or runs the command of a comment on a PR. */
async function checkPrEvent(run) {
    const { inputs, workflow, deps } = run;
    const event = readPrChecksEvent(workflow.eventName, workflow.payload);
    const options = {
        defaultBranch: run.defaultBranch,
        serverUrl: workflow.serverUrl,
        today: run.today,
        runUrl: workflow.runUrl,
        maxContentReads: inputs.maxFileReads,
    };
    if (event.kind === 'other') {
        deps.logger.info(`Nothing to do for ${event.description}: pr-checks handles open PRs and PR comments.`);
        (0,outputs/* setOutputs */.n)({ outcome: 'ignored', drift: {}, 'api-calls': deps.github.callCount() });
        return;
    }
    if (event.kind === 'comment') {
        const handling = await handlePrComment(event.comment, options, deps);
        const check = handling.check;
        const outcome = check !== undefined
            ? 'checked'
            : handling.refused
                ? 'refused'
                : handling.toggled.length > 0
                    ? 'toggled'
                    : 'ignored';
        const drift = check === undefined ? {} : driftReportsJson(check.reports, check.defaultHead);
        (0,outputs/* setOutputs */.n)({ outcome, drift, 'api-calls': deps.github.callCount() });
        await (0,outputs/* writeSummary */.S)(renderCommentSummary(handling, deps.github.callCount()));
        return;
    }
    const result = await checkPullRequest(event.pr, { ...options, addedLabel: event.addedLabel, commitStatus: inputs.commitStatus }, deps);
    const apiCalls = deps.github.callCount();
    (0,outputs/* setOutputs */.n)({
        outcome: result.skipped === undefined ? 'checked' : 'skipped',
        drift: result.skipped === undefined ? driftReportsJson(result.reports, result.defaultHead) : {},
        'api-calls': apiCalls,
    });
    await (0,outputs/* writeSummary */.S)(renderPrCheckSummary(result, apiCalls));
}

;// CONCATENATED MODULE: ./src/core/drift/render-drift-map.ts

const statusIcon = {
    'in-sync': '✅',
    drifted: '⚠️',
    missing: '❌',
    acknowledged: '📝',
    skipped: '⏭️',
};
/** The drift map as markdown (job summary): totals, then one table per flow, components x target paths. */
function renderDriftMapMarkdown(map, options = {}) {
    const at = options.commitSha === undefined ? '' : ` at ${(0,markdown_code/* codeSpan */.SS)(options.commitSha.slice(0, 7))}`;
    const totals = Object.keys(statusIcon)
        .map((status) => `${statusIcon[status]} ${map.totals[status]} ${status.replace('-', ' ')}`)
        .join(' · ');
    const blocks = [`## Drift map${at}`, '', totals];
    if (map.tables.length === 0)
        blocks.push('', 'No promotion flow is configured.');
    for (const table of map.tables)
        blocks.push('', renderTable(table, options.onlyProblems === true));
    return `${blocks.join('\n')}\n`;
}
function renderTable(table, onlyProblems) {
    const rows = onlyProblems ? table.rows.filter((row) => row.cells.some(isProblem)) : table.rows;
    const lines = [`### Flow ${(0,markdown_code/* codeSpan */.SS)(table.sourcePath)}`, ''];
    if (table.rows.length === 0)
        return [...lines, 'No component found under this source path.'].join('\n');
    const hidden = table.rows.length - rows.length;
    if (rows.length > 0) {
        lines.push(`| component | ${table.targetPaths.map(markdown_code/* codeSpan */.SS).join(' | ')} |`);
        lines.push(`| --- |${' --- |'.repeat(table.targetPaths.length)}`);
        for (const row of rows)
            lines.push(`| ${(0,markdown_code/* codeSpan */.SS)(row.source)} | ${row.cells.map(renderCell).join(' | ')} |`);
    }
    if (hidden > 0)
        lines.push('', `${hidden} of ${table.rows.length} components are in sync everywhere and not listed.`);
    return lines.join('\n');
}
function renderCell(cell) {
    const icon = statusIcon[cell.status];
    if (cell.status === 'drifted')
        return `${icon} drifted (${files(cell.driftedFiles.length)})`;
    if (cell.status === 'acknowledged')
        return `${icon} acknowledged (${files(cell.acknowledgedFiles.length)})`;
    return `${icon} ${cell.status.replace('-', ' ')}`;
}
function files(n) {
    return `${n} ${n === 1 ? 'file' : 'files'}`;
}
function isProblem(cell) {
    return cell.status !== 'in-sync' && cell.status !== 'skipped';
}

// EXTERNAL MODULE: ./src/core/errors/input-error.ts
var input_error = __webpack_require__(85700);
// EXTERNAL MODULE: ./src/use-cases/pr-checks/build-repository-drift-map.ts + 2 modules
var build_repository_drift_map = __webpack_require__(38116);
;// CONCATENATED MODULE: ./src/actions/pr-checks/run-drift-map.ts




/** Above this many components the job summary lists only the rows that are not in sync everywhere. */
const FULL_MAP_MAX_ROWS = 500;
/** Job outputs are capped at 1 MB per job (UTF-16 estimate); leave room for the other outputs. */
const MAX_OUTPUT_CHARS = 400_000;
/** `mode: drift-map`: the whole repository's drift map in the job summary and the `drift` output. */
async function runDriftMap(run) {
    const { deps } = run;
    const ref = run.inputs.ref ?? run.defaultBranch;
    const commit = (deps.localGit === undefined ? undefined : await deps.localGit.remoteBranchSha(ref)) ??
        (await deps.github.getBranchSha(ref)) ??
        (/^[0-9a-f]{40}$/.test(ref) ? ref : undefined);
    if (commit === undefined) {
        throw new input_error/* InputError */.d('ref', `no branch ${ref} in this repository: name a branch or a full commit SHA`);
    }
    if (deps.localGit !== undefined && !(await deps.localGit.hasCommit(commit)))
        await deps.localGit.fetch([commit]);
    const built = await (0,build_repository_drift_map/* buildRepositoryDriftMap */.Q)({ commit, today: run.today }, deps);
    for (const warning of built.warnings)
        deps.logger.warning(warning);
    const rows = built.map.tables.reduce((sum, table) => sum + table.rows.length, 0);
    const markdown = renderDriftMapMarkdown(built.map, {
        commitSha: commit,
        onlyProblems: rows > FULL_MAP_MAX_ROWS,
    });
    const apiCalls = deps.github.callCount();
    (0,outputs/* setOutputs */.n)({ outcome: 'drift-map', drift: driftMapOutput(built.map, commit), 'api-calls': apiCalls });
    await (0,outputs/* writeSummary */.S)(`${markdown}\nGitHub API calls spent by this step: **${apiCalls}**\n`);
    if (run.inputs.failOnDrift && built.map.totals.drifted > 0) {
        throw new Error(`${built.map.totals.drifted} component/target folder pairs have drifted (see the job summary)`);
    }
}
/** The map as the `drift` output; only the totals when it would pass GitHub's 1 MB limit of a job's outputs. */
function driftMapOutput(map, commit) {
    const full = { version: 1, commit, totals: map.totals, tables: map.tables };
    if (JSON.stringify(full).length <= MAX_OUTPUT_CHARS)
        return full;
    return { version: 1, commit, totals: map.totals, tables: null, truncated: true };
}

;// CONCATENATED MODULE: ./src/actions/pr-checks/run-pr-checks.ts









/**
 * The pr-checks action. `mode: pr`: an opened, updated, reopened or labelled PR gets its drift warning,
 * promotion preview and `telefonistka` status; a PR comment may run `/retrigger` or a toggle command.
 * `mode: drift-map`: the whole repository's drift map in the job summary (for a scheduled workflow).
 */
async function runPrChecks(inputs) {
    (0,outputs/* setOutputs */.n)(default_outputs/* DEFAULT_OUTPUTS */.B['pr-checks']);
    const logger = (0,action_logger/* createActionLogger */.D)();
    const workflow = (0,workflow_context/* readWorkflowContext */.F)();
    const github = (0,workflow_github/* createWorkflowGitHub */.d)({ ...inputs, token: inputs.githubToken }, workflow, logger);
    await (0,with_final_outputs/* withFinalOutputs */.t)(() => ({ 'api-calls': github.callCount() }), async () => {
        const access = await (0,detect_repository_access/* detectRepositoryAccess */.U)(inputs.checkoutPath ?? workflow.workspace, github, logger);
        const deps = { github, logger, ...access };
        const defaultBranch = await (0,workflow_github/* workflowDefaultBranch */.P)(workflow, github);
        const today = new Date().toISOString().slice(0, 10);
        const run = { inputs, deps, defaultBranch, today };
        return inputs.mode === 'drift-map' ? runDriftMap(run) : checkPrEvent({ ...run, workflow });
    });
}

;// CONCATENATED MODULE: ./src/actions/main/flows/pr-checks-flow.ts


/** The pr-checks flow: its reader and runner in one chunk, loaded only for an event that routes to it. */
const preparePrChecksFlow = () => {
    const inputs = readPrChecksInputs();
    return () => runPrChecks(inputs);
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

/***/ 36075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ shortenStatusDescription)
/* harmony export */ });
/* unused harmony export MAX_STATUS_DESCRIPTION */
/** GitHub refuses status descriptions longer than 140 characters. */
const MAX_STATUS_DESCRIPTION = 140;
// GitHub also refuses any character outside the Basic Multilingual Plane ("description doesn't accept 4-byte
// Unicode", e.g. an emoji); the joiners and variation selectors that glued an emoji together go with it.
const FOUR_BYTE = /[\u{10000}-\u{10FFFF}]|\u200D|\uFE0E|\uFE0F/gu;
/**
 * A commit status description GitHub accepts: one line, without 4-byte characters (emoji from a freeze file or a
 * hold reason), at most `limit` (140) characters, never ending in half a surrogate pair.
 */
function shortenStatusDescription(text, limit = MAX_STATUS_DESCRIPTION) {
    const line = text.replace(FOUR_BYTE, ' ').replace(/\s+/g, ' ').trim();
    if (line.length <= limit)
        return line;
    return `${line.slice(0, limit - 1).trimEnd()}…`;
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


/***/ })

};
