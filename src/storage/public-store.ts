import { Readable, Transform } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { errorMessage } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import type { OpenedObject, Store, StoredObject } from './store.ts';

const ATTEMPTS = 4;
const BASE_DELAY_MS = 250;
/** For the answer to start, and then for each stretch of silence within a download (a GHC archive may take minutes in all). */
const IDLE_TIMEOUT_MS = 60_000;

/**
 * Public storage: a bucket read anonymously over HTTP(S), with plain GETs and the S3
 * ListObjectsV2 API. It is never written to; every failure is a miss.
 */
export class PublicStore implements Store {
  readonly tier = 'public' as const;
  readonly title = 'public storage';

  constructor(
    private readonly baseUrl: string,
    private readonly log: Logger,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  async open(key: string): Promise<OpenedObject | undefined> {
    const answer = await this.fetchWithRetries(`${this.baseUrl}/${key.split('/').map(encodeURIComponent).join('/')}`, `download ${key}`);
    if (!answer?.response.body) return undefined;
    const { response, abort } = answer;
    const length = Number(response.headers.get('content-length'));
    return {
      body: withIdleTimeout(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), IDLE_TIMEOUT_MS, abort),
      sizeBytes: Number.isFinite(length) && length > 0 ? length : undefined,
      sha256: response.headers.get('x-amz-meta-sha256') ?? undefined,
    };
  }

  async list(prefix: string): Promise<StoredObject[]> {
    const found: StoredObject[] = [];
    let token: string | undefined;
    do {
      const query = new URLSearchParams({ 'list-type': '2', prefix, ...(token ? { 'continuation-token': token } : {}) });
      const answer = await this.fetchWithRetries(`${this.baseUrl}/?${query.toString()}`, `list ${prefix}`);
      if (!answer) return found;
      const page = parseListing(await answer.response.text());
      found.push(...page.objects);
      token = page.nextToken;
    } while (token);
    return found;
  }

  async save(): Promise<boolean> {
    throw new Error('internal: public storage is read-only');
  }

  async remove(): Promise<void> {
    throw new Error('internal: public storage is read-only');
  }

  /** 403/404: a miss. 5xx, 429 and network errors: retried with backoff, then a miss with a warning. */
  private async fetchWithRetries(url: string, what: string): Promise<{ response: Response; abort: () => void } | undefined> {
    let lastProblem = '';
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(new Error(`no answer within ${IDLE_TIMEOUT_MS / 1000} s`)), IDLE_TIMEOUT_MS);
      try {
        const response = await fetch(url, { signal: controller.signal });
        clearTimeout(timer);
        if (response.ok) return { response, abort: () => controller.abort(new Error(`the download stalled for ${IDLE_TIMEOUT_MS / 1000} s`)) };
        await response.body?.cancel();
        if (response.status === 403 || response.status === 404) return undefined;
        lastProblem = `HTTP ${response.status}`;
        if (response.status < 500 && response.status !== 429) break;
      } catch (error) {
        clearTimeout(timer);
        lastProblem = errorMessage(error);
      }
      if (attempt < ATTEMPTS) await this.sleep(BASE_DELAY_MS * 2 ** (attempt - 1));
    }
    this.log.warn(`Could not ${what} from public storage (${lastProblem})`, 'Treated as a miss.');
    return undefined;
  }
}

/**
 * Passes the stream through, failing it (and aborting the request) when no data arrives for
 * `idleMs`: a stalled download becomes a miss, however long a healthy one takes.
 */
export function withIdleTimeout(stream: Readable, idleMs: number, abort: () => void): Readable {
  let timer: NodeJS.Timeout | undefined;
  const out = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      arm();
      callback(null, chunk);
    },
  });
  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      abort();
      out.destroy(new Error(`no data for ${idleMs / 1000} s`));
    }, idleMs);
  };
  arm();
  stream.on('error', (error) => out.destroy(error));
  out.once('close', () => {
    clearTimeout(timer);
    stream.destroy();
  });
  return stream.pipe(out);
}

/** The few fields of a ListObjectsV2 answer that matter; S3's XML is flat enough for this. */
export function parseListing(xml: string): { objects: StoredObject[]; nextToken: string | undefined } {
  const objects: StoredObject[] = [];
  for (const match of xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)) {
    const body = match[1] ?? '';
    const key = /<Key>([\s\S]*?)<\/Key>/.exec(body)?.[1];
    const size = /<Size>(\d+)<\/Size>/.exec(body)?.[1];
    if (key !== undefined) objects.push({ key: decodeXml(key), sizeBytes: Number(size ?? 0) });
  }
  const truncated = /<IsTruncated>true<\/IsTruncated>/.test(xml);
  const token = /<NextContinuationToken>([\s\S]*?)<\/NextContinuationToken>/.exec(xml)?.[1];
  return { objects, nextToken: truncated && token ? decodeXml(token) : undefined };
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
