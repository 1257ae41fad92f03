// A bucket download that fails part-way must be a miss: no hang, nothing half-written; one
// that succeeds in several parts leaves the whole archive in the cache.
import assert from 'node:assert/strict';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ArchiveError, packDirectory } from '../../src/archive/index.ts';
import { DEFAULT_RETENTION, type EngineOptions } from '../../src/config/options.ts';
import { writeTag, type Layer } from '../../src/layers/layer.ts';
import { resolveLayer } from '../../src/layers/resolve.ts';
import { engineOptionsFor, testRun } from '../helpers/engine.ts';
import { listFiles, tempDir } from '../helpers/heroku.ts';
import { DEFAULT_TRANSFER_POLICY } from '../../src/util/retry.ts';
import { fileSha256 } from '../archive/helpers.ts';
import { startS3Server, type S3Server } from '../helpers/s3-server.ts';
import { onSmallDisk } from '../helpers/small-disk.ts';

let server: S3Server;
before(async () => {
  server = await startS3Server({ buckets: ['b'] });
});
after(() => server.stop());

/** Bucket b on the test server, read-only: nothing this run builds is uploaded. */
function readOnlyBucket(): EngineOptions['storage'] {
  return {
    privateBucket: { ...server.readWrite, bucket: 'b', endpoint: server.endpoint, region: undefined, pathStyle: undefined, acl: 'private' },
    incompletePrivate: [],
    privateStorageOff: false,
    noUpload: true,
    noCleanPrivate: false,
    retention: DEFAULT_RETENTION,
    publicUrl: undefined,
  };
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: a stream was left waiting`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

test('a layer whose archive unpacks to more than the disk holds stops the run (archive/no-space), from the bucket and from the cache: a rebuild would fill the same disk', async () => {
  const work = await tempDir('full-restore');
  const tree = path.join(work, 'tree');
  await mkdir(tree);
  // Zeros: a tiny archive (it downloads) that unpacks to 24 MB (it does not fit in 16 MB).
  await writeFile(path.join(tree, 'zeros.bin'), Buffer.alloc(24 * 1024 * 1024));
  const archive = path.join(work, 'layer.tar.zst');
  const stats = await packDirectory(tree, archive);
  const key = 'test-platform/halcyon-full-layer.tar.zst';
  await new S3Client(server.clientConfig(server.readWrite)).send(new PutObjectCommand({ Bucket: 'b', Key: key, Body: await readFile(archive), Metadata: { sha256: stats.sha256 } }));
  const small = path.join(work, 'small');
  await onSmallDisk(small, '16m', async () => {
    for (const from of ['bucket', 'cache'] as const) {
      const options = await engineOptionsFor({ storage: readOnlyBucket(), basePath: small, cachePath: path.join(work, `cache-${from}`) });
      const { ctx } = await testRun(options);
      // From the cache: the archive is there already, read through open (no download).
      if (from === 'cache') await ctx.cache.save(key, archive, stats);
      let built = false;
      const layer: Layer = { kind: 'build', title: 'test layer', liveDir: path.join(small, 'live'), key, inputs: 'inputs', namedInputs: {}, isDependency: false, build: async () => void (built = true) };
      await assert.rejects(resolveLayer(ctx, layer), (error: unknown) => error instanceof ArchiveError && error.reason === 'no-space', from);
      assert.equal(built, false, `${from}: not rebuilt`);
      assert.deepEqual(await readdir(small), [], `${from}: nothing left on the disk`);
    }
  });
});

test('an archive that fails early in a large download is a miss, then rebuilt: no hang, no partial copy in the cache', async () => {
  const work = await tempDir('midway');
  const tree = path.join(work, 'tree');
  await mkdir(tree);
  await writeFile(path.join(tree, 'big.bin'), randomBytes(8 * 1024 * 1024));
  const archive = path.join(work, 'layer.tar.zst');
  const stats = await packDirectory(tree, archive);
  const bytes = await readFile(archive);
  // Early, so extraction fails with most of the 8 MB still to come: the download must stop, not stall.
  bytes.fill(0xaa, 64, 64 + 65536);
  const key = 'test-platform/halcyon-test-layer.tar.zst';
  await new S3Client(server.clientConfig(server.readWrite)).send(new PutObjectCommand({ Bucket: 'b', Key: key, Body: bytes, Metadata: { sha256: stats.sha256 } }));

  const options = await engineOptionsFor({
    storage: readOnlyBucket(),
  });
  const { ctx, err } = await testRun(options);
  const liveDir = path.join(work, 'live');
  const layer: Layer = {
    kind: 'build',
    title: 'test layer',
    liveDir,
    key,
    inputs: 'inputs',
    namedInputs: {},
    isDependency: false,
    build: async () => {
      await mkdir(liveDir, { recursive: true });
      await writeFile(path.join(liveDir, 'built'), 'yes');
    },
  };
  const resolved = await withTimeout(resolveLayer(ctx, layer), 30_000);
  assert.equal(resolved.origin, 'built');
  assert.match(err.join('\n'), /The archive test-platform\/halcyon-test-layer\.tar\.zst from private bucket b could not be restored/);
  assert.equal(await readFile(path.join(liveDir, 'built'), 'utf8'), 'yes');
  const cached = await listFiles(options.cachePath);
  assert.deepEqual(cached, [key], `only the rebuilt archive, no partial download: ${cached.join(', ')}`);
});

test('an archive restored from the bucket in several parts is extracted, and kept in the cache whole', async () => {
  const work = await tempDir('parts');
  const tree = path.join(work, 'tree');
  await mkdir(tree);
  const content = randomBytes(6 * 1024 * 1024);
  await writeFile(path.join(tree, 'big.bin'), content);
  const key = 'test-platform/halcyon-test-parts.tar.zst';
  // Tagged with the layer's inputs: the restored archive is the layer, nothing is built on it or archived again.
  await writeTag(tree, { key, inputs: 'inputs' });
  const archive = path.join(work, 'layer.tar.zst');
  const stats = await packDirectory(tree, archive);
  await new S3Client(server.clientConfig(server.readWrite)).send(new PutObjectCommand({ Bucket: 'b', Key: key, Body: await readFile(archive), Metadata: { sha256: stats.sha256 } }));
  const options = await engineOptionsFor({
    // Parts of 1 MiB, two at a time: the 6 MB archive (random bytes do not compress) comes in several.
    transfer: { ...DEFAULT_TRANSFER_POLICY, partSizeBytes: 1024 * 1024, partsInFlight: 2 },
    storage: readOnlyBucket(),
  });
  const { ctx, out } = await testRun(options);
  const liveDir = path.join(work, 'live');
  const layer: Layer = { kind: 'build', title: 'test layer', liveDir, key, inputs: 'inputs', namedInputs: {}, isDependency: false, build: () => Promise.reject(new Error(`restored, not built: ${out.join('; ')}`)) };
  await server.clearRequests();
  assert.equal((await withTimeout(resolveLayer(ctx, layer), 30_000)).origin, 'private');
  assert.ok((await readFile(path.join(liveDir, 'big.bin'))).equals(content));
  const ranged = (await server.requests()).filter((r) => r.method === 'GET' && r.key === key);
  assert.ok(ranged.length >= 6, `several ranged GETs, not ${ranged.length}`);
  assert.deepEqual(await listFiles(options.cachePath), [key], 'the whole archive, no part files beside it');
  assert.equal(await fileSha256(path.join(options.cachePath, key)), stats.sha256);
  assert.deepEqual((await readdir(path.dirname(path.join(options.cachePath, key)))).filter((name) => name.includes('.part')), []);
});
