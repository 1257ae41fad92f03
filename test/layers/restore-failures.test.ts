// A bucket download that fails part-way must be a miss: no hang, nothing half-written.
import assert from 'node:assert/strict';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { packDirectory } from '../../src/archive/index.ts';
import type { Layer } from '../../src/layers/layer.ts';
import { resolveLayer } from '../../src/layers/resolve.ts';
import { engineOptionsFor, testRun } from '../helpers/engine.ts';
import { listFiles, tempDir } from '../helpers/heroku.ts';
import { startS3Server, type S3Server } from '../helpers/s3-server.ts';

let server: S3Server;
before(async () => {
  server = await startS3Server({ buckets: ['b'] });
});
after(() => server.stop());

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: a stream was left waiting`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

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
    storage: {
      privateBucket: { ...server.readWrite, bucket: 'b', endpoint: server.endpoint, region: undefined, pathStyle: undefined, acl: 'private' },
      incompletePrivate: [],
      noUpload: true,
      noCleanPrivate: false,
      publicUrl: undefined,
    },
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
