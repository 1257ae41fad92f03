import { createReadStream } from 'node:fs';
import { downloadIntoFile } from './curl-download.ts';
import { Readable, Transform } from 'node:stream';
import type { PrivateBucket } from '../config/options.ts';
import type { Logger } from '../log/logger.ts';
import { RetryBudget, realSleep, type Sleep, type TransferPolicy } from '../util/retry.ts';
import { classifyS3Error, describeS3Error, fatalS3Error, rejectionRemedy } from './s3-errors.ts';
import { HalcyonError, errorMessage } from '../errors.ts';
import { resolveS3Location, type S3Location } from './s3-location.ts';
import { getObjectRanged, listObjects, transientS3 } from './s3-read.ts';
import { createS3Client, type S3Handle } from './s3-sdk.ts';
import { presignGet } from './presign.ts';
import type { DownloadedObject, DownloadOptions, ObjectIntegrity, OpenedObject, OpenOptions, PrivateStore, StoredObject } from './store.ts';
import type { UploadPermission } from './upload-permission.ts';

/** One PutObject carries an object up to 5 GiB; only bigger ones need a multipart upload. */
const SINGLE_PUT_LIMIT_BYTES = 5 * 1024 ** 3;
const PART_SIZE_BYTES = 64 * 1024 * 1024;

export const SHA256_METADATA = 'sha256';
/** A tiny object, overwritten by each write check; never listed as an archive. */
export const WRITE_CHECK_KEY = '.halcyon-write-check';
export const SIZE_METADATA = 'size-bytes';
/** A presigned download stays valid this long: for every attempt of one download. */
const PRESIGNED_SECONDS = 3600;

/** What the bucket holds under a key is not what was sent: the upload is a failure. */
class UploadMismatchError extends Error {
  override readonly name = 'UploadMismatchError';
}

/** The private bucket tier: S3 through the AWS SDK v3 (SigV4), for AWS and S3-compatible services. */
export class S3Store implements PrivateStore {
  readonly tier = 'private' as const;
  readonly title: string;
  private handle: Promise<S3Handle> | undefined;
  private readonly location: S3Location;

  constructor(
    private readonly config: PrivateBucket,
    private readonly permission: UploadPermission,
    private readonly log: Logger,
    private readonly policy: TransferPolicy,
    private readonly sleep: Sleep = realSleep,
  ) {
    this.location = resolveS3Location(config.endpoint, config.region, config.pathStyle);
    this.title = `private bucket ${config.bucket}`;
    log.addSecret(config.secretAccessKey);
  }

  /** The SDK's client, made (and the SDK loaded) at the first request that needs it. */
  private s3(): Promise<S3Handle> {
    const { accessKeyId, secretAccessKey } = this.config;
    this.handle ??= createS3Client({ ...this.location, credentials: { accessKeyId, secretAccessKey } }, this.policy);
    return this.handle;
  }

  /** Keys this run could not upload: a one-off build must not claim the bucket has everything. */
  readonly failedUploads: string[] = [];

  readonly unreadKeys: { key: string; reason: string }[] = [];

  get bucket(): string {
    return this.config.bucket;
  }

  async open(key: string, options: OpenOptions = {}): Promise<OpenedObject | undefined> {
    try {
      const budget = options.budget ?? new RetryBudget(this.policy, this.sleep);
      const object = await getObjectRanged(await this.s3(), this.config.bucket, key, budget, this.policy, () => new RetryBudget(this.policy, this.sleep));
      if (!(object.body instanceof Readable)) return undefined;
      return { body: object.body, sizeBytes: object.sizeBytes, sha256: object.metadata?.[SHA256_METADATA] };
    } catch (error) {
      return this.miss(error, `download ${key}`, key);
    }
  }

  /**
   * With curl on PATH, from a presigned URL, socket to file inside curl; an answer of 400 or
   * more is asked again through the SDK, which says what it means (a miss, a refusal). Without
   * curl, the SDK's ranged stream into the file.
   */
  async download(key: string, file: string, options: DownloadOptions = {}): Promise<DownloadedObject | undefined> {
    const budget = options.budget ?? new RetryBudget(this.policy, this.sleep);
    const source = {
      key,
      title: this.title,
      log: this.log,
      url: () => presignGet(this.location, this.config.bucket, key, this.config, PRESIGNED_SECONDS),
      open: (shared: RetryBudget) => this.open(key, { budget: shared }),
    };
    try {
      const got = await downloadIntoFile(source, file, this.policy, budget, options);
      this.bucketFound ||= got !== undefined || (await this.confirmBucket(key));
      return got;
    } catch (error) {
      return this.miss(error, `download ${key}`, key);
    }
  }

  /** Set once an answer showed the bucket exists. */
  private bucketFound = false;

