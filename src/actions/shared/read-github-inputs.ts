import { InputError } from '../../core/errors/input-error.js';
import type { InputReader } from '../../runtime/inputs.js';

/** The inputs every action that reads its own repository shares. */
export interface GitHubInputs {
  /** Token of the GitHub API calls; masked. */
  githubToken: string;
  /** Directory of a checkout of the repository; undefined means the workspace. */
  checkoutPath: string | undefined;
}

/** `github-token` (required, masked) and `checkout-path`. */
export function readGitHubInputs(inputs: InputReader): GitHubInputs {
  const githubToken = inputs.secret('github-token');
  if (githubToken === undefined) {
    throw new InputError('github-token', 'is empty; pass ${{ github.token }} or an App token');
  }
  return { githubToken, checkoutPath: inputs.string('checkout-path') };
}
