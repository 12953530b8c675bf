import { compileConfigRegex } from './compile-config-regex.js';
import type { Diagnostics } from './create-diagnostics.js';
import { readConfigValue } from './read-config-value.js';
import { resolveDeprecatedAlias } from './resolve-deprecated-alias.js';
import type { ArgoCdConfig } from './types.js';

const { flag, string, at } = readConfigValue;

/** Normalizes `argocd:`, folding in the Go bot's documented top-level spellings (deprecated). */
export function buildArgoCdConfig(diagnostics: Diagnostics, root: unknown): ArgoCdConfig {
  const regexPath = ['argocd', 'allowSyncfromBranchPathRegex'];
  const regexText = string(at(root, regexPath));
  return {
    commentDiffOnPr: flag(resolveDeprecatedAlias(diagnostics, root, 'commentArgocdDiffonPR').value),
    autoMergeNoDiffPrs: flag(resolveDeprecatedAlias(diagnostics, root, 'autoMergeNoDiffPRs').value),
    // The Go bot compiled "" (which matches everything) and showed a checkbox that did nothing: "" is off here.
    allowSyncFromBranchPathRegex:
      regexText === undefined || regexText === ''
        ? undefined
        : compileConfigRegex(diagnostics, regexPath, regexText),
    useShaLabelForAppDiscovery: flag(
      resolveDeprecatedAlias(diagnostics, root, 'usaSHALabelForArgoDicovery').value,
    ),
    createTempAppObjectFromNewApps: flag(at(root, ['argocd', 'createTempAppObjectFromNewApps'])),
  };
}
