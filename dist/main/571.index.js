export const id = 571;
export const ids = [571];
export const modules = {

/***/ 86661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareSweepFlow: () => (/* binding */ prepareSweepFlow)
});

// EXTERNAL MODULE: ./src/core/merge/choose-merge-method.ts
var choose_merge_method = __webpack_require__(13078);
// EXTERNAL MODULE: ./src/runtime/debug-inputs.ts
var debug_inputs = __webpack_require__(47493);
// EXTERNAL MODULE: ./src/runtime/inputs.ts
var runtime_inputs = __webpack_require__(12291);
// EXTERNAL MODULE: ./src/actions/argocd-diff/read-argocd-diff-inputs.ts
var read_argocd_diff_inputs = __webpack_require__(47353);
// EXTERNAL MODULE: ./src/actions/shared/read-github-inputs.ts
var read_github_inputs = __webpack_require__(91123);
// EXTERNAL MODULE: ./src/actions/shared/read-webhook-secrets.ts + 1 modules
var read_webhook_secrets = __webpack_require__(21889);
// EXTERNAL MODULE: ./src/actions/shared/read-write-interval.ts
var read_write_interval = __webpack_require__(96685);
;// CONCATENATED MODULE: ./src/actions/sweep/read-sweep-inputs.ts







/** Reads and validates the sweep's inputs before anything else runs; secrets are masked first. */
function readSweepInputs(inputs = (0,runtime_inputs/* createInputReader */.i)()) {
    const read = {
        ...(0,read_github_inputs/* readGitHubInputs */.B)(inputs),
        ...(0,read_write_interval/* readWriteInterval */.T)(inputs),
        ...(0,read_webhook_secrets/* readWebhookSecrets */.V)(inputs),
        mergeMethod: inputs.choice('merge-method', ['auto', ...choose_merge_method/* MERGE_METHODS */.Y], 'auto'),
        chain: inputs.choice('chain', ['auto', 'dispatch', 'off'], 'auto'),
        argocd: inputs.string('argocd-server') === undefined ? undefined : (0,read_argocd_diff_inputs/* readArgoCdInputs */.G)(inputs),
    };
    (0,debug_inputs/* debugInputs */.h)('sweep', read);
    return read;
}

// EXTERNAL MODULE: ./src/adapters/argocd/create-axios-argocd.ts + 2 modules
var create_axios_argocd = __webpack_require__(16685);
// EXTERNAL MODULE: ./src/runtime/action-logger.ts + 1 modules
var action_logger = __webpack_require__(97653);
// EXTERNAL MODULE: ./src/runtime/outputs.ts
var outputs = __webpack_require__(18506);
// EXTERNAL MODULE: ./src/runtime/sleep.ts
var sleep = __webpack_require__(73083);
// EXTERNAL MODULE: ./src/runtime/workflow-context.ts
var workflow_context = __webpack_require__(37337);
// EXTERNAL MODULE: ./src/use-cases/argocd-diff/create-app-finder.ts + 1 modules
var create_app_finder = __webpack_require__(5405);
// EXTERNAL MODULE: ./src/core/gates/gates-context.ts
var gates_context = __webpack_require__(59482);
// EXTERNAL MODULE: ./src/core/gates/environment-of.ts
var environment_of = __webpack_require__(72327);
// EXTERNAL MODULE: ./src/core/pr-checks/shorten-status-description.ts
var shorten_status_description = __webpack_require__(36075);
;// CONCATENATED MODULE: ./src/core/gates/zoned-time.ts
const formatters = new Map();
const WEEKDAYS = {
    Sun: 0,
    Mon: 1,
    Tue: 2,
    Wed: 3,
    Thu: 4,
    Fri: 5,
    Sat: 6,
};
function formatter(timezone) {
    let known = formatters.get(timezone);
    if (known === undefined) {
        known = new Intl.DateTimeFormat('en-US', {
            timeZone: timezone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            weekday: 'short',
        });
        formatters.set(timezone, known);
    }
    return known;
}
/** The wall clock in `timezone` (IANA) at the instant `ms`, daylight saving time applied by Intl. */
function zonedParts(ms, timezone) {
    const parts = Object.fromEntries(formatter(timezone)
        .formatToParts(ms)
        .map((p) => [p.type, p.value]));
    return {
        year: Number(parts['year']),
        month: Number(parts['month']),
        day: Number(parts['day']),
        weekday: WEEKDAYS[parts['weekday'] ?? 'Sun'] ?? 0,
        minutes: Number(parts['hour']) * 60 + Number(parts['minute']),
    };
}
/** Offset of `timezone` from UTC at `ms`, in milliseconds (minute precision). */
function offsetAt(ms, timezone) {
    const p = zonedParts(ms, timezone);
    const asUtc = Date.UTC(p.year, p.month - 1, p.day, 0, p.minutes);
    return asUtc - Math.floor(ms / 60_000) * 60_000;
}
/**
 * The instant a wall-clock time occurs in `timezone`. A time skipped by a daylight-saving jump (02:30 when clocks
 * go 02:00 → 03:00) is moved forward by the jump (03:30), as Temporal's `compatible` does; a repeated time gives
 * its first occurrence.
 */
function zonedToUtc(local, timezone) {
    const guess = Date.UTC(local.year, local.month - 1, local.day, 0, local.minutes);
    // The offsets in force half a day either side cover any single daylight-saving change.
    const before = guess - offsetAt(guess - 43_200_000, timezone);
    const after = guess - offsetAt(guess + 43_200_000, timezone);
    const reads = (ms) => {
        const parts = zonedParts(ms, timezone);
        return parts.minutes === local.minutes && parts.day === local.day;
    };
    const matching = [before, after].filter(reads);
    // A skipped time: the offset before the jump carries it forward by the jump.
    return matching.length === 0 ? before : Math.min(...matching);
}

;// CONCATENATED MODULE: ./src/core/gates/check-windows.ts

