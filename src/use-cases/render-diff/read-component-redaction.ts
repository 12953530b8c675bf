import { parseComponentConfig } from '../../core/config/parse-component-config.js';
import { componentConfigFileName } from '../../core/render/plain-manifest-files.js';
import type { RenderJob, RenderSide } from '../../core/render/types.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';

/** Whether a job's content is hidden, and why a component config could not be read. */
export interface ComponentRedaction {
  redactAll: boolean;
  warnings: string[];
}

/**
 * `disableArgoCDDiff` of a job: set when the component config of either side sets it (for the after-promotion
 * side, the source folder's config, which the promotion copies). A config that cannot be read hides the
 * content too (fail closed) and says so.
 */
export async function readComponentRedaction(
  job: RenderJob,
  snapshot: RepoSnapshotPort,
): Promise<ComponentRedaction> {
  const warnings: string[] = [];
  let redactAll = false;
  for (const location of [configLocation(job.base), configLocation(job.head)]) {
    if (location === undefined) continue;
    const text = await snapshot.readFile(location.revision, location.file);
    if (text === undefined) continue;
    try {
      redactAll ||= parseComponentConfig(text, location.file).config.disableArgoCdDiff;
    } catch (error) {
      redactAll = true;
      warnings.push(`${(error as Error).message} (the rendered diff of ${job.path} is hidden)`);
    }
  }
  return { redactAll, warnings };
}

/** Where a side's component config is read: the replacing folder's when the tree replaces the side's folder. */
function configLocation(side: RenderSide): { revision: string; file: string } | undefined {
  const replacement = side.tree.replacements.find((r) => r.path === side.path);
  if (replacement === undefined) {
    return { revision: side.tree.revision, file: `${side.path}/${componentConfigFileName}` };
  }
  if (replacement.from === undefined) return undefined;
  return { revision: replacement.from.revision, file: `${replacement.from.path}/${componentConfigFileName}` };
}
