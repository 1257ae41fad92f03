import type { Deadline } from '../config/options.ts';
import { formatBytes, formatDuration } from '../util/format.ts';
import type { RunContext } from './context.ts';
import { ratesOf } from './rates.ts';
import { directorySize } from './size.ts';

// A long build's stop before the run's deadline. The margin is what stopping costs: a fixed
// part (stopping cabal, tidying the store, what the run still does after) and archiving and
// uploading the store as it stands, at the rates this run measured, recomputed as the store
// grows.

const FIXED_MARGIN_MS = 5_000;
const SAFETY_FACTOR = 1.5;
const CHECK_INTERVAL_MS = 2_000;
/** How long a stop waits for packages being written into the store to finish. */
const INSTALL_WAIT_MS = 30_000;

export function stopMarginMs(ctx: RunContext, storeBytes: number): number {
  const rates = ratesOf(ctx);
  const packMs = storeBytes / rates.packBytesPerMs;
  const uploadMs = ctx.storage.writable() ? (storeBytes * rates.compression) / rates.uploadBytesPerMs : 0;
  return Math.round(FIXED_MARGIN_MS + SAFETY_FACTOR * (packMs + uploadMs));
}

export interface DeadlineWatch {
  /** Aborted when the work must stop. */
  readonly signal: AbortSignal;
  /** Why it stopped, for the log. */
  readonly reason: string | undefined;
  dispose(): void;
}

/**
 * Watches the deadline while `dir` grows: aborts once now + the margin reaches it, as soon
 * as `busyWriting()` is false (no package half-written into the store), or after a grace
 * period if it stays true.
 */
export function watchDeadline(ctx: RunContext, deadline: Deadline, dir: string, busyWriting: () => boolean): DeadlineWatch {
  const controller = new AbortController();
  let reason: string | undefined;
  let dueSinceMs: number | undefined;
  let checking = false;
  const check = async (): Promise<void> => {
    if (checking || controller.signal.aborted) return;
    checking = true;
    try {
      const storeBytes = await directorySize(dir);
      const marginMs = stopMarginMs(ctx, storeBytes);
      const nowMs = Date.now();
      if (nowMs + marginMs < deadline.atMs) return;
      dueSinceMs ??= nowMs;
      if (busyWriting() && nowMs - dueSinceMs < INSTALL_WAIT_MS) return;
      reason = `${formatDuration(Math.max(0, deadline.atMs - nowMs))} left, and archiving ${formatBytes(storeBytes)} of dependencies${ctx.storage.writable() ? ' and uploading them' : ''} needs about ${formatDuration(marginMs)}`;
      controller.abort();
    } finally {
      checking = false;
    }
  };
  // A check that fails (it should not: sizes are best effort) leaves the build running.
  const tick = (): void => void check().catch(() => undefined);
  const timer = setInterval(tick, CHECK_INTERVAL_MS);
  tick();
  return {
    signal: controller.signal,
    get reason() {
      return reason;
    },
    dispose: () => clearInterval(timer),
  };
}
