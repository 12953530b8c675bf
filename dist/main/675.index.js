export const id = 675;
export const ids = [675];
export const modules = {

/***/ 91123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ readGitHubInputs)
/* harmony export */ });
/* harmony import */ var _core_errors_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85700);

/** `github-token` (required, masked) and `checkout-path`. */
function readGitHubInputs(inputs) {
    const githubToken = inputs.secret('github-token');
    if (githubToken === undefined) {
        throw new _core_errors_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('github-token', 'is empty; pass ${{ github.token }} or an App token');
    }
    return { githubToken, checkoutPath: inputs.string('checkout-path') };
}


/***/ }),

/***/ 98309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ classifyGitHubRefusal)
/* harmony export */ });
// GitHub's messages, checked against its answers and public reports; the only place they are matched.
const BY_MESSAGE = [
    { pattern: /not permitted to create or approve pull requests/i, refusal: 'actions-cannot-create-pr' },
    {
        pattern: /(merge commits|squash merges|rebase merges) are not allowed/i,
        refusal: 'merge-method-not-allowed',
    },
    { pattern: /auto.?merge is not allowed/i, refusal: 'auto-merge-not-allowed' },
    { pattern: /is in clean status/i, refusal: 'clean-status' },
    { pattern: /is in unstable status/i, refusal: 'unstable-status' },
    { pattern: /protected branch rules not configured/i, refusal: 'protected-branch-rules-not-configured' },
    { pattern: /approving review|review is required|changes requested/i, refusal: 'review-required' },
    {
        pattern: /required status checks?|status checks? .*(expected|failing|pending)/i,
        refusal: 'checks-required',
    },
    // "Head branch was modified. Review and try the merge again." is the head-SHA guard, not the transient one.
    { pattern: /head branch was modified/i, refusal: 'head-modified' },
    { pattern: /base branch was modified/i, refusal: 'base-modified' },
    { pattern: /not mergeable|can't be rebased/i, refusal: 'not-mergeable' },
    {
        pattern: /unexpected inputs provided|required input .* not provided/i,
        refusal: 'dispatch-inputs-rejected',
    },
    { pattern: /does not have 'workflow_dispatch' trigger/i, refusal: 'no-dispatch-trigger' },
    { pattern: /not a fast.?forward|expected .* to point|stale|beforeoid/i, refusal: 'ref-conflict' },
    { pattern: /already exists/i, refusal: 'already-exists' },
    {
        pattern: /resource not accessible by (integration|personal access token)/i,
        refusal: 'token-permission-missing',
    },
];
/**
 * Classifies a GitHub error answer (REST status and message, or a GraphQL error message) as a refusal the
 * use-cases understand; undefined for transient or unknown failures (5xx, network), which stay errors. A 422's
 * `errors` list, when given, is read by field and code rather than by its English.
 */
function classifyGitHubRefusal(status, message, errors = []) {
    if (status !== undefined && status >= 500)
        return undefined;
    if (status === 422) {
        if (errors.some((e) => e.field === 'assignees'))
            return 'unassignable';
        if (errors.some((e) => e.resource === 'Issue' && e.code === 'not_found'))
            return 'issue-not-visible';
    }
    if (status === 422 && /could not resolve to an issue/i.test(message))
        return 'issue-not-visible';
    const matched = BY_MESSAGE.find(({ pattern }) => pattern.test(message));
    if (matched !== undefined)
        return matched.refusal;
    if (status === 401)
        return 'bad-credentials';
    if (status === 403)
        return 'forbidden';
    if (status === 404)
        return 'not-found';
    return undefined;
}


/***/ }),

/***/ 57969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ createCountedOctokit)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(85555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./node_modules/bottleneck/lib/index.js
var lib = __webpack_require__(62203);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/adapters/github/fail-fast-when-unreachable.ts
// Octokit turns every fetch failure into a RequestError with status 500, which the retry plugin then retries
// three times (1 + 4 + 9 s) before the user reads "HTTP 500". A refused connection, an unknown host or a
// certificate that does not verify will not heal in 14 seconds: those are reported at once, as what they are.
// Resets, timeouts and temporary DNS failures (EAI_AGAIN) stay retried.
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH']);
const CERTIFICATE = /^(?:CERT_|UNABLE_TO_(?:GET|VERIFY)_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_CERT)/;
/** The first error code (`ECONNREFUSED`, `ENOTFOUND`, `CERT_HAS_EXPIRED`…) along an error's cause chain. */
function networkFailure(error) {
    let current = error;
    for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
        const { code, message, cause, errors } = current;
        if (typeof code === 'string' && (UNREACHABLE.has(code) || CERTIFICATE.test(code))) {
            // Node reports a refused dual-stack connect as an AggregateError with an empty message.
            const inner = Array.isArray(errors) ? errors[0] : undefined;
            const text = typeof message === 'string' && message !== '' ? message : inner?.message;
            return { code, message: typeof text === 'string' && text !== '' ? text : code };
        }
        current = cause;
    }
    return undefined;
}
/** The API URL the user configured (`baseUrl`), which is what they can correct. */
function apiUrlOf(options) {
    const base = options?.baseUrl;
    return typeof base === 'string' && base !== '' ? base : 'the GitHub API';
}
/**
 * Octokit plugin, registered before the retry plugin so that it sees a request's error first: a host that
 * cannot be reached becomes an error "cannot reach <API URL>: …" that is not retried.
 */
function failFastWhenUnreachable(octokit) {
    octokit.hook.error('request', (error, options) => {
        const failure = networkFailure(error);
        if (failure === undefined)
            throw error;
        const apiUrl = apiUrlOf(options);
        const advice = CERTIFICATE.test(failure.code)
            ? 'its TLS certificate does not verify (set NODE_EXTRA_CA_CERTS to your CA bundle)'
            : 'check the API URL (GITHUB_API_URL or --github-host), the network and any proxy';
        // A plain Error (no `request`, no `status`): the retry plugin passes it on, and the adapters' ExternalError
        // wrapping reads "GitHub <operation> failed: cannot reach …" without a made-up HTTP status.
        throw new Error(`cannot reach ${apiUrl}: ${failure.message}; ${advice}`, { cause: error });
    });
}

;// CONCATENATED MODULE: ./src/adapters/github/create-octokit.ts






/** Request fields that carry prose a person or a service wrote; file contents and SHAs are never altered. */
const TEXT_FIELDS = ['body', 'title', 'message', 'description', 'summary', 'text'];
const MAX_LIMIT_RETRIES = 3;
/**
 * Builds the client every adapter uses. 429 is left to the throttling plugin (it honours `retry-after`),
 * so the retry plugin does not retry it a second time (the double-retry trap of the two plugins).
 */
function createOctokit(options) {
    const { logger } = options;
    const interval = options.writeIntervalMs ?? 1000;
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.baseUrl,
        request: { agent: utils/* defaults */.NT.request?.agent, fetch: countingFetch(options.onRequest) },
        retry: { doNotRetry: [400, 401, 403, 404, 405, 409, 410, 422, 429, 451] },
        throttle: {
            write: new (lib_default()).Group({ maxConcurrent: 1, minTime: interval }),
            notifications: new (lib_default()).Group({ maxConcurrent: 1, minTime: interval * 3 }),
            onRateLimit: (retryAfter, request, _octokit, retryCount) => {
                logger.warning(`GitHub rate limit hit on ${request.method} ${request.url}; retrying in ${retryAfter}s`);
                return retryCount < MAX_LIMIT_RETRIES;
            },
            onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
                logger.warning(`GitHub secondary rate limit hit on ${request.method} ${request.url}; retrying in ${retryAfter}s`);
                return retryCount < MAX_LIMIT_RETRIES;
            },
        },
    }, failFastWhenUnreachable, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    const scrub = options.scrubText;
    if (scrub !== undefined)
        octokit.hook.before('request', (request) => scrubRequest(request, scrub));
    return octokit;
}
/** Scrubs the text fields of a REST request's parameters and of a GraphQL request's variables. */
function scrubRequest(request, scrub) {
    scrubFields(request, scrub);
    const variables = request['variables'];
    if (typeof variables === 'object' && variables !== null)
        scrubDeep(variables, scrub);
}
function scrubFields(target, scrub) {
    for (const field of TEXT_FIELDS) {
        const value = target[field];
        if (typeof value === 'string')
            target[field] = scrub(value);
    }
}
function scrubDeep(value, scrub) {
    scrubFields(value, scrub);
    for (const child of Object.values(value)) {
        if (typeof child === 'object' && child !== null)
            scrubDeep(child, scrub);
    }
}
/** Wraps the runner's proxy-aware fetch so that every HTTP request sent, retries included, is counted. */
function countingFetch(onRequest) {
    const inner = utils/* defaults */.NT.request?.fetch ?? globalThis.fetch;
    return (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        onRequest?.(init?.method ?? 'GET', url);
        return inner(input, init);
    };
}

;// CONCATENATED MODULE: ./src/adapters/github/create-counted-octokit.ts

/** The client set-up every adapter shares: one Octokit from the adapter's options, counting its requests. */
function createCountedOctokit(options) {
    let calls = 0;
    const octokit = createOctokit({
        token: options.token,
        baseUrl: options.baseUrl,
        logger: options.logger,
        ...(options.writeIntervalMs === undefined ? {} : { writeIntervalMs: options.writeIntervalMs }),
        ...(options.scrubText === undefined ? {} : { scrubText: options.scrubText }),
        onRequest: () => {
            calls++;
            options.onRequest?.();
        },
    });
    return { octokit, repo: { owner: options.owner, repo: options.repo }, callCount: () => calls };
}


/***/ }),

/***/ 76298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ createOctokitGitHub)
/* harmony export */ });
/* harmony import */ var _core_errors_external_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91787);
/* harmony import */ var _classify_github_refusal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98309);
/* harmony import */ var _create_counted_octokit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57969);
/* harmony import */ var _repository_settings_of_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74136);
/* harmony import */ var _core_errors_error_message_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98307);





