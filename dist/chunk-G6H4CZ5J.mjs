import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  errorMessage
} from "./chunk-C7SAENDW.mjs";

// src/util/retry.ts
var DEFAULT_TRANSFER_POLICY = {
  connectTimeoutMs: 1e4,
  idleTimeoutMs: 15e3,
  attempts: 3,
  backoffBaseMs: 500,
  backoffMaxMs: 4e3,
  // Parallel parts only need to outpace the extraction (a GHC layer's 110 MB is read at about
  // 150 MB/s): two connections to S3 do, and each part costs a curl and a follower of its own
  // (16 MiB parts made a restore from a local server 1.06x of one stream; 64 MiB, 0.97x).
  // An archive under one part (most dependency and install layers) is one request.
  partSizeBytes: 64 * 1024 * 1024,
  partsInFlight: 4
};
function backoffMs(policy, attempt) {
  return Math.min(policy.backoffMaxMs, policy.backoffBaseMs * 2 ** (attempt - 1));
}
var realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var RetryBudget = class {
  constructor(policy, sleep = realSleep) {
    this.policy = policy;
    this.sleep = sleep;
  }
  policy;
  sleep;
  used = 0;
  get exhausted() {
    return this.used >= this.policy.attempts;
  }
  /** Gives back the last attempt: it never reached the network (the tool to make it was missing). */
  refund() {
    this.used = Math.max(0, this.used - 1);
  }
  /**
   * Runs `work` until it succeeds, fails with an error `isTransient` refuses, or the budget is
   * spent; the last error is thrown. `onRetry` hears each retried failure.
   */
  async run(work, isTransient, onRetry) {
    for (; ; ) {
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
};
var StallError = class extends Error {
  constructor(what, idleMs) {
    super(`${what}: no data for ${Number((idleMs / 1e3).toFixed(1))} s`);
    this.name = "StallError";
  }
};
var TransportError = class extends Error {
  name = "TransportError";
};
function isNetworkError(error) {
  if (error instanceof StallError || error instanceof TransportError) return true;
  const code = error?.code ?? error?.cause?.code;
  if (typeof code === "string" && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|UND_ERR_\w+|ERR_STREAM_PREMATURE_CLOSE)$/.test(code)) return true;
  const name = error?.name;
  if (name === "TimeoutError" || name === "AbortError") return true;
  return /socket hang up|terminated|premature close|aborted|timed out|stalled|fetch failed/i.test(errorMessage(error));
}

export {
  DEFAULT_TRANSFER_POLICY,
  realSleep,
  RetryBudget,
  StallError,
  TransportError,
  isNetworkError
};
