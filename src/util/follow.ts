import type { FileHandle } from 'node:fs/promises';
import { pollPause } from './wait.ts';

/**
 * Reads a file another process is still writing, behind it: what is there, then again every
 * `pollMs`, until `finished` settles and the rest is read. Each read lands in `buffer` and
 * goes to `onRead` (its length) before the next overwrites it. The bytes read in all.
 */
export async function followFile(handle: FileHandle, finished: Promise<unknown>, pollMs: number, buffer: Buffer, onRead: (bytes: number) => void): Promise<number> {
  let done = false;
  void finished.finally(() => (done = true)).catch(() => undefined);
  let position = 0;
  for (;;) {
    const last = done;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) break;
      onRead(bytesRead);
      position += bytesRead;
    }
    if (last) return position;
    await pollPause(pollMs, finished);
  }
}
