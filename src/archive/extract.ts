import { createHash } from 'node:crypto';
import { mkdir, stat, statfs } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { extract as tarExtract } from 'tar-stream';
import { HalcyonError, errorMessage } from '../errors.ts';
import { ArchiveError, ioError, isErrno } from './errors.ts';
import { removeTree } from './cleanup.ts';
import { EntryWriter } from './entry-writer.ts';
import { AbortedError, Rank, Supervisor, endWritable, writeChunk } from './streams.ts';
import { CHUNK_BYTES, type ArchiveStats } from './types.ts';
import { spawnZstd } from './zstd.ts';

export type ArchiveInput = NodeJS.ReadableStream | Readable;

/**
 * Extracts a zstd-compressed tar stream into destDir, which must not exist yet. Every entry is
 * validated before anything is written for it (see safety.ts); on any failure destDir is removed
 * and the promise rejects with ArchiveError (or a 'toolchain' HalcyonError if zstd is missing).
 * sizeBytes and sha256 describe the compressed input as it was read.
 */
export async function extractArchive(input: ArchiveInput, destDir: string): Promise<ArchiveStats> {
  const root = path.resolve(destDir);
  let umask: number;
  try {
    await mkdir(path.dirname(root), { recursive: true });
    await mkdir(root, { mode: 0o777 });
    // The new directory's mode reveals the umask without process.umask(), which is deprecated as a getter.
    umask = ~(await stat(root)).mode & 0o777;
  } catch (error) {
    destroyInput(input);
    if (isErrno(error, 'EEXIST')) {
      throw new ArchiveError(`cannot extract into ${root}: it already exists`, { reason: 'io', cause: error });
    }
    throw ioError('create the directory', root, error);
  }

  try {
    return await extractInto(input, root, umask, await freeSpace(root));
  } catch (error) {
    destroyInput(input);
    await removeTree(root);
    if (error instanceof HalcyonError) throw error;
    throw new ArchiveError(`archive is truncated or corrupt (${errorMessage(error)})`, { reason: 'corrupt', cause: error });
  }
}

/** Bytes free for an unprivileged writer on the filesystem of `dir`, less a reserve (the build needs room too). */
async function freeSpace(dir: string): Promise<number> {
  try {
    const fs = await statfs(dir);
    const free = Number(fs.bavail) * Number(fs.bsize);
    return Math.max(0, free - Math.min(256 * 1024 * 1024, free / 20));
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function destroyInput(input: ArchiveInput): void {
  if (input instanceof Readable) input.destroy();
  else (input as { destroy?: () => void }).destroy?.();
}

function inputError(error: unknown): ArchiveError {
  return new ArchiveError(`reading the archive failed: ${errorMessage(error)}`, { reason: 'input', cause: error });
}

async function extractInto(input: ArchiveInput, root: string, umask: number, freeBytes: number): Promise<ArchiveStats> {
  const supervisor = new Supervisor();
  const zstd = spawnZstd(
    'decompress',
    (detail) => new ArchiveError(`archive is truncated or corrupt (zstd: ${detail})`, { reason: 'corrupt' }),
  );
  const tar = tarExtract({ highWaterMark: CHUNK_BYTES });

  supervisor.onAbort(() => {
    zstd.kill();
    destroyInput(input);
    zstd.stdin.destroy();
    zstd.stdout.destroy();
    tar.destroy(new AbortedError());
  });
  input.on('error', (error: unknown) => supervisor.fail(inputError(error)));
  zstd.stdin.on('error', (error) => supervisor.fail(error));
  zstd.stdout.on('error', (error) => supervisor.fail(error));
  // A tar parse error is usually the symptom of damage zstd reports better, hence the low rank.
  tar.on('error', (error: unknown) => {
    if (error instanceof AbortedError) return;
    supervisor.fail(
      new ArchiveError(`archive is truncated or corrupt (tar: ${errorMessage(error)})`, { reason: 'corrupt', cause: error }),
      Rank.Consequence,
    );
  });

  const hash = createHash('sha256');
  const md5 = createHash('md5');
  let sizeBytes = 0;
  const source: AsyncIterable<string | Buffer> =
    Symbol.asyncIterator in input ? input : new Readable().wrap(input as NodeJS.ReadableStream);

  const feed = async (): Promise<void> => {
    const iterator = source[Symbol.asyncIterator]();
    for (;;) {
      let next: IteratorResult<string | Buffer>;
      try {
        next = await iterator.next();
      } catch (error) {
        throw inputError(error);
      }
      if (next.done === true) break;
      const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      hash.update(chunk);
      md5.update(chunk);
      sizeBytes += chunk.byteLength;
      await writeChunk(zstd.stdin, chunk, 'zstd input');
    }
    await endWritable(zstd.stdin, 'zstd input');
  };
  const pumpTar = async (): Promise<void> => {
    for await (const chunk of zstd.stdout as AsyncIterable<Buffer>) await writeChunk(tar, chunk, 'tar parser');
    await endWritable(tar, 'tar parser');
  };

  const writer = new EntryWriter(root, umask, (error) => supervisor.fail(error), freeBytes);
  await supervisor.run([
    supervisor.task(feed()),
    supervisor.task(pumpTar()),
    supervisor.task(writer.consume(tar)),
    supervisor.task(zstd.done, Rank.Tool),
  ]);
  // Only now: zstd has verified the checksum, and read-only directories would stop the cleanup.
  await writer.finishDirectories();
  return { sizeBytes, sha256: hash.digest('hex'), md5: md5.digest('hex'), entryCount: writer.entryCount, unpackedBytes: writer.unpackedBytes };
}

