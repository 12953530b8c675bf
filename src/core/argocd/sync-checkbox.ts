import { syncCheckboxId } from './render-argocd-diff-comment.js';

/** The state of the "sync from branch" checkbox in a comment body, or undefined when it has none. */
export type SyncCheckboxState = 'checked' | 'unchecked';

const checkboxLine = new RegExp(`^\\s*-\\s*\\[(.)\\]\\s*<!-- ${syncCheckboxId} -->.*$`, 'm');

/** The checkbox line the Go bot renders: ticking it points the PR's apps at `branch`. */
export function syncCheckboxLine(branch: string): string {
  return `- [ ] <!-- ${syncCheckboxId} --> Set ArgoCD apps Target Revision to \`${branch}\``;
}

/** Reads the checkbox as the Go bot does: only a lowercase `x` counts as ticked. */
export function readSyncCheckbox(body: string): SyncCheckboxState | undefined {
  const found = checkboxLine.exec(body);
  if (found === null) return undefined;
  return found[1] === 'x' ? 'checked' : 'unchecked';
}
