// Validates request and response bodies against the committed subset of GitHub's OpenAPI description
// (openapi-subset.json, produced by scripts/extract-openapi-subset.ts).
//
// OpenAPI 3.0 is not JSON Schema: `nullable: true` must become a `null` type (Ajv's own `nullable` support
// refuses `nullable` without `type` and enums without `null`, both of which GitHub's description has), and
// GitHub uses `oneOf` where branches overlap (`simple-user` vs the permissive `empty-object`), which would
// reject valid bodies, so `oneOf` is checked as `anyOf`.
import { _, Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ServedOperation } from './served-operations.js';
import { createValidatorCache, FORMATS_MODULE, type ValidatorCache } from './validator-cache.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const SUBSET_PATH = fileURLToPath(new URL('./openapi-subset.json', import.meta.url));
const DOCUMENT_ID = 'github-openapi';

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function toJsonSchema(value: Json): Json {
  if (Array.isArray(value)) return value.map(toJsonSchema);
  if (!isObject(value)) return value;
  const result: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'nullable' || key === 'discriminator' || key === 'example' || key === 'examples') continue;
    result[key === 'oneOf' ? 'anyOf' : key] = toJsonSchema(child);
  }
  if (value.nullable !== true) return result;
  if (typeof result.type === 'string') {
    result.type = [result.type, 'null'];
    if (Array.isArray(result.enum) && !result.enum.includes(null)) result.enum = [...result.enum, null];
    return result;
  }
  return { anyOf: [result, { type: 'null' }] };
}

const pointer = (segments: readonly string[]): string =>
  '#/' +
  segments.map((segment) => encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');

/** One schema failure, as recorded by the emulator. */
export interface SchemaViolation {
  readonly operation: string;
  readonly direction: 'request' | 'response' | 'webhook' | 'emulator';
  readonly status?: number;
  readonly path: string;
  readonly errors: readonly string[];
}

/** Validation against the OpenAPI subset. Each method returns error strings (empty when valid). */
export interface SchemaValidator {
  readonly validateRequest: (operation: ServedOperation, body: unknown) => string[];
  /** `undocumented` is returned when the operation does not document a 2xx/3xx status. */
  readonly validateResponse: (operation: ServedOperation, status: number, body: unknown) => string[];
  readonly docsUrl: (operation: ServedOperation) => string;
}

const formatErrors = (errors: readonly ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).slice(0, 20).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);

// GitHub's own bot addresses (`41898282+github-actions[bot]@users.noreply.github.com`) are not RFC 5322
// addresses, yet GitHub sends them in `format: email` fields; only the shape local@domain is checked.
// GitHub sends `""` for unset URLs (`target_url`, `environment_url` of deployment statuses in
// @octokit/webhooks-examples), which the description declares `format: uri`: the empty string passes.
const uri = fullFormats.uri as (value: string) => boolean;
const emulatorFormats = {
  ...Object.fromEntries(
    ['int64', 'int32', 'repo.nwo', 'timestamp', 'uri-template'].map((name) => [name, true]),
  ),
  email: /^[^\s@]+@[^\s@]+$/,
  uri: { type: 'string', validate: (value: string) => value === '' || uri(value) },
} as const;

// `inlineRefs: false` compiles each shared component (`simple-user`, `repository`) once instead of into every
// operation that uses it; `code` keeps the generated source for the validator cache, whose code takes the
// formats from `require(FORMATS_MODULE)` (the object below, with ajv-formats' full formats).
function createAjv(): Ajv {
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    validateFormats: true,
    inlineRefs: false,
    code: { source: true, formats: _`require(${FORMATS_MODULE})` },
  });
  (addFormatsModule as unknown as (instance: Ajv) => void)(ajv);
  for (const [name, format] of Object.entries(emulatorFormats)) ajv.addFormat(name, format);
  return ajv;
}

const cachedFormats = { ...fullFormats, ...emulatorFormats };
const validatorCache = (document: string): ValidatorCache =>
  createValidatorCache({ document, formats: cachedFormats });

let shared: SchemaValidator | undefined;

/** The validator (built once per process; compiling the subset takes a moment). */
export function getSchemaValidator(): SchemaValidator {
  shared ??= createSchemaValidator();
  return shared;
}

