import { describe, expect, it } from 'vitest';
import { escapeSlackText } from '../../../src/core/events/escape-slack-text.js';
import type { PromotionEvent, PromotionEventContext } from '../../../src/core/events/promotion-event.js';
import { renderPromotionEventJson } from '../../../src/core/events/render-promotion-event-json.js';
import { renderPromotionEventSlack } from '../../../src/core/events/render-promotion-event-slack.js';

const CONTEXT: PromotionEventContext = {
  repository: { owner: 'acme', name: 'iac', url: 'https://github.com/acme/iac' },
  runUrl: 'https://github.com/acme/iac/actions/runs/42',
  now: Date.parse('2026-03-02T10:00:00Z'),
};

function event(overrides: Partial<PromotionEvent> = {}): PromotionEvent {
  return {
    kind: 'merged',
    source: 'sweep',
    pullRequest: { number: 12, url: 'https://github.com/acme/iac/pull/12' },
    environments: ['production'],
    folders: ['clusters/prod/eu/'],
    commit: '0123456789abcdef0123456789abcdef01234567',
    deploymentId: undefined,
    reason: 'gates passed: soak 2h',
    ...overrides,
  };
}

describe('escapeSlackText', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<!channel>', '&lt;!channel&gt;'],
    ['<https://evil.example|innocent>', '&lt;https://evil.example|innocent&gt;'],
    ['&lt; already', '&amp;lt; already'],
    ['plain *bold* text', 'plain *bold* text'],
  ])('escapes %j as %j', (text, escaped) => {
    expect(escapeSlackText(text)).toBe(escaped);
  });
});

describe('renderPromotionEventSlack', () => {
  it('writes a linked headline, the reason and a context line', () => {
    expect(renderPromotionEventSlack(event(), CONTEXT)).toEqual({
      text: 'Promotion PR #12 to production merged (acme/iac)',
      blocks: [
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: ':twisted_rightwards_arrows: Promotion PR <https://github.com/acme/iac/pull/12|#12> to production merged\ngates passed: soak 2h',
          },
        },
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: '<https://github.com/acme/iac|acme/iac> · `clusters/prod/eu/` · commit `0123456` · <https://github.com/acme/iac/actions/runs/42|workflow run>',
            },
          ],
        },
      ],
    });
  });

  it('escapes hostile folder names, environments and reasons so they cannot mention or disguise a link', () => {
    const message = renderPromotionEventSlack(
      event({
        kind: 'failed',
        failure: 'write',
        environments: ['prod <!here>'],
        folders: ['clusters/<!channel>/'],
        reason: 'refused: <https://evil.example|click to approve> & more',
      }),
      CONTEXT,
    );
    const all = JSON.stringify(message);
    for (const raw of ['<!here>', '<!channel>', '<https://evil.example']) expect(all).not.toContain(raw);
    expect(message.text).toBe('Promotion to prod &lt;!here&gt; failed (write) in #12 (acme/iac)');
    expect(message.blocks[0]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text:
          ':x: Promotion to prod &lt;!here&gt; failed (write) in <https://github.com/acme/iac/pull/12|#12>\n' +
          'refused: &lt;https://evil.example|click to approve&gt; &amp; more',
      },
    });
    expect(JSON.stringify(message.blocks[1])).toContain('`clusters/&lt;!channel&gt;/`');
  });

  it('writes no link for a URL that would break out of it', () => {
    const message = renderPromotionEventSlack(
      event({ pullRequest: { number: 3, url: 'https://x.example/a|<!channel>' } }),
      CONTEXT,
    );
    expect(JSON.stringify(message.blocks[0])).toContain('Promotion PR #3 to production merged');
    expect(JSON.stringify(message)).not.toContain('<!channel>');
  });

  it('keeps a section under Slack limits: long reasons cut, at most 10 folders listed', () => {
    const message = renderPromotionEventSlack(
      event({
        reason: 'x'.repeat(5000),
        folders: Array.from({ length: 30 }, (_, i) => `clusters/prod/c${String(i).padStart(2, '0')}/`),
      }),
      CONTEXT,
    );
    const [section, context] = message.blocks;
    expect(section?.type === 'section' && section.text.text.length).toBeLessThan(3000);
    expect(JSON.stringify(context)).toContain('and 20 more');
  });
});

describe('renderPromotionEventJson', () => {
  it('writes version 1 with every field, null when unknown', () => {
    expect(
      renderPromotionEventJson(
        event({ kind: 'deployed', commit: undefined, pullRequest: undefined, deploymentId: 7 }),
        { ...CONTEXT, runUrl: undefined },
      ),
    ).toEqual({
      version: 1,
      tool: 'telefonistka',
      event: 'deployed',
      failure: null,
      source: 'sweep',
      occurredAt: '2026-03-02T10:00:00.000Z',
      repository: { owner: 'acme', name: 'iac', url: 'https://github.com/acme/iac' },
      run: null,
      pullRequest: null,
      environments: ['production'],
      folders: ['clusters/prod/eu/'],
      commit: null,
      deploymentId: 7,
      reason: 'gates passed: soak 2h',
    });
  });
});
