import type { KubeObject } from '../../core/argocd/types.js';
import { mapWithConcurrency } from '../../core/concurrency/map-with-concurrency.js';
import { ManifestParseError, parseRenderedManifests } from '../../core/render/parse-rendered-manifests.js';
import { RenderError } from '../../core/render/render-error.js';
import { renderTreeKey } from '../../core/render/render-tree-key.js';
import type { RenderedTool, RenderJob, RenderSide } from '../../core/render/types.js';
import type { Logger } from '../../ports/logger.js';
import type { ManifestRendererPort } from '../../ports/manifest-renderer-port.js';
import type { RenderWorkspacePort } from '../../ports/render-workspace-port.js';
import { errorMessage } from '../../core/errors/error-message.js';

/** One side rendered: its objects, or why there are none. */
export interface SideOutcome {
  tool: RenderedTool | undefined;
  objects: KubeObject[];
  error: string | undefined;
  toolMs: number;
}

/** Every distinct side of the jobs rendered once, keyed by {@link sideKey}. */
export interface RenderedSides {
  outcomes: Map<string, SideOutcome>;
  /** Wall time spent in the external tools, summed over renders. */
  toolMs: number;
}

/** The cache key of a side: its tree and folder. */
export function sideKey(side: RenderSide): string {
  return `${renderTreeKey(side.tree)}\u0000${side.path}`;
}

/**
 * Renders each distinct (tree, folder) of the jobs once, at most `concurrency` at a time: materialise the tree
 * (once per tree), run the tool, parse its output. A failure (tree, tool or output) is that side's error;
 * the other sides go on.
 */
export async function renderSides(
  jobs: readonly RenderJob[],
  ports: { workspace: RenderWorkspacePort; renderer: ManifestRendererPort; logger: Logger },
  concurrency: number,
): Promise<RenderedSides> {
  const sides = new Map<string, RenderSide>();
  for (const job of jobs) for (const side of [job.base, job.head]) sides.set(sideKey(side), side);
  const entries = [...sides.entries()];
  const settled = await mapWithConcurrency(entries, concurrency, ([, side]) => renderSide(side, ports));
  const outcomes = new Map<string, SideOutcome>();
  let toolMs = 0;
  settled.forEach((result, i) => {
    const outcome = result.status === 'fulfilled' ? result.value : failure(result.reason, undefined);
    toolMs += outcome.toolMs;
    outcomes.set(entries[i]![0], outcome);
  });
  return { outcomes, toolMs };
}

async function renderSide(
  side: RenderSide,
  ports: { workspace: RenderWorkspacePort; renderer: ManifestRendererPort; logger: Logger },
): Promise<SideOutcome> {
  let tool: RenderedTool | undefined;
  try {
    const dir = await ports.workspace.materialize(side.tree);
    const rendered = await ports.renderer.render(dir, side.path);
    tool = rendered.tool;
    const objects = parseOutput(rendered.output, rendered.tool);
    ports.logger.debug(
      `${side.path} @ ${side.tree.revision.slice(0, 7)}${side.tree.replacements.length > 0 ? ' (after promotion)' : ''}: ${rendered.tool}, ${objects.length} objects, ${Math.round(rendered.toolMs)} ms`,
    );
    return { tool, objects, error: undefined, toolMs: rendered.toolMs };
  } catch (error) {
    return failure(error, tool);
  }
}

function parseOutput(output: string, tool: RenderedTool): KubeObject[] {
  try {
    return parseRenderedManifests(output);
  } catch (error) {
    if (!(error instanceof ManifestParseError)) throw error;
    const what = tool === 'plain' ? 'the folder' : `the ${tool} output`;
    throw new Error(`${what} is not a stream of Kubernetes objects: ${error.message}`, { cause: error });
  }
}

function failure(error: unknown, tool: RenderedTool | undefined): SideOutcome {
  const message = errorMessage(error);
  const known = error instanceof RenderError ? error.tool : tool;
  return { tool: known, objects: [], error: message, toolMs: 0 };
}
