// Writes admitted archive entries to disk: small files several at once, large ones streamed
// in big batches, directory modes and mtimes last.

import { constants } from 'node:fs';
import { chmod, link, lutimes, mkdir, open, symlink, utimes, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Extract, Header } from 'tar-stream';
import { TaskPool } from './concurrency.ts';
import { ArchiveError, ioError } from './errors.ts';
import { ExtractionPlan, type AdmittedEntry } from './safety.ts';
import { ARCHIVE_MANIFEST, CHUNK_BYTES, type ArchiveManifest } from './types.ts';

type Entry = Extract extends AsyncIterable<infer T> ? T : never;

/** Directory metadata is applied last: creating entries inside a directory changes its mtime. */
interface PendingDirectory {
  abs: string;
  depth: number;
  mode: number;
  mtime: number;
}

function entryMode(header: Header, fallback: number): number {
  // Permission bits only: setuid/setgid bits from a cache archive have no business in a build.
  const mode: number | undefined = header.mode;
  return mode === undefined ? fallback : mode & 0o777;
}

/**
 * Seconds since the epoch for utimes. Prefers the pax record, which keeps the sub-second part
 * the ustar header drops. Node (libuv) applies times with microsecond resolution, truncating, and
 * a double near 1.7e9 s is only exact to ~0.2 µs; aiming at the middle of the microsecond makes
 * the truncation land on the right one, so mtimes survive to the exact microsecond.
 */
function entryMtime(header: Header): number {
  const pax = header.pax;
  if (typeof pax === 'object' && pax !== null && 'mtime' in pax && typeof pax.mtime === 'string') {
    const match = /^(\d+)(?:\.(\d{1,9})\d*)?$/.exec(pax.mtime);
    if (match?.[1] !== undefined) {
      const seconds = Number(match[1]);
      const micros = Number((match[2] ?? '').padEnd(9, '0').slice(0, 6));
      return micros === 0 ? seconds : seconds + (micros + 0.5) / 1e6;
    }
  }
  const mtime: Date | undefined = header.mtime;
  return (mtime?.getTime() ?? Date.now()) / 1000;
}

/** Files up to this size are collected whole and written several at once in the background. */
const SMALL_FILE_BYTES = 256 * 1024;
const WRITES_IN_FLIGHT = 16;

export class EntryWriter {
  entryCount = 0;
  unpackedBytes = 0;
  private readonly plan = new ExtractionPlan();
  private readonly directories: PendingDirectory[] = [];
  private readonly pool: TaskPool;
  /** What the archive may unpack to: the free space (less a reserve), then what its manifest records. */
  private maxBytes: number;
  private maxEntries = Number.POSITIVE_INFINITY;
  private limitSource: string;

  constructor(
    private readonly root: string,
    private readonly umask: number,
    onBackgroundFailure: (error: unknown) => void,
    private readonly freeBytes: number = Number.POSITIVE_INFINITY,
  ) {
    this.pool = new TaskPool(WRITES_IN_FLIGHT, onBackgroundFailure);
    this.maxBytes = freeBytes;
    this.limitSource = `the ${formatSize(freeBytes)} free on the disk`;
  }

  async consume(tar: Extract): Promise<void> {
    try {
      let first = true;
      for await (const entry of tar) {
        if (first && entry.header.name === ARCHIVE_MANIFEST && entry.header.type === 'file') {
          first = false;
          await this.applyManifest(entry);
          continue;
        }
        first = false;
        const admitted = this.plan.admit(entry.header);
        if (admitted === undefined) {
          await drain(entry);
          continue;
        }
        if (admitted.missingParent !== undefined) {
          const parent = path.join(this.root, admitted.missingParent);
          await mkdir(parent, { recursive: true }).catch((error: unknown) => {
            throw ioError('create the directory', parent, error);
          });
        }
        if (this.entryCount + 1 > this.maxEntries) throw this.oversized(`more than the ${this.maxEntries} entries of ${this.limitSource}`);
        await this.write(admitted, entry);
        this.entryCount += 1;
      }
      await this.pool.drain();
    } finally {
      // Nothing may still be writing when the caller cleans up after a failure.
      await this.pool.settle();
    }
  }

