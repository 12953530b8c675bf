import { splitCodePoints } from './split-code-points.js';

/** A promotion PR title, and the text cut from it that opens the body. */
export interface PromotionTitle {
  title: string;
  /** `...<cut text>\n` when the title was longer than 250 code points, else empty. */
  bodyPrefix: string;
}

/** GitHub rejects longer titles; the Go bot cuts at 250 runes, counted here as code points. */
const MAX_TITLE_CODE_POINTS = 250;

/**
 * `🚀 Promotion: <components joined by ","> ➡️  <target description>` (one space after the colon, two after
 * the arrow). Over 250 code points the title is cut and `...` appended; the rest opens the body as `...<rest>\n`.
 */
export function promotionTitle(components: readonly string[], targetDescription: string): PromotionTitle {
  return cutTitle(`🚀 Promotion: ${components.join(',')} ➡️  ${targetDescription}`);
}

/** The Go bot's title cut: the first 250 code points plus `...`; the rest goes to the body. */
export function cutTitle(title: string): PromotionTitle {
  const [head, rest] = splitCodePoints(title, MAX_TITLE_CODE_POINTS);
  if (rest === '') return { title, bodyPrefix: '' };
  return { title: `${head}...`, bodyPrefix: `...${rest}\n` };
}