const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** Checks the merge windows at `now`: open when any window holds it (no windows: always open). */
function checkWindows(windows, now) {
    if (windows.length === 0 || windows.some((window) => isInside(window, now)))
        return { open: true };
    const openings = windows.map((window) => nextOpening(window, now));
    const next = openings.reduce((a, b) => (b.at < a.at ? b : a));
    return { open: false, opensAt: next.at, description: next.text };
}
function isInside(window, now) {
    const local = zonedParts(now, window.timezone);
    const today = window.days.includes(local.weekday);
    if (window.end > window.start)
        return today && local.minutes >= window.start && local.minutes < window.end;
    const yesterday = window.days.includes(((local.weekday + 6) % 7));
    return (today && local.minutes >= window.start) || (yesterday && local.minutes < window.end);
}
function nextOpening(window, now) {
    const local = zonedParts(now, window.timezone);
    for (let ahead = 0; ahead <= 7; ahead += 1) {
        const weekday = ((local.weekday + ahead) % 7);
        if (!window.days.includes(weekday) || (ahead === 0 && local.minutes >= window.start))
            continue;
        const date = new Date(Date.UTC(local.year, local.month - 1, local.day + ahead));
        const at = zonedToUtc({
            year: date.getUTCFullYear(),
            month: date.getUTCMonth() + 1,
            day: date.getUTCDate(),
            minutes: window.start,
        }, window.timezone);
        return { at, text: `opens ${DAY[weekday]} ${clock(window.start)} ${window.timezone}` };
    }
    // Unreachable with a non-empty day list: every weekday recurs within 7 days.
    return { at: Number.POSITIVE_INFINITY, text: `never opens (${window.text})` };
}
/** `HH:MM` of minutes after midnight. */
function clock(minutes) {
    const pad = (n) => String(n).padStart(2, '0');
    return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

;// CONCATENATED MODULE: ./src/core/gates/format-duration.ts
/** A duration in words as the configuration writes them: `2h`, `1h12m`, `45m`, `1d2h`; below a minute `0m`. */
function formatDuration(ms) {
    const minutes = Math.floor(ms / 60_000);
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    const rest = minutes % 60;
    const text = `${days > 0 ? `${String(days)}d` : ''}${hours > 0 ? `${String(hours)}h` : ''}${rest > 0 ? `${String(rest)}m` : ''}`;
    return text === '' ? '0m' : text;
}

;// CONCATENATED MODULE: ./src/core/gates/evaluate-gates.ts



/** GitHub's limit on a commit status description. */
const STATUS_DESCRIPTION_LIMIT = 140;
/**
 * Evaluates the gates of one promotion PR at `facts.now`: `failure` when a gate can no longer pass as things
 * stand (the source environment failed or is degraded), `pending` naming what it waits for, else `success`.
 * Pure; the description is stable between sweeps while nothing changes, so unchanged verdicts are not rewritten.
 */
function evaluateGates(gates, facts) {
    const reasons = [
        ...freezeReasons(gates, facts),
        ...windowReasons(gates, facts),
        ...healthReasons(gates, facts),
        ...soakReasons(gates, facts),
        ...approvalReasons(gates, facts),
    ];
    const failures = reasons.filter((reason) => reason.state === 'failure');
    const shown = failures.length > 0 ? failures : reasons;
    if (shown.length === 0)
        return { state: 'success', description: successText(gates), reasons: [] };
    const more = shown.length > 1 ? `; +${String(shown.length - 1)} more` : '';
    return {
        state: failures.length > 0 ? 'failure' : 'pending',
        description: limit(`${shown[0]?.text ?? ''}${more}`),
        reasons,
    };
}
function freezeReasons(gates, facts) {
    const reasons = [];
    if (facts.freeze.label)
        reasons.push({ gate: 'freeze', state: 'pending', text: 'frozen: `freeze` label' });
    if (facts.freeze.file !== undefined)
        reasons.push({ gate: 'freeze', state: 'pending', text: `frozen: ${facts.freeze.file}` });
    const period = gates.freeze.find((freeze) => facts.now >= freeze.from && facts.now < freeze.to);
    if (period !== undefined)
        reasons.push({
            gate: 'freeze',
            state: 'pending',
            text: `frozen until ${utcText(period.to)}: ${period.reason}`,
        });
    return reasons;
}
function windowReasons(gates, facts) {
    const check = checkWindows(gates.windows, facts.now);
    return check.open
        ? []
        : [{ gate: 'window', state: 'pending', text: `outside window: ${check.description}` }];
}
function healthReasons(gates, facts) {
    const env = facts.sourceEnvironment;
    if (gates.healthy === 'deployment') {
        const latest = facts.latestSourceDeployment;
        if (latest === undefined)
            return [{ gate: 'healthy', state: 'pending', text: `${env} has no deployment yet` }];
        if (latest.state === 'failure' || latest.state === 'error')
            return [
                {
                    gate: 'healthy',
                    state: 'failure',
                    text: `${env} unhealthy: deployment of ${evaluate_gates_short(latest.sha)} ${latest.state}`,
                },
            ];
        if (latest.state !== 'success' || facts.sourceDeployment?.successAt === undefined)
            return [
                {
                    gate: 'healthy',
                    state: 'pending',
                    text: `${env} not yet deployed at ${evaluate_gates_short(facts.sourceCommit)}`,
                },
            ];
        return [];
    }
    if (gates.healthy !== 'argocd')
        return [];
    const apps = facts.sourceApps;
    if (apps === undefined)
        return [{ gate: 'healthy', state: 'pending', text: `${env} health unknown: Argo CD not read` }];
    if (apps.length === 0)
        return [{ gate: 'healthy', state: 'pending', text: `${env}: no Argo CD app found` }];
    const degraded = apps.find((app) => app.health === 'Degraded' || app.health === 'Missing');
    if (degraded !== undefined)
        return [
            { gate: 'healthy', state: 'failure', text: `${env} unhealthy: ${degraded.name} ${degraded.health}` },
        ];
    const waiting = apps.find((app) => !app.atRevision || app.sync !== 'Synced' || app.health !== 'Healthy');
    if (waiting === undefined)
        return [];
    const why = waiting.atRevision
        ? `${waiting.sync}/${waiting.health}`
        : `not at ${evaluate_gates_short(facts.sourceCommit)}`;
    return [{ gate: 'healthy', state: 'pending', text: `${env} not healthy yet: ${waiting.name} ${why}` }];
}
function soakReasons(gates, facts) {
    if (gates.soakMs === undefined)
        return [];
    const env = facts.sourceEnvironment;
    const soak = gates.soakText ?? formatDuration(gates.soakMs);
    const deployment = facts.sourceDeployment;
    if (facts.sourceCommit === undefined)
        return [{ gate: 'soak', state: 'failure', text: `soak: the PR names no source commit; promote again` }];
    if (deployment === undefined)
        return [
            {
                gate: 'soak',
                state: 'pending',
                text: `${env} soak ${soak}: waiting for deployment of ${evaluate_gates_short(facts.sourceCommit)}`,
            },
        ];
    if (deployment.successAt === undefined) {
        if (deployment.state === 'failure' || deployment.state === 'error')
            return [
                {
                    gate: 'soak',
                    state: 'failure',
                    text: `${env} deployment of ${evaluate_gates_short(deployment.sha)} ${deployment.state}`,
                },
            ];
        return [
            { gate: 'soak', state: 'pending', text: `${env} soak ${soak}: deploying ${evaluate_gates_short(deployment.sha)}` },
        ];
    }
    const ready = deployment.successAt + gates.soakMs;
    if (facts.now >= ready)
        return [];
    return [{ gate: 'soak', state: 'pending', text: `${env} soaking ${soak}: ready ${utcText(ready)}` }];
}
function approvalReasons(gates, facts) {
    if (gates.approvals <= 0)
        return [];
    const latest = new Map();
    for (const review of facts.reviews) {
        if (review.state === 'COMMENTED' || review.state === 'PENDING')
            continue;
        latest.set(review.author.toLowerCase(), review);
    }
    const own = new Set(facts.ownLogins.map((login) => login.toLowerCase()));
    const approvals = [...latest.entries()].filter(([login, review]) => review.state === 'APPROVED' && review.authorCanPush && (gates.countOwnApprovals || !own.has(login))).length;
    if (approvals >= gates.approvals)
        return [];
    return [
        {
            gate: 'approvals',
            state: 'pending',
            text: `approvals: ${String(approvals)} of ${String(gates.approvals)}`,
        },
    ];
}
function successText(gates) {
    const passed = [
        gates.soakMs === undefined ? undefined : `soak ${gates.soakText ?? formatDuration(gates.soakMs)}`,
        gates.healthy === undefined ? undefined : `healthy (${gates.healthy})`,
        gates.windows.length === 0 ? undefined : 'in window',
        'not frozen',
        gates.approvals > 0
            ? `${String(gates.approvals)} approval${gates.approvals === 1 ? '' : 's'}`
            : undefined,
    ].filter((text) => text !== undefined);
    return limit(`gates passed: ${passed.join(', ')}`);
}
function evaluate_gates_short(sha) {
    return sha === undefined ? 'the promoted commit' : sha.slice(0, 7);
}
/** `2026-12-05 14:32 UTC`. */
function utcText(ms) {
    return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
function limit(text) {
    return (0,shorten_status_description/* shortenStatusDescription */.k)(text, STATUS_DESCRIPTION_LIMIT);
}

;// CONCATENATED MODULE: ./src/core/gates/parse-freeze-file.ts
/** The in-repository freeze file: while it exists on the default branch, every gated promotion PR is held. */
const FREEZE_FILE = '.telefonistka/freeze';
/** The reason a freeze file gives: its first non-empty line (at most 100 characters), or a default. */
function parseFreezeFile(text) {
    const line = text
        .split('\n')
        .map((candidate) => candidate.trim())
        .find((candidate) => candidate !== '' && !candidate.startsWith('#'));
    const reason = line === undefined ? 'freeze file' : [...line].slice(0, 100).join('');
    return `${reason} (${FREEZE_FILE})`;
}

// EXTERNAL MODULE: ./src/core/errors/error-message.ts
var error_message = __webpack_require__(98307);
;// CONCATENATED MODULE: ./src/core/holds/hold-verdict.ts


/**
 * The gates verdict of a promotion PR some of whose target folders are held: `pending` with `held: <folder>
 * (reason, by login)` first, whatever the other gates say, so the sweep never merges into a held folder. A
 * verdict without held targets is returned as it is.
 */
function holdVerdict(verdict, held) {
    const [first] = held;
    if (first === undefined)
        return verdict;
    const reasons = held.map((hold) => ({
        gate: 'hold',
        state: 'pending',
        text: `held: ${hold.folder} (${(0,shorten_status_description/* shortenStatusDescription */.k)(hold.reason)}, by ${hold.by})`,
    }));
    const others = held.length - 1 + verdict.reasons.length;
    const more = others > 0 ? `; +${String(others)} more` : '';
    const text = reasons[0]?.text ?? '';
    const cut = (0,shorten_status_description/* shortenStatusDescription */.k)(text, STATUS_DESCRIPTION_LIMIT - more.length);
    return { state: 'pending', description: `${cut}${more}`, reasons: [...reasons, ...verdict.reasons] };
}

// EXTERNAL MODULE: ./src/core/holds/parse-holds-file.ts
var parse_holds_file = __webpack_require__(57921);
// EXTERNAL MODULE: ./src/core/gates/plan-deployments.ts
var plan_deployments = __webpack_require__(38636);
// EXTERNAL MODULE: ./src/core/promotion/source-commit-marker.ts
var source_commit_marker = __webpack_require__(6643);
// EXTERNAL MODULE: ./src/use-cases/shared/merge-policy.ts + 1 modules
var merge_policy = __webpack_require__(58273);
// EXTERNAL MODULE: ./src/use-cases/shared/read-trusted-promotion-metadata.ts
var read_trusted_promotion_metadata = __webpack_require__(12825);
// EXTERNAL MODULE: ./src/core/errors/external-error.ts
var external_error = __webpack_require__(91787);
// EXTERNAL MODULE: ./src/use-cases/shared/token-permission-fix.ts
var token_permission_fix = __webpack_require__(14860);
// EXTERNAL MODULE: ./src/use-cases/gates/record-deployments.ts
var record_deployments = __webpack_require__(80078);
;// CONCATENATED MODULE: ./src/use-cases/gates/confirm-deployments.ts



const UNFINISHED = new Set(['queued', 'pending', 'in_progress']);
/**
 * Gives this tool's unfinished deployments their final status: `success` when every Argo CD app of their
 * components is synced to the deployment's commit and Healthy, `failure` when one is at that commit and
 * Degraded (or Missing), `inactive` when a newer deployment of the environment succeeded first. Others wait for
 * the next sweep. The deployments in `byEnvironment` are updated in place so the gates of this sweep see them.
 */
async function confirmDeployments(input, deps) {
    const confirmed = [];
    for (const [environment, deployments] of input.byEnvironment) {
        for (const [index, deployment] of deployments.entries()) {
            if (deployment.state === undefined || !UNFINISHED.has(deployment.state))
                continue;
            const recorded = recordOf(deployment.payload);
            if (recorded === undefined)
                continue;
            const { components } = recorded;
            const newerSucceeded = deployments.slice(0, index).some((newer) => newer.successAt !== undefined);
            const verdict = newerSucceeded
                ? { state: 'inactive', description: 'superseded by a newer deployment' }
                : await judge(deployment, components, deps.apps);
            if (verdict === undefined)
                continue;
            const written = await writeStatus(deployment.id, verdict, deps);
            if (!written)
                return confirmed;
            deployment.state = verdict.state;
            if (verdict.state === 'success')
                deployment.successAt = input.now;
            deps.logger.info(`${environment}: deployment ${String(deployment.id)} ${verdict.state}: ${verdict.description}`);
            confirmed.push({ environment, id: deployment.id, sha: deployment.sha, ...verdict, ...recorded });
        }
    }
    return confirmed;
}
/**
 * Writes a deployment's final status; false when GitHub refuses the token (no `deployments: write`): said once
 * with the permission to add, and nothing else is confirmed (the gates then wait, as the deployments did not finish).
 */
async function writeStatus(id, verdict, deps) {
    try {
        await deps.deployments.createDeploymentStatus(id, verdict);
        return true;
    }
    catch (error) {
        if (!(error instanceof external_error/* ExternalError */.y && error.refusal === 'token-permission-missing'))
            throw error;
        const fix = (0,token_permission_fix/* tokenPermissionFix */.MR)({
            message: 'Resource not accessible by integration',
            permissions: token_permission_fix/* GATES_PERMISSIONS */.WS,
            refused: 'write deployment statuses',
        });
        deps.logger.warning(`Deployments not confirmed: ${fix}`);
        return false;
    }
}
/** The component folders and PR of a payload this tool wrote; undefined for anyone else's deployment. */
function recordOf(payload) {
    try {
        const parsed = JSON.parse(payload);
        if (parsed.tool !== record_deployments/* DEPLOYMENT_PAYLOAD_TOOL */.C || !Array.isArray(parsed.components))
            return undefined;
        const components = parsed.components.filter((item) => typeof item === 'string');
        const pr = parsed.pullRequest;
        const pullRequest = typeof pr?.number === 'number' && typeof pr.url === 'string'
            ? { number: pr.number, url: pr.url }
            : undefined;
        return pullRequest === undefined ? { components } : { components, pullRequest };
    }
    catch {
        return undefined;
    }
}
async function judge(deployment, components, finder) {
    const apps = [];
    for (const component of components) {
        const match = await finder.find(component.replace(/\/$/, ''));
        if (match === undefined)
            return undefined;
        apps.push(match.app);
    }
    const atCommit = (app) => revisionsOf(app).includes(deployment.sha);
    const broken = apps.find((app) => atCommit(app) && ['Degraded', 'Missing'].includes(app.status?.health?.status ?? ''));
    if (broken !== undefined)
        return {
            state: 'failure',
            description: `${broken.metadata.name} ${broken.status?.health?.status ?? ''}`,
        };
    const ready = apps.every((app) => atCommit(app) && app.status?.sync?.status === 'Synced' && app.status.health?.status === 'Healthy');
    if (!ready || apps.length === 0)
        return undefined;
    return {
        state: 'success',
        description: `Argo CD: ${apps.map((app) => app.metadata.name).join(', ')} synced and Healthy`.slice(0, 140),
    };
}
/** The commits an app is synced to (one per source). */
function revisionsOf(app) {
    const sync = app.status?.sync;
    return [sync?.revision, ...(sync?.revisions ?? [])].filter((r) => r !== undefined && r !== '');
}

;// CONCATENATED MODULE: ./src/use-cases/gates/find-pr-gates.ts
/**
 * Finds the gates of a promotion PR from its trusted metadata: the `promotionPrs` entry whose target folders
 * hold the promoted paths gives the gates (the first gated one), and the newest hop of the chain gives the
 * source folder. Undefined when the PR is not gated.
 */
function findPrGates(config, metadata) {
    const hops = Object.entries(metadata.previousPromotionPaths).sort(([a], [b]) => Number(b) - Number(a));
    const hop = hops[0]?.[1];
    if (hop === undefined)
        return undefined;
    for (const flow of config.promotionPaths) {
        for (const pr of flow.promotionPrs) {
            if (pr.gates === undefined)
                continue;
            const components = metadata.promotedPaths.flatMap((promoted) => {
                const target = pr.targetPaths.find((folder) => `${promoted}/`.startsWith(folder));
                return target === undefined
                    ? []
                    : [`${hop.sourcePath}${promoted.slice(target.length)}`.replace(/\/$/, '')];
            });
            if (components.length > 0 && flow.sourcePathRegex.test(hop.sourcePath))
                return { gates: pr.gates, flow, sourceComponents: components, sourceFolder: hop.sourcePath };
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/use-cases/gates/sweep-gates.ts















/** The label that holds a gated promotion PR. */
const FREEZE_LABEL = 'freeze';
/**
 * The sweep: reads every open promotion PR and the environments' deployments in one batched read, gives
 * unfinished deployments their final status from Argo CD, re-evaluates each gated PR, writes
 * `telefonistka/gates` only where the verdict changed, and merges the passing PRs of `autoMerge` flows under the
 * merge policy (recording their deployments and dispatching the next hop). Idempotent: a second sweep with
 * nothing changed writes nothing. One PR failing does not stop the others.
 */
async function sweepGates(config, options, deps) {
    const snapshot = await deps.logger.group('Read promotion PRs and deployments', () => deps.sweep.readSweep({
        environments: sweptEnvironments(config),
        freezeFile: FREEZE_FILE,
        holdsFile: parse_holds_file/* HOLDS_FILE */.gL,
        statusContext: gates_context/* GATES_CONTEXT */.j,
    }));
    const confirmed = deps.apps === undefined || options.confirmation !== 'argocd'
        ? []
        : await deps.logger.group('Confirm deployments from Argo CD', () => confirmDeployments({ byEnvironment: snapshot.deployments, now: options.now }, { deployments: deps.deployments, apps: deps.apps, logger: deps.logger }));
    const result = { pullRequests: [], confirmed, ungated: [] };
    const holds = sweepHolds(snapshot.holdsFileText);
    await deps.logger.group('Evaluate gates', async () => {
        for (const pr of snapshot.pullRequests) {
            const gated = await gatesOf(pr, config, deps);
            if (gated === undefined) {
                result.ungated.push(pr.number);
                continue;
            }
            result.pullRequests.push(await sweepOne(pr, gated, { snapshot, config, options, deps, holds }));
        }
    });
    return result;
}
function sweepHolds(text) {
    if (text === undefined)
        return { holds: new Map() };
    try {
        return { holds: new Map((0,parse_holds_file/* parseHoldsFile */.od)(text).config.map((hold) => [hold.folder, hold])) };
    }
    catch (error) {
        return { problem: (0,error_message/* errorMessage */.g)(error).split('\n')[0] ?? '' };
    }
}
/** A held target keeps the PR pending whatever its gates say; a broken holds file keeps every PR pending. */
function withHolds(verdict, targets, holds) {
    if ('problem' in holds) {
        const text = `holds file invalid: ${holds.problem}`;
        const description = [...text].slice(0, STATUS_DESCRIPTION_LIMIT).join('');
        return {
            state: 'pending',
            description,
            reasons: [{ gate: 'hold', state: 'pending', text }, ...verdict.reasons],
        };
    }
    const held = targets
        .map((target) => holds.holds.get(target.replace(/\/+$/, '')))
        .filter((hold) => hold !== undefined);
    return holdVerdict(verdict, held);
}
async function gatesOf(pr, config, deps) {
    const trusted = await (0,read_trusted_promotion_metadata/* readTrustedPromotionMetadata */.M)(pr, {
        promotionPrAuthors: config.promotionPrAuthors,
        github: deps.github,
    });
    if (trusted.ignored !== undefined)
        deps.logger.warning(trusted.ignored);
    if (trusted.metadata === undefined)
        return undefined;
    const gates = findPrGates(config, trusted.metadata);
    return gates === undefined ? undefined : { ...gates, targets: [...trusted.metadata.promotedPaths] };
}
async function sweepOne(pr, gated, context) {
    const { deps } = context;
    const about = { number: pr.number, url: pr.url, targets: gated.targets };
    try {
        const verdict = withHolds(evaluateGates(gated.gates, await factsOf(pr, gated, context)), gated.targets, context.holds);
        const written = await writeVerdict(pr, verdict, deps);
        const entry = { ...about, verdict, written };
        if (verdict.state === 'success' && gated.flow.conditions.autoMerge)
            await mergePassing(pr, entry, context);
        return entry;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        deps.logger.warning(`#${pr.number}: ${message}`);
        return {
            ...about,
            verdict: { state: 'pending', description: '', reasons: [] },
            written: false,
            error: message,
        };
    }
}
async function factsOf(pr, gated, context) {
    const { snapshot, config, options, deps } = context;
    const firstComponent = gated.sourceComponents[0] ?? gated.sourceFolder;
    const sourceEnvironment = (0,environment_of/* environmentOf */.p)(`${firstComponent}/`, gated.sourceFolder, config.environments);
    const deployments = snapshot.deployments.get(sourceEnvironment) ?? [];
    const sourceCommit = (0,source_commit_marker/* parseSourceCommit */.e)(pr.body);
    const sourceDeployment = deployments.find((deployment) => deployment.sha === sourceCommit);
    const needsApps = gated.gates.healthy === 'argocd' && deps.apps !== undefined;
    return {
        now: options.now,
        sourceEnvironment,
        sourceCommit,
        sourceDeployment,
        latestSourceDeployment: deployments[0],
        sourceApps: needsApps
            ? await appsOf(gated, sourceCommit, deployments, deps.apps)
            : undefined,
        reviews: pr.reviews,
        ownLogins: options.ownLogins,
        freeze: {
            label: pr.labels.includes(FREEZE_LABEL),
            file: snapshot.freezeFileText === undefined ? undefined : parseFreezeFile(snapshot.freezeFileText),
        },
    };
}
/** An app runs the promoted revision when it is synced to the source commit or to a later deployment's commit. */
async function appsOf(gated, sourceCommit, deployments, finder) {
    const index = deployments.findIndex((deployment) => deployment.sha === sourceCommit);
    const acceptable = new Set([sourceCommit, ...(index < 0 ? [] : deployments.slice(0, index).map((d) => d.sha))].filter((sha) => sha !== undefined));
    const apps = [];
    for (const component of gated.sourceComponents) {
        const match = await finder.find(component);
        if (match === undefined)
            continue;
        apps.push({
            name: match.app.metadata.name,
            health: match.app.status?.health?.status ?? 'Unknown',
            sync: match.app.status?.sync?.status ?? 'Unknown',
            atRevision: revisionsOf(match.app).some((revision) => acceptable.has(revision)),
        });
    }
    return apps;
}
async function writeVerdict(pr, verdict, deps) {
    const current = pr.gateStatus;
    if (current !== undefined && current.state === verdict.state && current.description === verdict.description)
        return false;
    await deps.github.createCommitStatus(pr.headSha, {
        state: verdict.state,
        context: gates_context/* GATES_CONTEXT */.j,
        description: verdict.description,
    });
    deps.logger.info(`#${pr.number} ${gates_context/* GATES_CONTEXT */.j}: ${verdict.state} — ${verdict.description}`);
    return true;
}
async function mergePassing(pr, entry, context) {
    const { options, deps, config } = context;
    const decision = await (0,merge_policy/* applyMergePolicy */.f)({
        number: pr.number,
        nodeId: pr.nodeId,
        headSha: pr.headSha,
        mode: 'direct',
        method: options.mergeMethod,
        settings: options.repositorySettings,
    }, { github: deps.github, logger: deps.logger, sleep: deps.sleep });
    entry.merge = decision.result;
    if (decision.result === 'left-open') {
        entry.mergeNote = decision.reason;
        return;
    }
    if (decision.result !== 'merged')
        return;
    entry.mergeCommitSha = decision.sha;
    const trusted = await (0,read_trusted_promotion_metadata/* readTrustedPromotionMetadata */.M)(pr, {
        promotionPrAuthors: config.promotionPrAuthors,
        github: deps.github,
    });
    entry.deployments = await (0,record_deployments/* recordDeployments */.G)({
        pullRequest: {
            number: pr.number,
            url: pr.url,
            mergeCommitSha: decision.sha,
            metadata: trusted.metadata,
            sourceCommit: (0,source_commit_marker/* parseSourceCommit */.e)(pr.body),
        },
        planned: (0,plan_deployments/* planDeployments */.S)(config, (trusted.metadata?.promotedPaths ?? []).map((path) => ({ path: `${path.replace(/\/$/, '')}/` }))),
        confirmation: options.confirmation,
    }, deps);
    if (options.dispatchAfterMerge !== undefined) {
        const chain = options.dispatchAfterMerge;
        await deps.github.dispatchWorkflow(chain.workflow, chain.ref, { 'merged-pr': String(pr.number) });
    }
}
/**
 * The environments a sweep reads deployments of, known from the configuration alone (so the read is one
 * request): every `environments` name, and the environment of every target folder and literal source folder.
 */
function sweptEnvironments(config) {
    const names = new Set((config.environments ?? []).map((mapping) => mapping.name));
    const folders = config.promotionPaths.flatMap((flow) => [
        ...flow.promotionPrs.flatMap((pr) => pr.targetPaths),
        ...(/^[A-Za-z0-9_./-]+$/.test(flow.sourcePath) ? [flow.sourcePath] : []),
    ]);
    for (const folder of folders)
        names.add((0,environment_of/* environmentOf */.p)(folder, folder, config.environments));
    return [...names].sort();
}

// EXTERNAL MODULE: ./src/use-cases/promote/load-repo-config.ts
var load_repo_config = __webpack_require__(99310);
// EXTERNAL MODULE: ./src/core/promotion/compare-strings.ts
var compare_strings = __webpack_require__(16277);
// EXTERNAL MODULE: ./src/core/events/environments-of.ts
var environments_of = __webpack_require__(2729);
// EXTERNAL MODULE: ./src/core/events/recorded-deployment-events.ts
var recorded_deployment_events = __webpack_require__(41115);
;// CONCATENATED MODULE: ./src/core/events/build-sweep-events.ts



/**
 * The promotion events of a sweep: deployments it confirmed (`deployed`, or `failed` when Argo CD reports the
 * commit degraded), then per gated PR a verdict that changed to `pending` (`gated`, with what it waits for) or
 * `failure` (`failed`), a merge (`merged`, then the merge's `deployed` records), or an error. An unchanged
 * verdict sends nothing, so a sweep every 15 minutes does not repeat itself. Pure.
 */
function buildSweepEvents(result, mappings) {
    const events = [];
    for (const confirmed of result.confirmed) {
        if (confirmed.state === 'inactive')
            continue;
        const base = {
            source: 'sweep',
            pullRequest: confirmed.pullRequest,
            environments: [confirmed.environment],
            folders: [...(confirmed.components ?? [])].sort(compare_strings/* compareStrings */.K),
            commit: confirmed.sha,
            deploymentId: confirmed.id,
            reason: confirmed.description,
        };
        events.push(confirmed.state === 'success'
            ? { ...base, kind: 'deployed' }
            : { ...base, kind: 'failed', failure: 'deployment' });
    }
    for (const pr of result.pullRequests)
        events.push(...pullRequestEvents(pr, mappings));
    return events;
}
function pullRequestEvents(pr, mappings) {
    const base = {
        source: 'sweep',
        pullRequest: { number: pr.number, url: pr.url },
        environments: (0,environments_of/* environmentsOf */.M)(pr.targets, mappings),
        folders: [...pr.targets].sort(compare_strings/* compareStrings */.K),
        commit: undefined,
        deploymentId: undefined,
    };
    const events = [];
    if (pr.error !== undefined) {
        events.push({ ...base, kind: 'failed', failure: 'write', reason: pr.error });
        return events;
    }
    if (pr.written && pr.verdict.state === 'pending')
        events.push({ ...base, kind: 'gated', reason: pr.verdict.description });
    if (pr.written && (pr.verdict.state === 'failure' || pr.verdict.state === 'error'))
        events.push({ ...base, kind: 'failed', failure: 'gates', reason: pr.verdict.description });
    if (pr.merge !== 'merged')
        return events;
    events.push({ ...base, kind: 'merged', commit: pr.mergeCommitSha, reason: pr.verdict.description });
    events.push(...(0,recorded_deployment_events/* recordedDeploymentEvents */.L)(pr.deployments ?? [], {
        source: 'sweep',
        pullRequest: base.pullRequest,
        commit: pr.mergeCommitSha,
    }));
    return events;
}

// EXTERNAL MODULE: ./src/core/events/render-promotion-events-summary.ts
var render_promotion_events_summary = __webpack_require__(29522);
// EXTERNAL MODULE: ./src/actions/shared/create-workflow-deployments.ts + 2 modules
var create_workflow_deployments = __webpack_require__(83514);
// EXTERNAL MODULE: ./src/actions/shared/send-run-promotion-events.ts + 6 modules
var send_run_promotion_events = __webpack_require__(93217);
// EXTERNAL MODULE: ./src/actions/shared/detect-repository-access.ts + 6 modules
var detect_repository_access = __webpack_require__(95108);
// EXTERNAL MODULE: ./src/actions/shared/payload-repository-settings.ts
var payload_repository_settings = __webpack_require__(400);
// EXTERNAL MODULE: ./src/actions/shared/workflow-github.ts
var workflow_github = __webpack_require__(10494);
;// CONCATENATED MODULE: ./src/actions/sweep/explain-sweep-refusal.ts


/**
 * A sweep stopped by GitHub refusing the token (403 "Resource not accessible by integration"; e.g. a private
 * repository's deployments without `deployments: read`): the error names the permissions to add. Others pass.
 */
function explainSweepRefusal(error) {
    if (!(error instanceof external_error/* ExternalError */.y) || error.refusal !== 'token-permission-missing')
        return error;
    const fix = (0,token_permission_fix/* tokenPermissionFix */.MR)({
        message: 'Resource not accessible by integration',
        permissions: token_permission_fix/* GATES_PERMISSIONS */.WS,
        refused: error.operation,
    });
    return new Error(`The gates sweep evaluated no promotion PR. ${fix}`, { cause: error });
}

;// CONCATENATED MODULE: ./src/actions/sweep/run-sweep.ts
















/**
 * The gates sweep (root action, `schedule` events): re-evaluates every open gated promotion PR, confirms
 * deployments from Argo CD, merges what passes. See docs/gates.md.
 */
async function runSweep(inputs) {
    const logger = (0,action_logger/* createActionLogger */.D)();
    const workflow = (0,workflow_context/* readWorkflowContext */.F)();
    const token = inputs.githubToken;
    const github = (0,workflow_github/* createWorkflowGitHub */.d)({ token, writeIntervalMs: inputs.writeIntervalMs }, workflow, logger);
    const records = (0,create_workflow_deployments/* createWorkflowDeployments */.a)(inputs, workflow, logger);
    const checkoutDir = inputs.checkoutPath ?? workflow.workspace;
    const { snapshot } = await (0,detect_repository_access/* detectRepositoryAccess */.U)(checkoutDir, github, logger);
    const defaultBranch = await (0,workflow_github/* workflowDefaultBranch */.P)(workflow, github);
    const loaded = await (0,load_repo_config/* loadRepoConfig */.r)(snapshot, defaultBranch);
    for (const warning of loaded.warnings)
        logger.warning(warning);
    const argocd = inputs.argocd === undefined ? undefined : argoCd(inputs.argocd, logger);
    const repoUrl = `${workflow.serverUrl ?? 'https://github.com'}/${workflow.owner}/${workflow.repo}`;
    const confirmation = loaded.config.deploymentConfirmation === 'merge' || argocd === undefined ? 'merge' : 'argocd';
    const result = await sweepGates(loaded.config, {
        now: Date.now(),
        confirmation,
        mergeMethod: inputs.mergeMethod,
        repositorySettings: (0,payload_repository_settings/* payloadRepositorySettings */.g)(workflow.payload),
        ownLogins: [await github.getViewerLogin()],
        dispatchAfterMerge: workflow.workflowFile === undefined || inputs.chain === 'off'
            ? undefined
            : { workflow: workflow.workflowFile, ref: defaultBranch },
    }, {
        github,
        sweep: records,
        deployments: records,
        apps: argocd === undefined
            ? undefined
            : (0,create_app_finder/* createAppFinder */.E)(argocd, {
                repoUrl,
                useShaLabel: loaded.config.argocd.useShaLabelForAppDiscovery,
            }),
        logger,
        sleep: sleep/* sleep */.y,
    }).catch((error) => {
        throw explainSweepRefusal(error);
    });
    const apiCalls = github.callCount() + records.callCount();
    const endpoints = loaded.config.promotionEvents ?? [];
    const sent = await (0,send_run_promotion_events/* sendRunPromotionEvents */.y)(buildSweepEvents(result, loaded.config.environments), {
        endpoints,
        secrets: inputs,
        workflow,
        logger,
    });
    (0,outputs/* setOutputs */.n)({
        gates: sweepOutput(result),
        'promotion-events': (0,send_run_promotion_events/* promotionEventsOutput */.k)(sent),
        'api-calls': apiCalls,
    });
    await (0,outputs/* writeSummary */.S)(renderSweepSummary(result, apiCalls) + (0,render_promotion_events_summary/* renderPromotionEventsSummary */.r)(sent, endpoints.length));
    const failed = result.pullRequests.filter((pr) => pr.error !== undefined);
    if (failed.length > 0)
        throw new Error(`${String(failed.length)} PR(s) could not be swept:\n${failed.map((pr) => `- #${String(pr.number)}: ${pr.error ?? ''}`).join('\n')}`);
}
function argoCd(settings, logger) {
    return (0,create_axios_argocd/* createAxiosArgoCd */.r)({
        ...settings,
        logger,
        onRequest: () => undefined,
    });
}
function sweepOutput(result) {
    return result.pullRequests.map((pr) => ({
        number: pr.number,
        state: pr.verdict.state,
        description: pr.verdict.description,
        written: pr.written,
        ...(pr.merge === undefined ? {} : { merge: pr.merge }),
        ...(pr.error === undefined ? {} : { error: pr.error }),
    }));
}
/** The job summary: one row per gated PR, the deployments confirmed, the API calls spent. */
function renderSweepSummary(result, apiCalls) {
    const escape = (text) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
    const rows = result.pullRequests.map((pr) => `| #${String(pr.number)} | ${pr.verdict.state} | ${escape(pr.verdict.description)} | ${pr.written ? 'yes' : 'no'} | ${pr.merge ?? ''} |`);
    const deployments = result.confirmed.map((d) => `| ${escape(d.environment)} | ${d.sha.slice(0, 7)} | ${d.state} | ${escape(d.description)} |`);
    return [
        '## Telefonistka gates sweep',
        '',
        rows.length === 0
            ? 'No gated promotion PR is open.'
            : ['| PR | gates | why | status written | merge |', '|---|---|---|---|---|', ...rows].join('\n'),
        '',
        ...(deployments.length === 0
            ? []
            : ['| environment | commit | deployment | why |', '|---|---|---|---|', ...deployments, '']),
        `API calls: ${String(apiCalls)}`,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/actions/main/flows/sweep-flow.ts


/** The sweep flow: its reader and runner in one chunk, loaded only for an event that routes to it. */
const prepareSweepFlow = () => {
    const inputs = readSweepInputs();
    return () => runSweep(inputs);
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

/***/ 73626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ restLogin)
/* harmony export */ });
/** The REST spelling of a GraphQL actor's login, so the App `my-app` is never confused with a user named `my-app`. */
function restLogin(actor) {
    return actor.__typename === 'Bot' && !actor.login.endsWith('[bot]') ? `${actor.login}[bot]` : actor.login;
}


/***/ }),

/***/ 87473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ utf8Length)
/* harmony export */ });
/** Length of a string in UTF-8 bytes, without allocating (lone surrogates count as 3 bytes, like U+FFFD). */
function utf8Length(text) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80)
            bytes += 1;
        else if (code < 0x800)
            bytes += 2;
        else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
            bytes += 4;
            i++;
        }
        else
            bytes += 3;
    }
    return bytes;
}
function isLowSurrogate(code) {
    return code >= 0xdc00 && code <= 0xdfff;
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

/***/ 59482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ GATES_CONTEXT)
/* harmony export */ });
/** The commit status context of the gates verdict on promotion PR heads (make it a required check). */
const GATES_CONTEXT = 'telefonistka/gates';


