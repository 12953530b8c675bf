export const id = 30;
export const ids = [30];
export const modules = {

/***/ 49681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ partMarker),
/* harmony export */   Wy: () => (/* binding */ telefonistkaTag),
/* harmony export */   Zy: () => (/* binding */ kindMarker),
/* harmony export */   lB: () => (/* binding */ parsePartIndex)
/* harmony export */ });
/** The Go bot's marker on every comment it writes; kept first so both bots recognise the comments. */
const telefonistkaTag = '<!-- telefonistka_tag -->';
const kindPattern = /^[a-z0-9][a-z0-9-]*$/;
/** Hidden marker naming the sticky comment a part belongs to, e.g. `<!-- telefonistka:drift -->`. */
function kindMarker(kind) {
    assertKind(kind);
    return `<!-- telefonistka:${kind} -->`;
}
/** Hidden marker of part `index` (1-based) of a sticky comment, e.g. `<!-- telefonistka:drift:part:2 -->`. */
function partMarker(kind, index) {
    assertKind(kind);
    return `<!-- telefonistka:${kind}:part:${index} -->`;
}
/** The part index (1-based) a comment body carries for `kind`, or undefined when it is not such a part. */
function parsePartIndex(body, kind) {
    assertKind(kind);
    const found = new RegExp(`<!-- telefonistka:${kind}:part:([1-9][0-9]{0,5}) -->`).exec(body);
    return found?.[1] === undefined ? undefined : Number(found[1]);
}
function assertKind(kind) {
    if (!kindPattern.test(kind))
        throw new Error(`invalid comment kind ${JSON.stringify(kind)}`);
}


/***/ }),

/***/ 11992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ planCommentUpdates)
/* harmony export */ });
/* harmony import */ var _comment_markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49681);

/**
 * Plans the API calls that turn the existing parts of a sticky comment into `parts`: part i replaces the
 * comment marked as part i (the first in `existing`, which GitHub lists oldest first, when a race left several), missing parts are created in order,
 * parts beyond the new count and duplicates are deleted. Comments without the kind's part marker are
 * never touched.
 */
function planCommentUpdates(existing, parts, kind) {
    const byIndex = new Map();
    for (const comment of existing) {
        const index = (0,_comment_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePartIndex */ .lB)(comment.body, kind);
        if (index !== undefined)
            byIndex.set(index, [...(byIndex.get(index) ?? []), comment]);
    }
    const plan = { update: [], create: [], delete: [], unchanged: [] };
    parts.forEach((body, i) => {
        const [keep, ...duplicates] = byIndex.get(i + 1) ?? [];
        plan.delete.push(...duplicates.map((comment) => comment.id));
        if (keep === undefined)
            plan.create.push(body);
        else if (keep.body === body)
            plan.unchanged.push(keep.id);
        else
            plan.update.push({ id: keep.id, body });
    });
    const leftovers = [...byIndex.entries()]
        .filter(([index]) => index > parts.length)
        .sort(([a], [b]) => a - b);
    for (const [, comments] of leftovers)
        plan.delete.push(...comments.map((comment) => comment.id));
    return plan;
}


/***/ }),

/***/ 27440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ splitComment)
});

;// CONCATENATED MODULE: ./src/core/comments/comment-limits.ts
/**
 * GitHub's limits for an issue or PR comment body: 65,536 characters and, measured, 262,144 UTF-8 bytes
 * (see ../shared/reference/github-platform.md §5); ten parts at most so a PR never drowns in comments.
 */
const defaultCommentLimits = { maxChars: 65_536, maxBytes: 262_144, maxParts: 10 };

// EXTERNAL MODULE: ./src/core/comments/comment-markers.ts
var comment_markers = __webpack_require__(49681);
;// CONCATENATED MODULE: ./src/core/comments/markdown-blocks.ts
const fenceOpen = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const detailsTag = /<(\/?)details(?:\s[^>]*)?>/gi;
/** Creates a tracker with nothing open. */
function createMarkdownBlockTracker() {
    const stack = [];
    return {
        push(line) {
            const top = stack[stack.length - 1];
            if (top?.kind === 'fence') {
                if (closesFence(line, top.marker))
                    stack.pop();
                return;
            }
            const fence = fenceOpen.exec(line);
            const marker = fence?.[1];
            if (marker !== undefined && !(marker.startsWith('`') && (fence?.[2] ?? '').includes('`'))) {
                stack.push({ kind: 'fence', marker, openLine: line });
                return;
            }
            const tags = [...line.matchAll(detailsTag)];
            tags.forEach((tag, i) => {
                if (tag[1] === '/') {
                    if (stack[stack.length - 1]?.kind === 'details')
                        stack.pop();
                    return;
                }
                // Reopen with the tag and what follows it up to the next tag (usually its <summary>).
                const openLine = line.slice(tag.index, tags[i + 1]?.index ?? line.length);
                stack.push({ kind: 'details', openLine });
            });
        },
        open: () => stack,
    };
}
function closesFence(line, marker) {
    const trimmed = line.replace(/^ {0,3}/, '').trimEnd();
    const char = marker.charAt(0);
    return trimmed.length >= marker.length && [...trimmed].every((c) => c === char);
}
/** Markdown that closes the given open blocks, innermost first. */
function closeBlocks(blocks) {
    return [...blocks]
        .reverse()
        .map((block) => (block.kind === 'fence' ? block.marker : '</details>'))
        .join('\n\n');
}
/** Markdown that reopens the given blocks, outermost first, ending with a line break. */
function reopenBlocks(blocks) {
    return blocks
        .map((block) => (block.kind === 'fence' ? `${block.openLine}\n` : `${block.openLine}\n\n`))
        .join('');
}

