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
  | 'deadline'
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

/** What a layer says is missing when it may not be built, where its title would not say it (the package index). */
export interface UnbuiltMessage {
  readonly id: `build-needed/${string}`;
  readonly message: string;
}

/**
 * A layer must be built but building it is forbidden: exit code 2, "build needed". The
 * layer's title ends the message ("build of app-1.0", "OS packages: libpq-dev"): a title is
 * a noun phrase of its own, so no verb can go before it for every layer.
 */
export class BuildNeededError extends HalcyonError {
  constructor(layerTitle: string, remedy: string, own?: UnbuiltMessage) {
    super(own?.id ?? 'build-needed/forbidden', own?.message ?? `Not prebuilt, and building is not allowed here: ${layerTitle}`, { remedy, exitCode: 2 });
    this.name = 'BuildNeededError';
  }
}

/**
 * The dependencies' build stopped before the run's deadline, its progress archived: exit code
 * 3, "run again to continue". Each front end says how to run again. `stalled` names what was
 * still building when a run finished nothing: running again would not get further.
 */
export class DeadlineReachedError extends HalcyonError {
  constructor(
    readonly builtCount: number,
    readonly plannedCount: number,
    readonly deadlineSource: string,
    /** The partial archive the next run starts from; undefined when nothing was built. */
    readonly partialKey: string | undefined,
    readonly stalled: string | undefined,
    remedy?: string,
  ) {
    const remaining = plannedCount - builtCount;
    super(
      'deadline/reached',
      `The dependencies' build stopped before the deadline (${deadlineSource}): ${builtCount} of ${plannedCount} packages are built, ${remaining} ${remaining === 1 ? 'remains' : 'remain'}`,
      { remedy: remedy ?? DeadlineReachedError.remedyFor(builtCount, stalled, 'run again'), exitCode: 3 },
    );
    this.name = 'DeadlineReachedError';
  }

  /** The same stop, with the command that continues it on this front end. */
  continueWith(command: string): DeadlineReachedError {
    return new DeadlineReachedError(this.builtCount, this.plannedCount, this.deadlineSource, this.partialKey, this.stalled, DeadlineReachedError.remedyFor(this.builtCount, this.stalled, `$ ${command}`));
  }

  private static remedyFor(builtCount: number, stalled: string | undefined, command: string): string {
    if (stalled) {
      return `No package finished before the deadline: ${stalled}. Running again would not get further.\nGive the build more time (HALCYON_BUILD_DEADLINE), or build on a bigger machine (on Heroku: heroku run -s performance-l build).`;
    }
    const from = builtCount > 0 ? `from the ${builtCount} packages built` : 'from the start';
    return `Run it again to continue ${from}:\n  ${command}`;
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An error none of our checks expected: a bug, reported with the one id such errors share. */
export function unexpectedError(error: unknown): HalcyonError {
  return error instanceof HalcyonError ? error : new HalcyonError('internal/unexpected', errorMessage(error), { remedy: 'This is a bug in the buildpack; please report it with the log above.', cause: error });
}
