import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Short hashes in archive names: 12 hex characters (48 bits) keep names readable and collisions unlikely. */
export function shortHash(data: string | Uint8Array): string {
  return sha256Hex(data).slice(0, 12);
}

/** sha256 and size of a file, streamed (sha256 runs at memory speed on CPUs with SHA extensions). */
export async function fileDigest(file: string): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    sizeBytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}
