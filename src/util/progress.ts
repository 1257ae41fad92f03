import type { Logger } from '../log/logger.ts';
import { formatBytes, formatDuration } from './format.ts';

// Long transfers and extractions say how far they are, one detail line at a steady interval
// (Heroku's build log is not a terminal: no carriage-return animation). Producers only set
// numbers; the reporter prints the latest at each tick, and nothing for work done sooner.

export interface Progress {
  /** Bytes done so far, and the total when known. */
  set(doneBytes: number, totalBytes?: number): void;
  stop(): void;
}

export function reportProgress(log: Logger, label: string, intervalMs: number): Progress {
  const startedMs = Date.now();
  let done = 0;
  let total: number | undefined;
  const timer = setInterval(() => log.detail(progressLine(label, done, total, Date.now() - startedMs)), intervalMs);
  timer.unref();
  return {
    set(doneBytes, totalBytes) {
      done = doneBytes;
      if (totalBytes !== undefined) total = totalBytes;
    },
    stop: () => clearInterval(timer),
  };
}

/** `downloading …: 45.0 MB of 120 MB, 12.1 MB/s, about 6.2 s left` */
export function progressLine(label: string, doneBytes: number, totalBytes: number | undefined, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (doneBytes / elapsedMs) * 1000 : 0;
  const of = totalBytes !== undefined && totalBytes > 0 ? ` of ${formatBytes(totalBytes)}` : '';
  const left = totalBytes !== undefined && rate > 0 && totalBytes > doneBytes ? `, about ${formatDuration(((totalBytes - doneBytes) / rate) * 1000)} left` : '';
  return `${label}: ${formatBytes(doneBytes)}${of}, ${formatBytes(Math.round(rate))}/s${left}`;
}

/** Runs `work` with a progress reporter, stopped however it ends. */
export async function withProgress<T>(log: Logger, label: string, intervalMs: number, work: (progress: Progress) => Promise<T>): Promise<T> {
  const progress = reportProgress(log, label, intervalMs);
  try {
    return await work(progress);
  } finally {
    progress.stop();
  }
}