const PULL_FILES_CAP = 3000;
const COMPARE_FILES_CAP = 300;
/** The GitHubPort over Octokit (REST + GraphQL), counting every request it sends. */
function createOctokitGitHub(options) {
    const { octokit, repo, callCount } = (0,_create_counted_octokit_js__WEBPACK_IMPORTED_MODULE_2__/* .createCountedOctokit */ .I)(options);
    const call = (operation, fn) => guard(operation, fn);
    let repositoryNodeId = options.repositoryNodeId;
    let viewerLogin;
    const repositoryId = async () => {
        if (repositoryNodeId === undefined) {
            const data = await octokit.graphql('query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { id } }', { owner: options.owner, name: options.repo });
            repositoryNodeId = data.repository.id;
        }
        return repositoryNodeId;
    };
    return {
        owner: options.owner,
        repo: options.repo,
        callCount,
        getRepository: () => call('get repository', async () => {
            const { data } = await octokit.rest.repos.get(repo);
            return {
                defaultBranch: data.default_branch,
                htmlUrl: data.html_url,
                settings: (0,_repository_settings_of_js__WEBPACK_IMPORTED_MODULE_3__/* .repositorySettingsOf */ .R)(data) ?? {
                    mergeMethods: ['merge', 'squash', 'rebase'],
                    allowAutoMerge: false,
                },
                permission: roleOf(data.permissions),
            };
        }),
        getBranchSha: (branch) => call(`get branch ${branch}`, async () => {
            try {
                const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
                return data.object.sha;
            }
            catch (error) {
                if (statusOf(error) === 404)
                    return undefined;
                throw error;
            }
        }),
        getCommit: (sha) => call(`get commit ${sha}`, async () => {
            const { data } = await octokit.rest.git.getCommit({ ...repo, commit_sha: sha });
            return { sha: data.sha, treeSha: data.tree.sha, parents: data.parents.map((p) => p.sha) };
        }),
        getTree: (treeSha, { recursive }) => call(`get tree ${treeSha}`, async () => {
            const { data } = await octokit.rest.git.getTree({
                ...repo,
                tree_sha: treeSha,
                ...(recursive ? { recursive: '1' } : {}),
            });
            const entries = data.tree.map((entry) => ({
                path: entry.path ?? '',
                mode: entry.mode ?? '',
                type: (entry.type ?? 'blob'),
                sha: entry.sha ?? '',
            }));
            return { entries, truncated: data.truncated };
        }),
        getFileText: (ref, path) => call(`read ${path}@${ref}`, async () => {
            try {
                const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
                if (Array.isArray(data) || data.type !== 'file')
                    return undefined;
                return Buffer.from(data.content, 'base64').toString('utf8');
            }
            catch (error) {
                if (statusOf(error) === 404)
                    return undefined;
                throw error;
            }
        }),
        createTree: (baseTree, entries) => call('create tree', async () => {
            const { data } = await octokit.rest.git.createTree({
                ...repo,
                base_tree: baseTree,
                tree: [...entries],
            });
            return data.sha;
        }),
        createCommit: ({ message, tree, parents }) => call('create commit', async () => {
            const { data } = await octokit.rest.git.createCommit({ ...repo, message, tree, parents });
            return data.sha;
        }),
        createBranch: (branch, sha) => call(`create branch ${branch}`, async () => {
            try {
                await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
                return 'written';
            }
            catch (error) {
                if (statusOf(error) === 422 && /already exists/i.test((0,_core_errors_error_message_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error)))
                    return 'exists';
                throw error;
            }
        }),
        replaceBranch: (branch, { from, to }) => call(`replace branch ${branch}`, async () => {
            try {
                await octokit.graphql(`mutation($repositoryId: ID!, $name: GitRefname!, $before: GitObjectID!, $after: GitObjectID!) {
              updateRefs(input: { repositoryId: $repositoryId, refUpdates: [
                { name: $name, beforeOid: $before, afterOid: $after, force: true }
              ] }) { clientMutationId }
            }`, { repositoryId: await repositoryId(), name: `refs/heads/${branch}`, before: from, after: to });
                return 'written';
            }
            catch (error) {
                if (isGraphqlRefConflict(error))
                    return 'conflict';
                throw error;
            }
        }),
        deleteBranch: (branch) => call(`delete branch ${branch}`, async () => {
            await octokit.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` });
        }),
        listPullRequestFiles: (number) => call(`list files of #${number}`, async () => {
            const data = await octokit.paginate(octokit.rest.pulls.listFiles, {
                ...repo,
                pull_number: number,
                per_page: 100,
            });
            const files = data.map((file) => toChangedFile(file.filename, file.status, file.previous_filename));
            return { files, truncated: files.length >= PULL_FILES_CAP };
        }),
        compareCommits: (base, head) => call(`compare ${base}...${head}`, async () => {
            const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
                ...repo,
                basehead: `${base}...${head}`,
            });
            const files = (data.files ?? []).map((file) => toChangedFile(file.filename, file.status, file.previous_filename));
            return { files, truncated: files.length >= COMPARE_FILES_CAP, status: data.status };
        }),
        getPullRequest: (number) => call(`get #${number}`, async () => {
            const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: number });
            return toPullRequest(data);
        }),
        listOpenPullRequests: (filter) => call('list open pull requests', async () => {
            const data = await octokit.paginate(octokit.rest.pulls.list, {
                ...repo,
                state: 'open',
                per_page: 100,
                ...(filter.head === undefined ? {} : { head: `${options.owner}:${filter.head}` }),
                ...(filter.base === undefined ? {} : { base: filter.base }),
            });
            return data.map(toPullRequest);
        }),
        createPullRequest: ({ title, body, head, base }) => call(`open pull request from ${head}`, async () => {
            try {
                const { data } = await octokit.rest.pulls.create({ ...repo, title, body, head, base });
                return toPullRequest(data);
            }
            catch (error) {
                if (statusOf(error) === 422 && /already exists/i.test((0,_core_errors_error_message_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error)))
                    return undefined;
                throw error;
            }
        }),
        updatePullRequest: (number, changes) => call(`update #${number}`, async () => {
            await octokit.rest.pulls.update({ ...repo, pull_number: number, ...changes });
        }),
        mergePullRequest: (number, { sha, method, commitTitle }) => call(`merge #${number}`, async () => {
            try {
                const { data } = await octokit.rest.pulls.merge({
                    ...repo,
                    pull_number: number,
                    sha,
                    ...(method === undefined ? {} : { merge_method: method }),
                    ...(commitTitle === undefined ? {} : { commit_title: commitTitle }),
                    // No transparent retry: a retried merge after a lost answer reads "not mergeable" (the first one
                    // merged), which would hide that the merge may be ours. mergeWithRetry decides after reading the PR.
                    request: { retries: 0 },
                });
                return { merged: true, sha: data.sha };
            }
            catch (error) {
                const refusal = refusalOf(error);
                if (refusal === undefined)
                    throw error;
                return { merged: false, refusal, message: (0,_core_errors_error_message_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error) };
            }
        }),
        approvePullRequest: (number) => call(`approve #${number}`, async () => {
            await octokit.rest.pulls.createReview({ ...repo, pull_number: number, event: 'APPROVE' });
        }),
        setLabelsAndAssignees: (number, { labels, assignees }) => call(`label and assign #${number}`, async () => {
            const { data } = await octokit.rest.issues.update({
                ...repo,
                issue_number: number,
                labels,
                assignees,
            });
            return (data.assignees ?? []).map((user) => user.login);
        }),
        addLabels: (number, labels) => call(`label #${number}`, async () => {
            await octokit.rest.issues.addLabels({ ...repo, issue_number: number, labels });
        }),
        removeLabel: (number, label) => call(`unlabel #${number}`, async () => {
            try {
                await octokit.rest.issues.removeLabel({ ...repo, issue_number: number, name: label });
            }
            catch (error) {
                if (statusOf(error) !== 404)
                    throw error;
            }
        }),
        listComments: (number) => call(`list comments of #${number}`, async () => {
            const data = await octokit.paginate(octokit.rest.issues.listComments, {
                ...repo,
                issue_number: number,
                per_page: 100,
            });
            return data.map(toComment);
        }),
        createComment: (number, body) => call(`comment on #${number}`, async () => {
            const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: number, body });
            return toComment(data);
        }),
        updateComment: (id, body) => call(`update comment ${id}`, async () => {
            await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body });
        }),
        deleteComment: (id) => call(`delete comment ${id}`, async () => {
            await octokit.rest.issues.deleteComment({ ...repo, comment_id: id });
        }),
        createCommitStatus: (sha, status) => call(`set status ${status.context}`, async () => {
            await octokit.rest.repos.createCommitStatus({
                ...repo,
                sha,
                state: status.state,
                context: status.context,
                description: status.description,
                ...(status.targetUrl === undefined ? {} : { target_url: status.targetUrl }),
            });
        }),
        listCommitStatuses: (ref) => call(`list statuses of ${ref}`, async () => {
            const { data } = await octokit.rest.repos.listCommitStatusesForRef({ ...repo, ref, per_page: 100 });
            return data.map((status) => ({
                context: status.context,
                state: status.state,
                description: status.description ?? '',
                targetUrl: status.target_url ?? undefined,
            }));
        }),
        dispatchWorkflow: (workflow, ref, inputs) => call(`dispatch ${workflow}`, async () => {
            await octokit.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: workflow, ref, inputs });
        }),
        getPermission: (login) => call(`permission of ${login}`, async () => {
            try {
                const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
                    ...repo,
                    username: login,
                });
                // `permission` is the base level (admin|write|read|none; maintain reads as write, triage as read);
                // `role_name` may be a custom role's name, which says nothing about write access by itself.
                return data.permission;
            }
            catch (error) {
                if (statusOf(error) === 404)
                    return 'none';
                throw error;
            }
        }),
        getViewerLogin: () => {
            // A token's identity does not change during a run: one call, however many comments and PRs are judged.
            viewerLogin ??= call('read viewer', async () => {
                const data = await octokit.graphql('query { viewer { login } }');
                return data.viewer.login;
            }).catch((error) => {
                viewerLogin = undefined;
                throw error;
            });
            return viewerLogin;
        },
        enableAutoMerge: (pullRequestNodeId, method) => call('enable auto-merge', async () => {
            try {
                await octokit.graphql(`mutation($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
              enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { clientMutationId }
            }`, 
                // "method" is reserved by @octokit/graphql as a variable name.
                { id: pullRequestNodeId, mergeMethod: method.toUpperCase() });
                return { enabled: true };
            }
            catch (error) {
                const refusal = refusalOf(error);
                if (refusal === undefined)
                    throw error;
                return { enabled: false, refusal, message: (0,_core_errors_error_message_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error) };
            }
        }),
        getWorkflowTokenPermissions: () => call('read the Actions workflow permissions', async () => {
            try {
                const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/permissions/workflow', repo);
                return {
                    defaultWorkflowPermissions: data.default_workflow_permissions,
                    canApprovePullRequestReviews: data.can_approve_pull_request_reviews,
                };
            }
            catch (error) {
                if (statusOf(error) === 403 || statusOf(error) === 404)
                    return 'forbidden';
                throw error;
            }
        }),
        getBranchProtection: (branch) => call(`read the protection of ${branch}`, async () => {
            try {
                const { data } = await octokit.rest.repos.getBranchProtection({ ...repo, branch });
                return {
                    requiredApprovingReviews: data.required_pull_request_reviews?.required_approving_review_count ??
                        (data.required_pull_request_reviews === undefined ? 0 : 1),
                    requiredStatusChecks: data.required_status_checks?.contexts ?? [],
                };
            }
            catch (error) {
                if (statusOf(error) === 404)
                    return 'unprotected';
                if (statusOf(error) === 403)
                    return 'forbidden';
                throw error;
            }
        }),
        getBranchRules: (branch) => call(`read the rulesets of ${branch}`, async () => {
            const { data } = await octokit.rest.repos.getBranchRules({ ...repo, branch, per_page: 100 });
            let requiredApprovingReviews = 0;
            const requiredStatusChecks = new Set();
            for (const rule of data) {
                if (rule.type === 'pull_request') {
                    requiredApprovingReviews = Math.max(requiredApprovingReviews, rule.parameters?.required_approving_review_count ?? 0);
                }
                if (rule.type === 'required_status_checks') {
                    for (const check of rule.parameters?.required_status_checks ?? [])
                        requiredStatusChecks.add(check.context);
                }
            }
            return { requiredApprovingReviews, requiredStatusChecks: [...requiredStatusChecks].sort() };
        }),
        listLabels: () => call('list labels', async () => {
            const { data } = await octokit.rest.issues.listLabelsForRepo({ ...repo, per_page: 100 });
            return data.map((label) => label.name);
        }),
    };
}
async function guard(operation, fn) {
    try {
        return await fn();
    }
    catch (error) {
        if (error instanceof _core_errors_external_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ExternalError */ .y)
            throw error;
        const refusal = refusalOf(error);
        throw new _core_errors_external_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ExternalError */ .y((0,_core_errors_error_message_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error), {
            service: 'GitHub',
            operation,
            status: statusOf(error),
            cause: error,
            ...(refusal === undefined ? {} : { refusal }),
        });
    }
}
/** GraphQL reports a failed `beforeOid` check as an error, not an HTTP status. */
function isGraphqlRefConflict(error) {
    return (/before|expected|stale|does not match|conflict/i.test((0,_core_errors_error_message_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error)) && statusOf(error) !== 401);
}
function refusalOf(error) {
    return (0,_classify_github_refusal_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyGitHubRefusal */ .i)(statusOf(error), (0,_core_errors_error_message_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error), fieldErrorsOf(error));
}
/** The `errors` list of a REST 422 answer (Octokit's RequestError keeps the body in `response.data`). */
function fieldErrorsOf(error) {
    if (typeof error !== 'object' || error === null || !('response' in error))
        return [];
    const data = error.response?.data;
    if (typeof data !== 'object' || data === null || !('errors' in data) || !Array.isArray(data.errors))
        return [];
    return data.errors.filter((entry) => typeof entry === 'object' && entry !== null);
}
function roleOf(permissions) {
    if (permissions === undefined)
        return 'read';
    const order = [
        ['admin', 'admin'],
        ['maintain', 'maintain'],
        ['push', 'write'],
        ['triage', 'triage'],
    ];
    return order.find(([key]) => permissions[key] === true)?.[1] ?? 'read';
}
function statusOf(error) {
    if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
        return error.status;
    }
    return undefined;
}
function toChangedFile(filename, status, previous) {
    return { path: filename, status, ...(previous === undefined ? {} : { previousPath: previous }) };
}
function toPullRequest(data) {
    return {
        number: data.number,
        nodeId: data.node_id,
        url: data.html_url,
        title: data.title,
        body: data.body ?? '',
        state: data.state === 'closed' ? 'closed' : 'open',
        merged: data.merged_at !== null,
        headRef: data.head.ref,
        headSha: data.head.sha,
        baseRef: data.base.ref,
        baseSha: data.base.sha,
        author: data.user?.login ?? '',
        labels: data.labels.map((label) => label.name ?? '').filter((name) => name !== ''),
        assignees: (data.assignees ?? []).map((user) => user.login),
        mergeCommitSha: data.merge_commit_sha ?? undefined,
        ...(data.merged_by?.login === undefined ? {} : { mergedBy: data.merged_by.login }),
    };
}
function toComment(data) {
    return { id: data.id, nodeId: data.node_id, body: data.body ?? '', author: data.user?.login ?? '' };
}


/***/ }),

/***/ 74136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ repositorySettingsOf)
/* harmony export */ });
const METHOD_SETTINGS = [
    ['merge', 'allow_merge_commit'],
    ['squash', 'allow_squash_merge'],
    ['rebase', 'allow_rebase_merge'],
];
/**
 * Merge settings from a `repository` object (REST `GET /repos`, or a webhook payload's); undefined when the
 * object does not carry them (some payloads omit them), so the caller reads them when it needs them.
 */
function repositorySettingsOf(data) {
    if (data === null || typeof data !== 'object')
        return undefined;
    const fields = data;
    if (METHOD_SETTINGS.every(([, key]) => typeof fields[key] !== 'boolean'))
        return undefined;
    const mergeMethods = METHOD_SETTINGS.filter(([, key]) => fields[key] !== false).map(([method]) => method);
    return { mergeMethods, allowAutoMerge: fields.allow_auto_merge === true };
}


/***/ }),

/***/ 63920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ BumpEditError)
/* harmony export */ });
/**
 * A bump edit cannot be applied: the file is missing, the regex or YAML path matched nothing, the path is
 * malformed or the edited file would not be valid YAML. The message says what is wrong and what to do.
 */
class BumpEditError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BumpEditError';
    }
}


/***/ }),

/***/ 61889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ buildRegexList)
/* harmony export */ });
/* harmony import */ var _compile_config_regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71588);

