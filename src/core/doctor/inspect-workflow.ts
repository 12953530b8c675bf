import { parseDocument } from 'yaml';
import { checkDispatchInputs } from '../workflow/check-dispatch-inputs.js';
import type { DoctorCheck } from './doctor-check.js';

/** Token scopes the flows need (`actions: write` for the chain's dispatch, `statuses` for the commit status). */
const NEEDED_PERMISSIONS = ['contents', 'pull-requests', 'issues', 'statuses', 'actions'] as const;

/** What the configuration asks of the workflow beside the flows every repository runs. */
export interface WorkflowNeeds {
  /** `environments` or `gates` in telefonistka.yaml: GitHub Deployments need `deployments: write`. */
  deployments?: boolean;
}

type Json = Record<string, unknown>;

/** Checks a Telefonistka workflow file: events, dispatch inputs, `permissions:`, concurrency, checkout depth. */
export function inspectWorkflow(
  text: string | undefined,
  file: string,
  needs: WorkflowNeeds = {},
): DoctorCheck[] {
  if (text === undefined) {
    return [
      {
        name: 'workflow file',
        status: 'fail',
        detail: `${file} was not found`,
        fix: `Add ${file} (see examples/iac-repo/.github/workflows/telefonistka.yaml), or pass its path.`,
      },
    ];
  }
  const document = parseDocument(text, { uniqueKeys: false });
  const root = document.errors.length === 0 ? (document.toJS({ maxAliasCount: 100 }) as unknown) : undefined;
  if (root === null || typeof root !== 'object') {
    return [
      { name: 'workflow file', status: 'fail', detail: `${file} is not valid YAML`, fix: `Fix ${file}.` },
    ];
  }
  const workflow = root as Json;
  return [
    eventsCheck(workflow, file),
    dispatchCheck(text, file),
    permissionsCheck(workflow, file, needs),
    concurrencyCheck(workflow, file),
    checkoutCheck(workflow, file),
  ];
}

function triggers(workflow: Json): Json {
  const on = workflow.on;
  if (typeof on === 'string') return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(on.map((name) => [String(name), null]));
  return on !== null && typeof on === 'object' ? (on as Json) : {};
}

function eventsCheck(workflow: Json, file: string): DoctorCheck {
  const on = triggers(workflow);
  const pull = on.pull_request as { types?: unknown } | null | undefined;
  const types = Array.isArray(pull?.types) ? pull.types.map(String) : undefined;
  const missing: string[] = [];
  if (!('pull_request' in on)) missing.push('pull_request');
  else if (types !== undefined && !types.includes('closed')) missing.push('pull_request type closed');
  if (missing.length === 0) {
    return {
      name: 'workflow events',
      status: 'pass',
      detail: `${file} runs on ${Object.keys(on).join(', ')}`,
    };
  }
  return {
    name: 'workflow events',
    status: 'fail',
    detail: `${file} lacks ${missing.join(', ')}: merged PRs are never promoted`,
    fix: `In ${file}:\n  on:\n    pull_request:\n      types: [opened, synchronize, reopened, labeled, closed]`,
  };
}

function dispatchCheck(text: string, file: string): DoctorCheck {
  const problem = checkDispatchInputs(text, ['merged-pr'], { file });
  if (problem === undefined) {
    return {
      name: 'workflow_dispatch inputs',
      status: 'pass',
      detail: 'declares merged-pr: the next hop can be dispatched after a GITHUB_TOKEN merge',
    };
  }
  return {
    name: 'workflow_dispatch inputs',
    status: 'fail',
    detail: problem.split('. Add')[0] ?? problem,
    fix: problem,
  };
}

function permissionsCheck(workflow: Json, file: string, needs: WorkflowNeeds): DoctorCheck {
  const needed: readonly string[] =
    needs.deployments === true ? [...NEEDED_PERMISSIONS, 'deployments'] : NEEDED_PERMISSIONS;
  const block = workflow.permissions;
  const granted =
    block === 'write-all'
      ? Object.fromEntries(needed.map((p) => [p, 'write']))
      : block !== null && typeof block === 'object'
        ? (block as Json)
        : undefined;
  const yaml = `permissions:\n${needed.map((p) => `  ${p}: write`).join('\n')}`;
  if (granted === undefined) {
    return {
      name: 'permissions',
      status: 'warn',
      detail: `${file} declares no permissions: block, so the token gets the repository default (often read-only)`,
      fix: `Add to ${file}:\n${yaml}`,
    };
  }
  const missing = needed.filter((p) => granted[p] !== 'write');
  if (missing.length === 0)
    return { name: 'permissions', status: 'pass', detail: `${needed.join(', ')}: write` };
  const why = missing.includes('deployments')
    ? ' (deployments: telefonistka.yaml maps environments or gates, recorded as GitHub Deployments)'
    : '';
  return {
    name: 'permissions',
    status: 'fail',
    detail: `${file} does not grant write on ${missing.join(', ')}${why}`,
    fix: `Set in ${file}:\n${yaml}`,
  };
}

function concurrencyCheck(workflow: Json, file: string): DoctorCheck {
  const concurrency = workflow.concurrency;
  const group =
    typeof concurrency === 'string' ? concurrency : (concurrency as { group?: unknown } | null)?.group;
  if (typeof group === 'string' && group !== '') {
    return { name: 'concurrency', status: 'pass', detail: `group ${group}` };
  }
  return {
    name: 'concurrency',
    status: 'warn',
    detail: `${file} has no concurrency group: two promotions of one repository can run at once`,
    fix:
      `Add to ${file}:\n  concurrency:\n    group: telefonistka-\${{ github.event_name == 'pull_request' && ` +
      `github.event.action == 'closed' && 'promote' || github.run_id }}\n    cancel-in-progress: false`,
  };
}

function checkoutCheck(workflow: Json, file: string): DoctorCheck {
  const steps = Object.values((workflow.jobs ?? {}) as Record<string, { steps?: unknown }>).flatMap((job) =>
    Array.isArray(job?.steps) ? (job.steps as { uses?: unknown; with?: Json }[]) : [],
  );
  const checkout = steps.find(
    (step) => typeof step?.uses === 'string' && step.uses.startsWith('actions/checkout@'),
  );
  const fix =
    `In ${file}:\n  - uses: actions/checkout@v4\n    with:\n      ref: \${{ github.event.repository.default_branch }}\n` +
    '      fetch-depth: 0\n      filter: blob:none';
  if (checkout === undefined) {
    return {
      name: 'checkout',
      status: 'warn',
      detail: 'no actions/checkout step: every read goes through the API (more calls, GitHub file caps)',
      fix,
    };
  }
  const rawDepth = checkout.with?.['fetch-depth'];
  const depth = typeof rawDepth === 'number' || typeof rawDepth === 'string' ? String(rawDepth) : '1';
  const filter = checkout.with?.filter;
  if (depth !== '0') {
    return {
      name: 'checkout',
      status: 'warn',
      detail: `actions/checkout with fetch-depth ${depth}: history is fetched on demand`,
      fix,
    };
  }
  if (filter !== 'blob:none') {
    return {
      name: 'checkout',
      status: 'warn',
      detail: 'fetch-depth 0 without filter: blob:none (large repositories clone every blob of every commit)',
      fix,
    };
  }
  return { name: 'checkout', status: 'pass', detail: 'fetch-depth 0, filter blob:none' };
}
