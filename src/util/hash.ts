import { createHash } from 'node:crypto';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Short hashes in archive names: 12 hex characters (48 bits) keep names readable and collisions unlikely. */
export function shortHash(data: string | Uint8Array): string {
  return sha256Hex(data).slice(0, 12);
}
