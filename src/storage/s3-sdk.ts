import type { S3Client } from '@aws-sdk/client-s3';
import type { TransferPolicy } from '../util/retry.ts';

// The AWS SDK's S3 client, loaded when a run first needs it: a push that only downloads (by
// curl, from a presigned URL) never loads it, and loading it is a quarter of such a push.

export type S3Sdk = typeof import('@aws-sdk/client-s3');

/** The SDK's module and a client of it. */
export interface S3Handle {
  readonly sdk: S3Sdk;
  readonly client: S3Client;
}

/** The SDK would write its own warnings into the build log; the stores say what went wrong. */
export const SILENT_LOGGER = { trace: () => undefined, debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

let loading: Promise<S3Sdk> | undefined;

export function loadS3Sdk(): Promise<S3Sdk> {
  // Bundled, a CommonJS package's exports may come as the namespace's default.
  loading ??= import('@aws-sdk/client-s3').then((module) => ('S3Client' in module && typeof module.S3Client === 'function' ? module : (module as unknown as { default: S3Sdk }).default));
  return loading;
}

export interface ClientSettings {
  readonly region: string;
  readonly endpoint: string | undefined;
  readonly forcePathStyle: boolean;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  /** Anonymous: requests go out unsigned, as a browser would fetch them. */
  readonly unsigned?: boolean;
}

/** A client under the shared transfer policy: one attempt a request (RetryBudget retries), its timeouts, no SDK logging. */
export async function createS3Client(settings: ClientSettings, policy: TransferPolicy): Promise<S3Handle> {
  const sdk = await loadS3Sdk();
  const client = new sdk.S3Client({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
    ...(settings.unsigned ? { signer: { sign: async (request) => request } } : {}),
    // Retries follow the shared transfer policy (RetryBudget), not the SDK's own.
    maxAttempts: 1,
    // Checksums only where S3 requires them: uploads carry Content-MD5, which S3 checks.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // socketTimeout is the idle timeout: before the answer and within the body alike.
    requestHandler: { connectionTimeout: policy.connectTimeoutMs, socketTimeout: policy.idleTimeoutMs },
    // The SDK would write its own warnings into the build log; the stores say what went wrong.
    logger: SILENT_LOGGER,
  });
  return { sdk, client };
}