  /**
   * curl's 404 does not tell a missing key from a missing bucket: a miss is asked again
   * through the SDK, whose error says which (a missing bucket stops the run, naming
   * HALCYON_S3_BUCKET), until an answer proves the bucket is there: later misses are the keys'.
   */
  private async confirmBucket(key: string): Promise<boolean> {
    const budget = new RetryBudget(this.policy, this.sleep);
    try {
      const opened = await getObjectRanged(await this.s3(), this.config.bucket, key, budget, this.policy, () => new RetryBudget(this.policy, this.sleep));
      // There after all (put meanwhile): still this run's miss; a later run finds it.
      if (opened.body instanceof Readable) opened.body.destroy();
      return true;
    } catch (error) {
      const failure = classifyS3Error(error);
      if (failure === 'fatal') throw error;
      // No such key, or none this key may read: either way the bucket answered for itself.
      return failure === 'missing' || failure === 'denied';
    }
  }

  /**
   * True once the object is in the bucket, checked: S3 checks the sha256 sent with the upload
   * (x-amz-checksum-sha256) on arrival, and the store reads back the object's size (and its
   * sha256, where the service keeps it). A mismatch is a failed upload, and the object is
   * removed rather than left looking complete.
   */
  async save(key: string, filePath: string, integrity: ObjectIntegrity, onProgress?: (sentBytes: number) => void): Promise<boolean> {
    if (!this.permission.allowed) return false;
    try {
      if (integrity.sizeBytes > SINGLE_PUT_LIMIT_BYTES) await this.uploadMultipart(key, filePath, integrity, onProgress);
      else await this.putFile(key, filePath, integrity, onProgress);
      await this.verifyUpload(key, integrity);
      return true;
    } catch (error) {
      this.failedUploads.push(key);
      if (error instanceof UploadMismatchError) {
        this.log.warn(`Uploading ${key} to ${this.title} failed: ${error.message}`, 'The object was removed; the archive stays in the cache; run again to upload it.');
        await this.remove(key);
        return false;
      }
      const failure = classifyS3Error(error);
      if (failure === 'fatal') throw fatalS3Error(error, this.config.bucket, this.location.region);
      if (failure === 'denied') this.permission.refuse(this.config.bucket, `the upload of ${key}`);
      else if (failure === 'rejected') this.log.warn(`${this.title} rejected the upload of ${key}: ${describeS3Error(error)}`, rejectionRemedy(error));
      else this.log.warn(`Uploading ${key} to ${this.title} failed after ${this.policy.attempts} attempts: ${describeS3Error(error)}`, 'The archive stays in the cache; run again to upload it.');
      return false;
    }
  }

  /** One PutObject from the file, a fresh read of it for every attempt. */
  private async putFile(key: string, filePath: string, integrity: ObjectIntegrity, onProgress: ((sentBytes: number) => void) | undefined): Promise<void> {
    const { sdk, client } = await this.s3();
    await new RetryBudget(this.policy, this.sleep).run(
      () =>
        client.send(
          new sdk.PutObjectCommand({
            ...this.objectParams(key, integrity),
            Body: countedRead(filePath, onProgress),
            ContentLength: integrity.sizeBytes,
            ChecksumSHA256: Buffer.from(integrity.sha256, 'hex').toString('base64'),
          }),
        ),
      transient,
    );
  }

  private async uploadMultipart(key: string, filePath: string, integrity: ObjectIntegrity, onProgress: ((sentBytes: number) => void) | undefined): Promise<string | undefined> {
    const { client } = await this.s3();
    const storage = await import('@aws-sdk/lib-storage');
    const { Upload } = 'Upload' in storage && typeof storage.Upload === 'function' ? storage : (storage as unknown as { default: typeof storage }).default;
    const upload = new Upload({
      client,
      params: { ...this.objectParams(key, integrity), Body: createReadStream(filePath, { highWaterMark: 1 << 20 }) },
      partSize: PART_SIZE_BYTES,
      queueSize: 2,
      leavePartsOnError: false,
    });
    if (onProgress) upload.on('httpUploadProgress', (progress) => onProgress(progress.loaded ?? 0));
    return (await upload.done()).ETag;
  }

  private objectParams(key: string, integrity: ObjectIntegrity): { Bucket: string; Key: string; ACL: PrivateBucket['acl']; ContentType: string; Metadata: Record<string, string> } {
    return {
      Bucket: this.config.bucket,
      Key: key,
      ACL: this.config.acl,
      ContentType: key.endsWith('.constraints') ? 'text/plain' : 'application/zstd',
      Metadata: { [SHA256_METADATA]: integrity.sha256, [SIZE_METADATA]: String(integrity.sizeBytes) },
    };
  }

