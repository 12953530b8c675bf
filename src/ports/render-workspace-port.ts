import type { RenderTree } from '../core/render/types.js';

/** Materialises repository trees (revisions, or revisions with folders replaced) as directories to render in. */
export interface RenderWorkspacePort {
  /** The directory holding `tree`'s files; made once per distinct tree and reused until dispose. */
  materialize(tree: RenderTree): Promise<string>;
  /** Removes every directory it made. */
  dispose(): Promise<void>;
}
