import { readdirSync } from 'node:fs';
import { mkdir, open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { HalcyonError, errorMessage } from '../errors.ts';
import { isInside } from '../util/copy.ts';
import { tempSibling } from '../util/fs.ts';
import { fileDigest } from '../util/hash.ts';
import { ArchiveError, ioError } from './errors.ts';
import { MANIFEST_FRAME_BYTES, manifestFrame } from './frame.ts';
import { runToolPipeline, toolMessages } from './shell.ts';
import { ListingFile } from './listing-file.ts';
import { parseListingLine, type ListedEntry } from './tar-listing.ts';
import { symlinkTargetProblem } from './safety.ts';
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
 * the same tree always gives the same bytes), the names given on stdin.
 */
const TAR_CREATE_OPTIONS = [
  '--format=posix --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime',
  '--numeric-owner --owner=0 --group=0 --totals',
  // The listing says what each member holds; in UTC and numeric, tar formats it without a
  // timezone or user lookup per member. Into a file: tar flushes it per member, and a pipe
  // would wake its reader 20k times for a cabal store.
  '-vv --utc --quoting-style=escape --index-file=/dev/fd/4',
  // 64 KiB records (a pipe's buffer) rather than tar's 10 KiB: a sixth of the writes.
  '--blocking-factor=128',
].join(' ');

/**
 * tar walking below the names it is given (each directory's names sorted), or taking each
 * name alone; before -T, where --no-recursion applies to the names after it.
 */
function tarCreate(recurse: boolean): string {
  return `tar -c -f - -C "$1" ${recurse ? '--sort=name' : '--no-recursion'} --null -T - ${TAR_CREATE_OPTIONS}`;
}
const ZSTD_COMPRESS = 'zstd -3 -T0 -q -c';

/**
 * Packs the contents of srcDir into destFile (.tar.zst): a manifest frame, then GNU tar piped
 * into zstd, fd to fd, into a temp sibling renamed only on success; Node then hashes the
 * compressed file once. The same tree always gives the same archive.
 *
 * Stored: directories, regular files, symlinks and hardlinks; sockets, fifos and devices are
 * left out. A symlink that could not be restored safely (absolute, or escaping the
 * directory), or a name that is not valid UTF-8, fails the pack with ArchiveError.
 *
 * Two ways to the names. Usually tar walks the tree itself (names sorted): a walk in Node
 * competed with tar and zstd for the CPU, a tenth of a small layer's save. tar's listing is
 * checked as it is written; an entry the walk alone handles (a fifo or device to leave out, a
 * symlink or name to refuse) sends the pack to the walk in Node (walk.ts), which also serves a
 * pack with exclusions or into a file inside the tree.
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
  try {
    const topLevel = options.exclude === undefined && !isInside(dest, root) ? topLevelNames(root) : undefined;
    const packed =
      (topLevel ? await packInto(temp, root, { names: topLevel, recurse: true }, options.onProgress) : undefined) ??
      // The archive may be written inside the tree being packed; it must not archive itself.
      (await packInto(temp, root, { names: walkTree(root, options.exclude, new Set([temp, dest])), recurse: false }, options.onProgress));
    // Only tar walking the tree hands over to the walk; the walk's own pack never does.
    if (packed === undefined) throw new Error('internal: the walk in Node handed over to itself');
    const digest = await fileDigest(temp);
    await rename(temp, dest).catch((error: unknown) => {
      throw ioError('write', dest, error);
    });
    return { ...digest, entryCount: packed.entryCount, unpackedBytes: packed.unpackedBytes };
  } catch (error) {
    await rm(temp, { force: true });
    if (error instanceof HalcyonError) throw error;
    throw new ArchiveError(`cannot write the archive ${dest}: ${errorMessage(error)}`, { reason: 'io', cause: error });
  }
}

interface NameSource {
  /** Batches of names relative to the root. */
  readonly names: AsyncIterable<readonly Named[]> | Iterable<readonly Named[]>;
  /** tar walks below each name itself. */
  readonly recurse: boolean;
}

type Named = Pick<Listed, 'rel'>;

/** The root's own names, sorted as the walk sorts them (tar walks below them); undefined where the walk must say what is wrong (a name not valid UTF-8, an unreadable root). */
function topLevelNames(root: string): Named[][] | undefined {
  const names: string[] = [];
  let raws: Buffer[];
  try {
    raws = readdirSync(root, { encoding: 'buffer' });
  } catch {
    return undefined;
  }
  for (const raw of raws) {
    const name = raw.toString('utf8');
    if (!Buffer.from(name, 'utf8').equals(raw)) return undefined;
    names.push(name);
  }
  return [names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((rel) => ({ rel }))];
}

/**
 * The archive into `temp` (created afresh): the manifest frame's place, then tar | zstd fed
 * the names, then the manifest. Undefined: tar listed an entry only the walk in Node handles.
 */
async function packInto(temp: string, root: string, source: NameSource, onProgress: PackOptions['onProgress']): Promise<Packed | undefined> {
  let file: FileHandle;
  try {
    file = await open(temp, 'w');
  } catch (error) {
    throw ioError('write', temp, error);
  }
  try {
    const packed = await compress(root, source, { handle: file, disk: path.dirname(temp) }, onProgress);
    if (packed === undefined) return undefined;
    await file.write(manifestFrame({ format: 2, tarBytes: packed.tarBytes, entryCount: packed.entryCount, unpackedBytes: packed.unpackedBytes }), 0, MANIFEST_FRAME_BYTES, 0);
    return packed;
  } finally {
    await file.close().catch(() => undefined);
  }
}

