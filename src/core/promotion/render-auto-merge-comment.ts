/** The Go bot's auto-merge note on the triggering PR, without the `<!-- telefonistka_tag -->\n` prefix. */
export function renderAutoMergeComment(prNumber: number): string {
  return `\n✅ Auto merge is enabled\n🚀 Merging promotion PR: #${prNumber}\n`;
}
