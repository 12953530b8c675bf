import { codeFence } from '../comments/markdown-code.js';
import type { CommentSection } from '../comments/types.js';
import type { AppDiffResult } from './app-diff-result.js';

const argoSmallLogo = '<img src="https://argo-cd.readthedocs.io/en/stable/assets/favicon.png" width="20"/>';

const alert = (kind: 'NOTE' | 'WARNING' | 'CAUTION', text: string) => `> [!${kind}]  \n> ${text}`;

/** Options of {@link renderAppDiffMarkdown}. */
export interface AppDiffMarkdownOptions {
  /** List changed objects without their diff (the Go bot's concise view for comments over the size limit). */
  concise?: boolean;
}

/**
 * The markdown of one component in the Argo CD diff comment, byte for byte as the Go bot builds it (items joined
 * by line breaks): the app link and path, warnings (health not Healthy, sync not Synced, no auto-sync; a note
 * for temporary apps), then a `diff` block in `<details>` with one entry per changed object, or "No diff 🤷".
 * A failed component shows "Error getting diff from ArgoCD" and the error. Fences grow when content holds
 * backticks, and the app line is left out when no app was found (the Go bot printed an empty link).
 */
export function renderAppDiffMarkdown(result: AppDiffResult, options: AppDiffMarkdownOptions = {}): string {
  return (
    result.error === undefined ? successItems(result, options.concise === true) : errorItems(result)
  ).join('\n');
}

function appLink(result: AppDiffResult): string {
  return `**[${result.appName ?? ''}](${result.appUrl ?? ''})**`;
}

function errorItems(result: AppDiffResult): string[] {
  const items = [alert('CAUTION', `**Error getting diff from ArgoCD** (\`${result.componentPath}\`) `)];
  if (result.appName !== undefined) {
    items.push(`Please check the App Conditions of ${argoSmallLogo} ${appLink(result)} for more details.`);
  }
  if (result.temporaryApp) {
    items.push(
      alert(
        'WARNING',
        'For investigation we kept the temporary application, please make sure to clean it up later!',
      ),
    );
  }
  items.push(codeFence(result.error ?? ''));
  return items;
}

function successItems(result: AppDiffResult, concise: boolean): string[] {
  const items = [`${argoSmallLogo} ${appLink(result)} @ \`${result.componentPath}\``];
  if (result.temporaryApp) {
    items.push(
      alert(
        'NOTE',
        'Telefonistka has temporarily created an ArgoCD app object to render manifest previews.  \n> Please be aware:  \n> * The app will only appear in the ArgoCD UI for a few seconds.',
      ),
    );
  } else {
    if (result.healthStatus !== 'Healthy') {
      items.push(alert('CAUTION', `The ArgoCD app health status is currently ${result.healthStatus}`));
    }
    if (result.syncStatus !== 'Synced') {
      items.push(alert('WARNING', `The ArgoCD app sync status is currently ${result.syncStatus}`));
    }
    if (!result.autoSyncEnabled) {
      items.push(
        alert(
          'NOTE',
          "This ArgoCD app is doesn't have `auto-sync` enabled, merging this PR will **not** apply changes to cluster without additional actions.",
        ),
      );
    }
  }
  const elements = result.diff?.elements ?? [];
  if (elements.length > 0) {
    const entries = elements
      .filter((element) => element.text !== '')
      .map((element) => {
        const id = `${element.key.namespace}/${element.key.kind}/${element.key.name}`;
        return concise ? id : `${id}:\n${element.text}`;
      });
    const fence = diffFence(entries.join('\n'));
    items.push(`\n<details><summary>ArgoCD Diff(Click to expand):</summary>\n\n${fence}diff\n`, ...entries);
    items.push(`\n\n${fence}\n\n</details>\n`);
  } else if (result.syncedFromPrBranch) {
    items.push(
      alert(
        'NOTE',
        'The app already has this branch set as the source target revision, and autosync is enabled. Diff calculation was skipped.',
      ),
    );
  } else {
    items.push('No diff 🤷');
  }
  return items;
}

/** Three backticks, or more when a line of the content could close a three-backtick fence. */
function diffFence(content: string): string {
  const longest = Math.max(0, ...[...content.matchAll(/^ {0,3}(`{3,})/gm)].map((m) => m[1]?.length ?? 0));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** The comment section of one component for the shared comment splitter: full and concise markdown. */
export function argoCdDiffSection(result: AppDiffResult): CommentSection {
  return {
    title:
      result.appName === undefined ? result.componentPath : `${result.appName} @ ${result.componentPath}`,
    full: renderAppDiffMarkdown(result),
    concise: renderAppDiffMarkdown(result, { concise: true }),
  };
}
