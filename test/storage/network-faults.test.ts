// Network faults, injected by a proxy on loopback between the stores and a real S3 server:
// every transfer ends within the shared policy's bound (attempts × idle timeout + backoff),
// as a miss (downloads) or a reported failure (uploads), and a slow but steady transfer is
// never cut. Each test asserts the outcome and the wall time.
import assert from 'node:assert/strict';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { HalcyonError } from '../../src/errors.ts';
import { Logger, memorySink } from '../../src/log/logger.ts';
import { PublicStore } from '../../src/storage/public-store.ts';
import { S3Store } from '../../src/storage/s3-store.ts';
import type { GrowingPart } from '../../src/storage/store.ts';
import { UploadPermission } from '../../src/storage/upload-permission.ts';
import { fileDigest } from '../../src/util/hash.ts';
import { worstStallMs, type TransferPolicy } from '../../src/util/retry.ts';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.ts';
import { tempDir } from '../helpers/heroku.ts';
import { onSmallDisk } from '../helpers/small-disk.ts';
import { startS3Server, type S3Server } from '../helpers/s3-server.ts';

const BUCKET = 'fault-bucket';
const POLICY: TransferPolicy = { connectTimeoutMs: 1000, idleTimeoutMs: 1000, attempts: 3, backoffBaseMs: 100, backoffMaxMs: 400, partSizeBytes: 16 * 1024 * 1024, partsInFlight: 4 };
/** The bound every failing transfer must meet: the policy's worst stall, plus slack for a loaded machine. */
const BOUND_MS = worstStallMs(POLICY) + 2000;
const OBJECT = 'p/halcyon-object.tar.zst';

let server: S3Server;
let proxy: FaultProxy;
let payload: Buffer;

before(async () => {
  server = await startS3Server({ buckets: [BUCKET], publicBucket: BUCKET });
  proxy = await startFaultProxy(server.endpoint);
  payload = randomBytes(512 * 1024);
  const client = new S3Client(server.clientConfig());
  await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: OBJECT, Body: payload, Metadata: { sha256: 'x' } }));
  client.destroy();
});
after(async () => {
  await proxy.stop();
  await server.stop();
});

function privateStore(policy: TransferPolicy = POLICY): { store: S3Store; err: string[] } {
  const sink = memorySink();
  const log = new Logger(sink);
  const config = { ...server.readWrite, bucket: BUCKET, endpoint: proxy.endpoint, region: undefined, pathStyle: undefined, acl: 'private' as const };
  return { store: new S3Store(config, new UploadPermission(true, log), log, policy), err: sink.err };
}

function publicStore(): { store: PublicStore; err: string[] } {
  const sink = memorySink();
  return { store: new PublicStore(`${proxy.endpoint}/${BUCKET}`, new Logger(sink), POLICY), err: sink.err };
}

/** Opens and reads the object whole; undefined for a miss or a broken body. */
async function download(store: S3Store | PublicStore): Promise<Buffer | undefined> {
  const opened = await store.open(OBJECT);
  if (!opened) return undefined;
  try {
    return await readBytes(opened.body);
  } catch {
    return undefined;
  }
}

async function readBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const startedMs = Date.now();
  const value = await work();
  return { value, ms: Date.now() - startedMs };
}

const objectPath = new RegExp(`/${BUCKET}/${OBJECT.replace(/[.]/g, '\\.')}`);

for (const fault of ['stall-before-answer', 'reset', 'status-500'] as const) {
  test(`private bucket, ${fault} on every attempt: a miss with a warning, within the bound`, async () => {
    proxy.inject({ fault, method: 'GET', path: objectPath, times: POLICY.attempts });
    const { store, err } = privateStore();
    const { value, ms } = await timed(() => store.open(OBJECT));
    assert.equal(value, undefined);
    assert.match(err.join('\n'), /Could not download p\/halcyon-object\.tar\.zst from private bucket fault-bucket after 3 attempts/);
    assert.ok(ms < BOUND_MS, `${ms} ms > ${BOUND_MS} ms`);
  });
}

test('private bucket, a fault on the first attempt only: the second succeeds', async () => {
  proxy.inject({ fault: 'reset', method: 'GET', path: objectPath, times: 1 });
  const { store, err } = privateStore();
  const opened = await store.open(OBJECT);
  assert.ok(opened);
  assert.ok((await readBytes(opened.body)).equals(payload));
  assert.deepEqual(err, []);
});

for (const fault of ['stall-in-body', 'longer-content-length', 'truncate-body'] as const) {
  test(`private bucket, ${fault}: the body fails within the idle timeout, never hangs`, async () => {
    proxy.inject({ fault, method: 'GET', path: objectPath, times: 1 });
    const { store } = privateStore();
    const { value, ms } = await timed(async () => {
      const opened = await store.open(OBJECT);
      assert.ok(opened, 'the answer arrives');
      return readBytes(opened.body).then(
        () => 'complete',
        (error: unknown) => `failed: ${String(error)}`,
      );
    });
    assert.match(value, /^failed: /);
    assert.ok(ms < POLICY.idleTimeoutMs + 2000, `${ms} ms`);
  });
}