interface Packed {
  /** The tar stream's size (tar's totals). */
  readonly tarBytes: number;
  /** The regular files' bytes, from tar's listing. */
  readonly unpackedBytes: number;
  /** The members tar listed. */
  readonly entryCount: number;
}

/**
 * tar | zstd into the file after the manifest's place, fed the names as they come; tar's
 * listing is read as it is written. Undefined: tar, walking the tree itself, listed an entry
 * only the walk in Node handles (the tools are stopped there).
 */
/** `into`: the archive's file, and the directory it is in (named where the disk is full). */
async function compress(root: string, source: NameSource, into: { readonly handle: FileHandle; readonly disk: string }, onProgress: PackOptions['onProgress']): Promise<Packed | undefined> {
  const file = into.handle;
  // Written at the file's own offset, which zstd then writes on from: the manifest is filled in later, in place.
  await file.write(manifestFrame(undefined), 0, MANIFEST_FRAME_BYTES, null);
  const listing = await ListingFile.create();
  const progress = onProgress ? setInterval(() => void file.stat().then((info) => onProgress(info.size), () => undefined), 500) : undefined;
  try {
    const tools = runToolPipeline(`${tarCreate(source.recurse)} | ${ZSTD_COMPRESS}`, [root], { stdin: 'pipe', stdout: file.fd, fd4: listing.fd });
    let walkFailure: unknown;
    const fed = feedNames(source.names, tools.stdin).catch((error: unknown) => {
      walkFailure = error;
      tools.kill();
    });
    const members = new Members(source.recurse);
    let listingFailure: unknown;
    const listed = listing
      .follow(tools.done, (line) => {
        if (!members.add(line)) tools.kill();
      })
      .catch((error: unknown) => {
        listingFailure = error;
        tools.kill();
      });
    const { statuses, stderr } = await tools.done;
    await Promise.all([fed, listed]);
    if (walkFailure !== undefined) throw walkFailure;
    if (listingFailure !== undefined) throw listingFailure;
    if (members.needsWalk) return undefined;
    checkStatuses(root, into.disk, statuses, stderr);
    const total = /Total bytes written: (\d+)/.exec(stderr)?.[1];
    if (total === undefined) throw new ArchiveError(`cannot archive ${root}: tar did not report its size`, { reason: 'io' });
    return { tarBytes: Number(total), unpackedBytes: members.unpackedBytes, entryCount: members.entryCount };
  } finally {
    clearInterval(progress);
    await listing.close();
  }
}

/** What tar's listing says it archived; walking the tree itself, whether it met an entry only the walk in Node handles. */
class Members {
  entryCount = 0;
  unpackedBytes = 0;
  needsWalk = false;

  constructor(private readonly walkedByTar: boolean) {}

  /** False once the walk in Node must take over. */
  add(line: string): boolean {
    const entry = parseListingLine(line);
    if (!entry) return true;
    this.entryCount += 1;
    if (entry.type === 'file') this.unpackedBytes += entry.size;
    if (this.walkedByTar && !asTheWalkWould(entry)) this.needsWalk = true;
    return !this.needsWalk;
  }
}

/** An entry as the walk in Node would have stored it: its kind kept, its name and link target sound. */
function asTheWalkWould(entry: ListedEntry): boolean {
  // A name that is not valid UTF-8 reads back with U+FFFD: the walk says which (or finds it is real).
  if (entry.name.includes('\uFFFD') || (entry.linkname ?? '').includes('\uFFFD')) return false;
  if (entry.type === 'symlink') return symlinkTargetProblem(entry.name, entry.linkname ?? '') === undefined;
  return entry.type === 'file' || entry.type === 'directory' || entry.type === 'link';
}

/** Each batch of names into tar's stdin (NUL-separated), as it comes. */
async function feedNames(batches: NameSource['names'], stdin: Writable | null): Promise<void> {
  if (!stdin) return;
  let gone = false;
  const stop = (): void => {
    gone = true;
  };
  stdin.on('error', stop).on('close', stop);
  for await (const batch of batches) {
    if (gone) continue;
    if (!stdin.write(Buffer.from(batch.map((entry) => `${entry.rel}\0`).join(''), 'utf8')) && !gone) {
      await new Promise<void>((resolve) => stdin.once('drain', resolve).once('close', resolve));
    }
  }
  stdin.end();
}

function checkStatuses(root: string, disk: string, statuses: readonly number[], stderr: string): void {
  const [tarStatus = 1, zstdStatus = 1] = statuses;
  if (tarStatus === 127 || zstdStatus === 127) throw toolMissing(zstdStatus === 127 ? 'zstd' : 'tar');
  if (tarStatus === 0 && zstdStatus === 0) return;
  const detail = toolMessages(stderr) || `tar exit ${tarStatus}, zstd exit ${zstdStatus}`;
  if (/No space left on device/i.test(detail)) throw new ArchiveError(`no space left on the file system holding ${disk} while writing the archive (${detail})`, { reason: 'no-space' });
  throw new ArchiveError(`cannot archive ${root}: ${detail}`, { reason: 'io' });
}
