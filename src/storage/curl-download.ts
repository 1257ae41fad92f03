import { spawn, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { errorMessage } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import { writeStreamToFile } from '../util/fs.ts';
import { RetryBudget, TransportError, type TransferPolicy } from '../util/retry.ts';
import type { DownloadedObject, DownloadOptions, OpenedObject } from './store.ts';

// A download straight into a file by curl: the bytes go from the socket to the file inside
// curl, never through JavaScript, which on a fast link is twice the speed of Node's HTTP
// client and the AWS SDK's stream (see docs/performance.md). Node keeps the policy: the
// connect and idle timeouts are curl's own options, the attempts are the shared RetryBudget,
// and an attempt after a break continues from the byte the file reached.

export interface CurlResponse {
  readonly status: number;
  /** The final response's headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
}

let found: boolean | undefined;

/** curl on PATH (Heroku's stacks have it); without it the stores download through the SDK. */
export function curlAvailable(): boolean {
  found ??= spawnSync('curl', ['--version'], { stdio: 'ignore' }).status === 0;
  return found;
}

/** curl's exit codes for a network that failed (not the request): worth another attempt. */
const NETWORK_EXITS = new Set([5, 6, 7, 16, 18, 28, 35, 52, 55, 56, 92]);
/** --fail: the server answered 400 or more; the status says which. */
const HTTP_ERROR_EXIT = 22;

/**
 * GETs `url` into `file` under `policy`: an answer of 400 or more comes back as it is (the
 * caller asks the SDK what it means); a network failure is retried within `budget`, resuming
 * from the file's size, pinned to the first answer's ETag. The URL (a presigned one carries
 * a signature) goes to curl on stdin, never in its arguments.
 */
export async function curlDownload(
  url: string,
  file: string,
  policy: TransferPolicy,
  budget: RetryBudget,
  onProgress?: (bytes: number, totalBytes: number | undefined) => void,
  onRetry?: (error: unknown, reachedBytes: number) => void,
): Promise<CurlResponse> {
  let etag: string | undefined;
  return budget.run(
    async (attempt) => {
      const { code, response, detail, stalled } = await runCurl(url, file, policy, attempt > 1, etag, onProgress);
      etag ??= response.headers.etag;
      if (stalled) throw new TransportError(`no data for ${Number((policy.idleTimeoutMs / 1000).toFixed(1))} s`);
      if (code === 0 || code === HTTP_ERROR_EXIT) return response;
      if (code !== null && NETWORK_EXITS.has(code)) throw new TransportError(detail);
      throw new Error(detail);
    },
    (error) => error instanceof TransportError,
    (error) => onRetry?.(error, sizeOf(file)),
  );
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** How often the file is looked at: for progress, and for the idle timeout. */
const WATCH_INTERVAL_MS = 200;

interface CurlRun {
  readonly code: number | null;
  /** Killed here: the file did not grow for the idle timeout. */
  readonly stalled: boolean;
  readonly response: CurlResponse;
  /** What curl said went wrong. */
  readonly detail: string;
}

function runCurl(url: string, file: string, policy: TransferPolicy, resume: boolean, etag: string | undefined, onProgress: ((bytes: number, totalBytes: number | undefined) => void) | undefined): Promise<CurlRun> {
  const args = [
    '-q', // no ~/.curlrc
    '--silent', '--show-error', '--fail', '--globoff', '--proto', '=http,https',
    '--connect-timeout', seconds(policy.connectTimeoutMs),
    '--dump-header', '-', '--write-out', '\n%{http_code}\n',
    '--output', file,
    ...(resume ? ['--continue-at', '-'] : []),
    '--config', '-',
  ];
  const config = [`url = ${quote(url)}`, ...(resume && etag ? [`header = ${quote(`If-Match: ${etag}`)}`] : [])].join('\n');
  return new Promise((resolve, reject) => {
    const child = spawn('curl', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text.slice(0, 4096)));
    child.once('error', reject);
    child.stdin.end(`${config}\n`);
    // The idle timeout, watched here (curl's own low-speed check averages over 5 s): no byte
    // into the file for this long, before the answer or within the body, ends the attempt.
    let stalled = false;
    let lastBytes = -1;
    let lastChangeMs = Date.now();
    const watch = setInterval(() => {
      const bytes = sizeOf(file);
      if (bytes !== lastBytes) {
        lastBytes = bytes;
        lastChangeMs = Date.now();
        onProgress?.(bytes, totalFrom(stdout));
      } else if (Date.now() - lastChangeMs >= policy.idleTimeoutMs) {
        stalled = true;
        child.kill('SIGKILL');
      }
    }, Math.min(WATCH_INTERVAL_MS, policy.idleTimeoutMs / 4));
    child.once('close', (code) => {
      clearInterval(watch);
      resolve({ code, stalled, response: parseResponse(stdout), detail: stderr.trim().replace(/^curl: /, '') || `curl exit ${code ?? 'killed'}` });
    });
  });
}

/** The object's whole size, from the headers so far: a range's total, else the body's length. */
function totalFrom(stdout: string): number | undefined {
  const range = /^content-range:\s*bytes \d+-\d+\/(\d+)/im.exec(stdout)?.[1];
  const length = /^content-length:\s*(\d+)/im.exec(stdout)?.[1];
  return range !== undefined ? Number(range) : length !== undefined ? Number(length) : undefined;
}

/** The headers of the last response curl dumped, and the status it wrote last. */
function parseResponse(stdout: string): CurlResponse {
  const lines = stdout.split(/\r?\n/);
  const status = Number(lines.filter((line) => line.trim() !== '').at(-1) ?? 0);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    if (/^HTTP\//.test(line)) for (const name of Object.keys(headers)) delete headers[name];
    const match = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) headers[match[1].toLowerCase()] = match[2].trim();
  }
  return { status: Number.isFinite(status) ? status : 0, headers };
}

function seconds(ms: number): string {
  return String(Math.max(1, Math.ceil(ms / 1000)));
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

/**
 * The object into `file`: by curl where it is on PATH; a 404 is a miss; another answer of 400 or more is asked again
 * through the store's own stream, whose errors say what it means (a miss, a refusal, a wrong
 * region). Throws what the caller's miss handling classifies.
 */
export async function downloadIntoFile(source: FileSource, file: string, policy: TransferPolicy, budget: RetryBudget, options: DownloadOptions = {}): Promise<DownloadedObject | undefined> {
  if (curlAvailable()) {
    const retried = (error: unknown, reachedBytes: number): void =>
      source.log.detail(`the download of ${source.key} from ${source.title} broke off (${errorMessage(error)}); trying again from byte ${reachedBytes}`);
    const response = await curlDownload(await source.url(), file, policy, budget, options.onProgress, retried);
    if (response.status >= 200 && response.status < 300) return { sizeBytes: sizeOf(file), sha256: response.headers[SHA256_HEADER] };
    // Not there: the commonest answer (a layer no one has built yet), a quiet miss without asking twice.
    if (response.status === 404) return undefined;
  }
  const opened = await source.open(budget);
  if (!opened) return undefined;
  await writeStreamToFile(opened.body, file, (bytes) => options.onProgress?.(bytes, opened.sizeBytes));
  return { sizeBytes: sizeOf(file), sha256: opened.sha256 };
}

/** Where an archive's uploader recorded its sha256 (object metadata `sha256`). */
const SHA256_HEADER = 'x-amz-meta-sha256';
