// The repository must pass its tests in a clone with nothing beside it: no code, test, script, benchmark or CI step
// reads a file outside the checkout (a sibling `shared/` folder of reference specs, an absolute workstation path,
// a relative URL that climbs above the repository root).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scanned = ['src', 'test', 'scripts', 'bench', '.ci'];
const textFile = /\.(?:[cm]?[jt]s|json|ya?ml|sh)$|^run$/;
// Written in pieces so that this file does not match its own patterns.
const outsideReads: readonly { pattern: RegExp; why: string }[] = [
  {
    pattern: new RegExp(['shared', '/specs'].join('')),
    why: 'the reference specs folder beside the checkout',
  },
  { pattern: new RegExp(['[\'"`]/', 'work/'].join('')), why: 'an absolute workstation path' },
];
// A quoted relative path (an import, `new URL('../..', import.meta.url)`, `join(import.meta.dirname, '../..')`),
// resolved from the file that holds it.
const relativeLiteral = /['"`]((?:\.\.\/)+[^'"`\s]*)['"`]/g;

function listFiles(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listFiles(path);
    return textFile.test(entry.name) && statSync(path).size < 2_000_000 ? [path] : [];
  });
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Every place in the scanned folders that points outside the repository, as `file:line: why`. */
function findOutsideReads(): string[] {
  const found: string[] = [];
  for (const file of scanned.flatMap((folder) => listFiles(join(root, folder)))) {
    const text = readFileSync(file, 'utf8');
    const name = relative(root, file);
    for (const { pattern, why } of outsideReads) {
      const match = pattern.exec(text);
      if (match !== null) found.push(`${name}:${lineOf(text, match.index)}: ${why} (${match[0]})`);
    }
    for (const match of text.matchAll(relativeLiteral)) {
      const target = resolve(dirname(file), match[1]!);
      const inside = relative(root, target);
      if (inside === '..' || inside.startsWith(`..${sep}`))
        found.push(`${name}:${lineOf(text, match.index)}: a path above the repository root (${match[0]})`);
    }
  }
  return found;
}

describe('the repository', () => {
  it('reads nothing outside the checkout from src, test, scripts, bench or .ci', () => {
    expect(findOutsideReads()).toEqual([]);
  });

  it('scans the folders it claims to (the guard would pass vacuously on an empty listing)', () => {
    const counts = scanned.map((folder) => listFiles(join(root, folder)).length);
    expect(counts.every((count) => count > 0)).toBe(true);
  });
});
