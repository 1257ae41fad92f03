import { createHash, type Hash } from 'node:crypto';
import { mkdir, open, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { HalcyonError, errorMessage } from '../errors.ts';
import { removeTree } from './cleanup.ts';
import { ArchiveError, ioError, isErrno } from './errors.ts';
import { freeBytesAt } from '../util/fs.ts';
import { formatBytes } from '../util/format.ts';
import { MANIFEST_FRAME_BYTES, readManifestFrame, type ArchiveManifest } from './frame.ts';
import { fileDigest, followingDigestOfParts } from '../util/hash.ts';
import { ListingFile } from './listing-file.ts';
import { ExtractionPlan } from './safety.ts';
import { corruptArchive, runToolPipeline, toolMessages, type ToolPipeline } from './shell.ts';
import { hasSpecialBits, parseListingLine } from './tar-listing.ts';
import { toolMissing } from './zstd.ts';
import { ARCHIVE_MANIFEST, type ArchiveStats } from './types.ts';

/**
 * A stream of the archive's bytes, a file zstd reads itself (the cache), or files other
 * processes are still writing (a download's parts), read in order as they grow.
 */
export type ArchiveInput = NodeJS.ReadableStream | Readable | { readonly filePath: string } | GrowingParts;

/** A file being written, until `written` settles (true: it is whole). */
export interface GrowingFile {
  readonly file: string;
  readonly written: Promise<boolean>;
}

export interface GrowingParts {
  /** The archive's bytes, part after part. */
  readonly growingParts: readonly GrowingFile[];
  /**
   * Part `index` is read whole and will not be opened again (by the tools, and by the hash):
   * from then on its file, the first's included, may be added to or removed.
   */
  readonly onPartRead?: (index: number) => void;
}

/**
 * zstd verifies its frame checksum (an XXH64 of the content) even where the caller checks a
 * sha256 of the compressed bytes: the sha256 proves the bytes are the ones the uploader
 * hashed, not that they were sound when hashed (an archive put by hand, corrupted on disk
 * first, restored silently wrong when this was skipped; skipping it saved 3% of a restore).
 */
const ZSTD_DECOMPRESS = 'zstd -d -c -q';

/**
 * GNU tail follows each part by its descriptor (appends after a resumed attempt included)
 * and, once the part's waiter has ended, reads what is left and exits; it looks for the
 * waiter every 20 ms. The waiters are made here, by bash (a fork of bash is cheap, one of Node
 * is not), and told on the status descriptor (`mark waiter N PID`) for Node to end once the
 * part is written; `mark read N` tells a part read whole. A waiter is itself a tail of nothing
 * that lasts while Node does (`$PPID`: so a Node killed outright leaves nothing following
 * forever), named `halcyon-waiter PART` for ps, and disowned (bash would report each one
 * killed on stderr, among the tools' messages). Only zstd and tar are held to the size bound.
 */
function followScript(parts: readonly GrowingFile[]): string {
  const waiter = '{ exec -a "halcyon-waiter $2" tail -s 1 -f --pid="$PPID" /dev/null; } </dev/null >/dev/null 2>&1 3>&- & w=$!; disown "$w"';
  const part = `part() { ${waiter}; echo "mark waiter $1 $w" >&3; tail -c +1 -s 0.02 -f --pid="$w" -- "$2" && echo "mark read $1" >&3; }`;
  const follow = parts.map((_, index) => `part ${index} "\${${3 + index}}"`).join(' && ');
  return `${part}; { ${follow}; } | { ulimit -f "$2"; exec ${ZSTD_DECOMPRESS}; } | { ulimit -f "$2"; exec ${TAR_EXTRACT}; }`;
}

/**
 * GNU tar, as an archive is extracted: the verbose listing (which this code checks entry by
 * entry), no owners from the archive, directory times set last, escapes in names in one style;
 * reads of 64 KiB (a pipe's buffer) rather than 10 KiB, which alone makes a restore about a
 * quarter faster than plain `zstd -dc | tar -x` (any record size reads: tar reads a pipe whole).
 */
const TAR_EXTRACT = 'tar -x -f - -C "$1" --blocking-factor=128 -vv --utc --numeric-owner --no-same-owner --delay-directory-restore --warning=no-timestamp --quoting-style=escape';

/**
 * Extracts a layer archive into destDir, which must not exist yet: zstd piped into GNU tar, fd
 * to fd. What tar may unpack is bounded by what the archive's manifest records (or the free
 * space): tar lists each member with its size before writing it, into a file read behind it
 * (listing-file.ts), so the sizes are summed as they come and the tools killed past the bound;
 * `ulimit -f` stops any one file growing past it meanwhile. (`head -c` in the pipe bounded it
 * exactly, but copied every byte once more: a quarter of a restore.)
 * Every entry tar lists is checked (safety.ts): an
 * absolute or escaping path, a link leaving the directory, a device, a fifo, a setuid bit or
 * more entries than recorded fail the extraction. Then destDir is removed and the promise
 * rejects with ArchiveError; a zstd or tar error is a corrupt archive. sizeBytes and the
 * hashes describe the compressed input as it was read (a file's are computed only when asked).
 */
export interface ExtractOptions {
  /** Hash the compressed input (default: for streams). Growing parts are always hashed: the hash is what tells a part read whole (and counts the bytes). */
  readonly hash?: boolean;
  /** The files' bytes unpacked so far, and what the manifest says they add up to. */
  readonly onProgress?: (unpackedBytes: number, totalUnpackedBytes: number | undefined) => void;
  /** The tools are running (the input's head was read and checked). */
  readonly onStarted?: () => void;
}

export async function extractArchive(input: ArchiveInput, destDir: string, options: ExtractOptions = {}): Promise<ArchiveStats> {
  const root = path.resolve(destDir);
  try {
    await mkdir(path.dirname(root), { recursive: true });
    await mkdir(root, { mode: 0o777 });
  } catch (error) {
    destroyInput(input);
    if (isErrno(error, 'EEXIST')) throw new ArchiveError(`cannot extract into ${root}: it already exists`, { reason: 'io', cause: error });
    throw ioError('create the directory', root, error);
  }
  try {
    return await extractInto(input, root, freeSpace(root), 'growingParts' in input || (options.hash ?? !('filePath' in input)), options);
  } catch (error) {
    destroyInput(input);
    await removeTree(root);
    if (error instanceof HalcyonError) throw error;
    throw corruptArchive(errorMessage(error));
  }
}

function destroyInput(input: ArchiveInput): void {
  if (input instanceof Readable) input.destroy();
  else if (!('filePath' in input) && !('growingParts' in input)) (input as { destroy?: () => void }).destroy?.();
}

/** Bytes free for an unprivileged writer on the filesystem of `dir`, less a reserve (the build needs room too). */
function freeSpace(dir: string): number {
  const free = freeBytesAt(dir);
  if (free === undefined) return Number.MAX_SAFE_INTEGER;
  return Math.max(0, Math.floor(free - Math.min(256 * 1024 * 1024, free / 20)));
}

interface Limits {
  /** What the regular files may hold, summed from the listing; also each file's `ulimit -f`. */
  readonly fileBytes: number;
  readonly entries: number;
  /** How the error names where the limit came from. */
  readonly source: string;
  /** The directory holding the one the archive unpacks into: the error names the full disk by it. */
  readonly disk: string;
}

function limitsFor(manifest: ArchiveManifest | undefined, freeBytes: number, root: string): Limits {
  const disk = path.dirname(root);
  if (!manifest) return { fileBytes: freeBytes, entries: Number.MAX_SAFE_INTEGER, source: `the ${formatSize(freeBytes)} free on the disk`, disk };
  if (manifest.unpackedBytes > freeBytes) {
    throw new ArchiveError(`no space left on the file system holding ${disk}: the archive unpacks to ${formatSize(manifest.unpackedBytes)}, more than the ${formatSize(freeBytes)} free (less a reserve for the build)`, { reason: 'no-space' });
  }
  return { fileBytes: manifest.unpackedBytes, entries: manifest.entryCount, source: `its recorded size (${formatSize(manifest.unpackedBytes)} in ${manifest.entryCount} entries)`, disk };
}

async function extractInto(input: ArchiveInput, root: string, freeBytes: number, hash: boolean, options: ExtractOptions): Promise<ArchiveStats> {
  const source = 'filePath' in input ? await fileSource(input.filePath) : 'growingParts' in input ? await growingSource(input) : await streamSource(input);
  const listingFile = await ListingFile.create();
  try {
    return await extractWith(source, listingFile, root, freeBytes, hash ? { sha256: createHash('sha256') } : undefined, input, options);
  } finally {
    await source.close();
    await listingFile.close();
  }
}

async function extractWith(
  source: Source,
  listingFile: ListingFile,
  root: string,
  freeBytes: number,
  hashes: { sha256: Hash } | undefined,
  input: ArchiveInput,
  { onProgress, onStarted }: ExtractOptions,
): Promise<ArchiveStats> {
  // A file is hashed as the tools read it, on another core, rather than after them.
  const fileHash = hashes && 'filePath' in input ? fileDigest(input.filePath) : undefined;
  fileHash?.catch(() => undefined);
  const manifest = readManifestFrame(source.head);
  const limits = limitsFor(manifest, freeBytes, root);
  const growing = 'growingParts' in input ? input : undefined;
  const readers = growing ? new PartReaders(growing) : undefined;
  const tools = growing
    ? runToolPipeline(followScript(growing.growingParts), [root, fileSizeLimit(limits), ...growing.growingParts.map((part) => part.file)], {
        stdin: 'ignore',
        stdout: listingFile.fd,
        onMark: (mark) => readers?.marked(mark),
      })
    : runToolPipeline(`ulimit -f "$2"; ${ZSTD_DECOMPRESS} | ${TAR_EXTRACT}`, [root, fileSizeLimit(limits)], { stdin: source.fd ?? 'pipe', stdout: listingFile.fd });
  const toolsEnded = tools.done.then(
    () => undefined,
    () => undefined,
  );
  readers?.endWaitersWith(toolsEnded);
  onStarted?.();
  // Growing parts are hashed as they are downloaded, in order, as tail reads them.
  const growingHash =
    hashes && growing
      ? followingDigestOfParts(
          growing.growingParts.map((part) => ({ file: part.file, finished: Promise.race([part.written, toolsEnded]) })),
          undefined,
          (index) => readers?.readBy('hash', index),
        )
      : undefined;
  growingHash?.catch(() => undefined);
  const checker = new ListingChecker(limits);
  let failure: unknown;
  const fail = (error: unknown): void => {
    failure ??= error;
    // The waiters go with the tools' process group: their numbers are not to be signalled again.
    readers?.forgetWaiters();
    tools.kill();
  };
  const feeding = source.fd === undefined && !growing ? feed(source, tools, hashes).catch(fail) : Promise.resolve(source.sizeBytes);
  const listing = listingFile
    .follow(tools.done, (line) => {
      checker.check(line);
      onProgress?.(checker.unpackedBytes, manifest?.unpackedBytes);
    })
    .catch(fail);
  const [fedBytes] = await Promise.all([feeding, listing]);
  const done = await tools.done;
  const { stderr } = done;
  let statuses = done.statuses;
  let sizeBytes = fedBytes;
  if (growing) {
    const [tail = 1, ...rest] = statuses;
    if (tail !== 0 && failure === undefined) failure = inputError(new Error(toolMessages(stderr) || `tail exit ${tail}`));
    statuses = rest;
    // Counted as read: once a part is read its file may have grown (the parts joined into the first).
    sizeBytes = growingHash ? await growingHash.then((digest) => digest.sizeBytes, () => 0) : 0;
  }
  // What tar refused says more than what the listing showed of it.
  if (failure !== undefined) {
    refusedByTar(stderr);
    throw failure;
  }
  outcome(statuses, stderr, limits);
  // An archive of the previous format begins with a tar entry of its own record: not the layer's.
  if (checker.sawOldManifest) await rm(path.join(root, ARCHIVE_MANIFEST), { force: true });
  const digest = hashes
    ? fileHash
      ? { sha256: (await fileHash).sha256 }
      : growingHash
        ? { sha256: (await growingHash).sha256 }
        : { sha256: hashes.sha256.digest('hex') }
    : { sha256: '' };
  return { sizeBytes: typeof sizeBytes === 'number' ? sizeBytes : 0, ...digest, entryCount: checker.entryCount, unpackedBytes: checker.unpackedBytes };
}

interface Source {
  readonly head: Buffer;
  /** A file zstd reads itself, from its start. */
  readonly fd: number | undefined;
  readonly sizeBytes: number;
  /** What was read to find the head, still to be fed; then the rest of the stream. */
  readonly pending: Buffer[];
  readonly rest: AsyncIterator<unknown> | undefined;
  close(): Promise<void>;
}

async function fileSource(filePath: string): Promise<Source> {
  let handle;
  try {
    handle = await open(filePath, 'r');
  } catch (error) {
    throw new ArchiveError(`reading the archive failed: ${errorMessage(error)}`, { reason: 'input', cause: error });
  }
  const head = Buffer.alloc(MANIFEST_FRAME_BYTES);
  const { bytesRead } = await handle.read(head, 0, MANIFEST_FRAME_BYTES, 0);
  const info = await stat(filePath);
  return { head: head.subarray(0, bytesRead), fd: handle.fd, sizeBytes: info.size, pending: [], rest: undefined, close: () => handle.close() };
}

/** The head once the file holds it (or the download has ended); tail reads the file itself. */
async function growingSource(input: GrowingParts): Promise<Source> {
  const first = input.growingParts[0];
  if (!first) throw inputError(new Error('the download ended without a byte'));
  let ended = false;
  void first.written.finally(() => (ended = true));
  for (;;) {
    // Looked at before the head is read: a head read after the end is all there is.
    const endedBefore = ended;
    const head = await readHead(first.file);
    if (endedBefore && head.length === 0) throw inputError(new Error('the download ended without a byte'));
    if (head.length >= MANIFEST_FRAME_BYTES || endedBefore) return { head, fd: undefined, sizeBytes: 0, pending: [], rest: undefined, close: async () => undefined };
    await sleep(HEAD_POLL_MS);
  }
}

/** The tools start once the head is there: looked for often, briefly (it is the first bytes of the download). */
const HEAD_POLL_MS = 2;

/**
 * Which parts the tools and the hash have each read whole (a part both have read is told to
 * the input's onPartRead, in order), and the waiters tail watches, each ended once its part is
 * written, and all once the tools are done.
 */
class PartReaders {
  private readonly byTools = new Set<number>();
  private readonly byHash = new Set<number>();
  private readonly waiters = new Set<number>();
  /** Cleared once the waiters' numbers may no longer be theirs: the tools done, or killed. */
  private signalling = true;
  private told = 0;

  constructor(private readonly input: GrowingParts) {}

  /** A `mark` line of the follow script. */
  marked(mark: string): void {
    const [what, index = '', pid = ''] = mark.split(' ');
    if (what === 'read') this.readBy('tools', Number(index));
    const part = this.input.growingParts[Number(index)];
    if (what === 'waiter' && part && /^\d+$/.test(pid)) {
      this.waiters.add(Number(pid));
      void part.written.finally(() => this.end(Number(pid)));
    }
  }

  /**
   * Once the tools are done, the waiters left (a tail that stopped early leaves its own, which
   * lasts while Node does) are ended, and none is signalled by its number again.
   */
  endWaitersWith(done: Promise<void>): void {
    void done.then(() => {
      for (const pid of this.waiters) this.end(pid);
      this.signalling = false;
    });
  }

  /** The tools' process group is being killed, the waiters with it. */
  forgetWaiters(): void {
    this.signalling = false;
  }

  private end(pid: number): void {
    if (!this.signalling || !this.waiters.delete(pid)) return;
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone already.
    }
  }

  readBy(reader: 'tools' | 'hash', index: number): void {
    (reader === 'tools' ? this.byTools : this.byHash).add(index);
    while (this.byTools.has(this.told) && this.byHash.has(this.told)) {
      const index = this.told;
      this.told += 1;
      this.input.onPartRead?.(index);
    }
  }
}

