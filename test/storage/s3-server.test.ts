// The local S3 server helper (test/helpers/s3-server.ts) with the real @aws-sdk/client-s3:
// access keys and policy, anonymous access, the request log, fault injection, pagination.
//
// Every client here uses requestChecksumCalculation 'WHEN_REQUIRED' (through
// server.clientConfig()): with the SDK's default flexible checksums, stream uploads are sent
// `aws-chunked` and s3rver stores the chunk framing inside the object.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes, createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { S3_SERVER_PROCESS_FILE, startS3Server, type RequestRecord, type S3Server } from '../helpers/s3-server.ts';

const PRIVATE = 'halcyon-private';
const PUBLIC = 'halcyon-public';
const MANY = 'many-keys';

function expectS3Error(name: string, status: number): (err: unknown) => true {
  return (err: unknown) => {
    assert.ok(err instanceof S3ServiceException, `expected an S3ServiceException, got ${String(err)}`);
    assert.equal(err.name, name);
    assert.equal(err.$metadata.httpStatusCode, status);
    return true;
  };
}

async function getBytes(client: S3Client, bucket: string, key: string): Promise<Buffer> {
  const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  assert.ok(out.Body, 'GetObject returned no body');
  return Buffer.from(await out.Body.transformToByteArray());
}

async function forKey(server: S3Server, key: string): Promise<RequestRecord[]> {
  return (await server.requests()).filter((r) => r.key === key);
}

