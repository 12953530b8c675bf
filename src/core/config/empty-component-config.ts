import type { ComponentConfig } from './types.js';

/** The configuration of a component folder without `telefonistka.yaml`: no target lists, diff shown. */
export function emptyComponentConfig(): ComponentConfig {
  return {
    promotionTargetAllowList: [],
    promotionTargetBlockList: [],
    disableArgoCdDiff: false,
    acknowledgedDrift: [],
  };
}
