// The private bucket tier against a real S3 server on loopback (s3rver behind a policy wrapper).
import { DEFAULT_TRANSFER_POLICY } from '../../src/util/retry.ts';
import assert from 'node:assert/strict';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { after, before, test } from 'node:test';
import type { PrivateBucket } from '../../src/config/options.ts';
import { HalcyonError } from '../../src/errors.ts';
import { Logger, memorySink } from '../../src/log/logger.ts';
import { S3Store } from '../../src/storage/s3-store.ts';
import { UploadPermission } from '../../src/storage/upload-permission.ts';
import { sha256Hex } from '../../src/util/hash.ts';
import { tempDir } from '../helpers/heroku.ts';
import { startS3Server, type S3Credentials, type S3Server } from '../helpers/s3-server.ts';

let server: S3Server;
const BUCKET = 'private-bucket';

before(async () => {
  server = await startS3Server({ buckets: [BUCKET] });
});
after(() => server.stop());

function storeFor(credentials: S3Credentials, extra: Partial<PrivateBucket> = {}): { store: S3Store; permission: UploadPermission; err: string[]; out: string[] } {
  const sink = memorySink();
  const log = new Logger(sink);
  const permission = new UploadPermission(true, log);
  const config: PrivateBucket = { ...credentials, bucket: BUCKET, endpoint: server.endpoint, region: undefined, pathStyle: undefined, acl: 'private', ...extra };
  return { store: new S3Store(config, permission, log, DEFAULT_TRANSFER_POLICY), permission, err: sink.err, out: sink.out };
}

async function fileWith(content: string): Promise<{ file: string; sha256: string; sizeBytes: number }> {
  const file = path.join(await tempDir('s3'), 'object');
  await writeFile(file, content);
  return { file, sha256: sha256Hex(content), sizeBytes: Buffer.byteLength(content) };
}

test('save sends the ACL and the sha256; open returns the bytes and the recorded sha256', async () => {
  const { store } = storeFor(server.readWrite, { acl: 'public-read' });
  const object = await fileWith('layer bytes');
  await server.clearRequests();
  await store.save('p/halcyon-x.tar.zst', object.file, object);
  const puts = (await server.requests()).filter((r) => r.method === 'PUT');
  assert.equal(puts.length, 1);
  assert.equal(puts[0]?.acl, 'public-read');
  const opened = await store.open('p/halcyon-x.tar.zst');
  assert.ok(opened);
  assert.equal(opened.sha256, object.sha256);
  assert.equal(await text(opened.body), 'layer bytes');
});

test('a missing key is a quiet miss', async () => {
  const { store, err } = storeFor(server.readWrite);
  assert.equal(await store.open('p/none.tar.zst'), undefined);
  assert.deepEqual(err, []);
});

test('a listing of 1500 keys is read whole, across pages', async () => {
  const client = new S3Client(server.clientConfig(server.readWrite));
  const keys = Array.from({ length: 1500 }, (_, i) => `many/halcyon-deps-${String(i).padStart(4, '0')}.constraints`);
  for (let i = 0; i < keys.length; i += 25) {
    await Promise.all(keys.slice(i, i + 25).map((Key) => client.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: 'x' }))));
  }
  const { store } = storeFor(server.readWrite);
  await server.clearRequests();
  const listed = await store.list('many/');
  assert.equal(listed.length, 1500);
  assert.deepEqual(listed.map((o) => o.key).sort(), [...keys].sort());
  const listRequests = (await server.requests()).filter((r) => r.method === 'GET' && r.key === undefined);
  assert.equal(listRequests.length, 2);
});

test('a server answering 500 twice, then succeeding, is retried', async () => {
  const { store, err } = storeFor(server.readWrite);
  const object = await fileWith('retry me');
  await store.save('p/retry.tar.zst', object.file, object);
  await server.failNext({ method: 'GET', keyPrefix: 'p/retry', status: 500, times: 2 });
  await server.clearRequests();
  const opened = await store.open('p/retry.tar.zst');
  assert.ok(opened);
  assert.equal(await text(opened.body), 'retry me');
  assert.equal((await server.requests()).filter((r) => r.method === 'GET' && r.key === 'p/retry.tar.zst').length, 3);
  assert.deepEqual(err, []);
});

test('a server failing past the retries is a miss with a warning, not a crash', async () => {
  const { store, err } = storeFor(server.readWrite);
  await server.failNext({ method: 'GET', keyPrefix: 'p/down', status: 503, times: 10 });
  assert.equal(await store.open('p/down.tar.zst'), undefined);
  assert.match(err.join('\n'), /Could not download p\/down\.tar\.zst .* after 3 attempts/);
  await server.clearRequests();
});

test('a refused upload switches to read-only, once, and no write or delete follows', async () => {
  const { store, permission, err } = storeFor(server.readOnly);
  const object = await fileWith('nope');
  await server.clearRequests();
  await store.save('p/a.tar.zst', object.file, object);
  await store.save('p/b.tar.zst', object.file, object);
  await store.remove('p/halcyon-x.tar.zst');
  assert.equal(permission.allowed, false);
  assert.equal(err.filter((l) => l.includes('Warning:')).length, 1);
  assert.match(err.join('\n'), /refused the upload of p\/a\.tar\.zst \(403 AccessDenied\)/);
  assert.match(err.join('\n'), /HALCYON_NO_UPLOAD=1/);
  const writes = (await server.requests()).filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
  assert.equal(writes.length, 1, 'only the first, refused, upload reached the server');
  assert.ok(await store.open('p/halcyon-x.tar.zst'), 'reading still works');
});

test('bad credentials and a missing bucket stop the run, naming the variable to fix', async () => {
  const unknown = storeFor({ accessKeyId: 'AKIDUNKNOWN', secretAccessKey: 'x' }).store;
  await assert.rejects(unknown.open('p/halcyon-x.tar.zst'), (error: unknown) => error instanceof HalcyonError && /InvalidAccessKeyId/.test(error.message) && /HALCYON_AWS_ACCESS_KEY_ID/.test(error.remedy ?? ''));
  const { store } = storeFor(server.readWrite, { bucket: 'no-such-bucket' });
  await assert.rejects(store.open('p/x'), (error: unknown) => error instanceof HalcyonError && /HALCYON_S3_BUCKET/.test(error.remedy ?? ''));
});

test('the secret access key never reaches the log, even in the error a bad key stops the run with', async () => {
  const sink = memorySink();
  const log = new Logger(sink);
  const secret = 'very-secret-value-123';
  const config: PrivateBucket = { accessKeyId: 'AKIDUNKNOWN', secretAccessKey: secret, bucket: BUCKET, endpoint: server.endpoint, region: undefined, pathStyle: undefined, acl: 'private' };
  const store = new S3Store(config, new UploadPermission(true, log), log, DEFAULT_TRANSFER_POLICY);
  const error = await store.open('p/x').then(() => undefined, (e: unknown) => e);
  assert.ok(error instanceof HalcyonError);
  // As the CLI prints it, plus a line that quotes the secret outright: the logger masks it.
  log.error(error.message, error.remedy);
  log.detail(`signing with ${secret}`);
  assert.ok(sink.err.length > 0);
  assert.ok(![...sink.out, ...sink.err].some((l) => l.includes(secret)), [...sink.out, ...sink.err].join('\n'));
});