test('private bucket, a slow but steady body is not cut, however long it takes in all', async () => {
  proxy.inject({ fault: 'throttle', method: 'GET', path: objectPath, times: 1 });
  const { store, err } = privateStore();
  const { value, ms } = await timed(async () => {
    const opened = await store.open(OBJECT);
    assert.ok(opened);
    return readBytes(opened.body);
  });
  assert.ok(value.equals(payload));
  assert.ok(ms > worstStallMs(POLICY), `${ms} ms: the trickle takes longer than any stall may`);
  assert.deepEqual(err, []);
});

test('private bucket, a listing answered with garbage XML: retried, then empty with a warning', async () => {
  proxy.inject({ fault: 'garbage-xml', method: 'GET', path: new RegExp(`/${BUCKET}/?\\?`), times: POLICY.attempts });
  const { store, err } = privateStore();
  const { value, ms } = await timed(() => store.list('p/'));
  assert.deepEqual(value, []);
  assert.match(err.join('\n'), /Could not list p\/ from private bucket fault-bucket after 3 attempts/);
  assert.ok(ms < BOUND_MS, `${ms} ms`);
});

test('an upload whose body is cut short in transit is a failed upload, and is not left under its key', async () => {
  const file = path.join(await tempDir('fault-upload'), 'archive');
  await writeFile(file, randomBytes(256 * 1024));
  const digest = await fileDigest(file);
  const key = 'p/halcyon-cut-short.tar.zst';
  proxy.inject({ fault: 'truncate-upload', method: 'PUT', path: new RegExp(`/${key.replace('.', '\\.')}`), times: 1 });
  const { store, err } = privateStore();
  const { value, ms } = await timed(() => store.save(key, file, digest));
  assert.equal(value, false);
  assert.match(err.join('\n'), /Uploading p\/halcyon-cut-short\.tar\.zst to private bucket fault-bucket failed: the bucket holds 131072 bytes under it, not the 262144 sent/);
  assert.deepEqual(await store.list('p/halcyon-cut-short'), [], 'the cut-short object was removed');
  assert.deepEqual(store.failedUploads, [key]);
  assert.ok(ms < BOUND_MS, `${ms} ms`);
});

test('an upload that stalls is a reported failure within the bound', async () => {
  const file = path.join(await tempDir('fault-upload'), 'archive');
  await writeFile(file, randomBytes(64 * 1024));
  const key = 'p/halcyon-stalled-upload.tar.zst';
  proxy.inject({ fault: 'stall-before-answer', method: 'PUT', path: new RegExp(`/${key.replace('.', '\\.')}`), times: POLICY.attempts });
  const { store, err } = privateStore();
  const { value, ms } = await timed(async () => store.save(key, file, await fileDigest(file)));
  assert.equal(value, false);
  assert.match(err.join('\n'), /Uploading p\/halcyon-stalled-upload\.tar\.zst to private bucket fault-bucket failed after 3 attempts/);
  assert.ok(ms < BOUND_MS, `${ms} ms`);
});

for (const fault of ['stall-before-answer', 'reset', 'status-500'] as const) {
  test(`public storage, ${fault} on every attempt: a miss with a warning, within the bound`, async () => {
    proxy.inject({ fault, method: 'GET', path: objectPath, times: POLICY.attempts });
    const { store, err } = publicStore();
    const { value, ms } = await timed(() => store.open(OBJECT));
    assert.equal(value, undefined);
    assert.match(err.join('\n'), /Could not download p\/halcyon-object\.tar\.zst from public storage/);
    assert.ok(ms < BOUND_MS, `${ms} ms`);
  });
}

test('public storage, a stall within the body fails it within the idle timeout', async () => {
  proxy.inject({ fault: 'stall-in-body', method: 'GET', path: objectPath, times: 1 });
  const { store } = publicStore();
  const { value, ms } = await timed(() => download(store));
  assert.equal(value, undefined);
  assert.ok(ms < POLICY.idleTimeoutMs + 2000, `${ms} ms`);
});

