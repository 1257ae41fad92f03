// Layers hold thousands of small files, and each costs several filesystem calls that Node runs
// on its thread pool. One at a time, their latency dominates; a few in flight hide it. Both
// helpers bound how many run at once, and so how much file content is held in memory.

/** Runs tasks with at most `limit` in flight. Failures are kept and reported by drain(). */
export class TaskPool {
  private readonly running = new Set<Promise<void>>();
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly limit: number,
    private readonly onFailure: (error: unknown) => void = () => undefined,
  ) {}

  /** Starts the task once a slot is free; throws at once if an earlier task already failed. */
  async run(task: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.limit) await Promise.race(this.running);
    this.throwIfFailed();
    const running: Promise<void> = task().then(
      () => {
        this.running.delete(running);
      },
      (error: unknown) => {
        this.running.delete(running);
        if (this.failure === undefined) {
          this.failure = { error };
          this.onFailure(error);
        }
      },
    );
    this.running.add(running);
  }

  /** Waits for every task; throws the first failure. */
  async drain(): Promise<void> {
    await this.settle();
    this.throwIfFailed();
  }

  /** Waits for every task without throwing: nothing may still be writing once cleanup starts. */
  async settle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure.error;
  }
}

/**
 * Maps `source` through `fn` with up to `limit` calls in flight, yielding results in source
 * order. Each call starts in source order, so state `fn` keeps before its first await is
 * updated in a deterministic order.
 */
export async function* mapOrdered<T, R>(source: AsyncIterable<T>, limit: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const queue: Promise<R>[] = [];
  const iterator = source[Symbol.asyncIterator]();
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && queue.length < limit) {
        const next = await iterator.next();
        if (next.done === true) {
          exhausted = true;
          break;
        }
        const result = fn(next.value);
        // Awaited in order below; this only keeps a failure that is not reached yet from being "unhandled".
        result.catch(() => undefined);
        queue.push(result);
      }
      const head = queue.shift();
      if (head === undefined) return;
      yield await head;
    }
  } finally {
    // Let calls still in flight finish (their file handles close) before the caller moves on.
    await Promise.allSettled(queue);
    if (!exhausted) await iterator.return?.();
  }
}
