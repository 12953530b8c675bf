import type { PromotionPathConfig, RepoConfig } from '../config/types.js';
import { compileRegex } from '../regex/compile-regex.js';
import type { Re2Regex } from '../regex/compile-regex.js';
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
   * Without `|` a normalised sourcePath (ending in `/`) can only match up to a `/`, so the verdict for a
   * file depends only on its directory and can be cached per directory.
   */
  cacheable: boolean;
  prefix: Re2Regex;
  component: Re2Regex;
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

  return {
    matchPath(path) {
      const directory = path.slice(0, path.lastIndexOf('/') + 1);
      const verdict = verdictOfDirectory(directory);
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
  return {
    index,
    depth,
    literal,
    plain: complete,
    cacheable: !source.includes('|') && source.endsWith('/'),
    prefix: compileRegex(`^(?:${source})`),
    // Group 1 is the concrete source folder; the component is the last group, after any groups of the user's own.
    component: compileRegex(`^(${source})([^/]+${extra})/`),
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