test('a toolchain download (GHC, cabal) under the same policy: a stall or 5xx is retried, then a clear failure within the bound; a trickle completes', async () => {
  const { downloadVerified } = await import('../../src/util/download.ts');
  const { HalcyonError } = await import('../../src/errors.ts');
  const url = `${proxy.endpoint}/${BUCKET}/${OBJECT}`;
  const sha256 = (await import('node:crypto')).createHash('sha256').update(payload).digest('hex');
  const dest = path.join(await tempDir('fault-download'), 'ghc.tar.xz');

  proxy.inject({ fault: 'status-500', method: 'GET', path: objectPath, times: 1 });
  proxy.inject({ fault: 'stall-in-body', method: 'GET', path: objectPath, times: 1 });
  const recovered = await timed(() => downloadVerified(url, sha256, dest, POLICY));
  assert.equal(recovered.value, payload.length, 'the third attempt completes');
  assert.ok(recovered.ms < BOUND_MS, `${recovered.ms} ms`);

  proxy.inject({ fault: 'stall-before-answer', method: 'GET', path: objectPath, times: POLICY.attempts });
  const failed = await timed(() => downloadVerified(url, sha256, `${dest}.2`, POLICY).then(() => 'downloaded', (error: unknown) => error));
  assert.ok(failed.value instanceof HalcyonError, String(failed.value));
  assert.match((failed.value as Error).message, /Could not download .*: no answer: no data for 1 s/);
  assert.ok(failed.ms < BOUND_MS, `${failed.ms} ms`);

  proxy.inject({ fault: 'throttle', method: 'GET', path: objectPath, times: 1 });
  const slow = await timed(() => downloadVerified(url, sha256, `${dest}.3`, POLICY));
  assert.equal(slow.value, payload.length);
  assert.ok(slow.ms > worstStallMs(POLICY), `${slow.ms} ms: longer than any stall may take, and not cut`);
});

test('a large download comes in ranged parts, several at a time, in order; a part that breaks is asked again from the byte it reached', async () => {
  const sink = memorySink();
  const log = new Logger(sink);
  const policy: TransferPolicy = { ...POLICY, partSizeBytes: 128 * 1024, partsInFlight: 2 };
  const config = { ...server.readWrite, bucket: BUCKET, endpoint: proxy.endpoint, region: undefined, pathStyle: undefined, acl: 'private' as const };
  const store = new S3Store(config, new UploadPermission(true, log), log, policy);
  const before = proxy.hits.length;
  const seenBefore = proxy.seen.length;
  // The first part passes; the second is cut short once.
  proxy.inject({ fault: 'truncate-body', method: 'GET', path: objectPath, times: 1, skip: 1 });
  const opened = await store.open(OBJECT);
  assert.ok(opened);
  assert.equal(opened.sizeBytes, payload.length);
  assert.ok((await readBytes(opened.body)).equals(payload), 'every byte, in order');
  assert.equal(proxy.hits.length - before, 1, 'one part broke');
  const ranges = proxy.seen.slice(seenBefore).filter((r) => r.method === 'GET').map((r) => r.range ?? '');
  const part = policy.partSizeBytes;
  assert.equal(ranges.length, Math.ceil(payload.length / part) + 1, `one request a part, and one more for the broken part: ${ranges.join(', ')}`);
  const resumed = ranges.filter((r) => r.startsWith('bytes=') && Number(/=(\d+)-/.exec(r)?.[1]) % part !== 0);
  assert.equal(resumed.length, 1, `the broken part is asked again from where it broke, not from its start: ${ranges.join(', ')}`);
  assert.deepEqual(sink.err, []);
});

test('a part of a ranged read answered with the whole object (a cache that ignores ranges) fails the read at its answer, saying why, not once the whole object is in memory; a short first part is a miss', async () => {
  const log = new Logger(memorySink());
  const policy: TransferPolicy = { ...POLICY, partSizeBytes: 128 * 1024, partsInFlight: 2 };
  const config = { ...server.readWrite, bucket: BUCKET, endpoint: proxy.endpoint, region: undefined, pathStyle: undefined, acl: 'private' as const };
  const store = new S3Store(config, new UploadPermission(true, log), log, policy);
  const seenBefore = proxy.seen.length;
  proxy.inject({ fault: 'whole-for-range', method: 'GET', path: objectPath, times: 1, skip: 1 });
  const opened = await store.open(OBJECT);
  assert.ok(opened);
  await assert.rejects(readBytes(opened.body), /asked for bytes \d+-\d+, the server answered with the whole object/);
  const whole = proxy.seen.slice(seenBefore).find((r) => r.sentBytes !== undefined);
  assert.ok(whole, 'a part was answered with the whole object');
  assert.ok((whole.sentBytes ?? 0) < payload.length / 2, `${whole.sentBytes} of ${payload.length} bytes sent before the read failed`);

  // The first part too: fewer bytes than it asked, and the parts after it would follow a gap.
  const sink = memorySink();
  const shortStore = new S3Store(config, new UploadPermission(true, new Logger(sink)), new Logger(sink), policy);
  proxy.inject({ fault: 'short-range', method: 'GET', path: objectPath, times: 1 });
  assert.equal(await shortStore.open(OBJECT), undefined, 'a miss');
  assert.match(sink.err.join('\n'), /asked for bytes 0-131071, the server answered bytes 0-65535\/524288/);
});

// The private bucket's download into a file (curl, socket to file): the same faults, the same bound.
async function downloadToFile(store: S3Store): Promise<Buffer | undefined> {
  const file = path.join(await tempDir('fault-file'), 'object.tar.zst');
  const got = await store.download(OBJECT, file);
  return got ? (await import('node:fs/promises')).readFile(file) : undefined;
}

