import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import { HalcyonError, errorMessage } from '../errors.ts';
import { tempSibling } from './fs.ts';
import { DEFAULT_TRANSFER_POLICY, RetryBudget, StallError, isNetworkError, type TransferPolicy } from './retry.ts';

class HttpStatusError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/**
 * Downloads `url` to `destFile` under the shared transfer policy (an attempt ends after the
 * idle timeout without a byte; transient failures are tried again), checking the sha256
 * before the file gets its final name: a toolchain that does not match its inventory entry
 * is never used.
 */
export async function downloadVerified(
  url: string,
  sha256: string,
  destFile: string,
  policy: TransferPolicy = DEFAULT_TRANSFER_POLICY,
  onProgress?: (doneBytes: number, totalBytes: number | undefined) => void,
): Promise<number> {
  await mkdir(path.dirname(destFile), { recursive: true });
  const temp = tempSibling(destFile);
  let result: { sizeBytes: number; sha256: string };
  try {
    result = await new RetryBudget(policy).run(
      () => downloadOnce(url, temp, policy.idleTimeoutMs, onProgress),
      (error) => (error instanceof HttpStatusError ? error.status >= 500 || error.status === 429 : isNetworkError(error)),
    );
  } catch (error) {
    await rm(temp, { force: true });
    throw new HalcyonError('download/failed', `Could not download ${url}: ${errorMessage(error)}`, {
      remedy: 'Check the URL and the network, then try again.',
      cause: error,
    });
  }
  if (result.sha256 !== sha256.toLowerCase()) {
    await rm(temp, { force: true });
    throw new HalcyonError('download/checksum-mismatch', `The download from ${url} does not match its sha256 (expected ${sha256}, got ${result.sha256})`, {
      remedy: 'The file was changed or damaged on the way. Try again; if it persists, check the URL and the sha256 you configured.',
    });
  }
  await rename(temp, destFile);
  return result.sizeBytes;
}

async function downloadOnce(url: string, temp: string, idleMs: number, onProgress: ((doneBytes: number, totalBytes: number | undefined) => void) | undefined): Promise<{ sizeBytes: number; sha256: string }> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const arm = (what: string): void => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new StallError(what, idleMs)), idleMs);
  };
  arm('no answer');
  const hash = createHash('sha256');
  let sizeBytes = 0;
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      throw new HttpStatusError(response.status);
    }
    const length = Number(response.headers.get('content-length') ?? Number.NaN);
    const totalBytes = Number.isFinite(length) ? length : undefined;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        arm('the download stalled');
        hash.update(chunk);
        sizeBytes += chunk.length;
        onProgress?.(sizeBytes, totalBytes);
        callback(null, chunk);
      },
    });
    arm('the download stalled');
    await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), counter, createWriteStream(temp), { signal: controller.signal });
    return { sizeBytes, sha256: hash.digest('hex') };
  } catch (error) {
    // An abort surfaces as an AbortError; the reason given to abort() says what happened.
    throw controller.signal.aborted && controller.signal.reason instanceof Error ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}
