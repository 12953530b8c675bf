import { lstat, mkdtemp, readdir, readFile, realpath, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { detectRenderTool } from '../../core/render/detect-render-tool.js';
import { helmValuesFiles } from '../../core/render/helm-values-files.js';
import { plainManifestFiles } from '../../core/render/plain-manifest-files.js';
import { RenderError } from '../../core/render/render-error.js';
import type { RenderTool } from '../../core/render/types.js';
import type { ManifestRendererPort, RenderedManifests } from '../../ports/manifest-renderer-port.js';
import { findKustomizeRemote } from './find-kustomize-remote.js';
import { findOutsideReference } from './find-outside-reference.js';
import { runTool, type ToolResult } from './run-tool.js';

/** Paths and limits of the external tools. */
export interface ToolRendererOptions {
  /** `kubectl` binary (its built-in kustomize renders kustomizations); default `kubectl` from PATH. */
  kubectl?: string;
  /** `helm` binary; default `helm` from PATH. */
  helm?: string;
  /** A standalone `kustomize` binary; when set, kustomizations render with `kustomize build` instead of kubectl. */
  kustomize?: string;
  /** Per component; the tool's process group is killed after it. Default 60 s. */
  timeoutMs?: number;
  /** Output cap per component. Default 64 MiB. */
  maxOutputBytes?: number;
  /**
   * Values files for `helm template -f`, relative to the chart folder (may reach outside it), in order. Default:
   * the folder's `values-*.yaml` / `values.*.yaml` files sorted by name (see helmValuesFiles).
   */
  helmValueFiles?: readonly string[];
  /** Where per-render scratch directories (helm's homes) go. Default: the OS temp dir. */
  tempDir?: string;
  /** PATH of the tools' processes (the runner passes its own). Default: `/usr/bin:/bin`. */
  searchPath?: string | undefined;
}

/** Any network access of a tool goes to this closed loopback port (discard) and fails at once. */
const noProxy = 'http://127.0.0.1:9';

/**
 * The renderer over the real tools. Per folder: kustomization -> `kubectl kustomize` (or `kustomize build`),
 * `Chart.yaml` -> `helm template <folder name> <folder> -f <values files>`, else the folder's YAML/JSON files
 * concatenated. No network: remote kustomize references are refused up front, helm only uses vendored charts
 * (`charts/`; dependencies are never updated) and gets empty temporary homes, every tool gets a proxy that
 * refuses connections, git transports are disabled, and the environment carries no credentials.
 */
export function createToolRenderer(options: ToolRendererOptions = {}): ManifestRendererPort {
  const settings = {
    kubectl: options.kubectl ?? 'kubectl',
    helm: options.helm ?? 'helm',
    kustomize: options.kustomize,
    timeoutMs: options.timeoutMs ?? 60_000,
    maxOutputBytes: options.maxOutputBytes ?? 64 * 1024 * 1024,
    helmValueFiles: options.helmValueFiles,
    tempDir: options.tempDir ?? os.tmpdir(),
    searchPath: options.searchPath ?? '/usr/bin:/bin',
  };
  return {
    render: async (root, componentPath) => {
      const folder = resolveInside(root, componentPath);
      const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      });
      if (entries === undefined) return { tool: 'absent', output: '', toolMs: 0 };
      const files = entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
      const tool = detectRenderTool(files);
      const context = { root, folder, componentPath, files, settings };
      if (tool === 'plain') return { tool, output: await concatenate(folder, files), toolMs: 0 };
      return tool === 'kustomize' ? renderKustomize(context) : renderHelm(context);
    },
  };
}

type Settings = Required<Omit<ToolRendererOptions, 'kustomize' | 'helmValueFiles'>> &
  Pick<ToolRendererOptions, 'kustomize' | 'helmValueFiles'>;

interface RenderContext {
  root: string;
  folder: string;
  componentPath: string;
  files: string[];
  settings: Settings;
}

function resolveInside(root: string, componentPath: string): string {
  const folder = path.resolve(root, componentPath);
  if (folder !== path.resolve(root) && !folder.startsWith(`${path.resolve(root)}${path.sep}`)) {
    throw new RenderError('the folder is outside the repository', {
      tool: undefined,
      command: 'render',
      path: componentPath,
    });
  }
  return folder;
}

async function concatenate(folder: string, files: readonly string[]): Promise<string> {
  const texts: string[] = [];
  for (const name of plainManifestFiles(files)) {
    const file = path.join(folder, name);
    if ((await lstat(file)).isSymbolicLink()) continue;
    const text = await readFile(file, 'utf8');
    texts.push(text.endsWith('\n') ? text : `${text}\n`);
  }
  return texts.join('---\n');
}

async function renderKustomize(context: RenderContext): Promise<RenderedManifests> {
  const { settings, componentPath } = context;
  await refuseOutsideReferences(context, 'kustomize', []);
  const remote = await findKustomizeRemote(context.root, context.folder);
  if (remote !== undefined) {
    throw new RenderError(
      `remote reference ${JSON.stringify(remote.reference)} in ${remote.file} is not allowed: rendering runs without network access; vendor it into the repository`,
      { tool: 'kustomize', command: 'kustomize', path: componentPath },
    );
  }
  const [file, args, service] =
    settings.kustomize === undefined
      ? [settings.kubectl, ['kustomize', context.folder], 'kubectl kustomize']
      : [settings.kustomize, ['build', context.folder], 'kustomize build'];
  return runRender(context, { tool: 'kustomize', file, args, service });
}