for (const fault of ['stall-before-answer', 'reset', 'status-500'] as const) {
  test(`private bucket download to a file, ${fault} on every attempt: a miss with a warning, within the bound`, async () => {
    proxy.inject({ fault, method: 'GET', path: objectPath, times: POLICY.attempts });
    const { store, err } = privateStore();
    const hitsBefore = proxy.hits.length;
    const { value, ms } = await timed(() => downloadToFile(store));
    assert.equal(proxy.hits.length - hitsBefore, POLICY.attempts, 'every fault used: no attempt more, none less');
    assert.equal(value, undefined);
    assert.match(err.join('\n'), /Could not download p\/halcyon-object\.tar\.zst from private bucket fault-bucket after 3 attempts/);
    assert.ok(ms < BOUND_MS, `${ms} ms > ${BOUND_MS} ms`);
  });
}

for (const fault of ['stall-in-body', 'truncate-body'] as const) {
  test(`private bucket download to a file, ${fault} once: the next attempt continues from the byte reached, and every byte arrives`, async () => {
    const sink = memorySink();
    const log = new Logger(sink);
    const config = { ...server.readWrite, bucket: BUCKET, endpoint: proxy.endpoint, region: undefined, pathStyle: undefined, acl: 'private' as const };
    const store = new S3Store(config, new UploadPermission(true, log), log, POLICY);
    const seenBefore = proxy.seen.length;
    proxy.inject({ fault, method: 'GET', path: objectPath, times: 1 });
    const { value, ms } = await timed(() => downloadToFile(store));
    assert.ok(value?.equals(payload), 'the whole object');
    const ranges = proxy.seen.slice(seenBefore).filter((r) => r.method === 'GET').map((r) => r.range ?? '');
    assert.equal(ranges.length, 2, ranges.join(', '));
    assert.match(ranges[1] ?? '', /^bytes=[1-9]\d*-$/, 'asked again from the byte reached');
    assert.match(sink.out.join('\n'), /broke off \(.+\); trying again from byte [1-9]\d*/);
    assert.deepEqual(sink.err, []);
    assert.ok(ms < POLICY.idleTimeoutMs + 3000, `${ms} ms`);
  });
}

test('private bucket download to a file, one stream: a slow but steady body is not cut', async () => {
  proxy.inject({ fault: 'throttle', method: 'GET', path: objectPath, times: 1 });
  // One stream at a time: with more, a slow stream is cut on purpose (the next test).
  const { store, err } = privateStore({ ...POLICY, partsInFlight: 1 });
  const { value, ms } = await timed(() => downloadToFile(store));
  assert.ok(value?.equals(payload));
  assert.ok(ms > worstStallMs(POLICY), `${ms} ms: the trickle takes longer than any stall may`);
  assert.deepEqual(err, []);
});

test('private bucket download to a file, a body that promised more than it sent: asked again (through the SDK when the range is past its end), every byte arrives', async () => {
  proxy.inject({ fault: 'longer-content-length', method: 'GET', path: objectPath, times: 1 });
  const { store, err } = privateStore();
  const { value, ms } = await timed(() => downloadToFile(store));
  assert.ok(value?.equals(payload), 'the whole object');
  assert.deepEqual(err, []);
  assert.ok(ms < POLICY.idleTimeoutMs + 3000, `${ms} ms`);
});

test('public storage download to a file: a stall mid-body is continued from the byte reached; a missing key is a quiet miss asked once', async () => {
  const { store, err } = publicStore();
  const file = path.join(await tempDir('fault-public'), 'object.tar.zst');
  proxy.inject({ fault: 'stall-in-body', method: 'GET', path: objectPath, times: 1 });
  const seenBefore = proxy.seen.length;
  const got = await store.download(OBJECT, file);
  assert.equal(got?.sizeBytes, payload.length);
  assert.ok((await (await import('node:fs/promises')).readFile(file)).equals(payload));
  assert.match(proxy.seen.at(-1)?.range ?? '', /^bytes=[1-9]\d*-$/);
  const missingBefore = proxy.seen.length;
  assert.equal(await store.download('p/not-there.tar.zst', `${file}.2`), undefined);
  assert.equal(proxy.seen.length - missingBefore, 1, 'one request for a miss');
  assert.deepEqual(err, []);
  assert.ok(proxy.seen.length - seenBefore === 3);
});

