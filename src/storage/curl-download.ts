import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { errorMessage } from '../errors.ts';
import { formatBytes } from '../util/format.ts';
import type { Logger } from '../log/logger.ts';
import { freeBytesAt, writeStreamToFile } from '../util/fs.ts';
import { RetryBudget, TransportError, type TransferPolicy } from '../util/retry.ts';
import { pollPause } from '../util/wait.ts';
import { onInterrupt } from '../util/interrupt.ts';
import { wrongSpan } from './ranges.ts';
import { DownloadError, noSpaceError, writeFailure } from './s3-errors.ts';
import type { DownloadedObject, DownloadOptions, GrowingPart, OpenedObject } from './store.ts';

// Downloads straight into files by curl: the bytes go from the socket to the file inside
// curl, never through JavaScript, which on a fast link is twice the speed of Node's HTTP
// client and the AWS SDK's stream (see docs/performance.md). A large object comes as ranged
// parts, several at a time: with a reader, each into a file of its own, which the reader
// follows in order as they grow; without one, each written in place at its offset of the one
// file (no join to copy). Node keeps the policy: curl's connect timeout, an idle timeout
// watched on the part's growth, the attempts of the shared RetryBudget (one budget a part),
// each attempt continuing from the byte its file reached (a part written in place starts
// again from its own first byte), pinned to the first answer's ETag.

/** Set once a spawn of curl found none: the stores download through the SDK from then on. */
let missing = false;

/**
 * curl is not on PATH or cannot run (Heroku's stacks have it). Found out by the first
 * download, not asked ahead: a `curl --version` cost every run 10 ms.
 */
class CurlMissing extends Error {}

/** A spawn that found no curl to run, or a shell's 126/127 (found but not runnable, or its loader missing). */
const CANNOT_RUN_ERRORS = new Set(['ENOENT', 'EACCES']);
const CANNOT_RUN_EXITS = new Set([126, 127]);

/** curl's exit codes for a network that failed (not the request): worth another attempt. */
const NETWORK_EXITS = new Set([5, 6, 7, 16, 18, 28, 35, 52, 55, 56, 92]);
/** --fail: the server answered 400 or more; the status says which. */
const HTTP_ERROR_EXIT = 22;
/** curl could not write what it received (a full disk), or ran out of memory: this side's failure. */
const LOCAL_EXITS = new Set([23, 27]);
/** How often a file is looked at: for progress, and for the idle timeout. */
const WATCH_INTERVAL_MS = 200;