/** Compiles a list of RE2 regexes (a single string counts as a list of one); invalid ones are reported. */
function buildRegexList(diagnostics, path, value) {
    if (typeof value === 'string') {
        const regex = value === '' ? undefined : (0,_compile_config_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .compileConfigRegex */ .v)(diagnostics, path, value);
        return regex === undefined ? [] : [regex];
    }
    if (!Array.isArray(value))
        return [];
    const compiled = [];
    value.forEach((item, index) => {
        if (typeof item !== 'string' || item === '')
            return;
        const regex = (0,_compile_config_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .compileConfigRegex */ .v)(diagnostics, [...path, index], item);
        if (regex !== undefined)
            compiled.push(regex);
    });
    return compiled;
}


/***/ }),

/***/ 86734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ checkSchema)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(42463);
;// CONCATENATED MODULE: ./schema/telefonistka.schema.json
const telefonistka_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/telefonistka/telefonistka/v1/schema/telefonistka.schema.json","title":"Telefonistka configuration (telefonistka.yaml)","description":"Repository configuration (telefonistka.yaml at the repository root) and component configuration (<component folder>/telefonistka.yaml). Both files share this schema, as in the Go Telefonistka; the action rejects component keys in the repository file and repository keys in a component file. An empty value (`key:` with nothing after it) means the default. Regular expressions are RE2 (Go) syntax.","type":["object","null"],"additionalProperties":false,"properties":{"promotionPaths":{"description":"Ordered promotion flows. A changed file belongs to the first flow whose sourcePath matches it (anchored at the start); the flow used for a component is the first whose sourcePath matches its source folder and whose conditions pass.","type":["array","null"],"items":{"$ref":"#/definitions/promotionPath"},"default":[]},"promotionPrLabels":{"description":"Labels added to every promotion PR, after `promotion` (which is always set).","$ref":"#/definitions/labelList"},"promtionPRlables":{"description":"Deprecated misspelling kept from the Go Telefonistka (which ignored it): use `promotionPrLabels`.","deprecationMessage":"Deprecated: use `promotionPrLabels`.","deprecated":true,"$ref":"#/definitions/labelList"},"dryRunMode":{"description":"Comment the promotion plan on the merged PR instead of opening promotion PRs.","$ref":"#/definitions/flag"},"autoApprovePromotionPrs":{"description":"Approve every promotion PR with the approver identity (the `approver-token` input).","$ref":"#/definitions/flag"},"toggleCommitStatus":{"description":"ChatOps: command -> commit status context. A PR comment containing `/<command>` flips the latest status with that context on the PR head (success becomes failure, anything else success).","type":["object","null"],"additionalProperties":{"type":"string","minLength":1},"default":{}},"webhookEndpointRegexs":{"description":"Push fan-out: for each file changed on the default branch, the first entry whose expression matches gives the endpoints (its replacements) the push is forwarded to.","type":["array","null"],"items":{"$ref":"#/definitions/webhookEndpointRegex"},"default":[]},"whProxtSkipTLSVerifyUpstream":{"description":"Skip TLS certificate verification when forwarding pushes to the webhook endpoints (key spelled as in the Go Telefonistka).","$ref":"#/definitions/flag"},"argocd":{"$ref":"#/definitions/argocd"},"commentArgocdDiffonPR":{"description":"Deprecated top-level spelling from the Go Telefonistka\'s docs: use `argocd.commentDiffonPR`.","deprecationMessage":"Deprecated: use `argocd.commentDiffonPR`.","deprecated":true,"$ref":"#/definitions/flag"},"autoMergeNoDiffPRs":{"description":"Deprecated top-level spelling from the Go Telefonistka\'s docs: use `argocd.autoMergeNoDiffPRs`.","deprecationMessage":"Deprecated: use `argocd.autoMergeNoDiffPRs`.","deprecated":true,"$ref":"#/definitions/flag"},"usaSHALabelForArgoDicovery":{"description":"Deprecated top-level spelling from the Go Telefonistka\'s docs: use `argocd.useSHALabelForAppDiscovery`.","deprecationMessage":"Deprecated: use `argocd.useSHALabelForAppDiscovery`.","deprecated":true,"$ref":"#/definitions/flag"},"supersede":{"description":"What happens to older open promotion PRs for the same targets when a newer one is opened: `close` (comment with a link to the new PR and close), `comment` (comment only) or `off`.","enum":["close","comment","off",null],"default":"close"},"promotionPreview":{"description":"When open PRs get the promotion preview comment: `always`, or `label` (only with the `show-plan` label).","enum":["always","label",null],"default":"always"},"driftDetectionIgnoreFiles":{"description":"RE2 regexes on file paths relative to the component folder; matching files never count as drift.","$ref":"#/definitions/regexList"},"driftDetectionIgnoreLineRegex":{"description":"RE2 regex (or list of them); lines matching any of them are ignored when comparing files for drift.","type":["string","array","null"],"minLength":1,"items":{"$ref":"#/definitions/regex"},"default":[]},"diffRedact":{"description":"RE2 regexes matched against `<kind>/<name>` of each Argo CD object and against its YAML paths (e.g. `spec.template.spec.containers.0.env`); matching objects or values are redacted in diff comments.","$ref":"#/definitions/regexList"},"promotionPrAuthors":{"description":"Logins whose PRs from `promotions/` branches are trusted as promotion PRs (their metadata names the promoted folders and the original author), besides the identity of the action\'s own token. List the App (`<app-slug>[bot]`) that runs `promote` when another token runs `argocd-diff` or `pr-checks`, or the Go bot\'s App while its promotion PRs are still open. Metadata on any other PR is ignored.","type":["array","null"],"items":{"description":"A GitHub login; Apps end in `[bot]`.","type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\\\[bot\\\\])?$"},"default":[]},"environments":{"description":"Maps component folders to GitHub environment names for Deployments and gates: the first entry whose `path` (RE2, matched at the start of the component folder path, e.g. `clusters/prod/`) matches gives the environment. A folder no entry matches deploys to the environment named after the configured folder holding it (a promotion target path or the concrete source folder, without the trailing `/`, e.g. `clusters/prod/eu/c1`). See docs/gates.md.","type":["array","null"],"items":{"$ref":"#/definitions/environment"},"default":[]},"deploymentConfirmation":{"description":"How a deployment\'s final status is decided: `argocd` (success when the Argo CD apps of its folders are synced to the merge commit and Healthy, failure when one is Degraded) or `merge` (success at once). Absent: `argocd` when the action has Argo CD inputs, `merge` otherwise.","enum":["argocd","merge",null]},"promotionEvents":{"description":"Endpoints that receive promotion events (opened, gated, merged, deployed, failed) from promote and the sweep, through the webhook fan-out engine (signing, retries).","type":["array","null"],"items":{"$ref":"#/definitions/promotionEventEndpoint"},"default":[]},"dashboard":{"description":"The promotion dashboard issue (components x environments, acting by checkbox): `on` (default once promotionPaths are configured) or `off`, or a mapping with `enabled` and `version`.","type":["object","string","boolean","null"],"additionalProperties":false,"properties":{"enabled":{"description":"`on` or `off` (default `on`).","type":["string","boolean","null"]},"version":{"description":"Where each component\'s version is read, tried in order: a YAML file relative to the component folder and a path in the bump\'s YAML path language (e.g. `.image.tag`). Without one, cells show a short tree SHA.","type":["array","null"],"items":{"type":"object","additionalProperties":false,"required":["file","path"],"properties":{"file":{"type":"string","minLength":1},"path":{"type":"string","minLength":1}}},"default":[]}}},"promotionTargetAllowList":{"description":"Component level. RE2 regexes on target folders (e.g. `clusters/prod/`); when non-empty, only matching targets receive this component.","$ref":"#/definitions/regexList"},"promotionTargetBlockList":{"description":"Component level. RE2 regexes on target folders; matching targets never receive this component (wins over the allow list).","$ref":"#/definitions/regexList"},"disableArgoCDDiff":{"description":"Component level. Redact this component\'s whole Argo CD diff in PR comments (the diff is still computed, for `noop` and no-diff auto-merge).","$ref":"#/definitions/flag"},"acknowledgedDrift":{"description":"Component level. Intended differences between this component\'s source and its targets: matching files are listed as intended instead of warned about, until `expires`.","type":["array","null"],"items":{"$ref":"#/definitions/acknowledgedDrift"},"default":[]}},"definitions":{"flag":{"type":["boolean","null"],"default":false},"label":{"description":"A GitHub label name (at most 50 characters).","type":"string","minLength":1,"maxLength":50},"labelList":{"type":["array","null"],"items":{"$ref":"#/definitions/label"},"default":[]},"regex":{"description":"An RE2 (Go) regular expression.","type":"string","minLength":1},"regexList":{"type":["array","null"],"items":{"$ref":"#/definitions/regex"},"default":[]},"promotionPath":{"type":"object","additionalProperties":false,"required":["sourcePath"],"properties":{"sourcePath":{"description":"Folder holding the components, as an RE2 regex matched at the start of file paths, ending with `/` (e.g. `clusters/staging/[^/]*/[^/]*/`). A missing trailing `/` is added with a warning.","type":"string","minLength":1},"componentPathExtraDepth":{"description":"Extra folder levels in a component name: 0 means `<sourcePath><component>/`, 2 means `<sourcePath><a>/<b>/<component>/`.","type":["integer","null"],"minimum":0,"default":0},"conditions":{"type":["object","null"],"additionalProperties":false,"properties":{"prHasLabels":{"description":"The flow applies only to PRs carrying at least one of these labels. Absent or empty value: no condition. An explicit empty list `[]`: the flow never applies.","type":["array","null"],"items":{"type":"string","minLength":1}},"autoMerge":{"description":"Merge this flow\'s promotion PRs as soon as they are opened.","$ref":"#/definitions/flag"}}},"gates":{"$ref":"#/definitions/gates"},"promotionPrs":{"description":"One promotion PR per entry.","type":["array","null"],"items":{"$ref":"#/definitions/promotionPr"},"default":[]}}},"promotionPr":{"type":"object","additionalProperties":false,"required":["targetPaths"],"properties":{"targetPaths":{"description":"Target folders (literal paths relative to the repository root, ending with `/`); the component folder is copied to `<targetPath><component>/`.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"targetDescription":{"description":"Short name of the targets for the PR title; default: the sorted target paths joined by a space.","type":["string","null"]},"labels":{"description":"Labels added to this PR, after `promotion` and `promotionPrLabels`.","$ref":"#/definitions/labelList"},"gates":{"$ref":"#/definitions/gates"}}},"webhookEndpointRegex":{"type":"object","additionalProperties":false,"required":["expression"],"properties":{"expression":{"description":"RE2 regex matched against each changed file path (unanchored).","$ref":"#/definitions/regex"},"replacements":{"description":"Endpoint URLs; Go replacement syntax (`$1`, `${1}`, `${name}`) refers to the expression\'s groups.","type":["array","null"],"items":{"type":"string","minLength":1},"default":[]}}},"argocd":{"description":"Argo CD features on pull requests.","type":["object","null"],"additionalProperties":false,"properties":{"commentDiffonPR":{"description":"Comment the Argo CD diff of the PR\'s components on the PR.","$ref":"#/definitions/flag"},"autoMergeNoDiffPRs":{"description":"Merge PRs labelled `promotion` whose Argo CD diff is empty and error-free.","$ref":"#/definitions/flag"},"allowSyncfromBranchPathRegex":{"description":"RE2 regex on component paths; matching components get a checkbox in the diff comment that syncs their Argo CD apps from the PR branch. Empty: feature off.","type":["string","null"]},"useSHALabelForAppDiscovery":{"description":"Find a component\'s Argo CD apps by the label `telefonistka.io/component-path-sha1` instead of the `manifest-generate-paths` annotation.","$ref":"#/definitions/flag"},"createTempAppObjectFromNewApps":{"description":"Diff components that have no Argo CD app yet through a temporary app rendered from the matching ApplicationSet.","$ref":"#/definitions/flag"}}},"environment":{"type":"object","additionalProperties":false,"required":["path","name"],"properties":{"path":{"description":"RE2 regex matched at the start of a component folder path, e.g. `clusters/prod/.*`.","$ref":"#/definitions/regex"},"name":{"description":"The GitHub environment name (at most 255 characters).","type":"string","minLength":1}}},"gates":{"description":"Conditions a promotion PR must meet before it merges, reported as the commit status `telefonistka/gates` and enforced by the sweep (and by branch protection when that status is required). On a flow they apply to all its PRs; on a `promotionPrs` entry its keys override the flow\'s. See docs/gates.md.","type":["object","null"],"additionalProperties":false,"properties":{"soak":{"description":"How long the source environment\'s deployment of the promoted commit must have been successful, e.g. `2h`, `90m`, `1h30m`, `1d`.","type":"string","minLength":1},"healthy":{"description":"The source environment must be healthy at the promoted revision now: `argocd` (its apps synced to it and Healthy) or `deployment` (its latest GitHub Deployment is this commit\'s and successful).","enum":["argocd","deployment"]},"windows":{"description":"Merge only inside one of these windows.","type":["array","null"],"items":{"$ref":"#/definitions/gateWindow"}},"freeze":{"description":"Never merge inside these periods.","type":["array","null"],"items":{"$ref":"#/definitions/gateFreeze"}},"approvals":{"description":"Approving reviews required from users with write access.","type":"integer","minimum":0},"countOwnApprovals":{"description":"Count approvals by the action\'s own identities (its token, the approver token) towards `approvals`.","$ref":"#/definitions/flag"}}},"gateWindow":{"type":"object","additionalProperties":false,"properties":{"days":{"description":"Days, e.g. `Mon-Thu`, `Mon,Wed,Fri`, `Sat-Sun`; default every day.","type":"string","minLength":1},"hours":{"description":"24-hour local times, start inclusive, end exclusive, e.g. `\\"09:00-16:00\\"`; `\\"22:00-06:00\\"` runs past midnight; default all day.","type":"string","minLength":1},"timezone":{"description":"IANA time zone, e.g. `Europe/Berlin`; default `UTC`.","type":"string","minLength":1}}},"gateFreeze":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"description":"Start: `YYYY-MM-DD` (00:00 UTC) or a date-time with an offset, e.g. `2026-12-20T18:00:00+01:00`.","type":"string","minLength":1},"to":{"description":"End (exclusive), written like `from`.","type":"string","minLength":1},"reason":{"description":"Shown in the gate status.","type":"string"}}},"promotionEventEndpoint":{"type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"description":"https:// URL of the endpoint (e.g. a Slack incoming webhook).","type":"string","minLength":1},"format":{"description":"Payload format: `json` (default) or `slack` (incoming-webhook text).","enum":["json","slack",null]},"events":{"description":"Events sent to this endpoint; default all.","type":["array","null"],"items":{"enum":["opened","gated","merged","deployed","failed"]}}}},"acknowledgedDrift":{"type":"object","additionalProperties":false,"required":["path","reason"],"properties":{"path":{"description":"File path relative to the component folder, matched exactly (a path ending with `/` covers the folder and everything below it); or `regex:<RE2 regex>` matched against relative paths.","type":"string","minLength":1},"reason":{"description":"Why the difference is intended; shown in the drift comment.","type":"string","minLength":1},"expires":{"description":"Date (YYYY-MM-DD, UTC) after which the difference is warned about again.","type":["string","null"],"pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}}}}}');
// EXTERNAL MODULE: ./src/core/config/config-keys.ts
var config_keys = __webpack_require__(65531);
// EXTERNAL MODULE: ./src/core/config/describe-key-path.ts
var describe_key_path = __webpack_require__(4083);
// EXTERNAL MODULE: ./src/core/config/suggest-key.ts
var suggest_key = __webpack_require__(42094);
;// CONCATENATED MODULE: ./src/core/config/check-schema.ts





