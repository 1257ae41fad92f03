import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import { HalcyonError, errorMessage } from '../errors.ts';
import { tempSibling } from './fs.ts';

/**
 * Downloads `url` to `destFile`, checking the sha256 before the file gets its final name:
 * a toolchain that does not match its inventory entry is never used.
 */
export async function downloadVerified(url: string, sha256: string, destFile: string, timeoutMs = 10 * 60_000): Promise<number> {
  await mkdir(path.dirname(destFile), { recursive: true });
  const temp = tempSibling(destFile);
  const hash = createHash('sha256');
  let sizeBytes = 0;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        sizeBytes += chunk.length;
        callback(null, chunk);
      },
    });
    await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), counter, createWriteStream(temp));
  } catch (error) {
    await rm(temp, { force: true });
    throw new HalcyonError('download', `Could not download ${url}: ${errorMessage(error)}`, {
      remedy: 'Check the URL and the network, then try again.',
      cause: error,
    });
  }
  const actual = hash.digest('hex');
  if (actual !== sha256.toLowerCase()) {
    await rm(temp, { force: true });
    throw new HalcyonError('download', `The download from ${url} does not match its sha256 (expected ${sha256}, got ${actual})`, {
      remedy: 'The file was changed or damaged on the way. Try again; if it persists, check the URL and the sha256 you configured.',
    });
  }
  await rename(temp, destFile);
  return sizeBytes;
}
