import { spawn } from 'node:child_process';
import { HalcyonError, errorMessage } from '../errors.ts';
import { isErrno } from './errors.ts';

const ZSTD_REMEDY = 'install zstd (apt-get install zstd)';

/** zstd or GNU tar is not on PATH: the one error for both, with the command that installs it. */
export function toolMissing(tool: 'zstd' | 'tar', cause?: unknown): HalcyonError {
  return new HalcyonError(tool === 'zstd' ? 'toolchain/zstd-missing' : 'toolchain/tar-missing', `${tool} is not installed; it is needed to compress and extract layer archives`, {
    remedy: `install ${tool} (apt-get install ${tool})`,
    cause,
  });
}

function zstdMissing(cause?: unknown): HalcyonError {
  return toolMissing('zstd', cause);
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