let validator;
/** The compiled schema, built once per process (ajv compilation is the costly part). */
function schemaValidator() {
    if (validator === undefined) {
        // The schema's own validity is a test (telefonistka-schema.test.ts): at run time, checking it against the
        // meta-schema and optimizing the generated code only cost the cold start (about half of the compile).
        const ajv = new dist_ajv.Ajv({
            allErrors: true,
            verbose: true,
            strict: true,
            allowUnionTypes: true,
            validateSchema: false,
            code: { optimize: false },
        });
        // Editor-only annotations understood by VS Code's YAML/JSON language servers.
        ajv.addVocabulary(['deprecationMessage']);
        validator = ajv.compile(telefonistka_schema_namespaceObject);
    }
    return validator;
}
/**
 * Validates the file's value against schema/telefonistka.schema.json and reports every violation at the
 * YAML position of the offending key or value; unknown keys get a "did you mean" suggestion, and keys of
 * the other level (repository vs component) say where they belong.
 */
function checkSchema(diagnostics, level) {
    const validate = schemaValidator();
    const value = diagnostics.source.value;
    if (!validate(value)) {
        for (const error of validate.errors ?? [])
            report(diagnostics, error, level);
    }
    checkLevel(diagnostics, level);
}
function report(diagnostics, error, level) {
    const path = parsePointer(error.instancePath);
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(params['additionalProperty']);
            diagnostics.error([...path, key], unknownKeyMessage([...path, key], error, level), 'key');
            return;
        }
        case 'required':
            diagnostics.error(path, `${where(path)}is missing the required key \`${String(params['missingProperty'])}\``);
            return;
        case 'type':
            if (acceptYaml11Boolean(diagnostics, path, error))
                return;
            diagnostics.error(path, `${where(path, true)}${describeViolation(error)}`);
            return;
        default:
            diagnostics.error(path, `${where(path, true)}${describeViolation(error)}`);
    }
}
const YAML11_BOOLEANS = new Map([
    ...['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON'].map((text) => [text, true]),
    ...['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF'].map((text) => [text, false]),
]);
/**
 * The Go bot parses with yaml.v2 (YAML 1.1), where `yes`/`no`/`on`/`off` are booleans; YAML 1.2 reads
 * them as strings. Where a boolean is expected they are accepted, with a warning, so configurations
 * written for the Go bot keep working.
 */
function acceptYaml11Boolean(diagnostics, path, error) {
    const types = error.schema;
    const wantsBoolean = Array.isArray(types) ? types.includes('boolean') : types === 'boolean';
    const data = error.data;
    const key = path[path.length - 1];
    if (!wantsBoolean || typeof data !== 'string' || key === undefined)
        return false;
    const value = YAML11_BOOLEANS.get(data);
    if (value === undefined)
        return false;
    const parent = path
        .slice(0, -1)
        .reduce((node, step) => node[step], diagnostics.source.value);
    parent[key] = value;
    diagnostics.warn(path, `\`${(0,describe_key_path/* describeKeyPath */.c)(path)}\`: ${data} is read as ${String(value)} (YAML 1.1, as the Go bot did); write ${String(value)}`);
    return true;
}
function where(path, capital = false) {
    if (path.length === 0)
        return capital ? 'The file ' : 'the file ';
    return `\`${(0,describe_key_path/* describeKeyPath */.c)(path)}\` `;
}
function describeViolation(error) {
    const params = error.params;
    const data = error.data;
    switch (error.keyword) {
        case 'type':
            return `must be ${describeExpectedType(error.schema)}, not ${describeValue(data)}`;
        case 'enum': {
            const allowed = error.schema.filter((v) => v !== null).map(String);
            const hint = typeof data === 'string' ? (0,suggest_key/* suggestKey */.A)(data, allowed) : undefined;
            const list = allowed.map((v) => `\`${v}\``).join(', ');
            return `must be one of ${list}, not ${describeValue(data)}${hint === undefined ? '' : `; did you mean \`${hint}\`?`}`;
        }
        case 'minimum':
            return `must be ${String(params['limit'])} or more, not ${describeValue(data)}`;
        case 'minLength':
            return params['limit'] === 1
                ? 'must not be empty'
                : `must be at least ${String(params['limit'])} characters long`;
        case 'maxLength':
            return `must be at most ${String(params['limit'])} characters long (GitHub's limit for label names), not ${String(data.length)}`;
        case 'minItems':
            return `must list at least ${String(params['limit'])} entr${params['limit'] === 1 ? 'y' : 'ies'}`;
        case 'pattern':
            return String(params['pattern']).includes('bot')
                ? `must be a GitHub login (letters, digits and \`-\`; Apps end in \`[bot]\`), not ${describeValue(data)}`
                : `must be a date written YYYY-MM-DD, not ${describeValue(data)}`;
        default:
            return error.message ?? `violates the schema (${error.keyword})`;
    }
}
function unknownKeyMessage(path, error, level) {
    const key = String(path[path.length - 1]);
    const isRoot = path.length === 1;
    const siblings = Object.keys(error.parentSchema.properties ?? {});
    const candidates = isRoot ? rootCandidates(level) : siblings.map((name) => ({ name, display: name }));
    const suggestion = (0,suggest_key/* suggestKey */.A)(key, candidates.map((c) => c.name));
    const display = candidates.find((c) => c.name === suggestion)?.display;
    const hint = display === undefined ? '' : `; did you mean \`${display}\`?`;
    if (path.length === 3 && path[0] === 'promotionPaths' && key === 'targetPaths') {
        return `\`${(0,describe_key_path/* describeKeyPath */.c)(path)}\` is the early Telefonistka format, which the Go bot no longer reads: write each inner list as \`promotionPrs: [{targetPaths: [...]}]\``;
    }
    return `unknown key \`${(0,describe_key_path/* describeKeyPath */.c)(path)}\`${hint}`;
}
/** Top-level candidates for a suggestion: the level's keys, deprecated spellings and `argocd.*` keys. */
function rootCandidates(level) {
    if (level === 'component')
        return config_keys/* configKeys */.n.component.map((name) => ({ name, display: name }));
    return [
        ...config_keys/* configKeys */.n.repo.map((name) => ({ name, display: name })),
        ...Object.entries(config_keys/* configKeys */.n.deprecatedAliases).map(([name, target]) => ({
            name,
            display: (0,describe_key_path/* describeKeyPath */.c)(target),
        })),
        ...config_keys/* configKeys */.n.argocd.map((name) => ({ name, display: `argocd.${name}` })),
    ];
}
function checkLevel(diagnostics, level) {
    const value = diagnostics.source.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return;
    for (const key of Object.keys(value)) {
        const belongsToComponent = config_keys/* configKeys */.n.component.includes(key);
        if (level === 'repo' && belongsToComponent) {
            diagnostics.error([key], `\`${key}\` is a component key: put it in the component's own telefonistka.yaml (<component folder>/telefonistka.yaml), not in the repository's`, 'key');
        }
        const belongsToRepo = config_keys/* configKeys */.n.repo.includes(key) || (0,config_keys/* isDeprecatedAlias */.E)(key);
        if (level === 'component' && belongsToRepo) {
            diagnostics.error([key], `\`${key}\` is a repository key: put it in telefonistka.yaml at the repository root, not in a component's`, 'key');
        }
    }
}
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
        .map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}
function describeExpectedType(types) {
    const names = (Array.isArray(types) ? types : [types]).filter((t) => t !== 'null');
    const words = {
        boolean: 'true or false',
        string: 'a string',
        array: 'a list',
        object: 'a mapping (key: value)',
        integer: 'a whole number',
        number: 'a number',
    };
    return names.map((t) => words[String(t)] ?? String(t)).join(' or ');
}
/** Describes a user's value in an error message; long strings are shortened. */
function describeValue(value) {
    if (value === null || value === undefined)
        return 'an empty value';
    if (typeof value === 'string') {
        const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
        return `the string ${JSON.stringify(shown)}`;
    }
    if (typeof value === 'number')
        return `the number ${String(value)}`;
    if (typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value))
        return 'a list';
    return 'a mapping';
}


/***/ }),

/***/ 71588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ compileConfigRegex)
/* harmony export */ });
/* harmony import */ var _regex_compile_regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95988);
/* harmony import */ var _describe_key_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4083);


/** Compiles a regex of the configuration as RE2; an invalid one is reported at its position. */
function compileConfigRegex(diagnostics, path, pattern) {
    try {
        return (0,_regex_compile_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .compileRegex */ .D)(pattern);
    }
    catch (error) {
        if (!(error instanceof _regex_compile_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .RegexSyntaxError */ .J))
            throw error;
        const reason = error.message
            .replace(`invalid regular expression ${JSON.stringify(pattern)}: `, '')
            .replace(/^error parsing regexp: /, '');
        diagnostics.error(path, `\`${(0,_describe_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .describeKeyPath */ .c)(path)}\` is not a valid RE2 regular expression: ${reason}`);
        return undefined;
    }
}


/***/ }),

/***/ 65531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ isDeprecatedAlias),
/* harmony export */   n: () => (/* binding */ configKeys)
/* harmony export */ });
/**
 * The catalogue of top-level keys that the schema alone cannot express: the schema (like the Go bot's)
 * lists repository and component keys together, so the level of each key is recorded here; and the
 * deprecated spellings with the key that replaces them (as a path).
 */
const configKeys = {
    component: [
        'promotionTargetAllowList',
        'promotionTargetBlockList',
        'disableArgoCDDiff',
        'acknowledgedDrift',
    ],
    repo: [
        'promotionPaths',
        'promotionPrLabels',
        'dryRunMode',
        'autoApprovePromotionPrs',
        'toggleCommitStatus',
        'webhookEndpointRegexs',
        'whProxtSkipTLSVerifyUpstream',
        'argocd',
        'supersede',
        'promotionPreview',
        'driftDetectionIgnoreFiles',
        'driftDetectionIgnoreLineRegex',
        'diffRedact',
        'promotionPrAuthors',
        'environments',
        'deploymentConfirmation',
        'promotionEvents',
        'dashboard',
    ],
    deprecatedAliases: {
        promtionPRlables: ['promotionPrLabels'],
        commentArgocdDiffonPR: ['argocd', 'commentDiffonPR'],
        autoMergeNoDiffPRs: ['argocd', 'autoMergeNoDiffPRs'],
        usaSHALabelForArgoDicovery: ['argocd', 'useSHALabelForAppDiscovery'],
    },
    argocd: [
        'commentDiffonPR',
        'autoMergeNoDiffPRs',
        'allowSyncfromBranchPathRegex',
        'useSHALabelForAppDiscovery',
        'createTempAppObjectFromNewApps',
    ],
};
/** True when `key` is one of the deprecated top-level spellings. */
function isDeprecatedAlias(key) {
    return Object.hasOwn(configKeys.deprecatedAliases, key);
}


/***/ }),

/***/ 70645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ createDiagnostics)
/* harmony export */ });
/* harmony import */ var _errors_config_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30826);

