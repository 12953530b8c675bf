import { describe, expect, it } from 'vitest';
import { canRunCommands, parseChatCommands } from '../../../src/core/comments/parse-chat-commands.js';

const toggles = { 'override-deploy': 'deploy/approval', skip: 'ci/skip' };

describe('parseChatCommands', () => {
  it.each([
    ['/retrigger', true, []],
    ['  /retrigger \n', true, []],
    ['please /retrigger', false, []],
    ['/retrigger now', false, []],
    ['/RETRIGGER', false, []],
    ['ok /override-deploy', false, ['override-deploy']],
    ['/skip and /override-deploy', false, ['override-deploy', 'skip']],
    ['see https://example.com/path', false, []],
    ['> /override-deploy\n\nNo, not yet.', false, []],
    ['  > > /skip\nagreed', false, []],
    ['> why /skip?\n/override-deploy', false, ['override-deploy']],
    ['```\n/override-deploy\n```\ndone', false, []],
    ['~~~~\n/skip\n~~~\n/skip\n~~~~', false, []],
    ['type `/override-deploy` to approve', false, []],
    ['``/skip` `` then /override-deploy', false, ['override-deploy']],
    ['```\nunclosed fence /skip', false, []],
  ])('reads %j as retrigger=%s, toggles %j', (body, retrigger, commands) => {
    const parsed = parseChatCommands(body, toggles);
    expect(parsed.retrigger).toBe(retrigger);
    expect(parsed.toggles.map((t) => t.command)).toEqual(commands);
  });
});

describe('canRunCommands', () => {
  it.each([
    ['admin', true],
    ['maintain', true],
    ['write', true],
    ['triage', false],
    ['read', false],
    ['none', false],
  ])('lets %s run commands: %s', (permission, allowed) => {
    expect(canRunCommands(permission)).toBe(allowed);
  });
});
