import type { ObjectDiffElement } from '../argocd/diff-object-pair.js';
import { codeFence, codeSpan } from '../comments/markdown-code.js';
import type { CommentSection } from '../comments/types.js';
import type { RenderDiffItem, RenderedSideSummary } from './types.js';

/** Options of {@link renderManifestDiffMarkdown}. */
export interface ManifestDiffMarkdownOptions {
  /** List changed objects without their diff, for a comment that cannot hold the full text. */
  concise?: boolean;
}

const alert = (kind: 'NOTE' | 'WARNING' | 'CAUTION', lines: readonly string[]) =>
  [`> [!${kind}]`, ...lines.map((line) => `> ${line}`)].join('\n');

const changeMark: Record<ObjectDiffElement['change'], string> = { added: '+', removed: '-', changed: '!' };

/**
 * The markdown of one rendered folder: a heading naming the folder (for a downstream target, the source it is
 * promoted from) and the tools, a count of added/removed/changed objects, then the dyff report of every changed
 * object in a `diff` block inside `<details>` (concise: one line per object). A side that failed to render
 * shows its error instead, next to the other items of the comment.
 */
export function renderManifestDiffMarkdown(
  item: RenderDiffItem,
  options: ManifestDiffMarkdownOptions = {},
): string {
  const blocks = [heading(item)];
  if (item.job.removesTarget) {
    blocks.push(alert('WARNING', ['The promotion removes this folder: its source folder was deleted.']));
  }
  for (const [name, side] of sideNames(item)) {
    if (side.error === undefined) continue;
    const tool = side.tool === undefined ? '' : ` with ${side.tool}`;
    blocks.push(alert('CAUTION', [`**Rendering failed** ${name}${tool}:`]), codeFence(side.error));
  }
  const diff = item.diff;
  if (diff !== undefined) {
    if (diff.warnings.length > 0) blocks.push(alert('WARNING', diff.warnings));
    if (diff.elements.length === 0) {
      blocks.push(`No change in the rendered manifests 🤷 (${plural(diff.unchanged, 'object')})`);
    } else {
      blocks.push(summaryLine(item));
      blocks.push(options.concise === true ? conciseList(diff.elements) : details(diff.elements));
    }
  }
  return blocks.join('\n\n');
}

/** The comment section of one rendered folder for the shared comment splitter: full and concise markdown. */
export function manifestDiffSection(item: RenderDiffItem): CommentSection {
  const title =
    item.job.kind === 'downstream'
      ? `${item.job.path} (after promotion from ${item.job.sourcePath ?? ''})`
      : item.job.path;
  return {
    title,
    full: renderManifestDiffMarkdown(item),
    concise: renderManifestDiffMarkdown(item, { concise: true }),
  };
}

function sideNames(item: RenderDiffItem): [string, RenderedSideSummary][] {
  return item.job.kind === 'downstream'
    ? [
        ['as it is now', item.base],
        ['after the promotion', item.head],
      ]
    : [
        ['at base', item.base],
        ['at head', item.head],
      ];
}

function heading(item: RenderDiffItem): string {
  const tools = toolLabel(item.base, item.head);
  const suffix = tools === '' ? '' : ` · ${tools}`;
  if (item.job.kind === 'downstream') {
    return `#### ↳ ${codeSpan(item.job.path)} after promotion from ${codeSpan(item.job.sourcePath ?? '')}${suffix}`;
  }
  return `#### ${codeSpan(item.job.path)}${suffix}`;
}

function toolLabel(base: RenderedSideSummary, head: RenderedSideSummary): string {
  if (base.tool === 'absent' && head.tool === 'absent') return 'folder absent on both sides';
  if (base.tool === 'absent') return head.tool === undefined ? 'new folder' : `new folder, ${head.tool}`;
  if (head.tool === 'absent')
    return base.tool === undefined ? 'folder removed' : `${base.tool}, folder removed`;
  if (base.tool === head.tool || head.tool === undefined) return base.tool ?? '';
  if (base.tool === undefined) return head.tool;
  return `${base.tool} → ${head.tool}`;
}

function summaryLine(item: RenderDiffItem): string {
  const diff = item.diff!;
  const parts = [
    diff.changed > 0 ? `${diff.changed} changed` : '',
    diff.added > 0 ? `${diff.added} added` : '',
    diff.removed > 0 ? `${diff.removed} removed` : '',
  ].filter((part) => part !== '');
  const unchanged = diff.unchanged > 0 ? `, ${diff.unchanged} unchanged` : '';
  const redacted = item.redacted ? ' (content hidden: `disableArgoCDDiff` is set)' : '';
  return `**${parts.join(', ')}**${unchanged}${redacted}`;
}

function objectId(element: ObjectDiffElement): string {
  const { namespace, kind, name } = element.key;
  return namespace === '' ? `${kind}/${name}` : `${namespace}/${kind}/${name}`;
}

function details(elements: readonly ObjectDiffElement[]): string {
  const entries = elements.map((element) => `${objectId(element)}:\n${element.text}`).join('\n');
  return [
    '<details><summary>Rendered diff (click to expand)</summary>',
    '',
    codeFence(entries, 'diff'),
    '',
    '</details>',
  ].join('\n');
}

function conciseList(elements: readonly ObjectDiffElement[]): string {
  return codeFence(elements.map((e) => `${changeMark[e.change]} ${objectId(e)}`).join('\n'), 'diff');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
