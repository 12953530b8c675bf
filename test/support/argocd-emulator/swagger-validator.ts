// Validates the Argo CD emulator's traffic against Argo CD's own REST description (Swagger 2.0): the subset of
// Argo CD v3.6.0's assets/swagger.json that the emulator serves, vendored beside this file as swagger-subset.json
// (regenerate with scripts/extract-argocd-swagger-subset.ts; provenance and license in README.md).
//
// Swagger 2.0 schemas are JSON Schema draft 4 with extras; what is adapted and why:
// - Objects that list `properties` are closed (`additionalProperties: false`): Argo CD serialises Go structs, so
//   a field the description does not know is an emulator or client bug (a typo, an invented field).
// - Types Argo CD marshals by hand are open (`{}`): v1JSON (any JSON), v1FieldsV1 (a raw field set),
//   runtimeRawExtension (a raw object), intstrIntOrString (a number or a string); the description shows their
//   protobuf shape instead.
// - Formats `int64`, `int32` (integers), `byte` (base64) and `date-time` are checked.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The vendored description the emulator validates against (inside the repository, never beside it). */
export const swaggerPath = fileURLToPath(new URL('./swagger-subset.json', import.meta.url));

const DOCUMENT_ID = 'argocd-swagger';
const openDefinitions = new Set(['v1JSON', 'v1FieldsV1', 'runtimeRawExtension', 'intstrIntOrString']);

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function closeObjects(value: Json): Json {
  if (Array.isArray(value)) return value.map(closeObjects);
  if (!isObject(value)) return value;
  const result: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'title' || key === 'description') continue;
    result[key] =
      key === 'properties' && isObject(child)
        ? Object.fromEntries(Object.entries(child).map(([name, schema]) => [name, closeObjects(schema)]))
        : closeObjects(child);
  }
  if (isObject(result['properties']) && result['additionalProperties'] === undefined) {
    result['additionalProperties'] = false;
  }
  return result;
}

/** A Swagger parameter (path, query or body). */
export interface SwaggerParameter {
  name: string;
  in: 'path' | 'query' | 'body';
  type?: string;
  format?: string;
  required?: boolean;
  items?: { type?: string; format?: string };
  schema?: JsonObject;
}

/** One operation of the description. */
export interface SwaggerOperation {
  operationId: string;
  method: string;
  path: string;
  parameters: SwaggerParameter[];
}

/** One failure against the description. */
export interface SchemaViolation {
  direction: 'request' | 'response' | 'emulator';
  operation: string;
  method: string;
  path: string;
  status?: number;
  errors: string[];
}

/** Checks requests and responses of the operations the emulator serves. */
export interface SwaggerValidator {
  operation(method: string, template: string): SwaggerOperation;
  /** Errors in the query string, path parameters and JSON body (empty when valid). */
  validateRequest(
    operation: SwaggerOperation,
    request: { query: URLSearchParams; pathParams: Record<string, string>; body: unknown; rawBody: string },
  ): string[];
  /** Errors in a response body: the 200 schema for 200, the `default` (runtimeError) schema otherwise. */
  validateResponse(operation: SwaggerOperation, status: number, body: unknown): string[];
  /** Compiles the schemas of these operations now, so the first requests are not slowed by it. */
  warm(operations: readonly SwaggerOperation[]): void;
}

const formatErrors = (errors: readonly ErrorObject[] | null | undefined): string[] =>
  (errors ?? [])
    .slice(0, 20)
    .map(
      (e) =>
        `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params && 'additionalProperty' in e.params ? `: ${String(e.params['additionalProperty'])}` : ''}`,
    );

const int64 = /^-?\d+$/;

function createAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true, validateFormats: true });
  (addFormatsModule as unknown as (instance: Ajv, formats: string[]) => void)(ajv, ['date-time']);
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('int32', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** 31,
  });
  ajv.addFormat('byte', /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);
  return ajv;
}

let shared: SwaggerValidator | undefined;

/** The validator, built once per process. */
export function getSwaggerValidator(): SwaggerValidator {
  shared ??= createSwaggerValidator();
  return shared;
}

