import { shortenStatusDescription } from '../pr-checks/shorten-status-description.js';
import { STATUS_DESCRIPTION_LIMIT } from '../gates/evaluate-gates.js';
import type { GateReason, GateVerdict } from '../gates/gate-types.js';
import type { Hold } from './hold.js';

/**
 * The gates verdict of a promotion PR some of whose target folders are held: `pending` with `held: <folder>
 * (reason, by login)` first, whatever the other gates say, so the sweep never merges into a held folder. A
 * verdict without held targets is returned as it is.
 */
export function holdVerdict(verdict: GateVerdict, held: readonly Hold[]): GateVerdict {
  const [first] = held;
  if (first === undefined) return verdict;
  const reasons: GateReason[] = held.map((hold) => ({
    gate: 'hold',
    state: 'pending',
    text: `held: ${hold.folder} (${shortenStatusDescription(hold.reason)}, by ${hold.by})`,
  }));
  const others = held.length - 1 + verdict.reasons.length;
  const more = others > 0 ? `; +${String(others)} more` : '';
  const text = reasons[0]?.text ?? '';
  const cut = shortenStatusDescription(text, STATUS_DESCRIPTION_LIMIT - more.length);
  return { state: 'pending', description: `${cut}${more}`, reasons: [...reasons, ...verdict.reasons] };
}
