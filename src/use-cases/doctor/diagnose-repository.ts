import { parseRepoConfig } from '../../core/config/parse-repo-config.js';
import type { DoctorCheck } from '../../core/doctor/doctor-check.js';
import { inspectWorkflow } from '../../core/doctor/inspect-workflow.js';
import { ConfigError, formatConfigProblem } from '../../core/errors/config-error.js';
import { chooseMergeMethod } from '../../core/merge/choose-merge-method.js';
import type { IdentityPort } from '../../ports/identity-port.js';
import type { LabelPort } from '../../ports/label-port.js';
import type {
  BranchProtectionInfo,
  RepositoryInfo,
  RepositoryPort,
  WorkflowTokenPermissions,
} from '../../ports/repository-port.js';
import { wantsDeployments } from '../gates/record-merge-deployments.js';
import { actionsPrPermissionFix } from '../shared/actions-pr-permission-fix.js';

/** What doctor inspects besides the API: files read from a checkout (undefined when missing). */
export interface DoctorInput {
  workflowFile: string;
  workflowText: string | undefined;
  configText: string | undefined;
}

/** The workflow token's login: its PRs are the ones the repository setting refuses. */
const ACTIONS_LOGIN = 'github-actions[bot]';
const SETTINGS_PRS = 'Settings → General → Pull Requests';
const LABELS = ['promotion', 'noop', 'show-plan'];

/**
 * Checks everything a first promotion depends on, in at most six API calls (repository, identity, Actions
 * workflow permissions, default-branch protection and rulesets, labels) plus the workflow file and telefonistka.yaml from
 * the checkout; each finding is ✓/⚠/✗ with the exact fix.
 */
export async function diagnoseRepository(
  github: RepositoryPort & IdentityPort & LabelPort,
  input: DoctorInput,
): Promise<DoctorCheck[]> {
  const repository = await github.getRepository();
  const login = await github.getViewerLogin();
  const workflowPermissions = await github.getWorkflowTokenPermissions();
  const protection = await github.getBranchProtection(repository.defaultBranch);
  const rules = await github.getBranchRules(repository.defaultBranch);
  const labels = await github.listLabels();
  const name = `${github.owner}/${github.repo}`;
  return [
    tokenCheck(login, repository),
    actionsPrCheck(login, workflowPermissions, name),
    mergeMethodCheck(repository),
    autoMergeCheck(repository),
    protectionCheck(repository.defaultBranch, combineRequirements(protection, rules)),
    ...inspectWorkflow(input.workflowText, input.workflowFile, {
      deployments: recordsDeployments(input.configText),
    }),
    labelsCheck(labels),
    configCheck(input.configText),
  ];
}

function tokenCheck(login: string, repository: RepositoryInfo): DoctorCheck {
  const writes = ['admin', 'maintain', 'write'].includes(repository.permission);
  return {
    name: 'token',
    status: writes ? 'pass' : 'fail',
    detail: `acts as ${login} with ${repository.permission} access`,
    ...(writes
      ? {}
      : {
          fix: "Give the token contents: write and pull-requests: write (the workflow's permissions: block, or the GitHub App's repository permissions).",
        }),
  };
}

function actionsPrCheck(
  login: string,
  permissions: WorkflowTokenPermissions | 'forbidden',
  repository: string,
): DoctorCheck {
  const name = 'Actions may create pull requests';
  const workflowToken = login === ACTIONS_LOGIN;
  if (permissions === 'forbidden') {
    if (!workflowToken) {
      return { name, status: 'pass', detail: `not needed: ${login} is not the workflow token` };
    }
    return {
      name,
      status: 'unknown',
      detail: 'the workflow token may not read this setting (reading it needs an admin token)',
      fix: `Check it by hand: ${actionsPrPermissionFix(repository)}`,
    };
  }
  if (permissions.canApprovePullRequestReviews) {
    return {
      name,
      status: 'pass',
      detail: '"Allow GitHub Actions to create and approve pull requests" is on',
    };
  }
  return {
    name,
    status: workflowToken ? 'fail' : 'warn',
    detail: `"Allow GitHub Actions to create and approve pull requests" is off${workflowToken ? '' : ` (fine for ${login}, not for github.token)`}`,
    fix: actionsPrPermissionFix(repository),
  };
}

function mergeMethodCheck(repository: RepositoryInfo): DoctorCheck {
  const allowed = repository.settings.mergeMethods;
  const chosen = chooseMergeMethod('auto', allowed);
  if ('refused' in chosen) {
    return {
      name: 'merge methods',
      status: 'fail',
      detail: 'no merge method is allowed',
      fix: chosen.refused,
    };
  }
  return {
    name: 'merge methods',
    status: 'pass',
    detail: `allowed: ${allowed.join(', ')}; merge-method: auto uses ${chosen.method}`,
  };
}

