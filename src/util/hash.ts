import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Short hashes in archive names: 12 hex characters (48 bits) keep names readable and collisions unlikely. */
export function shortHash(data: string | Uint8Array): string {
  return sha256Hex(data).slice(0, 12);
}

/** sha256, md5 and size of a file, streamed. */
export async function fileDigest(file: string): Promise<{ sha256: string; md5: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  const md5 = createHash('md5');
  let sizeBytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    md5.update(chunk as Buffer);
    sizeBytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), md5: md5.digest('hex'), sizeBytes };
}
