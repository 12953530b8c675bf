import { parseSecretRules, type SecretRule } from '../../core/webhook/parse-secret-rules.js';
import type { InputReader } from '../../runtime/inputs.js';
import { maskSecret } from '../../runtime/mask-secret.js';

/** The HMAC secrets of outgoing webhooks (push fan-out and promotion events), each masked before any log. */
export interface WebhookSecrets {
  /** Secret of endpoints no `secrets-by-url` pattern matches; unsigned when undefined. */
  secret: string | undefined;
  secretRules: SecretRule[];
}

/** Reads the `secret` and `secrets-by-url` inputs. */
export function readWebhookSecrets(inputs: InputReader): WebhookSecrets {
  const secret = inputs.secret('secret');
  const secretRules = parseSecretRules(inputs.string('secrets-by-url'));
  for (const rule of secretRules) maskSecret(rule.secret);
  return { secret, secretRules };
}
