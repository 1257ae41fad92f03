// Presigned GETs (the private bucket's downloads by curl): addressed as the S3 client would
// address the object, and accepted by a real S3 server, which checks the signature.
import assert from 'node:assert/strict';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { Logger, memorySink } from '../../src/log/logger.ts';
import { objectUrl, presignGet } from '../../src/storage/presign.ts';
import { resolveS3Location } from '../../src/storage/s3-location.ts';
import { S3Store } from '../../src/storage/s3-store.ts';
import { UploadPermission } from '../../src/storage/upload-permission.ts';
import { DEFAULT_TRANSFER_POLICY } from '../../src/util/retry.ts';
import { tempDir } from '../helpers/heroku.ts';
import { startS3Server, type S3Server } from '../helpers/s3-server.ts';

const BUCKET = 'presign-bucket';
const KEY = 'linux/ghc-9.8.4/a b+c=d/ünï(1).tar.zst';
let server: S3Server;
let payload: Buffer;

before(async () => {
  server = await startS3Server({ buckets: [BUCKET] });
  payload = randomBytes(300 * 1024);
  const client = new S3Client(server.clientConfig());
  await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: KEY, Body: payload, Metadata: { sha256: 'recorded' } }));
  client.destroy();
});
after(() => server.stop());

test('the object URL is where the S3 client sends its GET: virtual-hosted on AWS where the name allows, path-style otherwise', () => {
  const aws = resolveS3Location(undefined, 'eu-central-1', undefined);
  assert.equal(objectUrl(aws, 'my-bucket', 'p/a b.tar.zst').href, 'https://my-bucket.s3.eu-central-1.amazonaws.com/p/a%20b.tar.zst');
  assert.equal(objectUrl(aws, 'my.bucket', 'k').href, 'https://s3.eu-central-1.amazonaws.com/my.bucket/k');
  assert.equal(objectUrl(resolveS3Location(undefined, undefined, true), 'my-bucket', 'k').href, 'https://s3.us-east-1.amazonaws.com/my-bucket/k');
  assert.equal(objectUrl(resolveS3Location('http://127.0.0.1:9000', undefined, undefined), 'b', "x/it's+(1)*.zst").href, 'http://127.0.0.1:9000/b/x/it%27s%2B%281%29%2A.zst');
  assert.equal(objectUrl(resolveS3Location('https://minio.example:9000', undefined, false), 'bucket', 'k').href, 'https://bucket.minio.example:9000/k');
});

test('a presigned GET is the very URL the SDK presigns for the same object, time and key (s3rver does not check signatures; this does)', async () => {
  const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner');
  const { GetObjectCommand } = await import('@aws-sdk/client-s3');
  const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
  const signingDate = new Date('2026-11-29T12:00:00Z');
  const cases = [
    { endpoint: undefined, region: 'eu-central-1', pathStyle: undefined, bucket: 'my-bucket' },
    { endpoint: undefined, region: 'us-east-1', pathStyle: undefined, bucket: 'my.dotted.bucket' },
    { endpoint: undefined, region: 'ap-southeast-2', pathStyle: true, bucket: 'my-bucket' },
    { endpoint: 'http://127.0.0.1:9000', region: undefined, pathStyle: undefined, bucket: 'local' },
  ];
  for (const c of cases) {
    const location = resolveS3Location(c.endpoint, c.region, c.pathStyle);
    const client = new S3Client({ region: location.region, ...(location.endpoint ? { endpoint: location.endpoint } : {}), forcePathStyle: location.forcePathStyle, credentials, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
    for (const key of [KEY, 'plain/key.tar.zst', "x/it's (1)*~.zst"]) {
      const ours = await presignGet(location, c.bucket, key, credentials, 3600, signingDate);
      const sdk = await getSignedUrl(client, new GetObjectCommand({ Bucket: c.bucket, Key: key }), { expiresIn: 3600, signingDate });
      const normal = (url: string): string => {
        const parsed = new URL(url);
        parsed.searchParams.sort();
        return parsed.href;
      };
      assert.equal(normal(ours), normal(sdk), `${JSON.stringify(c)} ${key}`);
    }
    client.destroy();
  }
});

test('the private bucket downloads by curl from a presigned URL: one signed GET, every byte, the recorded sha256', async () => {
  const sink = memorySink();
  const log = new Logger(sink);
  const config = { ...server.readWrite, bucket: BUCKET, endpoint: server.endpoint, region: undefined, pathStyle: undefined, acl: 'private' as const };
  const store = new S3Store(config, new UploadPermission(true, log), log, DEFAULT_TRANSFER_POLICY);
  await server.clearRequests();
  const file = path.join(await tempDir('presign'), 'object.tar.zst');
  const got = await store.download(KEY, file);
  assert.deepEqual(got, { sizeBytes: payload.length, sha256: 'recorded' });
  assert.ok((await readFile(file)).equals(payload));
  const gets = (await server.requests()).filter((r) => r.method === 'GET');
  assert.deepEqual(gets.map((r) => [r.key, r.accessKeyId, r.status]), [[KEY, server.readWrite.accessKeyId, 200]]);
  assert.deepEqual(sink.err, []);
});

// Last in this file: once a download finds no curl, this process's downloads go through the SDK.
test('without curl on PATH, the private bucket downloads through the SDK: every byte, nothing asked of curl ahead', async (t) => {
  const sink = memorySink();
  const log = new Logger(sink);
  const config = { ...server.readWrite, bucket: BUCKET, endpoint: server.endpoint, region: undefined, pathStyle: undefined, acl: 'private' as const };
  const store = new S3Store(config, new UploadPermission(true, log), log, DEFAULT_TRANSFER_POLICY);
  const dir = await tempDir('no-curl');
  const savedPath = process.env.PATH;
  process.env.PATH = dir;
  t.after(() => {
    process.env.PATH = savedPath;
  });
  await server.clearRequests();
  const file = path.join(dir, 'object.tar.zst');
  const got = await store.download(KEY, file);
  assert.deepEqual(got, { sizeBytes: payload.length, sha256: 'recorded' });
  assert.ok((await readFile(file)).equals(payload));
  const gets = (await server.requests()).filter((r) => r.method === 'GET');
  // The SDK's read asks for its bytes by range.
  assert.deepEqual(gets.map((r) => [r.key, r.status]), [[KEY, 206]], 'one GET, by the SDK');
  assert.deepEqual(sink.err, []);
});
