import { randomBytes } from 'node:crypto';
import { closeSync, openSync, statfsSync, writeSync } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm, writeFile, stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { HalcyonError } from '../errors.ts';
import { onInterrupt, removeTempFamily } from './interrupt.ts';

/**
 * A unique name beside `target`, so the final rename stays on one filesystem and is atomic.
 * Removed (with the files named after it) if the process is interrupted before then; after
 * the rename there is nothing under the name to remove.
 */
export function tempSibling(target: string): string {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  onInterrupt(() => removeTempFamily(temp));
  return temp;
}

/** Writes to a temp name and renames, so a reader never sees a half-written file. */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = tempSibling(target);
  try {
    await writeFile(temp, data);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Puts `freshDir` in place of `liveDir`. The old directory is moved aside first and removed
 * only after the new one is in place, so a crash leaves one of the two, never a mixture.
 */
export async function replaceDirectory(freshDir: string, liveDir: string): Promise<void> {
  await mkdir(path.dirname(liveDir), { recursive: true });
  const old = tempSibling(liveDir);
  const hadOld = await exists(liveDir);
  if (hadOld) await rename(liveDir, old);
  try {
    await rename(freshDir, liveDir);
  } catch (error) {
    if (hadOld) await rename(old, liveDir);
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/** What a file system still takes: bytes an unprivileged writer may write, and files it may make (inodes). */
export interface FreeSpace {
  readonly bytes: number;
  /** undefined where the file system has no fixed number of inodes (btrfs tells 0 of 0). */
  readonly inodes: number | undefined;
}

/** The free space of the file system holding `p`; undefined where it cannot be told. */
export function freeSpaceAt(p: string): FreeSpace | undefined {
  try {
    const fs = statfsSync(p);
    return { bytes: Number(fs.bavail) * Number(fs.bsize), inodes: Number(fs.files) > 0 ? Number(fs.ffree) : undefined };
  } catch {
    return undefined;
  }
}

/** Bytes an unprivileged writer may still put on the file system holding `p`; undefined where it cannot be told. */
export function freeBytesAt(p: string): number | undefined {
  return freeSpaceAt(p)?.bytes;
}

/** Anything at the path, a dangling symlink included (exists() follows links). */
export async function anythingAt(p: string): Promise<boolean> {
  return lstat(p).then(
    () => true,
    () => false,
  );
}

export async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

export async function readTextIfExists(p: string): Promise<string | undefined> {
  try {
    return await readFile(p, 'utf8');
  } catch {
    return undefined;
  }
}

const TEMP_NAME = /^\..+\.tmp-\d+-[0-9a-f]+$/;
/** Old enough that no run still writes it: a run's temp names live minutes, not hours. */
const LEFTOVER_AGE_MS = 60 * 60 * 1000;

/**
 * Removes what killed runs left under `dir` (temp files and directories named by
 * tempSibling), leaving recent ones alone: another run may be writing them right now.
 */
export async function sweepLeftovers(dir: string, nowMs: number, depth = 3): Promise<string[]> {
  const removed: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (TEMP_NAME.test(entry.name)) {
      const info = await stat(full).catch(() => undefined);
      if (info && nowMs - info.mtimeMs > LEFTOVER_AGE_MS) {
        await rm(full, { recursive: true, force: true });
        removed.push(full);
      }
    } else if (entry.isDirectory() && depth > 1) {
      removed.push(...(await sweepLeftovers(full, nowMs, depth - 1)));
    }
  }
  return removed;
}

/**
 * A directory's names, refusing any that is not valid UTF-8: such a name cannot survive a
 * round trip through a string (Node would read it with U+FFFD in place of its bytes), so it is
 * named in the error instead of being archived or hashed as something else.
 */
export async function readdirUtf8(dir: string): Promise<string[]> {
  const names: string[] = [];
  for (const raw of await readdir(dir, { encoding: 'buffer' })) {
    const name = raw.toString('utf8');
    if (!Buffer.from(name, 'utf8').equals(raw)) throw new NonUtf8NameError(dir, raw);
    names.push(name);
  }
  return names;
}

export class NonUtf8NameError extends HalcyonError {
  constructor(
    readonly dir: string,
    readonly rawName: Buffer,
  ) {
    super('app/non-utf8-name', `${path.join(dir, escapeBytes(rawName))} has a name that is not valid UTF-8`, {
      remedy: 'Rename it with a UTF-8 name (git mv, or mv on the machine that made it).',
    });
  }
}

/** Printable ASCII as is, anything else as \xNN. */
export function escapeBytes(raw: Buffer): string {
  return [...raw].map((byte) => (byte >= 0x20 && byte < 0x7f && byte !== 0x5c ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`)).join('');
}

/** Runs `work`, then `cleanup` whatever happened; an error of the cleanup's own never hides one of the work's. */
export async function withCleanup<T>(work: () => Promise<T>, cleanup: () => Promise<void>): Promise<T> {
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await cleanup().catch(() => undefined);
    throw error;
  }
  await cleanup();
  return result;
}

/**
 * A stream into a file (created or replaced), each chunk written as it comes, synchronously:
 * an fs.WriteStream's round trip through the thread pool per 64 KiB chunk held a socket back
 * (and the server with it) longer than the writes themselves take.
 */
export async function writeStreamToFile(body: NodeJS.ReadableStream, file: string, onProgress?: (bytes: number) => void): Promise<void> {
  const fd = openSync(file, 'w');
  let written = 0;
  try {
    for await (const chunk of body) {
      writeSync(fd, chunk as Buffer);
      written += (chunk as Buffer).length;
      onProgress?.(written);
    }
  } finally {
    closeSync(fd);
  }
}

const APPEND_BUFFER_BYTES = 4 * 1024 * 1024;

/** The sources' bytes appended to `target`, in order, through one reused buffer. */
export async function appendFiles(target: string, sources: readonly string[]): Promise<void> {
  if (sources.length === 0) return;
  const out = await open(target, 'a');
  const buffer = Buffer.allocUnsafe(APPEND_BUFFER_BYTES);
  try {
    for (const source of sources) {
      const input = await open(source, 'r');
      try {
        for (;;) {
          const { bytesRead } = await input.read(buffer, 0, buffer.length, null);
          if (bytesRead === 0) break;
          for (let written = 0; written < bytesRead; ) written += (await out.write(buffer, written, bytesRead - written)).bytesWritten;
        }
      } finally {
        await input.close();
      }
    }
  } finally {
    await out.close();
  }
}
