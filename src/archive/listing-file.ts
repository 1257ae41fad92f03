import { randomBytes } from 'node:crypto';
import { open, unlink, type FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { followFile } from '../util/follow.ts';

// tar flushes its verbose listing after every member. Into a pipe, that is a reader woken per
// member: on a cabal store's 20k files, a fifth of a save or a restore. Into a file it costs a
// write; an extraction reads the file behind tar every few milliseconds instead, so an entry
// is still checked (and the extraction killed) within one interval of tar reaching it.

const POLL_INTERVAL_MS = 15;
const READ_BYTES = 256 * 1024;

/** An unnamed file (removed as soon as it is open) a tool writes lines to, read as they come. */
export class ListingFile {
  private constructor(private readonly handle: FileHandle) {}

  static async create(): Promise<ListingFile> {
    const name = path.join(os.tmpdir(), `halcyon-listing-${randomBytes(6).toString('hex')}`);
    const handle = await open(name, 'wx+', 0o600);
    await unlink(name).catch(() => undefined);
    return new ListingFile(handle);
  }

  /** For the tool's stdout: it appends at the shared offset; this reads at its own positions. */
  get fd(): number {
    return this.handle.fd;
  }

  /** Each complete line to onLine as it is written, until `finished` settles and the rest is read. */
  async follow(finished: Promise<unknown>, onLine: (line: string) => void): Promise<void> {
    const decoder = new StringDecoder('utf8');
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    let partial = '';
    await followFile(this.handle, finished, POLL_INTERVAL_MS, buffer, (bytesRead) => {
      const lines = (partial + decoder.write(buffer.subarray(0, bytesRead))).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    });
    partial += decoder.end();
    if (partial !== '') onLine(partial);
  }

  /** Every line written so far (once the writer has finished). */
  readAll(onLine: (line: string) => void): Promise<void> {
    return this.follow(Promise.resolve(), onLine);
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}
