import { runAction } from '../../runtime/run-action.js';
import { runArgoCdDiff } from './run-argocd-diff.js';

await runAction(runArgoCdDiff);
