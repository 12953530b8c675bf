// Repository settings the emulator serves and enforces, and the two presets every e2e suite can run
// under. Sources for each setting and refusal are listed in README.md ("Repository settings").

/** The settings of one repository (REST names in camelCase). */
export interface RepoSettings {
  readonly allowMergeCommit: boolean;
  readonly allowSquashMerge: boolean;
  readonly allowRebaseMerge: boolean;
  readonly allowAutoMerge: boolean;
  readonly deleteBranchOnMerge: boolean;
  readonly allowUpdateBranch: boolean;
  /** `GET …/actions/permissions/workflow`: the `GITHUB_TOKEN` default when a workflow declares none. */
  readonly defaultWorkflowPermissions: 'read' | 'write';
  /** "Allow GitHub Actions to create and approve pull requests". */
  readonly canApprovePullRequestReviews: boolean;
}

/** One classic branch protection rule (the parts the emulator enforces). */
export interface BranchProtection {
  /** Status contexts that must be `success` on the head; `null` = no required status checks. */
  readonly requiredStatusChecks: readonly string[] | null;
  /** Approving reviews by users with write access; `null` = pull request reviews not required. */
  readonly requiredApprovingReviewCount: number | null;
  readonly enforceAdmins: boolean;
}

/** The presets of `startGitHubEmulator({ preset })`. */
export type EmulatorPreset = 'new-repository' | 'permissive';

/** What a preset sets on every repository it creates. */
export interface PresetDefinition {
  readonly settings: RepoSettings;
  /** A protection rule put on the default branch at creation, or none. */
  readonly defaultBranchProtection: BranchProtection | null;
}

/**
 * `new-repository`: GitHub's defaults for a new repository in an organisation where Actions may not
 * create or approve pull requests. `permissive`: what the emulator granted before settings existed —
 * every method and auto-merge allowed, Actions may open and approve PRs, and the default branch has
 * a protection rule without requirements (so auto-merge is refused with "clean status", not with
 * "Protected branch rules not configured").
 */
export const presets: Readonly<Record<EmulatorPreset, PresetDefinition>> = {
  'new-repository': {
    settings: {
      allowMergeCommit: true,
      allowSquashMerge: true,
      allowRebaseMerge: true,
      allowAutoMerge: false,
      deleteBranchOnMerge: false,
      allowUpdateBranch: false,
      defaultWorkflowPermissions: 'read',
      canApprovePullRequestReviews: false,
    },
    defaultBranchProtection: null,
  },
  permissive: {
    settings: {
      allowMergeCommit: true,
      allowSquashMerge: true,
      allowRebaseMerge: true,
      allowAutoMerge: true,
      deleteBranchOnMerge: false,
      allowUpdateBranch: false,
      defaultWorkflowPermissions: 'write',
      canApprovePullRequestReviews: true,
    },
    defaultBranchProtection: {
      requiredStatusChecks: null,
      requiredApprovingReviewCount: null,
      enforceAdmins: false,
    },
  },
};

/** The environment variable that selects the preset of every emulator a suite starts. */
export const PRESET_ENV = 'TELEFONISTKA_EMULATOR_PRESET';

/** The preset to use: the option, else `$TELEFONISTKA_EMULATOR_PRESET`, else `permissive`. */
export function resolvePreset(option: EmulatorPreset | undefined, env = process.env): EmulatorPreset {
  const chosen = option ?? env[PRESET_ENV] ?? 'permissive';
  if (chosen !== 'new-repository' && chosen !== 'permissive') {
    throw new Error(`${PRESET_ENV}=${chosen} is not a preset; use new-repository or permissive`);
  }
  return chosen;
}

/** The REST field names of the merge settings, as `GET /repos/{owner}/{repo}` spells them. */
export const mergeSettingFields = {
  allow_merge_commit: 'allowMergeCommit',
  allow_squash_merge: 'allowSquashMerge',
  allow_rebase_merge: 'allowRebaseMerge',
  allow_auto_merge: 'allowAutoMerge',
  delete_branch_on_merge: 'deleteBranchOnMerge',
  allow_update_branch: 'allowUpdateBranch',
} as const satisfies Record<string, keyof RepoSettings>;

/** The merge settings in REST form. */
export function mergeSettingsJson(settings: RepoSettings): Record<keyof typeof mergeSettingFields, boolean> {
  return Object.fromEntries(
    Object.entries(mergeSettingFields).map(([field, key]) => [field, settings[key]]),
  ) as Record<keyof typeof mergeSettingFields, boolean>;
}

/** GitHub's 405 message when `method` is disabled in the repository settings, or undefined. */
export function disallowedMergeMessage(
  settings: RepoSettings,
  method: 'merge' | 'squash' | 'rebase',
): string | undefined {
  if (method === 'merge' && !settings.allowMergeCommit)
    return 'Merge commits are not allowed on this repository.';
  if (method === 'squash' && !settings.allowSquashMerge)
    return 'Squash merges are not allowed on this repository.';
  if (method === 'rebase' && !settings.allowRebaseMerge)
    return 'Rebase merges are not allowed on this repository.';
  return undefined;
}

/** GitHub's 403 when the workflow token opens or approves a pull request and the setting is off. */
export const ACTIONS_MAY_NOT_CREATE_PULLS =
  'GitHub Actions is not permitted to create or approve pull requests.';
