import { errorMessage } from '../errors.ts';

/**
 * The one policy every network transfer follows (S3, public storage, toolchain downloads):
 * how long to wait for a connection, how long a connection may stay silent, and how many
 * attempts a transfer gets, with exponential backoff between them. A stall costs at most
 * `attempts × idleTimeoutMs` plus the backoff, however long a healthy transfer takes.
 */
export interface TransferPolicy {
  readonly connectTimeoutMs: number;
  /** No byte in this long (before the answer, or within a body) ends the attempt. */
  readonly idleTimeoutMs: number;
  /** Attempts per transfer, the first included. */
  readonly attempts: number;
  readonly backoffBaseMs: number;
  readonly backoffMaxMs: number;
  /** Large downloads come in ranged parts of this size, this many at a time, each retried alone. */
  readonly partSizeBytes: number;
  readonly partsInFlight: number;
}

export const DEFAULT_TRANSFER_POLICY: TransferPolicy = {
  connectTimeoutMs: 10_000,
  idleTimeoutMs: 15_000,
  attempts: 3,
  backoffBaseMs: 500,
  backoffMaxMs: 4_000,
  // Parallel parts only need to outpace the extraction (a GHC layer's 110 MB is read at about
  // 150 MB/s): two connections to S3 do, and each part costs a curl and a follower of its own
  // (16 MiB parts made a restore from a local server 1.06x of one stream; 64 MiB, 0.97x).
  // An archive under one part (most dependency and install layers) is one request.
  partSizeBytes: 64 * 1024 * 1024,
  partsInFlight: 4,
};

/**
 * The longest a transfer that only ever stalls can take under `policy`. (The AWS SDK starts
 * watching an idle socket up to 3 s late when its timeout is 6 s or more.)
 */
export function worstStallMs(policy: TransferPolicy): number {
  const perAttempt = Math.max(policy.connectTimeoutMs, policy.idleTimeoutMs + (policy.idleTimeoutMs >= 6000 ? 3000 : 0));
  let total = 0;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) total += perAttempt + (attempt < policy.attempts ? backoffMs(policy, attempt) : 0);
  return total;
}

/** Before attempt `attempt + 1`: base × 2^(attempt-1), capped. */
export function backoffMs(policy: TransferPolicy, attempt: number): number {
  return Math.min(policy.backoffMaxMs, policy.backoffBaseMs * 2 ** (attempt - 1));
}

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Attempts left for one transfer, shared by every step of it (opening an object, then
 * reading its body), so retries at two levels never multiply.
 */
export class RetryBudget {
  private used = 0;

  constructor(
    readonly policy: TransferPolicy,
    private readonly sleep: Sleep = realSleep,
  ) {}

  get exhausted(): boolean {
    return this.used >= this.policy.attempts;
  }

  /** Gives back the last attempt: it never reached the network (the tool to make it was missing). */
  refund(): void {
    this.used = Math.max(0, this.used - 1);
  }

  /**
   * Runs `work` until it succeeds, fails with an error `isTransient` refuses, or the budget is
   * spent; the last error is thrown. `onRetry` hears each retried failure.
   */
  async run<T>(work: (attempt: number) => Promise<T>, isTransient: (error: unknown) => boolean, onRetry?: (error: unknown, attempt: number) => void): Promise<T> {
    for (;;) {
      this.used += 1;
      try {
        return await work(this.used);
      } catch (error) {
        if (!isTransient(error) || this.exhausted) throw error;
        onRetry?.(error, this.used);
        await this.sleep(backoffMs(this.policy, this.used));
      }
    }
  }
}

/** An error for a transfer that stalled: no byte for the idle timeout. */
export class StallError extends Error {
  constructor(what: string, idleMs: number) {
    super(`${what}: no data for ${Number((idleMs / 1000).toFixed(1))} s`);
    this.name = 'StallError';
  }
}

/** A transfer another tool (curl) ran, broken off by the network: its message. */
export class TransportError extends Error {
  override readonly name = 'TransportError';
}

/** Network-level failures worth another attempt (the answer's status is judged by the caller). */
export function isNetworkError(error: unknown): boolean {
  if (error instanceof StallError || error instanceof TransportError) return true;
  const code = (error as { code?: unknown; cause?: { code?: unknown } } | undefined)?.code ?? (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  if (typeof code === 'string' && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|UND_ERR_\w+|ERR_STREAM_PREMATURE_CLOSE)$/.test(code)) return true;
  const name = (error as { name?: unknown } | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return true;
  return /socket hang up|terminated|premature close|aborted|timed out|stalled|fetch failed/i.test(errorMessage(error));
}