function createSchemaValidator(): SchemaValidator {
  const text = readFileSync(SUBSET_PATH, 'utf8');
  const document = JSON.parse(text) as JsonObject;
  const cache = validatorCache(`openapi-subset ${createHash('sha256').update(text).digest('hex')}`);
  // Converted and added only when a validator is not in the cache.
  let documentAjv: Ajv | undefined;
  const ajvWithDocument = (): Ajv => {
    if (documentAjv === undefined) {
      documentAjv = createAjv();
      documentAjv.addSchema(
        toJsonSchema({ components: document.components!, paths: document.paths! }) as object,
        DOCUMENT_ID,
      );
    }
    return documentAjv;
  };
  const compiled = new Map<string, ValidateFunction | null>();
  const paths = document.paths as Record<string, JsonObject>;

  const operationObject = (operation: ServedOperation): JsonObject => {
    const [method, path] = operation.split(' ') as [string, string];
    return paths[path]![method.toLowerCase()] as JsonObject;
  };

  const compile = (segments: readonly string[]): ValidateFunction =>
    cache.validator(pointer(segments), () => {
      const ajv = ajvWithDocument();
      return { ajv, validate: ajv.compile({ $ref: `${DOCUMENT_ID}${pointer(segments)}` }) };
    });

  const responseValidator = (
    operation: ServedOperation,
    status: number,
  ): ValidateFunction | null | undefined => {
    const key = `${operation} ${status}`;
    if (compiled.has(key)) return compiled.get(key);
    const [method, path] = operation.split(' ') as [string, string];
    const responses = operationObject(operation).responses as JsonObject;
    let response = responses[String(status)];
    let segments = ['paths', path, method.toLowerCase(), 'responses', String(status)];
    if (response === undefined) return undefined;
    if (isObject(response) && typeof response.$ref === 'string') {
      segments = response.$ref.replace(/^#\//, '').split('/');
      response = (document.components as JsonObject)[segments[1]!]!;
      response = (response as JsonObject)[segments[2]!];
    }
    const content = isObject(response) ? response.content : undefined;
    const validator =
      isObject(content) && isObject(content['application/json'])
        ? compile([...segments, 'content', 'application/json', 'schema'])
        : null;
    compiled.set(key, validator);
    return validator;
  };

  const genericError = (status: number): ValidateFunction => {
    const key = `generic ${status}`;
    let validator = compiled.get(key);
    if (!validator) {
      const name = status === 422 ? 'validation-error' : 'basic-error';
      validator = compile(['components', 'schemas', name]);
      compiled.set(key, validator);
    }
    return validator;
  };

  return {
    validateRequest: (operation, body) => {
      const key = `${operation} request`;
      if (!compiled.has(key)) {
        const [method, path] = operation.split(' ') as [string, string];
        const requestBody = operationObject(operation).requestBody;
        compiled.set(
          key,
          isObject(requestBody)
            ? compile([
                'paths',
                path,
                method.toLowerCase(),
                'requestBody',
                'content',
                'application/json',
                'schema',
              ])
            : null,
        );
      }
      const validator = compiled.get(key);
      if (!validator) return [];
      return validator(body) ? [] : formatErrors(validator.errors);
    },
    validateResponse: (operation, status, body) => {
      const validator = responseValidator(operation, status);
      if (validator === undefined) {
        // GitHub's description omits many error statuses (401, 404 on some routes, rate limits, 5xx);
        // an undocumented error must still have GitHub's error shape, an undocumented success is a bug.
        if (status < 400) return [`status ${status} is not documented for ${operation}`];
        const generic = genericError(status);
        return generic(body) ? [] : formatErrors(generic.errors);
      }
      if (validator === null) return [];
      return validator(body) ? [] : formatErrors(validator.errors);
    },
    docsUrl: (operation) => {
      const docs = operationObject(operation).externalDocs;
      return isObject(docs) && typeof docs.url === 'string' ? docs.url : 'https://docs.github.com/rest';
    },
  };
}

let sharedWebhooks: ((name: string, payload: unknown) => string[]) | undefined;

/**
 * Validates a webhook payload against @octokit/openapi-webhooks (GitHub's webhook description).
 * `name` is the event and action as the description keys them: `pull-request-closed`, `push`,
 * `issue-comment-created`, `workflow-dispatch`.
 */
export function validateWebhookPayload(name: string, payload: unknown): string[] {
  if (!sharedWebhooks) {
    const require = createRequire(import.meta.url);
    const path = require.resolve('@octokit/openapi-webhooks/generated/api.github.com.json');
    const { version } = require('@octokit/openapi-webhooks/package.json') as { version: string };
    const cache = validatorCache(`${path} ${version}`);
    // Read, converted and added only when a validator is not in the cache.
    let loaded: { ajv: Ajv; webhooks: Record<string, JsonObject> } | undefined;
    const load = () => {
      if (loaded === undefined) {
        const document = JSON.parse(readFileSync(path, 'utf8')) as JsonObject;
        const ajv = createAjv();
        ajv.addSchema(
          toJsonSchema({ components: document.components!, webhooks: document.webhooks! }) as object,
          'webhooks',
        );
        loaded = { ajv, webhooks: document.webhooks as Record<string, JsonObject> };
      }
      return loaded;
    };
    const compiled = new Map<string, ValidateFunction>();
    sharedWebhooks = (event, body) => {
      let validator = compiled.get(event);
      if (!validator) {
        const schemaPointer = pointer([
          'webhooks',
          event,
          'post',
          'requestBody',
          'content',
          'application/json',
          'schema',
        ]);
        validator = cache.validator(schemaPointer, () => {
          const { ajv, webhooks } = load();
          if (!webhooks[event]) throw new Error(`unknown webhook ${event}`);
          return { ajv, validate: ajv.compile({ $ref: `webhooks${schemaPointer}` }) };
        });
        compiled.set(event, validator);
      }
      return validator(body) ? [] : formatErrors(validator.errors);
    };
  }
  return sharedWebhooks(name, payload);
}
