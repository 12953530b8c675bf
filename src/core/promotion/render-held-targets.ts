import { codeSpan } from '../comments/markdown-code.js';
import { describeHoldMarkdown } from '../holds/describe-hold-markdown.js';
import type { HeldTarget } from './types.js';

/**
 * One markdown list line per held target: `- 🔒 \`folder\` held (\`reason\`, by \`login\`, since time)`; the
 * holds file's text is inline code (see describeHoldMarkdown).
 */
export function renderHeldTargets(held: readonly HeldTarget[]): string[] {
  return held.map((entry) => `- 🔒 ${codeSpan(entry.target)} ${describeHoldMarkdown(entry.hold)}`);
}
