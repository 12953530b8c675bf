import { codeSpan } from '../comments/markdown-code.js';
import type { Hold } from './hold.js';
import type { HoldChangeKind } from './hold-branch-name.js';
import { HOLDS_FILE } from './parse-holds-file.js';

/** The label of every hold and release PR. */
export const HOLD_LABEL = 'telefonistka-hold';

/** What a hold or release PR says: who asked, when, and why. */
export interface HoldPullRequestText {
  title: string;
  body: string;
  /** The merge commit's title. */
  commitTitle: string;
}

/** Title and body of the PR that adds (`hold`) or removes (`release`) a folder's entry in the holds file. */
export function renderHoldPullRequest(
  kind: HoldChangeKind,
  hold: Hold,
  options: { source: string },
): HoldPullRequestText {
  const folder = codeSpan(hold.folder);
  const file = codeSpan(HOLDS_FILE);
  if (kind === 'hold') {
    return {
      title: `Hold ${hold.folder}`,
      commitTitle: `Hold ${hold.folder}`,
      body: [
        `Holds ${folder}: promote and the gate sweep skip this folder until the hold is released.`,
        '',
        `- asked by ${asker(hold.by)} ${options.source} at ${hold.since}`,
        `- reason: ${codeSpan(hold.reason.replace(/\s+/g, ' ').trim())}`,
        '',
        `The hold is the folder's entry in ${file} on the default branch; removing it (release) undoes it.`,
      ].join('\n'),
    };
  }
  return {
    title: `Release the hold on ${hold.folder}`,
    commitTitle: `Release the hold on ${hold.folder}`,
    body: [
      `Releases ${folder}: promote and the gate sweep act on this folder again.`,
      '',
      `- asked by ${asker(hold.by)} ${options.source} at ${hold.since}`,
      `- it removes the folder's entry from ${file}`,
    ].join('\n'),
  };
}

/** The asker as a mention when it is a plain GitHub login (the one who ticked the box), else as inline code. */
function asker(login: string): string {
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(login) ? `@${login}` : codeSpan(login);
}