test('a download a reader follows comes in ranged parts, several at a time, each into its file; a part that breaks is asked again from the byte it reached', async () => {
  const policy: TransferPolicy = { ...POLICY, partSizeBytes: 128 * 1024, partsInFlight: 2 };
  const { store, err } = privateStore(policy);
  const file = path.join(await tempDir('fault-parts'), 'object.tar.zst');
  const seenBefore = proxy.seen.length;
  // The first part passes; the second is cut short once.
  proxy.inject({ fault: 'truncate-body', method: 'GET', path: objectPath, times: 1, skip: 1 });
  let told: readonly GrowingPart[] = [];
  const got = await store.download(OBJECT, file, { onParts: (parts) => void (told = parts) });
  assert.equal(got?.sizeBytes, payload.length);
  const { readFile } = await import('node:fs/promises');
  const joined = Buffer.concat(await Promise.all(told.map((part) => readFile(part.file))));
  assert.equal(told.length, Math.ceil(payload.length / policy.partSizeBytes));
  assert.ok(joined.equals(payload), 'the parts, in order, are the object');
  const ranges = proxy.seen.slice(seenBefore).filter((r) => r.method === 'GET').map((r) => r.range ?? '');
  assert.equal(ranges.length, told.length + 1, `one request a part, and one more for the broken part: ${ranges.join(', ')}`);
  const resumed = ranges.filter((r) => Number(/=(\d+)-/.exec(r)?.[1]) % policy.partSizeBytes !== 0);
  assert.equal(resumed.length, 1, `the broken part is asked again from where it broke: ${ranges.join(', ')}`);
  assert.deepEqual(err, []);
});

test('the other parts are asked for as soon as the first answer tells the size, while the first part is still arriving', async () => {
  const policy: TransferPolicy = { ...POLICY, partSizeBytes: 128 * 1024, partsInFlight: 3 };
  const { store, err } = privateStore(policy);
  const file = path.join(await tempDir('fault-parts-early'), 'object.tar.zst');
  const seenBefore = proxy.seen.length;
  // The first part trickles (16 KiB every 200 ms: 1.6 s for its 128 KiB); the others do not.
  proxy.inject({ fault: 'throttle', method: 'GET', path: objectPath, times: 1 });
  let told: readonly GrowingPart[] = [];
  const got = await store.download(OBJECT, file, { onParts: (parts) => void (told = parts) });
  assert.equal(got?.sizeBytes, payload.length);
  const { readFile } = await import('node:fs/promises');
  assert.ok(Buffer.concat(await Promise.all(told.map((part) => readFile(part.file)))).equals(payload), 'the parts, in order, are the object');
  const [first, ...others] = proxy.seen.slice(seenBefore).filter((r) => r.method === 'GET');
  assert.ok(first?.endedAtMs !== undefined);
  // Two lanes beside the first: at least two other parts start before the first part has ended (a retried part asks its range again).
  const early = new Set(others.filter((r) => r.atMs < (first.endedAtMs ?? 0)).map((r) => r.range));
  assert.ok(early.size >= policy.partsInFlight - 1, `parts asked for while the first was arriving: ${[...early].join(', ')} of ${told.length - 1}`);
  assert.deepEqual(err, []);
});

test('the other parts are asked for once the reader says it has started (its tools first), not before', async () => {
  const policy: TransferPolicy = { ...POLICY, partSizeBytes: 128 * 1024, partsInFlight: 3 };
  const { store, err } = privateStore(policy);
  const file = path.join(await tempDir('fault-parts-reader'), 'object.tar.zst');
  const seenBefore = proxy.seen.length;
  // The first part trickles (1.6 s), so it is the reader's word that lets the others go.
  proxy.inject({ fault: 'throttle', method: 'GET', path: objectPath, times: 1 });
  let startedAtMs = 0;
  const readerStarts = async (): Promise<void> => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    startedAtMs = Date.now();
  };
  const got = await store.download(OBJECT, file, { onParts: readerStarts });
  assert.equal(got?.sizeBytes, payload.length);
  const [first, ...others] = proxy.seen.slice(seenBefore).filter((r) => r.method === 'GET');
  assert.ok(first !== undefined && others.length > 0, 'the object came in parts');
  const early = others.filter((r) => r.atMs < startedAtMs);
  assert.deepEqual(early.map((r) => r.range), [], 'no other part asked for before the reader started');
  assert.ok(others.some((r) => r.atMs < (first.endedAtMs ?? 0)), 'yet the others started while the first was still arriving');
  assert.deepEqual(err, []);
});

test('a part the server keeps failing (500) is retried, then stops the download at once as a miss with a warning: the first part, still arriving, is not waited for', async () => {
  // Two parts of 256 KiB: the first trickles (16 KiB every 200 ms: 3.2 s), the second is answered 500 every time.
  const policy: TransferPolicy = { ...POLICY, partSizeBytes: 256 * 1024, partsInFlight: 3 };
  const { store, err } = privateStore(policy);
  const file = path.join(await tempDir('fault-parts-fail'), 'object.tar.zst');
  const seenBefore = proxy.seen.length;
  proxy.inject({ fault: 'throttle', method: 'GET', path: objectPath, times: 1 });
  const refusal = { fault: 'status-500' as const, method: 'GET', path: objectPath, times: 20 };
  proxy.inject(refusal);
  const { value: got, ms } = await timed(() => store.download(OBJECT, file, { onParts: () => undefined }));
  refusal.times = 0;
  assert.equal(got, undefined, 'a miss');
  assert.match(err.join('\n'), /answered 500/, 'a warning that says what the server answered');
  const ranges = proxy.seen.slice(seenBefore).filter((r) => r.method === 'GET').map((r) => r.range ?? '');
  assert.ok(ranges.some((range) => ranges.filter((other) => other === range).length >= 2), `a refused part is asked again: ${ranges.join(', ')}`);
  const first = proxy.seen.slice(seenBefore).find((r) => r.method === 'GET');
  // Three attempts of the second part and their backoff take under a second; the first part would take 3.2 s.
  assert.ok(ms < 2500 && first?.endedAtMs !== undefined && first.endedAtMs - first.atMs < 2500, `ended after ${ms} ms; the first part's answer after ${(first?.endedAtMs ?? 0) - (first?.atMs ?? 0)} ms`);
});

