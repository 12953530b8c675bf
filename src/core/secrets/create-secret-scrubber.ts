import { secretForms } from './secret-forms.js';

/** Hides known secrets in text written anywhere a reader may see it. */
export interface SecretScrubber {
  /** Adds a secret; returns the forms not known before (for the runner's mask). */
  add(secret: string): string[];
  /** `text` with every known form of every secret replaced by `***`. */
  scrub(text: string): string;
}

/** A scrubber of the secrets added to it, in every form secretForms lists, longest first. */
export function createSecretScrubber(secrets: readonly string[] = []): SecretScrubber {
  const forms = new Set<string>();
  let ordered: string[] = [];
  const add = (secret: string): string[] => {
    const fresh = secretForms(secret).filter((form) => !forms.has(form));
    for (const form of fresh) forms.add(form);
    if (fresh.length > 0) ordered = [...forms].sort((a, b) => b.length - a.length);
    return fresh;
  };
  for (const secret of secrets) add(secret);
  return {
    add,
    scrub: (text) => {
      let out = text;
      for (const form of ordered) if (out.includes(form)) out = out.split(form).join('***');
      return out;
    },
  };
}
