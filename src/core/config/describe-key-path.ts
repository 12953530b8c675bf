import type { ConfigPath } from './read-yaml-source.js';

/** Renders a key path the way users read it: `promotionPaths[0].promotionPrs[1].targetPaths[2]`. */
export function describeKeyPath(path: ConfigPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${String(segment)}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text;
}