// EXTERNAL MODULE: ./src/core/comments/text-size.ts
var text_size = __webpack_require__(87473);
;// CONCATENATED MODULE: ./src/core/comments/text-measure.ts

/** Measures a text in characters and UTF-8 bytes. */
function measure(text) {
    return { chars: text.length, bytes: (0,text_size/* utf8Length */.w)(text) };
}
/** Sum of two sizes (sizes of concatenated texts add up). */
function addSizes(a, b) {
    return { chars: a.chars + b.chars, bytes: a.bytes + b.bytes };
}
/** Difference of two sizes, e.g. the room left in a budget. */
function subtractSizes(a, b) {
    return { chars: a.chars - b.chars, bytes: a.bytes - b.bytes };
}
/** True when `size` is within `budget` in both units. */
function fitsIn(size, budget) {
    return size.chars <= budget.chars && size.bytes <= budget.bytes;
}
/** Length (in UTF-16 code units) of the longest prefix of `text` within `budget`, never splitting a surrogate pair. */
function prefixWithin(text, budget) {
    let bytes = 0;
    let i = 0;
    while (i < text.length && i < budget.chars) {
        const code = text.charCodeAt(i);
        const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
        const width = pair ? 2 : 1;
        const size = (0,text_size/* utf8Length */.w)(text.slice(i, i + width));
        if (bytes + size > budget.bytes || i + width > budget.chars)
            break;
        bytes += size;
        i += width;
    }
    return i;
}

;// CONCATENATED MODULE: ./src/core/comments/cut-markdown.ts


const continuedNote = '_(continued in the next part)_';
/** Smallest room a chunk may have; below it a line is too long to place and is broken up. */
const minimumLineRoom = 200;
/**
 * Cuts markdown at line boundaries into chunks that each fit their room. Every chunk is valid on its own:
 * code fences and `<details>` blocks open at a cut are closed at the end of the chunk and reopened at the
 * start of the next one. A single line longer than a chunk is broken into pieces (last resort). The first
 * chunk is empty when not even one line fits its room.
 */