  /** What the bucket holds under the key, read back: its size, and its sha256 where the service keeps one. */
  private async verifyUpload(key: string, integrity: ObjectIntegrity): Promise<void> {
    const { sdk, client } = await this.s3();
    const head = await new RetryBudget(this.policy, this.sleep).run(() => client.send(new sdk.HeadObjectCommand({ Bucket: this.config.bucket, Key: key, ChecksumMode: 'ENABLED' })), transient);
    if (head.ContentLength !== integrity.sizeBytes) {
      throw new UploadMismatchError(`the bucket holds ${head.ContentLength ?? 'no'} bytes under it, not the ${integrity.sizeBytes} sent`);
    }
    const stored = head.ChecksumSHA256 && !head.ChecksumSHA256.includes('-') ? Buffer.from(head.ChecksumSHA256, 'base64').toString('hex') : undefined;
    if (stored !== undefined && stored !== integrity.sha256) throw new UploadMismatchError(`the bucket stored other bytes than were sent (sha256 ${stored}, sent ${integrity.sha256})`);
  }

  /**
   * Settles whether this run may write, with one small upload (refused, it puts the run in
   * read-only mode). Asked only before public storage would be read: until then, the first
   * real upload settles it.
   */
  async checkWriteAccess(consequence?: string): Promise<boolean> {
    if (!this.permission.allowed) return false;
    if (this.mayWrite) return true;
    try {
      const { sdk, client } = await this.s3();
      await new RetryBudget(this.policy, this.sleep).run(
        () => client.send(new sdk.PutObjectCommand({ Bucket: this.config.bucket, Key: WRITE_CHECK_KEY, Body: 'halcyon write check\n', ACL: this.config.acl })),
        transient,
      );
      this.mayWrite = true;
      return true;
    } catch (error) {
      const failure = classifyS3Error(error);
      if (failure === 'fatal') throw fatalS3Error(error, this.config.bucket, this.location.region);
      if (failure === 'denied') this.permission.refuse(this.config.bucket, 'a write', consequence === undefined);
      else this.log.warn(`Could not check write access to ${this.title}: ${describeS3Error(error)}`, consequence ?? 'Public storage is not used in this run.');
      return false;
    }
  }

  /** A write check succeeded: asked once a run. */
  private mayWrite = false;

  async list(prefix: string): Promise<StoredObject[]> {
    try {
      return await listObjects(await this.s3(), this.config.bucket, prefix, () => new RetryBudget(this.policy, this.sleep));
    } catch (error) {
      await this.miss(error, `list ${prefix}`);
      return [];
    }
  }

  async remove(key: string): Promise<void> {
    if (!this.permission.allowed) return;
    try {
      const { sdk, client } = await this.s3();
      await new RetryBudget(this.policy, this.sleep).run(() => client.send(new sdk.DeleteObjectCommand({ Bucket: this.config.bucket, Key: key })), transient);
    } catch (error) {
      const failure = classifyS3Error(error);
      if (failure === 'fatal') throw fatalS3Error(error, this.config.bucket, this.location.region);
      if (failure === 'denied') this.permission.refuse(this.config.bucket, `the deletion of ${key}`);
      else this.log.warn(`Deleting ${key} from ${this.title} failed: ${describeS3Error(error)}`, 'It is cleaned on a later run.');
    }
  }

  /** 404 and 403 on a read are misses; retried-out transient failures are misses with a warning; misconfiguration stops the run. */
  private async miss(error: unknown, what: string, key?: string): Promise<undefined> {
    // Already decided by the SDK's attempt inside this one (a download asked again through open): said once, as it was.
    if (error instanceof HalcyonError) throw error;
    const failure = classifyS3Error(error);
    if (failure === 'fatal') throw fatalS3Error(error, this.config.bucket, this.location.region);
    if (failure === 'transient') {
      if (key !== undefined) this.unreadKeys.push({ key, reason: describeS3Error(error) });
      this.log.warn(`Could not ${what} from ${this.title} after ${this.policy.attempts} attempts: ${describeS3Error(error)}`, 'Treated as a miss.');
    } else if (failure === 'download') {
      this.log.warn(`Could not ${what} from ${this.title}: ${errorMessage(error)}`, 'Treated as a miss.');
    } else if (failure === 'rejected') {
      this.log.warn(`${this.title} rejected the request to ${what}: ${describeS3Error(error)}`, 'Treated as a miss.');
    }
    return undefined;
  }
}

const transient = transientS3;

/** The file as a stream; with onProgress, through a counter that tells the bytes read (so, sent) so far. */
function countedRead(filePath: string, onProgress: ((sentBytes: number) => void) | undefined): Readable {
  const file = createReadStream(filePath, { highWaterMark: 1 << 20 });
  if (!onProgress) return file;
  let sent = 0;
  const counter = new Transform({
    highWaterMark: 1 << 20,
    transform(chunk: Buffer, _encoding, callback) {
      onProgress((sent += chunk.length));
      callback(null, chunk);
    },
  });
  file.on('error', (error) => counter.destroy(error));
  return file.pipe(counter);
}