/** Creates the collector for one parsed file; YAML-level warnings are included from the start. */
function createDiagnostics(source) {
    const errors = [];
    const warnings = [...source.warnings];
    const record = (into, path, message, at = 'value') => {
        const problem = { ...source.locate(path, at), message };
        if (!into.some((known) => (0,_errors_config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .formatConfigProblem */ .f)(known) === (0,_errors_config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .formatConfigProblem */ .f)(problem)))
            into.push(problem);
    };
    return {
        source,
        error: (path, message, at) => record(errors, path, message, at),
        warn: (path, message, at) => record(warnings, path, message, at),
        hasErrors: () => errors.length > 0,
        finish(config) {
            if (errors.length > 0)
                throw new _errors_config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(sortByPosition(errors));
            const sorted = sortByPosition(warnings);
            return { config, warnings: sorted.map(_errors_config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .formatConfigProblem */ .f), warningDetails: sorted };
        },
    };
}
function sortByPosition(problems) {
    return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}


/***/ }),

/***/ 4083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ describeKeyPath)
/* harmony export */ });
/** Renders a key path the way users read it: `promotionPaths[0].promotionPrs[1].targetPaths[2]`. */
function describeKeyPath(path) {
    let text = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            text += `[${String(segment)}]`;
        else
            text += text === '' ? segment : `.${segment}`;
    }
    return text;
}


/***/ }),

/***/ 91211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ emptyRepoConfig)
/* harmony export */ });
/** The configuration of a repository without `telefonistka.yaml`: no promotions, every feature off. */
function emptyRepoConfig() {
    return {
        promotionPaths: [],
        promotionPrLabels: [],
        dryRunMode: false,
        autoApprovePromotionPrs: false,
        toggleCommitStatus: {},
        webhookEndpointRegexs: [],
        whProxySkipTlsVerifyUpstream: false,
        argocd: {
            commentDiffOnPr: false,
            autoMergeNoDiffPrs: false,
            allowSyncFromBranchPathRegex: undefined,
            useShaLabelForAppDiscovery: false,
            createTempAppObjectFromNewApps: false,
        },
        supersede: 'close',
        promotionPreview: 'always',
        driftDetectionIgnoreFiles: [],
        driftDetectionIgnoreLineRegex: [],
        diffRedact: [],
        promotionPrAuthors: [],
        environments: [],
        deploymentConfirmation: 'auto',
        promotionEvents: [],
        dashboard: { enabled: true, version: [] },
    };
}


/***/ }),

/***/ 77996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ normalizeFolderPath)
/* harmony export */ });
/**
 * Checks a folder path of the configuration and makes it end with `/`. The Go bot concatenates
 * `targetPath + component` without a separator, so a missing slash produced folders such as
 * `clusters/dev/us-east4/c2nginx`; here the slash is added (the caller warns). Absolute paths, `..`
 * segments and empty segments are rejected; in a target path `.` segments too (in a source path `.`
 * is a regex matching a one-character folder name).
 */
function normalizeFolderPath(text, kind) {
    if (text.trim() === '')
        return { ok: false, reason: 'must not be empty' };
    if (text.trim() !== text)
        return { ok: false, reason: 'must not start or end with spaces' };
    if (text.startsWith('/') || text.startsWith('^/')) {
        return { ok: false, reason: 'must be relative to the repository root (no leading `/`)' };
    }
    const segments = text.split('/');
    if (segments[segments.length - 1] === '')
        segments.pop();
    if (segments.includes('..')) {
        const advice = kind === 'sourcePath' ? ' (to match any two-character folder name write `[^/]{2}`)' : '';
        return { ok: false, reason: `must not contain a \`..\` segment (path traversal)${advice}` };
    }
    if (kind === 'targetPath' && segments.includes('.')) {
        return { ok: false, reason: 'must not contain a `.` segment' };
    }
    if (segments.includes(''))
        return { ok: false, reason: 'must not contain an empty segment (`//`)' };
    const addedTrailingSlash = !text.endsWith('/');
    return { ok: true, path: addedTrailingSlash ? `${text}/` : text, addedTrailingSlash };
}


/***/ }),

/***/ 79804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ parseRepoConfig)
});

// EXTERNAL MODULE: ./src/core/config/compile-config-regex.ts
var compile_config_regex = __webpack_require__(71588);
// EXTERNAL MODULE: ./src/core/config/read-config-value.ts
var read_config_value = __webpack_require__(41703);
// EXTERNAL MODULE: ./src/core/config/config-keys.ts
var config_keys = __webpack_require__(65531);
// EXTERNAL MODULE: ./src/core/config/describe-key-path.ts
var describe_key_path = __webpack_require__(4083);
;// CONCATENATED MODULE: ./src/core/config/resolve-deprecated-alias.ts



/**
 * Reads a setting that also has a deprecated top-level spelling. The new key wins when both are
 * written (the Go bot ignored these spellings, so the new key is what was in effect); either way the
 * deprecated key gets a warning at its position naming its replacement.
 */
function resolveDeprecatedAlias(diagnostics, root, alias) {
    const replacement = config_keys/* configKeys */.n.deprecatedAliases[alias];
    const replacementName = `\`${(0,describe_key_path/* describeKeyPath */.c)(replacement)}\``;
    const current = { value: read_config_value/* readConfigValue */.k.at(root, replacement), path: replacement };
    if (!read_config_value/* readConfigValue */.k.has(root, [alias]))
        return current;
    if (read_config_value/* readConfigValue */.k.has(root, replacement)) {
        diagnostics.warn([alias], `\`${alias}\` is deprecated and ignored because ${replacementName} is also set; remove \`${alias}\``, 'key');
        return current;
    }
    diagnostics.warn([alias], `\`${alias}\` is deprecated: rename it to ${replacementName}`, 'key');
    return { value: read_config_value/* readConfigValue */.k.at(root, [alias]), path: [alias] };
}

;// CONCATENATED MODULE: ./src/core/config/build-argocd-config.ts



const { flag, string, at } = read_config_value/* readConfigValue */.k;
/** Normalizes `argocd:`, folding in the Go bot's documented top-level spellings (deprecated). */
function buildArgoCdConfig(diagnostics, root) {
    const regexPath = ['argocd', 'allowSyncfromBranchPathRegex'];
    const regexText = string(at(root, regexPath));
    return {
        commentDiffOnPr: flag(resolveDeprecatedAlias(diagnostics, root, 'commentArgocdDiffonPR').value),
        autoMergeNoDiffPrs: flag(resolveDeprecatedAlias(diagnostics, root, 'autoMergeNoDiffPRs').value),
        // The Go bot compiled "" (which matches everything) and showed a checkbox that did nothing: "" is off here.
        allowSyncFromBranchPathRegex: regexText === undefined || regexText === ''
            ? undefined
            : (0,compile_config_regex/* compileConfigRegex */.v)(diagnostics, regexPath, regexText),
        useShaLabelForAppDiscovery: flag(resolveDeprecatedAlias(diagnostics, root, 'usaSHALabelForArgoDicovery').value),
        createTempAppObjectFromNewApps: flag(at(root, ['argocd', 'createTempAppObjectFromNewApps'])),
    };
}

;// CONCATENATED MODULE: ./src/core/config/build-environments-config.ts



const { list, object, string: build_environments_config_string } = read_config_value/* readConfigValue */.k;
/** GitHub's limit on environment names. */
const MAX_ENVIRONMENT_NAME = 255;
/**
 * Normalizes `environments`: each `path` compiled as RE2 anchored at the start of a component folder path
 * (like `sourcePath`), each `name` a GitHub environment name (non-empty, at most 255 characters).
 */
function buildEnvironmentsConfig(diagnostics, value) {
    const mappings = [];
    list(value).forEach((item, index) => {
        const path = ['environments', index];
        const raw = object(item);
        const pathText = build_environments_config_string(raw['path']);
        const name = build_environments_config_string(raw['name'])?.trim();
        if (name !== undefined && name.length > MAX_ENVIRONMENT_NAME) {
            diagnostics.error([...path, 'name'], `\`${(0,describe_key_path/* describeKeyPath */.c)([...path, 'name'])}\` is ${String(name.length)} characters long; GitHub allows at most ${String(MAX_ENVIRONMENT_NAME)} in an environment name`);
            return;
        }
        if (pathText === undefined || pathText === '' || name === undefined || name === '')
            return;
        const anchored = pathText.startsWith('^') ? pathText : `^(?:${pathText})`;
        const regex = (0,compile_config_regex/* compileConfigRegex */.v)(diagnostics, [...path, 'path'], anchored);
        if (regex !== undefined)
            mappings.push({ path: regex, pathText, name });
    });
    return mappings;
}
const CONFIRMATIONS = ['argocd', 'merge'];
/** `deploymentConfirmation`: `argocd` or `merge`; absent means `auto` (Argo CD when the action can reach one). */
function buildDeploymentConfirmation(value) {
    return CONFIRMATIONS.find((candidate) => candidate === value) ?? 'auto';
}

;// CONCATENATED MODULE: ./src/core/config/build-promotion-events.ts


const { list: build_promotion_events_list, object: build_promotion_events_object, string: build_promotion_events_string, strings } = read_config_value/* readConfigValue */.k;
/** Every promotion event, in the order of a promotion's life. */
const PROMOTION_EVENT_KINDS = [
    'opened',
    'gated',
    'merged',
    'deployed',
    'failed',
];
/**
 * Normalizes `promotionEvents`: each endpoint an `https://` (or loopback `http://`) URL, a payload format
 * (`json`, the default, or `slack`), and the events it receives (default: all).
 */