async function renderHelm(context: RenderContext): Promise<RenderedManifests> {
  const values = context.settings.helmValueFiles ?? helmValuesFiles(context.files);
  await refuseOutsideReferences(context, 'helm', values);
  const release = releaseName(path.basename(context.folder));
  const args = [
    'template',
    release,
    context.folder,
    ...values.flatMap((file) => ['-f', path.resolve(context.folder, file)]),
  ];
  return runRender(context, { tool: 'helm', file: context.settings.helm, args, service: 'helm template' });
}

/** Nothing outside the repository is read: a reference leaving it fails the component before the tool runs. */
async function refuseOutsideReferences(
  context: RenderContext,
  tool: 'kustomize' | 'helm',
  valuesFiles: readonly string[],
): Promise<void> {
  const outside = await findOutsideReference({
    root: context.root,
    folder: context.folder,
    tool,
    valuesFiles,
  });
  if (outside === undefined) return;
  throw new RenderError(
    `${JSON.stringify(outside.reference)} in ${outside.file} is outside the repository: rendering reads only the repository's own files; move what it needs into the repository`,
    { tool, command: tool, path: context.componentPath },
  );
}

/** A valid helm release name from a folder name: lowercase DNS label characters, at most 53. */
function releaseName(folderName: string): string {
  const name = folderName
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 53);
  return name === '' ? 'release' : name;
}

interface ToolCommand {
  tool: RenderTool;
  file: string;
  args: string[];
  service: string;
}

async function runRender(context: RenderContext, command: ToolCommand): Promise<RenderedManifests> {
  const scratch = await mkdtemp(path.join(context.settings.tempDir, 'telefonistka-tool-'));
  try {
    let result: ToolResult;
    try {
      result = await runTool({
        file: command.file,
        args: command.args,
        cwd: context.root,
        env: isolatedEnv(scratch, context.settings.searchPath),
        timeoutMs: context.settings.timeoutMs,
        maxOutputBytes: context.settings.maxOutputBytes,
      });
    } catch (error) {
      const message = `cannot run ${path.basename(command.file)}: ${(error as Error).message}`;
      throw new RenderError(await hideLocalPaths(message, context, scratch), {
        tool: command.tool,
        command: command.service,
        path: context.componentPath,
        cause: error,
      });
    }
    const failure = describeFailure(result, context.settings);
    if (failure !== undefined) {
      throw new RenderError(await hideLocalPaths(failure, context, scratch), {
        tool: command.tool,
        command: command.service,
        path: context.componentPath,
      });
    }
    return { tool: command.tool, output: result.stdout, toolMs: result.elapsedMs };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Tool messages name files by absolute path: the tree's own become relative to it, scratch and temp directories
 * become `<temp>`, so no runner path reaches a PR comment.
 */
async function hideLocalPaths(text: string, context: RenderContext, scratch: string): Promise<string> {
  const real = async (dir: string) => [dir, await realpath(dir).catch(() => dir)];
  const roots = await real(path.resolve(context.root));
  const temps = [...(await real(scratch)), ...(await real(path.resolve(context.settings.tempDir)))];
  let out = text;
  for (const root of [...new Set(roots)].sort((a, b) => b.length - a.length))
    out = out.split(`${root}${path.sep}`).join('').split(root).join('.');
  for (const temp of [...new Set(temps)].sort((a, b) => b.length - a.length))
    out = out.split(temp).join('<temp>');
  return out;
}

function describeFailure(result: ToolResult, settings: Settings): string | undefined {
  if (result.timedOut) return `timed out after ${settings.timeoutMs / 1000} s (process killed)`;
  if (result.outputTooLarge) return `output exceeds ${settings.maxOutputBytes} bytes (process killed)`;
  if (result.exitCode === 0) return undefined;
  return result.stderr.trim() || `exit code ${String(result.exitCode)}`;
}

/** A minimal environment: PATH, empty homes and caches, no kubeconfig, no network, no git transports. */
function isolatedEnv(scratch: string, searchPath: string): NodeJS.ProcessEnv {
  return {
    PATH: searchPath,
    HOME: scratch,
    TMPDIR: scratch,
    HELM_CACHE_HOME: path.join(scratch, 'helm-cache'),
    HELM_CONFIG_HOME: path.join(scratch, 'helm-config'),
    HELM_DATA_HOME: path.join(scratch, 'helm-data'),
    KUBECONFIG: path.join(scratch, 'no-kubeconfig'),
    HTTP_PROXY: noProxy,
    HTTPS_PROXY: noProxy,
    http_proxy: noProxy,
    https_proxy: noProxy,
    NO_PROXY: '',
    no_proxy: '',
    GIT_ALLOW_PROTOCOL: 'none',
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
  };
}
