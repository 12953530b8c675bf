import { describe, expect, it } from 'vitest';
import { readSyncCheckbox, syncCheckboxLine } from '../../../src/core/argocd/sync-checkbox.js';

describe('readSyncCheckbox', () => {
  const line = syncCheckboxLine('feature/x');
  it.each([
    [line, 'unchecked'],
    [line.replace('[ ]', '[x]'), 'checked'],
    [line.replace('[ ]', '[X]'), 'unchecked'],
    [`Diff of ArgoCD applications:\n\n  ${line.replace('[ ]', '[x]')}`, 'checked'],
    ['- [x] some other task', undefined],
    ['', undefined],
  ])('reads %j as %s (only a lowercase x counts, as in the Go bot)', (body, expected) => {
    expect(readSyncCheckbox(body)).toBe(expected);
  });

  it('renders the Go bot line byte for byte', () => {
    expect(line).toBe(
      '- [ ] <!-- telefonistka-argocd-branch-sync --> Set ArgoCD apps Target Revision to `feature/x`',
    );
  });
});