function cutMarkdown(text, options) {
    const lines = splitLongLines(text.split('\n'), options.minimumRoom);
    const openAfter = trackBlocks(lines);
    const chunks = [];
    let next = 0;
    while (next < lines.length) {
        const openBefore = next === 0 ? [] : (openAfter[next - 1] ?? []);
        const lead = chunks.length === 0 ? '' : continuedLead(options.title, openBefore);
        const room = options.room(chunks.length);
        const end = lastLineThatFits({ lines, openAfter, from: next, used: measure(lead), room });
        if (end === next && chunks.length === 0) {
            chunks.push(''); // nothing fits the first room: the section starts in the next chunk
            continue;
        }
        const taken = Math.max(end, next + 1);
        chunks.push(lead + lines.slice(next, taken).join('\n') + tail(taken < lines.length, openAfter[taken - 1] ?? []));
        next = taken;
    }
    return chunks;
}
/** Index after the last line that fits together with the closing tail. */
function lastLineThatFits(query) {
    let used = query.used;
    let end = query.from;
    for (let i = query.from; i < query.lines.length; i++) {
        const line = measure(`${query.lines[i] ?? ''}\n`);
        const closing = measure(tail(i + 1 < query.lines.length, query.openAfter[i] ?? []));
        if (!fitsIn(addSizes(addSizes(used, line), closing), query.room))
            break;
        used = addSizes(used, line);
        end = i + 1;
    }
    return end;
}
function tail(continues, open) {
    if (!continues)
        return '';
    const closers = closeBlocks(open);
    return `${closers === '' ? '' : `\n${closers}`}\n\n${continuedNote}`;
}
function continuedLead(title, open) {
    const short = title.length > 120 ? `${title.slice(0, 117)}...` : title;
    return `**${short}** (continued)\n\n${reopenBlocks(open)}`;
}
function trackBlocks(lines) {
    const tracker = createMarkdownBlockTracker();
    return lines.map((line) => {
        tracker.push(line);
        return [...tracker.open()];
    });
}
/** Breaks lines that could never fit a chunk into pieces that do, keeping room for the lead and tail. */
function splitLongLines(lines, room) {
    const overhead = measure(`${continuedNote}\n\n\n\n`);
    const budget = subtractSizes(room, addSizes(overhead, { chars: 1_000, bytes: 3_000 }));
    const limit = {
        chars: Math.max(budget.chars, minimumLineRoom),
        bytes: Math.max(budget.bytes, minimumLineRoom * 4),
    };
    const result = [];
    for (const line of lines) {
        let rest = line;
        while (!fitsIn(measure(rest), limit)) {
            const cut = Math.max(prefixWithin(rest, limit), 1);
            result.push(rest.slice(0, cut));
            rest = rest.slice(cut);
        }
        result.push(rest);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/core/comments/split-comment.ts




const separator = measure('\n\n');
const titleListMaxChars = 300;
/** Room kept in the last allowed part for the truncation note (its hint is added on top). */
const noteReserve = { chars: 800, bytes: 2_400 };
/**
 * Splits a comment into numbered parts that each fit GitHub's limits and each are valid markdown on their
 * own: a section is never cut inside a code fence or a `<details>` block without closing it there and
 * reopening it in the next part. A section too big for one part is shown in its concise form; when even
 * that does not fit it is cut at line boundaries and continued in the next parts. Content beyond
 * `maxParts` is dropped with a note saying what is missing and where to see it.
 */
function splitComment(doc, limits = {}) {
    const resolved = { ...defaultCommentLimits, ...limits };
    const single = composePart(doc.kind, 1, 1, joinBlocks([doc.header, ...doc.sections.map((s) => s.full), doc.footer]));
    if (fitsIn(measure(single), sizeOf(resolved)))
        return [single];
    const parts = packParts(doc, resolved);
    const texts = parts.map((part, i) => composePart(doc.kind, i + 1, parts.length, joinBlocks(part.blocks)));
    for (const text of texts) {
        if (!fitsIn(measure(text), sizeOf(resolved)))
            throw new Error('splitComment produced an oversized part');
    }
    return texts;
}
function packParts(doc, limits) {
    const docHint = doc.hint ?? '';
    const footer = doc.footer ?? '';
    const continuation = doc.continuationHeader ?? '';
    const base = subtractSizes(sizeOf(limits), measure(composePart(doc.kind, limits.maxParts, limits.maxParts, '')));
    const lastReserve = addSizes(addSizes(noteReserve, measure(docHint)), addSizes(measure(footer), separator));
    const capacity = (index) => index === limits.maxParts ? subtractSizes(base, lastReserve) : base;
    const parts = [{ blocks: [], used: { chars: 0, bytes: 0 } }];
    const dropped = [];
    let partial;
    const current = () => parts[parts.length - 1];
    const roomIn = (index) => {
        const part = parts[index - 1];
        const used = part === undefined ? measure(continuation) : part.used;
        const gap = part === undefined && continuation === '' ? { chars: 0, bytes: 0 } : separator;
        return subtractSizes(subtractSizes(capacity(index), used), gap);
    };
    const openPart = () => {
        if (parts.length >= limits.maxParts)
            return false;
        parts.push({ blocks: [], used: { chars: 0, bytes: 0 } });
        if (continuation !== '')
            addBlock(current(), continuation);
        return true;
    };
    const sections = [{ title: 'header', full: doc.header }, ...doc.sections];
    const emptyRoom = subtractSizes(subtractSizes(base, measure(continuation)), separator);
    for (const section of sections) {
        if (section.full === '')
            continue;
        if (dropped.length > 0 || partial !== undefined) {
            dropped.push(section.title);
            continue;
        }
        const { text, whole } = chooseForm(section, emptyRoom, docHint);
        if (!whole) {
            const minimumRoom = subtractSizes(emptyRoom, lastReserve);
            partial = placeCut({ title: section.title, text }, { roomIn, openPart, current, parts, base: emptyRoom, minimumRoom });
        }
        else {
            const fits = fitsIn(measure(text), roomIn(parts.length)) ||
                (openPart() && fitsIn(measure(text), roomIn(parts.length)));
            if (fits)
                addBlock(current(), text);
            else
                dropped.push(section.title);
        }
    }
    if (dropped.length > 0 || partial !== undefined) {
        addBlock(current(), truncationNote({ dropped, partial, hint: docHint }));
    }
    if (footer !== '') {
        const reserved = parts.length === limits.maxParts;
        if (!reserved && !fitsIn(measure(footer), roomIn(parts.length)))
            openPart();
        addBlock(current(), footer);
    }
    return parts;
}
/** Places a section that fits no part, chunk by chunk; returns its title when its end was dropped. */
function placeCut(section, context) {
    const text = section.text;
    const startHere = usefulRoom(context.roomIn(context.parts.length), context.base);
    const firstPart = startHere ? context.parts.length : context.parts.length + 1;
    const chunks = cutMarkdown(text, {
        title: section.title,
        room: (k) => context.roomIn(firstPart + k),
        minimumRoom: context.minimumRoom,
    });
    for (const [k, chunk] of chunks.entries()) {
        const needsNewPart = k > 0 || !startHere;
        if (needsNewPart && !context.openPart())
            return section.title;
        if (chunk !== '')
            addBlock(context.current(), chunk);
    }
    return undefined;
}
/**
 * The full form when it fits an empty part, else the concise form with a note saying so; `whole` is false
 * when even that does not fit and the text must be cut across parts.
 */
function chooseForm(section, room, docHint) {
    if (fitsIn(measure(section.full), room))
        return { text: section.full, whole: true };
    if (section.concise === undefined)
        return { text: section.full, whole: false };
    const hint = section.hint ?? docHint;
    const note = `> ℹ️ **${section.title}** is shown in concise form: its full text does not fit in a GitHub comment.${hint === '' ? '' : ` ${hint}`}`;
    const concise = `${section.concise}\n\n${note}`;
    return { text: concise, whole: fitsIn(measure(concise), room) };
}
function usefulRoom(room, base) {
    return room.chars >= base.chars / 4 && room.bytes >= base.bytes / 4;
}
function truncationNote(options) {
    const what = [];
    if (options.partial !== undefined)
        what.push(`the rest of **${shorten(options.partial)}**`);
    if (options.dropped.length > 0) {
        const names = listTitles(options.dropped);
        const noun = options.dropped.length === 1 ? 'section' : 'sections';
        what.push(`${options.dropped.length} more ${noun} (${names})`);
    }
    const hint = options.hint === '' ? '' : ` ${options.hint}`;
    return `> ✂️ **Truncated**: ${what.join(' and ')} not shown, to keep this comment within GitHub's size limits.${hint}`;
}
function listTitles(titles) {
    const shown = [];
    let length = 0;
    for (const title of titles) {
        const name = shorten(title);
        if (length + name.length > titleListMaxChars)
            break;
        shown.push(name);
        length += name.length + 2;
    }
    const rest = titles.length - shown.length;
    return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
function shorten(title) {
    const flat = title.replace(/\s+/g, ' ');
    return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}
function addBlock(part, text) {
    const gap = part.blocks.length > 0 ? separator : { chars: 0, bytes: 0 };
    part.blocks.push(text);
    part.used = addSizes(addSizes(part.used, gap), measure(text));
}
function joinBlocks(blocks) {
    return blocks.filter((block) => block !== undefined && block !== '').join('\n\n');
}
function composePart(kind, index, total, content) {
    const counter = total > 1 ? `\n**Part ${index}/${total}**\n` : '';
    return `${comment_markers/* telefonistkaTag */.Wy}\n${(0,comment_markers/* kindMarker */.Zy)(kind)}\n${(0,comment_markers/* partMarker */.Ai)(kind, index)}${counter}\n${content}`;
}
function sizeOf(limits) {
    return { chars: limits.maxChars, bytes: limits.maxBytes };
}


/***/ }),

/***/ 1396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ compareFolders)
/* harmony export */ });
/* harmony import */ var _promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16277);

