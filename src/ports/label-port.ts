import type { RepositoryScope } from './repository-scope.js';

/** Labels and assignees of issues and pull requests. Every method is one call. */
export interface LabelPort extends RepositoryScope {
  /** Sets labels and assignees of an issue/PR in one call; returns the assignees GitHub kept. */
  setLabelsAndAssignees(
    number: number,
    options: { labels: string[]; assignees: string[] },
  ): Promise<string[]>;
  addLabels(number: number, labels: string[]): Promise<void>;
  /** Removes a label; a label the issue does not have is no error. */
  removeLabel(number: number, label: string): Promise<void>;
  /** Names of the repository's labels (first 100). */
  listLabels(): Promise<string[]>;
}
