import type { YamlCondition, YamlLiteral, YamlPathStep } from './yaml-path-types.js';

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/**
 * The canonical text of a parsed path (`.db[] | select(.name == "postgres") | .image.tag` and
 * `.db.[] | select(.name == "postgres").image.tag` both become `.db[]|select(.name == "postgres").image.tag`):
 * two paths that select the same nodes by the same steps compare equal.
 */
export function formatYamlPath(steps: readonly YamlPathStep[]): string {
  let text = '';
  for (const step of steps) {
    if (step.kind === 'select') text += `${text === '' ? '' : '|'}select(${formatCondition(step.condition)})`;
    else text += formatStep(step, text === '');
  }
  return text;
}

function formatStep(step: Exclude<YamlPathStep, { kind: 'select' }>, first: boolean): string {
  if (step.kind === 'each') return first ? '.[]' : '[]';
  if (step.kind === 'index') return first ? `.[${step.index}]` : `[${step.index}]`;
  return PLAIN_KEY.test(step.key) ? `.${step.key}` : `.${JSON.stringify(step.key)}`;
}

function formatCondition(condition: YamlCondition): string {
  if (condition.kind === 'compare') {
    const path = condition.path.map((step, index) => formatStep(step, index === 0)).join('') || '.';
    return `${path} ${condition.operator} ${formatLiteral(condition.value)}`;
  }
  return `(${formatCondition(condition.left)} ${condition.kind} ${formatCondition(condition.right)})`;
}

function formatLiteral(value: YamlLiteral): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