/** Compares two folders by tree SHA, then file by file by blob SHA; every list is sorted by path. */
function compareFolders(input) {
    const { source, target } = input.trees;
    const missingFolder = whichMissing(source.treeSha, target.treeSha);
    const result = {
        identical: source.treeSha === target.treeSha,
        missingFolder,
        onlyInSource: [],
        onlyInTarget: [],
        changed: [],
        ignoredFiles: [],
    };
    if (result.identical)
        return result;
    const ignored = (path) => input.rules.ignoreFiles.some((regex) => regex.test(path));
    const paths = [...new Set([...source.files.keys(), ...target.files.keys()])].sort(_promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K);
    for (const path of paths) {
        const sourceSha = source.files.get(path);
        const targetSha = target.files.get(path);
        if (sourceSha === targetSha)
            continue;
        if (ignored(path))
            result.ignoredFiles.push(path);
        else if (targetSha === undefined)
            result.onlyInSource.push({ path, sha: sourceSha });
        else if (sourceSha === undefined)
            result.onlyInTarget.push({ path, sha: targetSha });
        else
            result.changed.push({ path, sourceSha, targetSha });
    }
    return result;
}
function whichMissing(source, target) {
    if (source === undefined)
        return target === undefined ? 'both' : 'source';
    return target === undefined ? 'target' : undefined;
}


/***/ }),

/***/ 35074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ computeDrift)
});

// EXTERNAL MODULE: ./src/core/drift/compare-folders.ts
var compare_folders = __webpack_require__(1396);
;// CONCATENATED MODULE: ./src/core/drift/match-acknowledgement.ts
/**
 * The first acknowledgement whose path matches the relative path, with `expired` set when `today` (ISO
 * date) is after its `expires` date; undefined when none matches.
 */
function matchAcknowledgement(path, acknowledged, today) {
    const found = acknowledged.find((entry) => entry.path.test(path));
    if (found === undefined)
        return undefined;
    return {
        pathText: found.pathText,
        reason: found.reason,
        expires: found.expires,
        // ISO dates (YYYY-MM-DD) order as strings; the acknowledgement holds through its expiry day, also when
        // `today` is given as a full timestamp.
        expired: found.expires !== undefined && today.slice(0, 10) > found.expires,
    };
}

;// CONCATENATED MODULE: ./src/core/drift/strip-ignored-lines.ts
/**
 * Drops every line matching one of the regexes (`driftDetectionIgnoreLineRegex`); a regex sees the line
 * without its line break. The other lines keep their line breaks, so the result diffs like the original.
 */
