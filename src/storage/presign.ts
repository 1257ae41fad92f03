import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { S3RequestPresigner } from '@aws-sdk/s3-request-presigner';
import type { S3Location } from './s3-location.ts';

// A presigned GET (SigV4, query-signed) without the S3 client: the SDK's own S3 presigner,
// given the request the client would make. curl fetches it; the client stays unloaded.

type SourceData = string | ArrayBuffer | ArrayBufferView;

/** The SDK's checksum contract over node:crypto (sha256, or HMAC-sha256 with a secret). */
class NodeSha256 {
  private readonly hash: Hash | Hmac;

  constructor(secret?: SourceData) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }

  update(data: SourceData): void {
    this.hash.update(bytes(data));
  }

  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
}

function bytes(data: SourceData): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
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
  const presigner = new S3RequestPresigner({ credentials: { ...credentials }, region: location.region, sha256: NodeSha256 });
  const signed = await presigner.presign(
    {
      method: 'GET',
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port ? { port: Number(url.port) } : {}),
      path: url.pathname,
      // As the SDK's GetObject does: a tag S3 ignores, signed like the rest.
      query: { 'x-id': 'GetObject' },
      headers: { host: url.host },
    },
    { expiresIn: expiresInSeconds, signingDate },
  );
  const query = Object.entries(signed.query ?? {})
    .flatMap(([name, value]) => (Array.isArray(value) ? value.map((v: string) => [name, v]) : value === null ? [] : [[name, value]]))
    .map(([name, value]) => `${rfc3986(name ?? '')}=${rfc3986(value ?? '')}`)
    .join('&');
  return `${url.protocol}//${url.host}${url.pathname}?${query}`;
}

function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
