// Vitest global set-up: the tests' temporary files (emulator repositories, checkouts, runner files) go to a
// per-run folder on a tmpfs when the machine has one (/dev/shm), and the folder is removed with everything a test
// left behind when the run ends. On the gate's disk (ext4 mounted with `discard`) creating and removing the
// thousands of small files of git repositories was a sixth of a promote test file's time.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const TMPFS = '/dev/shm';

function isWritableFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Points TMPDIR (inherited by the test workers) at a fresh folder on the tmpfs; returns its removal. */
export default function setUpTmpfsTmpdir(): (() => void) | undefined {
  if (process.env.TELEFONISTKA_TEST_TMPDIR === 'keep' || !isWritableFolder(TMPFS)) return undefined;
  let folder: string;
  try {
    folder = mkdtempSync(join(TMPFS, 'telefonistka-tests-'));
  } catch {
    return undefined;
  }
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
