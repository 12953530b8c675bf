export const id = 176;
export const ids = [176];
export const modules = {

/***/ 9681:
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

/***/ 5947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   d6: () => (/* binding */ codeFence),
/* harmony export */   vv: () => (/* binding */ linkLabel)
/* harmony export */ });
/** Inline code for any text: the backtick run is longer than any inside, padded when the text touches a backtick. */
function codeSpan(text) {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
    const ticks = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${text}${pad}${ticks}`;
}
/** A fenced code block that no line of `text` can close early (the fence is longer than any backtick run in it). */
function codeFence(text, language = '') {
    const longest = Math.max(0, ...[...text.matchAll(/^ {0,3}(`{3,})/gm)].map((run) => run[1]?.length ?? 0));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    const body = text.endsWith('\n') ? text : `${text}\n`;
    return `${fence}${language}\n${body}${fence}`;
}
/** Escapes text for a markdown link label (brackets, backslashes) and HTML-ish characters. */
function linkLabel(text) {
    return text.replace(/[\\[\]]/g, (char) => `\\${char}`).replace(/</g, '&lt;');
}


/***/ }),

/***/ 1992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ planCommentUpdates)
/* harmony export */ });
/* harmony import */ var _comment_markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9681);

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

/***/ 2980:
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
var comment_markers = __webpack_require__(9681);
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

;// CONCATENATED MODULE: ./src/core/comments/text-size.ts
/** Length of a string in UTF-8 bytes, without allocating (lone surrogates count as 3 bytes, like U+FFFD). */
function utf8Length(text) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80)
            bytes += 1;
        else if (code < 0x800)
            bytes += 2;
        else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
            bytes += 4;
            i++;
        }
        else
            bytes += 3;
    }
    return bytes;
}
function isLowSurrogate(code) {
    return code >= 0xdc00 && code <= 0xdfff;
}

;// CONCATENATED MODULE: ./src/core/comments/text-measure.ts

/** Measures a text in characters and UTF-8 bytes. */
function measure(text) {
    return { chars: text.length, bytes: utf8Length(text) };
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
        const size = utf8Length(text.slice(i, i + width));
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

/***/ 1748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mapWithConcurrency)
/* harmony export */ });
/**
 * Runs `fn` over `items` with at most `limit` calls in flight and settles every item: one rejection never
 * stops the others. Results keep the order of `items`, whatever order the calls finish in.
 */
async function mapWithConcurrency(items, limit, fn) {
    if (!Number.isInteger(limit) || limit < 1)
        throw new RangeError(`concurrency limit must be a positive integer, got ${limit}`);
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            try {
                results[index] = { status: 'fulfilled', value: await fn(items[index], index) };
            }
            catch (reason) {
                results[index] = { status: 'rejected', reason };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ })

};
