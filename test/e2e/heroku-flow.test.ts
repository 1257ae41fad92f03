// The whole Heroku flow against a real S3 server on loopback, each step a fresh process on a
// fresh dyno: push (buildpack only), one-off build (uploads), push again on an empty cache.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXAMPLE_APP, FIXTURE_APPS, HerokuApp, freePort, localPackageRepo, runInDyno, type Push } from '../helpers/heroku.ts';
import { startS3Server, type RequestRecord, type S3Credentials, type S3Server } from '../helpers/s3-server.ts';
import { startFaultProxy } from '../helpers/fault-proxy.ts';

let server: S3Server;
let remoteRepo: string;

before(async () => {
  server = await startS3Server({ buckets: ['private-bucket', 'public-bucket'], publicBucket: 'public-bucket' });
  remoteRepo = (await localPackageRepo()).remoteRepo;
});
after(() => server.stop());

function privateVars(credentials: S3Credentials, bucket = 'private-bucket'): Record<string, string> {
  return {
    HALCYON_SYSTEM_TOOLCHAIN: '1',
    HALCYON_CABAL_REMOTE_REPO: remoteRepo,
    HALCYON_AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    HALCYON_AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    HALCYON_S3_BUCKET: bucket,
    HALCYON_S3_ENDPOINT: server.endpoint,
  };
}

const isWrite = (r: RequestRecord): boolean => r.method !== 'GET' && r.method !== 'HEAD';

async function webAnswer(slugDir: string): Promise<string> {
  const port = await freePort();
  const script = `PORT=${port} bin/hello-web & pid=$!; for i in $(seq 1 50); do if curl -fsS http://127.0.0.1:${port}/ 2>/dev/null; then kill $pid; exit 0; fi; sleep 0.1; done; kill $pid; exit 1`;
  const result = await runInDyno(slugDir, script);
  assert.equal(result.code, 0, result.stderr);
  return result.stdout;
}

function assertNothingBuilt(push: Push): void {
  assert.equal(push.compile.code, 0, push.compile.stderr + push.compile.stdout);
  assert.doesNotMatch(push.compile.stdout, /built and archived/);
}