/***/ }),

/***/ 53576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ normalizeHoldFolder)
/* harmony export */ });
/* harmony import */ var _config_normalize_folder_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77996);

/**
 * Checks a held folder and drops its trailing slash (the holds file and the dashboard name folders without one).
 * The rules of a configured `targetPath` apply: no leading `/`, no `..` or `.` segments, no empty segments.
 */
function normalizeHoldFolder(text) {
    const normalized = (0,_config_normalize_folder_path_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeFolderPath */ .n)(text, 'targetPath');
    if (!normalized.ok)
        return normalized;
    return { ok: true, folder: normalized.path.slice(0, -1) };
}


/***/ }),

/***/ 57921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gL: () => (/* binding */ HOLDS_FILE),
/* harmony export */   od: () => (/* binding */ parseHoldsFile)
/* harmony export */ });
/* unused harmony export MAX_HOLDS_FILE_BYTES */
/* harmony import */ var _comments_text_size_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87473);
/* harmony import */ var _config_create_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70645);
/* harmony import */ var _errors_config_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30826);
/* harmony import */ var _config_read_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92922);
/* harmony import */ var _config_suggest_key_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42094);
/* harmony import */ var _normalize_hold_folder_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53576);






/** The in-repository holds file, read from the default branch only. */
const HOLDS_FILE = '.telefonistka/holds.yaml';
/**
 * The largest holds file read. The sweep reads it through GraphQL's Blob.text, which GitHub cuts on large files;
 * a cut file whose kept part parses would hold nothing, so a larger file is an error (fail closed), not a prefix.
 */
