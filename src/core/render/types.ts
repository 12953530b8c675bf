// Shapes of the rendered-manifest diff: which folder is rendered in which tree, and what came out.
import type { ObjectDiffElement } from '../argocd/diff-object-pair.js';

/** The tool a component folder calls for: `kustomization.yaml` -> kustomize, `Chart.yaml` -> helm, else plain YAML. */
export type RenderTool = 'kustomize' | 'helm' | 'plain';

/** What rendering a folder found: a tool, or `absent` when the folder does not exist in that tree. */
export type RenderedTool = RenderTool | 'absent';

/** A folder of a tree replaced by a folder of another revision (a promotion), or removed. */
export interface TreeReplacement {
  /** Repository-relative folder, no trailing slash. */
  path: string;
  /** Where the new content comes from; undefined removes the folder (the promotion of a deleted source). */
  from: { revision: string; path: string } | undefined;
}

/**
 * A repository tree to render in: a revision as committed, or a revision with folders replaced, which is how
 * the repository will look after a promotion (source content in the target folder, everything else unchanged).
 */
export interface RenderTree {
  revision: string;
  replacements: readonly TreeReplacement[];
}

/** One side of a comparison: the folder `path` of `tree`. */
export interface RenderSide {
  tree: RenderTree;
  path: string;
}

/**
 * `changed`: a component this PR changes (a source component, or a folder a promotion PR promotes), base vs
 * head. `downstream`: a target the promotion of a changed source component would overwrite, now vs after.
 */
export type RenderJobKind = 'changed' | 'downstream';

/** One folder to render twice and compare. */
export interface RenderJob {
  kind: RenderJobKind;
  /** The folder shown: the changed component, or the promotion target. No trailing slash. */
  path: string;
  /** For `downstream`: the source folder whose content the promotion copies there. */
  sourcePath: string | undefined;
  /** For `downstream`: the promotion removes the target (its source folder was deleted). */
  removesTarget: boolean;
  base: RenderSide;
  head: RenderSide;
}

/** How one side rendered: the tool, the number of objects, or why it failed. */
export interface RenderedSideSummary {
  /** Undefined when it is not known (the folder could not be inspected). */
  tool: RenderedTool | undefined;
  objectCount: number;
  error: string | undefined;
}

/** The changed objects of one folder, in display order, with counts. */
export interface RenderedObjectsDiff {
  elements: ObjectDiffElement[];
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  /** Non-fatal findings (duplicate objects in one rendering). */
  warnings: string[];
}

/** The outcome for one job: both sides and their diff, or the errors that prevented it. */
export interface RenderDiffItem {
  job: RenderJob;
  base: RenderedSideSummary;
  head: RenderedSideSummary;
  /** Undefined when a side failed to render. */
  diff: RenderedObjectsDiff | undefined;
  /** `disableArgoCDDiff: true` in the component config of either side: objects are listed, content is not. */
  redacted: boolean;
}