test('a part refused once the parts are laid out (412: the object changed) is a miss with a warning, not asked again, never a stop', async () => {
  const { store, err } = privateStore({ ...POLICY, partSizeBytes: 128 * 1024, partsInFlight: 2 });
  const file = path.join(await tempDir('fault-parts-412'), 'object.tar.zst');
  const seenBefore = proxy.seen.length;
  const refusal = { fault: 'status-412' as const, method: 'GET', path: objectPath, times: 20, skip: 1 };
  proxy.inject(refusal);
  const got = await store.download(OBJECT, file, { onParts: () => undefined });
  refusal.times = 0;
  assert.equal(got, undefined, 'a miss');
  assert.match(err.join('\n'), /rejected the request .*412/s, 'a warning that says the request was refused');
  const refused = proxy.hits.filter((hit) => hit.fault === 'status-412').length;
  assert.ok(refused >= 1 && refused <= 2, `a refusal is not asked again: ${refused} refused requests (${proxy.seen.length - seenBefore} in all)`);
});

// A download no reader follows (`halcyon archive get`) starts as one stream, the fastest on a
// fast link; if, judged 300 ms after the answer began, the rest would take over a second at
// its rate, it is cut where it got to and the rest comes in ranged parts written in place.
const SPLIT_POLICY: TransferPolicy = { ...POLICY, partSizeBytes: 64 * 1024, partsInFlight: 4 };

async function getIntoFile(policy: TransferPolicy, key = OBJECT): Promise<{ bytes: Buffer | undefined; out: string[]; ms: number; gets: { range: string | undefined }[] }> {
  const sink = memorySink();
  const log = new Logger(sink);
  const config = { ...server.readWrite, bucket: BUCKET, endpoint: proxy.endpoint, region: undefined, pathStyle: undefined, acl: 'private' as const };
  const store = new S3Store(config, new UploadPermission(true, log), log, policy);
  const dir = await tempDir('fault-get');
  const file = path.join(dir, 'object.tar.zst');
  const seenBefore = proxy.seen.length;
  const { value, ms } = await timed(() => store.download(key, file));
  const { readFile, readdir } = await import('node:fs/promises');
  assert.deepEqual(await readdir(dir), value ? ['object.tar.zst'] : [], 'no part or header files left beside it');
  assert.deepEqual(sink.err, []);
  return { bytes: value ? await readFile(file) : undefined, out: sink.out, ms, gets: proxy.seen.slice(seenBefore).filter((r) => r.method === 'GET') };
}

/** The ranges asked for, checked to cover [from, total) end to end; returns where they start. */
function assertCovers(ranges: readonly string[], total: number): number[] {
  // Several at a time, they reach the server in any order.
  const spans = ranges
    .map((r) => /^bytes=(\d+)-(\d+)$/.exec(r))
    .map((m) => [Number(m?.[1]), Number(m?.[2])] as const)
    .sort((a, b) => a[0] - b[0]);
  for (const [index, [start]] of spans.entries()) if (index > 0) assert.equal(start, (spans[index - 1]?.[1] ?? Number.NaN) + 1, `end to end: ${ranges.join(', ')}`);
  assert.equal(spans.at(-1)?.[1], total - 1, `to the object's end: ${ranges.join(', ')}`);
  return spans.map(([start]) => start);
}

test('a download no reader follows stays one stream when its rate will finish it soon: one GET, no range, even past the judging', async () => {
  const key = 'p/small-slow.tar.zst';
  const small = randomBytes(40 * 1024);
  const client = new S3Client(server.clientConfig());
  await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: small }));
  client.destroy();
  // 16 KiB each 200 ms: at the judging, 300 ms in, the last 8 KiB are 0.1 s away.
  proxy.inject({ fault: 'throttle', method: 'GET', path: new RegExp(key.replace(/[.]/g, '\\.')), times: 1 });
  const got = await getIntoFile(SPLIT_POLICY, key);
  assert.ok(got.bytes?.equals(small), 'every byte');
  assert.ok(got.ms >= 400, `${got.ms} ms: the stream outlived the judging`);
  assert.deepEqual(got.gets.map((r) => r.range), [undefined], 'one request, for the whole object');
  assert.doesNotMatch(got.out.join('\n'), /ranged parts/);
});

