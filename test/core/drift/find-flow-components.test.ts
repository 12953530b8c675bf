import { describe, expect, it } from 'vitest';
import { createTreeLookup } from '../../../src/core/drift/create-tree-lookup.js';
import { findFlowComponents } from '../../../src/core/drift/find-flow-components.js';
import { treeIndexOf } from './drift-fixtures.js';

const lookup = createTreeLookup(
  treeIndexOf({
    'workspace/nginx/values.yaml': '1',
    'workspace/README.md': 'not a component',
    'workspace-old/nginx/values.yaml': '1',
    'prod/us-east-4/teamA/namespaceB/componentA/file.yaml': '1',
    'prod/us-east-4/teamA/file.yaml': 'too shallow',
    'clusters/staging/us-central1/c1/nginx/values.yaml': '1',
    'clusters/staging/eu-west1/c1/nginx/values.yaml': '2',
    'clusters/staging/eu-west1/c1/redis/values.yaml': '2',
  }),
);

describe('findFlowComponents', () => {
  it.each([
    { sourcePath: 'workspace/', depth: 0, expected: ['workspace/nginx'] },
    { sourcePath: 'prod/us-east-4/', depth: 2, expected: ['prod/us-east-4/teamA/namespaceB/componentA'] },
    {
      sourcePath: 'clusters/staging/[^/]*/[^/]*/',
      depth: 0,
      expected: [
        'clusters/staging/eu-west1/c1/nginx',
        'clusters/staging/eu-west1/c1/redis',
        'clusters/staging/us-central1/c1/nginx',
      ],
    },
    { sourcePath: 'nowhere/', depth: 0, expected: [] },
  ])('finds the component folders of $sourcePath (extra depth $depth)', ({ sourcePath, depth, expected }) => {
    const found = findFlowComponents(lookup, { sourcePath, componentPathExtraDepth: depth });
    expect(found.map((component) => component.folder)).toEqual(expected);
  });

  it('names the concrete source folder and the component of a regex source', () => {
    const [first] = findFlowComponents(lookup, {
      sourcePath: 'clusters/staging/[^/]*/[^/]*/',
      componentPathExtraDepth: 0,
    });
    expect(first).toEqual({
      folder: 'clusters/staging/eu-west1/c1/nginx',
      sourceFolder: 'clusters/staging/eu-west1/c1/',
      component: 'nginx',
    });
  });
});