export interface CurlResponse {
  readonly status: number;
  /** The response's headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
}

function from(part: PartRequest, reached: number): number {
  return part.startByte + reached;
}

/** Bytes [startByte, endByte) of the object into `file`; no endByte: to the object's end. */
interface PartRequest {
  readonly file: string;
  readonly startByte: number;
  readonly endByte: number | undefined;
  /**
   * Written in place from `offset` of a file other parts write too (a download no reader
   * follows). The file's size then says nothing of how far this part got, so an attempt
   * after a break asks for the part from its first byte again, unless `resumable()`: the
   * file turned out to hold this part alone.
   */
  readonly inPlace?: { readonly offset: number; readonly resumable: () => boolean };
}

/** How far an attempt can continue from: the bytes its file holds of the part. */
function reachedOf(part: PartRequest): number {
  return part.inPlace && !part.inPlace.resumable() ? 0 : sizeOf(part.file);
}

/** 5xx, 408 and 429: the server's trouble, not the request's; another attempt may succeed. */
function retriedStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/** The first part's request: it watches the headers, and unless other parts were laid out beside it an answer of 400 or more goes back to the caller, which asks the store again. */
interface FirstPart {
  readonly onHeaders: (response: CurlResponse) => void;
  readonly answersToCaller: () => boolean;
  /** Stops the stream where it has got to, for the rest to come in parts. */
  readonly cut?: StreamCut;
}

/** An answer; `cut`: the stream was stopped on purpose before its end (StreamCut). */
type PartResponse = CurlResponse & { readonly cut?: boolean };

/**
 * One part under `policy`, into its file (appended, or in place at its offset): a network
 * failure or a server's trouble (5xx) is retried within `budget`, from the byte the file
 * reached (a part in place: from its own first byte); another answer of 400 or more is a
 * PartRefused (the first part's, where it answers to the caller, comes back as it is).
 */
async function fetchPart(
  url: string,
  part: PartRequest,
  policy: TransferPolicy,
  budget: RetryBudget,
  etag: string | undefined,
  transfers: Transfers,
  onRetry: (error: unknown, reachedBytes: number) => void,
  first?: FirstPart,
): Promise<PartResponse> {
  let pinned = etag;
  return budget.run(
    async () => {
      if (transfers.stopped) throw new Error('stopped: another part of the download failed');
      const reached = reachedOf(part);
      const run = await runCurl(url, part, reached, policy, pinned, transfers, first);
      if (run.code !== null && CANNOT_RUN_EXITS.has(run.code)) {
        missing = true;
        throw new CurlMissing(run.detail);
      }
      if (run.code === SEEK_FAILED_EXIT && part.inPlace) throw new DownloadError(`dd could not move to byte ${part.inPlace.offset + reached} of ${part.file}: ${run.detail}`);
      // Before anything else: a part stopped at its headers has no exit code to go by.
      const misplaced = misplacedAnswer(part, reached, run.response);
      if (misplaced) throw new DownloadError(misplaced);
      pinned ??= run.response.headers.etag;
      if (run.cut) return { ...run.response, cut: true };
      // A stream that broke is not judged: a cut armed during the backoff would kill its next attempt before any answer.
      if (run.code !== 0) first?.cut?.stop();
      if (run.stalled) throw new TransportError(`no data for ${Number((policy.idleTimeoutMs / 1000).toFixed(1))} s`);
      if (run.code === HTTP_ERROR_EXIT) {
        if (first?.answersToCaller()) return run.response;
        // Laid out in parts, there is no store to ask again: a busy server's answer is a fault like the network's.
        if (retriedStatus(run.response.status)) throw new TransportError(`answered ${run.response.status}`);
        throw new PartRefused(part, run.response.status);
      }
      if (run.code !== 0) {
        if (run.code !== null && NETWORK_EXITS.has(run.code)) throw new TransportError(run.detail);
        if (run.code !== null && LOCAL_EXITS.has(run.code)) throw writeFailure(part.file, `curl could not write ${part.file}: ${run.detail}`);
        // Ended by a signal this process did not send (a crash): this machine's failure, not the request's.
        if (run.code === null) throw writeFailure(part.file, run.detail);
        throw new Error(run.detail);
      }
      // curl itself fails a body shorter than its Content-Length (a network failure, retried).
      return run.response;
    },
    (error) => error instanceof TransportError && !transfers.stopped,
    (error) => onRetry(error, part.startByte + reachedOf(part)),
  );
}

interface CurlRun {
  readonly code: number | null;
  /** Killed here: the file did not grow for the idle timeout. */
  readonly stalled: boolean;
  /** Stopped here before its end, for the rest to come in parts. */
  readonly cut: boolean;
  readonly response: CurlResponse;
  /** What curl said went wrong. */
  readonly detail: string;
}

/**
 * curl with the body appended to the part's file (its stdout, opened O_APPEND; a part in
 * place: opened where it starts and moved to its offset), the headers
 * into a file beside it (a pipe's /dev/fd is a socket, which curl cannot open), the URL (a
 * presigned one carries a signature) on stdin, never in its arguments.
 */
function runCurl(
  url: string,
  part: PartRequest,
  reached: number,
  policy: TransferPolicy,
  etag: string | undefined,
  transfers: Transfers,
  first: FirstPart | undefined,
): Promise<CurlRun> {
  const onHeaders = first?.onHeaders;
  const from = part.startByte + reached;
  const range = from > 0 || part.endByte !== undefined ? `${from}-${part.endByte === undefined ? '' : part.endByte - 1}` : undefined;
  // Parts in place share their file: each its own headers.
  const headerFile = part.inPlace ? `${part.file}.headers-${part.startByte}` : `${part.file}.headers`;
  const args = [
    '-q', // no ~/.curlrc
    // --path-as-is: the path the presigned URL signs, not one curl has tidied (a key with a `..` in it).
    '--silent', '--show-error', '--fail', '--globoff', '--path-as-is', '--proto', '=http,https',
    '--connect-timeout', String(Math.max(1, Math.ceil(policy.connectTimeoutMs / 1000))),
    '--dump-header', headerFile,
    ...(range ? ['--range', range] : []),
    '--config', '-',
  ];
  const config = [`url = ${quote(url)}`, ...(etag ? [`header = ${quote(`If-Match: ${etag}`)}`] : [])].join('\n');
  // Made here, so that a directory that cannot take one more file says so (curl 7.88 crashes where it cannot make it).
  writeFileSync(headerFile, '');
  // In place, curl's stdout is the file opened where it starts (not for appending), moved to
  // the part's offset by dd first: Node cannot seek a descriptor it hands on.
  let out: number;
  try {
    out = openSync(part.file, part.inPlace ? 'r+' : 'a');
  } catch (error) {
    rmSync(headerFile, { force: true });
    throw error;
  }
  const offset = part.inPlace ? part.inPlace.offset + reached : 0;
  return new Promise((resolve, reject) => {
    const stdio: ['pipe', number, 'pipe'] = ['pipe', out, 'pipe'];
    const child = offset > 0 ? spawn('sh', ['-c', SEEK_THEN_CURL, 'halcyon-curl', String(offset), ...args], { stdio }) : spawn('curl', args, { stdio });
    closeSync(out);
    transfers.add(child);
    // Killed with this process: it would go on writing a file no one renames.
    const forget = onInterrupt(() => child.kill('SIGKILL'));
    first?.cut?.attach(() => child.kill('SIGKILL'));
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderr += text.slice(0, 4096)));
    child.once('error', (error: NodeJS.ErrnoException) => {
      forget();
      rmSync(headerFile, { force: true });
      transfers.delete(child);
      first?.cut?.detach();
      stalled.stop();
      clearInterval(headerWatch);
      const cannotRun = error.code !== undefined && CANNOT_RUN_ERRORS.has(error.code);
      if (cannotRun) missing = true;
      reject(cannotRun ? new CurlMissing(`curl cannot run (${error.code ?? ''})`) : error);
    });
    // A curl that ended before reading its config (or a seek that failed) says so at its close.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(`${config}\n`);
    const stalled = watchIdle(child, part.inPlace ? () => writtenBy(child) ?? allocatedBytes(part.file) : () => sizeOf(part.file), policy.idleTimeoutMs);
    // The answer's headers as soon as they are complete: an answer whose bytes belong elsewhere
    // is stopped at them, within a poll (fetchPart says why); the first part's tell the size,
    // for laying out the parts.
    const headerWatch = setInterval(() => {
      const response = completeHeaders(headerFile);
      if (!response) return;
      clearInterval(headerWatch);
      if (misplacedAnswer(part, reached, response)) child.kill('SIGKILL');
      else onHeaders?.(response);
    }, HEADER_POLL_MS);
    child.once('close', (code, signal) => {
      forget();
      transfers.delete(child);
      stalled.stop();
      clearInterval(headerWatch);
      first?.cut?.detach();
      const response = completeHeaders(headerFile) ?? { status: 0, headers: {} };
      rmSync(headerFile, { force: true });
      const cut = code !== 0 && first?.cut?.requested === true && response.status >= 200 && response.status < 300;
      resolve({ code, stalled: stalled.fired, cut, response, detail: stderr.trim().replace(/^curl: /, '') || (code === null ? `curl was ended by ${signal ?? 'a signal'}` : `curl exit ${code}`) });
    });
  });
}

