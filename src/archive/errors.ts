import { HalcyonError, errorMessage } from '../errors.ts';

/**
 * Why an archive operation failed, so callers can tell a bad cache entry (rebuild the layer)
 * from a full disk or an unreadable layer (rebuilding will not help).
 */
export type ArchiveFailure =
  | 'corrupt'
  | 'unsafe-entry'
  | 'checksum-mismatch'
  | 'input'
  | 'no-space'
  | 'oversized'
  | 'io'
  | 'unsupported-source';

const CACHE_REMEDY =
  'A corrupt or unreadable cache entry is treated as a cache miss and the layer is rebuilt. ' +
  'If this keeps happening, purge the build cache with `heroku builds:cache:purge`.';

const REMEDIES: Record<ArchiveFailure, string> = {
  corrupt: CACHE_REMEDY,
  'unsafe-entry': CACHE_REMEDY,
  'checksum-mismatch': CACHE_REMEDY,
  input: CACHE_REMEDY,
  oversized: CACHE_REMEDY,
  'no-space':
    'Free up disk space: remove files the build does not need, or purge the build cache with `heroku builds:cache:purge`.',
  io: 'Check that the directory exists and that the build can read and write it.',
  'unsupported-source':
    'Layer directories may only contain relative symlinks that stay inside the directory. ' +
    'Make the link relative, or copy the file instead (for `cabal install`, use `--install-method=copy`).',
};

export class ArchiveError extends HalcyonError {
  readonly reason: ArchiveFailure;

  constructor(message: string, options: { reason?: ArchiveFailure; remedy?: string; cause?: unknown } = {}) {
    const reason = options.reason ?? 'corrupt';
    super(`archive/${reason}`, message, { remedy: options.remedy ?? REMEDIES[reason], cause: options.cause });
    // Keeps `instanceof ArchiveError` working even if this is ever compiled down to ES5 classes.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'ArchiveError';
    this.reason = reason;
  }
}

function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

/** Turns a failed filesystem call into an ArchiveError; a full disk gets its own clear message. */
export function ioError(action: string, target: string, error: unknown): ArchiveError {
  if (error instanceof ArchiveError) return error;
  const code = errnoCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new ArchiveError(`no space left on device while trying to ${action} ${target}`, {
      reason: 'no-space',
      cause: error,
    });
  }
  return new ArchiveError(`cannot ${action} ${target}: ${errorMessage(error)}`, { reason: 'io', cause: error });
}

export function isErrno(error: unknown, code: string): boolean {
  return errnoCode(error) === code;
}
