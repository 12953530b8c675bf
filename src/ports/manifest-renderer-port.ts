import type { RenderedTool } from '../core/render/types.js';

/** What rendering one folder printed, and how long the external tool took. */
export interface RenderedManifests {
  /** The tool the folder called for, or `absent` (no output) when the folder does not exist. */
  tool: RenderedTool;
  /** The multi-document YAML stream. */
  output: string;
  /** Wall time spent in the external tool (0 for plain folders). */
  toolMs: number;
}

/** Renders component folders of a materialised tree; rejects with a RenderError naming the tool and carrying its message. */
export interface ManifestRendererPort {
  /** Renders the folder `path` (repository-relative) of the tree materialised in `root`. */
  render(root: string, path: string): Promise<RenderedManifests>;
}