async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return Buffer.alloc(0);
  try {
    const head = Buffer.alloc(MANIFEST_FRAME_BYTES);
    const { bytesRead } = await handle.read(head, 0, MANIFEST_FRAME_BYTES, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function streamSource(input: NodeJS.ReadableStream | Readable): Promise<Source> {
  const iterator = (Symbol.asyncIterator in input ? input : new Readable().wrap(input))[Symbol.asyncIterator]() as AsyncIterator<unknown>;
  const pending: Buffer[] = [];
  let length = 0;
  while (length < MANIFEST_FRAME_BYTES) {
    const next = await iterator.next().catch((error: unknown) => {
      throw inputError(error);
    });
    if (next.done === true) break;
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : (next.value as Buffer);
    pending.push(chunk);
    length += chunk.length;
  }
  return { head: Buffer.concat(pending).subarray(0, MANIFEST_FRAME_BYTES), fd: undefined, sizeBytes: 0, pending, rest: iterator, close: async () => undefined };
}

function inputError(error: unknown): ArchiveError {
  return new ArchiveError(`reading the archive failed: ${errorMessage(error)}`, { reason: 'input', cause: error });
}

/** The stream's bytes into zstd, hashed on the way: the only bytes of an archive JavaScript touches. */
async function feed(source: Source, tools: ToolPipeline, hashes: { sha256: Hash } | undefined): Promise<number> {
  const stdin = tools.stdin;
  if (!stdin) return 0;
  let closed = false;
  stdin.on('error', () => (closed = true));
  let sizeBytes = 0;
  const write = async (chunk: Buffer): Promise<void> => {
    hashes?.sha256.update(chunk);
    sizeBytes += chunk.length;
    if (closed) return;
    if (!stdin.write(chunk)) await new Promise<void>((resolve) => (stdin.writableNeedDrain && !closed ? stdin.once('drain', resolve).once('close', resolve) : resolve()));
  };
  for (const chunk of source.pending) await write(chunk);
  for (;;) {
    const next = await source.rest?.next().catch((error: unknown) => {
      throw inputError(error);
    });
    if (!next || next.done === true) break;
    await write(typeof next.value === 'string' ? Buffer.from(next.value) : (next.value as Buffer));
  }
  stdin.end();
  return sizeBytes;
}

/** Each entry tar lists, against what came before it and what the manifest allows. */
class ListingChecker {
  entryCount = 0;
  unpackedBytes = 0;
  sawOldManifest = false;
  private readonly plan = new ExtractionPlan();
  private first = true;

  constructor(private readonly limits: Limits) {}

  check(line: string): void {
    const entry = parseListingLine(line);
    if (!entry) return;
    const first = this.first;
    this.first = false;
    if (first && entry.type === 'file' && entry.name.replace(/^\.\//, '') === ARCHIVE_MANIFEST) {
      this.sawOldManifest = true;
      return;
    }
    if (hasSpecialBits(entry.mode)) throw new ArchiveError(`entry ${entry.name} has a setuid, setgid or sticky bit, which layer archives never carry`, { reason: 'unsafe-entry' });
    const admitted = this.plan.admit({ name: entry.name, type: entry.type, linkname: entry.linkname ?? null });
    if (admitted === undefined) return;
    this.entryCount += 1;
    if (entry.type === 'file') this.unpackedBytes += entry.size;
    if (this.entryCount > this.limits.entries) throw new ArchiveError(`the archive expands to more than the ${this.limits.entries} entries of ${this.limits.source}`, { reason: 'oversized' });
    if (this.unpackedBytes > this.limits.fileBytes) throw oversized(this.limits);
  }
}

/**
 * `ulimit -f` for the tools, in KiB (a file of exactly the bound is allowed): what the files
 * may hold, and room for tar's listing, a regular file too (a line an entry, rarely over
 * 200 bytes; an archive of very long names is refused as oversized).
 */
function fileSizeLimit(limits: Limits): string {
  const listingBytes = limits.entries < Number.MAX_SAFE_INTEGER ? limits.entries * 1024 + 1024 * 1024 : 64 * 1024 * 1024;
  const bytes = limits.fileBytes + listingBytes;
  return bytes >= Number.MAX_SAFE_INTEGER ? 'unlimited' : String(Math.ceil(bytes / 1024) + 1);
}

function oversized(limits: Limits): ArchiveError {
  return new ArchiveError(`the archive expands to more than ${limits.source}`, { reason: 'oversized' });
}

/** SIGXFSZ: tar wrote a file past `ulimit -f`. */
const FILE_SIZE_EXCEEDED = 128 + 25;

/** What the tools' exit statuses say. */
function outcome(statuses: readonly number[], stderr: string, limits: Limits): void {
  const [zstd = 1, tar = 1] = statuses;
  const messages = toolMessages(stderr);
  if (zstd === 127 || tar === 127) throw toolMissing(zstd === 127 ? 'zstd' : 'tar');
  refusedByTar(stderr);
  if (tar === FILE_SIZE_EXCEEDED) throw oversized(limits);
  // 141: tar stopped reading at the archive's end marker (or failed, and says why below).
  if (zstd !== 0 && zstd !== 141) throw corruptArchive(`zstd: ${messages || `exit ${zstd}`}`);
  if (tar === 0) return;
  if (/No space left on device/i.test(messages)) throw new ArchiveError(`no space left on the file system holding ${limits.disk} while extracting the archive (${messages})`, { reason: 'no-space' });
  throw corruptArchive(`tar: ${messages || `exit ${tar}`}`);
}


/**
 * GNU tar never writes outside the directory: it skips a member whose name climbs with '..',
 * and strips a leading '/' or '../' from names and hard link targets, saying so. An archive
 * that needed any of that is not one of ours, whatever tar then managed: refused.
 */
function refusedByTar(stderr: string): void {
  const climbing = /^tar: (.*): Member name contains '\.\.'$/m.exec(stderr);
  if (climbing) throw new ArchiveError(`entry ${climbing[1] ?? ''} escapes the target directory`, { reason: 'unsafe-entry' });
  const stripped = /^tar: Removing leading `([^']*)' from (member names|hard link targets)$/m.exec(stderr);
  if (stripped) {
    const prefix = stripped[1] ?? '';
    const problem = stripped[2] === 'member names' ? `an entry ${prefix.startsWith('/') ? 'has an absolute path' : 'escapes the target directory'}` : 'a hardlink escapes the target directory';
    throw new ArchiveError(`${problem} (its name began with ${prefix}, which tar removed)`, { reason: 'unsafe-entry' });
  }
}

function formatSize(bytes: number): string {
  return bytes >= Number.MAX_SAFE_INTEGER ? 'unlimited' : formatBytes(bytes);
}