/** The first answer's headers are looked for this often: the extraction cannot start before they tell the parts, and they come within milliseconds. */
const HEADER_POLL_MS = 2;

/** The final answer's status and headers, once curl has written them whole (up to their empty line). */
function completeHeaders(file: string): CurlResponse | undefined {
  let dump: string;
  try {
    dump = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  if (!/\r?\n\r?\n$/.test(dump)) return undefined;
  const response = parseHeaders(dump);
  return response.status >= 200 ? response : undefined;
}

/**
 * Moves stdout to the byte offset in $1 (dd seeks it, copying nothing), then runs curl with
 * the other arguments. A dd that fails (or is missing) exits SEEK_FAILED_EXIT, so that it is not
 * taken for a missing curl.
 */
const SEEK_FAILED_EXIT = 90;
const SEEK_THEN_CURL = `dd if=/dev/null bs=1 seek="$1" count=0 conv=notrunc status=none || exit ${SEEK_FAILED_EXIT}; shift; exec curl "$@"`;

/**
 * The idle timeout, watched here (curl's own low-speed check averages over 5 s): `written`
 * not growing for this long ends the attempt.
 */
function watchIdle(child: ChildProcess, written: () => number, idleTimeoutMs: number): { stop: () => void; readonly fired: boolean } {
  let lastBytes = -1;
  let lastChangeMs = Date.now();
  const state = { fired: false, stop: () => clearInterval(timer) };
  const timer = setInterval(() => {
    const bytes = written();
    if (bytes !== lastBytes) {
      lastBytes = bytes;
      lastChangeMs = Date.now();
    } else if (Date.now() - lastChangeMs >= idleTimeoutMs) {
      state.fired = true;
      child.kill('SIGKILL');
    }
  }, Math.min(WATCH_INTERVAL_MS, idleTimeoutMs / 4));
  return state;
}

/** The last response's status and headers (a 100 Continue, say, comes before it). */
function parseHeaders(dump: string): CurlResponse {
  let status = 0;
  let headers: Record<string, string> = {};
  for (const line of dump.split(/\r?\n/)) {
    const statusLine = /^HTTP\/[\d.]+\s+(\d{3})/.exec(line);
    if (statusLine) {
      status = Number(statusLine[1]);
      headers = {};
      continue;
    }
    const match = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) headers[match[1].toLowerCase()] = match[2].trim();
  }
  return { status, headers };
}

