/**
 * Renders an ApplicationSet template string in the default (fasttemplate) mode as Argo CD does: every
 * `{{ tag }}` whose trimmed tag is a known parameter is replaced; unknown tags stay as they are.
 */
export function renderFastTemplate(text: string, params: ReadonlyMap<string, string>): string {
  return text.replace(/\{\{([\s\S]*?)\}\}/g, (whole, tag: string) => params.get(tag.trim()) ?? whole);
}
