import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../../../schema/telefonistka.schema.json' with { type: 'json' };
import { configKeys } from '../../../src/core/config/config-keys.js';

const docs = readFileSync(new URL('../../../docs/configuration.md', import.meta.url), 'utf8');

describe('schema/telefonistka.schema.json', () => {
  it('compiles under ajv strict mode as draft-07', () => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true });
    ajv.addVocabulary(['deprecationMessage']);
    expect(() => ajv.compile(schema)).not.toThrow();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('lists exactly the repository keys, the component keys and the deprecated spellings at the top level', () => {
    const expected = [
      ...configKeys.repo,
      ...configKeys.component,
      ...Object.keys(configKeys.deprecatedAliases),
    ];
    expect(Object.keys(schema.properties).sort()).toEqual([...expected].sort());
  });

  it('marks exactly the deprecated spellings as deprecated', () => {
    const deprecated = Object.entries(schema.properties)
      .filter(([, property]) => 'deprecated' in property && property.deprecated === true)
      .map(([key]) => key);
    expect(deprecated.sort()).toEqual(Object.keys(configKeys.deprecatedAliases).sort());
  });

  it('lists the argocd keys the loader folds the deprecated spellings into', () => {
    expect(Object.keys(schema.definitions.argocd.properties).sort()).toEqual([...configKeys.argocd].sort());
  });

  it('is documented: docs/configuration.md has an entry for every key of the schema, by its full path', () => {
    const under = (prefix: string, properties: object) =>
      Object.keys(properties).map((key) => `${prefix}${key}`);
    const { promotionPath, promotionPr, webhookEndpointRegex, argocd, acknowledgedDrift } =
      schema.definitions;
    const paths = [
      ...Object.keys(schema.properties).filter((key) => key !== 'argocd'),
      ...under('promotionPaths[].', promotionPath.properties),
      ...under('promotionPaths[].conditions.', promotionPath.properties.conditions.properties),
      ...under('promotionPaths[].promotionPrs[].', promotionPr.properties),
      ...under('webhookEndpointRegexs[].', webhookEndpointRegex.properties),
      ...under('argocd.', argocd.properties),
      ...under('acknowledgedDrift[].', acknowledgedDrift.properties),
    ];
    expect(paths.filter((path) => !docs.includes(`| \`${path}\``))).toEqual([]);
  });
});
