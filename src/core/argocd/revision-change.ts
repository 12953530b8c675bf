/** What happened to one component's app. */
export interface RevisionChange {
  componentPath: string;
  appName: string | undefined;
  /** The target revision before. */
  from: string | undefined;
  to: string;
  action: 'set' | 'unchanged' | 'skipped' | 'no-app' | 'failed';
  /** Why it was skipped or failed. */
  reason: string | undefined;
}
