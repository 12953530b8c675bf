// Regenerates the inputs/outputs tables of every action README from its action.yml.
// README.md (root action.yml) and actions/<name>/README.md carry the markers
// <!-- action-docs:inputs --> ... <!-- /action-docs:inputs --> and the same for outputs.
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { renderRootAction } from './root-action.js';

interface ActionYaml {
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
}

const root = path.resolve(import.meta.dirname, '..');

function cell(text: string | undefined): string {
  return (text ?? '')
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
}

function inputsTable(action: ActionYaml): string {
  const rows = Object.entries(action.inputs ?? {}).map(
    ([name, input]) =>
      `| \`${name}\` | ${cell(input.description)} | ${input.required === true ? 'yes' : 'no'} | ${
        input.default === undefined
          ? ''
          : input.default === ''
            ? '`""`'
            : `\`${cell(String(input.default))}\``
      } |`,
  );
  return ['| input | description | required | default |', '|---|---|---|---|', ...rows].join('\n');
}

function outputsTable(action: ActionYaml): string {
  const rows = Object.entries(action.outputs ?? {}).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
  );
  return ['| output | description |', '|---|---|', ...rows].join('\n');
}

function replaceBlock(readme: string, name: string, table: string): string {
  const start = `<!-- action-docs:${name} -->`;
  const end = `<!-- /action-docs:${name} -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) return readme;
  return `${readme.slice(0, from + start.length)}\n${table}\n${readme.slice(to)}`;
}

async function update(actionFile: string, readmeFile: string): Promise<void> {
  if (!existsSync(actionFile) || !existsSync(readmeFile)) return;
  const action = parse(await readFile(actionFile, 'utf8')) as ActionYaml;
  const before = await readFile(readmeFile, 'utf8');
  const after = replaceBlock(
    replaceBlock(before, 'inputs', inputsTable(action)),
    'outputs',
    outputsTable(action),
  );
  if (after !== before) {
    await writeFile(readmeFile, after);
    console.log(`updated ${path.relative(root, readmeFile)}`);
  }
}

const rootAction = await renderRootAction(root);
if (
  !existsSync(path.join(root, 'action.yml')) ||
  (await readFile(path.join(root, 'action.yml'), 'utf8')) !== rootAction
) {
  await writeFile(path.join(root, 'action.yml'), rootAction);
  console.log('updated action.yml');
}
await update(path.join(root, 'action.yml'), path.join(root, 'README.md'));
const actionsDir = path.join(root, 'actions');
for (const name of existsSync(actionsDir) ? await readdir(actionsDir) : []) {
  await update(path.join(actionsDir, name, 'action.yml'), path.join(actionsDir, name, 'README.md'));
}
