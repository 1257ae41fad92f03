import { mkdir, open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { HalcyonError, errorMessage } from '../errors.ts';
import { tempSibling } from '../util/fs.ts';
import { fileDigest } from '../util/hash.ts';
import { ArchiveError, ioError } from './errors.ts';
import { MANIFEST_FRAME_BYTES, manifestFrame } from './frame.ts';
import { runToolPipeline, toolMessages } from './shell.ts';
import { ListingFile } from './listing-file.ts';
import { parseListingLine } from './tar-listing.ts';
import { toolMissing } from './zstd.ts';
import type { ArchiveStats } from './types.ts';
import { walkTree, type Listed } from './walk.ts';

export interface PackOptions {
  /** Return true to leave a path (relative to srcDir, '/'-separated) out; a directory is left out with its contents. */
  exclude?: (relPath: string) => boolean;
  /** The archive's bytes written so far, every half second while it is written. */
  onProgress?: (archiveBytes: number) => void;
}

/**
 * GNU tar, as the archive is written: POSIX format (mtimes to the nanosecond, which cabal and
 * GHC decide rebuilds by), owners 0, no atime or ctime and no pid in the extended headers (so
 * the same tree always gives the same bytes), the names given on stdin, not recursed into.
 */
const TAR_CREATE = [
  'tar -c -f - -C "$1" --no-recursion --null -T -',
  '--format=posix --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime',
  '--numeric-owner --owner=0 --group=0 --totals',
  // The listing says what each member holds; in UTC and numeric, tar formats it without a
  // timezone or user lookup per member. Into a file: tar flushes it per member, and a pipe
  // would wake its reader 20k times for a cabal store.
  '-vv --utc --quoting-style=escape --index-file=/dev/fd/4',
  // 64 KiB records (a pipe's buffer) rather than tar's 10 KiB: a sixth of the writes.
  '--blocking-factor=128',
].join(' ');
const ZSTD_COMPRESS = 'zstd -3 -T0 -q -c';

/**
 * Packs the contents of srcDir into destFile (.tar.zst): a manifest frame, then GNU tar piped
 * into zstd, fd to fd, into a temp sibling renamed only on success. The list of what goes in
 * comes from a walk of names (sorted, depth-first, so the same tree gives the same archive);
 * Node then hashes the compressed file once. Stored: directories, regular files, symlinks
 * and hardlinks; sockets, fifos and devices are left out. A symlink that could not be
 * restored safely (absolute, or escaping the directory) fails the pack with ArchiveError.
 */
export async function packDirectory(srcDir: string, destFile: string, options: PackOptions = {}): Promise<ArchiveStats> {
  const root = path.resolve(srcDir);
  const dest = path.resolve(destFile);
  const rootStats = await stat(root).catch((error: unknown) => {
    throw ioError('read the directory', root, error);
  });
  if (!rootStats.isDirectory()) throw new ArchiveError(`cannot pack ${root}: it is not a directory`, { reason: 'io' });
  await mkdir(path.dirname(dest), { recursive: true }).catch((error: unknown) => {
    throw ioError('create the directory for', dest, error);
  });
  const temp = tempSibling(dest);
  let file: FileHandle;
  try {
    file = await open(temp, 'wx');
  } catch (error) {
    throw ioError('write', dest, error);
  }
  try {
    // The archive may be written inside the tree being packed; it must not archive itself.
    const entries = walkTree(root, options.exclude, new Set([temp, dest]));
    const { tarBytes, unpackedBytes, entryCount } = await compress(root, entries, file, options.onProgress);
    await file.write(manifestFrame({ format: 2, tarBytes, entryCount, unpackedBytes }), 0, MANIFEST_FRAME_BYTES, 0);
    await file.close();
    const digest = await fileDigest(temp);
    await rename(temp, dest).catch((error: unknown) => {
      throw ioError('write', dest, error);
    });
    return { ...digest, entryCount, unpackedBytes };
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(temp, { force: true });
    if (error instanceof HalcyonError) throw error;
    throw new ArchiveError(`cannot write the archive ${dest}: ${errorMessage(error)}`, { reason: 'io', cause: error });
  }
}

/**
 * tar | zstd into the file after the manifest's place, fed the names as the walk finds them;
 * the tar stream's size (tar's totals), the files' bytes (its listing), the entries fed.
 */
async function compress(
  root: string,
  entries: AsyncGenerator<Listed[]>,
  file: FileHandle,
  onProgress: PackOptions['onProgress'],
): Promise<{ tarBytes: number; unpackedBytes: number; entryCount: number }> {
  // Written at the file's own offset, which zstd then writes on from: the manifest is filled in later, in place.
  await file.write(manifestFrame(undefined), 0, MANIFEST_FRAME_BYTES, null);
  const listing = await ListingFile.create();
  const progress = onProgress ? setInterval(() => void file.stat().then((info) => onProgress(info.size), () => undefined), 500) : undefined;
  try {
    const tools = runToolPipeline(`${TAR_CREATE} | ${ZSTD_COMPRESS}`, [root], { stdin: 'pipe', stdout: file.fd, fd4: listing.fd });
    let walkFailure: unknown;
    const fed = feedNames(entries, tools.stdin).catch((error: unknown) => {
      walkFailure = error;
      tools.kill();
      return 0;
    });
    const { statuses, stderr } = await tools.done;
    const entryCount = await fed;
    if (walkFailure !== undefined) throw walkFailure;
    checkStatuses(root, statuses, stderr);
    const total = /Total bytes written: (\d+)/.exec(stderr)?.[1];
    if (total === undefined) throw new ArchiveError(`cannot archive ${root}: tar did not report its size`, { reason: 'io' });
    let unpackedBytes = 0;
    await listing.readAll((line) => {
      const entry = parseListingLine(line);
      if (entry?.type === 'file') unpackedBytes += entry.size;
    });
    return { tarBytes: Number(total), unpackedBytes, entryCount };
  } finally {
    clearInterval(progress);
    await listing.close();
  }
}

/** Each batch of names into tar's stdin (NUL-separated), as it comes; how many were fed. */
async function feedNames(entries: AsyncGenerator<Listed[]>, stdin: Writable | null): Promise<number> {
  if (!stdin) return 0;
  let gone = false;
  const stop = (): void => {
    gone = true;
  };
  stdin.on('error', stop).on('close', stop);
  let count = 0;
  for await (const batch of entries) {
    count += batch.length;
    if (gone) continue;
    if (!stdin.write(Buffer.from(batch.map((entry) => `${entry.rel}\0`).join(''), 'utf8')) && !gone) {
      await new Promise<void>((resolve) => stdin.once('drain', resolve).once('close', resolve));
    }
  }
  stdin.end();
  return count;
}

function checkStatuses(root: string, statuses: readonly number[], stderr: string): void {
  const [tarStatus = 1, zstdStatus = 1] = statuses;
  if (tarStatus === 127 || zstdStatus === 127) throw toolMissing(zstdStatus === 127 ? 'zstd' : 'tar');
  if (tarStatus === 0 && zstdStatus === 0) return;
  const detail = toolMessages(stderr) || `tar exit ${tarStatus}, zstd exit ${zstdStatus}`;
  if (/No space left on device/i.test(detail)) throw new ArchiveError(`no space left on device while writing the archive (${detail})`, { reason: 'no-space' });
  throw new ArchiveError(`cannot archive ${root}: ${detail}`, { reason: 'io' });
}