  /**
   * The manifest our own archives begin with. What it records bounds the rest (with a little
   * slack for files that grew while they were packed); a record larger than the free space is
   * refused before anything is written. A malformed one is a corrupt archive.
   */
  private async applyManifest(entry: Entry): Promise<void> {
    if ((entry.header.size ?? 0) > 4096) throw new ArchiveError(`the archive's ${ARCHIVE_MANIFEST} is too large`, { reason: 'corrupt' });
    let manifest: Partial<ArchiveManifest>;
    try {
      manifest = JSON.parse(Buffer.concat(await collect(entry)).toString('utf8')) as Partial<ArchiveManifest>;
    } catch {
      throw new ArchiveError(`the archive's ${ARCHIVE_MANIFEST} is not valid JSON`, { reason: 'corrupt' });
    }
    const { unpackedBytes, entryCount } = manifest;
    if (!Number.isSafeInteger(unpackedBytes) || !Number.isSafeInteger(entryCount) || (unpackedBytes ?? -1) < 0 || (entryCount ?? -1) < 0) {
      throw new ArchiveError(`the archive's ${ARCHIVE_MANIFEST} records no valid size`, { reason: 'corrupt' });
    }
    const bytes = unpackedBytes ?? 0;
    const entries = entryCount ?? 0;
    if (bytes > this.freeBytes) {
      throw new ArchiveError(`the archive unpacks to ${formatSize(bytes)}, more than the ${formatSize(this.freeBytes)} free`, { reason: 'no-space' });
    }
    this.maxBytes = Math.min(this.freeBytes, bytes + Math.max(1024 * 1024, Math.ceil(bytes / 100)));
    this.maxEntries = entries + Math.max(100, Math.ceil(entries / 100));
    this.limitSource = `its recorded size (${formatSize(bytes)} in ${entries} entries)`;
  }

  private oversized(what: string): ArchiveError {
    return new ArchiveError(`the archive expands to ${what}`, { reason: 'oversized' });
  }

  private async write(admitted: AdmittedEntry, entry: Entry): Promise<void> {
    const { header } = entry;
    const abs = path.join(this.root, admitted.path);
    const mtime = entryMtime(header);
    switch (admitted.kind) {
      case 'file': {
        const mode = entryMode(header, 0o644);
        if (this.unpackedBytes + (header.size ?? 0) > this.maxBytes) throw this.oversized(`more than ${this.limitSource}`);
        this.unpackedBytes += header.size;
        if (header.size > SMALL_FILE_BYTES) {
          await this.writeLargeFile(abs, entry, mode, mtime);
        } else {
          const content = await collect(entry);
          await this.pool.run(() => this.writeSmallFile(abs, content, mode, mtime));
        }
        return;
      }
      case 'directory': {
        await drain(entry);
        if (!admitted.alreadyExists) {
          await mkdir(abs, { mode: 0o700 }).catch((error: unknown) => {
            throw ioError('create the directory', abs, error);
          });
        }
        this.directories.push({ abs, depth: admitted.path.split('/').length, mode: entryMode(header, 0o755), mtime });
        return;
      }
      case 'symlink': {
        await drain(entry);
        const target = admitted.linkTarget ?? '';
        await this.pool.run(async () => {
          try {
            await symlink(target, abs);
            await lutimes(abs, mtime, mtime);
          } catch (error) {
            throw ioError('create the symlink', abs, error);
          }
        });
        return;
      }
      case 'hardlink': {
        await drain(entry);
        // The file linked to may still be being written in the background.
        await this.pool.drain();
        const target = path.join(this.root, admitted.linkTarget ?? '');
        await link(target, abs).catch((error: unknown) => {
          throw ioError('create the hardlink', abs, error);
        });
        return;
      }
    }
  }

  private async create(abs: string, mode: number): Promise<FileHandle> {
    try {
      // O_EXCL and O_NOFOLLOW: never write through something that already exists at this path.
      return await open(abs, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode);
    } catch (error) {
      throw ioError('write', abs, error);
    }
  }

  private async finishFile(handle: FileHandle, abs: string, mode: number, mtime: number): Promise<void> {
    try {
      if ((mode & ~this.umask) !== mode) await handle.chmod(mode);
      await handle.utimes(mtime, mtime);
    } catch (error) {
      throw ioError('set the mode and mtime of', abs, error);
    }
  }