function buildPromotionEvents(diagnostics, value) {
    const endpoints = [];
    build_promotion_events_list(value).forEach((item, index) => {
        const path = ['promotionEvents', index];
        const raw = build_promotion_events_object(item);
        const url = build_promotion_events_string(raw['url']);
        if (url === undefined)
            return;
        if (!isAllowedUrl(url)) {
            diagnostics.error([...path, 'url'], `\`${(0,describe_key_path/* describeKeyPath */.c)([...path, 'url'])}\` must be an https:// URL (http:// only for 127.0.0.1 or localhost), not ${JSON.stringify(url.slice(0, 60))}`);
            return;
        }
        const format = raw['format'] === 'slack' ? 'slack' : 'json';
        const events = Object.hasOwn(raw, 'events')
            ? PROMOTION_EVENT_KINDS.filter((kind) => strings(raw['events']).includes(kind))
            : PROMOTION_EVENT_KINDS;
        endpoints.push({ url, format, events });
    });
    return endpoints;
}
function isAllowedUrl(text) {
    try {
        const url = new URL(text);
        if (url.protocol === 'https:')
            return true;
        return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/core/bump/bump-edit-error.ts
var bump_edit_error = __webpack_require__(63920);
;// CONCATENATED MODULE: ./src/core/bump/parse-yaml-path.ts

const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/;
const INTEGER = /^-?[0-9]+/;
/**
 * Parses the yq subset a bump accepts: `.a.b`, `.list[0]`, `.list[-1]`, `.list[]` (also `.list.[]` as the
 * Go bot's docs write it), quoted keys `."a.b"` / `.["a.b"]`, pipes `|`, and
 * `select(.name == "postgres")` with `==`, `!=`, `and`, `or`. Throws BumpEditError naming the column.
 */
function parseYamlPath(source) {
    const cursor = { source, pos: 0 };
    const steps = [];
    for (;;) {
        skipSpaces(cursor);
        steps.push(...parseSegment(cursor));
        skipSpaces(cursor);
        if (cursor.pos >= source.length)
            break;
        if (source[cursor.pos] !== '|')
            fail(cursor, 'expected "|", ".", "[" or the end of the path');
        cursor.pos++;
    }
    if (!steps.some((step) => step.kind !== 'select')) {
        throw new bump_edit_error/* BumpEditError */.v(`invalid YAML path ${JSON.stringify(source)}: it must name at least one key or index (e.g. .image.tag)`);
    }
    return { source, steps };
}
function parseSegment(cursor) {
    if (/^select\s*\(/.test(cursor.source.slice(cursor.pos))) {
        cursor.pos = cursor.source.indexOf('(', cursor.pos) + 1;
        const condition = parseOr(cursor);
        skipSpaces(cursor);
        expect(cursor, ')');
        const steps = [{ kind: 'select', condition }];
        parsePathTail(cursor, steps);
        return steps;
    }
    if (cursor.source[cursor.pos] !== '.')
        fail(cursor, 'expected a path starting with "." or select(...)');
    return parseDotPath(cursor);
}
/** A path from its leading `.`: `.a.b[0]`, or just `.` (the identity). */
function parseDotPath(cursor) {
    const steps = [];
    cursor.pos++;
    const first = parseAfterDot(cursor, { optional: true });
    if (first !== undefined)
        steps.push(first);
    parsePathTail(cursor, steps);
    return steps;
}
/** The `.name` and `[...]` steps that follow, up to the first other character. */
function parsePathTail(cursor, steps) {
    for (;;) {
        const char = cursor.source[cursor.pos];
        if (char === '.') {
            cursor.pos++;
            const step = parseAfterDot(cursor, { optional: false });
            if (step !== undefined)
                steps.push(step);
        }
        else if (char === '[') {
            steps.push(parseBracket(cursor));
        }
        else {
            return;
        }
    }
}
/** What follows a dot: a name, a quoted name or a bracket; nothing at all is the identity `.`. */
function parseAfterDot(cursor, options) {
    const char = cursor.source[cursor.pos];
    if (char === '[')
        return parseBracket(cursor);
    if (char === '"' || char === "'")
        return { kind: 'key', key: parseQuoted(cursor) };
    const name = readName(cursor);
    if (name !== '')
        return { kind: 'key', key: name };
    if (options.optional)
        return undefined;
    return fail(cursor, 'expected a key name, a quoted key or "[" after "."');
}
function parseBracket(cursor) {
    expect(cursor, '[');
    skipSpaces(cursor);
    const char = cursor.source[cursor.pos];
    let step;
    if (char === ']')
        step = { kind: 'each' };
    else if (char === '"' || char === "'")
        step = { kind: 'key', key: parseQuoted(cursor) };
    else {
        const match = INTEGER.exec(cursor.source.slice(cursor.pos));
        if (match === null)
            return fail(cursor, 'expected "]", an index or a quoted key inside "[...]"');
        cursor.pos += match[0].length;
        step = { kind: 'index', index: Number(match[0]) };
    }
    skipSpaces(cursor);
    expect(cursor, ']');
    return step;
}
function parseOr(cursor) {
    let left = parseAnd(cursor);
    while (readKeyword(cursor, 'or'))
        left = { kind: 'or', left, right: parseAnd(cursor) };
    return left;
}
function parseAnd(cursor) {
    let left = parsePrimary(cursor);
    while (readKeyword(cursor, 'and'))
        left = { kind: 'and', left, right: parsePrimary(cursor) };
    return left;
}
function parsePrimary(cursor) {
    skipSpaces(cursor);
    if (cursor.source[cursor.pos] === '(') {
        cursor.pos++;
        const inner = parseOr(cursor);
        skipSpaces(cursor);
        expect(cursor, ')');
        return inner;
    }
    if (cursor.source[cursor.pos] === '.') {
        const path = parseReadPath(cursor);
        const operator = parseOperator(cursor);
        skipSpaces(cursor);
        return { kind: 'compare', path, operator, value: parseLiteral(cursor) };
    }
    const value = parseLiteral(cursor);
    const operator = parseOperator(cursor);
    skipSpaces(cursor);
    if (cursor.source[cursor.pos] !== '.')
        fail(cursor, 'expected a path such as .name on one side of the comparison');
    return { kind: 'compare', path: parseReadPath(cursor), operator, value };
}
function parseReadPath(cursor) {
    const steps = parseDotPath(cursor);
    for (const step of steps) {
        if (step.kind !== 'key' && step.kind !== 'index')
            fail(cursor, 'a condition path takes keys and indexes only');
    }
    return steps;
}
function parseOperator(cursor) {
    skipSpaces(cursor);
    const operator = cursor.source.slice(cursor.pos, cursor.pos + 2);
    if (operator !== '==' && operator !== '!=')
        return fail(cursor, 'expected "==" or "!="');
    cursor.pos += 2;
    return operator;
}
function parseLiteral(cursor) {
    const char = cursor.source[cursor.pos];
    if (char === '"' || char === "'")
        return parseQuoted(cursor);
    const rest = cursor.source.slice(cursor.pos);
    for (const [word, value] of [
        ['true', true],
        ['false', false],
        ['null', null],
    ]) {
        if (rest.startsWith(word) && !/^[A-Za-z0-9_]/.test(rest.slice(word.length))) {
            cursor.pos += word.length;
            return value;
        }
    }
    const number = NUMBER.exec(rest);
    if (number === null)
        return fail(cursor, 'expected a quoted string, a number, true, false or null');
    cursor.pos += number[0].length;
    return Number(number[0]);
}
function parseQuoted(cursor) {
    const quote = cursor.source[cursor.pos];
    const start = cursor.pos;
    cursor.pos++;
    let text = '';
    while (cursor.pos < cursor.source.length) {
        const char = cursor.source[cursor.pos];
        if (quote === "'" && char === "'") {
            if (cursor.source[cursor.pos + 1] !== "'") {
                cursor.pos++;
                return text;
            }
            text += "'";
            cursor.pos += 2;
            continue;
        }
        if (quote === '"' && char === '"') {
            cursor.pos++;
            return decodeDoubleQuoted(cursor, cursor.source.slice(start, cursor.pos), start);
        }
        if (quote === '"' && char === '\\')
            cursor.pos++;
        text += char;
        cursor.pos++;
    }
    cursor.pos = start;
    return fail(cursor, 'unterminated quoted string');
}
function decodeDoubleQuoted(cursor, raw, start) {
    try {
        return JSON.parse(raw);
    }
    catch {
        cursor.pos = start;
        return fail(cursor, 'invalid escape in a double-quoted string (use \\" \\\\ \\n \\t or \\uXXXX)');
    }
}
function readName(cursor) {
    const start = cursor.pos;
    while (cursor.pos < cursor.source.length && isNameChar(cursor.source.charCodeAt(cursor.pos)))
        cursor.pos++;
    return cursor.source.slice(start, cursor.pos);
}
function isNameChar(code) {
    return ((code >= 0x30 && code <= 0x39) ||
        (code >= 0x41 && code <= 0x5a) ||
        (code >= 0x61 && code <= 0x7a) ||
        code === 0x5f /* _ */ ||
        code === 0x2d /* - */ ||
        code === 0x24 /* $ */ ||
        code >= 0x80);
}
function readKeyword(cursor, word) {
    skipSpaces(cursor);
    const rest = cursor.source.slice(cursor.pos);
    if (!rest.startsWith(word) || /^[A-Za-z0-9_]/.test(rest.slice(word.length)))
        return false;
    cursor.pos += word.length;
    return true;
}
function skipSpaces(cursor) {
    while (/\s/.test(cursor.source[cursor.pos] ?? ''))
        cursor.pos++;
}
function expect(cursor, char) {
    if (cursor.source[cursor.pos] !== char)
        fail(cursor, `expected "${char}"`);
    cursor.pos++;
}
function fail(cursor, message) {
    const found = cursor.pos >= cursor.source.length ? 'the end' : JSON.stringify(cursor.source[cursor.pos]);
    throw new bump_edit_error/* BumpEditError */.v(`invalid YAML path ${JSON.stringify(cursor.source)}: ${message}, found ${found} at column ${cursor.pos + 1}`);
}

;// CONCATENATED MODULE: ./src/core/config/build-dashboard-config.ts



const { object: build_dashboard_config_object, list: build_dashboard_config_list, string: build_dashboard_config_string, at: build_dashboard_config_at } = read_config_value/* readConfigValue */.k;
/**
 * Normalizes `dashboard:` — `on` / `off` (or true / false), or a mapping `{ enabled, version: [{ file, path }] }`.
 * On unless turned off. Each version path is parsed with the bump's YAML path language and each file must
 * stay inside the component folder; every problem is reported at its file:line:col.
 */
function buildDashboardConfig(diagnostics, root) {
    const value = build_dashboard_config_at(root, ['dashboard']);
    if (typeof value === 'string' || typeof value === 'boolean') {
        return { enabled: switchValue(diagnostics, ['dashboard'], value), version: [] };
    }
    const enabled = build_dashboard_config_object(value)['enabled'];
    return {
        enabled: enabled === undefined || enabled === null
            ? true
            : switchValue(diagnostics, ['dashboard', 'enabled'], enabled),
        version: build_dashboard_config_list(build_dashboard_config_object(value)['version']).flatMap((entry, i) => versionSource(diagnostics, entry, i)),
    };
}
function switchValue(diagnostics, path, value) {
    if (value === true || value === 'on')
        return true;
    if (value === false || value === 'off')
        return false;
    diagnostics.error(path, `\`${path.join('.')}\` must be \`on\` or \`off\`, not ${JSON.stringify(value)}`);
    return true;
}
function versionSource(diagnostics, entry, index) {
    const file = build_dashboard_config_string(build_dashboard_config_object(entry)['file']);
    const pathText = build_dashboard_config_string(build_dashboard_config_object(entry)['path']);
    if (file === undefined || pathText === undefined)
        return [];
    const where = ['dashboard', 'version', index];
    const normalized = file.replace(/^\.\//, '');
    if (normalized.startsWith('/') ||
        normalized.split('/').some((segment) => segment === '..' || segment === '')) {
        diagnostics.error([...where, 'file'], `\`dashboard.version[${index}].file\` must be a file path relative to the component folder (no leading \`/\`, no \`..\`), not ${JSON.stringify(file)}`);
        return [];
    }
    try {
        return [{ file: normalized, path: parseYamlPath(pathText) }];
    }
    catch (error) {
        if (!(error instanceof bump_edit_error/* BumpEditError */.v))
            throw error;
        diagnostics.error([...where, 'path'], `\`dashboard.version[${index}].path\`: ${error.message}`);
        return [];
    }
}

;// CONCATENATED MODULE: ./src/core/config/parse-duration.ts
const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };
const DURATION = /^(?:([0-9]+)d)?(?:([0-9]+)h)?(?:([0-9]+)m)?(?:([0-9]+)s)?$/;
/** Milliseconds of a duration written `2h`, `90m`, `1h30m`, `1d`, `45s`; undefined when malformed or empty. */
function parseDuration(text) {
    const match = DURATION.exec(text.trim());
    if (match === null || text.trim() === '')
        return undefined;
    const [, d, h, m, s] = match;
    return (Number(d ?? 0) * UNIT_MS.d +
        Number(h ?? 0) * UNIT_MS.h +
        Number(m ?? 0) * UNIT_MS.m +
        Number(s ?? 0) * UNIT_MS.s);
}

;// CONCATENATED MODULE: ./src/core/config/build-gates-config.ts



const { list: build_gates_config_list, object: build_gates_config_object, string: build_gates_config_string, flag: build_gates_config_flag } = read_config_value/* readConfigValue */.k;
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const HEALTH_SOURCES = ['argocd', 'deployment'];
/**
 * Normalizes a `gates:` mapping of a flow (`promotionPaths[i].gates`) or of one of its PRs
 * (`promotionPaths[i].promotionPrs[j].gates`). Returns undefined when the key is absent. Every malformed
 * duration, day list, hour range, time zone or date is reported at its file:line:col.
 */
function buildGatesConfig(diagnostics, path, value) {
    if (value === undefined || value === null)
        return undefined;
    const raw = build_gates_config_object(value);
    const gates = {};
    const soak = build_gates_config_string(raw['soak']);
    if (soak !== undefined) {
        const ms = parseDuration(soak);
        if (ms === undefined)
            diagnostics.error([...path, 'soak'], `${build_gates_config_name([...path, 'soak'])} ${DURATION_HINT}, not ${JSON.stringify(soak)}`);
        else
            Object.assign(gates, { soakMs: ms, soakText: soak.trim() });
    }
    const healthy = HEALTH_SOURCES.find((candidate) => candidate === raw['healthy']);
    if (healthy !== undefined)
        gates.healthy = healthy;
    if (Object.hasOwn(raw, 'windows'))
        gates.windows = buildWindows(diagnostics, [...path, 'windows'], raw['windows']);
    if (Object.hasOwn(raw, 'freeze'))
        gates.freeze = buildFreezes(diagnostics, [...path, 'freeze'], raw['freeze']);
    if (typeof raw['approvals'] === 'number')
        gates.approvals = raw['approvals'];
    if (Object.hasOwn(raw, 'countOwnApprovals'))
        gates.countOwnApprovals = build_gates_config_flag(raw['countOwnApprovals']);
    return gates;
}
/** The effective gates of a PR entry: its own keys over the flow's; undefined when neither has `gates`. */
function mergeGates(flow, pr) {
    if (flow === undefined && pr === undefined)
        return undefined;
    const merged = { ...flow, ...pr };
    return {
        soakMs: merged.soakMs,
        soakText: merged.soakText,
        healthy: merged.healthy,
        windows: merged.windows ?? [],
        freeze: merged.freeze ?? [],
        approvals: merged.approvals ?? 0,
        countOwnApprovals: merged.countOwnApprovals ?? false,
    };
}
const DURATION_HINT = 'must be a duration such as `2h`, `90m`, `1h30m` or `1d`';
function build_gates_config_name(path) {
    return `\`${(0,describe_key_path/* describeKeyPath */.c)(path)}\``;
}
function buildWindows(diagnostics, path, value) {
    const windows = [];
    build_gates_config_list(value).forEach((item, index) => {
        const at = [...path, index];
        const raw = build_gates_config_object(item);
        const daysText = build_gates_config_string(raw['days']) ?? 'Mon-Sun';
        const hoursText = build_gates_config_string(raw['hours']) ?? '00:00-24:00';
        const timezone = build_gates_config_string(raw['timezone']) ?? 'UTC';
        const days = parseDays(daysText);
        const hours = parseHours(hoursText);
        if (days === undefined)
            diagnostics.error([...at, 'days'], `${build_gates_config_name([...at, 'days'])} must list days as \`Mon-Fri\`, \`Mon,Wed,Fri\` or \`Sat-Sun\` (Mon Tue Wed Thu Fri Sat Sun), not ${JSON.stringify(daysText)}`);
        if (hours === undefined)
            diagnostics.error([...at, 'hours'], `${build_gates_config_name([...at, 'hours'])} must be a range of 24-hour times such as \`"09:00-16:00"\` (\`"22:00-06:00"\` runs past midnight), not ${JSON.stringify(hoursText)}`);
        if (!isTimeZone(timezone))
            diagnostics.error([...at, 'timezone'], `${build_gates_config_name([...at, 'timezone'])} is not an IANA time zone known to Node.js: ${JSON.stringify(timezone)} (write e.g. \`Europe/Berlin\`, \`America/New_York\` or \`UTC\`)`);
        if (days === undefined || hours === undefined || !isTimeZone(timezone))
            return;
        windows.push({ days, ...hours, timezone, text: `${daysText} ${hoursText} ${timezone}` });
    });
    return windows;
}
/** `Mon-Thu`, `Mon,Wed,Fri`, `Fri-Mon` (wrapping), full names too; case-insensitive. */
function parseDays(text) {
    const days = new Set();
    for (const part of text.split(',').map((piece) => piece.trim())) {
        const [from, to, extra] = part.split('-').map((piece) => dayNumber(piece));
        if (from === undefined || extra !== undefined || (part.includes('-') && to === undefined))
            return undefined;
        const last = to ?? from;
        for (let day = from;; day = ((day + 1) % 7)) {
            days.add(day);
            if (day === last)
                break;
        }
    }
    return [...days].sort((a, b) => a - b);
}
function dayNumber(text) {
    if (text === undefined)
        return undefined;
    const lower = text.trim().toLowerCase();
    const index = DAY_NAMES.findIndex((day) => lower.length >= 3 && day.startsWith(lower.slice(0, 3)));
    const full = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][index];
    if (index < 0 || (lower.length > 3 && lower !== full))
        return undefined;
    return index;
}
/** `09:00-16:00` in minutes after midnight; `24:00` is allowed as an end; equal ends are refused. */
function parseHours(text) {
    const match = /^\s*([0-9]{1,2}):([0-9]{2})\s*-\s*([0-9]{1,2}):([0-9]{2})\s*$/.exec(text);
    if (match === null)
        return undefined;
    const start = Number(match[1]) * 60 + Number(match[2]);
    const end = Number(match[3]) * 60 + Number(match[4]);
    const valid = (h, m, max) => m < 60 && h * 60 + m <= max;
    if (!valid(Number(match[1]), Number(match[2]), 1439) || !valid(Number(match[3]), Number(match[4]), 1440))
        return undefined;
    if (start === end)
        return undefined;
    return { start, end };
}
/** True for zone names Intl accepts (IANA names and `UTC`). */
function isTimeZone(zone) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return zone !== '';
    }
    catch {
        return false;
    }
}
function buildFreezes(diagnostics, path, value) {
    const freezes = [];
    build_gates_config_list(value).forEach((item, index) => {
        const at = [...path, index];
        const raw = build_gates_config_object(item);
        const from = instant(diagnostics, [...at, 'from'], raw['from']);
        const to = instant(diagnostics, [...at, 'to'], raw['to']);
        if (from === undefined || to === undefined)
            return;
        if (to <= from) {
            diagnostics.error([...at, 'to'], `${build_gates_config_name([...at, 'to'])} must be later than \`from\``);
            return;
        }
        freezes.push({ from, to, reason: build_gates_config_string(raw['reason']) ?? 'freeze' });
    });
    return freezes;
}
const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const DATE_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:Z|[+-][0-9]{2}:[0-9]{2})$/;
/** A `YYYY-MM-DD` date (00:00 UTC) or an ISO 8601 date-time with `Z` or an offset, as epoch milliseconds. */
function instant(diagnostics, path, value) {
    const text = build_gates_config_string(value);
    if (text === undefined)
        return undefined;
    const date = DATE.exec(text);
    const ms = date !== null ? calendarDate(date) : DATE_TIME.test(text) ? Date.parse(text) : undefined;
    if (ms === undefined || Number.isNaN(ms)) {
        diagnostics.error(path, `${build_gates_config_name(path)} must be a date \`YYYY-MM-DD\` (00:00 UTC) or a date-time with an offset such as \`2026-12-20T18:00:00+01:00\`, not ${JSON.stringify(text)}`);
        return undefined;
    }
    return ms;
}
function calendarDate(match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    return exists ? date.getTime() : undefined;
}

