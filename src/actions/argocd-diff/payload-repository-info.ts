/** The repository's default branch and web address from the event payload; undefined when it lacks them. */
export function payloadRepositoryInfo(
  payload: Record<string, unknown>,
): { defaultBranch: string; htmlUrl: string } | undefined {
  const repository = payload.repository as { default_branch?: unknown; html_url?: unknown } | undefined;
  const defaultBranch = repository?.default_branch;
  const htmlUrl = repository?.html_url;
  if (typeof defaultBranch !== 'string' || typeof htmlUrl !== 'string') return undefined;
  return { defaultBranch, htmlUrl };
}