function stripIgnoredLines(text, ignoreLines) {
    if (ignoreLines.length === 0)
        return text;
    const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
    return lines
        .filter((line) => !ignoreLines.some((regex) => regex.test(line.replace(/\r?\n$/, ''))))
        .join('');
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js
var create = __webpack_require__(94112);
;// CONCATENATED MODULE: ./src/core/drift/unified-diff.ts

const defaultLimits = { maxEditLength: 5_000, maxInputChars: 2_000_000 };
/**
 * A unified diff from `oldText` to `newText` with three lines of context, formatted like `git diff`
 * (`@@ -1 +1 @@` for one-line ranges) and like the Go bot's drift diff; undefined when over the limits.
 */
function unifiedDiff(names, texts, limits = defaultLimits) {
    if (texts.old.length + texts.new.length > limits.maxInputChars)
        return undefined;
    const patch = (0,create/* structuredPatch */.YB)(names.old, names.new, texts.old, texts.new, undefined, undefined, {
        context: 3,
        maxEditLength: limits.maxEditLength,
    });
    if (patch === undefined)
        return undefined;
    const hunks = patch.hunks.map((hunk) => `@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@\n${hunk.lines.join('\n')}\n`);
    return `--- ${names.old}\n+++ ${names.new}\n${hunks.join('')}`;
}
function range(start, lines) {
    return lines === 1 ? `${start}` : `${start},${lines}`;
}

// EXTERNAL MODULE: ./src/core/promotion/compare-strings.ts
var compare_strings = __webpack_require__(16277);
;// CONCATENATED MODULE: ./src/core/drift/compute-drift.ts





/**
 * Phase 2 of drift detection: the drift of one (source, target) pair on the default branch. Equal tree
 * SHAs mean no drift. Otherwise files are compared by blob SHA; changed text files are compared again
 * without ignored lines (equal then means no drift) and get a unified diff source -> target; differences
 * matching an unexpired acknowledgement are intended, expired ones warn again. Lists are sorted by path.
 */
function computeDrift(input) {
    const comparison = (0,compare_folders/* compareFolders */.R)(input);
    const report = {
        pair: input.pair,
        inSync: true,
        missingFolder: comparison.missingFolder,
        onlyInSource: [],
        onlyInTarget: [],
        changed: [],
        intended: [],
        ignoredFiles: comparison.ignoredFiles,
        equalBesideIgnoredLines: [],
    };
    const differences = [
        ...comparison.onlyInSource.map((file) => difference(file.path, 'only-in-source', { source: file.sha })),
        ...comparison.onlyInTarget.map((file) => difference(file.path, 'only-in-target', { target: file.sha })),
    ];
    for (const file of comparison.changed) {
        const compared = compareTexts(file, input);
        if (compared.equal)
            report.equalBesideIgnoredLines.push(file.path);
        else {
            const { equal: _equal, ...details } = compared;
            differences.push({
                ...difference(file.path, 'changed', { source: file.sourceSha, target: file.targetSha }),
                ...details,
            });
        }
    }
    for (const entry of differences) {
        entry.acknowledgement = matchAcknowledgement(entry.path, input.rules.acknowledged, input.today);
        if (entry.acknowledgement !== undefined && !entry.acknowledgement.expired)
            report.intended.push(entry);
        else if (entry.kind === 'only-in-source')
            report.onlyInSource.push(entry);
        else if (entry.kind === 'only-in-target')
            report.onlyInTarget.push(entry);
        else
            report.changed.push(entry);
    }
    report.intended.sort((a, b) => (0,compare_strings/* compareStrings */.K)(a.path, b.path));
    report.inSync = report.onlyInSource.length + report.onlyInTarget.length + report.changed.length === 0;
    return report;
}
function difference(path, kind, shas) {
    return {
        path,
        kind,
        sourceSha: shas.source,
        targetSha: shas.target,
        diff: undefined,
        diffUnavailable: undefined,
        linesIgnored: false,
        acknowledgement: undefined,
    };
}
function compareTexts(file, input) {
    if (input.withDiffs === false && input.rules.ignoreLines.length === 0) {
        return { equal: false, diff: undefined, diffUnavailable: 'not-requested', linesIgnored: false };
    }
    const sourceText = input.contents.get(file.sourceSha);
    const targetText = input.contents.get(file.targetSha);
    if (sourceText === undefined || targetText === undefined) {
        return { equal: false, diff: undefined, diffUnavailable: 'content-missing', linesIgnored: false };
    }
    if (isBinary(sourceText) || isBinary(targetText)) {
        return { equal: false, diff: undefined, diffUnavailable: 'binary', linesIgnored: false };
    }
    const oldText = stripIgnoredLines(sourceText, input.rules.ignoreLines);
    const newText = stripIgnoredLines(targetText, input.rules.ignoreLines);
    const linesIgnored = oldText.length !== sourceText.length || newText.length !== targetText.length;
    if (oldText === newText)
        return { equal: true, diff: undefined, diffUnavailable: undefined, linesIgnored };
    if (input.withDiffs === false) {
        return { equal: false, diff: undefined, diffUnavailable: 'not-requested', linesIgnored };
    }
    const names = { old: `${input.pair.source}/${file.path}`, new: `${input.pair.target}/${file.path}` };
    const diff = unifiedDiff(names, { old: oldText, new: newText });
    return { equal: false, diff, diffUnavailable: diff === undefined ? 'too-large' : undefined, linesIgnored };
}
/** Git's heuristic: a NUL character means binary. */
function isBinary(text) {
    return text.includes('\u0000');
}


/***/ }),

/***/ 73479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ createTreeLookup)
/* harmony export */ });
/* harmony import */ var _promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16277);

/** One index per tree object: the drift map, its component configs and the dashboard ask the same tree. */
const lookups = new WeakMap();
/**
 * Indexes a whole tree (e.g. one `git ls-tree -r -t`): blob paths sorted once, so the files of any folder
 * are one contiguous range found by binary search; sub-folders grouped by parent. Built once per tree object
 * (trees are read-only values).
 */
