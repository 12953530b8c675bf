import { encodeBumpMetadata, type BumpMetadata, type RecordedEdit } from './bump-metadata.js';

const MAX_SHOWN_VALUE = 120;

/**
 * The bump PR body: the Go bot's first line (`Bumping version triggered by <repo>@<sha>`, here a link to the
 * triggering commit), a table of the edits, the superseded bumps when several were coalesced, and the hidden
 * metadata that lets later runs update the PR.
 */
export function renderBumpBody(metadata: BumpMetadata, options: { serverUrl: string }): string {
  const { triggeringRepo, sha, superseded, edits } = metadata;
  const lines = [
    `Bumping version triggered by [${triggeringRepo}@${sha}](${commitUrl(options.serverUrl, triggeringRepo, sha)})`,
    '',
    '| file | change |',
    '|---|---|',
    ...edits.map((edit) => `| ${code(edit.file)} | ${describe(edit)} |`),
    '',
  ];
  if (superseded.length > 0) {
    const links = superseded.map(
      (old) =>
        `[${triggeringRepo}@${old.slice(0, 12)}](${commitUrl(options.serverUrl, triggeringRepo, old)})`,
    );
    lines.push(
      `Supersedes the bump${superseded.length > 1 ? 's' : ''} for ${links.join(', ')}: newer bumps of the same files update this PR instead of opening another.`,
      '',
    );
  }
  lines.push(encodeBumpMetadata(metadata));
  return `${lines.join('\n')}\n`;
}

function commitUrl(serverUrl: string, repo: string, sha: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/${repo}/commit/${sha}`;
}

function describe(edit: RecordedEdit): string {
  if (edit.mode === 'yaml') return `${code(edit.path)} set to ${code(shorten(edit.value))}`;
  if (edit.mode === 'regex')
    return `regex ${code(shorten(edit.regex))} replaced with ${code(shorten(edit.replacement))}`;
  return 'content replaced';
}

function shorten(text: string): string {
  const oneLine = text.replace(/\r?\n/g, '⏎');
  return oneLine.length > MAX_SHOWN_VALUE ? `${oneLine.slice(0, MAX_SHOWN_VALUE)}…` : oneLine;
}

/** Inline code that survives backticks and table pipes. */
function code(text: string): string {
  const escaped = text.replace(/\|/g, '\\|');
  if (escaped === '') return '""';
  return escaped.includes('`') ? `\`\` ${escaped} \`\`` : `\`${escaped}\``;
}
