// Plumbing for the pack and extract pipelines. tar-stream's streams are streamx streams, which
// node's stream.pipeline does not fully understand, so data is moved by small explicit pumps
// whose every wait also ends when the stream errors or is destroyed; nothing can hang.

import { HalcyonError } from '../errors.ts';

/** The subset of node and streamx writables the pumps rely on. */
export interface WritableLike {
  write(chunk: Uint8Array): boolean;
  // streamx's typings declare end(data) with a required argument; both accept none.
  end(...args: never[]): unknown;
  readonly destroyed: boolean;
  on(event: WritableEvent, listener: (...args: unknown[]) => void): unknown;
  removeListener(event: WritableEvent, listener: (...args: unknown[]) => void): unknown;
}

type WritableEvent = 'drain' | 'finish' | 'error' | 'close';

/** How much a failure explains: an unsafe entry or a full disk is the root cause; a broken pipe that followed it is not. */
export const Rank = { Cause: 0, Tool: 1, Consequence: 2 } as const;
export type Rank = (typeof Rank)[keyof typeof Rank];

function defaultRank(error: unknown): Rank {
  return error instanceof HalcyonError ? Rank.Cause : Rank.Consequence;
}

export class StreamClosedError extends Error {
  constructor(what: string) {
    super(`${what} was closed early`);
    this.name = 'StreamClosedError';
  }
}

function waitFor(stream: WritableLike, event: 'drain' | 'finish', what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      stream.removeListener(event, onEvent);
      stream.removeListener('error', onError);
      stream.removeListener('close', onClose);
    };
    const onEvent = (): void => {
      done();
      resolve();
    };
    const onError = (error: unknown): void => {
      done();
      reject(error);
    };
    const onClose = (): void => {
      done();
      reject(new StreamClosedError(what));
    };
    stream.on(event, onEvent);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}

/** Writes one chunk, waiting for the reader to catch up when the stream's buffer is full. */
export async function writeChunk(stream: WritableLike, chunk: Uint8Array, what: string): Promise<void> {
  if (stream.destroyed) throw new StreamClosedError(what);
  if (!stream.write(chunk)) await waitFor(stream, 'drain', what);
}

export async function endWritable(stream: WritableLike, what: string): Promise<void> {
  if (stream.destroyed) throw new StreamClosedError(what);
  const finished = waitFor(stream, 'finish', what);
  stream.end();
  await finished;
}

/**
 * What streams are destroyed with when the pipeline is aborted. Destroying with an error (not
 * plain destroy()) matters: tar-stream's extract iterator waits forever if its stream closes
 * without one between two entries.
 */
export class AbortedError extends Error {
  constructor() {
    super('aborted because another part of the pipeline failed');
    this.name = 'AbortedError';
  }
}

interface Failure {
  error: unknown;
  rank: Rank;
}

/**
 * Runs the concurrent halves of a pipeline. The first failure aborts everything (kills zstd,
 * destroys streams) so no task is left waiting; the error reported is the most explanatory one,
 * not merely the first that surfaced.
 */
export class Supervisor {
  private readonly failures: Failure[] = [];
  private readonly abortHandlers: (() => void)[] = [];
  private isAborted = false;

  get aborted(): boolean {
    return this.isAborted;
  }

  onAbort(handler: () => void): void {
    if (this.isAborted) handler();
    else this.abortHandlers.push(handler);
  }

  fail(error: unknown, rank: Rank = defaultRank(error)): void {
    this.failures.push({ error, rank });
    if (this.isAborted) return;
    this.isAborted = true;
    for (const handler of this.abortHandlers) {
      try {
        handler();
      } catch (error_) {
        this.failures.push({ error: error_, rank: Rank.Consequence });
      }
    }
  }

  /** Wraps a task so its rejection is recorded (and aborts the rest) instead of escaping. */
  task(promise: Promise<unknown>, rank?: Rank): Promise<void> {
    return promise.then(
      () => undefined,
      (error: unknown) => this.fail(error, rank ?? defaultRank(error)),
    );
  }

  /** Waits for every task; throws the best-ranked failure (earliest among equals) if anything failed. */
  async run(tasks: Promise<void>[]): Promise<void> {
    await Promise.all(tasks);
    let best: Failure | undefined;
    for (const failure of this.failures) {
      if (best === undefined || failure.rank < best.rank) best = failure;
    }
    if (best !== undefined) throw best.error;
  }
}