function createTreeLookup(tree) {
    let lookup = lookups.get(tree);
    if (lookup === undefined) {
        lookup = indexTree(tree);
        lookups.set(tree, lookup);
    }
    return lookup;
}
function indexTree(tree) {
    const blobs = [];
    const folders = [];
    const children = new Map();
    for (const [path, entry] of tree) {
        if (entry.type === 'blob')
            blobs.push(path);
        else if (entry.type === 'tree') {
            folders.push(path);
            const slash = path.lastIndexOf('/');
            const parent = slash < 0 ? '' : path.slice(0, slash);
            const list = children.get(parent);
            if (list === undefined)
                children.set(parent, [path.slice(slash + 1)]);
            else
                list.push(path.slice(slash + 1));
        }
    }
    blobs.sort(_promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K);
    folders.sort(_promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K);
    for (const list of children.values())
        list.sort(_promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K);
    const treeSha = (path) => {
        const entry = tree.get(path);
        return entry?.type === 'tree' ? entry.sha : undefined;
    };
    return {
        treeSha,
        subfolders: (path) => children.get(path) ?? [],
        folders: () => folders,
        foldersStartingWith(prefix) {
            const start = lowerBound(folders, prefix);
            let end = start;
            while (end < folders.length && folders[end].startsWith(prefix))
                end++;
            return folders.slice(start, end);
        },
        folder(path) {
            const sha = treeSha(path);
            const files = new Map();
            if (sha === undefined)
                return { treeSha: undefined, files };
            const prefix = `${path}/`;
            for (let i = lowerBound(blobs, prefix); i < blobs.length && blobs[i].startsWith(prefix); i++) {
                const blob = blobs[i];
                files.set(blob.slice(prefix.length), tree.get(blob).sha);
            }
            return { treeSha: sha, files };
        },
    };
}
function lowerBound(sorted, value) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if ((0,_promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K)(sorted[middle], value) < 0)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}


/***/ }),

/***/ 94486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ findFlowComponents)
/* harmony export */ });
/* harmony import */ var _source_folder_matcher_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48432);
/* harmony import */ var _promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16277);


/**
 * The components of a flow in a tree: every folder matching the whole sourcePath (RE2, as the Go bot
 * concatenates `sourcePath + component`) is a concrete source folder, and its sub-folders
 * `1 + componentPathExtraDepth` levels down are components. Files directly in a source folder are not
 * components (a Go bot bug we do not copy). Sorted by folder.
 */
function findFlowComponents(lookup, flow) {
    const source = (0,_source_folder_matcher_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceFolderMatcher */ .U)(flow.sourcePath);
    const depth = 1 + Math.max(0, Math.trunc(flow.componentPathExtraDepth));
    const found = [];
    // `folder/` starts with the prefix only if `folder` starts with it less a trailing slash.
    for (const folder of lookup.foldersStartingWith(source.prefix.replace(/\/$/, ''))) {
        const sourceFolder = `${folder}/`;
        if (!source.matches(sourceFolder))
            continue;
        for (const component of descendants(lookup, folder, depth)) {
            found.push({ folder: `${sourceFolder}${component}`, sourceFolder, component });
        }
    }
    return found.sort((a, b) => (0,_promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .K)(a.folder, b.folder));
}
function descendants(lookup, folder, depth) {
    let level = lookup.subfolders(folder).map((name) => name);
    for (let d = 1; d < depth; d++) {
        level = level.flatMap((relative) => lookup.subfolders(`${folder}/${relative}`).map((name) => `${relative}/${name}`));
    }
    return level;
}


/***/ }),

/***/ 70804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ listDriftCandidates)
/* harmony export */ });
/* harmony import */ var _compare_folders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1396);
/* harmony import */ var _promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16277);


/**
 * Phase 1 of drift detection: the blobs whose text `computeDrift` needs (both sides of every changed,
 * not ignored file), each once, sorted by SHA. Empty when the folders' tree SHAs are equal, and when
 * diffs are not wanted and no line is ignored (blob SHAs then say everything).
 */
function listDriftCandidates(input) {
    const wantsText = input.withDiffs !== false || input.rules.ignoreLines.length > 0;
    if (!wantsText)
        return [];
    const requests = new Map();
    for (const file of (0,_compare_folders_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFolders */ .R)(input).changed) {
        const sourcePath = `${input.pair.source}/${file.path}`;
        const targetPath = `${input.pair.target}/${file.path}`;
        if (!requests.has(file.sourceSha))
            requests.set(file.sourceSha, { sha: file.sourceSha, path: sourcePath });
        if (!requests.has(file.targetSha))
            requests.set(file.targetSha, { sha: file.targetSha, path: targetPath });
    }
    return [...requests.values()].sort((a, b) => (0,_promotion_compare_strings_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .K)(a.sha, b.sha));
}


/***/ }),

/***/ 48432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ sourceFolderMatcher)
/* harmony export */ });
/* harmony import */ var _promotion_literal_prefix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24667);
/* harmony import */ var _regex_compile_regex_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95988);


/**
 * Matches folders against a sourcePath as the Go bot does (RE2, the whole path): a literal sourcePath by
 * equality, anything else by the regex after a `startsWith` on its literal start.
 */
function sourceFolderMatcher(sourcePath) {
    const { prefix, complete } = (0,_promotion_literal_prefix_js__WEBPACK_IMPORTED_MODULE_0__/* .literalPrefix */ .Q)(sourcePath);
    if (complete)
        return { prefix, matches: (sourceFolder) => sourceFolder === prefix };
    const whole = (0,_regex_compile_regex_js__WEBPACK_IMPORTED_MODULE_1__/* .compileRegex */ .D)(`^(?:${sourcePath})$`);
    return { prefix, matches: (sourceFolder) => sourceFolder.startsWith(prefix) && whole.test(sourceFolder) };
}


/***/ }),

/***/ 38116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ buildRepositoryDriftMap)
});

