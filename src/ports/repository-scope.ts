/** The repository a GitHub role port is bound to; every role port extends it. */
export interface RepositoryScope {
  readonly owner: string;
  readonly repo: string;
}
