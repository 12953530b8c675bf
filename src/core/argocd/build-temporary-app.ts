import { componentPathSha1Label } from './component-path-sha1.js';
import type { ArgoCdApplication, JsonObject, JsonValue } from './types.js';
import { normalizeRepoUrl, type AppSetMatch } from './find-app-set-for-component.js';
import { renderFastTemplate } from './render-fast-template.js';
import { renderGoTemplate, sanitizeName, TemplateError, type TemplateValue } from './render-go-template.js';

/** Prefix of every temporary app's name. */
export const TEMPORARY_APP_PREFIX = 'temp-';
/** Label marking an app Telefonistka created only to render a diff (find leftovers with this selector). */
export const TEMPORARY_APP_LABEL = 'telefonistka.io/temporary-app';

/** A temporary Application, ready to create, and the source that renders the PR's revision. */
export interface TemporaryApp {
  app: ArgoCdApplication;
  /** 1-based position in `spec.sources` for a multi-source template; undefined for `spec.source`. */
  sourcePosition: number | undefined;
}

/** The git directory generator's parameters for one path, nested (go-template) and flat (fasttemplate). */
export function gitDirectoryParams(componentPath: string): {
  nested: TemplateValue;
  flat: Map<string, string>;
} {
  const path = componentPath.replace(/\/+$/, '');
  const segments = path.split('/');
  const basename = segments.at(-1) ?? '';
  const fields = {
    path,
    basename,
    basenameNormalized: sanitizeName(basename),
    filename: basename,
    filenameNormalized: sanitizeName(basename),
  };
  const flat = new Map<string, string>([['path', path]]);
  for (const [key, value] of Object.entries(fields)) if (key !== 'path') flat.set(`path.${key}`, value);
  segments.forEach((segment, i) => flat.set(`path[${i}]`, segment));
  return { nested: { path: { ...fields, segments } }, flat };
}

/**
 * Renders the matched ApplicationSet's template for `componentPath` (go-template when `goTemplate: true`,
 * else fasttemplate; the Go bot forced go-template) and turns it into a throw-away app: name `temp-<name>`,
 * no automated sync, no finalizers (deleting it must never cascade), the PR repository's source(s) at
 * `headRef`, and a label marking it temporary. Throws TemplateError when the template cannot be rendered.
 */
export function buildTemporaryApp(
  match: AppSetMatch,
  componentPath: string,
  options: { headRef: string; repoUrl: string },
): TemporaryApp {
  const template = match.appSet.spec.template;
  if (template === undefined)
    throw new TemplateError(`ApplicationSet ${match.appSet.metadata.name} has no template`);
  const params = gitDirectoryParams(componentPath);
  const goTemplate = match.appSet.spec.goTemplate === true;
  const missingKeyError = (match.appSet.spec.goTemplateOptions ?? []).includes('missingkey=error');
  const render = (text: string) =>
    goTemplate
      ? renderGoTemplate(text, params.nested, { missingKeyError })
      : renderFastTemplate(text, params.flat);
  const rendered = renderJson(template, render) as JsonObject;
  const metadata = asObject(rendered['metadata']);
  const name = metadata['name'];
  if (typeof name !== 'string' || name.trim() === '')
    throw new TemplateError(
      `ApplicationSet ${match.appSet.metadata.name}: the rendered template has no name`,
    );
  const spec = structuredClone(asObject(rendered['spec']));
  const syncPolicy = spec['syncPolicy'];
  if (isObject(syncPolicy)) delete syncPolicy['automated'];
  const sourcePosition = pointAtRevision(spec, options);
  const labels: Record<string, string> = { ...stringMap(metadata['labels']), [TEMPORARY_APP_LABEL]: 'true' };
  // A copied component label would let discovery by label find the temporary app instead of the real one.
  delete labels[componentPathSha1Label];
  const app = {
    metadata: {
      name: `${TEMPORARY_APP_PREFIX}${name}`.slice(0, 253),
      ...(typeof metadata['namespace'] === 'string' ? { namespace: metadata['namespace'] } : {}),
      labels,
      ...(isObject(metadata['annotations']) ? { annotations: stringMap(metadata['annotations']) } : {}),
    },
    spec,
  } as unknown as ArgoCdApplication;
  return { app, sourcePosition };
}

/** Sets `targetRevision` on the PR repository's source(s); returns the position that renders the component. */
function pointAtRevision(
  spec: JsonObject,
  options: { headRef: string; repoUrl: string },
): number | undefined {
  const single = spec['source'];
  if (isObject(single)) {
    single['targetRevision'] = options.headRef;
    return undefined;
  }
  const sources = Array.isArray(spec['sources']) ? spec['sources'].filter(isObject) : [];
  const ours = sources
    .map((source, i) => ({ source, position: i + 1 }))
    .filter(
      ({ source }) =>
        normalizeRepoUrl(typeof source['repoURL'] === 'string' ? source['repoURL'] : '') ===
        normalizeRepoUrl(options.repoUrl),
    );
  for (const { source } of ours) source['targetRevision'] = options.headRef;
  return (ours.find(({ source }) => typeof source['path'] === 'string') ?? ours[0])?.position;
}

function renderJson(value: JsonValue, render: (text: string) => string): JsonValue {
  if (typeof value === 'string') return render(value);
  if (Array.isArray(value)) return value.map((item) => renderJson(item, render));
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const [key, item] of Object.entries(value)) out[key] = renderJson(item, render);
    return out;
  }
  return value;
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asObject(value: JsonValue | undefined): JsonObject {
  return isObject(value) ? value : {};
}

function stringMap(value: JsonValue | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(asObject(value))) if (typeof item === 'string') out[key] = item;
  return out;
}
