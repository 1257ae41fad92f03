import path from 'node:path';
import { HalcyonError } from '../errors.ts';
import { formatBytes } from '../util/format.ts';
import { freeSpaceAt } from '../util/fs.ts';
import { isNetworkError } from '../util/retry.ts';

/** What an S3 failure means for the run. */
export type S3Failure = 'missing' | 'denied' | 'rejected' | 'transient' | 'download' | 'fatal';

/**
 * A download that failed on this side or came back unusable: curl could not write the file
 * (a full disk), or a server sent the whole object for a range. Not the request's fault and
 * not the network's: a miss with a warning that says so, never retried, never a stop.
 */
export class DownloadError extends Error {
  override readonly name = 'DownloadError';
}

/** Below this, a file system a write failed on is taken to be full (a failed write leaves less than one of curl's). */
const FULL_BELOW_BYTES = 16 * 1024 * 1024;

const PURGE_HINT = 'On Heroku, a build cache full of old layers is emptied with `heroku builds:cache:purge`.';

/**
 * A download's file has no room: this machine's disk, not the archive or the network. It
 * stops the run (a rebuild would fill the same disk) and names where room is needed: bytes,
 * or files (inodes). `neededBytes` and `freeBytes`: told before the first byte was written,
 * from the answer's size; else the free space is as the file system tells it now.
 */
export function noSpaceError(file: string, told: { neededBytes?: number; freeBytes?: number } = {}): HalcyonError {
  const dir = path.dirname(file);
  const space = freeSpaceAt(dir);
  if (told.neededBytes === undefined && space?.inodes === 0) {
    return new HalcyonError('storage/no-space', `No space left on the file system holding ${dir}: it has no free inodes (it holds as many files as it can)`, {
      remedy: `Remove files there (df -i ${dir} shows the inodes free), or write somewhere with room. ${PURGE_HINT}`,
    });
  }
  const freeBytes = told.freeBytes ?? space?.bytes;
  const need = told.neededBytes === undefined ? '' : `${formatBytes(told.neededBytes)} are needed and `;
  const free = freeBytes === undefined ? '' : `: ${need}${formatBytes(freeBytes)} ${freeBytes === 1 ? 'is' : 'are'} free`;
  return new HalcyonError('storage/no-space', `No space left on the file system holding ${dir}${free}`, {
    remedy: `Free space there (df -h ${dir} shows what is free), or write somewhere with room. ${PURGE_HINT}`,
  });
}

/** A write of the download's file that failed: a full file system says so; else the tool's own words, a miss. */
export function writeFailure(file: string, detail: string, cause?: unknown): Error {
  const space = freeSpaceAt(path.dirname(file));
  if (space !== undefined && (space.bytes < FULL_BELOW_BYTES || space.inodes === 0)) return noSpaceError(file);
  return new DownloadError(detail, cause === undefined ? undefined : { cause });
}

interface ErrorShape {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly message?: unknown;
  readonly $metadata?: { readonly httpStatusCode?: unknown };
}

function shape(error: unknown): { name: string; status: number | undefined; message: string } {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorShape;
  const status = e.$metadata?.httpStatusCode;
  return {
    name: typeof e.name === 'string' ? e.name : typeof e.code === 'string' ? e.code : '',
    status: typeof status === 'number' ? status : undefined,
    message: typeof e.message === 'string' ? e.message : String(error),
  };
}

const ENDPOINT_ERRORS = new Set(['PermanentRedirect', 'AuthorizationHeaderMalformed', 'IllegalLocationConstraintException', 'Redirect', 'TemporaryRedirect']);
const CREDENTIAL_ERRORS: Record<string, string> = {
  InvalidAccessKeyId: 'HALCYON_AWS_ACCESS_KEY_ID',
  SignatureDoesNotMatch: 'HALCYON_AWS_SECRET_ACCESS_KEY',
};

export function classifyS3Error(error: unknown): S3Failure {
  if (error instanceof DownloadError) return 'download';
  const { name, status } = shape(error);
  // No answer and no network failure: the request could not even be made (a bad bucket name, a key id with a newline).
  if (status === undefined && !isNetworkError(error)) return 'fatal';
  if (ENDPOINT_ERRORS.has(name) || (status !== undefined && status >= 300 && status < 400)) return 'fatal';
  if (name in CREDENTIAL_ERRORS || name === 'NoSuchBucket') return 'fatal';
  if (name === 'NoSuchKey' || name === 'NotFound' || status === 404) return 'missing';
  if (name === 'AccessDenied' || status === 403) return 'denied';
  // Another 4xx will not succeed on a retry (a bad request, an ACL the bucket refuses).
  if (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429) return 'rejected';
  return 'transient';
}

/** The stop-the-run errors, each naming the variable to fix. */
export function fatalS3Error(error: unknown, bucket: string, region: string): HalcyonError {
  const { name, status, message } = shape(error);
  const credential = CREDENTIAL_ERRORS[name];
  if (credential) {
    return new HalcyonError(name === 'InvalidAccessKeyId' ? 'storage/s3/invalid-access-key-id' : 'storage/s3/signature-does-not-match', `The private bucket ${bucket} refused the credentials (${name})`, {
      remedy: `Check ${credential}: heroku config:set ${credential}=... (or export it off Heroku).`,
    });
  }
  if (name === 'NoSuchBucket') {
    return new HalcyonError('storage/s3/no-such-bucket', `The private bucket ${bucket} does not exist`, {
      remedy: 'Check HALCYON_S3_BUCKET (and HALCYON_S3_ENDPOINT for an S3-compatible service).',
    });
  }
  if (status === undefined) {
    return new HalcyonError('config/s3-request', `A request to the private bucket ${bucket} could not be made: ${name ? `${name}: ` : ''}${message}`, {
      remedy: 'Check HALCYON_S3_ENDPOINT (its scheme too: http:// for a server without TLS), and HALCYON_S3_BUCKET and HALCYON_AWS_ACCESS_KEY_ID for stray characters (spaces, newlines, slashes).',
    });
  }
  return new HalcyonError('storage/s3/wrong-region-or-endpoint', `The private bucket ${bucket} is not in region ${region}, or not at that endpoint (${name || `HTTP ${status ?? '?'}`}: ${message})`, {
    remedy: 'Set HALCYON_S3_REGION to the bucket\'s region (e.g. eu-central-1), or HALCYON_S3_ENDPOINT to its endpoint.',
  });
}

/** What to do about a rejected request, where S3 says something specific. */
export function rejectionRemedy(error: unknown): string {
  const { name } = shape(error);
  if (name === 'AccessControlListNotSupported' || name === 'InvalidArgument') {
    return 'The bucket does not accept ACLs (Object Ownership: bucket owner enforced): set HALCYON_S3_ACL=private.';
  }
  return 'Check the bucket\'s settings and HALCYON_S3_ENDPOINT; the archive stays in the cache.';
}

export function describeS3Error(error: unknown): string {
  const { name, status, message } = shape(error);
  return [name, status !== undefined ? `HTTP ${status}` : '', message].filter(Boolean).join(': ');
}