/** Whether a process runs; a zombie (exited, not yet reaped by its new parent) does not count. */
function isRunning(pid: number): boolean {
  if (existsSync('/proc/self/stat')) {
    try {
      return !/\) [ZX] /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

describe('local S3 server (s3rver in a child process behind a policy wrapper)', () => {
  let server: S3Server;
  let rw: S3Client;
  let ro: S3Client;

  before(async () => {
    server = await startS3Server({ buckets: [PRIVATE, MANY], publicBucket: PUBLIC });
    rw = new S3Client(server.clientConfig(server.readWrite));
    ro = new S3Client(server.clientConfig(server.readOnly));
  });

  after(async () => {
    rw?.destroy();
    ro?.destroy();
    await server?.stop();
  });

  it('starts on a random loopback port with the default keys', () => {
    assert.match(server.endpoint, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.notEqual(server.port, 0);
    assert.equal(server.region, 'us-east-1');
    assert.deepEqual(server.readWrite, { accessKeyId: 'AKIDREADWRITE', secretAccessKey: 'secret-rw' });
    assert.deepEqual(server.readOnly, { accessKeyId: 'AKIDREADONLY', secretAccessKey: 'secret-ro' });
  });

  it('read-write key: PutObject with ACL public-read then GetObject round-trips; the log shows key id and acl', async () => {
    const body = randomBytes(200_000);
    await rw.send(new PutObjectCommand({ Bucket: PRIVATE, Key: 'rw/blob.bin', Body: body, ACL: 'public-read' }));
    assert.ok((await getBytes(rw, PRIVATE, 'rw/blob.bin')).equals(body));

    const log = await forKey(server, 'rw/blob.bin');
    const put = log.find((r) => r.method === 'PUT');
    assert.deepEqual(put, {
      method: 'PUT',
      bucket: PRIVATE,
      key: 'rw/blob.bin',
      query: { 'x-id': 'PutObject' },
      accessKeyId: 'AKIDREADWRITE',
      acl: 'public-read',
      status: 200,
      bytesIn: body.length,
      bytesOut: 0,
    });
    const get = log.find((r) => r.method === 'GET');
    assert.equal(get?.acl, undefined);
    assert.equal(get?.status, 200);
    assert.equal(get?.bytesIn, 0);
    assert.equal(get?.bytesOut, body.length, 'the log counts the bytes a GET sent');
    const all = JSON.stringify(await server.requests());
    assert.ok(!all.includes('secret-rw') && !all.includes('secret-ro'), 'the log must not contain secrets');
  });

  it('a stream upload (WHEN_REQUIRED checksums) stores exactly the bytes sent', async () => {
    const body = randomBytes(300_000);
    await rw.send(
      new PutObjectCommand({ Bucket: PRIVATE, Key: 'rw/stream.bin', Body: Readable.from([body.subarray(0, 1000), body.subarray(1000)]), ContentLength: body.length }),
    );
    assert.ok((await getBytes(rw, PRIVATE, 'rw/stream.bin')).equals(body));
  });

  it('read-only key: GetObject works; PutObject, DeleteObject and a multipart Upload are AccessDenied (403)', async () => {
    const body = Buffer.from('read me');
    await rw.send(new PutObjectCommand({ Bucket: PRIVATE, Key: 'ro/object', Body: body }));
    assert.ok((await getBytes(ro, PRIVATE, 'ro/object')).equals(body));

    await assert.rejects(ro.send(new PutObjectCommand({ Bucket: PRIVATE, Key: 'ro/new', Body: randomBytes(100_000) })), expectS3Error('AccessDenied', 403));
    await assert.rejects(ro.send(new DeleteObjectCommand({ Bucket: PRIVATE, Key: 'ro/object' })), expectS3Error('AccessDenied', 403));
    assert.ok((await getBytes(rw, PRIVATE, 'ro/object')).equals(body), 'the denied delete must not delete');

    // 6 MiB > the 5 MiB part size, so Upload starts with CreateMultipartUpload.
    const upload = new Upload({ client: ro, params: { Bucket: PRIVATE, Key: 'ro/multipart', Body: randomBytes(6 * 1024 * 1024) } });
    await assert.rejects(upload.done(), expectS3Error('AccessDenied', 403));

    const log = await server.requests();
    const denied = log.filter((r) => r.key?.startsWith('ro/') && r.status === 403);
    assert.deepEqual(
      denied.map((r) => [r.method, r.key, r.accessKeyId]),
      [
        ['PUT', 'ro/new', 'AKIDREADONLY'],
        ['DELETE', 'ro/object', 'AKIDREADONLY'],
        ['POST', 'ro/multipart', 'AKIDREADONLY'],
      ],
    );
    assert.ok('uploads' in (denied[2]?.query ?? {}), 'the multipart attempt is CreateMultipartUpload (?uploads)');
    assert.ok(!log.some((r) => r.key === 'ro/multipart' && r.status === 200), 'no part may be stored');
    // Each denied request was answered once: AccessDenied is not retried.
    assert.equal(log.filter((r) => r.key === 'ro/new').length, 1);
  });

  it('a presigned request is attributed to the X-Amz-Credential key and follows its policy', async () => {
    const query = new URLSearchParams({
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': 'AKIDREADONLY/20250101/us-east-1/s3/aws4_request',
      'X-Amz-Date': '20250101T000000Z',
      'X-Amz-Expires': '900',
      'X-Amz-SignedHeaders': 'host',
      'X-Amz-Signature': '0'.repeat(64),
    });
    const res = await fetch(`${server.endpoint}/${PRIVATE}/presigned/put?${query}`, { method: 'PUT', body: 'x' });
    assert.equal(res.status, 403);
    assert.match(await res.text(), /<Code>AccessDenied<\/Code>/);
    const [record] = await forKey(server, 'presigned/put');
    assert.equal(record?.accessKeyId, 'AKIDREADONLY');
  });

  it('anonymous: GET/HEAD on the public bucket only; anonymous PUT is refused', async () => {
    const body = randomBytes(10_000);
    await rw.send(new PutObjectCommand({ Bucket: PUBLIC, Key: 'anon/pub.bin', Body: body, ACL: 'public-read' }));
    await rw.send(new PutObjectCommand({ Bucket: PRIVATE, Key: 'anon/priv.bin', Body: body }));

    const pub = await fetch(`${server.endpoint}/${PUBLIC}/anon/pub.bin`);
    assert.equal(pub.status, 200);
    assert.ok(Buffer.from(await pub.arrayBuffer()).equals(body));
    const head = await fetch(`${server.endpoint}/${PUBLIC}/anon/pub.bin`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-length'), String(body.length));
    const listing = await fetch(`${server.endpoint}/${PUBLIC}/?prefix=anon/`);
    assert.equal(listing.status, 200);
    assert.match(await listing.text(), /<Key>anon\/pub\.bin<\/Key>/);

    const priv = await fetch(`${server.endpoint}/${PRIVATE}/anon/priv.bin`);
    assert.equal(priv.status, 403);
    assert.equal(
      await priv.text(),
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>1</RequestId></Error>',
    );
    assert.equal(priv.headers.get('content-type'), 'application/xml');

    for (const bucket of [PUBLIC, PRIVATE]) {
      // A 1 MiB body: the server drains it before answering, so the client sees the 403, not EPIPE.
      const put = await fetch(`${server.endpoint}/${bucket}/anon/put.bin`, { method: 'PUT', body: randomBytes(1024 * 1024) });
      assert.equal(put.status, 403, bucket);
      assert.match(await put.text(), /<Code>AccessDenied<\/Code>/);
    }
    const del = await fetch(`${server.endpoint}/${PUBLIC}/anon/pub.bin`, { method: 'DELETE' });
    assert.equal(del.status, 403);
    assert.equal((await fetch(`${server.endpoint}/${PUBLIC}/anon/pub.bin`)).status, 200);

    const anon = (await server.requests()).filter((r) => r.key?.startsWith('anon/') && r.accessKeyId === 'anonymous');
    assert.deepEqual(
      anon.map((r) => [r.method, r.bucket, r.status]),
      [
        ['GET', PUBLIC, 200],
        ['HEAD', PUBLIC, 200],
        ['GET', PRIVATE, 403],
        ['PUT', PUBLIC, 403],
        ['PUT', PRIVATE, 403],
        ['DELETE', PUBLIC, 403],
        ['GET', PUBLIC, 200],
      ],
    );
  });

  it("an unknown access key gets s3rver's InvalidAccessKeyId (reads and writes; s3rver's own S3RVER key is revoked)", async () => {
    for (const accessKeyId of ['AKIDUNKNOWN', 'S3RVER']) {
      const client = new S3Client(server.clientConfig({ accessKeyId, secretAccessKey: 'whatever' }));
      try {
        await assert.rejects(getBytes(client, PRIVATE, 'rw/blob.bin'), expectS3Error('InvalidAccessKeyId', 403));
        await assert.rejects(client.send(new PutObjectCommand({ Bucket: PRIVATE, Key: 'unknown/x', Body: 'x' })), expectS3Error('InvalidAccessKeyId', 403));
      } finally {
        client.destroy();
      }
    }
    const log = await forKey(server, 'unknown/x');
    assert.deepEqual(
      log.map((r) => r.accessKeyId),
      ['AKIDUNKNOWN', 'S3RVER'],
    );
  });

  it('1500 objects: ListObjectsV2 pages with a continuation token (needs --openssl-legacy-provider) and sees all of them', async () => {
    const keys = Array.from({ length: 1500 }, (_, i) => `layers/${String(i).padStart(5, '0')}.tar.zst`);
    await mapLimit(keys, 20, async (key) => {
      await rw.send(new PutObjectCommand({ Bucket: MANY, Key: key, Body: key }));
    });

    const seen: string[] = [];
    const pageSizes: number[] = [];
    let token: string | undefined;
    do {
      const page = await rw.send(new ListObjectsV2Command({ Bucket: MANY, Prefix: 'layers/', ContinuationToken: token }));
      const pageKeys = (page.Contents ?? []).map((o) => o.Key ?? '');
      pageSizes.push(pageKeys.length);
      seen.push(...pageKeys);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
      if (page.IsTruncated) assert.ok(token, 'a truncated page must carry NextContinuationToken');
    } while (token !== undefined);

    assert.deepEqual(pageSizes, [1000, 500]);
    assert.deepEqual(seen, keys);
    const lists = (await server.requests()).filter((r) => r.bucket === MANY && r.method === 'GET' && r.key === undefined);
    assert.equal(lists.length, 2);
    assert.ok(lists[1]?.query['continuation-token'], 'the second page is asked for with continuation-token');
    assert.ok(lists.every((r) => r.status === 200));
  });

  it('failNext 500 twice: GetObject succeeds on the third attempt (SDK default retries) and the log shows 3 GETs', async () => {
    const body = Buffer.from('eventually');
    await rw.send(new PutObjectCommand({ Bucket: PRIVATE, Key: 'fault/get', Body: body }));
    await server.failNext({ method: 'GET', keyPrefix: 'fault/', status: 500, times: 2 });
    assert.ok((await getBytes(rw, PRIVATE, 'fault/get')).equals(body));
    const gets = (await forKey(server, 'fault/get')).filter((r) => r.method === 'GET');
    assert.deepEqual(
      gets.map((r) => r.status),
      [500, 500, 200],
    );
  });

  it('failNext 500 three times exhausts the 3 attempts: InternalError 500', async () => {
    await rw.send(new PutObjectCommand({ Bucket: PRIVATE, Key: 'fault/always', Body: 'x' }));
    await server.failNext({ method: 'get', keyPrefix: 'fault/always', status: 500, times: 3 });
    await assert.rejects(getBytes(rw, PRIVATE, 'fault/always'), expectS3Error('InternalError', 500));
    // The rule is used up: the next GET is served.
    assert.ok((await getBytes(rw, PRIVATE, 'fault/always')).equals(Buffer.from('x')));
    const gets = (await forKey(server, 'fault/always')).filter((r) => r.method === 'GET');
    assert.deepEqual(
      gets.map((r) => r.status),
      [500, 500, 500, 200],
    );
  });

  it('failNext 503 (SlowDown) applies only to matching requests; a retried PutObject stores the object', async () => {
    await server.failNext({ method: 'PUT', keyPrefix: 'slow/', status: 503, times: 1 });
    await rw.send(new PutObjectCommand({ Bucket: PRIVATE, Key: 'other/x', Body: 'o' }));
    assert.equal((await getBytes(rw, PRIVATE, 'other/x')).toString(), 'o');
    assert.equal((await getBytes(ro, PRIVATE, 'other/x')).toString(), 'o');
    await rw.send(new PutObjectCommand({ Bucket: PRIVATE, Key: 'slow/x', Body: 'payload' }));
    assert.equal((await getBytes(rw, PRIVATE, 'slow/x')).toString(), 'payload');
    assert.deepEqual(
      (await forKey(server, 'slow/x')).map((r) => [r.method, r.status]),
      [
        ['PUT', 503],
        ['PUT', 200],
        ['GET', 200],
      ],
    );
    assert.deepEqual(
      (await forKey(server, 'other/x')).map((r) => r.status),
      [200, 200, 200],
    );
  });

  it('failNext validates its arguments', async () => {
    await assert.rejects(server.failNext({ status: 404 as 500, times: 1 }), /status must be 500 or 503/);
    await assert.rejects(server.failNext({ status: 500, times: 0 }), /times must be a positive integer/);
  });

  it('x-amz-meta-sha256 metadata round-trips through HeadObject', async () => {
    const body = randomBytes(5000);
    const sha256 = createHash('sha256').update(body).digest('hex');
    await rw.send(new PutObjectCommand({ Bucket: PRIVATE, Key: 'meta/obj', Body: body, Metadata: { sha256 } }));
    const head = await rw.send(new HeadObjectCommand({ Bucket: PRIVATE, Key: 'meta/obj' }));
    assert.equal(head.Metadata?.['sha256'], sha256);
    assert.equal(head.ContentLength, body.length);
    const headRo = await ro.send(new HeadObjectCommand({ Bucket: PRIVATE, Key: 'meta/obj' }));
    assert.equal(headRo.Metadata?.['sha256'], sha256);
  });

  it('clearRequests empties the log', async () => {
    assert.ok((await server.requests()).length > 0);
    await server.clearRequests();
    assert.deepEqual(await server.requests(), []);
    await rw.send(new HeadObjectCommand({ Bucket: PRIVATE, Key: 'meta/obj' }));
    assert.deepEqual(
      (await server.requests()).map((r) => [r.method, r.key]),
      [['HEAD', 'meta/obj']],
    );
  });
});

describe('local S3 server lifecycle', () => {
  it('reuses a storage directory across restarts; stop() is idempotent and ends the control channel', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 's3rver-reuse-'));
    try {
      const first = await startS3Server({ buckets: ['keep'], directory: dir });
      const client1 = new S3Client(first.clientConfig());
      await client1.send(new PutObjectCommand({ Bucket: 'keep', Key: 'k', Body: 'persisted' }));
      client1.destroy();
      await Promise.all([first.stop(), first.stop()]);
      await assert.rejects(first.requests(), /stopped/);

      const second = await startS3Server({ buckets: ['keep'], directory: dir });
      try {
        assert.notEqual(second.port, 0);
        const client2 = new S3Client(second.clientConfig());
        assert.equal((await getBytes(client2, 'keep', 'k')).toString(), 'persisted');
        client2.destroy();
      } finally {
        await second.stop();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('removes its own temp directory on stop()', async () => {
    const s = await startS3Server({ buckets: ['b'] });
    const { directory } = s;
    await s.stop();
    await assert.rejects(stat(directory), { code: 'ENOENT' });
  });

  it('without --openssl-legacy-provider the child refuses to start (DES continuation tokens)', async () => {
    await assert.rejects(startS3Server({ buckets: ['b'], execArgv: [] }), /--openssl-legacy-provider/);
  });

  it('the child exits when its parent dies (IPC channel closed)', async () => {
    // A parent that starts the server process, reports the child's pid, then is SIGKILLed.
    const parentScript = `
      import { fork } from 'node:child_process';
      const child = fork(${JSON.stringify(S3_SERVER_PROCESS_FILE)}, [], { execArgv: ['--openssl-legacy-provider'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'advanced' });
      child.on('message', (m) => { if (m.type === 'ready') console.log(JSON.stringify({ pid: child.pid, port: m.port })); });
      child.send({ type: 'start', config: { port: 0, directory: ${JSON.stringify(path.join(tmpdir(), `s3rver-orphan-${process.pid}`))}, buckets: [], readWrite: { accessKeyId: 'A', secretAccessKey: 'a' }, readOnly: { accessKeyId: 'B', secretAccessKey: 'b' } } });
      setInterval(() => {}, 1000);
    `;
    const parent = spawn(process.execPath, ['--input-type=module', '-e', parentScript], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        parent.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const nl = out.indexOf('\n');
          if (nl !== -1) resolve(out.slice(0, nl));
        });
        parent.once('exit', (code) => reject(new Error(`parent exited early (${String(code)})`)));
      });
      const { pid, port } = JSON.parse(line) as { pid: number; port: number };
      assert.equal((await fetch(`http://127.0.0.1:${port}/`)).status, 403, 'the server answers while the parent lives');

      parent.kill('SIGKILL');
      const deadline = Date.now() + 5000;
      let alive = true;
      while (alive && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
        alive = isRunning(pid);
      }
      assert.equal(alive, false, 'the orphaned server process must exit');
    } finally {
      parent.kill('SIGKILL');
      await rm(path.join(tmpdir(), `s3rver-orphan-${process.pid}`), { recursive: true, force: true });
    }
  });
});
