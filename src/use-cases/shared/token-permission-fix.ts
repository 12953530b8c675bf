/** GitHub's page on the `permissions:` block and the workflow token's default permissions. */
export const TOKEN_PERMISSIONS_DOC =
  'https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token';

/** Where the refused token was used, and what the flow needs of it. */
export interface TokenPermissionFixOptions {
  /** `owner/repo` the token was refused in (needed with `otherRepository`). */
  repository?: string;
  /** GitHub's answer, quoted so the user can search for it. */
  message: string;
  /** The `permissions:` lines the flow needs, e.g. `contents: write`. */
  permissions: readonly string[];
  /** The repository is not the workflow's own: GITHUB_TOKEN can never write there, whatever its permissions. */
  otherRepository?: boolean;
  /** What the token was refused, when narrower than writing to the repository, e.g. `create deployments`. */
  refused?: string;
}

/**
 * What recording GitHub Deployments and the gates need of a job token beside promote's own: `deployments: write`
 * creates deployments and their statuses (and reads them in a private repository), `statuses: write` the
 * `telefonistka/gates` status, `actions: write` the next hop's dispatch.
 * https://docs.github.com/en/rest/deployments/deployments
 */
export const GATES_PERMISSIONS = [
  'contents: write',
  'pull-requests: write',
  'issues: write',
  'statuses: write',
  'actions: write',
  'deployments: write',
] as const;

/**
 * What to do when GitHub answers 403 "Resource not accessible by integration" (refusal `token-permission-missing`):
 * the token lacks a permission. Names the `permissions:` block to add (a repository's default may be read-only, and
 * a run for a pull request from a fork always gets a read-only token), the App-token alternative, and the docs.
 */
export function tokenPermissionFix(options: TokenPermissionFixOptions): string {
  const block = ['permissions:', ...options.permissions.map((line) => `  ${line}`)].join('\n');
  const what = options.refused ?? `write to ${options.repository ?? 'this repository'}`;
  const refused = `The token in github-token may not ${what} (GitHub: "${options.message}").`;
  if (options.otherRepository === true) {
    return (
      `${refused} The workflow's GITHUB_TOKEN can write only to the repository of its workflow: pass a GitHub App ` +
      `token (actions/create-github-app-token with owner and repositories set to ${options.repository ?? ''}) or a ` +
      `fine-grained token with Contents, Pull requests and Issues read & write on ${options.repository ?? ''}. ` +
      `See ${TOKEN_PERMISSIONS_DOC}.`
    );
  }
  return (
    `${refused} Give the job these permissions in the workflow:\n\n${block}\n\n` +
    "(without a permissions: block the job gets the repository's default, which Settings → Actions → General → " +
    'Workflow permissions may set to read-only; a run for a pull request from a fork always gets a read-only ' +
    'token), or pass a GitHub App token with the same permissions as github-token ' +
    `(actions/create-github-app-token). See ${TOKEN_PERMISSIONS_DOC}.`
  );
}
