import { defineConfig } from 'vitest/config';

// The flows that write to the IaC repository (promote, bump, argocd-diff's no-diff merge) run a second time as a new
// user's repository: the GitHub emulator's `new-repository` preset (GitHub's defaults: Actions may not open or
// approve PRs, auto-merge off, no branch protection). Folders by glob, so new suites there are covered too.
const WRITING_FLOWS = ['promote', 'bump', 'argocd-diff'];
const newRepositorySuites = WRITING_FLOWS.flatMap((flow) => [
  `test/actions/${flow}/**/*.test.ts`,
  `test/use-cases/${flow}/**/*.test.ts`,
]);
// Files that pin their preset themselves (they run under both already) or start no GitHub emulator.
const presetIndependent = [
  'test/use-cases/promote/promote-on-default-repository.test.ts',
  'test/actions/bump/bump-default-repository.test.ts',
  'test/actions/bump/render-bump-summary.test.ts',
  'test/use-cases/bump/bump-version.test.ts',
  'test/use-cases/promote/revert-sync-from-branch.test.ts',
  'test/use-cases/promote/supersede-older-prs.test.ts',
  'test/use-cases/argocd-diff/diff-components.test.ts',
  'test/use-cases/argocd-diff/go-path-match.test.ts',
  'test/use-cases/argocd-diff/handle-sync-checkbox.test.ts',
  'test/use-cases/argocd-diff/list-pr-components.test.ts',
  'test/use-cases/argocd-diff/render-app-set-template.test.ts',
  'test/use-cases/argocd-diff/sync-checkbox.test.ts',
];

// Suites whose outcome no repository setting can change (they test ordering, injected faults and scale, with the
// App token under both presets): run once, under `permissive`, to keep the gate short (9-42 s each under the second
// preset on the fresh-clone gate, where they passed).
const presetAgnostic = [
  'test/use-cases/promote/out-of-order-promotions.test.ts',
  'test/use-cases/promote/large-promotions.test.ts',
  'test/use-cases/promote/promote-event-resilience.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Temporary files on a tmpfs (/dev/shm) when there is one, removed at the end of the run; see the file.
    globalSetup: ['test/support/tmpfs-tmpdir.ts'],
    projects: [
      {
        extends: true,
        // The emulator's preset comes from $TELEFONISTKA_EMULATOR_PRESET, else `permissive`.
        test: { name: 'permissive', include: ['test/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'new-repository',
          include: newRepositorySuites,
          exclude: [...presetIndependent, ...presetAgnostic],
          env: { TELEFONISTKA_EMULATOR_PRESET: 'new-repository' },
        },
      },
    ],
  },
});
