// Runs every bench/*.bench.ts (each exports `run(): Promise<Record<string, number>>`) and prints the figures.
// `npm run bench --silent -- --json` prints one JSON object; otherwise a table. `--only <name>` filters files.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { errorMessage } from '../src/core/errors/error-message.js';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;

const files = (await readdir(path.join(root, 'bench')))
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only === undefined || file.startsWith(only))
  .sort();

const figures: Record<string, number> = {};
const errors: Record<string, string> = {};
for (const file of files) {
  const started = Date.now();
  try {
    const bench = (await import(pathToFileURL(path.join(root, 'bench', file)).href)) as {
      run: () => Promise<Record<string, number>>;
    };
    Object.assign(figures, await bench.run());
    if (!json) console.error(`${file}: done in ${Date.now() - started} ms`);
  } catch (error) {
    errors[file] = errorMessage(error);
    console.error(`${file}: failed: ${errors[file]}`);
  }
}

if (json) {
  console.log(JSON.stringify(Object.keys(errors).length === 0 ? figures : { ...figures, errors }));
} else {
  for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(32)} ${value}`);
}
process.exitCode = Object.keys(errors).length === 0 ? 0 : 1;
