import { spawn, type StdioOptions } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { HalcyonError, errorMessage } from '../errors.ts';
import { onInterrupt } from '../util/interrupt.ts';
import { ArchiveError, isErrno } from './errors.ts';

// Runs a pipeline of the standard tools (tar, zstd) in one bash, connected fd to fd:
// the bytes of a layer never pass through JavaScript. The pipeline's own process group is
// killed whole on failure, and each tool's exit status comes back through fd 3 (after the
// marks a script writes there as it goes: `echo "mark NAME" >&3`).

const STDERR_LIMIT = 16 * 1024;

export interface ToolPipeline {
  readonly stdin: Writable | null;
  readonly stdout: Readable | null;
  /** Each command's exit status (bash's PIPESTATUS), and what they wrote to stderr. */
  readonly done: Promise<{ statuses: number[]; stderr: string }>;
  /** SIGKILL to every process of the pipeline. */
  kill(): void;
}

export interface PipelineOptions {
  readonly stdin: 'pipe' | 'ignore' | number;
  readonly stdout: 'pipe' | 'ignore' | number;
  /** Each line the tools write to stderr; true: it was taken (a listing), not a message to keep. */
  readonly stderrLine?: (line: string) => boolean;
  /** A file the tools may write to as /dev/fd/4 (tar's --index-file). */
  readonly fd4?: number;
  /** Each `mark NAME` line the script writes to fd 3, as it comes. */
  readonly onMark?: (name: string) => void;
}

export function runToolPipeline(script: string, args: readonly string[], options: PipelineOptions): ToolPipeline {
  const stdio: StdioOptions = [options.stdin, options.stdout, 'pipe', 'pipe', ...(options.fd4 === undefined ? [] : [options.fd4])];
  const child = spawn('/bin/bash', ['--norc', '--noprofile', '-c', `set -o pipefail; ${script}; echo "\${PIPESTATUS[*]}" >&3`, 'bash', ...args], {
    stdio,
    detached: true,
    // C: tar's listing escapes every byte outside ASCII the same way, whatever the machine's locale.
    env: { PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin', LC_ALL: 'C' },
  });
  // In a group of its own (so that kill() reaches every tool): a Ctrl-C to ours would not reach it.
  const forget = onInterrupt(() => killGroup(child.pid));
  let stderr = '';
  let partial = '';
  let statusLine = '';
  const keep = (text: string): void => {
    if (stderr.length < STDERR_LIMIT) stderr += text.slice(0, STDERR_LIMIT - stderr.length);
  };
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    if (!options.stderrLine) return keep(text);
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (!options.stderrLine(line)) keep(`${line}\n`);
  });
  child.stderr?.on('end', () => {
    if (partial !== '' && !options.stderrLine?.(partial)) keep(partial);
  });
  const status = child.stdio[3] as Readable | null;
  let statusPartial = '';
  status?.setEncoding('utf8').on('data', (text: string) => {
    const lines = (statusPartial + text).split('\n');
    statusPartial = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('mark ')) options.onMark?.(line.slice('mark '.length));
      else statusLine += `${line}\n`;
    }
  });
  const done = new Promise<{ statuses: number[]; stderr: string }>((resolve, reject) => {
    child.once('error', (error) => reject(isErrno(error, 'ENOENT') ? toolsMissing(error) : error));
    child.once('close', (code, signal) => {
      forget();
      statusLine += statusPartial;
      const statuses = statusLine.trim().split(/\s+/).filter(Boolean).map(Number);
      // Killed before bash could report: every tool counts as killed.
      resolve({ statuses: statuses.length > 0 ? statuses : [code ?? (signal ? 137 : 1)], stderr });
    });
  });
  return {
    stdin: child.stdin,
    stdout: child.stdout,
    done,
    kill() {
      if (child.exitCode === null && child.signalCode === null) killGroup(child.pid);
    },
  };
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function toolsMissing(cause: unknown): HalcyonError {
  return new HalcyonError('toolchain/archive-tools-missing', `bash is not available to run tar and zstd: ${errorMessage(cause)}`, {
    remedy: 'Install them: apt-get install zstd tar bash.',
    cause,
  });
}

/** tar's and zstd's messages, without their program names and stdin placeholders. */
export function toolMessages(stderr: string): string {
  return stderr
    .split('\n')
    .map((line) => line.replace(/^(?:zstd|tar|head|bash):\s*/, '').replace(/^\/\*stdin\*\\\s*:\s*/, '').trim())
    .filter((line) => line.length > 0 && !/^Total bytes written/.test(line))
    .join('; ');
}

/** The archive's problem, when zstd or tar failed on it. */
export function corruptArchive(detail: string): ArchiveError {
  return new ArchiveError(`archive is truncated or corrupt (${detail})`, { reason: 'corrupt' });
}