const MAX_HOLDS_FILE_BYTES = 256 * 1024;
const ENTRY_KEYS = ['folder', 'reason', 'by', 'since'];
/** An ISO 8601 timestamp with a zone, as GitHub and `Date.toISOString()` write them. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/**
 * Parses the holds file: `holds:` is a list of `{folder, reason, by, since}`. Throws ConfigError naming every bad
 * entry at file:line:col (syntax, unknown keys with a suggestion, missing or non-text fields, unsafe folders, bad
 * timestamps), or the whole file when it is larger than MAX_HOLDS_FILE_BYTES; an empty file holds nothing. A folder
 * listed twice is a warning and the first entry counts.
 */
function parseHoldsFile(text, file = HOLDS_FILE) {
    const bytes = (0,_comments_text_size_js__WEBPACK_IMPORTED_MODULE_3__/* .utf8Length */ .w)(text);
    if (bytes > MAX_HOLDS_FILE_BYTES)
        throw new _errors_config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x([
            {
                file,
                line: 1,
                column: 1,
                message: `the holds file is ${String(Math.ceil(bytes / 1024))} KiB, more than the ${String(MAX_HOLDS_FILE_BYTES / 1024)} KiB ` +
                    "this tool reads (GitHub's GraphQL API returns large files cut short, and a cut file could drop a hold): " +
                    'remove released holds and long comments',
            },
        ]);
    if (text.includes('\u0000'))
        throw new _errors_config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x([
            {
                file,
                line: 1,
                column: 1,
                message: 'the holds file is not UTF-8 text (it has NUL bytes: saved as UTF-16?): save it as UTF-8',
            },
        ]);
    const diagnostics = (0,_config_create_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .createDiagnostics */ .t)((0,_config_read_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readYamlSource */ .t)(text, file));
    const root = diagnostics.source.value;
    if (root === null || root === undefined)
        return diagnostics.finish([]);
    if (!isRecord(root)) {
        diagnostics.error([], 'the holds file must be a mapping with a `holds:` list (see docs/dashboard.md)');
        return diagnostics.finish([]);
    }
    for (const key of Object.keys(root)) {
        if (key !== 'holds')
            diagnostics.error([key], unknownKey(key, ['holds'], 'the holds file'), 'key');
    }
    const list = root.holds;
    if (list === null || list === undefined)
        return diagnostics.finish([]);
    if (!Array.isArray(list)) {
        diagnostics.error(['holds'], '`holds` must be a list of entries, each with folder, reason, by and since');
        return diagnostics.finish([]);
    }
    return diagnostics.finish(uniqueHolds(list, diagnostics));
}
function uniqueHolds(list, diagnostics) {
    const holds = [];
    const firstIndex = new Map();
    list.forEach((entry, index) => {
        const hold = readEntry(entry, index, diagnostics);
        if (hold === undefined)
            return;
        const first = firstIndex.get(hold.folder);
        if (first !== undefined) {
            const line = diagnostics.source.locate(['holds', first, 'folder']).line;
            diagnostics.warn(['holds', index, 'folder'], `\`${hold.folder}\` is already held by the entry on line ${line}; only that one counts: remove this one`);
            return;
        }
        firstIndex.set(hold.folder, index);
        holds.push(hold);
    });
    return holds;
}
function readEntry(entry, index, diagnostics) {
    const at = ['holds', index];
    if (!isRecord(entry)) {
        diagnostics.error(at, 'a hold must be a mapping with folder, reason, by and since');
        return undefined;
    }
    for (const key of Object.keys(entry)) {
        if (!ENTRY_KEYS.includes(key)) {
            diagnostics.error([...at, key], unknownKey(key, ENTRY_KEYS, 'a hold'), 'key');
        }
    }
    const fields = Object.fromEntries(ENTRY_KEYS.map((key) => [key, readText(entry, key, at, diagnostics)]));
    const folder = fields.folder === undefined ? undefined : readFolder(fields.folder, at, diagnostics);
    const since = fields.since === undefined ? undefined : readSince(fields.since, at, diagnostics);
    const { reason, by } = fields;
    if (folder === undefined || since === undefined || reason === undefined || by === undefined)
        return undefined;
    return { folder, reason, by, since };
}
function readText(entry, key, at, diagnostics) {
    const value = entry[key];
    if (value === undefined || value === null) {
        diagnostics.error(at, `a hold needs \`${key}\` (${ENTRY_KEYS.join(', ')})`);
        return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') {
        diagnostics.error([...at, key], `\`${key}\` must be non-empty text (quote it)`);
        return undefined;
    }
    return value;
}
function readFolder(text, at, diagnostics) {
    const normalized = (0,_normalize_hold_folder_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeHoldFolder */ .f)(text);
    if (normalized.ok)
        return normalized.folder;
    diagnostics.error([...at, 'folder'], `\`folder\` ${normalized.reason}: write the component folder, e.g. clusters/prod/c1/nginx`);
    return undefined;
}
function readSince(text, at, diagnostics) {
    if (TIMESTAMP.test(text) && !Number.isNaN(Date.parse(text)))
        return text;
    diagnostics.error([...at, 'since'], '`since` must be an ISO 8601 time with a zone, e.g. "2026-12-05T13:00:00Z"');
    return undefined;
}
function unknownKey(key, known, where) {
    const suggestion = (0,_config_suggest_key_js__WEBPACK_IMPORTED_MODULE_5__/* .suggestKey */ .A)(key, known);
    const hint = suggestion === undefined ? `; ${where} has ${known.join(', ')}` : `; did you mean \`${suggestion}\`?`;
    return `unknown key \`${key}\` in ${where}${hint}`;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
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

/***/ 14860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MR: () => (/* binding */ tokenPermissionFix),
/* harmony export */   WS: () => (/* binding */ GATES_PERMISSIONS)
/* harmony export */ });
/* unused harmony export TOKEN_PERMISSIONS_DOC */
/** GitHub's page on the `permissions:` block and the workflow token's default permissions. */
const TOKEN_PERMISSIONS_DOC = 'https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token';
/**
 * What recording GitHub Deployments and the gates need of a job token beside promote's own: `deployments: write`
 * creates deployments and their statuses (and reads them in a private repository), `statuses: write` the
 * `telefonistka/gates` status, `actions: write` the next hop's dispatch.
 * https://docs.github.com/en/rest/deployments/deployments
 */
