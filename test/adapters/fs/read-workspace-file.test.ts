import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWorkspaceFile, WorkspaceFileError } from '../../../src/adapters/fs/read-workspace-file.js';

let scratch: string;
let workspace: string;

beforeEach(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'read-workspace-file-'));
  workspace = path.join(scratch, 'workspace');
  mkdirSync(path.join(workspace, 'build'), { recursive: true });
  writeFileSync(path.join(workspace, 'build', 'VERSION'), '1.2.3\n');
  writeFileSync(path.join(scratch, 'secret'), 'token\n');
  symlinkSync(path.join(scratch, 'secret'), path.join(workspace, 'to-secret'));
  symlinkSync('build/VERSION', path.join(workspace, 'to-version'));
  symlinkSync(scratch, path.join(workspace, 'up'));
  execFileSync('mkfifo', [path.join(workspace, 'fifo')]);
});

afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const read = (file: string, allowPipes = false) => readWorkspaceFile(file, { workspace, allowPipes });

describe('readWorkspaceFile', () => {
  it('reads a regular file by a path relative to the workspace, or absolute inside it', async () => {
    expect(await read('build/VERSION')).toBe('1.2.3\n');
    expect(await read(path.join(workspace, 'build', 'VERSION'))).toBe('1.2.3\n');
  });

  const refused: [file: string, message: RegExp][] = [
    ['to-secret', /^to-secret is a symbolic link \(to \/.*\/secret\); links are not followed/],
    // Even a link that stays inside: what it points to can change between check and read.
    ['to-version', /^to-version is a symbolic link \(to build\/VERSION\)/],
    ['../secret', /^\.\.\/secret is outside the workspace/],
    ['up/secret', /^up\/secret is outside the workspace/],
    ['/proc/self/environ', /^\/proc\/self\/environ is outside the workspace/],
    ['build', /^build is not a regular file \(a directory\)/],
    ['fifo', /^fifo is not a regular file \(a pipe\)/],
    ['missing', /^cannot read missing: it does not exist; relative paths start at the workspace/],
  ];
  for (const [file, message] of refused) {
    it(`refuses ${file} with what to do`, async () => {
      const error = await read(file).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(WorkspaceFileError);
      expect((error as Error).message).toMatch(message);
    });
  }

  it('reads a pipe only when pipes are allowed (the CLI: process substitution)', async () => {
    const writer = writeFile(path.join(workspace, 'fifo'), 'piped\n');
    expect(await read('fifo', true)).toBe('piped\n');
    await writer;
  });
});
