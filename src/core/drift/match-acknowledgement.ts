import type { AcknowledgedDrift } from '../config/types.js';
import type { MatchedAcknowledgement } from './types.js';

/**
 * The first acknowledgement whose path matches the relative path, with `expired` set when `today` (ISO
 * date) is after its `expires` date; undefined when none matches.
 */
export function matchAcknowledgement(
  path: string,
  acknowledged: readonly AcknowledgedDrift[],
  today: string,
): MatchedAcknowledgement | undefined {
  const found = acknowledged.find((entry) => entry.path.test(path));
  if (found === undefined) return undefined;
  return {
    pathText: found.pathText,
    reason: found.reason,
    expires: found.expires,
    // ISO dates (YYYY-MM-DD) order as strings; the acknowledgement holds through its expiry day, also when
    // `today` is given as a full timestamp.
    expired: found.expires !== undefined && today.slice(0, 10) > found.expires,
  };
}
