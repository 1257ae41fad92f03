// The resolver and the private bucket: what is uploaded, cleaned and preferred.
import assert from 'node:assert/strict';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { packDirectory } from '../../src/archive/index.ts';
import { DEFAULT_RETENTION, type EngineOptions } from '../../src/config/options.ts';
import { TAG_FILE, type Layer } from '../../src/layers/layer.ts';
import { resolveLayer } from '../../src/layers/resolve.ts';
import { engineOptionsFor, testRun } from '../helpers/engine.ts';
import { tempDir } from '../helpers/heroku.ts';
import { startS3Server, type S3Server } from '../helpers/s3-server.ts';

let server: S3Server;
before(async () => {
  server = await startS3Server({ buckets: ['c'] });
});
after(() => server.stop());

async function privateOptions(): Promise<EngineOptions> {
  return engineOptionsFor({
    storage: {
      privateBucket: { ...server.readWrite, bucket: 'c', endpoint: server.endpoint, region: undefined, pathStyle: undefined, acl: 'private' },
      incompletePrivate: [],
      privateStorageOff: false,
      noUpload: false,
      noCleanPrivate: false,
      retention: DEFAULT_RETENTION,
      publicUrl: undefined,
    },
  });
}

function installLike(key: string, liveDir: string, inputs = 'inputs'): Layer {
  return {
    kind: 'install',
    title: 'test install',
    liveDir,
    key,
    inputs,
    namedInputs: {},
    isDependency: false,
    supersedes: (other) => /^p\/halcyon-install-[0-9a-f]{12}-app-1\.tar\.zst$/.test(other),
    build: async () => {
      await mkdir(liveDir, { recursive: true });
      await writeFile(path.join(liveDir, 'built'), 'yes');
    },
  };
}

async function put(key: string, body: Buffer | string, metadata: Record<string, string> = {}): Promise<void> {
  await new S3Client(server.clientConfig(server.readWrite)).send(new PutObjectCommand({ Bucket: 'c', Key: key, Body: body, Metadata: metadata }));
}

test('an upload that fails cleans nothing; one that succeeds cleans the older archive', async () => {
  const older = 'p/halcyon-install-000000000000-app-1.tar.zst';
  await put(older, 'older');
  const work = await tempDir('upload');

  const failing = await testRun(await privateOptions());
  const failingKey = 'p/halcyon-install-111111111111-app-1.tar.zst';
  await server.failNext({ method: 'PUT', keyPrefix: failingKey, status: 500, times: 10 });
  await server.clearRequests();
  assert.equal((await resolveLayer(failing.ctx, installLike(failingKey, path.join(work, 'a')))).origin, 'built');
  assert.equal((await server.requests()).filter((r) => r.method === 'DELETE').length, 0);
  assert.match(failing.err.join('\n'), /Uploading p\/halcyon-install-111111111111-app-1\.tar\.zst to private bucket c failed after 3 attempts/);
  assert.deepEqual(failing.ctx.storage.privateStore?.failedUploads, [failingKey]);

  // Younger than the grace period (7 days by default): kept, and said so.
  const soon = await testRun(await privateOptions());
  await server.clearRequests();
  await resolveLayer(soon.ctx, installLike('p/halcyon-install-222222222222-app-1.tar.zst', path.join(work, 'b')));
  assert.equal((await server.requests()).filter((r) => r.method === 'DELETE').length, 0);
  assert.match(soon.out.join('\n'), /kept 1 out-of-date archive: uploaded less than 7 days ago \(HALCYON_CLEAN_GRACE_PERIOD\)/);

  const weekLater = await testRun(await privateOptions(), { now: new Date(Date.now() + 8 * 86_400_000) });
  await server.clearRequests();
  await resolveLayer(weekLater.ctx, installLike('p/halcyon-install-333333333333-app-1.tar.zst', path.join(work, 'c')));
  assert.deepEqual((await server.requests()).filter((r) => r.method === 'DELETE').map((r) => r.key).sort(), [older, 'p/halcyon-install-222222222222-app-1.tar.zst']);
});

test('an archive made from other inputs in the cache does not hide the exact one in the bucket', async () => {
  const key = 'p/halcyon-build-app-1.tar.zst';
  const work = await tempDir('prefer');
  const options = await privateOptions();
  const { ctx } = await testRun(options);
  const archiveOf = async (inputs: string, file: string): Promise<string> => {
    const dir = path.join(work, inputs);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, TAG_FILE), JSON.stringify({ key, inputs }));
    await writeFile(path.join(dir, 'made-from'), inputs);
    return (await packDirectory(dir, file)).sha256;
  };
  await archiveOf('old', ctx.cache.pathOf(key));
  const exactFile = path.join(work, 'exact.tar.zst');
  const sha256 = await archiveOf('new', exactFile);
  await put(key, await readFile(exactFile), { sha256 });
  const liveDir = path.join(work, 'live');
  const layer: Layer = { ...installLike(key, liveDir, 'new'), kind: 'build', build: () => Promise.reject(new Error('must not build')) };
  const resolved = await resolveLayer(ctx, layer);
  assert.equal(resolved.origin, 'private');
  assert.equal(await readFile(path.join(liveDir, 'made-from'), 'utf8'), 'new');
});