function createSwaggerValidator(): SwaggerValidator {
  const document = JSON.parse(readFileSync(swaggerPath, 'utf8')) as JsonObject;
  const definitions = document['definitions'] as JsonObject;
  const adapted: JsonObject = {};
  for (const [name, schema] of Object.entries(definitions))
    adapted[name] = openDefinitions.has(name) ? {} : closeObjects(schema);
  const ajv = createAjv();
  ajv.addSchema({ $id: DOCUMENT_ID, definitions: adapted });
  const compiled = new Map<string, ValidateFunction>();
  const compile = (schema: Json): ValidateFunction => {
    const key = JSON.stringify(schema);
    let validator = compiled.get(key);
    if (validator === undefined) {
      const ref = isObject(schema) && typeof schema['$ref'] === 'string' ? schema['$ref'] : undefined;
      validator =
        ref === undefined
          ? ajv.compile(closeObjects(schema) as object)
          : ajv.compile({ $ref: `${DOCUMENT_ID}${ref}` });
      compiled.set(key, validator);
    }
    return validator;
  };
  const paths = document['paths'] as Record<string, Record<string, JsonObject>>;

  return {
    operation(method, template) {
      const entry = paths[template]?.[method.toLowerCase()];
      if (entry === undefined) throw new Error(`${method} ${template} is not in the Argo CD description`);
      return {
        operationId: entry['operationId'] as string,
        method: method.toUpperCase(),
        path: template,
        parameters: (entry['parameters'] ?? []) as unknown as SwaggerParameter[],
      };
    },
    validateRequest(operation, request) {
      const errors: string[] = [];
      const query = operation.parameters.filter((p) => p.in === 'query');
      for (const name of new Set(request.query.keys())) {
        const parameter = query.find((p) => p.name === name);
        if (parameter === undefined) {
          errors.push(`query parameter "${name}" is not documented`);
          continue;
        }
        const values = request.query.getAll(name);
        if (parameter.type !== 'array' && values.length > 1)
          errors.push(`query parameter "${name}" repeated`);
        const type = parameter.type === 'array' ? parameter.items?.type : parameter.type;
        const format = parameter.type === 'array' ? parameter.items?.format : parameter.format;
        for (const value of values) {
          if (type === 'boolean' && value !== 'true' && value !== 'false')
            errors.push(`query parameter "${name}" is not a boolean: ${value}`);
          if ((type === 'integer' || format === 'int64' || format === 'int32') && !int64.test(value)) {
            errors.push(`query parameter "${name}" is not an integer: ${value}`);
          }
        }
      }
      for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
        if (!request.pathParams[parameter.name]) errors.push(`path parameter "${parameter.name}" is empty`);
      }
      const body = operation.parameters.find((p) => p.in === 'body');
      if (body === undefined) {
        if (request.rawBody.trim() !== '') errors.push('the operation takes no body');
      } else if (request.rawBody.trim() === '') {
        if (body.required === true) errors.push('the body is required');
      } else {
        const validator = compile(body.schema as Json);
        if (!validator(request.body)) errors.push(...formatErrors(validator.errors).map((e) => `body ${e}`));
      }
      return errors;
    },
    validateResponse(operation, status, body) {
      const responses = paths[operation.path]![operation.method.toLowerCase()]!['responses'] as JsonObject;
      const response = (status === 200 ? responses['200'] : responses['default']) as JsonObject | undefined;
      if (response === undefined) return [`status ${status} is not documented`];
      const validator = compile(response['schema'] as Json);
      return validator(body) ? [] : formatErrors(validator.errors);
    },
    warm(operations) {
      for (const operation of operations) {
        const entry = paths[operation.path]![operation.method.toLowerCase()]!;
        for (const response of Object.values(entry['responses'] as JsonObject)) {
          if (isObject(response) && response['schema'] !== undefined) compile(response['schema']);
        }
        const body = operation.parameters.find((p) => p.in === 'body');
        if (body?.schema !== undefined) compile(body.schema);
      }
    },
  };
}
