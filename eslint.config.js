// Lint rules of the project. Layer boundaries follow DESIGN.md: imports point down only
// (actions -> runtime/use-cases -> adapters -> ports -> core).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import checkFile from 'eslint-plugin-check-file';

const zone = (target, from, message) => ({ target, from, message });

const RUNNER_ONLY = [
  {
    name: '@actions/core',
    message: 'Only runtime/ imports @actions/core; use its inputs, outputs and logger.',
  },
  {
    name: '@actions/github',
    importNames: ['context'],
    message: 'Only runtime/ reads the workflow context; pass values in.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tools/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX, 'check-file': checkFile },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone('./src/core', './src/!(core)/**/*', 'core/ is pure: it imports nothing outside core/.'),
            zone('./src/ports', './src/!(core|ports)/**/*', 'ports/ may only import core/.'),
            zone(
              './src/adapters',
              './src/!(core|ports|adapters)/**/*',
              'adapters/ implement ports; they do not import use-cases, runtime or actions.',
            ),
            zone(
              './src/use-cases',
              './src/!(core|ports|use-cases)/**/*',
              'use-cases/ orchestrate core through ports; no adapters, runtime or actions.',
            ),
            zone(
              './src/runtime',
              './src/!(core|ports|runtime)/**/*',
              'runtime/ wraps @actions/*; no use-cases.',
            ),
          ],
        },
      ],
      'no-restricted-imports': 'off',
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,js}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE', 'test/**/': 'KEBAB_CASE' }],
    },
    settings: {
      'import-x/resolver': { node: { extensions: ['.ts', '.js'] } },
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@actions/*',
                '@octokit/*',
                'axios',
                'node:child_process',
                'node:fs',
                'node:fs/*',
                'node:http',
                'node:https',
                'node:net',
              ],
              message: 'core/ is pure: no I/O.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'core/ reads no environment; pass values in.' },
      ],
    },
  },
  {
    // Only runtime/ talks to the runner: @actions/core, the @actions/github context and process.env.
    files: ['src/**/*.ts'],
    ignores: ['src/runtime/**', 'src/core/**', 'src/use-cases/**'],
    rules: { 'no-restricted-imports': ['error', { paths: RUNNER_ONLY }] },
  },
  {
    files: ['src/use-cases/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: RUNNER_ONLY,
          patterns: [
            {
              group: ['node:fs', 'node:fs/*', 'node:child_process', 'axios', '@octokit/*'],
              message:
                'use-cases/ reach files, processes and services through ports; adapters/ implement them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    // The CLI's entry point hands its environment to the commands, as runtime/ does for the actions.
    ignores: ['src/runtime/**', 'src/cli/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Only runtime/ reads process.env (readWorkflowContext); pass the values in.',
        },
        {
          selector: "MemberExpression[object.name='process'][property.value='env']",
          message: 'Only runtime/ reads process.env (readWorkflowContext); pass the values in.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
);
