import { GetObjectCommand, ListObjectsV2Command, type GetObjectCommandOutput, type ListObjectsV2CommandOutput, type S3Client } from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import { RetryBudget, type TransferPolicy } from '../util/retry.ts';
import { classifyS3Error } from './s3-errors.ts';
import type { StoredObject } from './store.ts';

// The reads every S3-speaking tier makes the same way (the private bucket signed, public
// storage anonymous): each request under the transfer policy's budget.

export function transientS3(error: unknown): boolean {
  return classifyS3Error(error) === 'transient';
}

export function getObject(client: S3Client, bucket: string, key: string, budget: RetryBudget): Promise<GetObjectCommandOutput> {
  return budget.run(() => client.send(new GetObjectCommand({ Bucket: bucket, Key: key })), transientS3);
}

export interface RangedObject {
  readonly body: Readable;
  readonly sizeBytes: number | undefined;
  readonly metadata: Record<string, string> | undefined;
}

/**
 * An object as one stream, fetched the way real S3 is fast: the first part's answer tells the
 * size; the rest comes as ranged parts, `partsInFlight` at a time, each retried on its own
 * (a new budget each), pinned to the first answer's ETag (an object replaced meanwhile fails
 * the download), and handed on in order. An object of one part is just that answer.
 */
export async function getObjectRanged(client: S3Client, bucket: string, key: string, budget: RetryBudget, policy: TransferPolicy, newBudget: () => RetryBudget): Promise<RangedObject> {
  const part = policy.partSizeBytes;
  const first = await budget.run(() => client.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${part - 1}` })), transientS3);
  const total = Number(/\/(\d+)$/.exec(first.ContentRange ?? '')?.[1] ?? Number.NaN);
  const firstBody = first.Body as Readable;
  if (!Number.isFinite(total) || total <= part) return { body: firstBody, sizeBytes: Number.isFinite(total) ? total : first.ContentLength, metadata: first.Metadata };
  const etag = first.ETag;
  const fetchPart = (index: number): Promise<Buffer> =>
    newBudget().run(async () => {
      const start = index * part;
      const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=${start}-${Math.min(total, start + part) - 1}`, ...(etag ? { IfMatch: etag } : {}) }));
      const chunks: Buffer[] = [];
      for await (const chunk of answer.Body as Readable) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    }, transientS3);
  async function* parts(): AsyncGenerator<Buffer> {
    for await (const chunk of firstBody) yield chunk as Buffer;
    const count = Math.ceil(total / part);
    const inFlight = new Map<number, Promise<Buffer>>();
    let next = 1;
    for (let index = 1; index < count; index++) {
      while (next < count && next < index + policy.partsInFlight) {
        const fetching = fetchPart(next);
        fetching.catch(() => undefined);
        inFlight.set(next, fetching);
        next += 1;
      }
      const buffer = await (inFlight.get(index) ?? fetchPart(index));
      inFlight.delete(index);
      yield buffer;
    }
  }
  const body = Readable.from(parts(), { objectMode: false, highWaterMark: 1 << 20 });
  // Destroying the stream (a failed extraction) stops the generator, and with it the fetches.
  return { body, sizeBytes: total, metadata: first.Metadata };
}

/** Every object under `prefix`, page by page (1000 a page), each page with a budget of its own. */
export async function listObjects(client: S3Client, bucket: string, prefix: string, budget: () => RetryBudget): Promise<StoredObject[]> {
  const found: StoredObject[] = [];
  let token: string | undefined;
  do {
    const page: ListObjectsV2CommandOutput = await budget().run(
      () => client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: 1000, ContinuationToken: token })),
      transientS3,
    );
    for (const object of page.Contents ?? []) if (object.Key) found.push({ key: object.Key, sizeBytes: object.Size ?? 0 });
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return found;
}

/** The SDK would write its own warnings into the build log; the stores say what went wrong. */
export const SILENT_LOGGER = { trace: () => undefined, debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
