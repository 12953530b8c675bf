/**
 * Prose that may quote untrusted text (an error, a PR title), made inert for markdown: one line; backslashes,
 * backticks, emphasis marks, brackets, angle brackets, pipes and tildes escaped (no link, image, HTML, code span
 * or table cell can start); `@login` broken by a zero-width space so nobody is mentioned. Safe in a table cell.
 */
export function inertText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`)
    .replace(/@(?=[A-Za-z0-9])/g, '@&#8203;');
}
