import { Readable, Transform } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { text } from 'node:stream/consumers';
import { errorMessage } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import type { OpenedObject, OpenOptions, Store, StoredObject } from './store.ts';
import { DEFAULT_TRANSFER_POLICY, RetryBudget, StallError, isNetworkError, realSleep, type Sleep, type TransferPolicy } from '../util/retry.ts';

/**
 * Public storage: a bucket read anonymously over HTTP(S), with plain GETs and the S3
 * ListObjectsV2 API. It is never written to; every failure is a miss. Every request follows
 * the shared transfer policy: no answer or no data within the idle timeout ends an attempt.
 */
export class PublicStore implements Store {
  readonly tier = 'public' as const;
  readonly title = 'public storage';

  constructor(
    private readonly baseUrl: string,
    private readonly log: Logger,
    private readonly policy: TransferPolicy = DEFAULT_TRANSFER_POLICY,
    private readonly sleep: Sleep = realSleep,
  ) {}

  async open(key: string, options: OpenOptions = {}): Promise<OpenedObject | undefined> {
    const answer = await this.fetchWithRetries(`${this.baseUrl}/${key.split('/').map(encodeURIComponent).join('/')}`, `download ${key}`, options.budget);
    if (!answer?.response.body) return undefined;
    const { response, abort } = answer;
    const length = Number(response.headers.get('content-length'));
    return {
      body: withIdleTimeout(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), this.policy.idleTimeoutMs, abort),
      sizeBytes: Number.isFinite(length) && length > 0 ? length : undefined,
      sha256: response.headers.get('x-amz-meta-sha256') ?? undefined,
    };
  }

  async list(prefix: string): Promise<StoredObject[]> {
    const found: StoredObject[] = [];
    let token: string | undefined;
    do {
      const query = new URLSearchParams({ 'list-type': '2', prefix, ...(token ? { 'continuation-token': token } : {}) });
      const answer = await this.fetchWithRetries(`${this.baseUrl}/?${query.toString()}`, `list ${prefix}`, undefined, true);
      if (answer?.text === undefined) return found;
      const page = parseListing(answer.text);
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

  /** 403/404: a miss. 5xx, 429, stalls and network errors: retried with backoff, then a miss with a warning. */
  private async fetchWithRetries(
    url: string,
    what: string,
    budget = new RetryBudget(this.policy, this.sleep),
    readText = false,
  ): Promise<{ response: Response; abort: () => void; text?: string } | undefined> {
    try {
      return await budget.run(async () => {
        const controller = new AbortController();
        const idle = this.policy.idleTimeoutMs;
        const timer = setTimeout(() => controller.abort(new StallError('no answer', idle)), idle);
        try {
          const response = await fetch(url, { signal: controller.signal });
          const abort = (): void => controller.abort(new StallError('the download stalled', idle));
          if (response.ok && readText && response.body) {
            clearTimeout(timer);
            const body = withIdleTimeout(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), idle, abort);
            return { response, abort, text: await text(body) };
          }
          if (response.ok) return { response, abort };
          await response.body?.cancel();
          if (response.status === 403 || response.status === 404) return undefined;
          throw new HttpStatusError(response.status);
        } finally {
          clearTimeout(timer);
        }
      }, (error) => (error instanceof HttpStatusError ? error.status >= 500 || error.status === 429 : isNetworkError(error)));
    } catch (error) {
      this.log.warn(`Could not ${what} from public storage (${errorMessage(error)})`, 'Treated as a miss.');
      return undefined;
    }
  }
}

class HttpStatusError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
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
      out.destroy(new StallError('the download', idleMs));
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