describe('push, one-off build, push again (private bucket, read-write)', () => {
  let app: HerokuApp;
  let first: Push;
  let built: { code: number; stdout: string; stderr: string };
  let uploads: RequestRecord[];

  before(async () => {
    app = await HerokuApp.create({ ...privateVars(server.readWrite), HALCYON_S3_ACL: 'public-read' });
    first = await app.push(EXAMPLE_APP);
    await server.clearRequests();
    built = await app.runOneOff(first.buildDir, 'build');
    uploads = (await server.requests()).filter(isWrite);
  });

  test('push 1 deploys the buildpack only, and does not ask to set up storage that is set up', () => {
    assert.equal(first.compile.code, 0, first.compile.stderr);
    assert.match(first.compile.stdout, /External storage: private, bucket private-bucket/);
    assert.match(first.compile.stdout, /heroku run -s performance-l build/);
    assert.doesNotMatch(first.compile.stdout, /heroku config:set HALCYON_S3_BUCKET/);
    assert.equal(first.release.stdout.trim(), '--- {}');
  });

  test('the one-off build builds from the slug and uploads every layer with the ACL', () => {
    assert.equal(built.code, 0, built.stderr + built.stdout);
    assert.match(built.stdout, /App built: hello-web-0\.1\.0\.0/);
    assert.match(built.stdout, /git commit --allow-empty -m "Deploy the prebuilt build"/);
    const puts = uploads.filter((r) => r.method === 'PUT' && r.key !== undefined);
    for (const kind of ['cabal', 'deps', 'build', 'install']) {
      assert.ok(puts.some((r) => r.key?.includes(`/halcyon-${kind}-`) && r.key.endsWith('.tar.zst')), `no ${kind} upload`);
    }
    assert.ok(puts.some((r) => r.key?.endsWith('.constraints')));
    assert.ok(uploads.every((r) => r.acl === 'public-read' || r.method !== 'PUT'), JSON.stringify(uploads));
  });

  test('a one-off build whose install archive is there but whose dependencies are not puts them back, and checks', async () => {
    const { S3Client, DeleteObjectCommand, paginateListObjectsV2 } = await import('@aws-sdk/client-s3');
    const client = new S3Client(server.clientConfig());
    const keys: string[] = [];
    for await (const page of paginateListObjectsV2({ client }, { Bucket: 'private-bucket' })) keys.push(...(page.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : [])));
    const deps = keys.find((k) => /\/halcyon-deps-[0-9a-f]{12}-hello-web-0\.1\.0\.0\.tar\.zst$/.test(k));
    assert.ok(deps, keys.join(', '));
    await client.send(new DeleteObjectCommand({ Bucket: 'private-bucket', Key: deps }));
    const again = await app.runOneOff(first.buildDir, 'build');
    assert.equal(again.code, 0, again.stderr + again.stdout);
    assert.match(again.stdout, /it lacks 1 of the archives the install was built from: resolving every layer/);
    assert.match(again.stdout, /dependencies[\s\S]*?built and archived[\s\S]*?uploaded to private bucket/);
    assert.match(again.stdout, /all \d+ archives are in private bucket private-bucket, listed again to confirm: \d+ there before this check \(uploaded as they were built, or earlier\), \d+ uploaded by it/);
    assert.match(again.stdout, /Every layer is in the private bucket/);
    const after: string[] = [];
    for await (const page of paginateListObjectsV2({ client }, { Bucket: 'private-bucket' })) after.push(...(page.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : [])));
    assert.ok(after.includes(deps));
    client.destroy();
  });

  test('push 2 on an empty compile cache restores from the bucket, builds nothing, and the app runs', async (t) => {
    await app.emptyCache();
    await server.clearRequests();
    const second = await app.push(EXAMPLE_APP);
    assertNothingBuilt(second);
    assert.match(second.compile.stdout, /install of hello-web[\s\S]*from private bucket private-bucket/);
    assert.equal(second.release.stdout, '---\ndefault_process_types:\n  web: bin/hello-web\n');
    assert.match(await webAnswer(second.buildDir), /Hello from Haskell on Heroku!/);
    const requests = await server.requests();
    // Only the record of this deploy, which cleaning reads: no archive.
    assert.deepEqual(requests.filter(isWrite).map((r) => `${r.method} ${(r.key ?? '').replace(/[^/]+$/, '…')}`), ['PUT halcyon-releases/…']);
    const sizes = [...second.compile.stdout.matchAll(/from private bucket [^:]+: \S+ \(([\d.]+) (B|kB|MB)/g)];
    t.diagnostic(`push 2: ${second.durationMs} ms, ${requests.length} requests, restored ${sizes.map((m) => `${m[1]} ${m[2]}`).join(' + ')}`);
    assert.match(second.compile.stdout, /Cache: \d+ files?/);
    assert.ok(!`${second.compile.stdout}${second.compile.stderr}`.includes(server.readWrite.secretAccessKey));
  });

  test('after a deploy (and a failed push, which releases nothing), a push whose new dependencies are not prebuilt keeps the previous build running; the one-off build from its slug builds the new source, and the next push deploys it', async (t) => {
    const { copyApp, editFile } = await import('../helpers/apps.ts');
    // A failed push first: no release, so the app deployed before still runs.
    const broken = await copyApp(EXAMPLE_APP);
    await editFile(path.join(broken, 'app', 'Main.hs'), (text) => `${text}\nbroken = (\n`);
    assert.equal((await app.push(broken)).compile.code, 1);
    const source = await copyApp(EXAMPLE_APP);
    await editFile(path.join(source, 'hello-web.cabal'), (text) => text.replace('tiny-http ==0.1.*', 'tiny-http ==0.1.*,\n    greeting'));
    await editFile(path.join(source, 'app', 'Main.hs'), (text) => text.replace('Hello from Haskell on Heroku!', 'Hello from version 2!'));
    const push = await app.push(source, { SOURCE_VERSION: '0123abcd4567ef' });
    assert.equal(push.compile.code, 0, push.compile.stderr);
    assert.match(push.compile.stdout, /Keeping the previous build of the app: hello-web-0\.1\.0\.0 from source [0-9a-f]{12}, deployed .* UTC\n {7}from cache: \S+halcyon-install-/);
    assert.match(push.compile.stdout, /The previous build of the app, from source [0-9a-f]{12}, keeps running/);
    assert.match(push.compile.stdout, /heroku run -s performance-l build[\s\S]*git commit --allow-empty -m "Deploy the prebuilt build"\n {7} {2}\$ git push heroku main/);
    assert.doesNotMatch(push.compile.stdout + push.compile.stderr, /amend|push -f|Buildpack deployed/);
    assert.equal(push.release.stdout, '---\ndefault_process_types:\n  web: bin/hello-web\n');
    assert.match(await webAnswer(push.buildDir), /Hello from Haskell on Heroku!/);

    // The same push again, with no one-off build in between: it says so.
    const again = await app.push(source, { SOURCE_VERSION: '0123abcd4567ef' });
    assert.equal(again.compile.code, 0, again.compile.stderr);
    assert.match(again.compile.stderr, /Nothing has changed since the last push \(.* UTC, source [0-9a-f]{12}\), which could not build the app either/);
    assert.match(await webAnswer(again.buildDir), /Hello from Haskell on Heroku!/);

    // The one-off dyno runs the kept release's slug, and builds the new source it carries.
    const built = await app.runOneOff(again.buildDir, 'build');
    assert.equal(built.code, 0, built.stderr + built.stdout);
    assert.match(built.stdout, /dependencies[\s\S]*?built and archived/);
    assert.match(built.stdout, /git commit --allow-empty/);
    const deployed = await app.push(source, { SOURCE_VERSION: '89abcdef012345' });
    assertNothingBuilt(deployed);
    assert.match(deployed.compile.stdout, /App deployed: hello-web-0\.1\.0\.0/);
    assert.match(await webAnswer(deployed.buildDir), /Hello from version 2!/);
    t.diagnostic(`kept push ${push.durationMs} ms, deploy after the one-off build ${deployed.durationMs} ms`);

    // The build now running gone from the cache and the bucket: a push that cannot build fails rather than stop the app.
    const installKey = /from private bucket private-bucket: (\S+halcyon-install-\S+)/.exec(deployed.compile.stdout)?.[1] ?? /(linux\S+halcyon-install-\S+\.tar\.zst)/.exec(deployed.compile.stdout)?.[1];
    assert.ok(installKey, deployed.compile.stdout);
    const { S3Client, DeleteObjectCommand } = await import('@aws-sdk/client-s3');
    const client = new S3Client(server.clientConfig());
    await client.send(new DeleteObjectCommand({ Bucket: 'private-bucket', Key: installKey }));
    client.destroy();
    await rm(path.join(app.cacheDir, 'halcyon', installKey), { force: true });
    const changed = await copyApp(source);
    await writeFile(path.join(changed, 'cabal.project'), 'packages: .\npackage tiny-http\n  ghc-options: -O0\n');
    const gone = await app.push(changed);
    assert.equal(gone.compile.code, 1, gone.compile.stdout);
    assert.match(gone.compile.stderr, /the build deployed before \(hello-web-0\.1\.0\.0 from commit 89abcde .*\) is in neither the cache nor the bucket any more/);
    assert.match(gone.compile.stderr, /Nothing was deployed: the running app stays[\s\S]*build-needed\/previous-build-gone/);
  });

  test('a push whose bucket cannot be reached fails, saying so, instead of deploying the buildpack alone: the running app stays', async () => {
    // A port that was free a moment ago: connections to it are refused.
    const port = await freePort();
    const unreachable = await HerokuApp.create({ ...privateVars(server.readWrite), HALCYON_S3_ENDPOINT: `http://127.0.0.1:${port}`, HALCYON_TRANSFER_ATTEMPTS: '1' });
    const push = await unreachable.push(EXAMPLE_APP);
    assert.equal(push.compile.code, 1, push.compile.stdout);
    assert.match(push.compile.stderr, /The private bucket private-bucket could not be read for (a layer|\d+ layers) this push needs \(.*(Failed to connect|ECONNREFUSED).*\), so whether (it is|they are) prebuilt is unknown/);
    assert.match(push.compile.stderr, /Nothing was deployed: the running app stays\. Check HALCYON_S3_ENDPOINT[\s\S]*storage\/s3\/unreachable/);
    assert.doesNotMatch(push.compile.stdout, /Buildpack deployed/);
  });

  test('a source change rebuilds on the compile dyno from bucket layers and uploads; an older install is cleaned once no recent deploy needs it', async () => {
    await app.setConfig({ HALCYON_NO_BUILD_DEPENDENCIES: '0', HALCYON_KEEP_RELEASES: '1', HALCYON_CLEAN_GRACE_PERIOD: '1s' });
    await app.emptyCache();
    const { copyApp, editFile } = await import('../helpers/apps.ts');
    const deletedInstalls = async (): Promise<string[]> => (await server.requests()).filter((r) => r.method === 'DELETE' && r.key?.includes('halcyon-install-')).map((r) => r.key ?? '');
    const hi = await copyApp(EXAMPLE_APP);
    await editFile(path.join(hi, 'app', 'Main.hs'), (t) => t.replace('Hello from', 'Hi from'));
    await server.clearRequests();
    const push = await app.push(hi);
    assert.equal(push.compile.code, 0, push.compile.stderr);
    assert.match(push.compile.stdout, /dependencies[\s\S]*?from private bucket/);
    assert.match(push.compile.stdout, /install of hello-web[\s\S]*?built and archived[\s\S]*?uploaded to private bucket/);
    // The first version's install is no app's latest deploy (HALCYON_KEEP_RELEASES=1), and older than the grace period.
    assert.match(push.compile.stdout, /removed out-of-date .*halcyon-install-/);
    assert.equal((await deletedInstalls()).length, 1);
    assert.match(push.compile.stdout, /recorded this deploy in private bucket private-bucket: halcyon-releases\/\S+\.json \(1 of at most 1 releases kept by cleaning\)/);
    assert.match(await webAnswer(push.buildDir), /Hi from Haskell on Heroku!/);

    const howdy = await copyApp(EXAMPLE_APP);
    await editFile(path.join(howdy, 'app', 'Main.hs'), (t) => t.replace('Hello from', 'Howdy from'));
    await server.clearRequests();
    const next = await app.push(howdy);
    assert.equal(next.compile.code, 0, next.compile.stderr);
    // Hi's install is the release running until this one is out: never removed.
    assert.match(next.compile.stdout, /kept 1 out-of-date archive: needed by one of the latest 1 deploys of an app \(HALCYON_KEEP_RELEASES\)/);
    assert.deepEqual(await deletedInstalls(), []);
    const all = (await server.requests()).filter((r) => r.method === 'DELETE').map((r) => r.key ?? '');
    assert.ok(!all.some((k) => k.includes('halcyon-ghc-') || k.includes('halcyon-deps-')), all.join(' '));
    await app.unsetConfig('HALCYON_NO_BUILD_DEPENDENCIES');
    await app.unsetConfig('HALCYON_KEEP_RELEASES');
    await app.unsetConfig('HALCYON_CLEAN_GRACE_PERIOD');
  });

  test('HALCYON_NO_CLEAN_PRIVATE_STORAGE=1 keeps the older archives', async () => {
    // Without it, this push would remove Hi's install: no longer the latest deploy, and older than the grace period.
    await app.setConfig({ HALCYON_NO_BUILD_DEPENDENCIES: '0', HALCYON_NO_CLEAN_PRIVATE_STORAGE: '1', HALCYON_KEEP_RELEASES: '1', HALCYON_CLEAN_GRACE_PERIOD: '1s' });
    const source = await (await import('../helpers/apps.ts')).copyApp(EXAMPLE_APP);
    await (await import('../helpers/apps.ts')).editFile(path.join(source, 'app', 'Main.hs'), (t) => t.replace('Hello from', 'Hey from'));
    await server.clearRequests();
    const push = await app.push(source);
    assert.equal(push.compile.code, 0, push.compile.stderr);
    assert.match(push.compile.stdout, /install of hello-web[\s\S]*?uploaded to private bucket/);
    assert.equal((await server.requests()).filter((r) => r.method === 'DELETE').length, 0);
  });
});

