import type { DoctorCheck } from './doctor-check.js';

const MARKS: Record<DoctorCheck['status'], string> = { pass: '✓', fail: '✗', warn: '⚠', unknown: '?' };

/** The doctor's checklist as Markdown (job summary) or plain text (CLI): one line per check, fixes indented. */
export function renderDoctorReport(checks: readonly DoctorCheck[], options: { markdown: boolean }): string {
  const lines = options.markdown ? ['## Telefonistka doctor', ''] : [];
  for (const check of checks) {
    const name = options.markdown ? `**${check.name}**` : check.name;
    lines.push(`${options.markdown ? '- ' : ''}${MARKS[check.status]} ${name}: ${check.detail}`);
    if (check.fix === undefined) continue;
    const fix = check.fix.split('\n');
    if (options.markdown && fix.length > 1)
      lines.push('', '  ```yaml', ...fix.map((l) => `  ${l}`), '  ```', '');
    else lines.push(...fix.map((line, i) => `    ${i === 0 ? 'fix: ' : '     '}${line}`));
  }
  const failed = checks.filter((c) => c.status === 'fail').length;
  lines.push('', failed === 0 ? 'No blocking problem found.' : `${failed} blocking problem(s) found.`, '');
  return lines.join('\n');
}
