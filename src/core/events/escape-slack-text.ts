/**
 * Text for Slack `mrkdwn` and `text` fields: `&`, `<` and `>` become `&amp;`, `&lt;` and `&gt;`, the only
 * escapes Slack decodes (https://api.slack.com/reference/surfaces/formatting#escaping). Without them a folder or
 * PR title could carry `<!channel>` (a mention) or `<https://evil|innocent>` (a disguised link).
 */
export function escapeSlackText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
