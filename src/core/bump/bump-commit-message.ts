/** `Bumping version @ <files>` (the Go bot's message) and a body line naming the trigger. */
export function bumpCommitMessage(options: {
  triggeringRepo: string;
  sha: string;
  files: readonly string[];
}): string {
  return `Bumping version @ ${options.files.join(', ')}\n\nTriggered by ${options.triggeringRepo}@${options.sha}`;
}
