import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { HalcyonError, errorMessage } from '../errors.ts';
import { tempSibling } from '../util/fs.ts';
import { ArchiveError, ioError } from './errors.ts';
import { MANIFEST_FRAME_BYTES, manifestFrame } from './frame.ts';
import { runToolPipeline, toolMessages } from './shell.ts';
import { parseListingLine } from './tar-listing.ts';
import { toolMissing } from './zstd.ts';
import { CHUNK_BYTES, type ArchiveStats } from './types.ts';
import { listTree, type Listed } from './walk.ts';

export interface PackOptions {
  /** Return true to leave a path (relative to srcDir, '/'-separated) out; a directory is left out with its contents. */
  exclude?: (relPath: string) => boolean;
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
  // The listing (on stderr, as the archive is stdout) says what each member holds; in UTC and
  // numeric, tar formats it without a timezone or user lookup per member.
  '-vv --utc --quoting-style=escape',
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
  // The archive may be written inside the tree being packed; it must not archive itself.
  const listed = await listTree(root, options.exclude, new Set([temp, dest]));
  let file: FileHandle;
  try {
    file = await open(temp, 'wx');
  } catch (error) {
    throw ioError('write', dest, error);
  }
  try {
    const { tarBytes, unpackedBytes } = await compress(root, listed, file);
    await file.write(manifestFrame({ format: 2, tarBytes, entryCount: listed.length, unpackedBytes }), 0, MANIFEST_FRAME_BYTES, 0);
    await file.close();
    const digest = await digestFile(temp);
    await rename(temp, dest).catch((error: unknown) => {
      throw ioError('write', dest, error);
    });
    return { ...digest, entryCount: listed.length, unpackedBytes };
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(temp, { force: true });
    if (error instanceof HalcyonError) throw error;
    throw new ArchiveError(`cannot write the archive ${dest}: ${errorMessage(error)}`, { reason: 'io', cause: error });
  }
}

/** tar | zstd into the file after the manifest's place; the tar stream's size (tar's totals) and the files' bytes (its listing). */
async function compress(root: string, listed: readonly Listed[], file: FileHandle): Promise<{ tarBytes: number; unpackedBytes: number }> {
  // Written at the file's own offset, which zstd then writes on from: the manifest is filled in later, in place.
  await file.write(manifestFrame(undefined), 0, MANIFEST_FRAME_BYTES, null);
  let unpackedBytes = 0;
  const stderrLine = (line: string): boolean => {
    const entry = parseListingLine(line);
    if (entry?.type === 'file') unpackedBytes += entry.size;
    return entry !== undefined;
  };
  const tools = runToolPipeline(`${TAR_CREATE} | ${ZSTD_COMPRESS}`, [root], { stdin: 'pipe', stdout: file.fd, stderrLine });
  tools.stdin?.on('error', () => undefined);
  tools.stdin?.end(Buffer.from(listed.map((entry) => `${entry.rel}\0`).join(''), 'utf8'));
  const { statuses, stderr } = await tools.done;
  const [tarStatus = 1, zstdStatus = 1] = statuses;
  if (tarStatus === 127 || zstdStatus === 127) {
    throw toolMissing(zstdStatus === 127 ? 'zstd' : 'tar');
  }
  if (tarStatus !== 0 || zstdStatus !== 0) {
    const detail = toolMessages(stderr) || `tar exit ${tarStatus}, zstd exit ${zstdStatus}`;
    if (/No space left on device/i.test(detail)) throw new ArchiveError(`no space left on device while writing the archive (${detail})`, { reason: 'no-space' });
    throw new ArchiveError(`cannot archive ${root}: ${detail}`, { reason: /Cannot open|Cannot stat|Permission denied|file changed/i.test(detail) ? 'io' : 'io' });
  }
  const total = /Total bytes written: (\d+)/.exec(stderr)?.[1];
  if (total === undefined) throw new ArchiveError(`cannot archive ${root}: tar did not report its size`, { reason: 'io' });
  return { tarBytes: Number(total), unpackedBytes };
}

/** sha256 and size of the finished archive: one read of the compressed bytes. */
async function digestFile(file: string): Promise<{ sizeBytes: number; sha256: string }> {
  const sha256 = createHash('sha256');
  let sizeBytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
    sha256.update(chunk as Buffer);
    sizeBytes += (chunk as Buffer).length;
  }
  return { sizeBytes, sha256: sha256.digest('hex') };
}
