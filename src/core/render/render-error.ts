import { ExternalError } from '../errors/external-error.js';
import type { RenderTool } from './types.js';

/** A folder could not be rendered: names the tool, the folder and the tool's own message. */
export class RenderError extends ExternalError {
  /** The tool the folder called for; undefined when the folder could not even be inspected. */
  readonly tool: RenderTool | undefined;

  constructor(
    message: string,
    options: { tool: RenderTool | undefined; command: string; path: string; cause?: unknown },
  ) {
    super(message, { service: options.command, operation: options.path, cause: options.cause });
    this.name = 'RenderError';
    this.tool = options.tool;
  }
}
