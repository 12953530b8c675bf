import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { ToolRendererOptions } from './create-tool-renderer.js';

const execFileAsync = promisify(execFile);

/**
 * The versions of the tools the renderer would use, for the comment footer and the job summary, e.g.
 * `kubectl v1.34.5 (kustomize v5.7.1), helm v4.1.4`. A tool that cannot be asked shows `version unknown`.
 */
export async function readToolVersions(options: ToolRendererOptions = {}): Promise<string> {
  const ask = async (file: string, args: string[]) =>
    execFileAsync(file, args, { timeout: 10_000 }).then(
      ({ stdout }) => stdout,
      () => undefined,
    );
  const kustomize =
    options.kustomize === undefined
      ? kubectlVersion(await ask(options.kubectl ?? 'kubectl', ['version', '--client', '-o', 'json']))
      : `kustomize ${firstVersion(await ask(options.kustomize, ['version']))}`;
  const helm = `helm ${firstVersion(await ask(options.helm ?? 'helm', ['version', '--short']))}`;
  return `${kustomize}, ${helm}`;
}

function kubectlVersion(json: string | undefined): string {
  try {
    const parsed = JSON.parse(json ?? '') as {
      clientVersion?: { gitVersion?: string };
      kustomizeVersion?: string;
    };
    const kubectl = parsed.clientVersion?.gitVersion ?? 'version unknown';
    return parsed.kustomizeVersion === undefined
      ? `kubectl ${kubectl}`
      : `kubectl ${kubectl} (kustomize ${parsed.kustomizeVersion})`;
  } catch {
    return 'kubectl version unknown';
  }
}

function firstVersion(text: string | undefined): string {
  return /v?\d+\.\d+\.\d+[^\s+"]*/.exec(text ?? '')?.[0] ?? 'version unknown';
}
