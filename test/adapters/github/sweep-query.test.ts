import { schema as githubSchema } from '@octokit/graphql-schema';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { sweepQuery } from '../../../src/adapters/github/sweep-query.js';

describe('sweepQuery', () => {
  const schema = buildSchema(githubSchema.idl, { assumeValidSDL: true });
  it.each([
    ['the first page with five environments', 5, true],
    ['a later page', 5, false],
    ['no environment', 0, true],
  ])('is a valid document of GitHub’s GraphQL schema: %s', (_name, environments, firstPage) => {
    const errors = validate(schema, parse(sweepQuery(environments, firstPage)));
    expect(errors.map((error) => error.message)).toEqual([]);
  });
});
