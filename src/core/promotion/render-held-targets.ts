import { codeSpan } from '../comments/markdown-code.js';
import { describeHold } from '../holds/describe-hold.js';
import type { HeldTarget } from './types.js';

/**
 * One markdown list line per held target: `- 🔒 \`folder\` held (reason, by login, since time)`. A reason is the
 * holds file's text: `<` is escaped so it cannot open HTML or a hidden comment.
 */
export function renderHeldTargets(held: readonly HeldTarget[]): string[] {
  return held.map(
    (entry) => `- 🔒 ${codeSpan(entry.target)} ${describeHold(entry.hold).replace(/</g, '&lt;')}`,
  );
}