// EXTERNAL MODULE: ./src/core/regex/compile-regex.ts
var compile_regex = __webpack_require__(95988);
// EXTERNAL MODULE: ./src/core/config/normalize-folder-path.ts
var normalize_folder_path = __webpack_require__(77996);
;// CONCATENATED MODULE: ./src/core/config/build-promotion-paths.ts






const { object: build_promotion_paths_object, list: build_promotion_paths_list, flag: build_promotion_paths_flag, string: build_promotion_paths_string, strings: build_promotion_paths_strings } = read_config_value/* readConfigValue */.k;
/** Normalizes `promotionPaths`: folder paths end with `/`, `sourcePath` compiled as RE2, defaults filled in. */
function buildPromotionPaths(diagnostics, value) {
    const flows = [];
    build_promotion_paths_list(value).forEach((item, index) => {
        const flow = buildFlow(diagnostics, ['promotionPaths', index], build_promotion_paths_object(item));
        if (flow !== undefined)
            flows.push(flow);
    });
    return flows;
}
function buildFlow(diagnostics, path, raw) {
    const sourcePath = folderPath(diagnostics, [...path, 'sourcePath'], raw['sourcePath'], 'sourcePath');
    const sourcePathRegex = sourcePath === undefined
        ? undefined
        : compileSourcePath(diagnostics, [...path, 'sourcePath'], sourcePath);
    const depth = raw['componentPathExtraDepth'];
    const flowGates = buildGatesConfig(diagnostics, [...path, 'gates'], raw['gates']);
    const promotionPrs = build_promotion_paths_list(raw['promotionPrs']).map((pr, index) => {
        const prPath = [...path, 'promotionPrs', index];
        const built = buildPromotionPr(diagnostics, prPath, build_promotion_paths_object(pr));
        const gates = mergeGates(flowGates, buildGatesConfig(diagnostics, [...prPath, 'gates'], build_promotion_paths_object(pr)['gates']));
        return gates === undefined ? built : { ...built, gates };
    });
    if (sourcePath === undefined || sourcePathRegex === undefined)
        return undefined;
    return {
        sourcePath,
        sourcePathRegex,
        componentPathExtraDepth: typeof depth === 'number' && Number.isInteger(depth) && depth >= 0 ? depth : 0,
        conditions: buildConditions(build_promotion_paths_object(raw['conditions'])),
        promotionPrs,
        ...(flowGates === undefined ? {} : { gates: mergeGates(flowGates, undefined) }),
        location: diagnostics.source.locate(path),
    };
}
/**
 * `sourcePath` compiled alone, and checked as the prefix of the component pattern the matchers build on it
 * (`^(<sourcePath>)([^/]+)/`): an expression valid alone can break it (an unclosed `\Q` quote swallows the `)`),
 * and that must be reported here, at its line, not in the middle of a promotion.
 */
function compileSourcePath(diagnostics, path, sourcePath) {
    const compiled = (0,compile_config_regex/* compileConfigRegex */.v)(diagnostics, path, sourcePath);
    if (compiled === undefined)
        return undefined;
    const pattern = `^(${sourcePath})([^/]+)/`;
    try {
        (0,compile_regex/* compileRegex */.D)(pattern);
    }
    catch (error) {
        if (!(error instanceof compile_regex/* RegexSyntaxError */.J))
            throw error;
        const reason = error.message.replace(`invalid regular expression ${JSON.stringify(pattern)}: `, '');
        diagnostics.error(path, `\`${(0,describe_key_path/* describeKeyPath */.c)(path)}\` cannot be used as a folder prefix: the component pattern \`${pattern}\` is not valid RE2: ${reason.replace(/^error parsing regexp: /, '')}${sourcePath.includes('\\Q') ? '; close a `\\Q` quote with `\\E`' : ''}`);
        return undefined;
    }
    return compiled;
}
function buildConditions(raw) {
    const labels = raw['prHasLabels'];
    return {
        // Go bot semantics: absent or null means no condition; an explicit [] never passes.
        prHasLabels: Array.isArray(labels) ? build_promotion_paths_strings(labels) : undefined,
        autoMerge: build_promotion_paths_flag(raw['autoMerge']),
    };
}
function buildPromotionPr(diagnostics, path, raw) {
    const targetPaths = [];
    build_promotion_paths_list(raw['targetPaths']).forEach((target, index) => {
        const normalized = folderPath(diagnostics, [...path, 'targetPaths', index], target, 'targetPath');
        if (normalized === undefined)
            return;
        if (targetPaths.includes(normalized)) {
            const name = (0,describe_key_path/* describeKeyPath */.c)([...path, 'targetPaths', index]);
            diagnostics.warn([...path, 'targetPaths', index], `\`${name}\` repeats ${JSON.stringify(normalized)}`);
            return;
        }
        targetPaths.push(normalized);
    });
    const description = build_promotion_paths_string(raw['targetDescription']);
    return {
        targetPaths,
        targetDescription: description === undefined || description === '' ? undefined : description,
        labels: build_promotion_paths_strings(raw['labels']),
        location: diagnostics.source.locate(path),
    };
}
function folderPath(diagnostics, path, value, kind) {
    if (typeof value !== 'string')
        return undefined;
    const name = `\`${(0,describe_key_path/* describeKeyPath */.c)(path)}\``;
    const result = (0,normalize_folder_path/* normalizeFolderPath */.n)(value, kind);
    if (!result.ok) {
        diagnostics.error(path, `${name} ${result.reason}`);
        return undefined;
    }
    if (result.addedTrailingSlash)
        diagnostics.warn(path, `${name} ${trailingSlashWarning(value, kind)}`);
    return result.path;
}
function trailingSlashWarning(text, kind) {
    const consequence = kind === 'targetPath'
        ? `the Go bot glued the component name onto it, e.g. \`${text}nginx\``
        : 'the Go bot then treated the whole folder as one component';
    return `${JSON.stringify(text)} does not end with \`/\`: using ${JSON.stringify(`${text}/`)} (${consequence})`;
}

// EXTERNAL MODULE: ./src/core/config/build-regex-list.ts
var build_regex_list = __webpack_require__(61889);
;// CONCATENATED MODULE: ./src/core/config/check-replacement-groups.ts
// Go's Regexp.Expand: `$$`, `${name}` or `$name` with name the longest run of letters, digits and `_`.
const REFERENCE = /\$(?:\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g;
/**
 * The group references of a Go replacement template that the expression does not define; Go expands
 * them to "" silently (e.g. `$1a` is the group named `1a`, not group 1 followed by `a`).
 */
function checkReplacementGroups(template, regex) {
    const missing = [];
    for (const match of template.matchAll(REFERENCE)) {
        const name = match[1] ?? match[2];
        if (name === undefined)
            continue;
        const defined = /^[0-9]+$/.test(name) ? Number(name) <= regex.groupCount : regex.groupNames.has(name);
        if (!defined && !missing.includes(match[0]))
            missing.push(match[0]);
    }
    return missing;
}

;// CONCATENATED MODULE: ./src/core/config/build-webhook-endpoints.ts




const { list: build_webhook_endpoints_list, object: build_webhook_endpoints_object, string: build_webhook_endpoints_string, strings: build_webhook_endpoints_strings } = read_config_value/* readConfigValue */.k;
/**
 * Normalizes `webhookEndpointRegexs`: each expression compiled as RE2, replacements kept in order;
 * a replacement referring to a group the expression lacks gets a warning (Go expands it to "").
 */
function buildWebhookEndpoints(diagnostics, value) {
    const endpoints = [];
    build_webhook_endpoints_list(value).forEach((item, index) => {
        const path = ['webhookEndpointRegexs', index];
        const raw = build_webhook_endpoints_object(item);
        const expression = build_webhook_endpoints_string(raw['expression']);
        if (expression === undefined || expression === '')
            return;
        const regex = (0,compile_config_regex/* compileConfigRegex */.v)(diagnostics, [...path, 'expression'], expression);
        if (regex === undefined)
            return;
        const replacements = build_webhook_endpoints_strings(raw['replacements']);
        replacements.forEach((template, position) => {
            warnAboutMissingGroups(diagnostics, [...path, 'replacements', position], template, regex);
        });
        endpoints.push({ expression, regex, replacements });
    });
    return endpoints;
}
function warnAboutMissingGroups(diagnostics, path, template, regex) {
    const missing = checkReplacementGroups(template, regex);
    if (missing.length === 0)
        return;
    const references = missing.map((reference) => `\`${reference}\``).join(', ');
    diagnostics.warn(path, `\`${(0,describe_key_path/* describeKeyPath */.c)(path)}\` refers to ${references}, which the expression does not define: Go expands it to an empty string (write \`\${1}x\`, not \`$1x\`, to put text right after a group)`);
}

// EXTERNAL MODULE: ./src/core/config/check-schema.ts + 1 modules
var check_schema = __webpack_require__(86734);
// EXTERNAL MODULE: ./src/core/config/create-diagnostics.ts
var create_diagnostics = __webpack_require__(70645);
// EXTERNAL MODULE: ./src/core/config/empty-repo-config.ts
var empty_repo_config = __webpack_require__(91211);
// EXTERNAL MODULE: ./src/core/config/read-yaml-source.ts
var read_yaml_source = __webpack_require__(92922);
;// CONCATENATED MODULE: ./src/core/config/parse-repo-config.ts













const { object: parse_repo_config_object, flag: parse_repo_config_flag, strings: parse_repo_config_strings } = read_config_value/* readConfigValue */.k;
const SUPERSEDE_MODES = ['close', 'comment', 'off'];
const PREVIEW_MODES = ['always', 'label'];
/**
 * Parses and validates the repository's `telefonistka.yaml`. Throws ConfigError listing every problem
 * (YAML syntax, schema, regex, paths) at its file:line:col; returns the normalized config with warnings
 * (deprecated keys, added trailing slashes). An empty file is a valid, empty configuration.
 */
function parseRepoConfig(text, file = 'telefonistka.yaml') {
    const source = (0,read_yaml_source/* readYamlSource */.t)(text, file);
    const diagnostics = (0,create_diagnostics/* createDiagnostics */.t)(source);
    (0,check_schema/* checkSchema */._)(diagnostics, 'repo');
    const root = parse_repo_config_object(source.value);
    const defaults = (0,empty_repo_config/* emptyRepoConfig */.w)();
    const config = {
        promotionPaths: buildPromotionPaths(diagnostics, root['promotionPaths']),
        promotionPrLabels: parse_repo_config_strings(resolveDeprecatedAlias(diagnostics, root, 'promtionPRlables').value),
        dryRunMode: parse_repo_config_flag(root['dryRunMode']),
        autoApprovePromotionPrs: parse_repo_config_flag(root['autoApprovePromotionPrs']),
        toggleCommitStatus: stringRecord(root['toggleCommitStatus']),
        webhookEndpointRegexs: buildWebhookEndpoints(diagnostics, root['webhookEndpointRegexs']),
        whProxySkipTlsVerifyUpstream: parse_repo_config_flag(root['whProxtSkipTLSVerifyUpstream']),
        argocd: buildArgoCdConfig(diagnostics, root),
        supersede: oneOf(root['supersede'], SUPERSEDE_MODES) ?? defaults.supersede,
        promotionPreview: oneOf(root['promotionPreview'], PREVIEW_MODES) ?? defaults.promotionPreview,
        driftDetectionIgnoreFiles: (0,build_regex_list/* buildRegexList */.s)(diagnostics, ['driftDetectionIgnoreFiles'], root['driftDetectionIgnoreFiles']),
        driftDetectionIgnoreLineRegex: (0,build_regex_list/* buildRegexList */.s)(diagnostics, ['driftDetectionIgnoreLineRegex'], root['driftDetectionIgnoreLineRegex']),
        diffRedact: (0,build_regex_list/* buildRegexList */.s)(diagnostics, ['diffRedact'], root['diffRedact']),
        promotionPrAuthors: parse_repo_config_strings(root['promotionPrAuthors']),
        environments: buildEnvironmentsConfig(diagnostics, root['environments']),
        deploymentConfirmation: buildDeploymentConfirmation(root['deploymentConfirmation']),
        promotionEvents: buildPromotionEvents(diagnostics, root['promotionEvents']),
        dashboard: buildDashboardConfig(diagnostics, root),
    };
    return diagnostics.finish(config);
}
function stringRecord(value) {
    const entries = Object.entries(parse_repo_config_object(value)).filter((entry) => {
        return typeof entry[1] === 'string';
    });
    return Object.fromEntries(entries);
}
function oneOf(value, allowed) {
    return allowed.find((candidate) => candidate === value);
}


/***/ }),

