/** Per promise waited on: whether it has settled, and who waits for it now. */
interface Watch {
  settled: boolean;
  readonly waiters: Set<() => void>;
}

const watches = new WeakMap<Promise<unknown>, Watch>();

/** One handler on each promise, however many pauses wait on it (a poll of 10 ms would add one a pause). */
function watch(promise: Promise<unknown>): Watch {
  let found = watches.get(promise);
  if (!found) {
    const created: Watch = { settled: false, waiters: new Set() };
    const settle = (): void => {
      created.settled = true;
      for (const wake of created.waiters) wake();
      created.waiters.clear();
    };
    promise.then(settle, settle);
    watches.set(promise, created);
    found = created;
  }
  return found;
}

/**
 * Resolves after `ms`, or as soon as `settled` settles, whichever comes first. The timer is
 * cleared either way: a timer left behind keeps the process alive for its full interval
 * after the work is done (a poll of 15 ms was a twentieth of a small restore).
 */
export function pollPause(ms: number, settled: Promise<unknown>): Promise<void> {
  const watched = watch(settled);
  if (watched.settled) return Promise.resolve();
  return new Promise((resolve) => {
    const wake = (): void => {
      clearTimeout(timer);
      watched.waiters.delete(wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    watched.waiters.add(wake);
  });
}