/** The object's whole size, from a ranged answer's Content-Range, else its length. */
function totalSize(response: CurlResponse): number | undefined {
  const range = /\/(\d+)$/.exec(response.headers['content-range'] ?? '')?.[1];
  const length = response.headers['content-length'];
  return range !== undefined ? Number(range) : length !== undefined ? Number(length) : undefined;
}

/**
 * Why a successful answer's bytes cannot go where this request's belong, if they cannot: the
 * whole object for a range (asked from the start, the whole object is an answer too: a server
 * may send it for a range covering it all), or a 206 for other bytes than asked, fewer
 * included (written in place, a short part would leave a hole that no size check sees).
 */
function misplacedAnswer(part: PartRequest, reached: number, response: CurlResponse): string | undefined {
  if (response.status < 200 || response.status >= 300) return undefined;
  const fromByte = from(part, reached);
  const ranged = fromByte > 0 || part.endByte !== undefined;
  if (ranged && response.status !== 206 && !(fromByte === 0 && response.status === 200)) return `asked for a range, the server answered ${response.status} with the whole object`;
  return response.status === 206 ? wrongSpan(fromByte, part.endByte, response.headers['content-range']) : undefined;
}

/** The bytes a process has written so far, where Linux tells (/proc/PID/io): a part's own growth when parts share a file. */
function writtenBy(child: ChildProcess): number | undefined {
  try {
    const written = /^wchar:\s*(\d+)/m.exec(readFileSync(`/proc/${child.pid ?? 0}/io`, 'utf8'))?.[1];
    return written === undefined ? undefined : Number(written);
  } catch {
    return undefined;
  }
}