/***/ 41703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ readConfigValue)
/* harmony export */ });
/** The value as a mapping, or an empty one. */
const object = (value) => value !== null && typeof value === 'object' && !Array.isArray(value)
    ? value
    : {};
/** The value as a list, or an empty one. */
const list = (value) => (Array.isArray(value) ? value : []);
/** The value at `path` below `root`, or undefined when any step is missing. */
const at = (root, path) => {
    let node = root;
    for (const key of path)
        node = object(node)[key];
    return node;
};
/**
 * Defensive readers over the plain YAML value. The schema has already reported wrong types; these
 * readers only make sure the normalizing code never crashes on them, so that every problem of a file
 * (schema, regex, path) is reported in one go.
 */
const readConfigValue = {
    object,
    list,
    at,
    /** The value when it is a boolean, else `false` (the default of every flag). */
    flag: (value) => value === true,
    /** The value when it is a string, else undefined. */
    string: (value) => (typeof value === 'string' ? value : undefined),
    /** The string items of a list (non-strings were reported by the schema). */
    strings: (value) => list(value).filter((item) => typeof item === 'string'),
    /** True when the last key of `path` is written in its mapping (even with an empty value). */
    has: (root, path) => {
        const key = path[path.length - 1];
        return key !== undefined && Object.hasOwn(object(at(root, path.slice(0, -1))), key);
    },
};


/***/ }),

/***/ 92922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ readYamlSource)
/* harmony export */ });
/* unused harmony export MAX_CONFIG_BYTES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_config_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30826);
/* harmony import */ var _errors_error_message_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98307);



/** The largest configuration file read: real ones are a few KiB, and parsing 10 MB takes seconds and a GiB. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * Parses YAML text with positions; throws ConfigError listing every syntax error at its line and column, or
 * naming the file, its size and the cap when it is larger than MAX_CONFIG_BYTES (checked before parsing).
 */
function readYamlSource(text, file) {
    checkSize(text, file);
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    // merge: Go's yaml decoder honours `<<` merge keys, so configs written for the Go bot may use them.
    // resolveKnownTags off: `!!binary`, `!!set`, `!!timestamp` would yield Buffers, Sets and Dates.
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, {
        lineCounter,
        prettyErrors: false,
        merge: true,
        uniqueKeys: true,
        resolveKnownTags: false,
    });
    const toProblem = (error) => ({
        ...position(file, lineCounter, error.pos[0]),
        message: `YAML: ${error.message}`,
    });
    const errors = document.errors.map(toProblem);
    if (errors.length === 0) {
        for (const { offset, message } of structuralProblems(document)) {
            errors.push({ ...position(file, lineCounter, offset), message: `YAML: ${message}` });
        }
    }
    if (errors.length > 0)
        throw new _errors_config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x(errors);
    return {
        file,
        value: toPlainValue(document, file),
        locate: (path, at = 'value') => locateNode(document, path, at, file, lineCounter),
        warnings: document.warnings.map(toProblem),
    };
}
function checkSize(text, file) {
    const bytes = utf8Length(text);
    if (bytes <= MAX_CONFIG_BYTES)
        return;
    const mib = (bytes / (1024 * 1024)).toFixed(1);
    throw new _errors_config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x([
        {
            file,
            line: 1,
            column: 1,
            message: `the file is ${bytes} bytes (${mib} MiB), over the ${MAX_CONFIG_BYTES}-byte (1 MiB) limit for configuration files; a configuration needs a few KiB: remove what was generated or pasted into it`,
        },
    ]);
}
/** UTF-8 length without encoding (a lone surrogate counts 3, as TextEncoder writes U+FFFD). */
function utf8Length(text) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unit < 0x80)
            bytes += 1;
        else if (unit < 0x800)
            bytes += 2;
        else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
            bytes += 4;
            i++;
        }
        else
            bytes += 3;
    }
    return bytes;
}
function isLowSurrogate(unit) {
    return unit >= 0xdc00 && unit <= 0xdfff;
}
/** Problems the YAML parser accepts but plain data cannot hold: non-scalar keys, aliases to no anchor. */
function structuralProblems(document) {
    const problems = [];
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(document, {
        Pair(_, pair) {
            if (pair.key !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key)) {
                problems.push({
                    offset: startOf(pair.key) ?? 0,
                    message: 'a key must be a plain string, not a list or mapping',
                });
            }
        },
        Alias(_, alias) {
            if (alias.resolve(document) === undefined) {
                problems.push({
                    offset: startOf(alias) ?? 0,
                    message: `alias *${alias.source} has no anchor &${alias.source} before it`,
                });
            }
        },
    });
    return problems;
}
/** The document as plain data; an alias bomb (more than 100 alias expansions) is a configuration error. */
function toPlainValue(document, file) {
    try {
        return document.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        const reason = (0,_errors_error_message_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error);
        throw new _errors_config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x([{ file, line: 1, column: 1, message: `YAML: ${reason}` }]);
    }
}
function position(file, lineCounter, offset) {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
}
function locateNode(document, path, at, file, lineCounter) {
    let node = document.contents;
    let keyNode;
    for (const segment of path) {
        const resolved = resolveAlias(document, node);
        const step = childOf(resolved, segment);
        if (step === undefined)
            break;
        keyNode = step.key;
        node = step.value;
        // An empty value (`key:`) has no node of its own; the key is the best place to point at.
        if (node === null || node === undefined)
            node = keyNode;
    }
    const target = at === 'key' && keyNode !== undefined ? keyNode : (node ?? keyNode);
    return position(file, lineCounter, startOf(target) ?? 0);
}
function resolveAlias(document, node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? node.resolve(document) : node;
}
function childOf(node, segment) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        const item = node.items[Number(segment)];
        return item === undefined ? undefined : { key: item, value: item };
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return undefined;
    for (const pair of node.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair))
            continue;
        const key = pair.key;
        const name = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) ? String(key.value) : key;
        if (name === String(segment))
            return { key, value: pair.value };
    }
    return undefined;
}
function startOf(node) {
    if (node === null || typeof node !== 'object' || !('range' in node))
        return undefined;
    const range = node.range;
    return range?.[0];
}


/***/ }),

/***/ 42094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ suggestKey)
/* harmony export */ });
/**
 * The candidate closest to `name` by edit distance, ignoring case, when it is close enough to be a
 * likely typo (at most 2 edits, or a third of the name's length for long names); else undefined.
 */
function suggestKey(name, candidates) {
    const wanted = name.toLowerCase();
    const limit = Math.max(2, Math.floor(wanted.length / 3));
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(wanted, candidate.toLowerCase());
        if (distance <= limit && (best === undefined || distance < best.distance))
            best = { candidate, distance };
    }
    return best?.candidate;
}
/** Levenshtein distance with two rolling rows (keys are short, so this stays cheap). */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}


/***/ }),

/***/ 98307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
/** The message of anything thrown: an Error's `message`, else the value as text (never `[object Object]` for an Error). */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 91787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ ExternalError)
/* harmony export */ });
/** A call to GitHub, Argo CD or a webhook endpoint failed: names the service, the operation and the HTTP status. */
class ExternalError extends Error {
    service;
    operation;
    status;
    refusal;
    constructor(message, options) {
        const status = options.status === undefined ? '' : ` (HTTP ${options.status})`;
        super(`${options.service} ${options.operation} failed${status}: ${message}`, { cause: options.cause });
        this.name = 'ExternalError';
        this.service = options.service;
        this.operation = options.operation;
        this.status = options.status;
        this.refusal = options.refusal;
    }
}


/***/ }),

/***/ 16277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ compareStrings)
/* harmony export */ });
const HIGH_UNIT = /[\uD800-\uFFFF]/;
/**
 * Orders strings by Unicode code point, which is also UTF-8 byte order: the order Go's `sort.Strings`
 * and its templates' map iteration use. JavaScript's `<` compares UTF-16 units, which differs only when a
 * surrogate pair (a code point above U+FFFF) meets a unit in U+E000..U+FFFF.
 */
function compareStrings(a, b) {
    if (a === b)
        return 0;
    // Where one string has no unit at or above U+D800, UTF-16 order already is code point order.
    if (!HIGH_UNIT.test(a) || !HIGH_UNIT.test(b))
        return a < b ? -1 : 1;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y)
            return codePointRank(x) - codePointRank(y);
    }
    return a.length - b.length;
}
function codePointRank(unit) {
    if (unit >= 0xd800 && unit <= 0xdfff)
        return unit + 0x2000;
    if (unit >= 0xe000)
        return unit - 0x800;
    return unit;
}


/***/ }),

/***/ 95988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ compileRegex),
/* harmony export */   J: () => (/* binding */ RegexSyntaxError)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);

/** The expression is not valid RE2; `message` explains why in RE2's words. */
class RegexSyntaxError extends Error {
    constructor(pattern, reason) {
        super(`invalid regular expression ${JSON.stringify(pattern)}: ${reason}`);
        this.name = 'RegexSyntaxError';
    }
}
/** Compiles an RE2 (Go) regular expression; throws RegexSyntaxError when it is not valid RE2. */
function compileRegex(pattern) {
    let compiled;
    try {
        compiled = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(pattern);
    }
    catch (error) {
        const reason = error instanceof re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JSException */ .o_ ? error.message : String(error);
        throw new RegexSyntaxError(pattern, reason);
    }
    const groupCount = compiled.groupCount();
    return {
        source: pattern,
        groupCount,
        groupNames: new Map(Object.entries(compiled.namedGroups())),
        test: (input) => compiled.matcher(input).find(),
        matches: (input) => findAll(compiled, input, groupCount),
    };
}
function findAll(compiled, input, groupCount) {
    const matcher = compiled.matcher(input);
    const found = [];
    let searchFrom = 0;
    let previousEnd = -1;
    // Go's rule: an empty match right after the previous match is not reported.
    while (searchFrom <= input.length && matcher.find(searchFrom)) {
        const start = matcher.start();
        const end = matcher.end();
        if (!(start === end && start === previousEnd)) {
            const groups = [];
            for (let i = 0; i <= groupCount; i++)
                groups.push(matcher.group(i) ?? undefined);
            found.push({ start, end, groups });
        }
        previousEnd = end;
        searchFrom = end > start ? end : end + 1;
    }
    return found;
}


/***/ })

};
