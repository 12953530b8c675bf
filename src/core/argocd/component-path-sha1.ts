import { createHash } from 'node:crypto';

/** The label the Go bot and user ApplicationSets put on an Application: SHA-1 of the component path. */
export const componentPathSha1Label = 'telefonistka.io/component-path-sha1';

/**
 * Hex SHA-1 of a component path, the value of `telefonistka.io/component-path-sha1`
 * (`workspace/nginx` -> `dbce8166...`). A trailing `/` is dropped first: ApplicationSets hash `{{.path.path}}`,
 * which never ends with one.
 */
export function componentPathSha1(componentPath: string): string {
  return createHash('sha1').update(componentPath.replace(/\/+$/, ''), 'utf8').digest('hex');
}

/** The label selector that finds the Application of a component (`telefonistka.io/component-path-sha1=<sha1>`). */
export function componentPathSelector(componentPath: string): string {
  return `${componentPathSha1Label}=${componentPathSha1(componentPath)}`;
}
