import { cutTitle } from '../promotion/promotion-title.js';

/**
 * `<triggering repo>🚠 Bumping version @ <files>` as the Go bot writes it (no space before the emoji); a PR
 * that superseded older bumps adds ` (<short sha>)` so the title names the newest bump. Cut at 250 code points.
 */
export function bumpTitle(options: {
  triggeringRepo: string;
  sha: string;
  files: readonly string[];
  coalesced: boolean;
}): string {
  const suffix = options.coalesced ? ` (${options.sha.slice(0, 7)})` : '';
  return cutTitle(`${options.triggeringRepo}🚠 Bumping version @ ${options.files.join(', ')}${suffix}`).title;
}
