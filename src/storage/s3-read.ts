import { GetObjectCommand, ListObjectsV2Command, type GetObjectCommandOutput, type ListObjectsV2CommandOutput, type S3Client } from '@aws-sdk/client-s3';
import { RetryBudget } from '../util/retry.ts';
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
