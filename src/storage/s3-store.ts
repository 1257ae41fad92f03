import { createReadStream } from 'node:fs';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, paginateListObjectsV2 } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import type { PrivateBucket } from '../config/options.ts';
import type { Logger } from '../log/logger.ts';
import { classifyS3Error, describeS3Error, fatalS3Error, rejectionRemedy } from './s3-errors.ts';
import { resolveS3Location, type S3Location } from './s3-location.ts';
import type { ObjectIntegrity, OpenedObject, Store, StoredObject } from './store.ts';
import type { UploadPermission } from './upload-permission.ts';

const PART_SIZE_BYTES = 16 * 1024 * 1024;
const PARTS_IN_FLIGHT = 4;
/** The SDK retries 5xx, throttling and dropped connections with exponential backoff; attempts in all. */
const MAX_ATTEMPTS = 4;

export const SHA256_METADATA = 'sha256';
/** A tiny object, overwritten by each write check; never listed as an archive. */
export const WRITE_CHECK_KEY = '.halcyon-write-check';
export const SIZE_METADATA = 'size-bytes';

/** The private bucket tier: S3 through the AWS SDK v3 (SigV4), for AWS and S3-compatible services. */
export class S3Store implements Store {
  readonly tier = 'private' as const;
  readonly title: string;
  private readonly client: S3Client;
  private readonly location: S3Location;

  constructor(
    private readonly config: PrivateBucket,
    private readonly permission: UploadPermission,
    private readonly log: Logger,
  ) {
    this.location = resolveS3Location(config.endpoint, config.region, config.pathStyle);
    this.title = `private bucket ${config.bucket}`;
    this.client = new S3Client({
      region: this.location.region,
      ...(this.location.endpoint ? { endpoint: this.location.endpoint } : {}),
      forcePathStyle: this.location.forcePathStyle,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      maxAttempts: MAX_ATTEMPTS,
      // Checksums only where S3 requires them: streamed uploads are then sent as plain bodies,
      // which every S3-compatible server stores correctly; integrity is checked end to end by sha256.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { connectionTimeout: 10_000, requestTimeout: 120_000 },
    });
    log.addSecret(config.secretAccessKey);
  }

  /** Keys this run could not upload: a one-off build must not claim the bucket has everything. */
  readonly failedUploads: string[] = [];

  get bucket(): string {
    return this.config.bucket;
  }

  async open(key: string): Promise<OpenedObject | undefined> {
    try {
      const response = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: key }));
      if (!(response.Body instanceof Readable)) return undefined;
      return { body: response.Body, sizeBytes: response.ContentLength, sha256: response.Metadata?.[SHA256_METADATA] };
    } catch (error) {
      return this.miss(error, `download ${key}`);
    }
  }

  /** True once the object is in the bucket; false when it is not (refused, or failed after retries). */
  async save(key: string, filePath: string, integrity: ObjectIntegrity): Promise<boolean> {
    if (!this.permission.allowed) return false;
    try {
      await new Upload({
        client: this.client,
        params: {
          Bucket: this.config.bucket,
          Key: key,
          Body: createReadStream(filePath, { highWaterMark: 1 << 20 }),
          ACL: this.config.acl,
          ContentType: key.endsWith('.constraints') ? 'text/plain' : 'application/zstd',
          Metadata: { [SHA256_METADATA]: integrity.sha256, [SIZE_METADATA]: String(integrity.sizeBytes) },
        },
        partSize: PART_SIZE_BYTES,
        queueSize: PARTS_IN_FLIGHT,
        leavePartsOnError: false,
      }).done();
      return true;
    } catch (error) {
      const failure = classifyS3Error(error);
      if (failure === 'fatal') throw fatalS3Error(error, this.config.bucket, this.location.region);
      this.failedUploads.push(key);
      if (failure === 'denied') this.permission.refuse(this.config.bucket, `the upload of ${key}`);
      else if (failure === 'rejected') this.log.warn(`${this.title} rejected the upload of ${key}: ${describeS3Error(error)}`, rejectionRemedy(error));
      else this.log.warn(`Uploading ${key} to ${this.title} failed after ${MAX_ATTEMPTS} attempts: ${describeS3Error(error)}`, 'The archive stays in the cache; run again to upload it.');
      return false;
    }
  }

  /**
   * Settles whether this run may write, with one small upload (refused, it puts the run in
   * read-only mode). Asked only before public storage would be read: until then, the first
   * real upload settles it.
   */
  async checkWriteAccess(): Promise<boolean> {
    if (!this.permission.allowed) return false;
    try {
      await this.client.send(new PutObjectCommand({ Bucket: this.config.bucket, Key: WRITE_CHECK_KEY, Body: 'halcyon write check\n', ACL: this.config.acl }));
      return true;
    } catch (error) {
      const failure = classifyS3Error(error);
      if (failure === 'fatal') throw fatalS3Error(error, this.config.bucket, this.location.region);
      if (failure === 'denied') this.permission.refuse(this.config.bucket, 'a write');
      else this.log.warn(`Could not check write access to ${this.title}: ${describeS3Error(error)}`, 'Public storage is not used in this run.');
      return false;
    }
  }

  async list(prefix: string): Promise<StoredObject[]> {
    const found: StoredObject[] = [];
    try {
      for await (const page of paginateListObjectsV2({ client: this.client, pageSize: 1000 }, { Bucket: this.config.bucket, Prefix: prefix })) {
        for (const object of page.Contents ?? []) {
          if (object.Key) found.push({ key: object.Key, sizeBytes: object.Size ?? 0 });
        }
      }
    } catch (error) {
      await this.miss(error, `list ${prefix}`);
      return [];
    }
    return found;
  }

  async remove(key: string): Promise<void> {
    if (!this.permission.allowed) return;
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: key }));
    } catch (error) {
      const failure = classifyS3Error(error);
      if (failure === 'fatal') throw fatalS3Error(error, this.config.bucket, this.location.region);
      if (failure === 'denied') this.permission.refuse(this.config.bucket, `the deletion of ${key}`);
      else this.log.warn(`Deleting ${key} from ${this.title} failed: ${describeS3Error(error)}`, 'It is cleaned on a later run.');
    }
  }

  /** 404 and 403 on a read are misses; retried-out transient failures are misses with a warning; misconfiguration stops the run. */
  private async miss(error: unknown, what: string): Promise<undefined> {
    const failure = classifyS3Error(error);
    if (failure === 'fatal') throw fatalS3Error(error, this.config.bucket, this.location.region);
    if (failure === 'transient') {
      this.log.warn(`Could not ${what} from ${this.title} after ${MAX_ATTEMPTS} attempts: ${describeS3Error(error)}`, 'Treated as a miss.');
    } else if (failure === 'rejected') {
      this.log.warn(`${this.title} rejected the request to ${what}: ${describeS3Error(error)}`, 'Treated as a miss.');
    }
    return undefined;
  }
}