  private async writeSmallFile(abs: string, content: Buffer[], mode: number, mtime: number): Promise<void> {
    const handle = await this.create(abs, mode);
    try {
      await writeAll(handle, content, abs);
      await this.finishFile(handle, abs, mode, mtime);
    } finally {
      await handle.close();
    }
  }

  private async writeLargeFile(abs: string, entry: Entry, mode: number, mtime: number): Promise<void> {
    const handle = await this.create(abs, mode);
    const writer = new BatchedWriter(handle, abs);
    try {
      for await (const chunk of entry as AsyncIterable<Buffer>) await writer.add(chunk);
      await writer.flush();
      await this.finishFile(handle, abs, mode, mtime);
    } finally {
      await writer.settle();
      await handle.close();
    }
  }

  /** Deepest first, so a directory without write or search permission is only locked after its contents are done. */
  async finishDirectories(): Promise<void> {
    const byDepth = new Map<number, PendingDirectory[]>();
    for (const directory of this.directories) {
      const group = byDepth.get(directory.depth) ?? [];
      group.push(directory);
      byDepth.set(directory.depth, group);
    }
    const depths = [...byDepth.keys()].sort((a, b) => b - a);
    for (const depth of depths) {
      const group = byDepth.get(depth) ?? [];
      for (let i = 0; i < group.length; i += 64) {
        await Promise.all(
          group.slice(i, i + 64).map(async ({ abs, mode, mtime }) => {
            try {
              await chmod(abs, mode);
              await utimes(abs, mtime, mtime);
            } catch (error) {
              throw ioError('set the mode and mtime of', abs, error);
            }
          }),
        );
      }
    }
  }
}

/**
 * Gathers the parser's 64 KiB chunks into ~1 MiB writev calls, and keeps one write in flight
 * while the next batch is parsed, so decompression and disk writes overlap.
 */
class BatchedWriter {
  private batch: Buffer[] = [];
  private batchBytes = 0;
  private inFlight: Promise<void> | undefined;

  constructor(
    private readonly handle: FileHandle,
    private readonly abs: string,
  ) {}

  async add(chunk: Buffer): Promise<void> {
    this.batch.push(chunk);
    this.batchBytes += chunk.byteLength;
    if (this.batchBytes >= CHUNK_BYTES) await this.startWrite();
  }

  async flush(): Promise<void> {
    if (this.batchBytes > 0) await this.startWrite();
    await this.inFlight;
    this.inFlight = undefined;
  }

  /** Waits out a write still running after a failure, so the file is not closed under it. */
  async settle(): Promise<void> {
    await this.inFlight?.catch(() => undefined);
  }

  private async startWrite(): Promise<void> {
    await this.inFlight;
    const buffers = this.batch;
    this.batch = [];
    this.batchBytes = 0;
    const write = writeAll(this.handle, buffers, this.abs);
    // Awaited by the next startWrite/flush; this only keeps an early failure from being "unhandled".
    write.catch(() => undefined);
    this.inFlight = write;
  }
}

async function writeAll(handle: FileHandle, buffers: Buffer[], abs: string): Promise<void> {
  try {
    let pending = buffers;
    while (pending.length > 0) {
      const { bytesWritten } = await handle.writev(pending);
      pending = dropWritten(pending, bytesWritten);
    }
  } catch (error) {
    throw ioError('write', abs, error);
  }
}

/** writev may write less than asked (rarely, on regular files); what remains is retried. */
function dropWritten(buffers: Buffer[], written: number): Buffer[] {
  let skip = written;
  const rest: Buffer[] = [];
  for (const buffer of buffers) {
    if (skip >= buffer.byteLength) {
      skip -= buffer.byteLength;
      continue;
    }
    rest.push(skip > 0 ? buffer.subarray(skip) : buffer);
    skip = 0;
  }
  return rest;
}

/** tar-stream hands out the next entry only once this one's data has been read. */
async function drain(entry: Entry): Promise<void> {
  for await (const chunk of entry as AsyncIterable<Buffer>) void chunk;
}

async function collect(entry: Entry): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of entry as AsyncIterable<Buffer>) chunks.push(chunk);
  return chunks;
}

function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'unlimited';
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${bytes} bytes`;
}
