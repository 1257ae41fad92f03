import { createHash, createHmac } from 'node:crypto';
import type { S3Location } from './s3-location.ts';

// A presigned GET (SigV4, signed in its query) without the AWS SDK: loading the SDK's
// presigner (and the Smithy core under it) cost a download 15–25 ms of start-up, more than
// the signing. SigV4's query form is a fixed recipe; test/storage/presign.test.ts holds it to
// the SDK's own getSignedUrl, byte for byte, for each addressing style.

const ALGORITHM = 'AWS4-HMAC-SHA256';
const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function hmac(key: string | Buffer, text: string): Buffer {
  return createHmac('sha256', key).update(text, 'utf8').digest();
}

/** S3's encoding of a key in a path: every byte but unreserved ones and '/'. */
function encodeKey(key: string): string {
  return key
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/** Virtual-hosted where a bucket's name allows it (no dots, lower case), as the SDK addresses it. */
function dnsCompatible(bucket: string): boolean {
  return /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(bucket);
}

/** Where the object is: the URL the S3 client would send its GET to. */
export function objectUrl(location: S3Location, bucket: string, key: string): URL {
  const path = encodeKey(key);
  if (location.endpoint !== undefined) {
    const endpoint = new URL(location.endpoint);
    const base = endpoint.pathname.replace(/\/+$/, '');
    if (location.forcePathStyle || !dnsCompatible(bucket)) return new URL(`${endpoint.origin}${base}/${bucket}/${path}`);
    return new URL(`${endpoint.protocol}//${bucket}.${endpoint.host}${base}/${path}`);
  }
  const host = `s3.${location.region}.amazonaws.com`;
  if (location.forcePathStyle || !dnsCompatible(bucket)) return new URL(`https://${host}/${bucket}/${path}`);
  return new URL(`https://${bucket}.${host}/${path}`);
}

export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** A GET of the object, signed in its query for `expiresInSeconds` from `signingDate`. */
export async function presignGet(location: S3Location, bucket: string, key: string, credentials: Credentials, expiresInSeconds: number, signingDate = new Date()): Promise<string> {
  const url = objectUrl(location, bucket, key);
  // 20261129T120000Z, and its day.
  const amzDate = signingDate.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const scope = `${day}/${location.region}/s3/aws4_request`;
  const params: Record<string, string> = {
    'X-Amz-Algorithm': ALGORITHM,
    'X-Amz-Content-Sha256': UNSIGNED_PAYLOAD,
    'X-Amz-Credential': `${credentials.accessKeyId}/${scope}`,
    'X-Amz-Date': amzDate,
    'X-Amz-Expires': String(expiresInSeconds),
    'X-Amz-SignedHeaders': 'host',
    // As the SDK's GetObject does: a tag S3 ignores, signed like the rest.
    'x-id': 'GetObject',
  };
  const query = Object.entries(params)
    .map(([name, value]) => [rfc3986(name), rfc3986(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  // S3 signs the path as it is sent (already encoded), not encoded once more.
  const canonicalRequest = ['GET', url.pathname, query, `host:${url.host}`, '', 'host', UNSIGNED_PAYLOAD].join('\n');
  const stringToSign = [ALGORITHM, amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), location.region), 's3'), 'aws4_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
  return `${url.protocol}//${url.host}${url.pathname}?${query}&X-Amz-Signature=${signature}`;
}

function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