test('a download no reader follows, on a slow stream, is cut where it got to: the rest in ranged parts, several at a time, written in place; every byte, sooner', async () => {
  // Only the first request is slow (a connection's rate bounded, as S3's is); the parts are not.
  proxy.inject({ fault: 'throttle', method: 'GET', path: objectPath, times: 1 });
  const got = await getIntoFile(SPLIT_POLICY);
  assert.ok(got.bytes?.equals(payload), 'every byte, each part in its place');
  const [first, ...parts] = got.gets;
  assert.equal(first?.range, undefined, 'the first request asks for the whole object');
  const starts = assertCovers(parts.map((r) => r.range ?? ''), payload.length);
  assert.ok((starts[0] ?? 0) > 0, 'the parts start where the stream had got to, not from 0');
  assert.equal(parts.length % SPLIT_POLICY.partsInFlight, 0, `as many parts as keep the ${SPLIT_POLICY.partsInFlight} lanes busy: ${parts.length}`);
  assert.ok(parts.every((r) => assertSpan(r.range) <= SPLIT_POLICY.partSizeBytes), 'no part over the part size');
  assert.match(got.out.join('\n'), new RegExp(`left at .*/s; the rest comes in ${parts.length} ranged parts, 4 at a time`));
  // One throttled stream would take 6.4 s (16 KiB each 200 ms).
  assert.ok(got.ms < 3000, `${got.ms} ms`);
});

// The first part laid out after the cut breaks once: cut short, or all but its last byte sent, then nothing.
for (const [fault, why] of [
  ['truncate-body', /broke off \(.+\)/],
  ['stall-in-body', /broke off \(no data for 1 s\)/],
] as const) {
  test(`a part written in place, ${fault} once, is asked again from its own first byte (its file is shared), and every byte arrives`, async () => {
    proxy.inject({ fault: 'throttle', method: 'GET', path: objectPath, times: 1 });
    proxy.inject({ fault, method: 'GET', path: objectPath, times: 1 });
    const got = await getIntoFile(SPLIT_POLICY);
    assert.ok(got.bytes?.equals(payload), 'every byte');
    const ranges = got.gets.slice(1).map((r) => r.range ?? '');
    const unique = [...new Set(ranges)];
    assert.equal(ranges.length, unique.length + 1, `one part asked twice, from its start: ${ranges.join(', ')}`);
    assertCovers(unique, payload.length);
    assert.match(got.out.join('\n'), new RegExp(`${why.source}; trying again from byte [1-9]\\d*`));
    assert.ok(got.ms < SPLIT_POLICY.idleTimeoutMs + 3000, `${got.ms} ms`);
  });
}

test('a stream that breaks before its rate is judged is not cut afterwards: its next attempt goes on as one stream from the byte reached', async () => {
  // The stream breaks at once; the attempt after it is slow and outlives the judging.
  proxy.inject({ fault: 'truncate-body', method: 'GET', path: objectPath, times: 1 });
  proxy.inject({ fault: 'throttle', method: 'GET', path: objectPath, times: 1 });
  const got = await getIntoFile(SPLIT_POLICY);
  assert.ok(got.bytes?.equals(payload), 'every byte');
  assert.equal(got.gets.length, 2, `the stream and its next attempt, no parts: ${got.gets.map((r) => r.range).join(', ')}`);
  assert.match(got.gets[1]?.range ?? '', /^bytes=[1-9]\d*-$/);
  assert.doesNotMatch(got.out.join('\n'), /ranged parts/);
});

test('once a reader follows the download, a refusal on a later attempt of its only part is a miss: the file is not written again from its start under the reader', async () => {
  const policy: TransferPolicy = { ...POLICY, partSizeBytes: 1024 * 1024, partsInFlight: 2 };
  const { store, err } = privateStore(policy);
  const file = path.join(await tempDir('fault-refused'), 'object.tar.zst');
  proxy.inject({ fault: 'truncate-body', method: 'GET', path: objectPath, times: 1 });
  proxy.inject({ fault: 'status-412', method: 'GET', path: objectPath, times: 1 });
  const seenBefore = proxy.seen.length;
  let told = 0;
  const got = await store.download(OBJECT, file, { onParts: (parts) => void (told = parts.length) });
  assert.equal(told, 1, 'the reader was told of the one part');
  assert.equal(got, undefined, 'a miss');
  const gets = proxy.seen.slice(seenBefore).filter((r) => r.method === 'GET');
  assert.equal(gets.length, 2, `not asked again through the store: ${gets.map((r) => r.range).join(', ')}`);
  assert.match(err.join('\n'), /412/);
});

// Written in place, a 206 for other bytes would land where another part's go, and a short one would leave a hole no size check sees.
for (const [fault, what, answer] of [
  ['other-range', 'other bytes than its range asked (a 206 for another span)', /asked for bytes (\d+)-\d+, the server answered bytes (?!\1-)\d+-/],
  ['short-range', 'fewer bytes than its range asked (a 206 for the first half, whole as its headers say)', /asked for bytes (\d+)-(\d+), the server answered bytes \1-(?!\2\/)\d+\/524288/],
] as const) {
  test(`a part answered with ${what} is a miss that names the answer, not bytes in the wrong place`, async () => {
    proxy.inject({ fault: 'throttle', method: 'GET', path: objectPath, times: 1 });
    proxy.inject({ fault, method: 'GET', path: objectPath, times: 1 });
    const { store, err } = privateStore(SPLIT_POLICY);
    const file = path.join(await tempDir(`fault-${fault}`), 'object.tar.zst');
    assert.equal(await store.download(OBJECT, file), undefined);
    assert.match(err.join('\n'), answer);
  });
}

