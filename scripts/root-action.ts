// The root action.yml routes every event to a flow, so it takes the inputs and outputs of every flow's action.
// This builds them from actions/<flow>/action.yml (an input shared by several flows keeps its first
// description and default); `npm run docs` writes the file and CI fails when it is stale.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';

interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string;
}

interface ActionYaml {
  inputs?: Record<string, ActionInput>;
  outputs?: Record<string, { description?: string }>;
}

/** Flows the root action routes to, in the order their inputs are listed. */
export const ROOT_FLOWS = ['promote', 'pr-checks', 'argocd-diff', 'webhook-fanout'] as const;

/** Wording for inputs several flows share, where one flow's description would mislead. */
const SHARED_DESCRIPTIONS: Record<string, string> = {
  'github-token':
    'Token for the GitHub API calls of every flow. A GitHub App token lets merged promotion PRs start the next hop by themselves.',
  'dry-run':
    'Show what would happen without doing it: promote comments the plan on the merged PR instead of opening PRs; webhook-fanout lists the endpoints without sending.',
  'checkout-path':
    "Directory of an actions/checkout of this repository (fetch-depth 0); when present the repository is read from git, which saves API calls and sees past GitHub's file caps. Default: the workspace.",
  concurrency:
    'How many Argo CD apps are diffed (argocd-diff, default 10) or webhook endpoints called (webhook-fanout, default 20) at the same time.',
  'write-interval-ms':
    'Minimum spacing of write requests in milliseconds (GitHub asks for one second between content writes).',
  secret:
    'HMAC secret that signs outgoing webhooks (`X-Hub-Signature-256`): webhook-fanout deliveries and the promotion events of promote and the sweep, to endpoints no `secrets-by-url` pattern matches. Empty sends them unsigned.',
  'secrets-by-url':
    'YAML or JSON mapping from an RE2 pattern on the endpoint URL to the secret for those endpoints (webhook-fanout endpoints and `promotionEvents`), first match wins, e.g. `"^https://argocd-prod\\.": "<secret>"` (write the value with `toJSON(secrets.NAME)` in the workflow). An empty secret sends matching endpoints unsigned. Every secret is masked in the log.',
};

/**
 * Outputs of the flows only the root action runs (the gates sweep on `schedule`, no action folder of its own),
 * and of outputs the sweep shares with a flow. Their values come from DEFAULT_OUTPUTS like every flow's.
 */
const ROOT_ONLY_OUTPUTS: Record<string, { description: string }> = {
  'promotion-events': {
    description:
      'promote, sweep: JSON list of `{endpoint, event, pullRequest, outcome, status, attempts, error?}`: the promotion events sent to the `promotionEvents` endpoints (see docs/promotion-events.md); outcome is delivered, failed or invalid. A failed delivery does not fail the step.',
  },
  gates: {
    description:
      'sweep: JSON list, one entry per open gated promotion PR: `{number, state, description, written, merge?, error?}`; state is the `telefonistka/gates` verdict (pending, success, failure), written says whether the sweep wrote it (it changed), merge is merged, auto-merge-enabled or left-open (see docs/gates.md).',
  },
};

const HEADER = {
  name: 'Telefonistka',
  description:
    'GitOps promotions between environment folders of an IaC repository. One step handles every event; it routes each to its flow.',
  author: 'Telefonistka maintainers',
  branding: { icon: 'git-pull-request', color: 'blue' },
};

/** The text of the root action.yml built from the flows' action.yml files found under `root`. */
export async function renderRootAction(root: string): Promise<string> {
  const inputs: Record<string, ActionInput> = {};
  const users = new Map<string, string[]>();
  const outputs: Record<string, { description: string }> = {
    flow: {
      description: `The flow that handled the event (${[...ROOT_FLOWS, 'sweep'].join(', ')} or ignore; several joined with commas).`,
    },
  };
  for (const flow of ROOT_FLOWS) {
    const file = path.join(root, 'actions', flow, 'action.yml');
    if (!existsSync(file)) continue;
    const action = parse(await readFile(file, 'utf8')) as ActionYaml;
    for (const [name, input] of Object.entries(action.inputs ?? {})) {
      users.set(name, [...(users.get(name) ?? []), flow]);
      const first = inputs[name];
      // Flows that disagree on a default keep their own: the root input then defaults to empty.
      inputs[name] =
        first === undefined ? input : first.default === input.default ? first : { ...first, default: '' };
    }
    for (const [name, output] of Object.entries(action.outputs ?? {})) {
      const existing = outputs[name];
      const text = (output.description ?? '').trim();
      outputs[name] = existing === undefined ? { description: `${flow}: ${text}` } : existing;
    }
  }
  for (const [name, output] of Object.entries(ROOT_ONLY_OUTPUTS)) outputs[name] = output;
  // `mode: doctor` belongs to the root action itself: it checks the set-up instead of handling the event.
  const mode = inputs.mode;
  if (mode !== undefined) {
    inputs.mode = {
      ...mode,
      description: `${(mode.description ?? '').trim()} Root action only: \`doctor\` checks the token, the repository settings, this workflow file and telefonistka.yaml and writes a ✓/✗ checklist with fixes to the job summary, whatever the event.`,
    };
  }
  for (const [name, input] of Object.entries(inputs)) {
    const flows = users.get(name) ?? [];
    const text =
      (flows.length > 1 ? SHARED_DESCRIPTIONS[name] : undefined) ?? (input.description ?? '').trim();
    const scope = flows.length === 1 ? `(${flows[0] ?? ''}) ` : '';
    inputs[name] = { ...input, description: `${scope}${text.replace(/\s+/g, ' ')}` };
  }
  const document = { ...HEADER, inputs, outputs, runs: { using: 'node24', main: 'dist/main/index.js' } };
  return `# Generated by scripts/root-action.ts from actions/*/action.yml (npm run docs); do not edit.\n${stringify(document, { lineWidth: 0 })}`;
}
