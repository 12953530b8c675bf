/** One line of the doctor's checklist: what was checked, what was found and, unless it passed, the exact fix. */
export interface DoctorCheck {
  name: string;
  /** `pass` ✓, `fail` ✗ (the product will not work), `warn` ⚠ (works with limits), `unknown` ? (cannot be read). */
  status: 'pass' | 'fail' | 'warn' | 'unknown';
  detail: string;
  fix?: string;
}
