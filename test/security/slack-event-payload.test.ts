// Trust audit: a Slack promotion event quotes folder names, environments and reasons (error texts, freeze and
// hold reasons). None of them may mention a channel or carry a disguised link, and none may push a section over
// Slack's 3,000 characters (Slack then refuses the whole message: the event is lost).
import { describe, expect, it } from 'vitest';
import type { PromotionEvent, PromotionEventContext } from '../../src/core/events/promotion-event.js';
import { renderPromotionEventSlack } from '../../src/core/events/render-promotion-event-slack.js';

const CONTEXT: PromotionEventContext = {
  repository: { owner: 'acme', name: 'iac', url: 'https://github.com/acme/iac' },
  runUrl: 'https://github.com/acme/iac/actions/runs/1',
  now: Date.parse('2026-12-05T12:00:00Z'),
};

function event(keys: Partial<PromotionEvent>): PromotionEvent {
  return {
    kind: 'failed',
    failure: 'write',
    source: 'promote',
    pullRequest: { number: 7, url: 'https://github.com/acme/iac/pull/7' },
    environments: ['prod'],
    folders: ['clusters/prod/app'],
    commit: undefined,
    deploymentId: undefined,
    reason: 'refused',
    ...keys,
  };
}

/** Every text Slack renders from the message. */
function texts(message: ReturnType<typeof renderPromotionEventSlack>): string[] {
  return [
    message.text,
    ...message.blocks.flatMap((block) =>
      block.type === 'section' ? [block.text.text] : block.elements.map((element) => element.text),
    ),
  ];
}

describe('renderPromotionEventSlack with hostile text', () => {
  it('mentions no channel and links nowhere from a folder, environment or reason', () => {
    const message = renderPromotionEventSlack(
      event({
        environments: ['<!here>'],
        folders: ['clusters/prod/<!channel>', 'clusters/prod/<https://evil.example|click>', 'a`<!everyone>`'],
        reason: 'see <https://evil.example|the runbook> <@U123> <!subteam^S1>',
      }),
      CONTEXT,
    );
    for (const text of texts(message)) {
      expect(text).not.toMatch(/<[!@#]/);
      expect(text).not.toContain('<https://evil');
      // The only links are this tool's own: the PR, the repository and the run.
      for (const link of text.matchAll(/<([^|>]+)\|/g))
        expect(link[1]).toMatch(/^https:\/\/github\.com\/acme\/iac/);
    }
  });

  it.each([
    ['angle brackets', '<'.repeat(2_000)],
    ['ampersands', '&'.repeat(2_000)],
  ])('keeps the section within 3,000 characters when the reason is all %s', (_what, reason) => {
    const [section] = renderPromotionEventSlack(event({ reason }), CONTEXT).blocks;
    expect(section?.type).toBe('section');
    const text = section?.type === 'section' ? section.text.text : '';
    expect(text.length).toBeLessThanOrEqual(3_000);
    // Cut between escapes, never inside one: no `&am` left dangling.
    expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/);
  });

  it('never cuts an emoji in half when shortening a reason', () => {
    const [section] = renderPromotionEventSlack(event({ reason: '🔥'.repeat(1_000) }), CONTEXT).blocks;
    const text = section?.type === 'section' ? section.text.text : '';
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(text).toContain('…');
  });
});
