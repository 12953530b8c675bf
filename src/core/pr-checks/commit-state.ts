/** Commit status states GitHub accepts. */
export type CommitState = 'pending' | 'success' | 'failure' | 'error';