// EXTERNAL MODULE: ./src/core/concurrency/map-with-concurrency.ts
var map_with_concurrency = __webpack_require__(31748);
// EXTERNAL MODULE: ./src/core/config/parse-component-config.ts + 1 modules
var parse_component_config = __webpack_require__(96593);
// EXTERNAL MODULE: ./src/core/drift/compute-drift.ts + 3 modules
var compute_drift = __webpack_require__(35074);
// EXTERNAL MODULE: ./src/core/drift/create-tree-lookup.ts
var create_tree_lookup = __webpack_require__(73479);
// EXTERNAL MODULE: ./src/core/drift/find-flow-components.ts
var find_flow_components = __webpack_require__(94486);
// EXTERNAL MODULE: ./src/core/drift/list-drift-candidates.ts
var list_drift_candidates = __webpack_require__(70804);
// EXTERNAL MODULE: ./src/core/promotion/compare-strings.ts
var compare_strings = __webpack_require__(16277);
;// CONCATENATED MODULE: ./src/core/drift/build-drift-map.ts





/**
 * Builds the drift map of a repository: for every flow (flows sharing a sourcePath share a table), every
 * component found in the tree against every target path. Equal folder tree SHAs decide "in sync" in O(1);
 * only cells whose SHAs differ compare files (by blob SHA, then without ignored lines when texts are given).
 */
function buildDriftMap(input) {
    const { tables, pending } = layOut(input);
    for (const { cell, candidates } of pending) {
        const report = (0,compute_drift/* computeDrift */.f)({ ...candidates, contents: input.contents ?? new Map(), today: input.today });
        cell.driftedFiles = [...report.onlyInSource, ...report.onlyInTarget, ...report.changed]
            .map((entry) => entry.path)
            .sort(compare_strings/* compareStrings */.K);
        cell.acknowledgedFiles = report.intended.map((entry) => entry.path);
        cell.status =
            cell.driftedFiles.length > 0
                ? 'drifted'
                : cell.acknowledgedFiles.length > 0
                    ? 'acknowledged'
                    : 'in-sync';
    }
    return { tables, totals: countStatuses(tables) };
}
/**
 * Phase 1 of the drift map when `driftDetectionIgnoreLineRegex` is set: the blobs whose text is needed to
 * tell files that differ only in ignored lines. Empty when no line is ignored (blob SHAs suffice).
 */
function listDriftMapCandidates(input) {
    if ((input.rules?.ignoreLines ?? []).length === 0)
        return [];
    const requests = new Map();
    for (const { candidates } of layOut(input).pending) {
        for (const request of (0,list_drift_candidates/* listDriftCandidates */.S)(candidates)) {
            if (!requests.has(request.sha))
                requests.set(request.sha, request);
        }
    }
    return [...requests.values()].sort((a, b) => (0,compare_strings/* compareStrings */.K)(a.sha, b.sha));
}
function layOut(input) {
    const lookup = (0,create_tree_lookup/* createTreeLookup */.d)(input.tree);
    const pending = [];
    const tables = groupFlows(input).map((flow) => {
        const rows = (0,find_flow_components/* findFlowComponents */.q)(lookup, flow).map((component) => {
            const config = input.componentConfigs?.get(component.folder);
            const sourceFolder = lazyFolder(lookup, component.folder);
            const cells = flow.targetPaths.map((targetPath) => {
                const cell = emptyCell(`${targetPath}${component.component}`);
                const state = quickStatus({
                    lookup,
                    config,
                    targetPath,
                    source: component.folder,
                    target: cell.target,
                });
                if (state !== undefined)
                    cell.status = state;
                else
                    pending.push({
                        cell,
                        candidates: candidatesFor({
                            input,
                            lookup,
                            config,
                            sourceFolder,
                            component: component.folder,
                            target: cell.target,
                        }),
                    });
                return cell;
            });
            return { source: component.folder, component: component.component, cells };
        });
        return { sourcePath: flow.sourcePath, targetPaths: flow.targetPaths, rows };
    });
    return { tables, pending };
}
/** The status decided without listing files, or undefined when the folders must be compared. */
function quickStatus(question) {
    if (isTargetSkipped(question.config, question.targetPath))
        return 'skipped';
    const targetSha = question.lookup.treeSha(question.target);
    if (targetSha === undefined)
        return 'missing';
    return targetSha === question.lookup.treeSha(question.source) ? 'in-sync' : undefined;
}
function candidatesFor(question) {
    const rules = question.input.rules;
    return {
        pair: { source: question.component, target: question.target },
        trees: { source: question.sourceFolder(), target: question.lookup.folder(question.target) },
        rules: {
            ignoreFiles: rules?.ignoreFiles ?? [],
            ignoreLines: rules?.ignoreLines ?? [],
            acknowledged: question.config?.acknowledgedDrift ?? [],
        },
        withDiffs: false,
    };
}
/** Same rule as promotion planning: block beats allow; a non-empty allow list admits only matching targets. */
function isTargetSkipped(config, targetPath) {
    if (config === undefined)
        return false;
    if (config.promotionTargetBlockList.some((regex) => regex.test(targetPath)))
        return true;
    const allow = config.promotionTargetAllowList;
    return allow.length > 0 && !allow.some((regex) => regex.test(targetPath));
}
/** Flows with the same sourcePath (e.g. the same hop with and without a label condition) share one table. */
function groupFlows(input) {
    const grouped = new Map();
    for (const flow of input.flows) {
        let group = grouped.get(flow.sourcePath);
        if (group === undefined) {
            group = {
                sourcePath: flow.sourcePath,
                componentPathExtraDepth: flow.componentPathExtraDepth,
                targetPaths: [],
            };
            grouped.set(flow.sourcePath, group);
        }
        for (const pr of flow.promotionPrs) {
            for (const target of pr.targetPaths)
                if (!group.targetPaths.includes(target))
                    group.targetPaths.push(target);
        }
    }
    return [...grouped.values()];
}
function lazyFolder(lookup, path) {
    let cached;
    return () => (cached ??= lookup.folder(path));
}
function emptyCell(target) {
    return { target, status: 'in-sync', driftedFiles: [], acknowledgedFiles: [] };
}
function countStatuses(tables) {
    const totals = {
        'in-sync': 0,
        drifted: 0,
        missing: 0,
        acknowledged: 0,
        skipped: 0,
    };
    for (const table of tables)
        for (const row of table.rows)
            for (const cell of row.cells)
                totals[cell.status]++;
    return totals;
}

