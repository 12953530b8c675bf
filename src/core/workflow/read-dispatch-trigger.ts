import { parseDocument } from 'yaml';

/** The `workflow_dispatch` trigger of a workflow file, as far as GitHub validates a dispatch against it. */
export interface DispatchTrigger {
  /** False when the workflow has no `workflow_dispatch` trigger (GitHub answers 422). */
  present: boolean;
  /** Declared input names, and which of them are required. */
  inputs: string[];
  required: string[];
}

/** Reads the `workflow_dispatch` trigger of a workflow YAML; undefined when the text is not a workflow. */
export function readDispatchTrigger(workflowYaml: string): DispatchTrigger | undefined {
  const document = parseDocument(workflowYaml, { uniqueKeys: false });
  if (document.errors.length > 0) return undefined;
  const root: unknown = document.toJS({ maxAliasCount: 100 });
  if (root === null || typeof root !== 'object') return undefined;
  // YAML 1.1 readers turn a bare `on` key into `true`; the `yaml` package keeps it a string.
  const on = (root as Record<string, unknown>).on;
  if (typeof on === 'string') return { present: on === 'workflow_dispatch', inputs: [], required: [] };
  if (Array.isArray(on)) return { present: on.includes('workflow_dispatch'), inputs: [], required: [] };
  if (on === null || typeof on !== 'object' || !('workflow_dispatch' in on)) {
    return { present: false, inputs: [], required: [] };
  }
  const dispatch = (on as Record<string, unknown>).workflow_dispatch;
  const inputs = (dispatch as { inputs?: unknown } | null)?.inputs;
  if (inputs === null || typeof inputs !== 'object') return { present: true, inputs: [], required: [] };
  const entries = Object.entries(inputs as Record<string, unknown>);
  return {
    present: true,
    inputs: entries.map(([name]) => name),
    required: entries
      .filter(([, spec]) => (spec as { required?: unknown } | null)?.required === true)
      .map(([name]) => name),
  };
}