describe('a stalled bucket never holds a push past the transfer bound', () => {
  test('every download of the install archive stalls mid-body: the push goes on without it, within attempts × idle timeout', async (t) => {
    const proxy = await startFaultProxy(server.endpoint);
    try {
      const publisher = await HerokuApp.create({ ...privateVars(server.readWrite, 'private-bucket') });
      assert.equal((await publisher.runOneOff((await publisher.push(EXAMPLE_APP)).buildDir, 'build')).code, 0);
      const app = await HerokuApp.create({ ...privateVars(server.readWrite, 'private-bucket'), HALCYON_S3_ENDPOINT: proxy.endpoint, HALCYON_TRANSFER_IDLE_TIMEOUT: '1', HALCYON_NO_BUILD_DEPENDENCIES: '0' });
      proxy.inject({ fault: 'stall-in-body', method: 'GET', path: /halcyon-install-/, times: 3 });
      const push = await app.push(EXAMPLE_APP);
      assert.equal(push.compile.code, 0, push.compile.stderr + push.compile.stdout);
      assert.equal(proxy.hits.length, 3, 'three attempts, then a miss');
      assert.match(push.compile.stdout, /broke off \(.*(no data for 1 s|1000 ms of inactivity).*\); trying again/);
      assert.match(push.compile.stderr, /Could not download \S+halcyon-install-\S+ from private bucket private-bucket after 3 attempts/);
      assert.match(push.compile.stdout, /App deployed: hello-web-0\.1\.0\.0/);
      // 3 stalls of 1 s, the backoff, and a build of the app from bucket layers.
      assert.ok(push.durationMs < 20_000, `${push.durationMs} ms`);
      t.diagnostic(`push through 3 stalled downloads: ${push.durationMs} ms`);
    } finally {
      await proxy.stop();
    }
  });
});

