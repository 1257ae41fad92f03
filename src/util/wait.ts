/**
 * Resolves after `ms`, or as soon as `settled` settles, whichever comes first. The timer is
 * cleared either way: a timer left behind keeps the process alive for its full interval
 * after the work is done (a poll of 15 ms was a twentieth of a small restore).
 */
export function pollPause(ms: number, settled: Promise<unknown>): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const stop = (): void => {
      clearTimeout(timer);
      resolve();
    };
    settled.then(stop, stop);
  });
}
