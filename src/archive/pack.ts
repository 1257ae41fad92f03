import { createHash } from 'node:crypto';
import { constants, type BigIntStats, type WriteStream } from 'node:fs';
import { mkdir, open, readlink, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { pack as tarPack, type Pack } from 'tar-stream';
import { tempSibling } from '../util/fs.ts';
import { HalcyonError, errorMessage } from '../errors.ts';
import { ArchiveError, ioError } from './errors.ts';
import { mapOrdered } from './concurrency.ts';
import { symlinkTargetProblem } from './safety.ts';
import { AbortedError, Rank, StreamClosedError, Supervisor, endWritable, writeChunk, type WritableLike } from './streams.ts';
import { ARCHIVE_MANIFEST, CHUNK_BYTES, type ArchiveManifest, type ArchiveStats } from './types.ts';
import { walk, type WalkEntry } from './walk.ts';
import { spawnZstd } from './zstd.ts';

export interface PackOptions {
  /** Return true to leave a path (relative to srcDir, '/'-separated) out; a directory is left out with its contents. */
  exclude?: (relPath: string) => boolean;
}

type EntryHeader = Parameters<Pack['entry']>[0];

/**
 * Packs the contents of srcDir into destFile (.tar.zst), written to a temp sibling and renamed
 * only on success. Each directory's entries are sorted and directories are visited depth-first,
 * so the same tree always gives the same tar, and a directory always precedes its contents.
 *
 * Stored: directories (also empty ones), regular files, symlinks (as symlinks) and hardlinks
 * (a file's second and later names become tar hardlink entries pointing at the first name).
 * Modes are the permission bits; mtimes keep nanoseconds in a pax record, since cabal and GHC
 * decide what to rebuild from them. Owners are not stored (uid/gid 0). Sockets, fifos and
 * devices are skipped. A symlink that could not be restored safely (absolute, or escaping the
 * directory) fails the pack with ArchiveError instead of producing an archive that can never
 * be restored.
 */
export async function packDirectory(srcDir: string, destFile: string, options: PackOptions = {}): Promise<ArchiveStats> {
  const root = path.resolve(srcDir);
  const dest = path.resolve(destFile);

  const rootStats = await stat(root).catch((error: unknown) => {
    throw ioError('read the directory', root, error);
  });
  if (!rootStats.isDirectory()) {
    throw new ArchiveError(`cannot pack ${root}: it is not a directory`, { reason: 'io' });
  }

  try {
    await mkdir(path.dirname(dest), { recursive: true });
  } catch (error) {
    throw ioError('create the directory for', dest, error);
  }
  const temp = tempSibling(dest);
  let file: FileHandle;
  try {
    file = await open(temp, 'wx');
  } catch (error) {
    throw ioError('write', dest, error);
  }

  const out = file.createWriteStream({ highWaterMark: CHUNK_BYTES });
  try {
    const stats = await compressTree(root, dest, temp, out, options);
    await rename(temp, dest).catch((error: unknown) => {
      throw ioError('write', dest, error);
    });
    return stats;
  } catch (error) {
    if (!out.closed) {
      out.destroy();
      await new Promise<void>((resolve) => out.once('close', () => resolve()));
    }
    await rm(temp, { force: true });
    if (error instanceof HalcyonError) throw error;
    throw new ArchiveError(`cannot write the archive ${dest}: ${errorMessage(error)}`, { reason: 'io', cause: error });
  }
}

async function compressTree(
  root: string,
  dest: string,
  temp: string,
  out: WriteStream,
  options: PackOptions,
): Promise<ArchiveStats> {
  const supervisor = new Supervisor();
  const zstd = spawnZstd(
    'compress',
    (detail) => new ArchiveError(`zstd failed while compressing ${dest}: ${detail}`, { reason: 'io' }),
  );
  const tar = tarPack({ highWaterMark: CHUNK_BYTES });

  supervisor.onAbort(() => {
    zstd.kill();
    tar.destroy(new AbortedError());
    zstd.stdin.destroy();
    zstd.stdout.destroy();
    out.destroy();
  });
  out.on('error', (error) => supervisor.fail(ioError('write', dest, error)));
  tar.on('error', (error: unknown) => {
    if (!(error instanceof AbortedError)) supervisor.fail(error);
  });
  zstd.stdin.on('error', (error) => supervisor.fail(error));
  zstd.stdout.on('error', (error) => supervisor.fail(error));

  const hash = createHash('sha256');
  const md5 = createHash('md5');
  let sizeBytes = 0;
  const counts = { entryCount: 0, unpackedBytes: 0 };
  // The archive may be written inside the tree being packed; it must not archive itself.
  const skip = new Set([temp, dest]);

  const produce = async (): Promise<void> => {
    const manifest: ArchiveManifest = { format: 1, ...(await summarize(walk(root, options.exclude, skip))) };
    const content = Buffer.from(`${JSON.stringify(manifest)}\n`);
    await addBufferEntry(tar, { name: ARCHIVE_MANIFEST, type: 'file', size: content.length, mode: 0o644, uid: 0, gid: 0, mtime: new Date(0) }, content);
    await writeEntries(tar, walk(root, options.exclude, skip), counts);
    tar.finalize();
  };
  const feed = async (): Promise<void> => {
    for await (const chunk of tar as AsyncIterable<Buffer>) await writeChunk(zstd.stdin, chunk, 'zstd input');
    await endWritable(zstd.stdin, 'zstd input');
  };
  const drain = async (): Promise<void> => {
    for await (const chunk of zstd.stdout as AsyncIterable<Buffer>) {
      hash.update(chunk);
      md5.update(chunk);
      sizeBytes += chunk.byteLength;
      await writeChunk(out, chunk, dest);
    }
    await endWritable(out, dest);
    if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
  };

  await supervisor.run([
    supervisor.task(produce()),
    supervisor.task(feed()),
    supervisor.task(drain()),
    supervisor.task(zstd.done, Rank.Tool),
  ]);
  return { sizeBytes, sha256: hash.digest('hex'), md5: md5.digest('hex'), ...counts };
}

/** What the tree will unpack to: regular files' bytes (a hardlinked file once) and the entries. A walk of stats only. */
async function summarize(entries: AsyncGenerator<WalkEntry>): Promise<Omit<ArchiveManifest, 'format'>> {
  const seen = new Set<string>();
  let unpackedBytes = 0;
  let entryCount = 0;
  for await (const { stats } of entries) {
    if (!stats.isDirectory() && !stats.isSymbolicLink() && !stats.isFile()) continue;
    entryCount += 1;
    if (!stats.isFile()) continue;
    if (stats.nlink > 1n) {
      const inode = `${stats.dev}:${stats.ino}`;
      if (seen.has(inode)) continue;
      seen.add(inode);
    }
    unpackedBytes += Number(stats.size);
  }
  return { unpackedBytes, entryCount };
}

/** tar-stream writes any `pax` record given; it keeps the nanoseconds that the header's whole seconds lose. */
function timeHeaders(stats: BigIntStats): { mtime: Date; pax?: Record<string, string> } {
  const ns = stats.mtimeNs;
  const mtime = new Date(Number(ns / 1_000_000n));
  const seconds = ns / 1_000_000_000n;
  const fraction = ns % 1_000_000_000n;
  if (fraction <= 0n) return { mtime };
  return { mtime, pax: { mtime: `${seconds}.${fraction.toString().padStart(9, '0')}` } };
}

/** Files up to this size are read whole, several at once, ahead of their turn in the tar. */
const SMALL_FILE_BYTES = 256 * 1024;
const READ_AHEAD = 16;

/** An entry ready to append: small files already read; large ones are streamed in their turn. */
interface Prepared {
  header: EntryHeader;
  content?: Buffer;
  streamFrom?: string;
}

async function writeEntries(
  tar: Pack,
  entries: AsyncGenerator<WalkEntry>,
  counts: { entryCount: number; unpackedBytes: number },
): Promise<void> {
  const firstNameOfInode = new Map<string, string>();
  for await (const prepared of mapOrdered(entries, READ_AHEAD, (entry) => prepare(entry, firstNameOfInode))) {
    if (prepared === undefined) continue;
    const { header, content, streamFrom } = prepared;
    if (content !== undefined) await addBufferEntry(tar, header, content);
    else if (streamFrom !== undefined) await addFileEntry(tar, { ...header, size: header.size ?? 0 }, streamFrom);
    else await addVoidEntry(tar, header);
    counts.entryCount += 1;
    if (header.type === 'file') counts.unpackedBytes += header.size ?? 0;
  }
}

async function prepare(entry: WalkEntry, firstNameOfInode: Map<string, string>): Promise<Prepared | undefined> {
  const { rel, abs, stats } = entry;
  const base = { name: rel, mode: Number(stats.mode & 0o7777n), uid: 0, gid: 0, ...timeHeaders(stats) };
  if (stats.isDirectory()) return { header: { ...base, type: 'directory' } };
  if (stats.isSymbolicLink()) {
    let target: string;
    try {
      target = await readlink(abs);
    } catch (error) {
      throw ioError('read the symlink', abs, error);
    }
    const problem = symlinkTargetProblem(rel, target);
    if (problem !== undefined) {
      throw new ArchiveError(`cannot archive the symlink ${abs}: it ${problem}`, { reason: 'unsupported-source' });
    }
    return { header: { ...base, type: 'symlink', linkname: target } };
  }
  if (!stats.isFile()) return undefined; // sockets, fifos, devices: not meaningful in a layer

  // Decided before the first await, so "first name" follows archive order even with read-ahead.
  if (stats.nlink > 1n) {
    const inode = `${stats.dev}:${stats.ino}`;
    const first = firstNameOfInode.get(inode);
    if (first !== undefined) return { header: { ...base, type: 'link', linkname: first } };
    firstNameOfInode.set(inode, rel);
  }
  const size = Number(stats.size);
  const header = { ...base, type: 'file' as const, size };
  if (size > SMALL_FILE_BYTES) return { header, streamFrom: abs };
  return { header, content: await readSmallFile(abs, size) };
}

async function openForReading(abs: string): Promise<FileHandle> {
  try {
    // O_NOFOLLOW: the walk saw a regular file here; never follow a symlink swapped in since.
    return await open(abs, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    throw ioError('read', abs, error);
  }
}

function shrank(abs: string): ArchiveError {
  return new ArchiveError(`cannot archive ${abs}: it shrank while it was being read`, { reason: 'io' });
}

async function readSmallFile(abs: string, size: number): Promise<Buffer> {
  const handle = await openForReading(abs);
  try {
    const buffer = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, filled, size - filled, null));
      } catch (error) {
        throw ioError('read', abs, error);
      }
      if (bytesRead === 0) throw shrank(abs);
      filled += bytesRead;
    }
    return buffer;
  } finally {
    await handle.close();
  }
}

