import { spawn } from 'node:child_process';

/** One run of an external program. */
export interface ToolRun {
  file: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The process group is killed (SIGKILL) after this long. */
  timeoutMs: number;
  /** Output beyond this many bytes kills the process: a runaway template must not exhaust memory. */
  maxOutputBytes: number;
}

/** How a run ended. `exitCode` is null when the process was killed. */
export interface ToolResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  outputTooLarge: boolean;
  elapsedMs: number;
}

const maxStderrBytes = 64 * 1024;

/**
 * Runs a program in its own process group, collecting stdout (up to a cap) and the first 64 KiB of stderr,
 * and kills the whole group when the time or output limit is hit (helm and kustomize may start children).
 * Rejects only when the program cannot be started (not found, not executable).
 */
export function runTool(run: ToolRun): Promise<ToolResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(run.file, [...run.args], {
      cwd: run.cwd,
      env: run.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let stdoutBytes = 0;
    let stderrBytes = 0;
    let timedOut = false;
    let outputTooLarge = false;
    const kill = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, run.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > run.maxOutputBytes) {
        if (!outputTooLarge) kill();
        outputTooLarge = true;
        return;
      }
      stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderrBytes < maxStderrBytes) stderr.push(chunk.subarray(0, maxStderrBytes - stderrBytes));
      stderrBytes += chunk.length;
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({
        exitCode,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut,
        outputTooLarge,
        elapsedMs: performance.now() - started,
      });
    });
  });
}
