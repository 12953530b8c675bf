import type { ArgoCdApplicationSet, JsonObject, JsonValue } from './types.js';
import { BadPatternError, goPathMatch } from './go-path-match.js';

/** The ApplicationSet that would generate a component's app, and the generator that matched. */
export interface AppSetMatch {
  appSet: ArgoCdApplicationSet;
  generator: 'git' | 'plugin';
  /** The directory glob or plugin `path` parameter that matched. */
  pattern: string;
}

/** Findings about ApplicationSets that could not be read (bad globs); not errors of the component. */
export interface AppSetSearch {
  match: AppSetMatch | undefined;
  warnings: string[];
}

/** Repository URLs compare without case, trailing `/` and `.git`, as Argo CD normalizes them. */
export function normalizeRepoUrl(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
}

/**
 * The first ApplicationSet with a generator that would produce an app for `componentPath`: a Git directory
 * generator on the PR repository whose `directories[].path` glob matches (Go `path.Match`: `*` does not cross
 * `/`; a matching `exclude: true` entry rules the directory out), or a Plugin generator whose `path` input
 * parameter matches. Matrix, merge and other generators are not searched (as in the Go bot).
 */
export function findAppSetForComponent(
  appSets: readonly ArgoCdApplicationSet[],
  componentPath: string,
  repoUrl: string,
): AppSetSearch {
  const warnings: string[] = [];
  const path = componentPath.replace(/\/+$/, '');
  const matches = (appSet: ArgoCdApplicationSet, pattern: string): boolean => {
    try {
      return goPathMatch(pattern, path);
    } catch (error) {
      if (!(error instanceof BadPatternError)) throw error;
      warnings.push(`ApplicationSet ${appSet.metadata.name}: ${error.message}`);
      return false;
    }
  };
  for (const appSet of appSets) {
    for (const generator of appSet.spec.generators ?? []) {
      const git = objectAt(generator, 'git');
      if (git !== undefined && normalizeRepoUrl(stringAt(git, 'repoURL')) === normalizeRepoUrl(repoUrl)) {
        const directories = arrayAt(git, 'directories');
        const excluded = directories.some(
          (d) => d['exclude'] === true && matches(appSet, stringAt(d, 'path')),
        );
        const hit = directories.find((d) => d['exclude'] !== true && matches(appSet, stringAt(d, 'path')));
        if (hit !== undefined && !excluded)
          return { match: { appSet, generator: 'git', pattern: stringAt(hit, 'path') }, warnings };
      }
      const plugin = objectAt(generator, 'plugin');
      const parameter = plugin === undefined ? undefined : objectAt(objectAt(plugin, 'input'), 'parameters');
      const pattern = parameter?.['path'];
      if (typeof pattern === 'string' && matches(appSet, pattern))
        return { match: { appSet, generator: 'plugin', pattern }, warnings };
    }
  }
  return { match: undefined, warnings };
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectAt(object: JsonObject | undefined, key: string): JsonObject | undefined {
  const value = object?.[key];
  return isObject(value) ? value : undefined;
}

function arrayAt(object: JsonObject, key: string): JsonObject[] {
  const value = object[key];
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function stringAt(object: JsonObject, key: string): string {
  const value = object[key];
  return typeof value === 'string' ? value : '';
}
