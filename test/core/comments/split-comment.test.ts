import { describe, expect, it } from 'vitest';
import { parsePartIndex } from '../../../src/core/comments/comment-markers.js';
import { planCommentUpdates } from '../../../src/core/comments/plan-comment-updates.js';
import { splitComment } from '../../../src/core/comments/split-comment.js';
import { utf8Length } from '../../../src/core/comments/text-size.js';
import type { CommentDocument, CommentSection } from '../../../src/core/comments/types.js';
import { markdownBalance } from './markdown-balance.js';

const hint = 'See the job summary of [run 7](https://github.com/o/r/actions/runs/7).';

/** A drift-like section: a title line, then a diff in a fence inside <details>. */
function diffSection(name: string, lines: number, width = 40): CommentSection {
  const body = Array.from({ length: lines }, (_, i) => `+${name} line ${i} ${'x'.repeat(width)}`);
  return {
    title: name,
    full: [
      `### ${name}`,
      '',
      '<details><summary>Diff</summary>',
      '',
      '```diff',
      ...body,
      '```',
      '',
      '</details>',
    ].join('\n'),
    concise: `### ${name}\n\n${lines} lines changed.`,
  };
}

function document(sections: CommentSection[], extra: Partial<CommentDocument> = {}): CommentDocument {
  return {
    kind: 'drift',
    header: '# Drift',
    continuationHeader: '# Drift (continued)',
    sections,
    hint,
    ...extra,
  };
}

/** True when `needles` appear in `haystack` in order (each after the previous one). */
function inOrder(haystack: readonly string[], needles: readonly string[]): boolean {
  let at = 0;
  for (const needle of needles) {
    while (at < haystack.length && haystack[at] !== needle) at++;
    if (at === haystack.length) return false;
    at++;
  }
  return true;
}

function expectValidParts(parts: readonly string[], limits = { maxChars: 65_536, maxBytes: 262_144 }): void {
  parts.forEach((part, i) => {
    expect(part.length).toBeLessThanOrEqual(limits.maxChars);
    expect(utf8Length(part)).toBeLessThanOrEqual(limits.maxBytes);
    expect(markdownBalance(part)).toEqual({ fencesClosed: true, detailsBalanced: true });
    expect(parsePartIndex(part, 'drift')).toBe(i + 1);
    expect(part.startsWith('<!-- telefonistka_tag -->\n<!-- telefonistka:drift -->\n')).toBe(true);
    if (parts.length > 1) expect(part).toContain(`**Part ${i + 1}/${parts.length}**`);
  });
}

describe('splitComment', () => {
  it('keeps a comment that fits in one part without a part counter', () => {
    const parts = splitComment(document([diffSection('a', 3)], { footer: 'footer' }));
    expect(parts).toHaveLength(1);
    expect(parts[0]).not.toContain('**Part');
    expect(parts[0]).toMatch(
      /^<!-- telefonistka_tag -->\n<!-- telefonistka:drift -->\n<!-- telefonistka:drift:part:1 -->\n# Drift\n/,
    );
    expect(parts[0]!.endsWith('\n\nfooter')).toBe(true);
  });

  it('splits a 300,000-character comment into valid parts without losing a line', () => {
    const sections = Array.from({ length: 60 }, (_, i) => diffSection(`component-${i}`, 90));
    const doc = document(sections, { footer: '- [ ] tick me' });
    const total = doc.sections.reduce((sum, section) => sum + section.full.length, 0);
    expect(total).toBeGreaterThan(300_000);

    const parts = splitComment(doc);

    expect(parts.length).toBeGreaterThanOrEqual(5);
    expectValidParts(parts);
    const lines = parts.join('\n').split('\n');
    expect(
      inOrder(
        lines,
        sections.flatMap((section) => section.full.split('\n')),
      ),
    ).toBe(true);
    expect(parts.join('\n')).not.toContain('Truncated');
    expect(parts.at(-1)!.endsWith('- [ ] tick me')).toBe(true);
    expect(parts.slice(1).every((part) => part.includes('# Drift (continued)'))).toBe(true);
  });

  it('shows a section in concise form, with the hint, when its full form fits no part', () => {
    const huge = diffSection('huge', 3_000);
    const parts = splitComment(document([diffSection('small', 2), huge]));
    expectValidParts(parts);
    expect(parts.join('\n')).toContain('### huge\n\n3000 lines changed.');
    expect(parts.join('\n')).toContain(
      `**huge** is shown in concise form: its full text does not fit in a GitHub comment. ${hint}`,
    );
  });

  it('cuts a section that fits no part even in concise form across parts, closing and reopening fence and details', () => {
    const huge = { ...diffSection('huge', 4_000), concise: undefined };
    const parts = splitComment(document([huge]));
    expect(parts.length).toBeGreaterThan(2);
    expectValidParts(parts);
    expect(parts[1]).toContain(
      '**huge** (continued)\n\n<details><summary>Diff</summary>\n\n```diff\n+huge line',
    );
    expect(parts[0]).toContain('```\n\n</details>\n\n_(continued in the next part)_');
    expect(inOrder(parts.join('\n').split('\n'), huge.full.split('\n'))).toBe(true);
  });

  it('cuts the concise form, still saying it is concise, when even that fits no part', () => {
    const concise = Array.from({ length: 3_000 }, (_, i) => `- file-${i}.yaml changed`).join('\n');
    const parts = splitComment(document([{ ...diffSection('huge', 5_000), concise }]));
    expectValidParts(parts);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('\n')).not.toContain('+huge line');
    expect(inOrder(parts.join('\n').split('\n'), concise.split('\n'))).toBe(true);
    expect(parts.at(-1)).toContain('**huge** is shown in concise form');
  });

  it('keeps every part valid for random documents under random limits', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let round = 0; round < 300; round++) {
      const sections = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, s) => {
        const section = diffSection(`s${s}`, Math.floor(random() * 150), Math.floor(random() * 120));
        return random() < 0.5 ? section : { ...section, concise: undefined };
      });
      const limits = {
        maxChars: 600 + Math.floor(random() * 6_000),
        maxBytes: 262_144,
        maxParts: 1 + Math.floor(random() * 6),
      };
      if (random() < 0.3) limits.maxBytes = limits.maxChars;
      const parts = splitComment(
        document(sections, { footer: random() < 0.5 ? '- [ ] box' : undefined }),
        limits,
      );
      expect(parts.length).toBeLessThanOrEqual(limits.maxParts);
      expectValidParts(parts, limits);
    }
  });

  it('drops what exceeds maxParts and says what is missing and where to see it', () => {
    const sections = Array.from({ length: 80 }, (_, i) => diffSection(`c${i}`, 90));
    const parts = splitComment(document(sections, { footer: 'footer' }), { maxParts: 3 });
    expect(parts).toHaveLength(3);
    expectValidParts(parts);
    const last = parts[2]!;
    expect(last).toMatch(/> ✂️ \*\*Truncated\*\*: \d+ more sections \(c\d+, c\d+/);
    expect(last).toContain(hint);
    expect(last.endsWith('\n\nfooter')).toBe(true);
  });

  it('respects the UTF-8 byte limit as well as the character limit', () => {
    const wide = { title: 'wide', full: Array.from({ length: 400 }, () => '€'.repeat(50)).join('\n') };
    const limits = { maxChars: 65_536, maxBytes: 10_000 };
    const parts = splitComment(document([wide]), limits);
    expect(parts.length).toBeGreaterThan(5);
    expectValidParts(parts, limits);
  });

  it('breaks a single line longer than a part as a last resort', () => {
    const line = 'y'.repeat(150_000);
    const parts = splitComment(document([{ title: 'one line', full: line }]));
    expectValidParts(parts);
    expect(parts.join('').replace(/[^y]/g, '').length).toBeGreaterThanOrEqual(150_000);
  });

  it('renders parts under a small limit (concise form, cut section, footer) like the golden file', async () => {
    const beta = { ...diffSection('beta', 80, 10), concise: undefined };
    const sections = [
      diffSection('alpha', 6, 10),
      beta,
      diffSection('gamma', 40, 10),
      diffSection('delta', 70, 10),
    ];
    const parts = splitComment(document(sections, { footer: '_footer_' }), { maxChars: 1_500, maxParts: 6 });
    expect(parts.length).toBeGreaterThan(2);
    expectValidParts(parts, { maxChars: 1_500, maxBytes: 262_144 });
    await expect(parts.join('\n\n======== next part ========\n\n')).toMatchFileSnapshot(
      '../../golden/comments/split-small-limit.md',
    );
  });
});

