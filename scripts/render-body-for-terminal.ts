// PR and comment bodies are GitHub markdown with a little HTML (`&nbsp;` indentation, `<br>`, `<details>`) and
// hidden HTML comments (the promotion metadata, the bot's tag). The demo prints them for a terminal: the HTML
// becomes plain text and the metadata a one-line summary of what it records.
import { parsePromotionMetadata } from '../src/core/promotion/parse-promotion-metadata.js';

const ENTITIES: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi,
    (match, dec?: string, hex?: string, name?: string) => {
      if (dec !== undefined) return String.fromCodePoint(Number(dec));
      if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
      return ENTITIES[name!.toLowerCase()] ?? match;
    },
  );
}

function metadataSummary(body: string): string | undefined {
  const metadata = parsePromotionMetadata(body);
  if (metadata === undefined) return undefined;
  const hops = Object.keys(metadata.previousPromotionPaths).length;
  return (
    `[hidden promotion metadata: original PR #${metadata.originalPrNumber} by ${metadata.originalPrAuthor || '?'}, ` +
    `${hops} hop(s), promotes ${metadata.promotedPaths.join(', ')}]`
  );
}

/** A markdown/HTML body as plain terminal text: no HTML comments, tags or entities; metadata summarised. */
export function renderBodyForTerminal(body: string): string {
  const summary = metadataSummary(body);
  const text = body
    .replace(/\r\n/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<summary>([\s\S]*?)<\/summary>/gi, '▸ $1\n')
    .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, '');
  const lines = decodeEntities(text)
    .split('\n')
    .map((line) => line.trimEnd());
  if (summary !== undefined) lines.push('', summary);
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
