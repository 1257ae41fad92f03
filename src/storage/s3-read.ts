import type { GetObjectCommandOutput, ListObjectsV2CommandOutput } from '@aws-sdk/client-s3';
import type { S3Handle } from './s3-sdk.ts';
import { Readable } from 'node:stream';
import { RetryBudget, type TransferPolicy } from '../util/retry.ts';
import { DownloadError, classifyS3Error } from './s3-errors.ts';
import { wrongSpan } from './ranges.ts';
import type { StoredObject } from './store.ts';

// The reads every S3-speaking tier makes the same way (the private bucket signed, public
// storage anonymous): each request under the transfer policy's budget.

export function transientS3(error: unknown): boolean {
  return classifyS3Error(error) === 'transient';
}

export function getObject({ sdk, client }: S3Handle, bucket: string, key: string, budget: RetryBudget): Promise<GetObjectCommandOutput> {
  return budget.run(() => client.send(new sdk.GetObjectCommand({ Bucket: bucket, Key: key })), transientS3);
}

export interface RangedObject {
  readonly body: Readable;
  readonly sizeBytes: number | undefined;
  readonly metadata: Record<string, string> | undefined;
}

/** What the SDK's ranged read holds in memory ahead of its reader (curl writes its parts to files). */
const SDK_AHEAD_BYTES = 64 * 1024 * 1024;

/**
 * An object as one stream, fetched the way real S3 is fast: the first part's answer tells the
 * size; the rest comes as ranged parts, `partsInFlight` at a time, pinned to the first
 * answer's ETag (an object replaced meanwhile fails the download) and handed on in order, the
 * part being read as its bytes arrive (never joined into one buffer). A part that breaks off
 * is asked again from the byte it reached, under a budget of its own. An object of one part
 * is just that answer.
 */
export async function getObjectRanged({ sdk, client }: S3Handle, bucket: string, key: string, budget: RetryBudget, policy: TransferPolicy, newBudget: () => RetryBudget): Promise<RangedObject> {
  const part = policy.partSizeBytes;
  const first = await budget.run(() => client.send(new sdk.GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${part - 1}` })), transientS3);
  const total = Number(/\/(\d+)$/.exec(first.ContentRange ?? '')?.[1] ?? Number.NaN);
  const firstBody = first.Body as Readable;
  // No Content-Range: the whole object (a 200). With one, it must be the span asked, or the parts after it would follow a gap.
  const firstWrong = first.ContentRange === undefined ? undefined : wrongSpan(0, part, first.ContentRange);
  if (firstWrong) {
    firstBody.destroy();
    throw new DownloadError(firstWrong);
  }
  if (!Number.isFinite(total) || total <= part) return { body: firstBody, sizeBytes: Number.isFinite(total) ? total : first.ContentLength, metadata: first.Metadata };
  // In flight: the part being handed on (streamed) and those after it, which wait in memory
  // for their turn: at most SDK_AHEAD_BYTES of them (none ahead for parts larger than that).
  const ahead = Math.max(1, Math.min(policy.partsInFlight, 1 + Math.floor(SDK_AHEAD_BYTES / part)));
  const fetchRange = async (startByte: number, endByte: number): Promise<Readable> => {
    const answer = await client.send(new sdk.GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=${startByte}-${endByte - 1}`, ...(first.ETag ? { IfMatch: first.ETag } : {}) }));
    // Handed on in order, bytes of another span (or the whole object) would land in the wrong place.
    const wrong = answer.ContentRange === undefined ? `asked for bytes ${startByte}-${endByte - 1}, the server answered with the whole object` : wrongSpan(startByte, endByte, answer.ContentRange);
    if (wrong) {
      (answer.Body as Readable | undefined)?.destroy();
      throw new DownloadError(wrong);
    }
    return answer.Body as Readable;
  };
  async function* parts(): AsyncGenerator<Buffer> {
    for await (const chunk of firstBody) yield chunk as Buffer;
    const count = Math.ceil(total / part);
    const started: PartFetch[] = [];
    try {
      for (let index = 1; index < count; index++) {
        for (let next = started.length + 1; next < count && next < index + ahead; next++) {
          started.push(new PartFetch(next * part, Math.min(total, (next + 1) * part), fetchRange, newBudget()));
        }
        const current = started[index - 1];
        if (current) yield* current.chunks();
      }
    } finally {
      for (const fetch of started) fetch.cancel();
    }
  }
  const body = Readable.from(parts(), { objectMode: false, highWaterMark: 1 << 20 });
  // Destroying the stream (a failed extraction) stops the generator, and with it the fetches.
  return { body, sizeBytes: total, metadata: first.Metadata };
}

/** One ranged part, read into memory as it arrives until its turn comes to be handed on. */
class PartFetch {
  private readonly received: Buffer[] = [];
  private receivedBytes = 0;
  private finished = false;
  private failure: unknown;
  private wake: (() => void) | undefined;
  private cancelled = false;

  constructor(
    private readonly startByte: number,
    private readonly endByte: number,
    fetchRange: (startByte: number, endByte: number) => Promise<Readable>,
    budget: RetryBudget,
  ) {
    budget
      .run(async () => {
        // Again after a break, from the byte reached: what was handed on already is not asked twice.
        const body = await fetchRange(this.startByte + this.receivedBytes, this.endByte);
        for await (const chunk of body) {
          if (this.cancelled) return body.destroy();
          this.received.push(chunk as Buffer);
          this.receivedBytes += (chunk as Buffer).length;
          this.notify();
        }
        if (this.startByte + this.receivedBytes !== this.endByte) throw new Error(`part ${this.startByte}-${this.endByte - 1} ended after ${this.receivedBytes} bytes`);
      }, transientS3)
      .then(() => (this.finished = true), (error: unknown) => (this.failure = error))
      .finally(() => this.notify());
  }

  async *chunks(): AsyncGenerator<Buffer> {
    for (;;) {
      const chunk = this.received.shift();
      if (chunk) {
        yield chunk;
        continue;
      }
      if (this.failure !== undefined) throw this.failure;
      if (this.finished) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  cancel(): void {
    this.cancelled = true;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}

/** Every object under `prefix`, page by page (1000 a page), each page with a budget of its own. */
export async function listObjects({ sdk, client }: S3Handle, bucket: string, prefix: string, budget: () => RetryBudget): Promise<StoredObject[]> {
  const found: StoredObject[] = [];
  let token: string | undefined;
  do {
    const page: ListObjectsV2CommandOutput = await budget().run(
      () => client.send(new sdk.ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: 1000, ContinuationToken: token })),
      transientS3,
    );
    for (const object of page.Contents ?? []) if (object.Key) found.push({ key: object.Key, sizeBytes: object.Size ?? 0, ...(object.LastModified ? { lastModified: object.LastModified } : {}) });
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return found;
}