/** The bytes a file holds, holes not counted: what the parts written in place have put there. */
function allocatedBytes(file: string): number {
  try {
    return statSync(file).blocks * 512;
  } catch {
    return 0;
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** A double-quoted value of a curl config file. */
function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** What a store lends a download into a file: the URL curl fetches, and its own way in as a fallback. */
export interface FileSource {
  readonly key: string;
  /** How the log names the store. */
  readonly title: string;
  readonly log: Logger;
  /** The object's URL for curl: presigned, or public. */
  readonly url: () => Promise<string>;
  /** The store's stream of the object (the SDK's): where curl is missing, or answered 400 or more. */
  readonly open: (budget: RetryBudget) => Promise<OpenedObject | undefined>;
}

/** Where an archive's uploader recorded its sha256 (object metadata `sha256`). */
const SHA256_HEADER = 'x-amz-meta-sha256';

/**
 * The object into `file`: by curl where it is on PATH (a 404 is a miss; another answer of 400
 * or more is asked again through the store's own stream, whose errors say what it means).
 * With `options.onParts`, a large object comes as ranged parts several at a time, `file`
 * the first and part files beside it the rest, announced as soon as the first answer tells
 * the size, so a reader can follow them in order as they grow (and join them). Throws what
 * the caller's miss handling classifies.
 */
export async function downloadIntoFile(source: FileSource, file: string, policy: TransferPolicy, budget: RetryBudget, options: DownloadOptions = {}): Promise<DownloadedObject | undefined> {
  const parts = new PartFiles(file, options);
  try {
    if (!missing) {
      const got = await parts.fetchByCurl(source, policy, budget).catch((error: unknown) => {
        if (!(error instanceof CurlMissing)) throw error;
        // The attempt never left the machine: the store's own has the whole budget.
        budget.refund();
        return 'ask-the-store' as const;
      });
      if (got !== 'ask-the-store') return got;
    }
    const opened = await source.open(budget);
    if (!opened) return undefined;
    const room = options.onParts === undefined ? shortOfRoom(file, opened.sizeBytes) : undefined;
    if (room) {
      opened.body.destroy();
      throw room;
    }
    const into = parts.announce(1, opened.sha256)[0]?.file ?? file;
    await writeStreamToFile(opened.body, into, (bytes) => options.onProgress?.(bytes, opened.sizeBytes));
    parts.complete(0);
    return { sizeBytes: sizeOf(into), sha256: opened.sha256 };
  } catch (error) {
    throw localFailure(error, file);
  } finally {
    parts.finish();
  }
}

/**
 * The files an object is downloaded into: `file` itself, then (with a reader, for a large
 * object) part files beside it, each told written once it is complete (or the download stops).
 */
class PartFiles {
  private readonly settle: ((whole: boolean) => void)[] = [];
  private files: string[] = [];
  /** The size of each part once whole: its file may be joined into the first, or removed, after. */
  private readonly wholeBytes = new Map<number, number>();
  private announced = false;
  /** Settles once the reader has started (or the first part has ended): the other parts are asked for then. */
  private readerStarted: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly options: DownloadOptions,
  ) {}

  private get reader(): boolean {
    return this.options.onParts !== undefined;
  }

  /** The first part is the file itself: for an object of one part (most layers), the whole. */
  private partFile(index: number): string {
    return index === 0 ? this.file : `${this.file}.part${index}`;
  }

  async fetchByCurl(source: FileSource, policy: TransferPolicy, budget: RetryBudget): Promise<DownloadedObject | undefined | 'ask-the-store'> {
    const url = await source.url();
    const onRetry = (error: unknown, reachedBytes: number): void =>
      source.log.detail(`the download of ${source.key} from ${source.title} broke off (${errorMessage(error)}); trying again from byte ${reachedBytes}`);
    const partBytes = policy.partSizeBytes;
    const ranged = this.reader && policy.partsInFlight > 1;
    // With no reader, one stream, cut if the link proves slow, the rest then in parts in place.
    const cut = !this.reader && policy.partsInFlight > 1 ? new StreamCut() : undefined;
    let placed = 1;
    const firstFile = this.partFile(0);
    writeFileSync(firstFile, '');
    this.files = [firstFile];
    let total: number | undefined;
    const downloaded = (): number => (cut && placed > 1 ? Math.min(allocatedBytes(firstFile), total ?? 0) : this.downloadedBytes());
    const progress = setInterval(() => this.options.onProgress?.(downloaded(), total), 500);
    const transfers = new Transfers();
    let firstEnded: () => void = () => undefined;
    const firstDone = new Promise<void>((resolve) => (firstEnded = resolve));
    let rest: Promise<void> = Promise.resolve();
    // A part other than the first: attempts of its own (a backoff ends early when the download
    // stops), pinned to the first answer's object; its failure stops the download, and once it
    // has stopped, no lane takes another part.
    const fetchOther = async (part: PartRequest, pinned: string | undefined): Promise<void> => {
      await fetchPart(url, part, policy, new RetryBudget(policy, (ms) => transfers.pause(ms)), pinned, transfers, onRetry).catch((error: unknown) => transfers.stop(error));
      if (transfers.stopped) throw transfers.failure;
    };
    // The first answer's headers tell the size: the parts are laid out (and the reader started)
    // then, and the others asked for once the reader's tools run (or the first part has ended),
    // while the first is still arriving.
    const onHeaders = (response: CurlResponse): void => {
      if (this.announced || response.status >= 300) return;
      try {
        total = totalSize(response);
        const room = this.reader ? undefined : shortOfRoom(firstFile, total);
        if (room) {
          transfers.stop(room);
          return;
        }
        // A 200 is the whole object in the first file.
        const count = ranged && response.status === 206 && total !== undefined && total > partBytes ? Math.ceil(total / partBytes) : 1;
        const end = total ?? 0;
        const others = this.announce(count, response.headers[SHA256_HEADER])
          .slice(1)
          .map((part, index) => ({ file: part.file, startByte: (index + 1) * partBytes, endByte: Math.min(end, (index + 2) * partBytes) }));
        placed = count;
        if (cut && total !== undefined && response.headers['accept-ranges'] === 'bytes') cut.watch(firstFile, total);
        const started = Promise.race([this.readerStarted, firstDone]);
        rest = started
          .then(() =>
            inLanes(others, policy.partsInFlight - 1, firstDone, async (part, index) => {
              await fetchOther(part, response.headers.etag);
              this.complete(index + 1);
            }),
          )
          .catch(() => undefined);
      } catch (error) {
        transfers.stop(localFailure(error, firstFile));
      }
    };
    try {
      // Alone, the first part can be asked again through the store; beside other parts it cannot.
      // Once a reader follows the file, nothing may write it again from its start (the store's
      // own stream would, under tail and the hash): a refusal on a later attempt is then a miss.
      const first = { onHeaders, answersToCaller: () => placed <= 1 && !(this.reader && this.announced), ...(cut ? { cut } : {}) };
      const firstPart: PartRequest = { file: firstFile, startByte: 0, endByte: ranged ? partBytes : undefined, ...(cut ? { inPlace: { offset: 0, resumable: () => placed === 1 } } : {}) };
      const response = await fetchPart(url, firstPart, policy, budget, undefined, transfers, onRetry, first).catch(
        (error: unknown) => transfers.stop(error),
      );
      cut?.stop();
      firstEnded();
      if (cut && response?.cut && total !== undefined && !transfers.stopped) {
        const tail = inPlaceParts(firstFile, sizeOf(firstFile), total, partBytes, policy.partsInFlight);
        placed += tail.length;
        source.log.detail(`${source.key}: ${cut.reason}; the rest comes in ${tail.length} ranged parts, ${policy.partsInFlight} at a time`);
        await inLanes(tail, policy.partsInFlight - 1, Promise.resolve(), (part) => fetchOther(part, response.headers.etag)).catch(() => undefined);
      } else if (response && response.status < 300 && !transfers.stopped) {
        if (!this.announced) onHeaders(response);
        // The reader goes on to the next part as soon as this one is whole.
        this.complete(0);
        await rest;
      }
      // The first failure is what went wrong; whatever stopped because of it only followed.
      if (transfers.stopped || !response) throw transfers.failure;
      if (response.status === 404) return undefined;
      if (response.status >= 300) return 'ask-the-store';
      // Each part in place ended whole (curl fails a short body), so the last one ends the file where the object does.
      if (cut && placed > 1 && sizeOf(firstFile) !== total) throw new DownloadError(`the parts of ${source.key} came to ${sizeOf(firstFile)} bytes, not its ${total ?? '?'}`);
      return { sizeBytes: total ?? sizeOf(firstFile), sha256: response.headers[SHA256_HEADER] };
    } finally {
      cut?.stop();
      firstEnded();
      transfers.stop(new Error('the download ended'));
      await rest;
      clearInterval(progress);
    }
  }

  /** The part files, told to the reader once. */
  announce(count: number, sha256: string | undefined): GrowingPart[] {
    this.files = Array.from({ length: count }, (_, index) => this.partFile(index));
    for (const file of this.files.slice(1)) writeFileSync(file, '');
    const parts = this.files.map((file) => ({ file, written: new Promise<boolean>((resolve) => this.settle.push(resolve)) }));
    if (!this.announced) {
      this.announced = true;
      this.readerStarted = Promise.resolve(this.options.onParts?.(parts, sha256)).catch(() => undefined);
    }
    return parts;
  }

  /** Part `index` is whole: its reader reads to its end and goes on. */
  complete(index: number): void {
    if (!this.wholeBytes.has(index)) this.wholeBytes.set(index, sizeOf(this.partFile(index)));
    this.settle[index]?.(true);
  }

  private downloadedBytes(): number {
    return this.files.reduce((sum, file, index) => sum + (this.wholeBytes.get(index) ?? sizeOf(file)), 0);
  }

  /** Nothing more is written, so a reader reads what is there and stops; one never told of parts hears there are none. */
  finish(): void {
    if (!this.announced) this.options.onParts?.([], undefined);
    for (const settle of this.settle) settle(false);
  }
}

/** How long after the answer began its rate is judged: long enough to be past the first bytes' latency. */
const PROBE_MS = 300;
/** One stream is cut when the rest of the object would take longer than this at its rate: then parts save more than their new requests cost. */
const SPLIT_WORTH_MS = 1000;

/**
 * One stream for a download no reader follows, cut where it has got to if the link proves
 * slow. On a fast link (an S3 server on loopback is CPU-bound) one stream is the fastest and
 * more would only share it; against S3, whose rate a connection is bounded, the rest then
 * comes as ranged parts, several at a time, written in place.
 */
class StreamCut {
  requested = false;
  /** Why the stream was cut, for the log. */
  reason = '';
  private kill: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  /** The stream's curl, running: how to stop it. */
  attach(kill: () => void): void {
    this.kill = kill;
    if (this.requested) kill();
  }

  detach(): void {
    this.kill = undefined;
  }

  /** From the first answer's headers on: judges the stream's rate once, PROBE_MS later. */
  watch(file: string, totalBytes: number): void {
    if (this.stopped || this.timer) return;
    const startedMs = Date.now();
    const startBytes = sizeOf(file);
    this.timer = setTimeout(() => {
      const reachedBytes = sizeOf(file);
      const bytesPerMs = (reachedBytes - startBytes) / Math.max(1, Date.now() - startedMs);
      // A stream that has not moved is stalled, not slow: the idle timeout's to judge.
      if (this.stopped || bytesPerMs === 0 || (totalBytes - reachedBytes) / bytesPerMs <= SPLIT_WORTH_MS) return;
      this.requested = true;
      this.reason = `${formatBytes(totalBytes - reachedBytes)} left at ${formatBytes(bytesPerMs * 1000)}/s`;
      this.kill?.();
    }, PROBE_MS);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}

/**
 * Bytes [fromByte, totalBytes) of `file` as ranged parts written in place: at most
 * `partBytes` each, as many as keep every lane busy to the end (a multiple of the lanes).
 */
function inPlaceParts(file: string, fromByte: number, totalBytes: number, partBytes: number, lanes: number): PartRequest[] {
  const restBytes = totalBytes - fromByte;
  if (restBytes <= 0) return [];
  const count = Math.ceil(Math.ceil(restBytes / partBytes) / lanes) * lanes;
  const size = Math.ceil(restBytes / count);
  const parts: PartRequest[] = [];
  for (let startByte = fromByte; startByte < totalBytes; startByte += size) {
    parts.push({ file, startByte, endByte: Math.min(totalBytes, startByte + size), inPlace: { offset: startByte, resumable: () => false } });
  }
  return parts;
}

/** A part answered 400 or more, shaped as the SDK's errors are, so that the store's classification reads the status (a 404: the object went; a 412: it changed). */
class PartRefused extends Error {
  override readonly name = 'PartRefused';
  readonly $metadata: { readonly httpStatusCode: number };

  constructor(part: PartRequest, status: number) {
    super(`bytes ${part.startByte}-${part.endByte === undefined ? '' : part.endByte - 1} were answered ${status}`);
    this.$metadata = { httpStatusCode: status };
  }
}

/**
 * Without a reader the whole object stays in the file: where it cannot fit, the download
 * stops at its headers (a large one would fail only at the disk's end, its time lost). What
 * curl has written by then counts as free: it is the object's own.
 */
function shortOfRoom(file: string, totalBytes: number | undefined): Error | undefined {
  const free = totalBytes === undefined ? undefined : freeBytesAt(path.dirname(file));
  if (free === undefined || totalBytes === undefined) return undefined;
  const room = free + allocatedBytes(file);
  return room < totalBytes ? noSpaceError(file, { neededBytes: totalBytes, freeBytes: room }) : undefined;
}

/** A file of the download that could not be made or written here (a full disk): not the request's fault. */
const LOCAL_ERRNOS = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'EROFS', 'EACCES', 'EPERM', 'EMFILE', 'ENFILE', 'ENOENT', 'ENOTDIR', 'EISDIR']);

