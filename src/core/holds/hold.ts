/** A held component folder: promote and the sweep skip it until the entry is removed from the holds file. */
export interface Hold {
  /** The held target component folder, no trailing slash. */
  folder: string;
  /** Why it is held (one line). */
  reason: string;
  /** The login that asked for the hold. */
  by: string;
  /** When the hold began, ISO 8601. */
  since: string;
}
