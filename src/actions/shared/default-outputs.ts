/**
 * The outputs each action sets before it does anything, so that a step that fails still has every output its
 * action.yml declares (later steps reading `api-calls` or `plan` get a value, not an empty string); the run
 * then overwrites them with what it did.
 */
export const DEFAULT_OUTPUTS = {
  promote: {
    plan: { promotions: [], warnings: [] },
    'pull-requests': [],
    deployments: [],
    'promotion-events': [],
    'api-calls': 0,
  },
  dashboard: {},
  'pr-checks': { outcome: 'failed', drift: {}, 'api-calls': 0 },
  'argocd-diff': { 'has-diff': false, results: [], 'api-calls': 0, 'argocd-api-calls': 0 },
  'webhook-fanout': { deliveries: [], 'api-calls': 0 },
  sweep: { gates: [], 'promotion-events': [], 'api-calls': 0 },
  bump: {
    'pull-request-number': '',
    'pull-request-url': '',
    changed: false,
    result: 'failed',
    branch: '',
    merge: 'none',
    'api-calls': 0,
  },
} as const satisfies Record<string, Record<string, string | number | boolean | object>>;