function entryFinished(tar: Pack, header: EntryHeader): { sink: WritableLike; done: Promise<void> } {
  let sink: WritableLike | undefined;
  const done = new Promise<void>((resolve, reject) => {
    sink = tar.entry(header, (error) => (error ? reject(error) : resolve()));
  });
  // Rejections are awaited by the caller; this only stops an early one from being reported as unhandled.
  done.catch(() => undefined);
  if (sink === undefined) throw new StreamClosedError('tar stream');
  return { sink, done };
}

async function addVoidEntry(tar: Pack, header: EntryHeader): Promise<void> {
  const { sink, done } = entryFinished(tar, header);
  sink.end();
  await done;
}

async function addBufferEntry(tar: Pack, header: EntryHeader, content: Buffer): Promise<void> {
  const { sink, done } = entryFinished(tar, header);
  if (content.byteLength > 0) await writeChunk(sink, content, 'tar entry');
  sink.end();
  await done;
}

async function addFileEntry(tar: Pack, header: EntryHeader & { size: number }, abs: string): Promise<void> {
  const handle = await openForReading(abs);
  try {
    const { sink, done } = entryFinished(tar, header);
    let remaining = header.size;
    while (remaining > 0) {
      const length = Math.min(remaining, CHUNK_BYTES);
      // A fresh buffer each time: tar-stream keeps references to queued chunks.
      const buffer = Buffer.allocUnsafe(length);
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, length, null));
      } catch (error) {
        throw ioError('read', abs, error);
      }
      if (bytesRead === 0) throw shrank(abs);
      remaining -= bytesRead;
      await writeChunk(sink, bytesRead === length ? buffer : buffer.subarray(0, bytesRead), 'tar entry');
    }
    sink.end();
    await done;
  } finally {
    await handle.close();
  }
}