// EXTERNAL MODULE: ./src/core/drift/source-folder-matcher.ts
var source_folder_matcher = __webpack_require__(48432);
;// CONCATENATED MODULE: ./src/core/drift/list-component-config-folders.ts


/** A component's own configuration file, in its folder. */
const COMPONENT_CONFIG = '/telefonistka.yaml';
/**
 * The component folders (as `findFlowComponents` finds them for any flow) that hold a `telefonistka.yaml`,
 * sorted: found from the configuration files in the tree, so a repository of thousands of components with a
 * handful of configs costs a handful of checks, not a listing of every component of every flow.
 */
function listComponentConfigFolders(tree, flows) {
    const matchers = flows.map((flow) => ({
        source: (0,source_folder_matcher/* sourceFolderMatcher */.U)(flow.sourcePath),
        depth: 1 + Math.max(0, Math.trunc(flow.componentPathExtraDepth)),
    }));
    const found = [];
    for (const [path, entry] of tree) {
        if (entry.type !== 'blob' || !path.endsWith(COMPONENT_CONFIG))
            continue;
        const folder = path.slice(0, -COMPONENT_CONFIG.length);
        if (tree.get(folder)?.type !== 'tree')
            continue;
        const segments = folder.split('/');
        const isComponent = matchers.some(({ source, depth }) => {
            if (segments.length <= depth)
                return false;
            const sourceFolder = segments.slice(0, -depth).join('/');
            return tree.get(sourceFolder)?.type === 'tree' && source.matches(`${sourceFolder}/`);
        });
        if (isComponent)
            found.push(folder);
    }
    return found.sort(compare_strings/* compareStrings */.K);
}

// EXTERNAL MODULE: ./src/use-cases/promote/load-repo-config.ts
var load_repo_config = __webpack_require__(99310);
;// CONCATENATED MODULE: ./src/use-cases/pr-checks/build-repository-drift-map.ts





/** Reads at most this many files at once. */
const CONCURRENT_READS = 8;
/**
 * The whole-repository drift map at `commit`: every component of every flow against every target folder,
 * from one tree read. Component configs (allow/block lists, acknowledged drift) are read only for
 * components that have one; file texts only when `driftDetectionIgnoreLineRegex` makes them matter.
 * `loaded` is the configuration at `commit` when the caller already read it.
 */
async function buildRepositoryDriftMap(request, deps) {
    const loaded = request.loaded ?? (await (0,load_repo_config/* loadRepoConfig */.r)(deps.snapshot, request.commit));
    const tree = await deps.snapshot.readTree(request.commit);
    const config = loaded.config;
    const componentConfigs = await readComponentConfigs(config, tree, request.commit, deps);
    const input = {
        flows: config.promotionPaths,
        tree,
        componentConfigs: componentConfigs.configs,
        rules: {
            ignoreFiles: config.driftDetectionIgnoreFiles,
            ignoreLines: config.driftDetectionIgnoreLineRegex,
        },
        today: request.today,
    };
    const requests = listDriftMapCandidates(input);
    const contents = new Map();
    const read = await (0,map_with_concurrency/* mapWithConcurrency */.W)(requests, CONCURRENT_READS, (r) => deps.snapshot.readFile(request.commit, r.path));
    read.forEach((result, i) => {
        if (result.status === 'fulfilled' && result.value !== undefined)
            contents.set(requests[i].sha, result.value);
    });
    deps.logger.info(`Drift map: ${tree.size} tree entries, ${componentConfigs.configs.size} component configs, ${requests.length} files read`);
    return {
        commit: request.commit,
        map: buildDriftMap({ ...input, contents }),
        warnings: [...loaded.warnings, ...componentConfigs.warnings],
    };
}
async function readComponentConfigs(config, tree, commit, deps) {
    const list = listComponentConfigFolders(tree, config.promotionPaths);
    const texts = await (0,map_with_concurrency/* mapWithConcurrency */.W)(list, CONCURRENT_READS, (folder) => deps.snapshot.readFile(commit, `${folder}/telefonistka.yaml`));
    const configs = new Map();
    const warnings = [];
    texts.forEach((result, i) => {
        const folder = list[i];
        if (result.status === 'rejected')
            throw result.reason;
        if (result.value === undefined)
            return;
        const loaded = (0,parse_component_config/* parseComponentConfig */.b)(result.value, `${folder}/telefonistka.yaml`);
        configs.set(folder, loaded.config);
        warnings.push(...loaded.warnings);
    });
    return { configs, warnings };
}


/***/ })

};
