import { describe, expect, it } from 'vitest';
import { renderFanoutSummary } from '../../../src/core/webhook/render-fanout-summary.js';
import type { FanoutResult } from '../../../src/core/webhook/fanout-result.js';

const result: FanoutResult = {
  skipped: undefined,
  changes: { source: 'api-trees', files: 412, attribution: 'unknown', incomplete: false },
  unmatchedFiles: 3,
  payloadBytes: 5321,
  deliveries: [
    {
      endpoint: 'https://argocd-lab.example.com/api/webhook',
      outcome: 'delivered',
      status: 200,
      attempts: 1,
      durationMs: 84,
      signed: true,
      files: 12,
      deliveryId: 'd-1',
    },
    {
      endpoint: 'https://bot:***@argocd-prod.example.com/api/webhook',
      outcome: 'failed',
      status: 400,
      attempts: 1,
      durationMs: 40,
      signed: true,
      files: 400,
      deliveryId: 'd-2',
      error: 'HTTP 400 Bad Request: Webhook processing failed: HMAC verification failed | <b>',
    },
    {
      endpoint: 'ftp://files.example/hook',
      outcome: 'invalid',
      status: null,
      attempts: 0,
      durationMs: 0,
      signed: false,
      files: 1,
      deliveryId: null,
      error: '"ftp://files.example/hook" is not http or https (ftp:)',
    },
  ],
  failures: ['x', 'y'],
};

describe('renderFanoutSummary', () => {
  it('renders the change source, the empty-lists note and one escaped row per endpoint', async () => {
    await expect(renderFanoutSummary(result, { apiCalls: 6, dryRun: false })).toMatchFileSnapshot(
      '../../golden/webhook-fanout/summary.md',
    );
  });

  it('says why nothing was forwarded', () => {
    const skipped = { ...result, skipped: 'refs/heads/x is not the default branch main', changes: undefined };
    expect(renderFanoutSummary(skipped, { apiCalls: 0, dryRun: true })).toBe(
      '## Webhook fan-out (dry run)\n\nNothing forwarded: refs/heads/x is not the default branch main.\n\nGitHub API calls: 0\n',
    );
  });
});