const GATES_PERMISSIONS = [
    'contents: write',
    'pull-requests: write',
    'issues: write',
    'statuses: write',
    'actions: write',
    'deployments: write',
];
/**
 * What to do when GitHub answers 403 "Resource not accessible by integration" (refusal `token-permission-missing`):
 * the token lacks a permission. Names the `permissions:` block to add (a repository's default may be read-only, and
 * a run for a pull request from a fork always gets a read-only token), the App-token alternative, and the docs.
 */
function tokenPermissionFix(options) {
    const block = ['permissions:', ...options.permissions.map((line) => `  ${line}`)].join('\n');
    const what = options.refused ?? `write to ${options.repository ?? 'this repository'}`;
    const refused = `The token in github-token may not ${what} (GitHub: "${options.message}").`;
    if (options.otherRepository === true) {
        return (`${refused} The workflow's GITHUB_TOKEN can write only to the repository of its workflow: pass a GitHub App ` +
            `token (actions/create-github-app-token with owner and repositories set to ${options.repository ?? ''}) or a ` +
            `fine-grained token with Contents, Pull requests and Issues read & write on ${options.repository ?? ''}. ` +
            `See ${TOKEN_PERMISSIONS_DOC}.`);
    }
    return (`${refused} Give the job these permissions in the workflow:\n\n${block}\n\n` +
        "(without a permissions: block the job gets the repository's default, which Settings → Actions → General → " +
        'Workflow permissions may set to read-only; a run for a pull request from a fork always gets a read-only ' +
        'token), or pass a GitHub App token with the same permissions as github-token ' +
        `(actions/create-github-app-token). See ${TOKEN_PERMISSIONS_DOC}.`);
}


/***/ })

};
