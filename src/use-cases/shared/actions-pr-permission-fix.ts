/**
 * What to do when GitHub refuses a pull request because the workflow token may not create or approve them
 * (refusal `actions-cannot-create-pr`): the setting, where it is, and the alternative.
 */
export function actionsPrPermissionFix(repository: string): string {
  return (
    `GitHub Actions may not create or approve pull requests in ${repository}. ` +
    'Turn on "Allow GitHub Actions to create and approve pull requests" in the repository\'s ' +
    'Settings → Actions → General → Workflow permissions (in an organisation, allow it first in the ' +
    "organisation's Settings → Actions → General), or pass a GitHub App token as github-token " +
    '(actions/create-github-app-token), whose pull requests also start workflows.'
  );
}
