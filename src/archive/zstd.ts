import { spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { HalcyonError, errorMessage } from '../errors.ts';
import { ArchiveError, isErrno } from './errors.ts';

const ZSTD_REMEDY = 'install zstd (apt-get install zstd)';
const STDERR_LIMIT = 8192;

function zstdMissing(cause?: unknown): HalcyonError {
  return new HalcyonError('toolchain/zstd-missing', 'zstd is not installed; it is needed to compress and extract layer archives', {
    remedy: ZSTD_REMEDY,
    cause,
  });
}

/** Checks that the zstd command exists, so a missing tool is reported before any work starts. */
export function assertZstdAvailable(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('zstd', ['--version'], { stdio: ['ignore', 'ignore', 'ignore'] });
    child.once('error', (error) => {
      reject(
        isErrno(error, 'ENOENT')
          ? zstdMissing(error)
          : new HalcyonError('toolchain/zstd-unusable', `cannot run zstd: ${errorMessage(error)}`, { remedy: ZSTD_REMEDY, cause: error }),
      );
    });
    child.once('close', (code, signal) => {
      if (code === 0) resolve();
      else {
        reject(
          new HalcyonError('toolchain/zstd-broken', `zstd --version failed (${signal ?? `exit code ${String(code)}`})`, {
            remedy: ZSTD_REMEDY,
          }),
        );
      }
    });
  });
}

export interface ZstdProcess {
  readonly stdin: Writable;
  readonly stdout: Readable;
  /**
   * Settles once the process has exited and its pipes are closed. Rejects when zstd failed on its
   * own; resolves after a kill() that cut it off silently, because then the real cause of the
   * failure is reported elsewhere.
   */
  readonly done: Promise<void>;
  /** Stops zstd at once. SIGKILL, so it cannot exit with an error of its own (e.g. "premature end") caused by the abort. */
  kill(): void;
}

/** zstd's messages name stdin in a way that only confuses: "zstd: /*stdin*\ : Read error (39) : premature end". */
function cleanStderr(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^zstd:\s*/, '').replace(/^\/\*stdin\*\\\s*:\s*/, '').trim())
    .filter((line) => line.length > 0)
    .join('; ');
}

export function spawnZstd(mode: 'compress' | 'decompress', describeFailure: (detail: string) => ArchiveError): ZstdProcess {
  const args = mode === 'compress' ? ['-3', '-T0', '-q', '-c'] : ['-d', '-c', '-q'];
  const child = spawn('zstd', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let killed = false;
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    if (stderr.length < STDERR_LIMIT) stderr += text.slice(0, STDERR_LIMIT - stderr.length);
  });
  child.stderr.on('error', () => {
    // Only diagnostics flow here; losing them must not fail the job.
  });

  const done = new Promise<void>((resolve, reject) => {
    let settled = false;
    child.once('error', (error) => {
      if (settled) return;
      settled = true;
      reject(isErrno(error, 'ENOENT') ? zstdMissing(error) : describeFailure(`cannot run zstd: ${errorMessage(error)}`));
    });
    child.once('close', (code, signal) => {
      if (settled) return;
      settled = true;
      const message = cleanStderr(stderr);
      // Killed by us: anything on stderr was written before the kill, so it is zstd's own
      // diagnosis (e.g. a truncated input noticed just before the tar parser noticed it too).
      if (code === 0 || (killed && signal !== null && message === '')) {
        resolve();
        return;
      }
      reject(describeFailure(message || (signal !== null ? `killed by ${signal}` : `exit code ${String(code)}`)));
    });
  });

  return {
    stdin: child.stdin,
    stdout: child.stdout,
    done,
    kill() {
      if (child.exitCode === null && child.signalCode === null && !killed) {
        killed = true;
        child.kill('SIGKILL');
      }
    },
  };
}
