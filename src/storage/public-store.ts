import { Readable } from 'node:stream';
import { HalcyonError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import { DEFAULT_TRANSFER_POLICY, RetryBudget, realSleep, type Sleep, type TransferPolicy } from '../util/retry.ts';
import { classifyS3Error, describeS3Error } from './s3-errors.ts';
import { getObject, listObjects } from './s3-read.ts';
import { createS3Client, type S3Handle } from './s3-sdk.ts';
import { downloadIntoFile } from './curl-download.ts';
import type { DownloadedObject, DownloadOptions, OpenedObject, OpenOptions, Store, StoredObject } from './store.ts';

/** Where a public bucket is, from its URL. */
export interface PublicLocation {
  readonly bucket: string;
  /** undefined: AWS itself, in `region`. */
  readonly endpoint: string | undefined;
  readonly region: string;
  readonly forcePathStyle: boolean;
}

const AWS_VIRTUAL_HOST = /^(.+)\.s3(?:[.-](?:dualstack\.)?([a-z]{2}(?:-gov)?-[a-z]+-\d))?\.amazonaws\.com$/;
const AWS_PATH_HOST = /^s3(?:[.-](?:dualstack\.)?([a-z]{2}(?:-gov)?-[a-z]+-\d))?\.amazonaws\.com$/;

/**
 * `https://BUCKET.s3.amazonaws.com` (or a regional host) is an AWS bucket; any other URL is
 * `ENDPOINT/BUCKET`, addressed path-style (an S3-compatible service).
 */
export function publicLocation(url: string): PublicLocation {
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase();
  const firstSegment = parsed.pathname.split('/').find((segment) => segment !== '');
  const virtual = AWS_VIRTUAL_HOST.exec(host);
  if (virtual?.[1] && !AWS_PATH_HOST.test(host)) return { bucket: virtual[1], endpoint: undefined, region: virtual[2] ?? 'us-east-1', forcePathStyle: false };
  if (!firstSegment) {
    throw new HalcyonError('config/public-url-without-bucket', `HALCYON_PUBLIC_STORAGE_URL is set to "${url}", which names no bucket`, {
      remedy: 'Set it to https://BUCKET.s3.amazonaws.com (AWS), or to ENDPOINT/BUCKET for an S3-compatible service.',
    });
  }
  const aws = AWS_PATH_HOST.exec(host);
  if (aws) return { bucket: firstSegment, endpoint: undefined, region: aws[1] ?? 'us-east-1', forcePathStyle: true };
  return { bucket: firstSegment, endpoint: parsed.origin, region: 'us-east-1', forcePathStyle: true };
}

/**
 * Public storage: a bucket read anonymously through the S3 API (the SDK with requests left
 * unsigned), GetObject and the ListObjectsV2 paginator, under the shared transfer policy. It
 * is never written to, and every failure is a miss: public storage never stops a run.
 */
export class PublicStore implements Store {
  readonly tier = 'public' as const;
  readonly title = 'public storage';
  private handle: Promise<S3Handle> | undefined;
  private readonly location: PublicLocation;

  constructor(
    private readonly baseUrl: string,
    private readonly log: Logger,
    private readonly policy: TransferPolicy = DEFAULT_TRANSFER_POLICY,
    private readonly sleep: Sleep = realSleep,
  ) {
    this.location = publicLocation(baseUrl);
  }

  /** The SDK's client, anonymous, made (and the SDK loaded) at the first request that needs it. */
  private s3(): Promise<S3Handle> {
    this.handle ??= createS3Client({ ...this.location, credentials: { accessKeyId: 'anonymous', secretAccessKey: 'anonymous' }, unsigned: true }, this.policy);
    return this.handle;
  }

  async open(key: string, options: OpenOptions = {}): Promise<OpenedObject | undefined> {
    try {
      const response = await getObject(await this.s3(), this.location.bucket, key, options.budget ?? new RetryBudget(this.policy, this.sleep));
      if (!(response.Body instanceof Readable)) return undefined;
      return { body: response.Body, sizeBytes: response.ContentLength, sha256: response.Metadata?.sha256 };
    } catch (error) {
      return this.miss(error, `download ${key}`);
    }
  }

  /** By curl from the object's public URL (the SDK's stream where curl is missing or the answer is an error). */
  async download(key: string, file: string, options: DownloadOptions = {}): Promise<DownloadedObject | undefined> {
    const budget = options.budget ?? new RetryBudget(this.policy, this.sleep);
    const source = { key, title: this.title, log: this.log, url: async () => objectUrl(this.baseUrl, key), open: (shared: RetryBudget) => this.open(key, { budget: shared }) };
    try {
      return await downloadIntoFile(source, file, this.policy, budget, options);
    } catch (error) {
      return this.miss(error, `download ${key}`);
    }
  }

  async list(prefix: string): Promise<StoredObject[]> {
    try {
      return await listObjects(await this.s3(), this.location.bucket, prefix, () => new RetryBudget(this.policy, this.sleep));
    } catch (error) {
      this.miss(error, `list ${prefix}`);
      return [];
    }
  }

  async save(): Promise<boolean> {
    throw new Error('internal: public storage is read-only');
  }

  async remove(): Promise<void> {
    throw new Error('internal: public storage is read-only');
  }

  /** Not there (404) or not public (403): a quiet miss. Anything else from the server: a miss with a warning. */
  private miss(error: unknown, what: string): undefined {
    // This machine's own failure (its disk full): a miss would only move it to the rebuild.
    if (error instanceof HalcyonError) throw error;
    const failure = classifyS3Error(error);
    if (failure !== 'missing' && failure !== 'denied') {
      this.log.warn(`Could not ${what} from public storage (${describeS3Error(error)}${failure === 'transient' ? `, after ${this.policy.attempts} attempts` : ''})`, 'Treated as a miss.');
    }
    return undefined;
  }
}

/** A key under the public storage URL, each segment percent-encoded. */
function objectUrl(baseUrl: string, key: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${key.split('/').map(encodeURIComponent).join('/')}`;
}