describe('progress of a long download', () => {
  test('a slow download of the install archive prints a progress line a second (HALCYON_PROGRESS_INTERVAL=1): bytes of the total, rate, time left', async () => {
    const proxy = await startFaultProxy(server.endpoint);
    try {
      const publisher = await HerokuApp.create({ ...privateVars(server.readWrite, 'private-bucket') });
      assert.equal((await publisher.runOneOff((await publisher.push(EXAMPLE_APP)).buildDir, 'build')).code, 0);
      const app = await HerokuApp.create({ ...privateVars(server.readWrite, 'private-bucket'), HALCYON_S3_ENDPOINT: proxy.endpoint, HALCYON_PROGRESS_INTERVAL: '1' });
      // 16 KB every 200 ms: the install archive takes several seconds.
      proxy.inject({ fault: 'throttle', method: 'GET', path: /halcyon-install-/, times: 1 });
      const push = await app.push(EXAMPLE_APP);
      assert.equal(push.compile.code, 0, push.compile.stderr + push.compile.stdout);
      const lines = push.compile.stdout.split('\n').filter((line) => line.includes('downloading halcyon-install-'));
      assert.ok(lines.length >= 2, `progress lines:\n${lines.join('\n')}`);
      for (const line of lines) assert.match(line, /^ {7}downloading halcyon-install-[0-9a-f]{12}-hello-web-0\.1\.0\.0\.tar\.zst from private bucket private-bucket: [\d.]+ kB of [\d.]+ kB, [\d.]+ kB\/s(, about [\d.]+ s left)?$/);
      assert.doesNotMatch(push.compile.stdout, /\r/);
      assert.match(push.compile.stdout, /App deployed: hello-web-0\.1\.0\.0/);
    } finally {
      await proxy.stop();
    }
  });
});

