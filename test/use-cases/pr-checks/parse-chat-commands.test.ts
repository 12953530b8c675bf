import { describe, expect, it } from 'vitest';
import {
  canRunCommands,
  isSameLogin,
  parseChatCommands,
} from '../../../src/use-cases/pr-checks/parse-chat-commands.js';

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
  ])('reads %j as retrigger=%s, toggles %j', (body, retrigger, commands) => {
    const parsed = parseChatCommands(body, toggles);
    expect(parsed.retrigger).toBe(retrigger);
    expect(parsed.toggles.map((t) => t.command)).toEqual(commands);
  });
});

describe('isSameLogin', () => {
  it.each([
    ['telefonistka[bot]', 'telefonistka', true],
    ['telefonistka', 'telefonistka[bot]', true],
    ['Telefonistka[bot]', 'telefonistka[bot]', true],
    ['github-actions[bot]', 'github-actions[bot]', true],
    ['alice', 'telefonistka[bot]', false],
    ['', '', false],
  ])('compares %s with %s as %s', (a, b, same) => {
    expect(isSameLogin(a, b)).toBe(same);
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