function autoMergeCheck(repository: RepositoryInfo): DoctorCheck {
  if (repository.settings.allowAutoMerge) {
    return {
      name: 'auto-merge',
      status: 'pass',
      detail: '"Allow auto-merge" is on (auto-merge-mode: native works)',
    };
  }
  return {
    name: 'auto-merge',
    status: 'warn',
    detail: '"Allow auto-merge" is off: auto-merge-mode: native leaves promotion PRs open (direct works)',
    fix: `Turn on "Allow auto-merge" in ${SETTINGS_PRS}, or keep auto-merge-mode: direct.`,
  };
}

type Protection = BranchProtectionInfo | 'unprotected' | 'forbidden';

/** Classic protection and rulesets together: the stricter requirement of each kind counts. */
function combineRequirements(protection: Protection, rules: BranchProtectionInfo): Protection {
  const rulesetRequire = rules.requiredApprovingReviews > 0 || rules.requiredStatusChecks.length > 0;
  if (!rulesetRequire) return protection;
  const classic =
    typeof protection === 'string' ? { requiredApprovingReviews: 0, requiredStatusChecks: [] } : protection;
  return {
    requiredApprovingReviews: Math.max(classic.requiredApprovingReviews, rules.requiredApprovingReviews),
    requiredStatusChecks: [
      ...new Set([...classic.requiredStatusChecks, ...rules.requiredStatusChecks]),
    ].sort(),
  };
}

function protectionCheck(branch: string, protection: Protection): DoctorCheck {
  const name = `protection of ${branch}`;
  if (protection === 'forbidden') {
    return {
      name,
      status: 'unknown',
      detail: 'no ruleset requires anything; this token may not read classic branch protection (needs admin)',
      fix: `Check Settings → Branches: required reviews keep auto-merged PRs open; required checks need auto-merge-mode: native.`,
    };
  }
  if (protection === 'unprotected') {
    return { name, status: 'pass', detail: 'no protection rule or ruleset: direct merges work' };
  }
  if (protection.requiredApprovingReviews > 0) {
    return {
      name,
      status: 'warn',
      detail: `requires ${protection.requiredApprovingReviews} approving review(s): auto-merged promotion PRs stay open until approved`,
      fix: 'Set autoApprovePromotionPrs: true with an approver-token of a second identity, or approve promotion PRs by hand.',
    };
  }
  if (protection.requiredStatusChecks.length > 0) {
    return {
      name,
      status: 'warn',
      detail: `requires status checks ${protection.requiredStatusChecks.join(', ')}`,
      fix: 'Use auto-merge-mode: native so GitHub merges promotion PRs when the checks pass.',
    };
  }
  return { name, status: 'pass', detail: 'protected, requiring no review or check' };
}

function labelsCheck(labels: readonly string[]): DoctorCheck {
  const missing = LABELS.filter((label) => !labels.includes(label));
  if (missing.length === 0) return { name: 'labels', status: 'pass', detail: LABELS.join(', ') };
  return {
    name: 'labels',
    status: 'warn',
    detail: `missing ${missing.join(', ')} (GitHub creates them on first use, uncoloured)`,
    fix: missing.map((label) => `gh label create ${label}`).join('\n'),
  };
}

/** Whether telefonistka.yaml asks for GitHub Deployments (an unreadable file is reported by configCheck). */
function recordsDeployments(text: string | undefined): boolean {
  if (text === undefined) return false;
  try {
    return wantsDeployments(parseRepoConfig(text, 'telefonistka.yaml').config);
  } catch {
    return false;
  }
}

function configCheck(text: string | undefined): DoctorCheck {
  if (text === undefined) {
    return {
      name: 'telefonistka.yaml',
      status: 'fail',
      detail: 'not found at the repository root: nothing is promoted',
      fix: 'Add telefonistka.yaml (see docs/ and examples/iac-repo/telefonistka.yaml).',
    };
  }
  try {
    const loaded = parseRepoConfig(text, 'telefonistka.yaml');
    const flows = loaded.config.promotionPaths.length;
    const warnings = loaded.warnings.length === 0 ? '' : `; ${loaded.warnings.join('; ')}`;
    return {
      name: 'telefonistka.yaml',
      status: loaded.warnings.length === 0 ? 'pass' : 'warn',
      detail: `valid, ${flows} promotion flow(s)${warnings}`,
    };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const problems = error.problems.map(formatConfigProblem);
    return { name: 'telefonistka.yaml', status: 'fail', detail: 'invalid', fix: problems.join('\n') };
  }
}