describe('mode 1: public storage only', () => {
  let publicUrl: string;

  before(async () => {
    // The maintainers publish: a read-write build into the public bucket with ACL public-read.
    const publisher = await HerokuApp.create({ ...privateVars(server.readWrite, 'public-bucket'), HALCYON_S3_ACL: 'public-read' });
    const push = await publisher.push(EXAMPLE_APP);
    const build = await publisher.runOneOff(push.buildDir, 'build');
    assert.equal(build.code, 0, build.stderr);
    publicUrl = `${server.endpoint}/public-bucket`;
  });

  test('an app whose layers are public deploys from them, uploading nothing', async () => {
    const app = await HerokuApp.create({ HALCYON_SYSTEM_TOOLCHAIN: '1', HALCYON_CABAL_REMOTE_REPO: remoteRepo, HALCYON_PUBLIC_STORAGE_URL: publicUrl });
    await server.clearRequests();
    const push = await app.push(EXAMPLE_APP);
    assertNothingBuilt(push);
    assert.match(push.compile.stdout, /External storage: public/);
    assert.match(push.compile.stdout, /from public storage/);
    assert.match(await webAnswer(push.buildDir), /Hello from Haskell on Heroku!/);
    const requests = await server.requests();
    assert.ok(requests.every((r) => r.accessKeyId === 'anonymous' && !isWrite(r)));
  });

  test('an app whose layers are not public deploys the buildpack only, with the storage setup steps', async () => {
    const app = await HerokuApp.create({ HALCYON_SYSTEM_TOOLCHAIN: '1', HALCYON_CABAL_REMOTE_REPO: remoteRepo, HALCYON_PUBLIC_STORAGE_URL: publicUrl });
    const push = await app.push(path.join(FIXTURE_APPS, 'with-greeting'));
    assert.equal(push.compile.code, 0, push.compile.stderr);
    assert.match(push.compile.stdout, /Buildpack deployed, app not yet built/);
    assert.match(push.compile.stdout, /heroku config:set HALCYON_AWS_ACCESS_KEY_ID=/);
    assert.equal(push.release.stdout.trim(), '--- {}');
    const build = await app.runOneOff(push.buildDir, 'build');
    assert.equal(build.code, 1);
    assert.match(build.stderr, /build needs private storage/);
    assert.match(build.stderr, /heroku config:set HALCYON_S3_BUCKET=/);
  });

  test('a partly configured private storage (a misspelt bucket variable) fails the push, naming what is missing; storage turned off asks for HALCYON_NO_PRIVATE_STORAGE unset', async () => {
    const base = { HALCYON_SYSTEM_TOOLCHAIN: '1', HALCYON_CABAL_REMOTE_REPO: remoteRepo, HALCYON_PUBLIC_STORAGE_URL: publicUrl };
    const { HALCYON_S3_BUCKET: bucket, ...keys } = privateVars(server.readWrite);
    const misspelt = await HerokuApp.create({ ...base, ...keys, HALCYON_S3_BUKET: bucket ?? '' });
    const push = await misspelt.push(path.join(FIXTURE_APPS, 'with-greeting'));
    assert.equal(push.compile.code, 1, push.compile.stdout);
    assert.match(push.compile.stderr, /Private storage is only partly configured: HALCYON_S3_BUCKET is not set/);
    assert.match(push.compile.stderr, /Nothing was deployed: the running app stays\. Set HALCYON_S3_BUCKET[\s\S]*config\/incomplete-private-storage/);
    assert.match(push.compile.stderr, /HALCYON_S3_BUKET/, 'the unknown name is pointed out');
    assert.doesNotMatch(push.compile.stdout, /Buildpack deployed/);
    const off = await HerokuApp.create({ ...base, ...privateVars(server.readWrite), HALCYON_NO_PRIVATE_STORAGE: '1' });
    const offPush = await off.push(path.join(FIXTURE_APPS, 'with-greeting'));
    assert.match(offPush.compile.stdout, /heroku config:unset HALCYON_NO_PRIVATE_STORAGE/);
    assert.doesNotMatch(offPush.compile.stdout, /config:set HALCYON_(AWS|S3)/);
  });

  test('mode 2 never reads public storage: a read-only key and HALCYON_NO_UPLOAD=1 make zero writes', async () => {
    for (const [label, vars] of [
      ['read-only key', privateVars(server.readOnly)],
      ['HALCYON_NO_UPLOAD=1', { ...privateVars(server.readWrite), HALCYON_NO_UPLOAD: '1' }],
    ] as const) {
      const app = await HerokuApp.create({ ...vars, HALCYON_PUBLIC_STORAGE_URL: publicUrl, HALCYON_NO_BUILD_DEPENDENCIES: '0' });
      await server.clearRequests();
      const push = await app.push(path.join(FIXTURE_APPS, 'base-only'));
      assert.equal(push.compile.code, 0, `${label}: ${push.compile.stderr}`);
      const requests = await server.requests();
      assert.equal(requests.filter(isWrite).length, label === 'read-only key' ? 1 : 0, `${label}: ${JSON.stringify(requests.filter(isWrite))}`);
      assert.ok(!requests.some((r) => r.bucket === 'public-bucket'), `${label} read public storage`);
      if (label === 'read-only key') {
        // The one refused upload: the run went on read-only and deployed.
        assert.match(push.compile.stderr, /refused (the upload of \S+|a write) \(403 AccessDenied\)/);
        assert.equal(requests.filter(isWrite)[0]?.status, 403);
        assert.match(push.compile.stdout, /App deployed: base-only/);
      } else {
        assert.match(push.compile.stdout, /External storage: private \(read-only\)/);
        assert.match(push.compile.stdout, /App deployed: base-only/);
      }
    }
  });
});

