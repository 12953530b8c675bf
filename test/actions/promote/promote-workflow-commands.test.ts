import { afterEach, describe, expect, it } from 'vitest';
import { readRunnerCommands } from '../../support/runner-commands.js';
import { startPromoteFixture, type PromoteFixture } from './promote-fixture.js';

let fixture: PromoteFixture;
afterEach(async () => fixture.close());

// Component folders named to smuggle workflow commands into the log: each would make the runner act if printed raw.
const HOSTILE_NAMES = [
  'a\n::warning::PWNED by a line break',
  'b ##[error]PWNED legacy error',
  'c ##[add-mask]PWNED',
  'd ##[set-output name=PWNED]x',
  'e ##[stop-commands]PWNED',
  'f\r::error::PWNED by a carriage return',
];

describe('promote action: workflow-command injection through names (issue 17 item 4)', () => {
  it('prints component names from hostile folder names without the runner running any of them', async () => {
    fixture = await startPromoteFixture();
    const files = Object.fromEntries(HOSTILE_NAMES.map((name) => [`workspace/${name}/app.yaml`, 'v: 1\n']));
    const run = await fixture.promote(await fixture.mergeChange('feature/hostile', files));
    expect(run.exitCode, run.stdout).toBe(0);
    // The names were printed (so the check below has something to catch) ...
    for (const name of HOSTILE_NAMES) expect(run.stdout).toContain(name);
    // ... and the runner would process only the commands @actions/core wrote on our behalf.
    const reading = readRunnerCommands(run.stdout);
    expect(reading.stoppedAtEnd).toBeUndefined();
    const injected = reading.commands.filter(
      (c) =>
        c.form === 'legacy' ||
        ['set-output', 'save-state', 'set-env', 'add-path'].includes(c.command) ||
        c.data.startsWith('PWNED') ||
        (c.command === 'add-mask' && c.data.includes('PWNED')) ||
        Object.values(c.properties).some((value) => value.includes('PWNED')) ||
        (c.command === 'stop-commands' && !c.data.startsWith('telefonistka-')),
    );
    expect(injected).toEqual([]);
    expect(reading.commands.filter((c) => c.command === 'group').length).toBeGreaterThan(0);
  });
});
