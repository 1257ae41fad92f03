import type { RunContext } from './context.ts';

// How fast archiving and uploading go, as measured: what a deadline's margin is made of.
// A run starts from what the previous run measured (kept in its build data), else from rates
// a small dyno's disk and network reach, and measures again as it archives and uploads.

export interface Rates {
  /** Unpacked bytes archived per millisecond. */
  readonly packBytesPerMs: number;
  /** Archive bytes uploaded per millisecond. */
  readonly uploadBytesPerMs: number;
  /** Archive size over unpacked size. */
  readonly compression: number;
}

const ASSUMED: Rates = { packBytesPerMs: 40_000, uploadBytesPerMs: 5_000, compression: 0.2 };

const measuredByRun = new WeakMap<RunContext, Partial<Rates>>();

function measured(ctx: RunContext): Partial<Rates> {
  let rates = measuredByRun.get(ctx);
  if (!rates) measuredByRun.set(ctx, (rates = { ...validRates(ctx.previousRun?.rates) }));
  return rates;
}

export function ratesOf(ctx: RunContext): Rates {
  return { ...ASSUMED, ...measured(ctx) };
}

/** What was measured (by this run, or the one before): for the build data. */
export function measuredRates(ctx: RunContext): Partial<Rates> {
  return { ...measured(ctx) };
}

/** Ignored below a size that says more about start-up than speed. */
const MEASURABLE_BYTES = 8 * 1024 * 1024;

export function recordPack(ctx: RunContext, unpackedBytes: number, archiveBytes: number, durationMs: number): void {
  if (unpackedBytes < MEASURABLE_BYTES) return;
  Object.assign(measured(ctx), { packBytesPerMs: unpackedBytes / Math.max(1, durationMs), compression: archiveBytes / unpackedBytes });
}

export function recordUpload(ctx: RunContext, bytes: number, durationMs: number): void {
  if (bytes < MEASURABLE_BYTES) return;
  Object.assign(measured(ctx), { uploadBytesPerMs: bytes / Math.max(1, durationMs) });
}

function validRates(rates: Partial<Rates> | undefined): Partial<Rates> {
  const valid: Partial<Record<keyof Rates, number>> = {};
  for (const name of ['packBytesPerMs', 'uploadBytesPerMs', 'compression'] as const) {
    const value = rates?.[name];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) valid[name] = value;
  }
  return valid;
}
