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

// Suites whose outcome no repository setting can change: run once, under `permissive`, to keep the gate short.
// What the `new-repository` preset changes is what a workflow token may do (write, open or approve PRs), native
// auto-merge (off, and refused without a protected default branch) and the default branch's protection (read only
// by doctor). A suite that writes with the App or a person's token and merges `direct` (the method chosen from the
// merge-method settings, equal under both presets) gets the same answers under both; each line says which.
const presetAgnostic = [
  // Ordering, injected faults and scale, with the App token (9-42 s each under the second preset).
  'test/use-cases/promote/out-of-order-promotions.test.ts',
  'test/use-cases/promote/large-promotions.test.ts',
  'test/use-cases/promote/promote-event-resilience.test.ts',
  // The promote use-case with the App token and direct auto-merge (the harness's defaults; none sets native mode).
  'test/use-cases/promote/promote-event-first-hop.test.ts',
  'test/use-cases/promote/promote-event-chain.test.ts', // second hops: metadata, titles, block lists
  'test/use-cases/promote/promote-event-manual.test.ts',
  'test/use-cases/promote/promote-event-trust.test.ts', // whose metadata is trusted: a login comparison
  'test/use-cases/promote/half-made-prs.test.ts', // refusals are injected faults, not settings
  'test/use-cases/promote/gated-auto-merge.test.ts', // gated: left open; ungated: direct merge
  // bump with the App token (use-case) or a person's token (CLI), direct auto-merge.
  'test/use-cases/bump/bump-on-emulator.test.ts',
  'test/actions/bump/bump-cli.test.ts',
  // argocd-diff writes comments, labels and a direct no-diff merge with the App token; argocd-diff-smoke stays
  // under both presets as the flow's bundle run.
  'test/use-cases/argocd-diff/argocd-diff-event-apps.test.ts',
  'test/use-cases/argocd-diff/argocd-diff-event-comment.test.ts',
  'test/use-cases/argocd-diff/argocd-diff-event-follow-ups.test.ts',
  'test/actions/argocd-diff/argocd-diff-render-mode.test.ts',
  'test/actions/argocd-diff/argocd-diff-secret-scrubbing.test.ts',
  'test/actions/argocd-diff/argocd-diff-trust.test.ts',
  // promote bundle runs with the App token (promote-smoke, with the workflow token, stays under both presets).
  'test/actions/promote/promote-events-smoke.test.ts',
  'test/actions/promote/promote-workflow-commands.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Two files at a time (vitest's default on 2 cores is one): a file mostly waits on its emulator, git and the
    // bundles it spawns, so the second worker adds no CPU (bump e2e: 75 s CPU with 2 workers, 80 s with 1) and
    // filled the wait (390 s vs 564 s wall under load 19 on the shared machine). CI runners have 2 cores or more.
    maxWorkers: 2,
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
