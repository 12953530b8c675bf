import type { PromotionPathConfig, RepoConfig } from '../config/types.js';
import { compileRegex } from '../regex/compile-regex.js';
import type { Re2Regex } from '../regex/compile-regex.js';
import { fixedSlashCount } from './fixed-slash-count.js';
import { literalPrefix } from './literal-prefix.js';

/** Where a changed path falls: in a component of a flow, too shallow for its first flow, or in no flow. */
export type PathVerdict =
  | { kind: 'component'; flowIndex: number; sourcePath: string; component: string }
  | { kind: 'shallow'; flowIndex: number }
  | { kind: 'none' };

/** Matches paths and source folders against the `promotionPaths[]` of one config, with caches. */
export interface FlowMatcher {
  /** The first flow whose sourcePath matches `path` anchored at the start, and the component it names. */
  matchPath(path: string): PathVerdict;
  /** True when flow `flowIndex`'s sourcePath matches `folder` anchored at the start. */
  matchesFolder(flowIndex: number, folder: string): boolean;
}

interface CompiledFlow {
  index: number;
  depth: number;
  literal: string;
  /** The sourcePath has no regex syntax: plain string operations give the exact answer. */
  plain: boolean;
  /**
   * Without `|` a normalized sourcePath (ending in `/`) can only match up to a `/`, so the verdict for a
   * file depends only on its directory and can be cached per directory.
   */
  cacheable: boolean;
  prefix: Re2Regex;
  component: Re2Regex;
  /**
   * When every match of the sourcePath holds a fixed number of `/`, a component match ends at slash number
   * `boundary`: the verdict depends only on the text up to it (the component folder) and is cached by it.
   */
  boundary: number | undefined;
  byComponentFolder: Map<string, PathVerdict | null>;
}

const NONE: PathVerdict = { kind: 'none' };

/**
 * Compiles each flow's anchored regexes once and caches verdicts per directory, so that planning 100,000
 * changed files runs the RE2 engine once per distinct directory rather than once per file and flow.
 */
export function createFlowMatcher(config: RepoConfig): FlowMatcher {
  const flows = config.promotionPaths.map(compileFlow);
  const cacheable = flows.filter((flow) => flow.cacheable);
  const uncacheable = flows.filter((flow) => !flow.cacheable);
  const byDirectory = new Map<string, PathVerdict>();
  const byFolder = new Map<string, boolean>();

  const verdictOfDirectory = (directory: string): PathVerdict => {
    let verdict = byDirectory.get(directory);
    if (verdict === undefined) {
      verdict = firstVerdict(cacheable, directory);
      byDirectory.set(directory, verdict);
    }
    return verdict;
  };

  // Changed files usually come sorted, so the previous file's directory is the likeliest hit.
  let lastDirectory: string | undefined;
  let lastVerdict: PathVerdict = NONE;
  const cachedVerdict = (path: string): PathVerdict => {
    const slash = path.lastIndexOf('/');
    if (lastDirectory !== undefined && slash + 1 === lastDirectory.length && path.startsWith(lastDirectory)) {
      return lastVerdict;
    }
    lastDirectory = path.slice(0, slash + 1);
    lastVerdict = verdictOfDirectory(lastDirectory);
    return lastVerdict;
  };

  return {
    matchPath(path) {
      const verdict = cachedVerdict(path);
      if (uncacheable.length === 0) return verdict;
      const limit = verdict.kind === 'none' ? Infinity : verdict.flowIndex;
      const earlier = uncacheable.filter((flow) => flow.index < limit);
      const override = firstVerdict(earlier, path);
      return override.kind === 'none' ? verdict : override;
    },
    matchesFolder(flowIndex, folder) {
      const key = `${flowIndex}\u0000${folder}`;
      let matched = byFolder.get(key);
      if (matched === undefined) {
        const flow = flows[flowIndex];
        matched = flow !== undefined && prefixMatches(flow, folder);
        byFolder.set(key, matched);
      }
      return matched;
    },
  };
}

function compileFlow(config: PromotionPathConfig, index: number): CompiledFlow {
  const source = config.sourcePath;
  const depth = Math.max(0, Math.trunc(config.componentPathExtraDepth));
  const { prefix: literal, complete } = literalPrefix(source);
  const extra = depth > 0 ? `(?:/[^/]+){${depth}}` : '';
  const slashes = fixedSlashCount(source);
  return {
    index,
    depth,
    literal,
    plain: complete,
    cacheable: !source.includes('|') && source.endsWith('/'),
    prefix: compileRegex(`^(?:${source})`),
    // Group 1 is the concrete source folder; the component is the last group, after any groups of the user's own.
    component: compileRegex(`^(${source})([^/]+${extra})/`),
    boundary: slashes === undefined ? undefined : slashes + depth + 1,
    byComponentFolder: new Map(),
  };
}

function firstVerdict(flows: readonly CompiledFlow[], text: string): PathVerdict {
  for (const flow of flows) {
    if (!text.startsWith(flow.literal)) continue;
    const verdict = flow.plain ? plainVerdict(flow, text) : regexVerdict(flow, text);
    if (verdict !== undefined) return verdict;
  }
  return NONE;
}

function plainVerdict(flow: CompiledFlow, text: string): PathVerdict {
  let end = flow.literal.length - 1;
  for (let segment = 0; segment <= flow.depth; segment++) {
    const next = text.indexOf('/', end + 1);
    if (next < 0 || next === end + 1) return { kind: 'shallow', flowIndex: flow.index };
    end = next;
  }
  return {
    kind: 'component',
    flowIndex: flow.index,
    sourcePath: flow.literal,
    component: text.slice(flow.literal.length, end),
  };
}

function regexVerdict(flow: CompiledFlow, text: string): PathVerdict | undefined {
  const end = flow.boundary === undefined ? -1 : nthSlash(text, flow.boundary);
  if (end < 0) return runRegexes(flow, text);
  const folder = text.slice(0, end + 1);
  let verdict = flow.byComponentFolder.get(folder);
  if (verdict === undefined) {
    verdict = runRegexes(flow, folder) ?? null;
    flow.byComponentFolder.set(folder, verdict);
  }
  return verdict ?? undefined;
}

/** Index of the `count`-th `/` of `text` (1-based count), or -1. */
function nthSlash(text: string, count: number): number {
  let index = -1;
  for (let seen = 0; seen < count; seen++) {
    index = text.indexOf('/', index + 1);
    if (index < 0) return -1;
  }
  return index;
}

function runRegexes(flow: CompiledFlow, text: string): PathVerdict | undefined {
  const match = flow.component.matches(text)[0];
  if (match !== undefined) {
    const sourcePath = match.groups[1] ?? '';
    const component = match.groups[flow.component.groupCount] ?? '';
    return { kind: 'component', flowIndex: flow.index, sourcePath, component };
  }
  return flow.prefix.test(text) ? { kind: 'shallow', flowIndex: flow.index } : undefined;
}

function prefixMatches(flow: CompiledFlow, text: string): boolean {
  if (!text.startsWith(flow.literal)) return false;
  return flow.plain || flow.prefix.test(text);
}