test('a part answered with the whole object for its range is stopped at its headers: a miss that says why, not the object written at its offset', async () => {
  proxy.inject({ fault: 'throttle', method: 'GET', path: objectPath, times: 1 });
  proxy.inject({ fault: 'whole-for-range', method: 'GET', path: objectPath, times: 1 });
  const { store, err } = privateStore(SPLIT_POLICY);
  const file = path.join(await tempDir('fault-whole-for-range'), 'object.tar.zst');
  const seenBefore = proxy.seen.length;
  assert.equal(await store.download(OBJECT, file), undefined);
  assert.match(err.join('\n'), /asked for a range, the server answered 200 with the whole object/);
  const whole = proxy.seen.slice(seenBefore).find((r) => r.sentBytes !== undefined && r.range !== undefined);
  assert.ok(whole, 'the part answered with the whole object');
  // Trickled, the whole object takes 6.4 s; stopped at its headers, a chunk or two went out.
  assert.ok((whole.sentBytes ?? 0) < payload.length / 2, `${whole.sentBytes} of ${payload.length} bytes sent before the part was stopped`);
});

test('a part in place whose seek fails (no dd on PATH) is a miss that says so, not taken for a missing curl', async (t) => {
  const { mkdir, symlink: link } = await import('node:fs/promises');
  const { execFileSync } = await import('node:child_process');
  const bin = path.join(await tempDir('fault-no-dd'), 'bin');
  await mkdir(bin);
  for (const tool of ['sh', 'curl']) await link(execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim(), path.join(bin, tool));
  const savedPath = process.env.PATH;
  process.env.PATH = bin;
  t.after(() => void (process.env.PATH = savedPath));
  proxy.inject({ fault: 'throttle', method: 'GET', path: objectPath, times: 1 });
  const { store, err } = privateStore(SPLIT_POLICY);
  const file = path.join(await tempDir('fault-no-dd-get'), 'object.tar.zst');
  assert.equal(await store.download(OBJECT, file), undefined);
  process.env.PATH = savedPath;
  assert.match(err.join('\n'), /dd could not move to byte [1-9]\d*/);
  // curl is still used: the next download is whole, by curl (a presigned GET, not the SDK's).
  const again = await getIntoFile(SPLIT_POLICY);
  assert.ok(again.bytes?.equals(payload));
  assert.ok(again.gets.length === 1 && again.gets[0]?.range === undefined);
});

test('a download onto a full disk stops the run naming the disk (storage/no-space), from either store, with or without a reader: a miss would only move the failure to the rebuild (tmpfs; needs mount rights)', async () => {
  const small = path.join(await tempDir('fault-disk'), 'small');
  // Half the object's size: curl's write fails partway (with a reader, no size check comes first).
  await onSmallDisk(small, '256k', async () => {
    for (const [name, store] of [['private', privateStore().store], ['public', publicStore().store]] as const) {
      for (const reader of [false, true]) {
        const file = path.join(small, 'object.tar.zst');
        const options = reader ? { onParts: () => undefined } : {};
        await assert.rejects(store.download(OBJECT, file, options), (error: unknown) => {
          assert.ok(error instanceof HalcyonError, `${name}, reader ${reader}: ${String(error)}`);
          assert.equal(error.id, 'storage/no-space');
          // Without a reader, the headers' room check or curl's failed write, whichever comes first on loopback.
          assert.match(error.message, new RegExp(`No space left on the file system holding ${small}: (524 kB are needed and )?\\d`));
          return true;
        });
        await rm(file, { force: true });
        assert.deepEqual(await readdir(small), [], `${name}, reader ${reader}: no headers file left`);
      }
    }
  });
});

function assertSpan(range: string | undefined): number {
  const m = /^bytes=(\d+)-(\d+)$/.exec(range ?? '');
  assert.ok(m, `a closed range: ${range}`);
  return Number(m[2]) - Number(m[1]) + 1;
}

test('a download this side cannot write on a disk with room (/dev/full) is a miss with a warning that says so, not a stop of the run', async () => {
  const { store, err } = privateStore();
  // The download's file is /dev/full (every write fails with ENOSPC, while the directory's file system has room); the headers go beside the link.
  const file = path.join(await tempDir('fault-full'), 'object.tar.zst');
  await symlink('/dev/full', file);
  const got = await store.download(OBJECT, file);
  assert.equal(got, undefined, 'a miss');
  assert.match(err.join('\n'), /could not write .*object\.tar\.zst/);
  assert.doesNotMatch(err.join('\n'), /HALCYON_S3_BUCKET|could not be made/);
});

