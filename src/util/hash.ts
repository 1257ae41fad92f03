import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { followFile } from './follow.ts';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Short hashes in archive names: 12 hex characters (48 bits) keep names readable and collisions unlikely. */
export function shortHash(data: string | Uint8Array): string {
  return sha256Hex(data).slice(0, 12);
}

const DIGEST_READ_BYTES = 4 * 1024 * 1024;

/**
 * sha256 and size of a file, read into one reused buffer (sha256 runs at memory speed on CPUs
 * with SHA extensions; a stream's fresh chunk per read cost more than the hashing).
 */
export function fileDigest(file: string): Promise<{ sha256: string; sizeBytes: number }> {
  // A file no one writes any more: read once to its end.
  return followingDigest(file, Promise.resolve());
}

/**
 * sha256 and size of a file another process is still writing, read behind it as it grows
 * (every few milliseconds) until `finished` settles and the rest is read: the hashing
 * overlaps the writing instead of following it.
 */
export function followingDigest(file: string, finished: Promise<unknown>, pollMs = 15): Promise<{ sha256: string; sizeBytes: number }> {
  return followingDigestOfParts([{ file, finished }], pollMs);
}

/**
 * One sha256 and size over files others are still writing, in order, each followed until its
 * `finished` settles; `onPartRead` hears of each part once it is read whole.
 */
export async function followingDigestOfParts(
  parts: readonly { file: string; finished: Promise<unknown> }[],
  pollMs = 15,
  onPartRead: (index: number) => void = () => undefined,
): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(DIGEST_READ_BYTES);
  let sizeBytes = 0;
  for (const [index, part] of parts.entries()) {
    sizeBytes += await follow(part.file, part.finished, pollMs, (bytes) => hash.update(buffer.subarray(0, bytes)), buffer);
    onPartRead(index);
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}

async function follow(file: string, finished: Promise<unknown>, pollMs: number, onRead: (bytes: number) => void, buffer: Buffer): Promise<number> {
  const handle = await open(file, 'r');
  try {
    return await followFile(handle, finished, pollMs, buffer, onRead);
  } finally {
    await handle.close();
  }
}
