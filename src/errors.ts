// Typed errors that carry what the user should do about them. The CLI prints `message`
// and `remedy`, and exits with `exitCode`; nothing else needs to know about exit codes.

export type ErrorCode =
  | 'config'
  | 'app'
  | 'archive'
  | 'storage'
  | 'toolchain'
  | 'build-failed'
  | 'build-needed'
  | 'download'
  | 'internal';

/**
 * A stable id for each kind of failure, its category first: `config/invalid-bucket`,
 * `storage/s3/no-such-bucket`. It is printed in the error block and kept in the build data,
 * so a failure can be searched for and counted whatever its message says.
 */
export type ErrorId = `${ErrorCode}/${string}`;

export class HalcyonError extends Error {
  readonly id: ErrorId;
  readonly code: ErrorCode;
  readonly remedy: string | undefined;
  readonly exitCode: number;

  constructor(id: ErrorId, message: string, options: { remedy?: string; exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HalcyonError';
    this.id = id;
    this.code = id.slice(0, id.indexOf('/')) as ErrorCode;
    this.remedy = options.remedy;
    this.exitCode = options.exitCode ?? 1;
  }
}

/** A layer must be built but building it is forbidden: exit code 2, "build needed". */
export class BuildNeededError extends HalcyonError {
  constructor(layerTitle: string, remedy: string) {
    super('build-needed/forbidden', `Cannot build ${layerTitle}: building it is not allowed here`, { remedy, exitCode: 2 });
    this.name = 'BuildNeededError';
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An error none of our checks expected: a bug, reported with the one id such errors share. */
export function unexpectedError(error: unknown): HalcyonError {
  return error instanceof HalcyonError ? error : new HalcyonError('internal/unexpected', errorMessage(error), { remedy: 'This is a bug in the buildpack; please report it with the log above.', cause: error });
}
