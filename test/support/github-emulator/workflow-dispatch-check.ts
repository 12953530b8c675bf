// How GitHub validates `POST …/actions/workflows/{id}/dispatches` against the workflow file at the
// dispatched ref: the file must declare the `workflow_dispatch` trigger, every input sent must be
// declared, and every required input without a default must be sent. Messages are GitHub's (422).
import { parse } from 'yaml';

/** GitHub's 422 message when the workflow has no `workflow_dispatch` trigger. */
export const NO_DISPATCH_TRIGGER = "Workflow does not have 'workflow_dispatch' trigger";

interface DeclaredInput {
  readonly required: boolean;
  readonly hasDefault: boolean;
}

type Trigger = { declared: false } | { declared: true; inputs: ReadonlyMap<string, DeclaredInput> };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The `workflow_dispatch` trigger of a workflow file, or `declared: false` (also for unparsable YAML). */
export function dispatchTrigger(source: string): Trigger {
  let document: unknown;
  try {
    document = parse(source);
  } catch {
    return { declared: false };
  }
  const on = isRecord(document) ? document.on : undefined;
  if (on === 'workflow_dispatch' || (Array.isArray(on) && on.includes('workflow_dispatch'))) {
    return { declared: true, inputs: new Map() };
  }
  if (!isRecord(on) || !('workflow_dispatch' in on)) return { declared: false };
  const trigger = on.workflow_dispatch;
  const inputs = new Map<string, DeclaredInput>();
  const declared = isRecord(trigger) && isRecord(trigger.inputs) ? trigger.inputs : {};
  for (const [name, definition] of Object.entries(declared)) {
    const spec = isRecord(definition) ? definition : {};
    inputs.set(name, { required: spec.required === true, hasDefault: spec.default !== undefined });
  }
  return { declared: true, inputs };
}

/** Why GitHub refuses to dispatch `source` with `inputs` (its 422 message), or undefined. */
export function dispatchRefusal(
  source: string,
  inputs: Readonly<Record<string, unknown>>,
): string | undefined {
  const trigger = dispatchTrigger(source);
  if (!trigger.declared) return NO_DISPATCH_TRIGGER;
  const unexpected = Object.keys(inputs).filter((name) => !trigger.inputs.has(name));
  // GitHub prints the list as a Ruby array: ["a", "b"].
  if (unexpected.length > 0)
    return `Unexpected inputs provided: [${unexpected.map((name) => JSON.stringify(name)).join(', ')}]`;
  for (const [name, input] of trigger.inputs) {
    if (input.required && !input.hasDefault && !(name in inputs))
      return `Required input '${name}' not provided`;
  }
  return undefined;
}