describe('a one-off build with a key the bucket refuses writes', () => {
  test('stops before building anything, and says how to run it with a key that may write', async () => {
    // Pushes read-only, as docs/storage.md advises; the key is read-only too.
    const app = await HerokuApp.create({ ...privateVars(server.readOnly), HALCYON_NO_UPLOAD: '1' });
    // A dependency built in a way no run of this file builds: the push deploys the buildpack alone.
    const { copyApp } = await import('../helpers/apps.ts');
    const source = await copyApp(EXAMPLE_APP);
    await writeFile(path.join(source, 'cabal.project'), 'packages: .\npackage tiny-http\n  ghc-options: -O2\n');
    const push = await app.push(source);
    assert.equal(push.compile.code, 0, push.compile.stderr);
    // The next steps for a read-only push name the key to use, not a variable that was never set.
    assert.match(push.compile.stdout, /heroku run -s performance-l -e "HALCYON_NO_UPLOAD=0;HALCYON_AWS_ACCESS_KEY_ID=\.\.\.;HALCYON_AWS_SECRET_ACCESS_KEY=\.\.\." build/);
    assert.doesNotMatch(push.compile.stdout, /config:unset HALCYON_NO_UPLOAD/);
    // As the next steps say: uploads on for the one-off dyno (here with the same read-only key).
    const built = await app.runOneOff(push.buildDir, 'build', { HALCYON_NO_UPLOAD: '0' });
    assert.equal(built.code, 1, built.stdout);
    assert.match(built.stderr, /build needs to upload to private bucket private-bucket, which refused a write from this key \(nothing was built\)[\s\S]*-e "HALCYON_AWS_ACCESS_KEY_ID=[\s\S]*storage\/build-uploads-refused/);
    assert.doesNotMatch(built.stdout, /built and archived|cabal builds/);
  });
});

describe('mode 3 details, and the one-off restore', () => {
  test('an upload refused mid-build degrades the run to read-only, and the deploy succeeds', async (t) => {
    const app = await HerokuApp.create({ ...privateVars(server.readOnly, 'private-bucket'), HALCYON_NO_BUILD_DEPENDENCIES: '0' });
    await server.clearRequests();
    const push = await app.push(path.join(FIXTURE_APPS, 'with-greeting'));
    assert.equal(push.compile.code, 0, push.compile.stderr);
    assert.match(push.compile.stdout, /built and archived/);
    assert.match(push.compile.stdout, /App deployed: with-greeting/);
    assert.equal((push.compile.stderr.match(/Warning:/g) ?? []).length, 1);
    assert.match(push.compile.stderr, /refused the upload of \S+halcyon-\S+ \(403 AccessDenied\)/);
    const writes = (await server.requests()).filter(isWrite);
    assert.equal(writes.length, 1);
    assert.equal(writes[0]?.status, 403);
    t.diagnostic(`read-only key, everything built: ${(await server.requests()).length} requests, ${writes.length} write (refused)`);
  });

  test('an object whose bytes do not match its sha256 is a miss, and the layer is rebuilt', async () => {
    const { PutObjectCommand, HeadObjectCommand, S3Client } = await import('@aws-sdk/client-s3');
    const app = await HerokuApp.create({ ...privateVars(server.readWrite, 'corrupt-bucket'), HALCYON_NO_BUILD_DEPENDENCIES: '0' });
    const client = new S3Client(server.clientConfig(server.readWrite));
    await client.send(new (await import('@aws-sdk/client-s3')).CreateBucketCommand({ Bucket: 'corrupt-bucket' })).catch(() => undefined);
    const first = await app.push(path.join(FIXTURE_APPS, 'base-only'));
    assert.equal(first.compile.code, 0, first.compile.stderr);
    const key = /(?:from [^:]+|built and archived): (\S+halcyon-deps-\S+\.tar\.zst)/.exec(first.compile.stdout)?.[1];
    assert.ok(key, first.compile.stdout);
    // A sound archive whose bytes are not the ones recorded: only the sha256 check can tell.
    const head = await client.send(new HeadObjectCommand({ Bucket: 'corrupt-bucket', Key: key }));
    const { GetObjectCommand } = await import('@aws-sdk/client-s3');
    const original = await (await client.send(new GetObjectCommand({ Bucket: 'corrupt-bucket', Key: key }))).Body?.transformToByteArray();
    assert.ok(original);
    await client.send(new PutObjectCommand({ Bucket: 'corrupt-bucket', Key: key, Body: original, Metadata: { ...head.Metadata, sha256: '0'.repeat(64) } }));
    await app.emptyCache();
    const source = await (await import('../helpers/apps.ts')).copyApp(path.join(FIXTURE_APPS, 'base-only'));
    await (await import('node:fs/promises')).writeFile(path.join(source, 'NOTES'), 'no fast path\n');
    const second = await app.push(source);
    assert.equal(second.compile.code, 0, second.compile.stderr);
    assert.match(second.compile.stderr, new RegExp(`The archive ${key.replace(/[.]/g, '\\.')} from private bucket corrupt-bucket could not be restored`));
    assert.match(second.compile.stderr, /sha256/i);
    assert.match(second.compile.stdout, /dependencies \(0 packages\)[\s\S]*?built and archived/);
  });

  test('in read-write mode, archives found in public storage are copied into the private bucket', async () => {
    const app = await HerokuApp.create({ ...privateVars(server.readWrite, 'mirror-bucket'), HALCYON_PUBLIC_STORAGE_URL: `${server.endpoint}/public-bucket` });
    const { S3Client, CreateBucketCommand } = await import('@aws-sdk/client-s3');
    await new S3Client(server.clientConfig(server.readWrite)).send(new CreateBucketCommand({ Bucket: 'mirror-bucket' })).catch(() => undefined);
    const publisher = await HerokuApp.create({ ...privateVars(server.readWrite, 'public-bucket'), HALCYON_S3_ACL: 'public-read' });
    const published = await publisher.runOneOff((await publisher.push(EXAMPLE_APP)).buildDir, 'build');
    assert.equal(published.code, 0, published.stderr);
    await server.clearRequests();
    const push = await app.push(EXAMPLE_APP);
    assertNothingBuilt(push);
    assert.match(push.compile.stdout, /External storage: private and public, bucket mirror-bucket/);
    assert.match(push.compile.stdout, /from public storage/);
    const mirrored = (await server.requests()).filter((r) => r.method === 'PUT' && r.bucket === 'mirror-bucket' && r.key?.includes('halcyon-install-'));
    assert.equal(mirrored.length, 1);
    assert.equal(mirrored[0]?.accessKeyId, server.readWrite.accessKeyId);
  });

  test('restore on a one-off dyno puts GHC, cabal and the dependencies in /app for cabal repl', async () => {
    const app = await HerokuApp.create({ ...privateVars(server.readWrite, 'private-bucket') });
    const push = await app.push(EXAMPLE_APP);
    const restored = await app.runOneOff(push.buildDir, 'restore && ls /app/.halcyon-layers && cabal --version >/dev/null && echo "CABAL_DIR=$CABAL_DIR"');
    assert.equal(restored.code, 0, restored.stderr + restored.stdout);
    assert.match(restored.stdout, /App restored: hello-web-0\.1\.0\.0/);
    assert.match(restored.stdout, /dependencies \(1 package\)\n.*from private bucket/);
    assert.match(restored.stdout, /\bcabal\b[\s\S]*\bstore\b/);
    assert.match(restored.stdout, /CABAL_DIR=\/app\/\.halcyon-layers\/cabal/);
  });
});

describe('transfers seen from a push', () => {
  test('a bucket answering 500 twice, then succeeding, is retried and the push deploys from it', async () => {
    const app = await HerokuApp.create({ ...privateVars(server.readWrite, 'private-bucket') });
    const first = await app.push(EXAMPLE_APP);
    assert.equal((await app.runOneOff(first.buildDir, 'build')).code, 0);
    await app.emptyCache();
    await server.failNext({ method: 'GET', bucket: 'private-bucket', keyPrefix: 'linux-', status: 500, times: 2 });
    await server.clearRequests();
    const push = await app.push(EXAMPLE_APP);
    assertNothingBuilt(push);
    assert.match(push.compile.stdout, /install of hello-web[\s\S]*from private bucket/);
    assert.doesNotMatch(push.compile.stderr, /Warning/);
    const gets = (await server.requests()).filter((r) => r.method === 'GET' && r.key?.includes('halcyon-install-'));
    // Downloads ask for byte ranges (one part for an archive this small), so success is 206.
    assert.deepEqual(gets.map((r) => r.status), [500, 500, 206]);
  });

  test('a listing of more than 1000 keys is read whole: the closest dependency archive is found past the first page', async () => {
    const { S3Client, PutObjectCommand, CreateBucketCommand } = await import('@aws-sdk/client-s3');
    const client = new S3Client(server.clientConfig(server.readWrite));
    await client.send(new CreateBucketCommand({ Bucket: 'big-bucket' })).catch(() => undefined);
    const app = await HerokuApp.create({ ...privateVars(server.readWrite, 'big-bucket'), HALCYON_NO_BUILD_DEPENDENCIES: '0' });
    const first = await app.push(EXAMPLE_APP);
    assert.equal(first.compile.code, 0, first.compile.stderr);
    const depsKey = /built and archived: (\S+halcyon-deps-\S+)\.tar\.zst/.exec(first.compile.stdout)?.[1];
    assert.ok(depsKey);
    // 1500 keys that sort before the real archive in the same folder, so it is only on the second page.
    const folder = depsKey.slice(0, depsKey.lastIndexOf('/') + 1);
    assert.ok(depsKey.slice(folder.length) > 'halcyon-deps-000000000000');
    const decoys = Array.from({ length: 1500 }, (_, i) => `${folder}halcyon-deps-000000000000-decoy-${String(i).padStart(4, '0')}.tar.zst`);
    for (let i = 0; i < decoys.length; i += 25) {
      await Promise.all(decoys.slice(i, i + 25).map((Key) => client.send(new PutObjectCommand({ Bucket: 'big-bucket', Key, Body: 'x' }))));
    }
    await app.emptyCache();
    const push = await app.push(path.join(FIXTURE_APPS, 'with-greeting'));
    assert.equal(push.compile.code, 0, push.compile.stderr);
    assert.match(push.compile.stdout, /candidate \S+halcyon-deps-[0-9a-f]{12}-hello-web-0\.1\.0\.0\.tar\.zst: 1 of 2 packages/);
    assert.match(push.compile.stdout, /restored \S+hello-web-0\.1\.0\.0\.tar\.zst from private bucket big-bucket as a start/);
    const listPages = (await server.requests()).filter((r) => r.method === 'GET' && r.key === undefined && r.bucket === 'big-bucket' && r.query['continuation-token'] !== undefined);
    assert.ok(listPages.length >= 1, 'the second page was requested');
  });
});

describe('the one-off build and config vars meant for compile dynos', () => {
  test('HALCYON_NO_BUILD=1 as a config var keeps pushes from building, not the one-off build', async () => {
    const { S3Client, CreateBucketCommand } = await import('@aws-sdk/client-s3');
    await new S3Client(server.clientConfig(server.readWrite)).send(new CreateBucketCommand({ Bucket: 'nobuild-bucket' })).catch(() => undefined);
    const app = await HerokuApp.create({ ...privateVars(server.readWrite, 'nobuild-bucket'), HALCYON_NO_BUILD: '1' });
    const push = await app.push(path.join(FIXTURE_APPS, 'base-only'));
    assert.equal(push.compile.code, 0, push.compile.stderr);
    assert.match(push.compile.stdout, /Buildpack deployed, app not yet built/);
    const built = await app.runOneOff(push.buildDir, 'build');
    assert.equal(built.code, 0, built.stderr + built.stdout);
    assert.match(built.stdout, /built and archived: \S+halcyon-install-/);
    assert.match(built.stdout, /App built: base-only-0\.1\.0\.0/);
    const again = await app.push(path.join(FIXTURE_APPS, 'base-only'));
    assert.match(again.compile.stdout, /App deployed: base-only-0\.1\.0\.0/);
  });
});