describe('planCommentUpdates', () => {
  const part = (i: number, text: string) =>
    `<!-- telefonistka_tag -->\n<!-- telefonistka:drift:part:${i} -->\n${text}`;

  it.each([
    {
      name: 'creates every part when none exists',
      existing: [{ id: 1, body: 'unrelated' }],
      parts: [part(1, 'a'), part(2, 'b')],
      expected: { update: [], create: [part(1, 'a'), part(2, 'b')], delete: [], unchanged: [] },
    },
    {
      name: 'updates changed parts in place and leaves equal ones alone',
      existing: [
        { id: 10, body: part(1, 'a') },
        { id: 11, body: part(2, 'old') },
      ],
      parts: [part(1, 'a'), part(2, 'b')],
      expected: { update: [{ id: 11, body: part(2, 'b') }], create: [], delete: [], unchanged: [10] },
    },
    {
      name: 'deletes leftover parts when there are fewer parts now',
      existing: [
        { id: 10, body: part(1, 'a') },
        { id: 12, body: part(3, 'c') },
        { id: 11, body: part(2, 'b') },
      ],
      parts: [part(1, 'new')],
      expected: { update: [{ id: 10, body: part(1, 'new') }], create: [], delete: [11, 12], unchanged: [] },
    },
    {
      name: 'keeps the first of duplicated parts and deletes the others',
      existing: [
        { id: 10, body: part(1, 'a') },
        { id: 15, body: part(1, 'a') },
      ],
      parts: [part(1, 'a')],
      expected: { update: [], create: [], delete: [15], unchanged: [10] },
    },
    {
      name: 'never touches parts of another kind',
      existing: [{ id: 20, body: '<!-- telefonistka:preview:part:1 -->' }],
      parts: [part(1, 'a')],
      expected: { update: [], create: [part(1, 'a')], delete: [], unchanged: [] },
    },
  ])('$name', ({ existing, parts, expected }) => {
    expect(planCommentUpdates(existing, parts, 'drift')).toEqual(expected);
  });

  it('re-planning a split comment with fewer parts updates the first ones and deletes the rest', () => {
    const big = splitComment(document(Array.from({ length: 60 }, (_, i) => diffSection(`c${i}`, 90))));
    const existing = big.map((body, i) => ({ id: 100 + i, body }));
    const smaller = splitComment(document(Array.from({ length: 20 }, (_, i) => diffSection(`d${i}`, 90))));
    expect(smaller.length).toBeLessThan(big.length);

    const plan = planCommentUpdates(existing, smaller, 'drift');

    expect(plan.update.map((entry) => entry.id)).toEqual(smaller.map((_, i) => 100 + i));
    expect(plan.update.map((entry) => entry.body)).toEqual(smaller);
    expect(plan.create).toEqual([]);
    expect(plan.delete).toEqual(big.slice(smaller.length).map((_, i) => 100 + smaller.length + i));
  });
});
