import { ExternalError } from '../../core/errors/external-error.js';
import { GATES_PERMISSIONS, tokenPermissionFix } from '../../use-cases/shared/token-permission-fix.js';

/**
 * A sweep stopped by GitHub refusing the token (403 "Resource not accessible by integration"; e.g. a private
 * repository's deployments without `deployments: read`): the error names the permissions to add. Others pass.
 */
export function explainSweepRefusal(error: unknown): unknown {
  if (!(error instanceof ExternalError) || error.refusal !== 'token-permission-missing') return error;
  const fix = tokenPermissionFix({
    message: 'Resource not accessible by integration',
    permissions: GATES_PERMISSIONS,
    refused: error.operation,
  });
  return new Error(`The gates sweep evaluated no promotion PR. ${fix}`, { cause: error });
}
