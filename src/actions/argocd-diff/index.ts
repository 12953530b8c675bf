import { runAction } from '../../runtime/run-action.js';
import { readArgoCdDiffInputs } from './read-argocd-diff-inputs.js';
import { runArgoCdDiff } from './run-argocd-diff.js';

await runAction(async () => runArgoCdDiff(readArgoCdDiffInputs()));