function localFailure(error: unknown, file: string): unknown {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'ENOSPC') return writeFailure(file, errorMessage(error), error);
  return typeof code === 'string' && LOCAL_ERRNOS.has(code) ? new DownloadError(errorMessage(error), { cause: error }) : error;
}

/**
 * `work` for each item in order, `lanes` at a time and one lane more once `widen` settles
 * (the first part's lane, free again); the first failure stops taking items, and fails all
 * once the work running has ended.
 */
async function inLanes<T>(items: readonly T[], lanes: number, widen: Promise<void>, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  let failure: unknown;
  const lane = async (): Promise<void> => {
    while (next < items.length && !failed) {
      const index = next++;
      const item = items[index];
      if (item === undefined) continue;
      await work(item, index).catch((error: unknown) => {
        if (failed) return;
        failed = true;
        failure = error;
      });
    }
  };
  await Promise.all([...Array.from({ length: Math.max(1, lanes) }, lane), widen.then(lane)]);
  if (failed) throw failure;
}

/**
 * The curls of one download. The first failure stops them all: those running are killed, no
 * attempt starts after it, and it is kept as what went wrong.
 */
class Transfers {
  private readonly live = new Set<ChildProcess>();
  private reason: unknown;
  private ended = false;
  private halt: () => void = () => undefined;
  /** Settles on the stop: what a backoff's pause waits on beside its timer. */
  private readonly halted = new Promise<void>((resolve) => (this.halt = resolve));

  get stopped(): boolean {
    return this.ended;
  }

  get failure(): unknown {
    return this.reason;
  }

  add(child: ChildProcess): void {
    this.live.add(child);
    if (this.stopped) child.kill('SIGKILL');
  }

  delete(child: ChildProcess): void {
    this.live.delete(child);
  }

  /** undefined, for a caller's result in place of what failed. */
  stop(reason: unknown): undefined {
    if (this.ended) return undefined;
    this.ended = true;
    this.reason = reason;
    for (const child of this.live) child.kill('SIGKILL');
    this.halt();
    return undefined;
  }

  /** A backoff's sleep, cut short by a stop. */
  pause(ms: number): Promise<void> {
    return pollPause(ms, this.halted);
  }
}
